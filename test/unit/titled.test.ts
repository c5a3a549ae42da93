// The catalogue's titles and lifetimes for the interface (src/core/titled.ts): the first stage hands
// the interface their loader as it loads; they are loaded once, only when asked for, and not at all
// when a chunk that bundles them (the embed placeholder, the declaration) filled them already.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { UiChunk } from '../../src/core/ui-port';
import { fresh } from './helpers';

const quiet = { ui: { autoShow: false } };

/** A started core and its modules, with the titles' loader counted. */
async function core() {
  const api = await fresh();
  await api.init(quiet);
  const { chunks } = await import('../../src/core/chunks');
  const { lendTitles } = await import('../../src/core/titled');
  const { S } = await import('../../src/core/state');
  const { withTitles } = await import('../../src/catalogue/titles');
  const load = vi.fn(chunks.titles!);
  chunks.titles = load;
  /** An interface that takes the loader (as consentry-ui.js does); `given()` calls what it got. */
  const ours = () => {
    let given: (() => Promise<unknown>) | undefined;
    const m: UiChunk = { show() {}, hide: () => Promise.resolve(), float() {}, titlesFrom: (l) => void (given = l) };
    expect(lendTitles(m)).toBe(m);
    return () => given!();
  };
  return { S, load, lendTitles, withTitles, ours };
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('the catalogue\'s titles for the interface', () => {
  test('the interface gets their loader; nothing loads until it asks, then once', async () => {
    const { S, load, ours } = await core();
    const ask = ours();
    expect(load).not.toHaveBeenCalled();
    expect(S.cfg!.services.ga4.title).toBeUndefined();
    await ask();
    expect(S.cfg!.services.ga4).toMatchObject({ title: 'Google Analytics 4', lifetime: '2 years' });
    await ask();
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('an interface file without titlesFrom (an older consentry-ui.js) gets them filled in as it loads', async () => {
    const { S, load, lendTitles } = await core();
    lendTitles({ show() {}, hide: () => Promise.resolve(), float() {} });
    expect(load).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(S.cfg!.services.ga4.title).toBe('Google Analytics 4'));
  });

  test('not loaded when a chunk that bundles them filled them already', async () => {
    const { S, load, withTitles, ours } = await core();
    withTitles(S.cfg!);
    await ours()();
    expect(load).not.toHaveBeenCalled();
  });

  test('a titles file that cannot load leaves the services named by their names, and the interface goes on', async () => {
    const { S, load, ours } = await core();
    load.mockImplementation(() => Promise.reject(new Error('could not load')));
    const ask = ours();
    await expect(ask()).resolves.toBeUndefined();
    expect(S.cfg!.services.ga4.title).toBeUndefined();
  });
});
