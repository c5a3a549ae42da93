import { describe, expect, test } from 'vitest';
import { resolveConfig } from '../../src/core/config';
import { current, decode, migrate, SCHEMA, staleCategories, valid } from '../../src/core/record';
import { encode, makeRecord } from '../../src/core/record-write';

const cfg = resolveConfig({ revision: 3, categories: { analytics: { revision: 2 } } });
const NOW = Date.parse('2026-03-01T10:00:00.000Z');
const rec = (over: object = {}) => ({
  ...makeRecord(cfg, 'custom', { necessary: true, functional: false, analytics: true, advertising: false },
    Object.fromEntries(Object.keys(cfg.services).map((k) => [k, cfg.services[k].category === 'analytics'])), 'fr', false, null, NOW),
  ...over,
});

describe('a new record', () => {
  test('matches SPEC §7', () => {
    const r = rec();
    expect(r.schema).toBe(SCHEMA);
    expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(r.revision).toBe(3);
    expect(r.revisions).toEqual({ analytics: 2 });
    expect(r.categories.necessary).toBe(true);
    expect(r.createdAt).toBe('2026-03-01T10:00:00.000Z');
    expect(r.updatedAt).toBe(r.createdAt);
    expect(r.expiresAt).toBe(new Date(NOW + 182 * 864e5).toISOString());
    expect(valid(r)).toBe(true);
  });
  test('keeps the id and creation date of the earlier record', () => {
    const a = rec();
    const b = makeRecord(cfg, 'reject-all', { necessary: true }, {}, 'fr', true, a, NOW + 1000);
    expect(b.id).toBe(a.id);
    expect(b.createdAt).toBe(a.createdAt);
    expect(b.updatedAt).not.toBe(a.updatedAt);
    expect(b.gpc).toBe(true);
  });
  test('necessary is forced on', () => {
    expect(makeRecord(cfg, 'custom', { necessary: false } as any, {}, 'en', false, null).categories.necessary).toBe(true);
  });
});

describe('cookie form', () => {
  test('round-trips exactly and stays under 1 KB with every catalogue service', () => {
    const r = rec();
    const v = encode(r, cfg);
    expect(v.length).toBeLessThan(1000);
    expect(encodeURIComponent(v).length).toBeLessThan(1000);
    expect(decode(v, cfg)).toEqual(r);
  });
  test('keeps services that differ from their category', () => {
    const some = Object.keys(cfg.services).find((k) => cfg.services[k].category === 'analytics')!;
    const r = rec({ services: { ...rec().services, [some]: false } });
    expect(decode(encode(r, cfg), cfg)!.services[some]).toBe(false);
  });
  test('rejects truncation, edits and garbage', () => {
    const v = encode(rec(), cfg);
    expect(decode(v.slice(0, -3), cfg)).toBeNull();
    expect(decode(v.replace('analytics:1', 'analytics:0'), cfg)).toBeNull();
    expect(decode(v.replace('advertising:0', 'advertising:1'), cfg)).toBeNull();
    for (const g of ['', '~', 'v2', 'v1~a~b', 'true', '{"schema":2}', v + '~x', v.replace(/^v2/, 'v9')]) expect(decode(g, cfg)).toBeNull();
  });
  test('without a config, services hold only the exceptions', () => {
    const r = rec();
    const d = decode(encode(r, cfg))!;
    expect(d.categories).toEqual(r.categories);
    expect(d.services).toEqual({});
  });
});

