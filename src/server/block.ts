// Server-side prior blocking: the trackers written in a page's HTML are rewritten into the tagged
// form the browser build releases (src/blocking/index.ts), before the browser's preload scanner can
// fetch them. parse5's rewriting stream reads the markup as a browser's tokenizer does; every token
// that is not rewritten is emitted from its raw source, so a page without trackers leaves unchanged.
import { RewritingStream } from 'parse5-html-rewriting-stream';
import type { StartTag } from 'parse5-sax-parser';
import { domains } from '../core/domains';
import { find, hostTable, LOCAL, signalled, SVG_URL_ATTRS, URL_ATTRS, type HostTable } from '../blocking/match';
import { resolveConfig } from '../core/config';
import { dict, own } from '../core/dict';
import type { ConsentryConfig, ResolvedConfig } from '../core/types';
import type { ServerConsent } from './consent';

export interface BlockOptions {
  /** The site's Consentry config, the same as the browser's (default: the built-in catalogue only). */
  config?: ConsentryConfig;
  /** What `readConsent(request, { config })` returned for this request; null (no choice) holds every optional service. */
  consent: ServerConsent | null;
  /** The page's URL: relative URLs (and `<base href>`) are resolved against it. Without it, only absolute URLs are matched. */
  url?: string | URL;
}

const URLS = URL_ATTRS;
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SVG_NS = 'http://www.w3.org/2000/svg';
/** An attribute's name as written: `xlink:href` (parse5 splits a foreign attribute's prefix off). */
const nameOf = (a: { name: string; prefix?: string }) => (a.prefix ? a.prefix + ':' + a.name : a.name);
const SRCSET: Record<string, 1> = { srcset: 1, imagesrcset: 1 };
const CAT = 'data-category';

/** What a page is rewritten with: the config's host table and the services to hold. */
export interface Plan {
  cfg: ResolvedConfig;
  table: HostTable;
  /** Services held for this visitor, by name. */
  held: Record<string, true>;
  /** Names of the held services, sorted: a key for caches and ETags. */
  key: string;
}

const resolved = new WeakMap<object, { cfg: ResolvedConfig; table: HostTable }>();
let catalogue: { cfg: ResolvedConfig; table: HostTable } | undefined;

/** The resolved config and host table, computed once per config object. Throws a ConsentryError for a bad config. */
export function prepare(config?: ConsentryConfig): { cfg: ResolvedConfig; table: HostTable } {
  if (!config) return (catalogue ||= withTable(resolveConfig()));
  let r = resolved.get(config);
  if (!r) resolved.set(config, (r = withTable(resolveConfig(config))));
  return r;
}

function withTable(cfg: ResolvedConfig) {
  return { cfg, table: hostTable(cfg) };
}

/** Whether a service may run for this visitor: the rules of src/blocking/match.ts `allowed`, on the server's answer. */
function runs(cfg: ResolvedConfig, consent: ServerConsent | null, s: string): boolean {
  const cat = cfg.categories.find((c) => c.name === cfg.services[s].category);
  if (!cat) return false;
  if (cat.readOnly || signalled(cfg, s)) return true;
  if (!consent || !own(consent.categories, cat.name)) return false;
  const v = own(consent.services, s);
  // A service added to the config after the decision follows its category.
  return v === undefined ? true : v;
}

/** The services to hold back for a visitor. */
export function plan(config: ConsentryConfig | undefined, consent: ServerConsent | null): Plan {
  const { cfg, table } = prepare(config);
  const held = dict<true>();
  const names: string[] = [];
  for (const s in cfg.services) {
    if (!runs(cfg, consent, s)) {
      held[s] = true;
      names.push(s);
    }
  }
  return { cfg, table, held, key: names.sort().join(' ') };
}

/** The URLs of a `srcset` value (the candidates' URLs, descriptors left out). */
export function srcsetUrls(v: string): string[] {
  const out: string[] = [];
  const n = v.length;
  let i = 0;
  const space = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
  while (i < n) {
    while (i < n && (space(v[i]) || v[i] === ',')) i++;
    const start = i;
    while (i < n && !space(v[i])) i++;
    let url = v.slice(start, i);
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      // Descriptors up to the next comma outside parentheses.
      let depth = 0;
      while (i < n && (v[i] !== ',' || depth)) {
        if (v[i] === '(') depth++;
        else if (v[i] === ')' && depth) depth--;
        i++;
      }
    }
    if (url) out.push(url);
  }
  return out;
}

