const t={};export{t as default};
//# sourceMappingURL=consentry-ar.mjs.map
