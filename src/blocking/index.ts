// Blocking effect: holds back scripts, frames and images of services that may not run, and
// releases them in the order they were met once they may. Everything held is in one form, the
// tagged one the site itself can write (`type="text/plain" data-category data-service data-src`),
// so a tracker found in the HTML, in a string of markup or set by code takes the same road.
import { known, S, subscribe } from '../core/state';
import type { ConsentChoice } from '../core/types';
import { clean } from './clean';
import { embed, unembed } from './embed';
import { guard } from './guard';
import { allowed, blocked, see, serviceOf } from './match';

/** Nodes Consentry inserts itself after consent; never held back again. */
export const grantedNodes = new WeakSet<Node>();

const D = document;
const EP = Element.prototype;
const CAT = 'data-category';
const SVC = 'data-service';
const DSRC = 'data-src';
const TYPE = 'type';
const PLAIN = 'text/plain';
/** The elements that load something by their `src`. */
const TAGS: Record<string, 1> = { script: 1, iframe: 1, img: 1 };
/** Returned by a setter hook to drop the assignment. */
const DROP = {};
const setAttr = EP.setAttribute;
const getAttr = EP.getAttribute;

/** Held elements, in the order they were met. */
let held: Element[] = [];
const isHeld = new WeakSet<Element>();
/** Scripts granted and waiting for the one before them to load (document order). */
const queue: Element[] = [];
let busy = false;

/** The service to hold an untagged element back for, or undefined. */
function untagged(tag: string, url: string): string | undefined {
  const k = known();
  return k.autoblock || (tag === 'img' && k.guard) ? blocked(url) : undefined;
}

function may(e: Element): boolean {
  return allowed(getAttr.call(e, CAT)!, getAttr.call(e, SVC));
}

/** Turns an untagged element into the tagged form, so that it stays inert until released. */
function park(e: Element, s: string, url: string): void {
  e.removeAttribute('src');
  setAttr.call(e, DSRC, url);
  setAttr.call(e, CAT, known().services[s].category);
  setAttr.call(e, SVC, s);
  if (e.localName === 'script') {
    const t = getAttr.call(e, TYPE);
    if (t) setAttr.call(e, 'data-type', t);
    setAttr.call(e, TYPE, PLAIN);
  }
  hold(e);
}

function hold(e: Element): void {
  if (may(e)) return run(e);
  if (!isHeld.has(e)) {
    isHeld.add(e);
    held.push(e);
  }
  if (e.localName === 'iframe') embed(e, allow);
}

/** A tagged or untagged element met in the document (parser, markup, or inserted by other means). */
function meet(e: Element): void {
  if (grantedNodes.has(e) || !e.isConnected) return;
  if (isHeld.has(e)) return hold(e);
  const t = e.localName;
  if (!TAGS[t]) return;
  const src = getAttr.call(e, 'src');
  if (e.hasAttribute(CAT)) {
    const u = getAttr.call(e, DSRC) || src;
    const s = getAttr.call(e, SVC) || (u && serviceOf(u));
    if (s) see(s);
    if (t === 'script' ? getAttr.call(e, TYPE) === PLAIN : e.hasAttribute(DSRC)) hold(e);
  } else if (src && D.readyState === 'loading') {
    // The parser inserts nodes without our setters: scripts are stopped here, before they run.
    const v = untagged(t, src);
    if (v) park(e, v, src);
  }
}

/** Releases one element: frames and images at once, scripts through the ordered queue. */
function run(e: Element): void {
  grantedNodes.add(e);
  if (e.localName === 'script') {
    queue.push(e);
    return pump();
  }
  const u = getAttr.call(e, DSRC);
  if (u !== null) {
    e.removeAttribute(DSRC);
    // A frame the parser has just inserted ignores a `src` set in the same task (Chromium).
    if (e.localName === 'iframe') setTimeout(() => setAttr.call(e, 'src', u));
    else setAttr.call(e, 'src', u);
  }
  unembed(e);
}

