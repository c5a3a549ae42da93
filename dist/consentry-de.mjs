const t={};export{t as default};
//# sourceMappingURL=consentry-de.mjs.map
