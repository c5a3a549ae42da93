// Blocking effect: holds back scripts, frames and images of services that may not run, and
// releases them in the order they were met once they may. Everything held is in one form, the
// tagged one the site itself can write (`type="text/plain" data-category data-service data-src`),
// so a tracker found in the HTML, in a string of markup or set by code takes the same road.
// The hooks run at every insertion of the page: the cheapest tests come first.
import { ConsentryError } from '../core/errors';
import { chunks } from '../core/chunks';
import { fail, report } from '../core/events';
import { known, S, subscribe } from '../core/state';
import type { ConsentChoice } from '../core/types';
import { embed, unembed } from './embed';
import { guard } from './guard';
import { sharedWithdrawn, workers } from './worker';
import { DROP, patch, replay, setter, unhooked } from './hook';
import { allowed, base, blocked, see, serviceOf, SVG_URL_ATTRS, tagged, URL_ATTRS } from './match';
import { isHTML, policy, trust, tt } from '../core/tt';
import { cookieJar, HOST } from '../storage/cookie';
import { sync, withStore } from '../storage/index';

/** Nodes Consentry inserts itself after consent; never held back again. */
export const grantedNodes = new WeakSet<Node>();

const D = document;
const EP = Element.prototype;
const CAT = 'data-category';
const SVC = 'data-service';
const DSRC = 'data-src';
const DTYPE = 'data-type';
const TYPE = 'type';
const PLAIN = 'text/plain';
/**
 * Every element met in the held form: the elements that load something by their `src`, links by
 * their `href` (of any rel, as a rel may be set after the href), objects and embeds (`URL_ATTRS`).
 */
const SEL = Object.keys(URL_ATTRS).join();
const isScript = (e: Element) => e.localName === 'script';
const isFrame = (e: Element) => e.localName === 'iframe' || e.localName === 'frame';
/** Elements that show a document of their own: an about:blank one is a window of this origin (`frames[i]`). */
const OWNERS: Record<string, 1> = { iframe: 1, frame: 1, object: 1, embed: 1 };
const SVG = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';
const XL = 'xlink:href';
const svg = (e: Element) => e.namespaceURI === SVG;
/** The attribute an element loads from: an SVG `<image>` and `<script>` their `href` (held in `data-href`). */
const at = (e: Element) => (e.localName === 'link' || e.localName === 'base' || svg(e) ? 'href' : e.localName === 'object' ? 'data' : 'src');
/** The URL an element loads: an SVG element's `href`, else its older `xlink:href`. */
const url = (e: Element) => e.getAttribute(at(e)) || (svg(e) ? e.getAttribute(XL) : null);

/** Held elements, in the order they were met. */
const held: Element[] = [];
const heldNow = () => held;
/** Scripts granted and waiting for the one before them to load (document order). */
const queue: Element[] = [];
let busy = false;
/** The script the queue waits for (it loads before the next one runs). */
let cur: Element | null = null;
/** The parser is done: nodes met since were inserted by code, and our hooks saw them. */
let ready = false;
let allow: (choice: ConsentChoice) => Promise<unknown>;

// ---- withdrawal (issue 10): what was released and has not run yet never runs ------------------
// The undo is the store chunk's (src/blocking/withdraw.ts): only a change from a record can
// withdraw anything, and the store chunk applies each. Here, the bookkeeping.
/** Released external scripts whose file has not run yet (fetch in flight, or not inserted). */
const pending: HTMLScriptElement[] = [];
/** Released elements that ran on this page (scripts executed, frames loaded). */
const ran: Element[] = [];
/** A document that is never rendered: a script adopted into it before its fetch ends never runs (HTML: "prepare the script element", node document check). */
let inert: Document | undefined;
/** That document, made the first time it is needed. */
const inertDoc = () => (inert ||= D.implementation.createHTMLDocument(''));

/** Whether a service released on this page and run has since been withdrawn (`reloadOnWithdraw: 'auto'`). */
export function ranWithdrawn(): boolean {
  return ran.some((e) => !may(e)) || sharedWithdrawn();
}

/**
 * The clean-up (a chunk of its own), only where something is refused: a visitor who accepted
 * everything never loads it. After a decision (`fresh`) it loads at once; on a page view, once the
 * page is idle, and only when the page holds cookies or storage besides Consentry's own.
 */
function cleanup(fresh: boolean): void {
  const c = chunks.clean;
  if (!c) return;
  const go = () => {
    const p = c().then((f) => f(fresh, { config: known(), allowed, classify: chunks.classify })).catch(() => {
      // reported with its fallback by the loader
    });
    // A decision's promise waits for the clean-up it started (src/storage/store.ts `commit`).
    if (fresh) sync.cleaning = p;
  };
  // Nothing refused (everything accepted): nothing to clean up after.
  const k = known();
  const s = k.services;
  if (!Object.keys(s).some((n) => !allowed(s[n].category, n)) && k.categories.every((c) => allowed(c.name))) return;
  if (fresh) return go();
  const w = window as any;
  const idle = (f: () => void) => (w.requestIdleCallback ? w.requestIdleCallback(f, { timeout: 2000 }) : setTimeout(f, 50));
  idle(() => {
    // `cookieJar`: reading document.cookie throws in a sandboxed frame.
    const mine = [k.cookie.name, HOST + k.cookie.name];
    let any = cookieJar().split(';').some((p) => {
      const n = p.slice(0, p.indexOf('=') >>> 0).trim();
      return !!n && mine.indexOf(n) < 0;
    });
    try {
      any ||= !!(localStorage.length || sessionStorage.length);
    } catch {
      // storage blocked: nothing to clean there
    }
    if (any) go();
  });
}

