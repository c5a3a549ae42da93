const t={};export{t as default};
//# sourceMappingURL=consentry-fr.mjs.map
