// Workers (issue 12): `new Worker(url)` and `new SharedWorker(url)` of a service that may not run
// are refused the way the browser refuses a worker script of another origin: the constructor throws
// a `SecurityError` before any request, here naming the service. Granted, they are made as usual.
// Nothing can be held: a worker is one object whose script starts as it is made, and a stand-in would
// not be the worker the page's code keeps. On withdrawal a dedicated worker is terminated; a shared
// one cannot be (other tabs may share it): its port is closed and it counts as having run.
import { known, subscribe } from '../core/state';
import { allowed, blocked, serviceOf } from './match';
import { patch } from './hook';

/** Workers of a service made on this page (granted then), with their service. */
const live: [any, string][] = [];

const may = (s: string) => allowed(known().services[s]?.category || '', s);

/** Whether a shared worker of a withdrawn service was made on this page (`reloadOnWithdraw: 'auto'`). */
export const sharedWithdrawn = () => live.some(([o, s]) => o.port && !may(s));

/** Installs the worker constructors' hooks. */
export function workers(): void {
  patch(window, 'Worker SharedWorker', (C: any) => class extends C {
    constructor(u: unknown, o?: unknown) {
      const k = known();
      const s = k.autoblock || k.guard ? blocked(String(u)) : undefined;
      if (s) throw new DOMException(`Consentry: ${C.name} ${u} is refused until consent for ${s}`, 'SecurityError');
      super(u, o);
      const t = serviceOf(String(u));
      if (t) live.push([this, t]);
    }
  });
  // Terminating or closing twice does nothing: the list is kept as it is.
  subscribe(() => {
    for (const [o, s] of live) if (!may(s)) o.port ? o.port.close() : o.terminate();
  });
}
