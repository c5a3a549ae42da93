// Integrations: a Node middleware (http, Express, Connect) and a Fetch-handler wrapper that pass
// every text/html response through blockTrackers for the visitor's consent cookie. Compressed bodies
// are decoded and encoded again; anything else leaves as the handler made it.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { PassThrough, pipeline, Readable, type Transform } from 'node:stream';
import zlib from 'node:zlib';
import { readConsent, type ServerConsent } from './consent';
import type { ConsentryConfig } from '../core/types';
import { plan, prepare, type Plan } from './block';
import { nodeStage, webStage } from './stream';

export interface MiddlewareOptions {
  /** The site's Consentry config, the same as the browser's. */
  config?: ConsentryConfig;
  /** Consent cookie name when not the config's (`config.cookie.name`) or `consentry`. */
  cookieName?: string;
  /** Told once per encoding it cannot read (such a page passes untouched). Default: `console.warn`. */
  onReport?: (message: string) => void;
}

type Stage = () => Transform;
const Z = zlib.constants;
/** Decoder and encoder per Content-Encoding; the encoder flushes each piece so that nothing waits for the end. */
const CODECS: Record<string, [Stage, Stage]> = {
  gzip: [() => zlib.createGunzip(), () => zlib.createGzip({ flush: Z.Z_SYNC_FLUSH })],
  'x-gzip': [() => zlib.createGunzip(), () => zlib.createGzip({ flush: Z.Z_SYNC_FLUSH })],
  deflate: [() => zlib.createInflate(), () => zlib.createDeflate({ flush: Z.Z_SYNC_FLUSH })],
  br: [() => zlib.createBrotliDecompress(), () => zlib.createBrotliCompress({ flush: Z.BROTLI_OPERATION_FLUSH })],
};

/** Whether a Content-Type is HTML. */
export function isHtml(contentType: unknown): boolean {
  return typeof contentType === 'string' && contentType.split(';')[0].trim().toLowerCase() === 'text/html';
}

/** A Vary value with `Cookie` and `Sec-GPC` added (each once). */
export function addVary(v: unknown): string {
  const have = (Array.isArray(v) ? v.join(',') : v ? String(v) : '').split(',').map((x) => x.trim()).filter(Boolean);
  if (have.indexOf('*') >= 0) return '*';
  for (const h of ['Cookie', 'Sec-GPC']) if (!have.some((x) => x.toLowerCase() === h.toLowerCase())) have.push(h);
  return have.join(', ');
}

/** The suffix that makes an ETag name this visitor's rewritten copy (a hash of the held services). */
function etagSuffix(p: Plan): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < p.key.length; i++) h = Math.imul(h ^ p.key.charCodeAt(i), 0x01000193);
  return '-cs' + (h >>> 0).toString(36);
}

/** The ETag of a rewritten copy: the handler's, with the suffix inside its quotes. */
export function varyEtag(etag: string, suffix: string): string {
  const m = /^(W\/)?"(.*)"$/.exec(etag.trim());
  return m ? `${m[1] || ''}"${m[2]}${suffix}"` : '';
}

/**
 * An If-None-Match with this visitor's suffix taken off, so the handler can answer 304 for the
 * copy this visitor holds; tags made for other choices keep theirs and never match.
 */
export function restoreIfNoneMatch(v: string, suffix: string): string {
  return v.split(',').map((t) => {
    const s = t.trim();
    return s.endsWith(suffix + '"') ? s.slice(0, s.length - suffix.length - 1) + '"' : s;
  }).join(', ');
}

function consentOf(req: { headers: any }, o: MiddlewareOptions): ServerConsent | null {
  return readConsent(req, { config: o.config, cookieName: o.cookieName });
}

function reporter(o: MiddlewareOptions): (encoding: string) => void {
  const told = new Set<string>();
  const say = o.onReport || ((m: string) => console.warn(m));
  return (enc) => {
    if (told.has(enc)) return;
    told.add(enc);
    say(`consentry: HTML sent with Content-Encoding "${enc}" passes without server-side blocking (only gzip, deflate and br are read); the browser build still holds what it can.`);
  };
}

/** The encoding of a response: '' for none, the lower-cased value otherwise. */
function encodingOf(v: unknown): string {
  const e = (Array.isArray(v) ? v.join(',') : v ? String(v) : '').trim().toLowerCase();
  return e === 'identity' ? '' : e;
}

/** Decode, rewrite, encode: the stages for one body. */
function stages(enc: string, p: Plan, contentType: string, url: string): Transform[] {
  const r = nodeStage(p, contentType, url);
  if (!enc) return [r];
  const [dec, encd] = CODECS[enc];
  return [dec(), r, encd()];
}

const noBody = (method: string | undefined, status: number) => method === 'HEAD' || status < 200 || status === 204 || status === 304;

/**
 * Connect/Express middleware (also usable around a plain `http` handler): rewrites the trackers of
 * every text/html response for the visitor's consent cookie. Install it after `compression()`.
 */
