// The shop's pages, in English and French. Each page is what a site owner would publish: the
// Consentry config and script tag first in <head>, then the vendors' own snippets, untouched except
// that their URLs point at local stand-ins under /vendor/<real host>/ (see ../vendors/routes.mjs).

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Stand-in ids, shaped like the real ones. */
const IDS = { ga4: 'G-DEMO1234', meta: '100000000000001', hotjar: '3000001', tiktok: 'CDEMO0000000000000TT', crisp: 'demo-5e1f-4b7a-9c1d' };

const PRODUCTS = [
  {
    slug: 'linen-shirt', image: 'shirt.svg', price: 69,
    en: { name: 'Linen shirt', text: 'Washed French linen, cut loose for warm days. Woven in Normandy, sewn in Lyon.' },
    fr: { name: 'Chemise en lin', text: 'Lin français lavé, coupe ample pour les beaux jours. Tissé en Normandie, cousu à Lyon.' },
  },
  {
    slug: 'stoneware-mug', image: 'mug.svg', price: 24,
    en: { name: 'Stoneware mug', text: 'Thrown by hand and glazed in oat white. Holds 30 cl; dishwasher safe.' },
    fr: { name: 'Mug en grès', text: 'Tourné à la main, émail blanc avoine. Contient 30 cl ; passe au lave-vaisselle.' },
  },
  {
    slug: 'wool-throw', image: 'throw.svg', price: 89,
    en: { name: 'Wool throw', text: 'Undyed Pyrenean wool, 130 × 170 cm, finished with a hand-knotted fringe.' },
    fr: { name: 'Plaid en laine', text: 'Laine des Pyrénées non teinte, 130 × 170 cm, franges nouées à la main.' },
  },
];

const T = {
  en: {
    lang: 'en', other: 'fr', otherName: 'Français', product: 'product', checkout: 'checkout', privacy: 'privacy',
    shop: 'Atelier Lin', tagline: 'Linen, wool and stoneware, made in France',
    home: 'Home', cart: 'Checkout', homeTitle: 'Made slowly, to last',
    homeText: 'A small workshop in Lyon making a few things well. Everything ships from our studio within two days.',
    add: 'Buy now', price: (p) => `€${p}`, visit: 'Visit the workshop',
    visitText: 'Open Tuesday to Saturday, 10 am – 7 pm, 12 rue de la Soie, Lyon.',
    video: 'How it is made', checkoutTitle: 'Checkout', yourOrder: 'Your order', name: 'Full name', email: 'Email',
    address: 'Delivery address', card: 'Card', pay: 'Pay €69', paid: 'Demo payment accepted — nothing was charged.',
    footerPrefs: 'Cookie preferences', footerPrivacy: 'Privacy policy', footerSpa: 'Single-page-app demo',
    footerNote: 'A demo shop for Consentry. Every tracker on these pages is a local stand-in: nothing leaves your machine.',
    privacyTitle: 'Privacy policy', privacyText: 'We use the services below. Optional ones run only if you allow their purpose; you can change your choice at any time.',
    service: 'Service', purpose: 'Purpose', what: 'What it does', cookies: 'Cookies', notFound: 'Page not found', back: 'Back to the shop',
    cat: { necessary: 'Strictly necessary', functional: 'Functional', analytics: 'Analytics', advertising: 'Advertising' },
  },
  fr: {
    lang: 'fr', other: 'en', otherName: 'English', product: 'produit', checkout: 'paiement', privacy: 'confidentialite',
    shop: 'Atelier Lin', tagline: 'Lin, laine et grès, fabriqués en France',
    home: 'Accueil', cart: 'Paiement', homeTitle: 'Fait lentement, pour durer',
    homeText: 'Un petit atelier lyonnais qui fait peu de choses, mais bien. Tout part de notre atelier sous deux jours.',
    add: 'Acheter', price: (p) => `${p} €`, visit: 'Visiter l’atelier',
    visitText: 'Ouvert du mardi au samedi, de 10 h à 19 h, 12 rue de la Soie, Lyon.',
    video: 'Comment c’est fabriqué', checkoutTitle: 'Paiement', yourOrder: 'Votre commande', name: 'Nom complet', email: 'Courriel',
    address: 'Adresse de livraison', card: 'Carte', pay: 'Payer 69 €', paid: 'Paiement de démonstration accepté — rien n’a été débité.',
    footerPrefs: 'Préférences cookies', footerPrivacy: 'Politique de confidentialité', footerSpa: 'Démo application monopage',
    footerNote: 'Une boutique de démonstration pour Consentry. Chaque traceur de ces pages est une imitation locale : rien ne quitte votre machine.',
    privacyTitle: 'Politique de confidentialité', privacyText: 'Nous utilisons les services ci-dessous. Les services facultatifs ne fonctionnent que si vous acceptez leur finalité ; vous pouvez changer d’avis à tout moment.',
    service: 'Service', purpose: 'Finalité', what: 'Ce qu’il fait', cookies: 'Cookies', notFound: 'Page introuvable', back: 'Retour à la boutique',
    cat: { necessary: 'Strictement nécessaires', functional: 'Fonctionnels', analytics: 'Mesure d’audience', advertising: 'Publicité' },
  },
};

