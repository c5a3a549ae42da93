// Started too late to hold the page back (SPEC §10): script-tag build only. Consentry can hold
// back only what comes after it; when an optimisation plugin adds `defer`/`async`, when code
// inserts the tag, or when trackers sit above it, the site owner must hear it (console and
// `error` event) together with the fix, rather than believe the page is covered.
import { blocked } from './blocking/match';
import { ConsentryError } from './core/errors';
import { fail } from './core/events';
import { known } from './core/state';
import { titled } from './core/titled';

/** What the page looked like when consentry.js started, read before blocking rewrites anything. */
export interface Start {
  why: string[];
  /** URLs of untagged scripts, frames and images that could have loaded before Consentry. */
  urls: string[];
}

const FIX = 'load consentry.js with a plain <script src="…/consentry.js"></script> (no async, no defer, not inserted by code) as the first script in <head>, before every tracker';

/** Reads how consentry.js (`me`) was started and what could have loaded before it. */
export function look(me: HTMLScriptElement | null): Start {
  const why: string[] = [];
  const urls: string[] = [];
  const d = document;
  if (!me) return { why, urls };
  if (me.hasAttribute('defer')) why.push('its script tag has defer');
  else if (me.hasAttribute('async')) why.push('its script tag has async');
  // A script inserted by code is async unless the code said otherwise (the "force async" flag).
  else if (me.async) why.push('it was inserted by code');
  else if (d.readyState !== 'loading') why.push('it started after the page was parsed');
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
 * known). The trackers that had loaded are named by their titles: for catalogue services, once
 * the titles are loaded (src/core/titled.ts).
 */
export function late(s: Start): void {
  const ids: string[] = [];
  for (const u of s.urls) {
    const n = blocked(u);
    if (n && ids.indexOf(n) < 0) ids.push(n);
  }
  if (s.why.length || ids.length) titled(ids, () => fail(new ConsentryError(lateMessage(s.why, ids))));
}

/** The message: why it started too late, and the trackers (by service name) that had loaded before it. */
function lateMessage(reasons: string[], ids: string[]): string {
  const names: string[] = [];
  for (const n of ids) {
    const t = known().services[n]?.title;
    const name = (t && (typeof t === 'string' ? t : t.en || Object.values(t)[0])) || n;
    if (names.indexOf(name) < 0) names.push(name);
  }
  const why = reasons.slice();
  if (names.length) why.push('trackers had already loaded before it: ' + names.join(', '));
  return `started too late to hold the page back (${why.join('; ')}); trackers that ran before it are not held. Fix: ${FIX}.`;
}