/** A released script ran: remembered; if its purpose was withdrawn meanwhile, what it left is removed again. */
function done(this: HTMLScriptElement, e: Event): void {
  const i = pending.indexOf(this);
  if (i >= 0) pending.splice(i, 1);
  if (e.type === 'load') {
    ran.push(this);
    try {
      if (!may(this)) cleanup(true);
    } catch (x) {
      console.error(x); // a listener of the page's script: nothing thrown reaches the page
    }
  }
}

/** The service to hold an untagged element back for, or undefined. */
function untagged(tag: string, url: string): string | undefined {
  const k = known();
  return k.autoblock || (tag === 'img' && k.guard) ? blocked(url) : undefined;
}

/**
 * Elements whose URL the page's code set as a plain string while they were held: under Trusted
 * Types they are released with that string, so the page's own enforcement judges it, as it would have.
 */
const plain = new WeakSet<Element>();

/** Service of a script of a granted service that was never held (its `src` allowed when set). */
const owner = new WeakMap<Element, string>();

const may = (e: Element) => {
  const s = owner.get(e);
  return s ? allowed(known().services[s]?.category || '', s) : allowed(e.getAttribute(CAT)!, e.getAttribute(SVC));
};

function hold(e: Element): void {
  if (may(e)) return run(e);
  // A held <base> (by the server, or met again): this page's relative URLs are read against it.
  if (e.localName === 'base' && e.ownerDocument === D) base.held = new URL(e.getAttribute('data-href') || '', D.baseURI).href;
  if (held.indexOf(e) < 0) held.push(e);
  if (e.localName === 'iframe') embed(e, allow, heldNow);
}

/**
 * Writes `e` in the held form, the one the server writes too: its URL `u` under `data-` (`src` →
 * `data-src`, a link's `href` → `data-href`; an SVG element loads from either `href` or
 * `xlink:href`: neither is left), its service `s`, and a script's type kept aside.
 */
function toHeld(e: Element, u: string, s: string | undefined): void {
  const A = at(e);
  e.removeAttribute(A);
  if (svg(e)) e.removeAttribute(XL);
  e.setAttribute('data-' + A, u);
  if (s) {
    e.setAttribute(CAT, known().services[s]?.category || '');
    e.setAttribute(SVC, s);
  }
  if (isScript(e)) {
    const t = e.getAttribute(TYPE);
    if (t) e.setAttribute(DTYPE, t);
    e.setAttribute(TYPE, PLAIN);
  }
}

/** Puts an untagged element whose `src` is blocked in the tagged form; its service, or undefined. */
function tag(e: Element, u: string): string | undefined {
  const s = untagged(e.localName, u);
  if (s) {
    toHeld(e, u, s);
    // Held markup is parsed in the inert document first: its base is this page's to be.
    if (e.localName === 'base' && (e.ownerDocument === D || e.ownerDocument === inert)) base.held = new URL(u, D.baseURI).href;
  }
  return s;
}

/** Holds an untagged element whose `src` is blocked, in the tagged form; whether it did. `code`: set by the page's code. */
function stop(e: Element, v: unknown, code?: 1): boolean {
  if (!URL_ATTRS[e.localName] || grantedNodes.has(e)) return false;
  const u = String(v);
  const s = tag(e, u);
  if (s) {
    if (code && typeof v == 'string') plain.add(e);
    hold(e);
  }
  else if (isScript(e)) watch(e, u);
  return !!s;
}

/** A script of a granted service loading without being held: followed, so that a withdrawal before it runs stops it. */
function watch(e: Element, u: string): void {
  const s = known().autoblock && serviceOf(u);
  if (s && !owner.has(e)) {
    owner.set(e, s);
    pending.push(e as HTMLScriptElement);
    e.addEventListener('load', done);
    e.addEventListener('error', done);
  }
}

function stopSrc(e: Element): void {
  const u = url(e);
  if (u) stop(e, u);
  if (e.localName === 'iframe') srcdoc(e);
}

/** A frame's `srcdoc` document with its trackers in the held form (its scripts run as it is parsed); whether it changed. */
function srcdoc(e: Element): boolean {
  const v = e.getAttribute('srcdoc');
  const m = v && markup(v, null, true, 2);
  if (m === v) return false;
  e.setAttribute('srcdoc', m as string);
  return true;
}

/** Whether an element that is not a script is in the held form: one of its URLs under `data-`. */
function heldForm(e: Element): boolean {
  const l = URL_ATTRS[e.localName];
  if (l) for (let i = 0; i < l.length; i++) if (e.hasAttribute('data-' + l[i])) return true;
  return false;
}