/**
 * The site's Consentry config. Vendors are served from this host under /vendor/<real host>/, so each
 * service names that path prefix as its host (Consentry matches `host/path/prefix`, port ignored).
 */
export function shopConfig(lang, host) {
  const v = (h) => `${host}/vendor/${h}/`;
  return {
    revision: 1,
    privacyPolicyUrl: `/${lang}/${T[lang].privacy}/`,
    services: {
      ga4: {
        category: 'analytics', title: 'Google Analytics 4',
        description: { en: 'Counts visits and pages viewed.', fr: 'Compte les visites et les pages vues.' },
        hosts: [v('www.googletagmanager.com'), v('www.google-analytics.com')], cookies: ['_ga', '_ga_*'], lifetime: '2 years',
      },
      hotjar: {
        category: 'analytics', title: 'Hotjar',
        description: { en: 'Records how pages are used (clicks, scrolling).', fr: 'Enregistre l’usage des pages (clics, défilement).' },
        hosts: [v('static.hotjar.com'), v('in.hotjar.com')], cookies: ['_hjSessionUser_*', '_hjSession_*'], storage: ['hjViewportId'], lifetime: '1 year',
      },
      'meta-pixel': {
        category: 'advertising', title: 'Meta Pixel',
        description: { en: 'Measures our Facebook and Instagram ads.', fr: 'Mesure nos publicités Facebook et Instagram.' },
        hosts: [v('connect.facebook.net'), v('www.facebook.com')], cookies: ['_fbp', '_fbc'], lifetime: '3 months',
      },
      'tiktok-pixel': {
        category: 'advertising', title: 'TikTok Pixel',
        description: { en: 'Measures our TikTok ads.', fr: 'Mesure nos publicités TikTok.' },
        hosts: [v('analytics.tiktok.com')], cookies: ['_ttp', '_tt_enable_cookie'], storage: ['tt_*'], lifetime: '13 months',
      },
      // Video and map embeds keep the catalogue's category (functional), as the default texts say.
      youtube: {
        title: 'YouTube',
        description: { en: 'Plays the videos on product pages.', fr: 'Lit les vidéos des pages produits.' },
        hosts: [v('www.youtube.com')], cookies: ['YSC', 'VISITOR_INFO1_LIVE'], lifetime: '6 months',
      },
      'google-maps': {
        title: 'Google Maps',
        description: { en: 'Shows where our workshop is.', fr: 'Montre où se trouve notre atelier.' },
        hosts: [v('www.google.com')], cookies: ['NID'], lifetime: '6 months',
      },
      crisp: {
        category: 'functional', title: 'Crisp chat',
        description: { en: 'Lets you chat with us.', fr: 'Vous permet de discuter avec nous.' },
        hosts: [v('client.crisp.chat'), v('client.relay.crisp.chat')], cookies: ['crisp-client%2F*'], lifetime: '6 months',
      },
      stripe: {
        category: 'necessary', title: 'Stripe',
        description: { en: 'Takes card payments and prevents fraud.', fr: 'Encaisse les paiements par carte et prévient la fraude.' },
        hosts: [v('js.stripe.com'), v('m.stripe.com')], cookies: ['__stripe_mid', '__stripe_sid'], lifetime: '1 year',
      },
    },
  };
}

