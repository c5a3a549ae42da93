// Placeholder of a held frame: drawn by its chunk (src/blocking/placeholder.ts), requested the
// first time a frame is held. A held frame can wait for it: it stays held, and blank, until then;
// if it cannot load, frames stay held with no placeholder.
import { chunks } from '../core/chunks';
import { known, S } from '../core/state';
import type { ConsentChoice } from '../core/types';
import { tagged } from './match';

/** The chunk, once loaded. */
let ph: typeof import('./placeholder') | undefined;
let core: import('./placeholder').Core;

/**
 * Shows the placeholder of a held frame (the chunk draws it once, when the frame is in the
 * document). `held`: every element held now, whose frames get theirs as the chunk arrives.
 */
export function embed(f: Element, allow: (c: ConsentChoice) => Promise<unknown>, held: () => Element[]): void {
  if (ph) ph.hold(f, core);
  else if (!core && f.isConnected) {
    core = { known, S, tagged, allow };
    chunks.embed?.().then((m) => {
      ph = m;
      for (const e of held()) if (e.localName === 'iframe') m.hold(e, core);
    }, () => {
      // reported with its fallback by the loader
    });
  }
}

/** Removes the placeholder of a frame that is released. */
export const unembed = (f: Element) => ph && ph.release(f);
