export{C as ConsentryError,G as acceptAll,I as getConsent,J as hasConsent,L as hide,O as init,P as loadScript,Q as on,R as rejectAll,T as renderDeclaration,U as reset,V as setConsent,W as showBanner,X as showPreferences,Y as version,Z as whenGranted}from"./consentry-index.mjs";
//# sourceMappingURL=consentry.mjs.map
