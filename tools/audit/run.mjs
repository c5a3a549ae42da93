// The audit itself: a fresh browser profile visits the page three times over (before any choice,
// after "Reject all", after "Accept all") and records every cookie, storage key, IndexedDB database
// and request, classified with the catalogue. Nothing here writes files; see report.mjs.
import { launchChromium } from './chromium.mjs';
import { loadCatalogue, makeClassifier, siteOf } from './classify.mjs';

const NECESSARY = 'necessary';

/** Button names of "Reject all" and "Accept all" as consent banners write them, in the EU's main languages. */
export const REJECT = /^\s*((reject|refuse|decline|deny)( all)?( cookies)?|(use |allow )?(only )?(strictly )?necessary( cookies)?( only)?|tout refuser|refuser( tout)?|continuer sans accepter|alle ablehnen|ablehnen|rechazar( todo| todas)?|rifiuta( tutto)?|alles weigeren|weigeren|rejeitar( tudo)?|recusar( tudo)?|odrzuć( wszystko)?)\s*$/i;
export const ACCEPT = /^\s*((accept|allow|agree to)( all)?( cookies)?|i agree|agree|tout accepter|accepter( tout)?|alle akzeptieren|akzeptieren|aceptar( todo| todas)?|accetta( tutto)?|alles accepteren|accepteren|aceitar( tudo)?|zaakceptuj( wszystko)?|akceptuj( wszystko)?)\s*$/i;

export const STATES = [
  { id: 'before', label: 'Before any choice', choice: null, strict: true },
  { id: 'reject', label: 'After “Reject all”', choice: 'reject', strict: true },
  { id: 'accept', label: 'After “Accept all”', choice: 'accept', strict: false },
];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Follows the network of a context: what was asked, and whether anything is still in flight. */
function watch(context) {
  const list = [];
  const inflight = new Set();
  let last = Date.now();
  const rec = new Map();
  context.on('request', (r) => {
    last = Date.now();
    inflight.add(r);
    const e = { url: r.url(), method: r.method(), type: r.resourceType(), time: last, status: null, failed: null, frame: frameUrl(r) };
    rec.set(r, e);
    list.push(e);
  });
  const done = (r, failed) => {
    last = Date.now();
    inflight.delete(r);
    const e = rec.get(r);
    if (!e) return;
    if (failed) e.failed = failed;
    else r.response().then((res) => { if (res) e.status = res.status(); }, () => {});
  };
  context.on('requestfinished', (r) => done(r, null));
  context.on('requestfailed', (r) => done(r, (r.failure() && r.failure().errorText) || 'failed'));
  return {
    list,
    /** Resolves once nothing has been in flight for `idle` ms, `min` ms at least, `max` ms at most. */
    async settle({ idle = 500, min = 1000, max = 10000 } = {}) {
      const start = Date.now();
      for (;;) {
        const now = Date.now();
        if (now - start >= max) return;
        if (now - start >= min && inflight.size === 0 && now - last >= idle) return;
        await sleep(50);
      }
    },
  };
}

function frameUrl(r) {
  try {
    const f = r.frame();
    return f && f.parentFrame() ? f.url() : null;
  } catch {
    return null; // service-worker requests have no frame
  }
}

/** Clicks the banner's button like a visitor; falls back to Consentry's API. */
async function choose(page, which, timeout) {
  const re = which === 'reject' ? REJECT : ACCEPT;
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    for (const frame of page.frames()) {
      const buttons = frame.getByRole('button', { name: re });
      const n = await buttons.count().catch(() => 0);
      for (let i = 0; i < n; i++) {
        const b = buttons.nth(i);
        if (!(await b.isVisible().catch(() => false))) continue;
        const name = ((await b.textContent().catch(() => '')) || '').trim().replace(/\s+/g, ' ');
        try {
          await b.click({ timeout: 5000 });
          return { how: 'click', name: name || (await b.getAttribute('aria-label')) || which };
        } catch {
          // covered or detached: try the next candidate, then again
        }
      }
    }
    await sleep(200);
  }
  const api = which === 'reject' ? 'rejectAll' : 'acceptAll';
  const ok = await page.evaluate(async (fn) => {
    const c = window.Consentry;
    if (!c || typeof c[fn] !== 'function') return false;
    await c[fn]();
    return true;
  }, api).catch(() => false);
  return ok ? { how: 'api', name: `Consentry.${api}()` } : null;
}