// Every tracker below is pasted as its vendor gives it, untagged. A <script src> or <iframe src>
// written in the HTML would be fetched by the browser's preload scanner before any script runs, so
// the demo server passes its pages through consentry/server (consentryMiddleware), which rewrites
// those the visitor has not allowed into Consentry's tagged form before they leave the server. The
// loader snippets, which insert their script by code, are held by the browser build (autoblock).
const GTAG = (extra = '') => `<!-- Google tag (gtag.js) -->
<script async src="/vendor/www.googletagmanager.com/gtag/js?id=${IDS.ga4}"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', '${IDS.ga4}');${extra}
</script>`;

const META = (extra = '') => `<!-- Meta Pixel Code -->
<script>
!function(f,b,e,v,n,t,s)
{if(f.fbq)return;n=f.fbq=function(){n.callMethod?
n.callMethod.apply(n,arguments):n.queue.push(arguments)};
if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';
n.queue=[];t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];
s.parentNode.insertBefore(t,s)}(window, document,'script',
'/vendor/connect.facebook.net/en_US/fbevents.js');
fbq('init', '${IDS.meta}');
fbq('track', 'PageView');${extra}
</script>
<noscript><img height="1" width="1" style="display:none" alt=""
src="/vendor/www.facebook.com/tr?id=${IDS.meta}&amp;ev=PageView&amp;noscript=1"></noscript>
<!-- End Meta Pixel Code -->`;

const HOTJAR = `<!-- Hotjar Tracking Code -->
<script>
    (function(h,o,t,j,a,r){
        h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};
        h._hjSettings={hjid:${IDS.hotjar},hjsv:6};
        a=o.getElementsByTagName('head')[0];
        r=o.createElement('script');r.async=1;
        r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;
        a.appendChild(r);
    })(window,document,'/vendor/static.hotjar.com/c/hotjar-','.js?sv=');
</script>`;

const TIKTOK = (extra = '') => `<!-- TikTok Pixel Code Start -->
<script>
!function (w, d, t) {
  w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.methods=["page","track","identify","instances","debug","on","off","once","ready","alias","group","enableCookie","disableCookie","holdConsent","revokeConsent","grantConsent"],ttq.setAndDefer=function(t,e){t[e]=function(){t.push([e].concat(Array.prototype.slice.call(arguments,0)))}};for(var i=0;i<ttq.methods.length;i++)ttq.setAndDefer(ttq,ttq.methods[i]);ttq.instance=function(t){for(var e=ttq._i[t]||[],n=0;n<ttq.methods.length;n++)ttq.setAndDefer(e,ttq.methods[n]);return e},ttq.load=function(e,n){var r="/vendor/analytics.tiktok.com/i18n/pixel/events.js",o=n&&n.partner;ttq._i=ttq._i||{},ttq._i[e]=[],ttq._i[e]._u=r,ttq._t=ttq._t||{},ttq._t[e]=+new Date,ttq._o=ttq._o||{},ttq._o[e]=n||{};n=document.createElement("script");n.type="text/javascript",n.async=!0,n.src=r+"?sdkid="+e+"&lib="+t;e=document.getElementsByTagName("script")[0];e.parentNode.insertBefore(n,e)};
  ttq.load('${IDS.tiktok}');
  ttq.page();${extra}
}(window, document, 'ttq');
</script>
<!-- TikTok Pixel Code End -->`;

const CRISP = `<script type="text/javascript">window.$crisp=[];window.CRISP_WEBSITE_ID="${IDS.crisp}";(function(){d=document;s=d.createElement("script");s.src="/vendor/client.crisp.chat/l.js";s.async=1;d.getElementsByTagName("head")[0].appendChild(s);})();</script>`;

// Embeds as the vendors' share buttons give them; the server holds them, the browser shows a placeholder.
const YOUTUBE = (title) => `<iframe width="560" height="315" src="/vendor/www.youtube.com/embed/Xq3kP7dLw0s" title="${esc(title)}" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>`;

const MAPS = (title) => `<iframe src="/vendor/www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2783.0!2d4.83!3d45.76!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2sAtelier%20Lin!5e0!3m2!1sfr!2sfr" title="${esc(title)}" width="600" height="450" style="border:0;" allowfullscreen="" loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe>`;

const STRIPE = `<script src="/vendor/js.stripe.com/v3/"></script>`;

function productUrl(t, p) {
  return `/${t.lang}/${t.product}/${p.slug}/`;
}

/** The same page in the other language. */
function otherPath(t, page, slug) {
  const o = T[t.other];
  if (page === 'product') return `/${o.lang}/${o.product}/${slug}/`;
  if (page === 'checkout') return `/${o.lang}/${o.checkout}/`;
  if (page === 'privacy') return `/${o.lang}/${o.privacy}/`;
  return `/${o.lang}/`;
}

