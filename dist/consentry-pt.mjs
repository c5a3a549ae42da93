const t={};export{t as default};
//# sourceMappingURL=consentry-pt.mjs.map
