// The blocking matrix: every insertion technique of test/fixtures/blocking/cases.ts, loaded in every
// consent state. Before consent a tracker makes no request, runs nothing and sets no cookie; once its
// category is granted it runs exactly once, in order. Each case is a real page load.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cookieNames, launch, startServer, VENDORS, type Hit, type Launched, type TestServer } from './harness';
import { stubScript } from './vendors';
import { CASES, type Case } from '../fixtures/blocking/cases';
import type { State } from '../fixtures/blocking/consent';
import { closePool, executions, html, open, ran, type Loaded } from '../fixtures/blocking/page';

let server: TestServer;
let browser: Launched;
beforeAll(async () => {
  server = await startServer();
  browser = await launch(server);
  // A vendor module (fetched with CORS), answered by the usual stub with the header CORS needs.
  server.route('cdn.matomo.cloud', '/esm/matomo.js', (req, res) => {
    const u = new URL(req.url!, 'https://cdn.matomo.cloud');
    res.setHeader('Content-Type', 'text/javascript');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.end(stubScript(u, VENDORS.find((v) => v.service === 'matomo')));
  });
});
afterAll(async () => {
  await closePool();
  await browser?.close();
  await server?.close();
});

const STATES: Record<State, string> = {
  none: 'no choice yet, then its category is granted on the page',
  rejected: 'everything rejected',
  granted: 'its category accepted',
  other: 'only another category accepted',
};

/** No banner: these pages test blocking, and the interface chunk would only cost time. */
const CONFIG = { ui: { autoShow: false } };

const unexpected = (c: Case, hits: Hit[]) => hits.filter((h) => !(c.allowed ?? []).some((a) => (h.host + h.path).startsWith(a)));

/** Nothing of the tracker happened: no request (or, for `early` cases, only the documented one), no run, no cookie. */
async function nothing(c: Case, l: Loaded): Promise<void> {
  await l.settle(c.idle);
  const hits = unexpected(c, l.hits());
  if (c.early) {
    // README.md (Blocking): a tracker written untagged in the HTML may be requested once by the
    // browser before any script runs; it is never executed nor displayed.
    expect(hits.map((h) => h.host + h.path).filter((p) => p !== c.tracker.path)).toEqual([]);
    expect(hits.length).toBeLessThanOrEqual(1);
  } else {
    expect(hits.map((h) => h.url)).toEqual([]);
  }
  expect(await executions(l, c.tracker)).toBe(c.tracker.kind === 'pixel' ? hits.length : 0);
  expect((await l.page.evaluate('window.__vendorRuns || []') as string[]).filter((r) => !(c.allowed ?? []).includes(r))).toEqual([]);
  expect(await l.page.evaluate('window.__runs || []')).toEqual([]);
  expect((await cookieNames(l.ctx)).filter((n) => !/^(__Host-)?consentry$/.test(n))).toEqual([]);
}

/**
 * The tracker ran exactly once. Released on consent, held scripts run in document order; with
 * consent given before the page loads, a tracker inserted by code runs as the browser runs it
 * (dynamic scripts are async), so only the set of runs is compared.
 */
async function once(c: Case, l: Loaded, ordered: boolean): Promise<void> {
  await ran(l, c.tracker);
  await l.settle();
  const n = await executions(l, c.tracker);
  // A static image may have been fetched once by the preload scanner before it was held.
  if (c.early && c.tracker.kind === 'pixel') expect(n).toBeGreaterThanOrEqual(1);
  else expect(n).toBe(1);
  const runs = (await l.page.evaluate('window.__runs || []')) as string[];
  const want = c.order ?? (c.tracker.kind === 'script' ? ['t'] : []);
  expect(ordered ? runs : runs.slice().sort()).toEqual(ordered ? want : want.slice().sort());
  expect(l.log.pageErrors).toEqual([]);
}

/** One consent state of one case: a real page load. */
async function check(c: Case, state: State): Promise<void> {
  const config = { ...CONFIG, ...c.config };
  const l = await open(server, browser, html(c.head ?? '', c.body, c.name, config, c.before), state, c.tracker.category, c.headers, config);
  try {
    if (state === 'granted') return await once(c, l, false);
    await nothing(c, l);
    if (state === 'none') {
      await l.page.evaluate((cat) => (window as any).Consentry.setConsent({ categories: { [cat]: true } }), c.tracker.category);
      await once(c, l, true);
    }
  } finally {
    await l.close();
  }
}

// The four states of a case load side by side (pages mostly wait); a failure names its state.
describe.concurrent('a tracker is held until its category is granted, then runs once', () => {
  for (const c of CASES) {
    test(c.name, async () => {
      const states = Object.keys(STATES) as State[];
      const out = await Promise.allSettled(states.map((s) => check(c, s)));
      const failed = out.flatMap((r, i) => (r.status === 'rejected' ? [`${STATES[states[i]]}: ${(r.reason as Error).message}`] : []));
      if (failed.length) throw new Error(failed.join('\n'));
    });
  }
});

test('the matrix covers at least 20 techniques and every kind of tracker', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(20);
  expect(new Set(CASES.map((c) => c.tracker.kind))).toEqual(new Set(['script', 'frame', 'pixel']));
});
