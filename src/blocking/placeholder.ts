// The placeholder of a held frame, a chunk loaded the first time a frame is held (pages without
// held frames never download it; a held frame stays held, blank, until it arrives). Same box as
// the frame, one button that allows its service only, who the vendor is, what allowing does, and
// a link to the vendor's policy.
import { withTitles } from '../catalogue/titles';
import { VENDORS } from '../catalogue/vendors';
import type { ConsentChoice, ResolvedConfig, Service } from '../core/types';

/** Per language: [who provides it, what allowing does, the privacy link]; `{s}` service, `{v}` vendor. */
const T: Record<string, [string, string, string]> = {
  en: ['{s} is provided by {v}.', 'Allowing it loads this content from {v}, which then sets its cookies on your device.', 'Privacy policy of {v}'],
  fr: ['{s} est fourni par {v}.', 'L’autoriser charge ce contenu depuis {v}, qui dépose alors ses cookies sur votre appareil.', 'Politique de confidentialité de {v}'],
  de: ['{s} wird von {v} bereitgestellt.', 'Wenn Sie es erlauben, wird dieser Inhalt von {v} geladen, und {v} setzt dann seine Cookies auf Ihrem Gerät.', 'Datenschutzerklärung von {v}'],
  es: ['{s} es un servicio de {v}.', 'Si lo permites, este contenido se carga desde {v}, que instala entonces sus cookies en tu dispositivo.', 'Política de privacidad de {v}'],
  it: ['{s} è fornito da {v}.', 'Consentendolo, questo contenuto viene caricato da {v}, che imposta poi i propri cookie sul tuo dispositivo.', 'Informativa sulla privacy di {v}'],
  nl: ['{s} wordt aangeboden door {v}.', 'Als je het toestaat, wordt deze inhoud geladen van {v}, dat dan zijn cookies op je apparaat plaatst.', 'Privacybeleid van {v}'],
  pt: ['{s} é fornecido por {v}.', 'Ao permitir, este conteúdo é carregado a partir de {v}, que coloca então os seus cookies no seu dispositivo.', 'Política de privacidade de {v}'],
  pl: ['Usługę {s} dostarcza {v}.', 'Zezwolenie wczyta tę treść z {v}, który zapisze wtedy swoje pliki cookie na Twoim urządzeniu.', 'Polityka prywatności {v}'],
  ar: ['يقدّم {v} خدمة {s}.', 'السماح به يحمّل هذا المحتوى من {v}، الذي يضع عندئذٍ ملفات تعريف الارتباط الخاصة به على جهازك.', 'سياسة الخصوصية لدى {v}'],
};

/** Light and dark colours: the interface's public custom properties, with its defaults. */
const LIGHT = ['bg', '#f4f4f5', 'text', '#1a1a1a', 'border', '#d4d4d4', 'button-bg', '#1d4ed8', 'button-text', '#fff', 'link', '#1d4ed8'];
const DARK = ['bg', '#1c1d21', 'text', '#f2f2f2', 'border', '#45464d', 'button-bg', '#a8c5ff', 'button-text', '#0a1633', 'link', '#a8c5ff'];

let ids = 0;

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

/** What the first stage lends the chunk (its own module instances, not copies). */
export interface Core {
  known: () => ResolvedConfig;
  S: { locale: string };
  /** The service of a held element. */
  tagged: (e: Element) => string | undefined;
  /** Grants what a placeholder's button asks for. */
  allow: (c: ConsentChoice) => Promise<unknown>;
}

/** What the placeholder says about the held frame. */
interface Held {
  /** The service the button allows ('' when it allows the category). */
  service: string;
  /** The name shown for it (service title, else the category). */
  name: string;
  svc?: Service;
  locale: string;
  theme: 'light' | 'dark' | 'auto';
  /** The frame's own title, e.g. "Video: how our bags are made". */
  title: string | null;
}

/** Frame → [placeholder, the frame's own inline display], or 0 while it waits for `draw`. */
const shown = new WeakMap<Element, [HTMLElement, string] | 0>();
/** Frames waiting for their placeholder. */
let due: HTMLIFrameElement[] = [];
let core: Core;

/**
 * Shows the placeholder of a held frame (once, and only when the frame is in the document).
 * It is drawn just before the next paint, all waiting frames together: their sizes are then read
 * in one layout, the one the page needs anyway, not in a layout forced at each insertion.
 */
export function hold(f: Element, c: Core): void {
  if (!shown.has(f) && f.isConnected) {
    shown.set(f, 0);
    core = c;
    if (due.push(f as HTMLIFrameElement) < 2) requestAnimationFrame(draw);
  }
}

