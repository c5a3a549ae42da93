// The cookie declaration chunk (consentry-declaration.js, whose global is this function, or a
// dynamic import in the ESM build).
export { render as default } from './dom';
