// Screenshots of the interface for README and docs/ui.md, taken with the browser tests' Chromium
// and server (test/browser/harness.ts) against the built dist/:
//
//   npx rollup -c --silent && npx vite-node docs/screenshots/take.mjs
//
// Writes {banner,preferences}-{light,dark}-{desktop,mobile}.png beside this file.
import { fileURLToPath } from 'node:url';
import { launch, startServer } from '../../test/browser/harness.ts';

const OUT = fileURLToPath(new URL('./', import.meta.url));
const SIZES = {
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  mobile: { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};

// A plausible shop behind the banner: GA4, Hotjar and the Meta Pixel are on the page (and held
// back), plus a chat service the site declares itself.
const config = {
  privacyPolicyUrl: '/privacy',
  services: { 'shop-chat': { category: 'functional', title: 'Live chat', lifetime: '1 year', hosts: ['chat.shop.example'] } },
};
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Northwind Socks</title>
<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>
<script src="/dist/consentry.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-DEMO"></script>
<script async src="https://static.hotjar.com/c/hotjar-1.js?sv=6"></script>
<script async src="https://connect.facebook.net/en_US/fbevents.js"></script>
<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #222; background: #f6f3ee; }
  header { display: flex; justify-content: space-between; align-items: center; padding: 16px 24px; background: #fff; border-bottom: 1px solid #e5e0d8; }
  header b { font-size: 20px; letter-spacing: .02em; }
  nav a { margin-left: 16px; color: #444; text-decoration: none; }
  .hero { padding: 48px 24px; text-align: center; background: linear-gradient(120deg, #f9d8b5, #f3b5a9); }
  .hero h1 { margin: 0 0 8px; font-size: clamp(28px, 5vw, 44px); }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 20px; padding: 24px; }
  .card { background: #fff; border-radius: 10px; padding: 12px; box-shadow: 0 1px 3px rgb(0 0 0 / .08); }
  .card i { display: block; height: 140px; border-radius: 8px; margin-bottom: 8px; }
  header b, nav { white-space: nowrap; }
  @media (max-width: 500px) { nav a:not(:last-child) { display: none; } }
  @media (prefers-color-scheme: dark) {
    body { background: #121316; color: #ddd; } header, .card { background: #1d1f24; border-color: #2c2f36; }
    nav a { color: #bbb; } .hero { background: linear-gradient(120deg, #5a3b2a, #5a2c35); }
  }
</style></head><body>
<header><b>Northwind Socks</b><nav><a href="/">Shop</a><a href="/">About</a><a href="/">Cart (0)</a></nav></header>
<section class="hero"><h1>Warm feet, all winter</h1><p>Merino socks knitted in Portugal.</p></section>
<main class="grid">
  ${['#c8d6e5', '#f6c8a8', '#b8d8c0', '#e0c3e8', '#f2e2a0', '#a9c9f0'].map((c, i) => `<div class="card"><i style="background:${c}"></i>Merino sock no. ${i + 1}<br><b>€${12 + i}</b></div>`).join('')}
</main>
<footer style="padding:24px"><a href="#" data-consentry-open>Cookie preferences</a></footer>
</body></html>`;

const server = await startServer();
const browser = await launch(server);
try {
  server.page('/', html);
  for (const [size, opts] of Object.entries(SIZES)) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.page({ ...opts, colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(server.origin('shop.test', 'https') + '/');
      await page.waitForSelector('#consentry .cy-banner');
      await page.screenshot({ path: `${OUT}banner-${scheme}-${size}.png` });
      await page.click('#consentry .cy-banner .cy-btn:nth-child(3)');
      await page.waitForSelector('#consentry [role=dialog]');
      // Show what a visitor would look at: analytics on, its services open.
      await page.click('[aria-labelledby=cy-c-analytics]');
      await page.$eval('#consentry [aria-labelledby=cy-c-analytics]', (s) => s.closest('.cy-cat').querySelector('details').open = true);
      await page.mouse.move(0, 0);
      await page.evaluate(() => document.activeElement.blur());
      await page.screenshot({ path: `${OUT}preferences-${scheme}-${size}.png` });
      await page.context().close();
      console.log(`${size} ${scheme}: done`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
