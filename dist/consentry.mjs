export{C as ConsentryError,a as acceptAll,g as getConsent,h as hasConsent,b as hide,i as init,l as loadScript,e as on,r as rejectAll,f as renderDeclaration,j as reset,s as setConsent,k as showBanner,m as showPreferences,v as version,w as whenGranted}from"./consentry-index.mjs";
//# sourceMappingURL=consentry.mjs.map
