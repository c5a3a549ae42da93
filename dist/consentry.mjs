export{C as ConsentryError,J as acceptAll,L as getConsent,O as hasConsent,P as hide,Q as init,R as loadScript,T as on,U as rejectAll,V as renderDeclaration,W as reset,X as setConsent,Y as showBanner,Z as showPreferences,_ as version,$ as whenGranted}from"./consentry-index.mjs";
//# sourceMappingURL=consentry.mjs.map