/** Whether the parser has moved past a node (a script's text is complete). */
function parsed(e: Node): boolean {
  if (D.readyState !== 'loading') return true;
  for (let n: Node | null = e; n; n = n.parentNode) if (n.nextSibling) return true;
  return false;
}

/** Runs queued scripts; an external one that is not `async` holds the rest until it has loaded. */
function pump(): void {
  while (!busy && queue.length) {
    const o = queue[0] as HTMLScriptElement;
    // Still being parsed: the next mutation (or DOMContentLoaded) resumes.
    if (o.isConnected && !parsed(o)) return;
    queue.shift();
    const u = getAttr.call(o, DSRC);
    const t = getAttr.call(o, 'data-type');
    if (!o.isConnected) {
      // Never inserted (or removed): restore it in place, it runs if the page inserts it.
      if (t) setAttr.call(o, TYPE, t);
      else o.removeAttribute(TYPE);
      if (u !== null) setAttr.call(o, 'src', u);
      continue;
    }
    // A script element runs once at most: a fresh copy runs in its place.
    const n = D.createElement('script');
    grantedNodes.add(n);
    for (const a of Array.from(o.attributes)) if (a.name !== DSRC && a.name !== 'data-type') setAttr.call(n, a.name, a.value);
    if (t) n.type = t;
    else if (n.type === PLAIN) n.removeAttribute(TYPE);
    n.nonce = o.nonce;
    if (u !== null) n.src = u;
    if (!n.src) n.text = o.text;
    else if (!o.hasAttribute('async')) {
      busy = true;
      const next = () => {
        busy = false;
        pump();
      };
      n.addEventListener('load', next);
      n.addEventListener('error', next);
    }
    o.replaceWith(n);
  }
}

let allow: (choice: ConsentChoice) => Promise<unknown> = () => Promise.resolve();

/** Sets aside the assignment of a blocked URL to `src`, holding the element instead. */
function stop(e: Element, v: unknown): boolean {
  if (!TAGS[e.localName] || grantedNodes.has(e)) return false;
  const u = String(v);
  const s = untagged(e.localName, u);
  if (s) park(e, s, u);
  return !!s;
}

function stopSrc(e: Element): void {
  const u = getAttr.call(e, 'src');
  if (u) stop(e, u);
}

/**
 * Holds scripts, frames and images with a blocked `src` about to enter this document, set by
 * means our hooks do not see: another window's DOM, Attr nodes, clones (`importNode`), nodes
 * parsed in another document (DOMParser, <template> content) that load once adopted here.
 */
function check(n: any): void {
  if (n && (n.nodeType === 1 || n.nodeType === 11) && (!n.isConnected || n.ownerDocument !== D) && !grantedNodes.has(n)) each(n, stopSrc);
}

/** Calls `f` on a node and its descendants that load something by their `src`. */
function each(n: any, f: (e: Element) => void): void {
  if (TAGS[n.localName]) f(n);
  if (n.firstElementChild) {
    const l = n.querySelectorAll('script,iframe,img');
    for (let i = 0; i < l.length; i++) f(l[i]);
  }
}

const TAG = /<(script|iframe|img)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const SRC = /(\s)src\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i;