/** Removes the placeholder of a frame that is released. */
export function release(f: Element): void {
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

function draw(): void {
  const l = due;
  due = [];
  // Every size first (one layout), then every placeholder (no layout in between).
  const size = l.map((e) => e.offsetWidth && `;width:${e.offsetWidth}px;height:${e.offsetHeight}px`);
  l.forEach((e, i) => {
    if (shown.get(e) !== 0) return;
    if (!e.isConnected) return shown.delete(e);
    const cat = e.getAttribute('data-category')!;
    // The first stage does not carry the catalogue's titles: this chunk brings them (filled once).
    const k = withTitles(core.known());
    const L = core.S.locale;
    const n = core.tagged(e);
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
    // The size is the frame's box as laid out (when it is not, its inline style).
    p.style.cssText = e.style.cssText + ';box-sizing:border-box;display:flex;align-items:center;max-width:100%' + (size[i] || '');
    b.type = 'button';
    const name = (t && (typeof t === 'string' ? t : t[L] || t.en)) || s || cat;
    b.textContent = (ALLOW[L] || ALLOW.en).replace('{}', name);
    b.onclick = () => {
      core.allow(both ? { categories: { [cat]: true }, services: { [s!]: true } } : s ? { services: { [s]: true } } : { categories: { [cat]: true } }).catch(() => {
        // already reported by setConsent
      });
    };
    p.appendChild(b);
    shown.set(e, [p, e.style.display]);
    e.style.display = 'none';
    e.before(p);
    fill(p, b, { service: s, name, svc, locale: L, theme: k.ui.theme, title: e.getAttribute('title') });
  });
}

/** Fills placeholder `p` (which holds the allow button `b`) for the frame described by `h`. */
function fill(p: HTMLElement, b: HTMLButtonElement, h: Held): void {
  const t = (Object.prototype.hasOwnProperty.call(T, h.locale) && T[h.locale]) || T.en;
  const known = h.service ? VENDORS[h.service] : undefined;
  const vendor = h.svc?.vendor || known?.vendor;
  const policy = h.svc?.privacyPolicyUrl || (h.svc?.vendor ? undefined : known?.privacyPolicyUrl);
  const dark = h.theme === 'dark' || (h.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  const c = dark ? DARK : LIGHT;
  const v = (i: number) => `var(--consentry-${dark ? 'dark-' : ''}${c[i * 2]},${c[i * 2 + 1]})`;
  const say = (s: string) => s.replace(/\{s\}/g, h.name).replace(/\{v\}/g, vendor || h.name);
  const line = (text: string, css: string) => {
    const e = document.createElement('p');
    e.textContent = text;
    e.style.cssText = 'margin:0;' + css;
    return e;
  };

  const head = line(h.title || h.name, 'font-weight:700');
  head.id = 'consentry-embed-' + ++ids;
  const by = vendor && vendor !== h.name ? line(say(t[0]), '') : null;
  const parts: HTMLElement[] = by ? [head, by] : [head];
  parts.push(line(say(t[1]), ''));
  p.setAttribute('role', 'group');
  p.setAttribute('aria-labelledby', head.id);
  p.style.cssText +=
    // `safe`: content taller than a small frame scrolls from its top instead of being cut off above.
    `;flex-direction:column;justify-content:safe center;gap:6px;text-align:center;overflow:auto;overflow-wrap:anywhere;line-height:1.4;` +
    `font:400 var(--consentry-font-size,14px)/1.4 var(--consentry-font,system-ui,sans-serif);` +
    `background:${v(0)};color:${v(1)};border:1px solid ${v(2)};border-radius:var(--consentry-radius,8px);padding:12px`;
  b.style.cssText = `min-height:36px;max-width:100%;padding:6px 14px;border:0;border-radius:var(--consentry-radius,6px);background:${v(3)};color:${v(4)};font:inherit;font-weight:600;cursor:pointer`;
  p.replaceChildren(...parts, b);
  if (policy) {
    const a = document.createElement('a');
    a.href = policy;
    a.textContent = say(t[2]);
    a.style.cssText = `color:${v(5)};text-decoration:underline`;
    p.append(a);
  }
  // In a short frame the vendor is still named by the sentence and the link: drop the extra line.
  if (by && p.scrollHeight > p.clientHeight) by.remove();
  if (p.scrollHeight > p.clientHeight) {
    p.style.padding = '6px 10px';
    p.style.gap = '2px';
    b.style.minHeight = '32px';
  }
}
