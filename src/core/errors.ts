// Errors a site owner can act on: what key, what was expected, what was given.

/** Thrown (as a rejection) for invalid config or API arguments. */
export class ConsentryError extends Error {
  /** For a config: every problem found, one message each (the message lists them all). */
  problems?: string[];
  constructor(message: string) {
    super('Consentry: ' + message);
    this.name = 'ConsentryError';
  }
}

/** Short, safe rendering of any received value for an error message. */
export function show(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  const t = typeof v;
  if (t === 'string') {
    const s = v as string;
    return JSON.stringify(s.length > 40 ? s.slice(0, 40) + '…' : s);
  }
  if (t === 'number' || t === 'boolean') return String(v);
  if (t === 'object') return 'an object';
  return t;
}