/** A script, frame, image, link, object or embed met in the document (parser, markup, or inserted by other means). */
function meet(e: Element): void {
  if (grantedNodes.has(e) || !e.isConnected) return;
  frame(e);
  // Held elements are in the tagged form too: met again (moved), they are held again.
  if (e.hasAttribute(CAT)) {
    const s = tagged(e);
    if (s) see(s);
    if (isScript(e) ? e.getAttribute(TYPE) === PLAIN : heldForm(e)) hold(e);
  } else if (!ready) {
    // The parser inserts nodes without our setters: scripts are stopped here, before they run.
    stopSrc(e);
  }
}

/** Calls `f` on a node and its descendants that load something by their `src`. */
function each(n: any, f: (e: Element) => void): void {
  if (URL_ATTRS[n.localName]) f(n);
  // No element child, no descendant to look for (most inserted nodes are leaves).
  if (n.firstElementChild) {
    const l = n.querySelectorAll(SEL);
    for (let i = 0; i < l.length; i++) f(l[i]);
  }
}

/** Releases one element: frames and images at once, scripts through the ordered queue. */
function run(e: Element): void {
  grantedNodes.add(e);
  if (isScript(e)) {
    queue.push(e);
    return pump();
  }
  const u = e.getAttribute(DSRC);
  if (isFrame(e)) {
    // A frame the parser has just inserted ignores a `src` set in the same task (Chromium).
    // Withdrawn before the timeout, the frame stays held (its `data-src` kept until then).
    if (u !== null) {
      ran.push(e);
      setTimeout(() => {
        if (grantedNodes.has(e)) {
          e.removeAttribute(DSRC);
          e.setAttribute('src', u);
        }
      });
    }
  } else {
    // Every URL the server (or the site) moved under `data-`; `srcset` before `src`, as an
    // image picks its candidate once both are set.
    const l = URL_ATTRS[e.localName] || [];
    for (let i = l.length; i--; ) {
      const v = e.getAttribute('data-' + l[i]);
      if (v !== null) {
        e.removeAttribute('data-' + l[i]);
        // An embed's `src` and an object's `data` are script URLs to Trusted Types; one the page's
        // enforcement refuses stays unloaded (nothing thrown reaches the page).
        try {
          e.setAttribute(l[i], l === URL_ATTRS.embed || l === URL_ATTRS.object ? scriptUrl(e, v) : v);
        } catch {}
      }
    }
    if (e.localName === 'base') base.held = '';
  }
  unembed(e);
}

/** A held element's script URL as its sink takes it: of Consentry's policy, or the page's plain string. */
const scriptUrl = (e: Element, u: string) => (plain.has(e) ? u : trust('createScriptURL', u));

/** Whether the parser has moved past a node (a script's text is complete). */
function parsed(e: Node): boolean {
  if (e.ownerDocument!.readyState !== 'loading') return true;
  for (let n: Node | null = e; n; n = n.parentNode) if (n.nextSibling) return true;
  return false;
}

function next(): void {
  busy = false;
  cur = null;
  pump();
}

/** Runs queued scripts; an external one that is not `async` holds the rest until it has loaded. */
function pump(): void {
  while (!busy && queue.length) {
    const o = queue[0] as HTMLScriptElement;
    const c = o.isConnected;
    // Still being parsed: the next mutation (or DOMContentLoaded) resumes.
    if (c && !parsed(o)) return;
    queue.shift();
    // Refused since it was queued (a withdrawal whose undo is still loading): held again, never run.
    if (!may(o)) {
      grantedNodes.delete(o);
      held.push(o);
      continue;
    }
    // `data-src`, an SVG script's `data-href`.
    const a = 'data-' + at(o);
    const u = o.getAttribute(a);
    const t = o.getAttribute(DTYPE);
    // A script element runs once at most: a copy runs in place of one whose file is to load. An
    // inline one runs itself, moved in place: under Trusted Types its text stays the parser's (a copy's
    // is not trusted). One never inserted (or removed) is restored itself, and runs if the page inserts it.
    const n = c && u !== null ? (o.cloneNode(true) as HTMLScriptElement) : o;
    grantedNodes.add(n);
    n.removeAttribute(a);
    n.removeAttribute(DTYPE);
    if (t) n.type = t;
    else if (!c || n.type === PLAIN) n.removeAttribute(TYPE);
    n.nonce = o.nonce;
    if (u !== null) {
      if (plain.has(o)) plain.add(n);
      try {
        // `src`, or an SVG script's `href`.
        n.setAttribute(at(n), scriptUrl(o, u) as unknown as string);
      } catch {
        // Refused by Trusted Types (a plain string of the page, or no policy of ours): it never runs.
        continue;
      }
      pending.push(n);
      n.addEventListener('load', done);
      n.addEventListener('error', done);
    } else if (c) ran.push(n); // an inline script runs as it is inserted
    if (c) {
      // External (`src` or `href` set here, or tagged with it), not async: the next ones wait for it.
      if (n.getAttribute(at(n)) && !o.hasAttribute('async')) {
        busy = true;
        cur = n;
        n.addEventListener('load', next);
        n.addEventListener('error', next);
      }
      // The copy in place of the held one; an inline one moved in place (removed and inserted again).
      o.replaceWith(n);
    }
  }
}

