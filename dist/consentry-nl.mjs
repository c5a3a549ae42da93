const t={};export{t as default};
//# sourceMappingURL=consentry-nl.mjs.map
