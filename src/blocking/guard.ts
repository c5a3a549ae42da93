// Network guard (`guard: true`): fetch, XMLHttpRequest and sendBeacon to a service that may not
// run are refused as a network error would be. Images are held by the `src` hook (index.ts).
import { S } from '../core/state';
import { patch } from './hook';

/** Installs the guard; `blocked(url)` names the service a URL must not reach now. */
export function guard(blocked: (url: string) => string | undefined): void {
  const w = window as any;
  const no = (u: unknown) => !!(S.cfg && S.cfg.guard && blocked(String(u)));
  patch(w, 'fetch', (o) => function (this: unknown, i: any) {
    return no(i && i.url ? i.url : i)
      ? Promise.reject(new TypeError('Consentry: ' + (i.url || i) + ' is blocked until consent'))
      : o.apply(this, arguments);
  });
  patch(w.XMLHttpRequest?.prototype, 'open', (o) => function (this: unknown) {
    // An address that fails without touching the network: send() ends in a network error.
    if (no(arguments[1])) arguments[1] = 'about:blank#consentry-blocked';
    return o.apply(this, arguments);
  });
  patch(w.Navigator?.prototype, 'sendBeacon', (o) => function (this: unknown, u: unknown) {
    return !no(u) && o.apply(this, arguments);
  });
}