/**
 * Holds scripts, frames and images with a blocked `src` about to enter this document, set by
 * means our hooks do not see: another window's DOM, Attr nodes, clones (`importNode`), nodes
 * parsed in another document (DOMParser, <template> content) that load once adopted here.
 * A node moved within the document was checked when it entered it.
 */
function check(n: any, f: Element[] = []): void {
  // Elements and fragments (the nodes with descendants); a string is inserted as text.
  if (n && n.querySelectorAll) {
    const out = !n.isConnected || n.ownerDocument !== D;
    // A frame inserted (or moved: it gets a new window) is collected, to get the hooks once it is in.
    each(n, (e) => {
      if (out) stopSrc(e);
      if (OWNERS[e.localName]) f.push(e);
    });
  }
}

// ---- frames (issue 12): an about:blank or srcdoc frame of this origin has a window of its own, with
// pristine DOM functions, fetch and sendBeacon. It gets every hook before page code can reach it:
// as it is inserted, when markup makes it, when the parser does (observer), through its element's
// contentWindow / contentDocument, as window.open returns it, and again when it loads a new document.
// Chromium keeps a frame's first window for its next document of this origin (a srcdoc, a page of
// the site), hooks included; a later document gets a new window, hooked at its load (README, Limits).

/** Realms (their `Node`), documents and frame elements that have the hooks. */
const inside = new WeakSet<object>();
let mo: MutationObserver;
/** What an observer watches: a document, and every shadow root made by code or markup since. */
const SUB = { childList: true, subtree: true };

/** Gives a frame's window (or document) the hooks; a cross-origin one is not ours (it throws: skipped). */
function into(x: any): void {
  try {
    const d: Document = x.nodeType === 9 ? x : x.document;
    const w: any = d.defaultView;
    // A page of the site is read by its own consentry.js (first in its <head>), not from here. Any
    // other document of this origin (about:blank, srcdoc, a page without consentry.js, a blob:
    // document) gets the hooks here: a navigated frame's new window at its load event.
    if (inside.has(d) || !w || (d.URL.slice(0, 6) !== 'about:' && w.Consentry)) return;
    inside.add(d);
    if (!inside.has(w.Node)) {
      inside.add(w.Node);
      attrOwn(w);
      replay(w);
    }
    mo.observe(d, SUB);
    if (d.documentElement) look(d.documentElement);
    const f = w.frameElement; // null for a popup
    if (f && !inside.has(f)) {
      inside.add(f);
      // Its document replaced (srcdoc loaded, navigated): the new window gets the hooks too.
      f.addEventListener('load', () => frame(f));
    }
  } catch {
    // cross-origin, or gone
  }
}

/**
 * A frame, object or embed element's window (any other element has none). An object's or embed's
 * is made in a later task unless its document is asked for (getSVGDocument makes it now); an
 * embed's is reached only as `frames[i]`.
 */
function frame(e: any): void {
  if (!OWNERS[e.localName]) return;
  if (e.localName[0] !== 'i' && e.localName[0] !== 'f') {
    try {
      e.getSVGDocument();
    } catch {
      // not ours to read
    }
  }
  if (e.localName !== 'embed') into(e.contentWindow);
  else for (let i = 0; i < frames.length; i++) into(frames[i]);
}

/** After a call that parsed `h` under `n`: the frames it made get the hooks before page code reaches them. */
function framed(n: any, h: unknown): void {
  try {
    if (n && n.querySelectorAll && /<(i?frame|object|embed)/i.test(h as string)) n.querySelectorAll('iframe,frame,object,embed').forEach(frame);
  } catch {
    // a value whose string conversion throws (the page's call has already taken it)
  }
}

/** A frame element's window or document read by page code, or a popup window.open made: given the hooks first. */
const peek = (g: Function) =>
  function (this: unknown) {
    const v = g.apply(this, arguments);
    if (v) into(v);
    return v;
  };

// ---- markup (issue 12): a string of HTML is read by the browser's own parser, never by patterns.
// It is parsed first in an inert document (nothing there loads or runs), in the context the page's
// call will parse it in; trackers found are put in the held form, and the page's call gets the
// serialization. A string with no tracker is handed on untouched.

const XHTML = 'http://www.w3.org/1999/xhtml';
/** Contexts whose content the live page reads as text (scripting is on there): nothing in it loads. */
const TEXT = /^(script|style|textarea|title|xmp|iframe|noembed|noframes|plaintext|noscript)$/;
/**
 * Only a string naming one of these attributes can hold an element that loads something: the
 * tokenizer lower-cases attribute names but never decodes character references in them.
 */