/** Rewrites the blocked trackers of a markup string into the tagged form. */
function markup(h: unknown): unknown {
  return typeof h !== 'string' || h.indexOf('<') < 0 ? h : h.replace(TAG, (m, t: string, a: string) => {
    const r = SRC.exec(a);
    if (!r || /\sdata-category\s*=/i.test(a)) return m;
    const s = untagged(t.toLowerCase(), r[2].replace(/^["']|["']$/g, '').replace(/&amp;/g, '&'));
    if (!s) return m;
    let x = ` ${CAT}="${known().services[s].category}" ${SVC}="${s}"`;
    if (/^s/i.test(t)) {
      a = a.replace(/(\s)type\s*=/i, '$1data-type=');
      x += ` ${TYPE}="${PLAIN}"`;
    }
    return '<' + t + x + a.replace(SRC, '$1' + DSRC + '=$2') + '>';
  });
}

/** Replaces `p[name]` by `wrap(original)`. */
function patch(p: any, name: string, wrap: (o: any) => any): void {
  const o = p && p[name];
  if (typeof o === 'function') p[name] = wrap(o);
}

/** Wraps the setter of `p[name]`; `f` returns the value to set, or DROP. */
function setter(p: any, name: string, f: (e: any, v: any) => any): void {
  const d = p && Object.getOwnPropertyDescriptor(p, name);
  if (!d || !d.set) return;
  const set = d.set;
  d.set = function (this: any, v: any) {
    v = f(this, v);
    if (v !== DROP) set.call(this, v);
  };
  Object.defineProperty(p, name, d);
}

/** Methods that insert nodes: held scripts and frames never reach the document runnable. */
const inserting = (o: Function) =>
  function (this: Node) {
    const a = arguments;
    if (this.isConnected) for (let i = 0; i < a.length; i++) check(a[i]);
    return o.apply(this, a);
  };

/** Methods that parse markup: their string arguments from index `from` are rewritten. */
const parsing = (from: number) => (o: Function) =>
  function (this: unknown) {
    const a = arguments;
    for (let i = from; i < a.length; i++) a[i] = markup(a[i]);
    return o.apply(this, a);
  };

/**
 * Starts holding back trackers; runs synchronously before any other script of the page.
 * `onAllow` is called with the choice a placeholder's button asks for.
 */
export function startBlocking(onAllow?: (choice: ConsentChoice) => Promise<unknown>): void {
  if (onAllow) allow = onAllow;
  const w = window as any;
  const src = (e: Element, v: unknown) => (stop(e, v) ? DROP : v);
  for (const c of ['HTMLScriptElement', 'HTMLIFrameElement', 'HTMLImageElement']) setter(w[c] && w[c].prototype, 'src', src);
  patch(EP, 'setAttribute', (o) => function (this: Element, n: unknown, v: unknown) {
    // Attribute names are case-insensitive in HTML; the length test keeps the common path cheap.
    if (typeof n === 'string' && n.length === 3 && n.toLowerCase() === 'src' && stop(this, v)) return;
    return o.apply(this, arguments);
  });
  const NP = Node.prototype;
  for (const m of ['appendChild', 'insertBefore', 'replaceChild']) patch(NP, m, inserting);
  for (const m of ['append', 'prepend', 'before', 'after', 'replaceWith', 'insertAdjacentElement', 'replaceChildren']) patch(EP, m, inserting);
  for (const m of ['before', 'after', 'replaceWith']) patch(CharacterData.prototype, m, inserting);
  const html = (_: unknown, v: unknown) => markup(v);
  setter(EP, 'innerHTML', html);
  setter(EP, 'outerHTML', html);
  setter(w.ShadowRoot && ShadowRoot.prototype, 'innerHTML', html);
  patch(EP, 'insertAdjacentHTML', parsing(1));
  patch(EP, 'setHTMLUnsafe', parsing(0));
  patch(Document.prototype, 'write', parsing(0));
  patch(Document.prototype, 'writeln', parsing(0));
  patch(w.Range && Range.prototype, 'createContextualFragment', parsing(0));
  guard(blocked);

  const look = (n: Node) => n.nodeType === 1 && each(n, meet);
  new MutationObserver((rs) => {
    if (queue.length) pump();
    for (let i = 0; i < rs.length; i++) {
      const a = rs[i].addedNodes;
      for (let j = 0; j < a.length; j++) look(a[j]);
    }
  }).observe(D, { childList: true, subtree: true });
  if (D.documentElement) look(D.documentElement);
  D.addEventListener('DOMContentLoaded', pump);

  subscribe((r, p) => {
    const l = held;
    held = [];
    for (const e of l) {
      // A pixel of a refused service is dropped: events recorded before a refusal are never sent.
      if (may(e)) run(e);
      else if (!r || e.isConnected || e.localName !== 'img') held.push(e);
    }
    // A record updated seconds ago is a decision (here or in another tab), not a page view.
    if (r || p) clean(r ? Date.now() - Date.parse(r.updatedAt) < 5e3 : true);
  });
}