/** Cookies, web storage, IndexedDB databases and Consentry's record as the page sees them. */
async function snapshot(page, context) {
  const cookies = await context.cookies();
  const inPage = await page.evaluate(async () => {
    const keys = (s) => {
      try {
        const out = [];
        for (let i = 0; i < s.length; i++) out.push(s.key(i));
        return out;
      } catch {
        return [];
      }
    };
    let dbs = [];
    try {
      dbs = (await indexedDB.databases()).map((d) => d.name).filter(Boolean);
    } catch {
      // not supported or blocked
    }
    // What Consentry's database holds: an empty one (opened before any choice) is not a record.
    const holds = {};
    if (dbs.includes('consentry')) {
      holds.consentry = await new Promise((done) => {
        const req = indexedDB.open('consentry');
        req.onerror = () => done(null);
        req.onsuccess = () => {
          const d = req.result;
          try {
            if (!d.objectStoreNames.contains('consent')) return d.close(), done('empty');
            const g = d.transaction('consent', 'readonly').objectStore('consent').get('state');
            g.onsuccess = () => (d.close(), done(g.result && g.result.record ? 'record' : 'empty'));
            g.onerror = () => (d.close(), done(null));
          } catch {
            d.close();
            done(null);
          }
        };
      });
    }
    let consent = null;
    try {
      consent = window.Consentry && window.Consentry.getConsent ? window.Consentry.getConsent() : null;
    } catch {
      // ignore
    }
    return { local: keys(localStorage), session: keys(sessionStorage), dbs, holds, consent, hasConsentry: !!window.Consentry };
  }).catch(() => ({ local: [], session: [], dbs: [], holds: {}, consent: null, hasConsentry: false }));
  return { cookies, ...inPage };
}

/** The site's Consentry config, as the page declares it (JSON block or `window.consentryConfig`). */
async function siteConfig(page) {
  return page.evaluate(() => {
    const el = document.getElementById('consentry-config');
    if (el) {
      try {
        return JSON.parse(el.textContent || '');
      } catch {
        return null;
      }
    }
    const w = window.consentryConfig;
    try {
      return w ? JSON.parse(JSON.stringify(w)) : null;
    } catch {
      return null;
    }
  }).catch(() => null);
}

function verdict(state, cls) {
  if (!state.strict) return 'ok';
  if (cls.category === NECESSARY) return 'ok';
  if (cls.category === 'unknown') return 'review';
  return 'violation';
}

function expiry(c) {
  return c.expires > 0 ? new Date(c.expires * 1000).toISOString() : 'session';
}

/**
 * Audits `url`. Options: `hostMap` ({ host: 'ip:port' }), `offline` (unmapped names do not resolve),
 * `settle` (ms to wait after load and after each choice), `timeout` (navigation), `bannerTimeout`.
 */
