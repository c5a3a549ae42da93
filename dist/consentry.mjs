export{C as ConsentryError,L as acceptAll,O as getConsent,P as hasConsent,Q as hide,R as init,T as loadScript,U as on,V as rejectAll,W as renderDeclaration,X as reset,Y as setConsent,Z as showBanner,_ as showPreferences,$ as version,a0 as whenGranted}from"./consentry-index.mjs";
//# sourceMappingURL=consentry.mjs.map
