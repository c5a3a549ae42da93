const t={};export{t as default};
//# sourceMappingURL=consentry-it.mjs.map