describe('validation and migration', () => {
  test('schema 1 records are migrated, not dropped', () => {
    const old = {
      schema: 1, id: '0b7c2f1e-5a3d-4c2b-9e8f-1a2b3c4d5e6f', revision: 3,
      categories: { necessary: true, analytics: true, advertising: false },
      method: 'custom', createdAt: NOW - 1000, updatedAt: NOW, expiresAt: NOW + 864e5 * 100, locale: 'fr',
    };
    const m = migrate(old)!;
    expect(m).not.toBeNull();
    expect(m.schema).toBe(2);
    expect(m.createdAt).toBe(new Date(NOW - 1000).toISOString());
    expect(m.services).toEqual({});
    expect(m.revisions).toEqual({});
    expect(m.gpc).toBe(false);
    expect(m.categories.analytics).toBe(true);
  });
  test.each([
    ['no id', { id: undefined }],
    ['bad id', { id: 'x' }],
    ['necessary off', { categories: { necessary: false } }],
    ['string booleans', { categories: { necessary: true, analytics: 'true' } }],
    ['unknown method', { method: 'implied' }],
    ['bad date', { createdAt: 'yesterday' }],
    ['updated before created', { createdAt: '2026-03-02T00:00:00.000Z' }],
    ['expiry before update', { expiresAt: '2026-01-01T00:00:00.000Z' }],
    ['negative revision', { revision: -1 }],
    ['gpc missing', { gpc: undefined }],
    ['future schema', { schema: 99 }],
    ['bad locale', { locale: '<script>' }],
  ])('rejects %s', (_, over) => {
    expect(migrate(rec(over))).toBeNull();
  });
  test('never throws on hostile values', () => {
    const evil = { get schema() { throw new Error('boom'); } };
    expect(migrate(evil)).toBeNull();
    for (const v of [null, undefined, 1, 'x', [], Symbol('s'), () => 1]) expect(migrate(v)).toBeNull();
  });
});

describe('when a record answers', () => {
  test('expired, older revision and future records do not', () => {
    const r = rec();
    expect(current(r, cfg, NOW + 1)).toBe(true);
    expect(current(r, cfg, NOW + 183 * 864e5)).toBe(false);
    expect(current(r, { ...cfg, revision: 4 }, NOW + 1)).toBe(false);
    expect(current(r, cfg, NOW - 3 * 864e5)).toBe(false);
  });
  test('a raised category revision re-asks that category only', () => {
    const r = rec();
    expect(staleCategories(r, cfg)).toEqual([]);
    const raised = resolveConfig({ revision: 3, categories: { analytics: { revision: 3 }, functional: { revision: 1 } } });
    expect(staleCategories(r, raised)).toEqual(['functional', 'analytics']);
  });
});

describe('several answers', async () => {
  const { resolveConfig } = await import('../../src/core/config');
  const { meet, wins, decodeCopy } = await import('../../src/core/record');
  const { makeRecord, summary, encode } = await import('../../src/core/record-write');
  const cfg = resolveConfig({});
  const T = Date.parse('2026-05-01T00:00:00.000Z');
  const all = (on: boolean, at = T) => makeRecord(cfg, on ? 'accept-all' : 'reject-all',
    Object.fromEntries(cfg.categories.map((c) => [c.name, on || c.readOnly])),
    Object.fromEntries(Object.keys(cfg.services).map((k) => [k, on])), 'en', false, null, at);
  test('the later decision wins; at the same millisecond the one granting fewer services; then a fixed order', () => {
    const a = all(true, T + 1);
    const r = { ...all(false), id: a.id };
    expect(wins(a, r)).toBe(true);
    const rNow = { ...r, updatedAt: a.updatedAt };
    expect(wins(rNow, a)).toBe(true);
    expect(wins(a, rNow)).toBe(false);
    const x = { ...a, categories: { ...a.categories, analytics: false } };
    const y = { ...a, categories: { ...a.categories, functional: false } };
    expect(wins(x, y)).not.toBe(wins(y, x));
  });
  test('meet grants only what every record grants', () => {
    const m = meet([all(true, T + 5), all(false)])!;
    expect(Object.values(m.categories).filter(Boolean)).toHaveLength(1);
    expect(m.method).toBe('custom');
  });
  test('a summary refuses a purpose not granted whole and round-trips as a summary', () => {
    const r = all(true);
    r.services.ga4 = false;
    const s = summary(r, cfg);
    expect(s.categories.analytics).toBe(false);
    expect(s.categories.advertising).toBe(true);
    for (const k of cfg.categories.find((c) => c.name === 'analytics')!.services) expect(s.services[k]).toBe(false);
    const c = decodeCopy(encode(s, cfg, true), cfg)!;
    expect(c.summary).toBe(true);
    expect(c.record).toEqual(s);
    expect(decodeCopy(encode(r, cfg), cfg)!.summary).toBe(false);
  });
});
