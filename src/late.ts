// Started too late to hold the page back (SPEC §10): script-tag build only. Consentry can hold
// back only what comes after it; when an optimisation plugin adds `defer`/`async`, when code
// inserts the tag, or when trackers sit above it, the site owner must hear it (console and
// `error` event) together with the fix, rather than believe the page is covered.
import { blocked } from './blocking/match';
import { ConsentryError } from './core/errors';
import { fail } from './core/events';
import { known } from './core/state';
import { chunks } from './core/chunks';
import type { Why } from './late-message';

/** What the page looked like when consentry.js started, read before blocking rewrites anything. */
export interface Start {
  /** Why it started too late, as codes (src/late-message.ts `WHY` puts them in words). */
  why: Why[];
  /** URLs of untagged scripts, frames and images that could have loaded before Consentry. */
  urls: string[];
}

/** Reads how consentry.js (`me`) was started and what could have loaded before it. */
export function look(me: HTMLScriptElement | null): Start {
  const why: Why[] = [];
  const urls: string[] = [];
  const d = document;
  if (!me) return { why, urls };
  if (me.hasAttribute('defer')) why.push('defer');
  else if (me.hasAttribute('async')) why.push('async');
  // A script inserted by code is async unless the code said otherwise (the "force async" flag).
  else if (me.async) why.push('inserted');
  else if (d.readyState !== 'loading') why.push('parsed');
  const parsed = why.length > 0;
  const l = d.querySelectorAll('script[src],iframe[src],img[src]');
  for (let i = 0; i < l.length; i++) {
    const e = l[i];
    // Once the page is parsed every element may have loaded; before, only those above Consentry
    // (the ones below are requested at most by the preload scanner, and held when they arrive).
    if (e !== me && !e.hasAttribute('data-category') && (parsed || me.compareDocumentPosition(e) & 2)) urls.push(e.getAttribute('src')!);
  }
  if (parsed) {
    try {
      for (const r of performance.getEntriesByType('resource')) urls.push(r.name);
    } catch {
      // no resource timing: the elements found above are the evidence
    }
  }
  return { why, urls };
}

/**
 * Reports (console and `error` event) when Consentry started too late (read after the config is
 * known). The words, and the titles that name the trackers that had loaded, are in
 * consentry-late.js (src/late-message.ts); should it not load (reported), the message is said
 * in short with the services' names.
 */
export function late(s: Start): void {
  const ids: string[] = [];
  for (const u of s.urls) {
    const n = blocked(u);
    if (n && ids.indexOf(n) < 0) ids.push(n);
  }
  if (!s.why.length && !ids.length) return;
  const c = chunks.late;
  (c ? c() : Promise.reject())
    .then((say) => say(s.why, ids, known()), () => `started too late to hold the page back (${[...s.why, ...ids].join('; ')})`)
    .then((m) => {
      fail(new ConsentryError(m));
    })
    .catch(fail);
}
