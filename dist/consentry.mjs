export{C as ConsentryError,E as acceptAll,F as getConsent,G as hasConsent,I as hide,J as init,L as loadScript,O as on,P as rejectAll,Q as renderDeclaration,R as reset,T as setConsent,U as showBanner,V as showPreferences,W as version,X as whenGranted}from"./consentry-index.mjs";
//# sourceMappingURL=consentry.mjs.map