const MAY = /src|href/i;
/** Written after a `document.write` string in the inert parse: what encloses it is what the string left open. */
const EOF = '<template data-consentry-eof></template>';
const EOF_OUT = '<template data-consentry-eof="">';
/** The page's own innerHTML accessors, taken before they are hooked (the inert parse must not come back here). */
let inner: PropertyDescriptor | undefined;

/**
 * The held form of the trackers under `root`; whether there were any. `scripts`: the call would run
 * the HTML scripts it parses (1), and SVG ones too (2: only the parser runs those, document.write).
 */
function scan(root: ParentNode, scripts: number): boolean {
  let changed = false;
  const l = root.querySelectorAll(SEL + ',template');
  for (let i = 0; i < l.length; i++) {
    const e = l[i];
    // HTML elements, and SVG's <image> and <script> (an SVG <img> or <iframe> loads nothing).
    if (svg(e) ? !SVG_URL_ATTRS[e.localName] : e.namespaceURI !== XHTML) continue;
    // Declarative shadow roots: setHTMLUnsafe makes their content live.
    if (e.localName === 'template') {
      if (e.hasAttribute('shadowrootmode') && scan((e as HTMLTemplateElement).content, scripts)) changed = true;
      continue;
    }
    // A frame's srcdoc is a document of its own, whose scripts run.
    if (e.localName === 'iframe' && srcdoc(e)) changed = true;
    // innerHTML and its kin never run the scripts they parse: left as they are.
    if (isScript(e) && scripts < (svg(e) ? 2 : 1)) continue;
    const u = url(e);
    if (!u || e.hasAttribute(CAT) || !untagged(e.localName, u)) continue;
    // The inert parse has scripting off, so <noscript> content became elements there; the page reads it as text.
    let p = e.parentElement;
    while (p && !(p.localName === 'noscript' && p.namespaceURI === XHTML)) p = p.parentElement;
    if (!p && tag(e, u)) changed = true;
  }
  return changed;
}

/**
 * A markup string with its trackers in the held form. `ctx` is the node whose content the call
 * parses (null: a body); `scripts`: the call runs the scripts it parses; `write`: document.write,
 * whose string may leave elements open for the next call (1), or a whole document (2); `trusted`:
 * `h` joins TrustedHTML values.
 */
function markup(h: unknown, ctx: any, scripts: boolean, write?: 1 | 2, trusted?: boolean): unknown {
  // Trusted Types: the string of a TrustedHTML is held like any string, and handed back trusted
  // again (by Consentry's policy) only when it was trusted; a plain string stays a plain string.
  const t = trusted || isHTML(h);
  const m = t ? String(h) : h;
  if (typeof m !== 'string' || m.indexOf('<') < 0 || !MAY.test(m) || !inner) return h;
  const k = known();
  if (!k.autoblock && !k.guard) return h;
  let out: string;
  try {
    const o = heldIn(m, ctx, scripts, write);
    if (o === undefined) return h;
    out = o;
  } catch (e) {
    // Not parsed as enforced Trusted Types refused it (the page's CSP refused our policy, as reported):
    // a plain string fails the page's own sink just as it failed here; a trusted one is not inserted (fail closed).
    if (!tt() || policy()) throw e;
    return t ? tt().emptyHTML : h;
  }
  return t ? trust('createHTML', out) : out;
}

/** `markup`'s parse: the string with its trackers held, or undefined when it holds none. */
function heldIn(h: string, ctx: any, scripts: boolean, write?: 1 | 2): string | undefined {
  const doc = inertDoc();
  // The inert parse reads the page's string through Consentry's policy; what goes back to the page is a string.
  const v = (s: string) => trust('createHTML', s);
  // After the page is parsed, document.write replaces the whole document; a srcdoc is one too.
  if (write === 2) {
    const d = new DOMParser().parseFromString(v(h), 'text/html');
    if (!scan(d, 2)) return;
    return (d.doctype ? '<!DOCTYPE ' + d.doctype.name + '>' : '') + d.documentElement.outerHTML;
  }
  // A shadow root parses as its host; a fragment, a document or nothing as a body.
  let c = ctx && ctx.nodeType === 11 ? ctx.host : ctx;
  if (!c || c.nodeType !== 1) c = null;
  const ns = c ? c.namespaceURI : XHTML;
  let name = c ? c.localName : 'body';
  if (ns === XHTML && TEXT.test(name)) return;
  if (ns === XHTML && name === 'html') name = 'body';
  const box = doc.createElementNS(ns, name);
  inner!.set!.call(box, v(write ? h + EOF : h));
  if (!scan((box as HTMLTemplateElement).content || box, write ? 2 : +scripts)) return;
  // What the call inserts into a shadow root (or a declarative one) is out of the document's
  // observer: met once the call has inserted it.
  if (!write) queueMicrotask(() => deep(ctx));
  let out: string = inner!.get!.call(box);
  if (write) {
    const i = out.lastIndexOf(EOF_OUT);
    if (i >= 0) out = out.slice(0, i);
  }
  return out;
}

/** The element whose content an insertAdjacentHTML call parses. */
const adjacent = (e: Element, where: unknown) => {
  const w = String(where).toLowerCase();
  return w === 'beforebegin' || w === 'afterend' ? e.parentNode : e;
};