function layout({ t, host, title, page, slug, head = '', main, services, tail = '' }) {
  const cfg = JSON.stringify(shopConfig(t.lang, host), null, 2).replace(/</g, '\\u003c');
  const nav = PRODUCTS.map((p) => `<a href="${productUrl(t, p)}">${esc(p[t.lang].name)}</a>`).join('\n        ');
  return `<!doctype html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · ${esc(t.shop)}</title>
<script type="application/json" id="consentry-config">${cfg}</script>
<script src="/consentry.js"></script>
<link rel="stylesheet" href="/assets/shop.css">
<link rel="icon" href="/assets/favicon.svg">
${head}
${GTAG(page === 'product' ? `\n  gtag('event', 'view_item', { currency: 'EUR', value: ${PRODUCTS.find((p) => p.slug === slug).price}, items: [{ item_id: '${slug}' }] });` : page === 'checkout' ? "\n  gtag('event', 'begin_checkout', { currency: 'EUR', value: 69 });" : '')}
${META(page === 'product' ? "\nfbq('track', 'ViewContent');" : page === 'checkout' ? "\nfbq('track', 'InitiateCheckout');" : '')}
${HOTJAR}
${TIKTOK(page === 'checkout' ? "\n  ttq.track('InitiateCheckout');" : '')}
</head>
<body>
<a class="skip" href="#main">${t.lang === 'fr' ? 'Aller au contenu' : 'Skip to content'}</a>
<header class="top">
  <div class="wrap">
    <a class="brand" href="/${t.lang}/"><img src="/assets/favicon.svg" alt="" width="28" height="28"> ${esc(t.shop)}</a>
    <nav aria-label="${t.lang === 'fr' ? 'Boutique' : 'Shop'}">
        <a href="/${t.lang}/">${esc(t.home)}</a>
        ${nav}
        <a href="/${t.lang}/${t.checkout}/">${esc(t.cart)}</a>
        <a href="${otherPath(t, page, slug)}" hreflang="${t.other}" lang="${t.other}">${esc(t.otherName)}</a>
    </nav>
  </div>
</header>
<main id="main" class="wrap">
${main}
</main>
<footer class="bottom">
  <div class="wrap">
    <p>${esc(t.footerNote)}</p>
    <p>
      <a href="#consentry-preferences" data-consentry-open>${esc(t.footerPrefs)}</a> ·
      <a href="/${t.lang}/${t.privacy}/">${esc(t.footerPrivacy)}</a> ·
      <a href="/spa/">${esc(t.footerSpa)}</a>
    </p>
  </div>
</footer>
<aside id="demo-panel" class="demo-panel" data-services="${services.join(' ')}"></aside>
<script src="/assets/panel.js"></script>
${CRISP}
${tail}
</body>
</html>
`;
}

const ALL = ['ga4', 'hotjar', 'meta-pixel', 'tiktok-pixel', 'crisp'];

function home(t, host) {
  const cards = PRODUCTS.map((p) => `  <li class="card">
    <a href="${productUrl(t, p)}"><img src="/assets/${p.image}" alt="" width="320" height="240"><span>${esc(p[t.lang].name)}</span></a>
    <p class="price">${t.price(p.price)}</p>
  </li>`).join('\n');
  return layout({
    t, host, title: t.homeTitle, page: 'home', services: [...ALL, 'google-maps'],
    main: `<section class="hero">
  <h1>${esc(t.homeTitle)}</h1>
  <p>${esc(t.homeText)}</p>
</section>
<ul class="grid" aria-label="${t.lang === 'fr' ? 'Produits' : 'Products'}">
${cards}
</ul>
<section class="visit">
  <h2>${esc(t.visit)}</h2>
  <p>${esc(t.visitText)}</p>
  <div class="embed map">${MAPS(t.visit)}</div>
</section>`,
  });
}

function product(t, host, p) {
  const x = p[t.lang];
  return layout({
    t, host, title: x.name, page: 'product', slug: p.slug, services: [...ALL, 'youtube'],
    main: `<article class="product">
  <img src="/assets/${p.image}" alt="" width="480" height="360">
  <div>
    <h1>${esc(x.name)}</h1>
    <p class="price">${t.price(p.price)}</p>
    <p>${esc(x.text)}</p>
    <p><a class="button" href="/${t.lang}/${t.checkout}/">${esc(t.add)}</a></p>
  </div>
</article>
<section>
  <h2>${esc(t.video)}</h2>
  <div class="embed video">${YOUTUBE(t.video)}</div>
</section>`,
  });
}

