// Interface strings: de (issue #4 completes them).
const strings: Record<string, string> = {};
export default strings;
