// `npm run audit` as an auditor runs it: against the demo shop it passes and writes both reports;
// against a page whose tracker runs without Consentry it fails and names what it found.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startDemo, type Demo } from '../../demo/serve.mjs';
import { startServer, type TestServer } from './harness';

const AUDIT = fileURLToPath(new URL('../../tools/audit.mjs', import.meta.url));

let demo: Demo;
let server: TestServer;
const dirs: string[] = [];

beforeAll(async () => {
  demo = await startDemo({ port: 0 });
  server = await startServer();
});
afterAll(async () => {
  await demo?.close();
  await server?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function outDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'consentry-audit-'));
  dirs.push(d);
  return d;
}

function audit(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [AUDIT, ...args], { timeout: 80000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

test('the audit of the demo shop passes and writes JSON and HTML for the three states', async () => {
  const out = outDir();
  const r = await audit([demo.url, '--out', out, '--settle', '1000']);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  expect(r.stdout).toContain('PASS');
  const report = JSON.parse(readFileSync(join(out, 'audit.json'), 'utf8'));
  expect(report.pass).toBe(true);
  expect(report.violations).toEqual([]);
  expect(Object.keys(report.states)).toEqual(['before', 'reject', 'accept']);
  expect(report.states.reject.action).toEqual({ how: 'click', name: 'Reject all' });
  expect(report.states.accept.action).toEqual({ how: 'click', name: 'Accept all' });
  // Before any choice: no cookie at all; after refusal only the consent record.
  expect(report.states.before.cookies).toEqual([]);
  expect(report.states.reject.cookies.map((c: { name: string }) => c.name)).toEqual(['consentry']);
  expect(report.states.reject.requests).toEqual([]);
  // After acceptance the trackers ran, and the audit classified them with the catalogue and the site's config.
  const accepted = report.states.accept;
  const ga = accepted.cookies.find((c: { name: string }) => c.name === '_ga');
  expect(ga.class).toMatchObject({ category: 'analytics', service: 'ga4' });
  expect(accepted.requests.some((q: { url: string; class: { service: string } }) => q.url.includes('/vendor/www.googletagmanager.com/gtag/js') && q.class.service === 'ga4')).toBe(true);
  const html = readFileSync(join(out, 'audit.html'), 'utf8');
  for (const label of ['Before any choice', 'After “Reject all”', 'After “Accept all”', 'PASS']) expect(html).toContain(label);
  expect(html).not.toMatch(/<script|<link /);
}, 90000);

test('the audit of a page that runs GA4 without Consentry fails and names the cookie and the request', async () => {
  server.page('/broken', `<!doctype html><html lang="en"><head><title>Broken shop</title>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-BROKEN1"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-BROKEN1');</script>
</head><body><h1>No consent manager here</h1></body></html>`);
  const out = outDir();
  const to = `127.0.0.1:${server.port}`;
  const map = ['shop.test', 'www.googletagmanager.com', 'www.google-analytics.com'].map((h) => `${h}=${to}`).join(',');
  const r = await audit(['http://shop.test/broken', '--host-map', map, '--out', out, '--settle', '800', '--banner-timeout', '1000']);
  expect(r.code, r.stdout + r.stderr).toBe(1);
  expect(r.stdout).toMatch(/before: cookie _ga \(analytics, ga4\)/);
  expect(r.stdout).toContain('before: request https://www.googletagmanager.com/gtag/js?id=G-BROKEN1 (analytics, ga4)');
  expect(r.stdout).toMatch(/FAIL/);
  // Each finding says what to do: here, there is no consent manager at all.
  expect(r.stdout).toContain('→ Add consentry.js as the first script of <head>, before every tracker');
  const report = JSON.parse(readFileSync(join(out, 'audit.json'), 'utf8'));
  expect(report.pass).toBe(false);
  expect(report.violations.some((v: { state: string; kind: string; name: string }) => v.state === 'before' && v.kind === 'cookie' && v.name === '_ga')).toBe(true);
  expect(report.states.reject.reached).toBe(false);
  expect(readFileSync(join(out, 'audit.html'), 'utf8')).toContain('FAIL');
}, 90000);

test('an untagged tracker behind Consentry is reported with the exact tag that holds it back', async () => {
  server.page('/untagged', `<!doctype html><html lang="en"><head><title>Shop</title>
<script src="/dist/consentry.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-UNTAGGED"></script>
</head><body><h1>Shop</h1></body></html>`);
  const out = outDir();
  const to = `127.0.0.1:${server.port}`;
  const map = ['shop.test', 'www.googletagmanager.com', 'www.google-analytics.com'].map((h) => `${h}=${to}`).join(',');
  const r = await audit(['http://shop.test/untagged', '--host-map', map, '--out', out, '--settle', '800']);
  expect(r.code, r.stdout + r.stderr).toBe(1);
  const report = JSON.parse(readFileSync(join(out, 'audit.json'), 'utf8'));
  // The browser fetches a <script src> written in the HTML before any script runs: the fix is the tag.
  const v = report.violations.find((x: { state: string; kind: string; name: string }) => x.state === 'before' && x.kind === 'request' && x.name.includes('/gtag/js'));
  expect(v.fix).toContain('<script type="text/plain" data-category="analytics" data-service="ga4" src="https://www.googletagmanager.com/gtag/js?id=G-UNTAGGED"></script>');
  expect(readFileSync(join(out, 'audit.html'), 'utf8')).toContain('What to do:');
  expect(JSON.parse(readFileSync(join(out, 'config-suggestion.json'), 'utf8'))).toEqual({ services: { ga4: { category: 'analytics' } } });
}, 90000);
