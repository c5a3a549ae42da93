// What the audit knows about trackers: Consentry's catalogue and the cookie classifier built from
// the Open Cookie Database, and the site's own Consentry config. In the repository the catalogue is
// bundled from src/catalogue with esbuild at run time, so that the audit always uses the sources as
// they are; in the installed package it is dist/catalogue.mjs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NECESSARY = 'necessary';

/** Loads `CATALOGUE` and `classifyCookie`, from the sources when they are there, else from dist/. */
export async function loadCatalogue() {
  const src = join(ROOT, 'src/catalogue/all.ts');
  const mod = existsSync(src) ? await fromSources(src) : await import(pathToFileURL(join(ROOT, 'dist/catalogue.mjs')).href);
  const fn = mod.classifyCookie;
  return { catalogue: mod.CATALOGUE || {}, classifyCookie: typeof fn === 'function' ? fn : null };
}

async function fromSources(entry) {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', write: false, logLevel: 'silent',
  });
  return import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64'));
}

/** `example.co.uk` for `www.example.co.uk`: close enough to the registrable domain for "third party". */
export function siteOf(host) {
  host = String(host || '').toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(host) || host.includes(':') || !host.includes('.')) return host;
  const parts = host.split('.');
  const two = parts.slice(-2).join('.');
  // Common second-level public suffixes; a full public-suffix list is not worth its weight here.
  if (/^(co|com|net|org|gov|gouv|ac|edu|ltd|plc|ne|or|go)\.[a-z]{2}$/.test(two) && parts.length > 2) return parts.slice(-3).join('.');
  return two;
}

/** Consentry's host syntax: `host` (and its subdomains), `*.host`, or `host/path/prefix`; ports never count. */
export function hostMatches(pattern, url) {
  const slash = pattern.indexOf('/');
  let host = (slash < 0 ? pattern : pattern.slice(0, slash)).toLowerCase().replace(/:\d+$/, '');
  const path = slash < 0 ? '' : pattern.slice(slash);
  const h = url.hostname.toLowerCase();
  if (host.startsWith('*.')) {
    host = host.slice(2);
    if (!h.endsWith('.' + host)) return false;
  } else if (h !== host && !h.endsWith('.' + host)) return false;
  return !path || url.pathname.startsWith(path);
}

/** A cookie or storage name against a list where a trailing `*` makes a prefix. */
export function nameMatches(patterns, name) {
  for (const p of patterns || []) {
    if (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : name === p) return true;
  }
  return false;
}

/**
 * A classifier for one audit: the site's declared services first (they may relabel a catalogue
 * service or add their own), then the catalogue, then the cookie database.
 */
export function makeClassifier({ catalogue, classifyCookie }, siteConfig) {
  const site = (siteConfig && typeof siteConfig === 'object' && siteConfig.services) || {};
  const consentCookie = (siteConfig && siteConfig.cookie && siteConfig.cookie.name) || 'consentry';
  const own = [];
  for (const [name, s] of Object.entries(site)) {
    if (!s || typeof s !== 'object') continue;
    const base = catalogue[name] || {};
    own.push({ name, ...base, ...s, category: s.category || base.category, source: 'site config', catalogueCategory: base.category });
  }
  // A catalogue service the site redeclares is judged as the site declares it; one the site removed
  // (`false`) is still judged by the catalogue, since the audit reports what runs, not what is configured.
  const listed = Object.entries(catalogue).filter(([name]) => !own.some((s) => s.name === name)).map(([name, s]) => ({ name, ...s, source: 'catalogue' }));
  const all = [...own, ...listed];

  const out = (s) => ({
    category: s.category || 'unknown', service: s.name, title: titleOf(s), source: s.source,
    ...(s.catalogueCategory && s.catalogueCategory !== s.category ? { catalogueCategory: s.catalogueCategory } : {}),
  });

  return {
    consentCookie,
    /** A request URL: which service's host it belongs to. */
    request(u) {
      let url;
      try {
        url = new URL(u);
      } catch {
        return unknown();
      }
      // As Consentry's blocking decides: the most specific pattern wins (longest host, then longest path).
      let best = null, score = -1;
      for (const s of all) {
        for (const p of s.hosts || []) {
          if (!hostMatches(p, url)) continue;
          const slash = p.indexOf('/');
          const sc = (slash < 0 ? p.length : slash) * 1e4 + (slash < 0 ? 0 : p.length - slash);
          if (sc > score) (best = s), (score = sc);
        }
      }
      return best ? out(best) : unknown();
    },
    cookie(name) {
      // On https without a shared domain Consentry names its cookie `__Host-<name>`.
      if (name === consentCookie || name === '__Host-' + consentCookie) return { category: NECESSARY, service: 'consentry', title: "Consentry: the visitor's choice (cookie copy)", source: 'Consentry' };
      for (const s of all) if (nameMatches(s.cookies, name)) return out(s);
      if (classifyCookie) {
        const r = safe(() => classifyCookie(name));
        const c = typeof r === 'string' ? { category: r } : r && typeof r === 'object' ? r : null;
        if (c && c.category) {
          return { category: c.category, service: c.service || c.vendor || null, title: c.title || c.vendor || c.service || null, source: 'cookie database' };
        }
      }
      return unknown();
    },
    storage(key) {
      if (key === consentCookie || key.startsWith(consentCookie + ':') || key.startsWith(consentCookie + '-')) {
        return { category: NECESSARY, service: 'consentry', title: 'Consentry', source: 'Consentry' };
      }
      for (const s of all) if (nameMatches(s.storage, key)) return out(s);
      return unknown();
    },
    /** An IndexedDB database; `holds` is what the audit read in Consentry's ('record', 'empty'). */
    database(name, holds) {
      if (name === 'consentry') {
        const title = holds === 'record' ? "Consentry: the visitor's stored choice" : holds === 'empty' ? 'Consentry: empty database, no choice stored' : 'Consentry database';
        return { category: NECESSARY, service: 'consentry', title, source: 'Consentry' };
      }
      return unknown();
    },
  };
}

function titleOf(s) {
  const t = s.title;
  if (!t) return s.name;
  return typeof t === 'string' ? t : t.en || Object.values(t)[0] || s.name;
}

function unknown() {
  return { category: 'unknown', service: null, title: null, source: null };
}

function safe(f) {
  try {
    return f();
  } catch {
    return null;
  }
}
