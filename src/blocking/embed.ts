// Placeholder of a held frame: same box as the frame, one button that allows its service only.
// The first stage draws the box and the button (named by the service's title, which it waits for
// when the catalogue gives it: src/core/titled.ts); the placeholder chunk then adds who the vendor
// is, what allowing does and the vendor's privacy link (src/blocking/placeholder.ts).
import { chunks } from '../core/chunks';
import { known, S } from '../core/state';
import { titled } from '../core/titled';
import type { ConsentChoice } from '../core/types';
import { tagged } from './match';

/** The placeholder's button per language; `{}` is the service's name. */
const ALLOW: Record<string, string> = {
  en: 'Allow {}',
  fr: 'Autoriser {}',
  de: '{} erlauben',
  es: 'Permitir {}',
  it: 'Consenti {}',
  nl: '{} toestaan',
  pt: 'Permitir {}',
  pl: 'Zezwól: {}',
  ar: 'السماح بـ {}',
};

/** Frame → [placeholder, the frame's own inline display], or 0 while it waits for `draw`. */
const shown = new WeakMap<Element, [HTMLElement, string] | 0>();
/** Frames waiting for their placeholder. */
let due: HTMLIFrameElement[] = [];
let ask: (c: ConsentChoice) => Promise<unknown>;

/**
 * Shows the placeholder of a held frame (once, and only when the frame is in the document).
 * It is drawn just before the next paint, all waiting frames together: their sizes are then read
 * in one layout, the one the page needs anyway, not in a layout forced at each insertion.
 */
export function embed(f: Element, allow: (c: ConsentChoice) => Promise<unknown>): void {
  if (!shown.has(f) && f.isConnected) {
    shown.set(f, 0);
    ask = allow;
    if (due.push(f as HTMLIFrameElement) < 2) requestAnimationFrame(draw);
  }
}

/**
 * Draws the waiting frames' placeholders once their buttons can name their services: in this
 * frame when every title is known, else after the catalogue's titles arrive (the first stage does
 * not carry them), before the paint after that.
 */
function draw(): void {
  let now = true;
  titled(due.map((e) => tagged(e)), () => (now ? paint() : requestAnimationFrame(paint)));
  now = false;
}

function paint(): void {
  const l = due;
  due = [];
  // Every size first (one layout), then every placeholder (no layout in between).
  const size = l.map((e) => e.offsetWidth && `;width:${e.offsetWidth}px;height:${e.offsetHeight}px`);
  l.forEach((e, i) => {
    if (shown.get(e) !== 0) return;
    if (!e.isConnected) return shown.delete(e);
    const cat = e.getAttribute('data-category')!;
    const k = known();
    const L = S.locale;
    const n = tagged(e);
    const svc = n ? k.services[n] : undefined;
    // A name the config does not know (a site's own) follows its purpose: the button grants that.
    const s = svc ? n! : '';
    // A service tagged under another category than its own runs when both are granted: the button grants both.
    const both = svc && svc.category !== cat;
    const t = svc && svc.title;
    const p = document.createElement('div');
    const b = document.createElement('button');
    p.className = ('consentry-embed ' + e.className).trim();
    p.lang = L;
    if (L === 'ar') p.dir = 'rtl';
    // Inline styles through the CSSOM: allowed under a strict style-src, and no stylesheet to load.
    // Contrast: #111 on #f2f2f2 and #fff on #111 are both above 15:1. The size is the frame's box
    // as laid out (when it is not, its inline style).
    p.style.cssText = e.style.cssText + ';box-sizing:border-box;display:flex;align-items:center;justify-content:center;padding:8px;max-width:100%;background:#f2f2f2;color:#111' + (size[i] || '');
    b.type = 'button';
    const name = (t && (typeof t === 'string' ? t : t[L] || t.en)) || s || cat;
    b.textContent = (ALLOW[L] || ALLOW.en).replace('{}', name);
    b.style.cssText = 'min-height:44px;padding:8px 16px;border:0;border-radius:4px;background:#111;color:#fff;font:inherit';
    b.onclick = () => {
      ask(both ? { categories: { [cat]: true }, services: { [s!]: true } } : s ? { services: { [s]: true } } : { categories: { [cat]: true } }).catch(() => {
        // already reported by setConsent
      });
    };
    p.appendChild(b);
    shown.set(e, [p, e.style.display]);
    e.style.display = 'none';
    e.before(p);
    const c = chunks.embed;
    if (c) {
      const h = { service: s || '', name, svc, locale: L, theme: k.ui.theme, title: e.getAttribute('title') };
      // After the page's load event: a chunk requested before it would delay it.
      const go = () => c().then((fill) => {
        const x = shown.get(e);
        if (x && x[0] === p) fill(p, b, h);
      }, () => {
        // The box and its button work without the chunk.
      });
      if (document.readyState == 'complete') go();
      else addEventListener('load', go, { once: true });
    }
  });
}

/** Removes the placeholder of a frame that is released. */
export function unembed(f: Element): void {
  const x = shown.get(f);
  shown.delete(f);
  if (x) {
    // A keyboard user who pressed the button lands on the frame it loads.
    const had = x[0].contains(document.activeElement);
    x[0].remove();
    (f as HTMLElement).style.display = x[1];
    if (had) (f as HTMLElement).focus();
  }
}
