// Network guard (`guard: true`): fetch, XMLHttpRequest and sendBeacon to a service that may not
// run are refused as a network error would be. Images are held by the `src` hook (index.ts).
import { S } from '../core/state';

/** Installs the guard; `blocked(url)` names the service a URL must not reach now. */
export function guard(blocked: (url: string) => string | undefined): void {
  const w = window as any;
  const no = (u: unknown) => !!(S.cfg && S.cfg.guard && blocked(String(u)));
  const f = w.fetch;
  if (f) {
    w.fetch = function (this: unknown, i: any) {
      return no(i && i.url ? i.url : i)
        ? Promise.reject(new TypeError('Consentry: ' + (i.url || i) + ' is blocked until consent'))
        : f.apply(this, arguments);
    };
  }
  const X = w.XMLHttpRequest && XMLHttpRequest.prototype;
  const open = X && X.open;
  if (open) {
    X.open = function (this: XMLHttpRequest) {
      const a = arguments;
      // An address that fails without touching the network: send() ends in a network error.
      if (no(a[1])) a[1] = 'about:blank#consentry-blocked';
      return open.apply(this, a);
    };
  }
  const N = w.Navigator && Navigator.prototype;
  const beacon = N && N.sendBeacon;
  if (beacon) {
    N.sendBeacon = function (this: Navigator, u: unknown) {
      return no(u) ? false : beacon.apply(this, arguments);
    };
  }
}
