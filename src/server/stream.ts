// Streaming forms of blockTrackers: the page is rewritten as its chunks arrive, and each chunk's
// complete tokens leave at once (a tag split across two chunks leaves with the second).
//
// Bytes are read one byte to one character (latin1) in every ASCII-compatible charset: markup is
// ASCII there, so the tokenizer sees the same tags, and bytes it does not rewrite leave exactly as
// they came (invalid sequences and a byte-order mark included) without a decode and re-encode.
// Charsets that are not ASCII-compatible (UTF-16, ISO-2022-JP) pass through untouched.
import { Transform } from 'node:stream';
import { plan, Rewriter, type BlockOptions, type Plan } from './block';

export interface StreamOptions extends BlockOptions {
  /** The response's `Content-Type`: its `charset` says how to read bytes (UTF-8 when none). */
  contentType?: string | null;
}

/** Encodings whose bytes for `<`, `>`, quotes and letters are not those of ASCII. */
const UNREADABLE: Record<string, 1> = { 'utf-16le': 1, 'utf-16be': 1, 'iso-2022-jp': 1, replacement: 1 };

/** The charset named by a Content-Type, '' when it names none. */
export function charsetOf(contentType: string | null | undefined): string {
  if (!contentType) return '';
  for (const part of contentType.split(';').slice(1)) {
    const i = part.indexOf('=');
    if (i < 0 || part.slice(0, i).trim().toLowerCase() !== 'charset') continue;
    return part.slice(i + 1).trim().replace(/^"|"$/g, '');
  }
  return '';
}

/**
 * Whether bytes in a charset can be tokenized one byte to one character: true for UTF-8 (also when
 * none is named) and every other ASCII-compatible encoding; false for UTF-16, ISO-2022-JP and
 * names no browser knows.
 */
export function readableCharset(charset: string): boolean {
  if (!charset) return true;
  let enc: string;
  try {
    enc = new TextDecoder(charset).encoding;
  } catch {
    return /^x-user-defined$/i.test(charset.trim());
  }
  return !UNREADABLE[enc];
}

const latin1 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');

/**
 * One document's rewriting, for bytes or strings. Bytes are read as latin1 (see above); a body that
 * starts with a UTF-16 byte-order mark, which a browser obeys over any charset, passes untouched.
 */
class Pipe {
  private r: Rewriter | null;
  private first = true;
  constructor(p: Plan, contentType: string | null | undefined, url: string | URL | undefined) {
    this.r = p.key && readableCharset(charsetOf(contentType)) ? new Rewriter(p, url) : null;
  }
  bytes(b: Uint8Array): Uint8Array {
    if (this.first && b.length) {
      this.first = false;
      if (b.length >= 2 && ((b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0xff && b[1] === 0xfe))) this.r = null;
    }
    return this.r ? Buffer.from(this.r.write(latin1(b)), 'latin1') : b;
  }
  text(s: string): string {
    return this.r ? this.r.write(s) : s;
  }
  endBytes(): Uint8Array | null {
    const rest = this.r ? this.r.end() : '';
    return rest ? Buffer.from(rest, 'latin1') : null;
  }
  endText(): string {
    return this.r ? this.r.end() : '';
  }
}

/**
 * A Web `TransformStream` that rewrites a page's trackers as its chunks pass: bytes (`Uint8Array`)
 * in, bytes out, charset from `contentType`; or strings in, strings out. Everything `consent` grants,
 * and every page without trackers, leaves byte for byte as it came.
 */
export function blockTrackersStream(options: StreamOptions): TransformStream<Uint8Array | string, Uint8Array | string> {
  return webStage(plan(options.config, options.consent ?? null), options.contentType, options.url);
}

/** blockTrackersStream for a plan already made. */
export function webStage(p: Plan, contentType?: string | null, url?: string | URL): TransformStream<Uint8Array | string, Uint8Array | string> {
  const pipe = new Pipe(p, contentType, url);
  let text: boolean | undefined;
  return new TransformStream<Uint8Array | string, Uint8Array | string>({
    transform(chunk, c) {
      text ??= typeof chunk === 'string';
      if (text !== (typeof chunk === 'string')) throw new TypeError('blockTrackersStream: a stream is either bytes or strings, not both');
      const out = typeof chunk === 'string' ? pipe.text(chunk) : pipe.bytes(chunk);
      if (out.length) c.enqueue(out);
    },
    flush(c) {
      const out = text ? pipe.endText() : pipe.endBytes();
      if (out && out.length) c.enqueue(out);
    },
  });
}

/** The same as `blockTrackersStream`, as a Node `Transform` stream of bytes (strings are taken as UTF-8). */
export function blockTrackersNodeStream(options: StreamOptions): Transform {
  return nodeStage(plan(options.config, options.consent ?? null), options.contentType, options.url);
}

/** blockTrackersNodeStream for a plan already made. */
export function nodeStage(p: Plan, contentType?: string | null, url?: string | URL): Transform {
  const pipe = new Pipe(p, contentType, url);
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      try {
        const out = pipe.bytes(chunk);
        done(null, out.length ? out : undefined);
      } catch (e) {
        done(e as Error);
      }
    },
    flush(done) {
      try {
        done(null, pipe.endBytes() ?? undefined);
      } catch (e) {
        done(e as Error);
      }
    },
  });
}
