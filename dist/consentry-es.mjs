const t={};export{t as default};
//# sourceMappingURL=consentry-es.mjs.map