const quote = (v: string) => '"' + v.replace(/&/g, '&amp;').replace(/"/g, '&quot;') + '"';

/**
 * A start tag in the tagged form: the tag name as written, the tagging attributes first (so that they
 * win over any duplicate), then every attribute as written, the URL ones renamed to `data-<name>`.
 * Attributes the browser would drop as duplicates are dropped; values keep their source bytes.
 */
function heldTag(p: Plan, tag: TagToken, raw: string, s: string, at: number, names: string[]): string {
  const loc = tag.location as { attrs?: Record<string, { startOffset: number; endOffset: number }> };
  // The tag name as written (`<image` outside <svg> is an <img>).
  let out = /^<[^\s/>]+/.exec(raw)![0];
  if (tag.tagName === 'script') out += ' type="text/plain"';
  out += ` ${CAT}=${quote(p.cfg.services[s].category)} data-service=${quote(s)}`;
  for (const a of tag.attrs) {
    const n = nameOf(a);
    const l = loc.attrs && loc.attrs[n];
    // Without its source (never seen from parse5), an attribute is written from its value.
    let text = l ? raw.slice(l.startOffset - at, l.endOffset - at) : n + '=' + quote(a.value);
    // The source spelling of the name is kept (`SRC` → `data-SRC`): HTML lowercases it anyway.
    if (names.indexOf(n) >= 0 || (n === 'type' && tag.tagName === 'script')) {
      // An SVG `xlink:href` is held in `data-href`, as the browser build holds it; with an `href`, which wins, it is dropped.
      if (n === 'xlink:href') {
        if (tag.attrs.some((b) => nameOf(b) === 'href')) continue;
        text = text.slice(6);
      }
      text = 'data-' + text;
    }
    out += ' ' + text;
  }
  // A last value written unquoted would take in the solidus of `/>`: a space keeps them apart.
  return out + (tag.selfClosing ? (/=[^"']*$/.test(out) ? ' />' : '/>') : '>');
}

type TagToken = StartTag & { location: StartTag['sourceCodeLocation'] };
type Located = { location: { endOffset: number } | null };

/**
 * parse5's rewriting stream driven by calls instead of a Node stream, reduced to what is needed:
 * where each token ends, and the start tags. No token is serialised again: the output is the source
 * itself, cut at token ends, with the held start tags replaced.
 */
class Tokens extends RewritingStream {
  /** Where the last complete token ends (an offset in the whole document). */
  done = 0;
  /** A start tag, with the URL attributes its element fetches from in its namespace. */
  tag: (t: TagToken, names: string[] | undefined) => void = () => {};
  feed(chunk: string, last: boolean): void {
    if (last) (this as unknown as { lastChunkWritten: boolean }).lastChunkWritten = true;
    this._transformChunk(chunk);
  }
  private at(t: Located): void {
    if (t.location) this.done = t.location.endOffset;
  }
  override onStartTag(t: any): void {
    // The namespace the tree builder puts the element in (parse5 follows <svg> and <math> for its tokenizer).
    const ns = (this.parserFeedbackSimulator as any).namespaceStack[0];
    this.tag(t, ns === HTML_NS ? URLS[t.tagName] : ns === SVG_NS ? SVG_URL_ATTRS[t.tagName] : undefined);
    this.at(t);
  }
  override onEndTag(t: any): void {
    this.at(t);
  }
  override onComment(t: any): void {
    this.at(t);
  }
  override onDoctype(t: any): void {
    this.at(t);
  }
  override onCharacter(t: any): void {
    this.at(t);
  }
  override onWhitespaceCharacter(t: any): void {
    this.at(t);
  }
  override onNullCharacter(t: any): void {
    this.at(t);
  }
}

/**
 * The tokenizer and rewriter of one document. `write` takes the next piece of the document and
 * returns what can be sent already (up to the end of the last complete token); `end` returns the
 * rest. The output is the input with held start tags replaced, nothing else: malformed markup, an
 * unfinished tag at the end of the file and every byte the tokenizer reads past are kept as written.
 */
export class Rewriter {
  /** The source not sent yet, from offset `from` of the document. */
  private src = '';
  private from = 0;
  private out = '';
  private base: string | undefined;
  /** Whether relative URLs may reach a listed host (a service lists the page's own host). */
  private own = false;
  private sawBase = false;
  private t = new Tokens();
  /** Services held in this document, in the order met. */
  readonly found: string[] = [];

  constructor(private p: Plan, url?: string | URL) {
    this.setBase(url === undefined ? undefined : String(url));
    this.t.tag = (tag, names) => this.startTag(tag, names);
  }

  private setBase(b: string | undefined): void {
    this.base = b;
    let h = '';
    try {
      h = b ? new URL(b).hostname : '';
    } catch {
      this.base = undefined;
    }
    this.own = !!h && domains(h).some((d) => this.p.table[d]);
  }

  /** The held service a start tag's URLs belong to, or ''. */
  private held(tag: TagToken, names: string[]): string {
    for (const a of tag.attrs) {
      if (names.indexOf(nameOf(a)) < 0) continue;
      for (const u of SRCSET[a.name] ? srcsetUrls(a.value) : [a.value]) {
        // Relative URLs stay on the page's host: parsed only when a service lists that host.
        if (!this.own && LOCAL.test(u)) continue;
        let url: URL;
        try {
          url = new URL(u, this.base);
        } catch {
          continue; // not a URL: no service
        }
        const s = find(url.hostname, url.pathname, this.p.table);
        if (s && this.p.held[s]) return s;
      }
    }
    return '';
  }

  private startTag(tag: TagToken, names: string[] | undefined): void {
    // The first <base href> sets the document's base URL for every URL after it (a held one too:
    // the browser build reads relative URLs against a held base until it is released).
    if (tag.tagName === 'base' && !this.sawBase) {
      for (const a of tag.attrs) {
        if (a.name !== 'href') continue;
        this.sawBase = true;
        try {
          this.setBase(new URL(a.value, this.base).href);
        } catch {
          // an unusable base: the browser keeps the page's URL
        }
      }
    }
    if (names) {
      for (const a of tag.attrs) if (a.name === CAT) return;
      const s = this.held(tag, names);
      if (!s) return;
      if (this.found.indexOf(s) < 0) this.found.push(s);
      const loc = tag.location!;
      const raw = this.src.slice(loc.startOffset - this.from, loc.endOffset - this.from);
      this.out += this.src.slice(0, loc.startOffset - this.from) + heldTag(this.p, tag, raw, s, loc.startOffset, names);
      this.src = this.src.slice(loc.endOffset - this.from);
      this.from = loc.endOffset;
    }
  }

  /** The output so far, up to the end of the last complete token. */
  private flush(all: boolean): string {
    const n = all ? this.src.length : this.t.done - this.from;
    let o = this.out;
    if (n > 0) {
      o += this.src.slice(0, n);
      this.src = this.src.slice(n);
      this.from += n;
    }
    this.out = '';
    return o;
  }

  /** Rewrites the next piece of the document; returns the output ready so far. */
  write(chunk: string): string {
    this.src += chunk;
    this.t.feed(chunk, false);
    return this.flush(false);
  }

  /** Ends the document; returns the rest of the output. */
  end(): string {
    this.t.feed('', true);
    return this.flush(true);
  }
}

/**
 * The page's HTML with every tracker that `consent` does not grant rewritten into Consentry's
 * tagged form (`type="text/plain" data-category data-service`, the URL in `data-src`…), which the
 * browser build releases once the visitor allows it. Everything else is returned as it was.
 */
export function blockTrackers(html: string, options: BlockOptions): string {
  const p = plan(options.config, options.consent ?? null);
  if (!p.key) return html;
  const r = new Rewriter(p, options.url);
  return r.write(html) + r.end();
}