export async function audit(url, { hostMap = {}, offline, executablePath, settle = 1500, timeout = 30000, bannerTimeout = 10000, log = () => {} } = {}) {
  const target = new URL(url);
  const loopback = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(target.hostname);
  if (offline === undefined) offline = loopback || Object.keys(hostMap).length > 0;
  const known = await loadCatalogue();
  const browser = await launchChromium({ hostMap, offline, executablePath });
  const pageSite = siteOf(target.hostname);
  const report = {
    tool: 'consentry-audit',
    url: target.href,
    date: new Date().toISOString(),
    chromium: browser.version(),
    network: offline ? 'offline (only 127.0.0.1 and mapped hosts resolve)' : 'online',
    hostMap,
    catalogue: { services: Object.keys(known.catalogue).length, cookieDatabase: !!known.classifyCookie },
    site: null,
    states: {},
    violations: [],
    warnings: [],
    pass: false,
  };
  try {
    // Two fresh profiles: one that refuses first, one that accepts first. "Before" is the first
    // visit of the refusing profile; a separate first visit precedes the acceptance.
    for (const run of [['before', 'reject'], ['accept']]) {
      const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'en-GB' });
      context.setDefaultTimeout(timeout);
      const net = watch(context);
      const page = await context.newPage();
      page.on('dialog', (d) => d.dismiss().catch(() => {}));
      log(`visiting ${target.href}`);
      const res = await page.goto(target.href, { waitUntil: 'load', timeout });
      if (!res || res.status() >= 400) throw new Error(`${target.href} answered ${res ? res.status() : 'nothing'}`);
      await net.settle({ min: settle });
      if (!report.site) {
        const cfg = await siteConfig(page);
        report.site = { config: cfg, consentCookie: (cfg && cfg.cookie && cfg.cookie.name) || 'consentry' };
      }
      const cls = makeClassifier(known, report.site.config);
      let mark = 0;
      for (const id of run) {
        const state = STATES.find((s) => s.id === id);
        let action = null;
        if (state.choice) {
          log(`${state.label}: choosing`);
          action = await choose(page, state.choice, bannerTimeout);
          if (!action) {
            report.states[id] = { id, label: state.label, action: null, reached: false, note: `no “${state.choice === 'reject' ? 'Reject all' : 'Accept all'}” button was found and the page has no Consentry API`, cookies: [], storage: [], databases: [], requests: [], consent: null };
            // No way to refuse is a failure; no way to accept is only worth knowing.
            (state.strict ? report.violations : report.warnings).push({ state: id, kind: 'banner', name: state.choice === 'reject' ? 'Reject all' : 'Accept all', detail: 'the page offers no way to ' + (state.choice === 'reject' ? 'refuse' : 'accept'), fix: 'Show a banner with “Accept all” and “Reject all” buttons of equal weight: add consentry.js as the first script of <head> (it shows one until the visitor has chosen).' });
            continue;
          }
          await net.settle({ min: settle });
          // The next page view is where a refusal that was not stored, or a tracker that ignores it, shows up.
          await page.reload({ waitUntil: 'load', timeout });
          await net.settle({ min: settle });
        }
        const snap = await snapshot(page, context);
        const all = net.list.slice(mark);
        const requests = all.filter((r) => /^https?:/.test(r.url));
        // When the page asked for Consentry's script: a tracker asked for earlier ran ahead of it.
        const own = all.find((r) => CONSENTRY_JS.test(new URL(r.url).pathname));
        snap.consentryAt = own ? own.time : null;
        mark = net.list.length;
        report.states[id] = describe(state, action, snap, requests, cls, pageSite, report);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  report.pass = report.violations.length === 0;
  report.suggestion = suggest(report);
  return report;
}

function describe(state, action, snap, requests, cls, pageSite, report) {
  const flag = (kind, item) => {
    item.verdict = verdict(state, item.class);
    if (item.verdict === 'violation') {
      report.violations.push({ state: state.id, kind, name: item.name || item.url, category: item.class.category, service: item.class.service, detail: item.class.title, fix: advise(state, kind, item, snap) });
    } else if (item.verdict === 'review') {
      report.warnings.push({ state: state.id, kind, name: item.name || item.url, detail: 'not in the catalogue: check what it is', fix: advise(state, kind, item, snap) });
    }
    const c = item.class;
    if (c.source === 'site config' && c.catalogueCategory && c.catalogueCategory !== NECESSARY && c.category === NECESSARY && state.strict) {
      report.warnings.push({ state: state.id, kind, name: item.name || item.url, detail: `the site declares ${c.service} necessary; the catalogue lists it as ${c.catalogueCategory}` });
    }
    return item;
  };
  const cookies = snap.cookies
    .map((c) => flag('cookie', {
      name: c.name, domain: c.domain, path: c.path, expires: expiry(c), httpOnly: c.httpOnly, secure: c.secure, sameSite: c.sameSite,
      thirdParty: siteOf(c.domain.replace(/^\./, '')) !== pageSite, class: cls.cookie(c.name),
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.domain.localeCompare(b.domain));
  const storage = [
    ...snap.local.map((k) => ({ area: 'localStorage', name: k })),
    ...snap.session.map((k) => ({ area: 'sessionStorage', name: k })),
  ].map((s) => flag('storage', { ...s, class: cls.storage(s.name) }));
  const databases = snap.dbs.map((n) => flag('indexedDB', { name: n, holds: snap.holds[n] || null, class: cls.database(n, snap.holds[n]) }));
  let firstParty = 0;
  const seen = new Set();
  const listed = [];
  for (const r of requests) {
    const host = new URL(r.url).hostname;
    const thirdParty = siteOf(host) !== pageSite;
    const c = cls.request(r.url);
    // First-party requests are listed only when they belong to a service (a self-hosted or proxied tracker).
    if (!thirdParty && c.category === 'unknown') {
      firstParty++;
      continue;
    }
    const key = r.method + ' ' + r.url;
    if (seen.has(key)) continue;
    seen.add(key);
    listed.push(flag('request', { url: r.url, time: r.time, method: r.method, type: r.type, status: r.status, failed: r.failed, frame: r.frame, thirdParty, class: c }));
  }
  return {
    id: state.id, label: state.label, reached: true, action, consent: snap.consent, consentry: snap.hasConsentry,
    cookies, storage, databases, requests: listed, firstPartyRequests: firstParty,
  };
}

/** The path of Consentry's script as sites serve it. */
const CONSENTRY_JS = /\/consentry(\.min)?\.js$/;

const q = (s) => JSON.stringify(String(s));

/** The tag that holds `url` back until its service is granted, for the kind of element that asked for it. */
function tagFor(type, url, category, service) {
  const attrs = `data-category=${q(category)}${service ? ` data-service=${q(service)}` : ''}`;
  if (type === 'script') return `<script type="text/plain" ${attrs} src=${q(url)}></script>`;
  if (type === 'document') return `<iframe ${attrs} data-src=${q(url)} title="…"></iframe>`;
  if (type === 'image') return `<img ${attrs} data-src=${q(url)} alt="">`;
  return null;
}

/** A host's declaration for the site's config, for what the catalogue does not know. */
function declare(host, kind, name) {
  const what = kind === 'cookie' ? `, "cookies": [${q(name)}]` : kind === 'storage' ? `, "storage": [${q(name)}]` : '';
  return `"services": { "<name>": { "category": "<necessary|functional|analytics|advertising>"${host ? `, "hosts": [${q(host)}]` : ''}${what} } }`;
}

/** What the site owner should do about one finding, in a sentence or two with the code to write. */
function advise(state, kind, item, snap) {
  const c = item.class;
  const svc = c.service;
  const first = 'Add consentry.js as the first script of <head>, before every tracker: <script src="/consentry.js"></script>.';
  if (!snap.hasConsentry) {
    if (c.category === 'unknown') return `${first} Then find what this is and declare it: ${declare(item.url ? new URL(item.url).hostname : null, kind, item.name)}.`;
    return `${first} It holds ${svc} back until the visitor allows ${c.category}.`;
  }
  if (c.category === 'unknown') {
    if (kind === 'request') return `Unknown to the catalogue: find what it is and declare the service with its host in your config, ${declare(new URL(item.url).hostname)}; Consentry then holds it back until its purpose is granted.`;
    return `Unknown to the catalogue: find which script sets it and declare it with that service in your config, ${declare(null, kind, item.name)}, so that Consentry deletes it on refusal.`;
  }
  if (kind === 'request') {
    const early = snap.consentryAt === null || (item.time !== undefined && item.time < snap.consentryAt);
    const tag = tagFor(item.type, item.url, c.category, svc);
    if (early) return `The page asked for it before consentry.js: move <script src="…/consentry.js"></script> first in <head>${tag ? `, and tag it: ${tag}` : ''}.`;
    if (tag) return `Tag it so that the browser does not fetch it before consent (an untagged ${item.type === 'document' ? 'iframe' : item.type} in the HTML is fetched before any script runs): ${tag}`;
    return `Sent by ${svc}'s script, which ran before consent: tag the <script> that loads ${svc} with type="text/plain" data-category=${q(c.category)} data-service=${q(svc)}.`;
  }
  const where = kind === 'cookie' ? 'cookies' : 'storage';
  if (state.id === 'reject') return `Still there after “Reject all”: declare it in your config so that Consentry deletes it on refusal, "services": { ${q(svc)}: { ${q(where)}: [${q(item.name)}] } }; and tag ${svc}'s script (type="text/plain" data-category=${q(c.category)} data-service=${q(svc)}).`;
  return `Written by ${svc} before consent: tag the <script> that loads ${svc} with type="text/plain" data-category=${q(c.category)} data-service=${q(svc)} (or move consentry.js first in <head> if it already is).`;
}

/**
 * A config to paste: every service the audit met in any state, with its purpose, plus the
 * third-party hosts it could not classify, listed apart (a service needs a purpose you choose).
 */
function suggest(report) {
  const services = {};
  const unknown = new Set();
  for (const s of Object.values(report.states)) {
    if (!s.reached) continue;
    for (const item of [...s.requests, ...s.cookies, ...s.storage, ...s.databases]) {
      const c = item.class;
      if (c.service && c.service !== 'consentry') {
        services[c.service] ||= { category: c.category };
      } else if (c.category === 'unknown' && item.url && item.thirdParty) {
        unknown.add(new URL(item.url).hostname);
      }
    }
  }
  const sorted = Object.fromEntries(Object.keys(services).sort().map((k) => [k, services[k]]));
  return { config: { services: sorted }, unclassifiedHosts: [...unknown].sort() };
}
