// Small helpers shared by the signals.
import { report } from '../core/events';

export const w = window as any;
export const AP = Array.prototype;
export const G = 'granted';
export const D = 'denied';

/** An `arguments` object: what gtag's dataLayer and Meta's queue hold. */
export function A(a?: unknown, b?: unknown, c?: unknown): IArguments {
  return arguments;
}

/**
 * Calls `fn` with `o[k]` now when it is set, or else the moment code assigns it, before that
 * code goes on. Nothing is created: until then `o[k]` reads as undefined, so a vendor snippet
 * that starts with `if (window.fbq) return` still installs itself.
 */
export function trap(o: any, k: string, fn: (v: any) => void): void {
  if (o[k]) return fn(o[k]);
  try {
    Object.defineProperty(o, k, {
      configurable: true,
      set(v) {
        // A plain property again before anything else: the vendor reads back what it assigned.
        delete o[k];
        o[k] = v;
        if (v) fn(v);
      },
    });
  } catch {
    // not configurable: a `var` of that name declared, still empty, before Consentry ran
  }
}

/** Runs a call into a vendor's own code: its failure is reported, never stops the others nor reaches the page. */
export function safe(f: () => void): void {
  try {
    f();
  } catch (e) {
    report(e);
  }
}
