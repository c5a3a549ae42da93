// Trusted Types (SPEC §10): under `require-trusted-types-for 'script'` the few sinks Consentry feeds
// itself (its own files, scripts and embeds the site held back, markup it held trackers in) take
// values of its own named policy. That policy is made the first time a sink needs it, under
// `config.trustedTypesPolicy` (default "consentry"), which the site lists in its `trusted-types`
// directive. It never makes a page's plain string of markup trusted: that stays the page's sink's to judge.
import { ConsentryError } from './errors';
import { fail } from './events';
import { S } from './state';

/** The policy; null: none (no Trusted Types in this browser, or the page's CSP refused it). */
let p: any;
/** The error reported when the page's CSP refused the policy: what fails for that reason says nothing more. */
export let refused: Error | undefined;

const id = (s: string) => s;

/** The browser's Trusted Types, where it has them. */
export const tt = (): any => (window as any).trustedTypes;

/** Consentry's policy, made when first needed; null where there is none (said once, as an `error`). */
export function policy(): any {
  const t = tt();
  if (p === undefined && t) {
    const name = (S.cfg && S.cfg.trustedTypesPolicy) || 'consentry';
    try {
      p = t.createPolicy(name, { createHTML: id, createScriptURL: id });
    } catch {
      refused = fail(new ConsentryError(`Trusted Types: the page's CSP refused Consentry's policy "${name}": add it to the trusted-types directive (trusted-types ${name}), or set config.trustedTypesPolicy to a name listed there. Until then held trackers stay held and the interface does not load.`));
    }
  }
  return (p ||= null);
}

/** A value of Consentry's policy for a sink of kind `k` (a plain string where there is no policy). */
export function trust(k: 'createHTML' | 'createScriptURL', s: string): any {
  const q = policy();
  return q ? q[k](s) : s;
}

/** Whether `v` is a TrustedHTML (a value of the page's own policies, or of ours). A polyfill may have no `isHTML`. */
export const isHTML = (v: unknown): boolean => !!(tt() && tt().isHTML && tt().isHTML(v));

/** Whether `v` is a TrustedScriptURL. */
export const isURL = (v: unknown): boolean => !!(tt() && tt().isScriptURL && tt().isScriptURL(v));
