// Placeholder of a held frame: same box as the frame, one button that allows its service only.
import { known, S } from '../core/state';
import type { ConsentChoice } from '../core/types';
import { serviceOf } from './match';

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

/** Frame → [placeholder, the frame's own inline display]. */
const shown = new WeakMap<Element, [HTMLElement, string]>();

/** Shows the placeholder of a held frame (once, and only when the frame is in the document). */
export function embed(f: Element, allow: (c: ConsentChoice) => Promise<unknown>): void {
  if (shown.has(f) || !f.isConnected) return;
  const e = f as HTMLIFrameElement;
  const cat = e.getAttribute('data-category')!;
  const k = known();
  const u = e.getAttribute('data-src');
  let s = e.getAttribute('data-service') || (u && serviceOf(u));
  // A service of another category than the tag's cannot be granted by it: the button grants the category.
  if (s && (!k.services[s] || k.services[s].category !== cat)) s = '';
  const t = s && k.services[s].title;
  const name = (t && (typeof t === 'string' ? t : t[S.locale] || t.en)) || s || cat;
  const p = document.createElement('div');
  const b = document.createElement('button');
  p.className = ('consentry-embed ' + e.className).trim();
  p.lang = S.locale;
  if (S.locale === 'ar') p.dir = 'rtl';
  // Inline styles through the CSSOM: allowed under a strict style-src, and no stylesheet to load.
  // Contrast: #111 on #f2f2f2 and #fff on #111 are both above 15:1. The size is the frame's box
  // as laid out now (before layout, its inline style).
  const w = e.offsetWidth;
  p.style.cssText = e.style.cssText + ';box-sizing:border-box;display:flex;align-items:center;justify-content:center;padding:8px;max-width:100%;background:#f2f2f2;color:#111' +
    (w ? `;width:${w}px;height:${e.offsetHeight}px` : '');
  b.type = 'button';
  b.textContent = (ALLOW[S.locale] || ALLOW.en).replace('{}', name);
  b.style.cssText = 'min-height:44px;padding:8px 16px;border:0;border-radius:4px;background:#111;color:#fff;font:inherit';
  b.onclick = () => {
    allow(s ? { services: { [s]: true } } : { categories: { [cat]: true } }).catch(() => {
      // already reported by setConsent
    });
  };
  p.appendChild(b);
  shown.set(f, [p, e.style.display]);
  e.style.display = 'none';
  e.before(p);
}

/** Removes the placeholder of a frame that is released. */
export function unembed(f: Element): void {
  const x = shown.get(f);
  if (x) {
    x[0].remove();
    (f as HTMLElement).style.display = x[1];
    shown.delete(f);
  }
}
