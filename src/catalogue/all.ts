// Everything the Node tools (`npx consentry audit`) need from the catalogue, built into
// dist/catalogue.mjs so that the installed package runs without the TypeScript sources.
export { CATALOGUE } from './full';
export { classifyCookie } from './classifier';
export { VENDORS } from './vendors';