export function consentryMiddleware(options: MiddlewareOptions = {}) {
  prepare(options.config); // a bad config fails here, at start-up
  const report = reporter(options);
  return function consentry(req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void): void {
    let p: Plan;
    try {
      p = plan(options.config, consentOf(req, options));
    } catch (e) {
      return next(e);
    }
    const suffix = etagSuffix(p);
    const inm = req.headers['if-none-match'];
    if (typeof inm === 'string' && p.key) req.headers['if-none-match'] = restoreIfNoneMatch(inm, suffix);

    const R = res as any;
    const writeHead = res.writeHead, write = res.write, end = res.end;
    let decided = false;
    let input: PassThrough | null = null;

    function decide(): void {
      if (decided) return;
      decided = true;
      const type = res.getHeader('content-type');
      if (!isHtml(type) || noBody(req.method, res.statusCode)) return;
      res.setHeader('Vary', addVary(res.getHeader('vary')));
      if (!p.key) return; // every service granted: the page leaves as it is
      const enc = encodingOf(res.getHeader('content-encoding'));
      if (enc && !CODECS[enc]) return report(enc);
      res.removeHeader('content-length');
      const etag = res.getHeader('etag');
      if (etag !== undefined) {
        const v = varyEtag(String(etag), suffix);
        if (v) res.setHeader('ETag', v);
        else res.removeHeader('etag');
      }
      const host = req.headers.host || 'localhost';
      const url = `${(req.socket as any)?.encrypted ? 'https' : 'http'}://${host}${req.url || '/'}`;
      const list = stages(enc, p, String(type), url);
      input = new PassThrough();
      const out = list[list.length - 1];
      pipeline([input, ...list], (err) => {
        if (err) res.destroy(err);
      });
      out.on('data', (b: Buffer) => {
        if (!(write as Function).call(res, b)) {
          out.pause();
          res.once('drain', () => out.resume());
        }
      });
      out.on('end', () => (end as Function).call(res));
      input.on('drain', () => res.emit('drain'));
    }

    R.writeHead = function (status: number, a?: unknown, b?: unknown) {
      const headers = (typeof a === 'string' ? b : a) as OutgoingHttpHeaders | unknown[] | undefined;
      if (Array.isArray(headers)) {
        // [[name, value], …] or the flat raw form [name, value, …]
        if (Array.isArray(headers[0])) for (const [k, v] of headers as [string, string][]) res.setHeader(k, v);
        else for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1] as string);
      } else if (headers) {
        for (const k in headers) if (headers[k] !== undefined) res.setHeader(k, headers[k]!);
      }
      res.statusCode = status;
      if (typeof a === 'string') res.statusMessage = a;
      decide();
      return writeHead.call(res, status);
    };
    const start = () => {
      if (!res.headersSent) R._implicitHeader ? R._implicitHeader() : res.writeHead(res.statusCode);
    };
    R.write = function (chunk: unknown, enc?: unknown, cb?: unknown) {
      start();
      if (!input) return (write as Function).apply(res, arguments);
      if (typeof enc === 'function') [cb, enc] = [enc, undefined];
      return input.write(typeof chunk === 'string' ? Buffer.from(chunk, (enc as BufferEncoding) || 'utf8') : (chunk as Buffer), cb as () => void);
    };
    R.end = function (chunk?: unknown, enc?: unknown, cb?: unknown) {
      if (!res.headersSent && !decided) {
        // Like Node, a body given to end() alone gets its length, unless it is rewritten.
        start();
      }
      if (!input) return (end as Function).apply(res, arguments);
      if (typeof chunk === 'function') [cb, chunk] = [chunk, undefined];
      if (typeof enc === 'function') [cb, enc] = [enc, undefined];
      if (chunk !== undefined && chunk !== null) input.write(typeof chunk === 'string' ? Buffer.from(chunk, (enc as BufferEncoding) || 'utf8') : (chunk as Buffer));
      if (typeof cb === 'function') res.once('finish', cb as () => void);
      input.end();
      return res;
    };
    next();
  };
}

type FetchHandler<A extends unknown[]> = (request: Request, ...rest: A) => Response | Promise<Response>;

/**
 * Wraps a Fetch-API handler (`(request) => Response`, as Hono, Next.js route handlers and Node ≥ 20
 * servers use): its text/html responses leave with the trackers the visitor has not allowed held.
 */
export function withConsentry<A extends unknown[]>(handler: FetchHandler<A>, options: MiddlewareOptions = {}): FetchHandler<A> {
  prepare(options.config);
  const report = reporter(options);
  return async (request: Request, ...rest: A): Promise<Response> => {
    const p = plan(options.config, consentOf(request, options));
    const suffix = etagSuffix(p);
    const inm = request.headers.get('if-none-match');
    if (inm && p.key && inm.includes(suffix)) {
      const h = new Headers(request.headers);
      h.set('if-none-match', restoreIfNoneMatch(inm, suffix));
      request = new Request(request, { headers: h });
    }
    const res = await handler(request, ...rest);
    const type = res.headers.get('content-type');
    if (!isHtml(type) || noBody(request.method, res.status) || !res.body) return res;
    const headers = new Headers(res.headers);
    headers.set('Vary', addVary(headers.get('vary')));
    const init = { status: res.status, statusText: res.statusText, headers };
    if (!p.key) return new Response(res.body, init);
    const enc = encodingOf(headers.get('content-encoding'));
    if (enc && !CODECS[enc]) {
      report(enc);
      return new Response(res.body, init);
    }
    headers.delete('content-length');
    const etag = headers.get('etag');
    if (etag) {
      const v = varyEtag(etag, suffix);
      if (v) headers.set('etag', v);
      else headers.delete('etag');
    }
    if (!enc) {
      const t = webStage(p, type, request.url);
      return new Response(res.body.pipeThrough(t as TransformStream<Uint8Array, Uint8Array>), init);
    }
    const list = stages(enc, p, String(type), request.url);
    const out = list[list.length - 1];
    pipeline([Readable.fromWeb(res.body as any), ...list], () => {});
    return new Response(Readable.toWeb(out) as ReadableStream<Uint8Array>, init);
  };
}
