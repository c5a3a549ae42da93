// `npx consentry audit` as a shop owner runs it: from the packed tarball installed in an empty
// folder without the network, against the demo shop. playwright-core is an optional peer
// dependency, so the first install has none and the command must say how to get it.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startDemo, type Demo } from '../../demo/serve.mjs';
import { launchChromium } from '../../tools/audit/chromium.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

let demo: Demo;
let dir: string;
let app: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'consentry-pack-'));
  app = join(dir, 'shop');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'shop', private: true }));
  execFileSync(NPM, ['pack', '--silent', '--pack-destination', dir], { cwd: ROOT, stdio: 'pipe' });
  const tgz = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
  // Without the network: the runtime dependencies (parse5, for consentry/server) are placed as a
  // registry install would place them, copied from the repository's node_modules; --offline
  // proves that nothing else is fetched.
  const copied = new Set<string>();
  const place = (name: string) => {
    if (copied.has(name)) return;
    copied.add(name);
    const from = join(ROOT, 'node_modules', name);
    cpSync(from, join(app, 'node_modules', name), { recursive: true });
    const deps = Object.keys(JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')).dependencies || {});
    for (const d of deps) if (!existsSync(join(from, 'node_modules', d))) place(d);
  };
  for (const d of Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies || {})) place(d);
  execFileSync(NPM, ['install', '--offline', '--no-audit', '--no-fund', join(dir, tgz)], { cwd: app, stdio: 'pipe' });
  demo = await startDemo({ port: 0 });
}, 60000);
afterAll(async () => {
  await demo?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function npx(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(NPX, ['--offline', ...args], { cwd: app, timeout: 80000, env: { ...process.env, ...env } }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

test('the package installs without playwright-core, and the audit then names the command that installs it', async () => {
  const pkg = JSON.parse(readFileSync(join(app, 'node_modules/consentry/package.json'), 'utf8'));
  expect(pkg.peerDependenciesMeta['playwright-core'].optional).toBe(true);
  expect(readdirSync(join(app, 'node_modules'))).not.toContain('playwright-core');
  // consentry/server loads from the installed package, with its dependencies.
  const server = execFileSync(process.execPath, ['--input-type=module', '-e', "const m = await import('consentry/server'); console.log(typeof m.blockTrackers, typeof m.consentryMiddleware)"], { cwd: app, encoding: 'utf8' });
  expect(server.trim()).toBe('function function');
  const r = await npx(['consentry', 'audit', demo.url]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('playwright-core, which is not installed');
  expect(r.stderr).toContain('npm install --save-dev playwright-core');
});

test('with playwright-core beside it, the installed command audits the demo, labels storage by what it holds and writes a config suggestion', async () => {
  // As `npm install playwright-core` would place it, without the network: the repository's copy.
  symlinkSync(join(ROOT, 'node_modules/playwright-core'), join(app, 'node_modules/playwright-core'), 'dir');

  const missing = await npx(['consentry', 'audit', demo.url, '--chromium', join(dir, 'no-such-browser')]);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain(`No browser at ${join(dir, 'no-such-browser')} (--chromium)`);

  const out = join(dir, 'report');
  const r = await npx(['consentry', 'audit', demo.url, '--out', out, '--settle', '800'], { CHROMIUM_PATH: '' });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  expect(r.stdout).toContain('PASS');
  expect(r.stdout).toContain(join(out, 'config-suggestion.json'));
  const report = JSON.parse(readFileSync(join(out, 'audit.json'), 'utf8'));
  // Before any choice Consentry's database exists but is empty: it must not read as a stored choice.
  const before = report.states.before.databases.find((d: { name: string }) => d.name === 'consentry');
  expect(before).toMatchObject({ holds: 'empty', class: { category: 'necessary', title: 'Consentry: empty database, no choice stored' } });
  const after = report.states.reject.databases.find((d: { name: string }) => d.name === 'consentry');
  expect(after).toMatchObject({ holds: 'record', class: { title: "Consentry: the visitor's stored choice" } });
  // The suggestion is a config the site can paste: every service met, with its purpose.
  const suggestion = JSON.parse(readFileSync(join(out, 'config-suggestion.json'), 'utf8'));
  expect(suggestion.services).toMatchObject({ ga4: { category: 'analytics' }, 'meta-pixel': { category: 'advertising' }, hotjar: { category: 'analytics' } });
  expect(readFileSync(join(out, 'audit.html'), 'utf8')).toContain('Config suggestion');

  // The HTML report reads at 375 px without sideways scrolling.
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 375, height: 700 } });
    await page.goto('file://' + join(out, 'audit.html'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // Cells carry their column's name once the header row is hidden.
    expect(await page.locator('#accept td[data-label="Request"]').count()).toBeGreaterThan(0);
  } finally {
    await browser.close();
  }
}, 120000);
