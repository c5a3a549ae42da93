// Placeholder of a held frame: drawn by its chunk (src/blocking/placeholder.ts), requested the
// first time a frame is held. A held frame can wait for it: it stays held, and blank, until then.
import { chunks } from '../core/chunks';
import { known, S } from '../core/state';
import type { ConsentChoice } from '../core/types';
import { tagged } from './match';

/** The chunk, once loaded. */
let ph: typeof import('./placeholder') | undefined;
/** Frames held while it loads; null once it failed (they stay held, with no placeholder). */
let due: Element[] | null = [];
let core: import('./placeholder').Core;

/** Shows the placeholder of a held frame (the chunk draws it once, when the frame is in the document). */
export function embed(f: Element, allow: (c: ConsentChoice) => Promise<unknown>): void {
  if (ph) return ph.hold(f, core);
  if (!due || !f.isConnected) return;
  if (!core) {
    core = { known, S, tagged, allow };
    chunks.embed?.().then((m) => {
      ph = m;
      for (const e of due!) m.hold(e, core);
      due = [];
    }, () => {
      due = null; // reported with its fallback by the loader
    });
  }
  if (due.indexOf(f) < 0) due.push(f);
}

/** Removes the placeholder of a frame that is released. */
export function unembed(f: Element): void {
  if (ph) ph.release(f);
  else if (due) {
    const i = due.indexOf(f);
    if (i >= 0) due.splice(i, 1);
  }
}