/** The node a Range's contextual fragment is parsed in. */
const rangeContext = (r: Range) => {
  const n = r.startContainer;
  return n.nodeType === 1 ? n : n.parentNode;
};

/** The node an editable region's insertHTML command parses in: where the selection starts, else the body. */
const selected = (d: Document) => {
  const r = d.getSelection && d.getSelection();
  return r && r.rangeCount ? rangeContext(r.getRangeAt(0)) : d.body;
};

/** Methods that insert nodes: held scripts and frames never reach the document runnable. */
const inserting = (o: Function) =>
  function (this: Node) {
    const f: Element[] = [];
    if (this.isConnected) for (let i = 0; i < arguments.length; i++) check(arguments[i], f);
    const r = o.apply(this, arguments);
    f.forEach(frame);
    return r;
  };

/** A method that parses the markup of its argument `at`, in the context `ctx` gives. */
const parsing = (at: number, ctx: (t: any, a: IArguments) => unknown, scripts: boolean) => (o: Function) =>
  function (this: unknown) {
    const c = ctx(this, arguments);
    const h = arguments[at];
    if (arguments.length > at) arguments[at] = markup(h, c, scripts);
    const r = o.apply(this, arguments);
    framed(c, h);
    return r;
  };

/** document.write(ln): its arguments are one string, parsed where the parser stands (or as a new document). */
const writing = (o: Function) =>
  function (this: Document) {
    if (arguments.length) {
      const a = arguments;
      const h = a.length === 1 ? a[0] : [].join.call(a, '');
      // Several TrustedHTML are one trusted string.
      const m = markup(h, null, true, this.readyState !== 'loading' ? 2 : 1, a.length > 1 && [].every.call(a, isHTML));
      const r = m !== h ? o.call(this, m) : o.apply(this, a);
      framed(this, h);
      return r;
    }
    return o.apply(this, arguments);
  };

/** Whether a node from another document holds an element that would load a blocked URL here. */
function blocks(n: any): boolean {
  let b = false;
  each(n, (e) => {
    const u = !b && !e.hasAttribute(CAT) && url(e);
    if (u && untagged(e.localName, u)) b = true;
  });
  return b;
}

/** adoptNode: an image parsed elsewhere starts loading as it enters this document, inserted or not. */
const adopting = (o: Function) =>
  function (this: Document, n: any) {
    // A document with a window: this page's or a frame's (not the inert one, nor a parsed one).
    if (this.defaultView) check(n);
    return o.apply(this, arguments);
  };

/**
 * importNode: the copy would start loading as it is made, before any hook sees it. A node holding a
 * tracker is copied in the inert document instead, held there, then adopted here.
 */
const importing = (o: Function) =>
  function (this: Document, n: any) {
    if (!this.defaultView || !n || !n.querySelectorAll || !blocks(n)) return o.apply(this, arguments);
    const c = o.apply(inertDoc(), arguments);
    each(c, stopSrc);
    return this.adoptNode(c);
  };

/** Gives a window's Attr.prototype its own `nodeValue` and `textContent` (Node's), to hook there alone. */
function attrOwn(w: any): void {
  try {
    for (const n of ['nodeValue', 'textContent']) Object.defineProperty(w.Attr.prototype, n, Object.getOwnPropertyDescriptor(w.Node.prototype, n)!);
  } catch {
    // a hostile prototype: those hooks stay off
  }
}

/** Each element's attribute map, to find the element `setNamedItem` gives an Attr to. */
const maps = new WeakMap<object, Element>();

/**
 * The value the page's code gives an element's attribute `n` (lower case), however it is given
 * (setAttribute, an Attr node): DROP when it is the URL of a tracker (the element is held instead),
 * a frame's `srcdoc` with its trackers held, else the value itself.
 */
function attrSet(e: Element, n: string, v: unknown): unknown {
  if (n === at(e)) return stop(e, v, 1) ? DROP : v;
  return n === 'srcdoc' && e.localName === 'iframe' ? markup(v, null, true, 2) : v;
}

/** An Attr's new value, judged for the element that owns it. */
const attrValue = (a: Attr, v: unknown) => (a.ownerElement ? attrSet(a.ownerElement, a.name.toLowerCase(), v) : v);

/** setAttributeNode(NS), setNamedItem(NS): an Attr given to the element `of(this)`. */
const attrNode = (of: (t: any) => Element | undefined) => (o: Function) =>
  function (this: unknown, a: any) {
    const e = of(this);
    if (e && a && a.nodeType === 2) {
      const v = a.value;
      const x = attrSet(e, String(a.name).toLowerCase(), v);
      if (x === DROP) return null;
      if (x !== v) a.value = x;
    }
    const r = o.apply(this, arguments);
    if (e) shown(e);
    return r;
  };

