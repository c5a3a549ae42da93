// Blocking effect (issue #3 builds it out): holds back what is not granted.
import { subscribe } from '../core/state';

/** Nodes Consentry inserts itself after consent; never held back again. */
export const grantedNodes = new WeakSet<Node>();

/** Starts holding back trackers; runs synchronously before any other script of the page. */
export function startBlocking(): void {
  subscribe(() => {});
}
