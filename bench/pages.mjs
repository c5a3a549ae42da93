// The two benchmark pages: one article page, identical but for the consent manager. Both hold back
// the same analytics script with the markup both libraries understand
// (`<script type="text/plain" data-category="analytics" src=…>`), and both use each library's
// documented set-up: Consentry's script tag first in <head>; vanilla-cookieconsent's stylesheet in
// <head> and its script with `CookieConsent.run()` at the end of <body>.

const TEXT = {
  title: 'Cookies on this site',
  text: 'We use cookies to run this site. With your permission, we and our partners also use them to remember your settings, measure our audience and show you relevant ads. You can change your mind at any time.',
};

/** Content shared by both pages: enough DOM and text for layout and paint to cost something. */
function content() {
  const cards = [];
  for (let i = 1; i <= 24; i++) {
    cards.push(`<article class="card"><h3>Product ${i}</h3><p>Hand-finished piece number ${i}, made in small batches from natural materials and shipped within two days.</p><p class="price">€${(19 + i * 3).toFixed(2)}</p><a href="#p${i}">View product ${i}</a></article>`);
  }
  const paras = [];
  for (let i = 1; i <= 12; i++) {
    paras.push(`<p>Paragraph ${i}. Our workshop makes a few things slowly and well. We choose our materials for how they age, we repair what we sell, and we publish where every part comes from, so that you know what you are buying and who made it.</p>`);
  }
  return `<header class="top"><strong>Atelier Bench</strong><nav><a href="#">Home</a> <a href="#">Shop</a> <a href="#">Journal</a> <a href="#">About</a></nav></header>
<main>
<h1>Made slowly, to last</h1>
${paras.slice(0, 4).join('\n')}
<section class="grid">
${cards.join('\n')}
</section>
${paras.slice(4).join('\n')}
</main>
<footer><a href="#" data-consentry-open data-cc="show-preferencesModal">Cookie preferences</a></footer>`;
}

const STYLE = `<style>
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #222; background: #fafafa; }
.top { display: flex; justify-content: space-between; padding: 12px 24px; background: #fff; border-bottom: 1px solid #ddd; }
.top nav a { margin-left: 12px; }
main { max-width: 1000px; margin: 0 auto; padding: 16px; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 16px; }
.card { background: #fff; border: 1px solid #ddd; border-radius: 8px; padding: 12px; }
footer { padding: 24px; text-align: center; }
</style>`;

const ANALYTICS = '<script type="text/plain" data-category="analytics" src="/bench/analytics.js"></script>';

/** Consentry: JSON config, then the script tag, first in <head>. */
export function consentryPage() {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bench · Consentry</title>
<script type="application/json" id="consentry-config">{"privacyPolicyUrl":"/privacy"}</script>
<script src="/dist/consentry.js"></script>
${STYLE}
${ANALYTICS}
</head>
<body>
${content()}
</body>
</html>
`;
}

/** vanilla-cookieconsent 3, configured for the same four categories and the same words. */
export function vanillaPage() {
  const config = {
    // Playwright's Chromium reports navigator.webdriver; without this the banner never shows.
    hideFromBots: false,
    categories: {
      necessary: { enabled: true, readOnly: true },
      functional: {},
      analytics: {},
      advertising: {},
    },
    language: {
      default: 'en',
      translations: {
        en: {
          consentModal: {
            title: TEXT.title,
            description: TEXT.text + ' <a href="/privacy">Privacy policy</a>',
            acceptAllBtn: 'Accept all',
            acceptNecessaryBtn: 'Reject all',
            showPreferencesBtn: 'Customize',
          },
          preferencesModal: {
            title: 'Cookie preferences',
            acceptAllBtn: 'Accept all',
            acceptNecessaryBtn: 'Reject all',
            savePreferencesBtn: 'Save choices',
            closeIconLabel: 'Close',
            sections: [
              { title: 'Strictly necessary', description: 'Needed for the site to work.', linkedCategory: 'necessary' },
              { title: 'Functional', description: 'Remember your settings.', linkedCategory: 'functional' },
              { title: 'Analytics', description: 'Count visits.', linkedCategory: 'analytics' },
              { title: 'Advertising', description: 'Show relevant ads.', linkedCategory: 'advertising' },
            ],
          },
        },
      },
    },
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bench · vanilla-cookieconsent</title>
<link rel="stylesheet" href="/cc/cookieconsent.css">
${STYLE}
${ANALYTICS}
</head>
<body>
${content()}
<script src="/cc/cookieconsent.umd.js"></script>
<script>CookieConsent.run(${JSON.stringify(config)});</script>
</body>
</html>
`;
}