/** A frame, object or embed given a URL while in the document: the window it shows (about:blank) gets the hooks. */
const shown = (e: Element) => {
  if (e.isConnected) frame(e);
};
const src = setter((e: Element, v) => (stop(e, v, 1) ? DROP : v), shown);
/** innerHTML of an element or a shadow root: its own content. */
const html = setter((e, v) => markup(v, e, false), framed);
/** outerHTML: parsed in the element's parent. */
const outer = setter((e, v) => markup(v, e.parentNode, false), (e, v) => framed(e.ownerDocument, v));
const look = (n: Node) => n.nodeType === 1 && each(n, meet);

/** Meets the held elements under `n` (a markup call's context), in open shadow roots too, and watches those roots. */
function deep(n: any): void {
  if (!n || !n.querySelectorAll) return;
  each(n, meet);
  const l = n.querySelectorAll('*');
  for (let i = 0; i < l.length; i++) {
    const r = l[i].shadowRoot;
    if (r) {
      mo.observe(r, SUB);
      deep(r);
    }
  }
}

function added(rs: MutationRecord[]): void {
  if (queue.length) pump();
  // The parser adds a subtree node by node: a node whose parent came in the same batch is met with
  // that parent (its subtree is searched once, not again at each level).
  const batch = new Set<Node>();
  for (let i = 0; i < rs.length; i++) rs[i].addedNodes.forEach((n) => batch.add(n));
  batch.forEach((n) => batch.has(n.parentNode!) || look(n));
}

/**
 * Starts holding back trackers; runs synchronously before any other script of the page.
 * `onAllow` is called with the choice a placeholder's button asks for.
 */