function checkout(t, host) {
  const p = PRODUCTS[0];
  return layout({
    t, host, title: t.checkoutTitle, page: 'checkout', services: [...ALL, 'stripe'], head: STRIPE,
    main: `<h1>${esc(t.checkoutTitle)}</h1>
<div class="checkout">
  <form id="pay" class="form">
    <label>${esc(t.name)} <input name="name" autocomplete="name" required></label>
    <label>${esc(t.email)} <input name="email" type="email" autocomplete="email" required></label>
    <label>${esc(t.address)} <textarea name="address" autocomplete="street-address" rows="3" required></textarea></label>
    <div class="field"><span id="card-label">${esc(t.card)}</span><div id="card-element" aria-labelledby="card-label"></div></div>
    <button class="button" type="submit">${esc(t.pay)}</button>
    <p id="paid" role="status"></p>
  </form>
  <aside class="order">
    <h2>${esc(t.yourOrder)}</h2>
    <p>${esc(p[t.lang].name)} — ${t.price(p.price)}</p>
  </aside>
</div>`,
    tail: `<script>
  var stripe = Stripe('pk_test_demo_atelier_lin');
  var card = stripe.elements().create('card');
  card.mount('#card-element');
  document.getElementById('pay').addEventListener('submit', function (e) {
    e.preventDefault();
    stripe.confirmCardPayment('pi_demo_secret').then(function () {
      document.getElementById('paid').textContent = ${JSON.stringify(t.paid)};
    });
  });
</script>`,
  });
}

function privacy(t, host) {
  const cfg = shopConfig(t.lang, host);
  const rows = Object.entries(cfg.services).map(([, s]) => `    <tr><th scope="row">${esc(s.title)}</th><td>${esc(t.cat[s.category])}</td><td>${esc(s.description[t.lang])}</td><td><code>${s.cookies.map(esc).join('</code>, <code>')}</code></td></tr>`).join('\n');
  return layout({
    t, host, title: t.privacyTitle, page: 'privacy', services: ALL,
    main: `<h1>${esc(t.privacyTitle)}</h1>
<p>${esc(t.privacyText)}</p>
<p><button type="button" class="button" data-consentry-open>${esc(t.footerPrefs)}</button></p>
<div class="table"><table>
  <thead><tr><th scope="col">${esc(t.service)}</th><th scope="col">${esc(t.purpose)}</th><th scope="col">${esc(t.what)}</th><th scope="col">${esc(t.cookies)}</th></tr></thead>
  <tbody>
${rows}
  </tbody>
</table></div>`,
  });
}

function notFound(t, host) {
  return layout({
    t, host, title: t.notFound, page: 'home', services: ALL,
    main: `<h1>${esc(t.notFound)}</h1>\n<p><a href="/${t.lang}/">${esc(t.back)}</a></p>`,
  });
}

/** Where to send a request for a page that lives elsewhere (`/` → `/en/` or `/fr/`, missing slashes). */
export function redirectFor(path, acceptLanguage) {
  if (path === '/') return /^\s*fr\b/i.test(acceptLanguage) ? '/fr/' : '/en/';
  if (/^\/(en|fr)(\/[\w-]+)*$/.test(path)) return path + '/';
  return null;
}

/** The HTML of a page, or null when there is none at `path`. `host` is the host name the visitor used. */
export function renderPage(path, { host }) {
  const m = /^\/(en|fr)\/(?:([\w-]+)\/(?:([\w-]+)\/)?)?$/.exec(path);
  if (path === '/404' || !m) {
    if (path === '/404') return { status: 404, html: notFound(T.en, host) };
    return null;
  }
  const t = T[m[1]];
  const [, , section, slug] = m;
  if (!section) return { html: home(t, host) };
  if (section === t.product && slug) {
    const p = PRODUCTS.find((x) => x.slug === slug);
    return p ? { html: product(t, host, p) } : { status: 404, html: notFound(t, host) };
  }
  if (section === t.checkout && !slug) return { html: checkout(t, host) };
  if (section === t.privacy && !slug) return { html: privacy(t, host) };
  return { status: 404, html: notFound(t, host) };
}
