const t={};export{t as default};
//# sourceMappingURL=consentry-pl.mjs.map