export function startBlocking(onAllow: (choice: ConsentChoice) => Promise<unknown>): void {
  allow = onAllow;
  const w = window as any;
  // `image.href.baseVal = url`: each SVGAnimatedString an SVG <image> or <script> hands out leads back to it.
  const hrefs = new WeakMap<object, Element>();
  // setHTMLUnsafe never runs the scripts it parses (HTML: "unsafely set HTML").
  const unsafe = parsing(0, (e) => e, false);
  inner = Object.getOwnPropertyDescriptor(EP, 'innerHTML');
  // Every hook: [the interfaces whose prototypes it is on ('' for the window itself), names, wrap, kind].
  const all: [string, string, (o: Function) => Function, ('set' | 'get')?][] = [
    ['HTMLScriptElement HTMLIFrameElement HTMLFrameElement HTMLImageElement HTMLInputElement HTMLEmbedElement', 'src', src, 'set'],
    ['HTMLLinkElement HTMLBaseElement', 'href', src, 'set'],
    ['HTMLObjectElement', 'data', src, 'set'],
    ['HTMLIFrameElement', 'srcdoc', setter((e, v) => markup(v, null, true, 2)), 'set'],
    ['HTMLIFrameElement HTMLFrameElement HTMLObjectElement', 'contentWindow contentDocument', peek, 'get'],
    ['HTMLIFrameElement HTMLFrameElement HTMLObjectElement HTMLEmbedElement', 'getSVGDocument', peek],
    ['', 'open', peek],
    ['Element', 'setAttribute', (o) => function (this: Element, n: unknown, v: unknown) {
      // Only the attribute an element loads from (`src`, a link's `href`, an object's `data`: 3 or 4
      // letters), and a frame's `srcdoc`; names are case-insensitive in HTML. Comparing lengths
      // first keeps `class`, `style`, `aria-*`, `data-*`… cheap.
      if (typeof n === 'string' && (n.length === 6 || (n.length < 5 && n.length === at(this).length))) {
        const x = attrSet(this, n.toLowerCase(), v);
        if (x === DROP) return;
        arguments[1] = x;
        const r = o.apply(this, arguments);
        shown(this);
        return r;
      }
      return o.apply(this, arguments);
    }],
    // setAttributeNS: `(null, 'src')` as setAttribute does, and an SVG element's `(XLink, 'xlink:href')`.
    ['Element', 'setAttributeNS', (o) => function (this: Element, ns: unknown, n: unknown, v: unknown) {
      if (typeof n === 'string' && (ns === XLINK ? svg(this) && n.slice(n.indexOf(':') + 1) : !ns && n) === at(this) && stop(this, v)) return;
      return o.apply(this, arguments);
    }],
    // An Attr node: its value set (`attributes.src.value`, `nodeValue`, `textContent`), or the node
    // given to an element (`setAttributeNode`, `attributes.setNamedItem`), as setAttribute would be.
    ['Attr', 'value', setter(attrValue, (a) => a.ownerElement && shown(a.ownerElement)), 'set'],
    // On Attr.prototype itself (own copies of Node's, `attrOwn`): the page's every other
    // `textContent` write never goes through a hook.
    ['Attr', 'nodeValue textContent', setter(attrValue), 'set'],
    ['Element', 'setAttributeNode setAttributeNodeNS', attrNode((e) => e)],
    ['Element', 'attributes', (g) => function (this: Element) {
      const m = g.call(this);
      maps.set(m, this);
      return m;
    }, 'get'],
    ['NamedNodeMap', 'setNamedItem setNamedItemNS', attrNode((m) => maps.get(m))],
    ['SVGImageElement SVGScriptElement', 'href', (g) => function (this: Element) {
      const v = g.call(this);
      hrefs.set(v, this);
      return v;
    }, 'get'],
    ['SVGAnimatedString', 'baseVal', setter((a, v) => {
      const e = hrefs.get(a);
      return e && stop(e, v) ? DROP : v;
    }), 'set'],
    ['Node', 'appendChild insertBefore replaceChild', inserting],
    ['Element', 'append prepend before after replaceWith insertAdjacentElement replaceChildren', inserting],
    ['CharacterData', 'before after replaceWith', inserting],
    ['Element ShadowRoot', 'innerHTML', html, 'set'],
    ['Element', 'outerHTML', outer, 'set'],
    ['Element', 'insertAdjacentHTML', parsing(1, adjacent, false)],
    ['Element ShadowRoot', 'setHTMLUnsafe', unsafe],
    ['Document', 'write writeln', writing],
    ['Document', 'adoptNode', adopting],
    // An editable region's commands: insertHTML parses markup where the selection is; insertImage
    // of a held URL inserts the image in the held form instead (released on consent).
    ['Document', 'execCommand', (o) => {
      const insert = parsing(2, selected, false)(o);
      return function (this: Document, c: unknown, u: unknown, v: unknown) {
        const a = arguments;
        const k = typeof c === 'string' && c.toLowerCase();
        if (k === 'insertimage' && v != null && untagged('img', String(v))) {
          const i = inertDoc().createElement('img');
          i.setAttribute('src', String(v));
          a[0] = 'insertHTML';
          a[2] = i.outerHTML;
        }
        return (k === 'inserthtml' || a[0] === 'insertHTML' ? insert : o).apply(this, a);
      };
    }],
    // A shadow root is out of the document's observer: each one code makes is watched too.
    ['Element', 'attachShadow', (o) => function (this: Element) {
      const r = o.apply(this, arguments);
      mo.observe(r, SUB);
      return r;
    }],
    ['Document', 'importNode', importing],
    // A contextual fragment's scripts run once it is inserted; its SVG scripts never do (Chromium): never held, nor released.
    ['Range', 'createContextualFragment', (o) => parsing(0, rangeContext, true)(function (this: Range) {
      const f = o.apply(this, arguments);
      for (const e of f.querySelectorAll('script')) if (svg(e)) grantedNodes.add(e);
      return f;
    })],
  ];
  attrOwn(w);
  for (const [on, names, wrap, k] of all) for (const c of on.split(' ')) patch(c ? w[c]?.prototype : w, names, wrap, k);
  guard(blocked);
  workers();

  mo = new MutationObserver(added);
  mo.observe(D, SUB);
  // A frame that loads a new document of this origin: its window gets the hooks before any of the
  // page's own load handlers runs (capture, on the document, comes before the frame's listeners).
  D.addEventListener('load', (e) => {
    const t = e.target as Element;
    if (t) frame(t);
  }, true);
  ready = D.readyState !== 'loading';
  if (D.documentElement) look(D.documentElement);
  D.addEventListener('DOMContentLoaded', () => {
    // Chromium fires it as the parser ends, before our observer has seen the last nodes parsed.
    added(mo.takeRecords());
    ready = true;
    pump();
  });
  // One hook made unchangeable by a script above ours: the others hold; the site owner hears which
  // is missing, in the words of the config errors' file (once the config says where it is), or
  // without them by the hooks' names alone.
  if (unhooked.length) {
    const c = chunks.configErrors;
    Promise.resolve()
      .then(() => c!(S.cfg))
      .then((m) => m.unhooked(unhooked), () => 'blocking: hooks not installed: ' + unhooked.join(', '))
      .then((m) => {
        fail(new ConsentryError(m));
      });
  }

  subscribe(({ record: r, previous: p, cause }) => {
    const l = held.splice(0);
    // Withdrawal: released scripts that have not run, and scripts queued behind them, are held
    // again; released frames of a withdrawn service are unloaded and get their placeholder back.
    // Only a change from a record can withdraw anything, and the store chunk applied it: this runs
    // at once, before what is held is released. Before any record, only what was released before
    // the config was read can be refused by it (a catalogue service the site files under another
    // purpose): the store chunk is loaded for it, and it is held again as soon as it arrives.
    if (p || [pending, queue, ran].some((l) => l.some((e) => !may(e)))) {
      withStore((s) => s.withdraw(held, pending, queue, ran, grantedNodes, may, at, (h, n) => {
        if (plain.has(n)) plain.add(h);
        toHeld(h, n.getAttribute(at(n)) || '', owner.get(n));
        (h as HTMLScriptElement).nonce = (n as HTMLScriptElement).nonce;
      }, (n) => n === cur && next(), (f) => embed(f, allow, heldNow), inertDoc)).catch(report);
    }
    for (const e of l) {
      // A pixel of a refused service is dropped: events recorded before a refusal are never sent.
      if (may(e)) run(e);
      else if (!r || e.isConnected || e.localName !== 'img') held.push(e);
    }
    // A decision (here or in another tab) or a reset, not a page view: unclaimed cookies are classified too.
    if (r || p) cleanup(cause !== 'restore');
  });
}
