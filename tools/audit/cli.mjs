// `npx consentry audit <url>` (and `npm run audit -- <url>` in the repository): what a regulator
// sees when loading the page with a fresh browser, before any choice, after "Reject all" and after
// "Accept all". Exit code 0 = nothing but strictly necessary cookies, storage and requests before
// consent and after refusal; 1 = something else appeared; 2 = the audit could not run.
import { parseArgs } from 'node:util';
import { SetupError } from './chromium.mjs';

const help = (prog) => `Usage: ${prog} <url> [options]

Loads <url> in Chromium with a fresh profile and reports every cookie, storage key and third-party
request before any choice, after "Reject all" and after "Accept all", classified with Consentry's
catalogue, with what to do about each problem and a config suggestion (the services found, with
their purposes). Exits with 1 when anything not strictly necessary appears before consent or after
refusal. Needs playwright-core (npm install --save-dev playwright-core) and Chromium.

Options:
  --out <dir>             where to write audit.json, audit.html and config-suggestion.json
                          (default: audit-report/)
  --chromium <path>       the browser to drive (default: CHROMIUM_PATH, else /usr/bin/chromium,
                          /usr/bin/chromium-browser, /snap/bin/chromium, /usr/bin/google-chrome…)
  --host-map <host=ip:port>
                          resolve <host> to ip:port (repeatable, or comma-separated; * allowed in
                          host names), e.g. --host-map www.googletagmanager.com=127.0.0.1:8443
  --offline / --online    unmapped host names fail to resolve / use the network. Default: offline
                          when the URL is on 127.0.0.1 or localhost or any host is mapped.
  --settle <ms>           quiet time to wait after load and after each choice (default 1500)
  --timeout <ms>          navigation timeout (default 30000)
  --banner-timeout <ms>   how long to look for the banner's buttons (default 10000)
  --quiet                 print only the verdict
  -h, --help              this text`;

class UsageError extends Error {}

/** Runs the audit for command-line arguments `argv`; resolves with the exit code. */
export async function main(argv, { prog = 'consentry audit', out = console.log, err = console.error } = {}) {
  try {
    return await run(argv, prog, out, err);
  } catch (e) {
    if (e instanceof UsageError) err(e.message);
    else if (e instanceof SetupError) err(`The audit could not run.\n${e.message}`);
    else err(`The audit could not run: ${e && e.message ? e.message : e}`);
    return 2;
  }
}

async function run(argv, prog, out, err) {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'audit-report' },
        chromium: { type: 'string' },
        'host-map': { type: 'string', multiple: true, default: [] },
        offline: { type: 'boolean' },
        online: { type: 'boolean' },
        settle: { type: 'string', default: '1500' },
        timeout: { type: 'string', default: '30000' },
        'banner-timeout': { type: 'string', default: '10000' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new UsageError(`${e.message}\n\n${help(prog)}`);
  }
  const { values: o, positionals } = args;
  if (o.help) {
    out(help(prog));
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`Expected one URL, received ${positionals.length}.\n\n${help(prog)}`);
  let url;
  try {
    url = new URL(positionals[0]);
    if (!/^https?:$/.test(url.protocol)) throw new Error();
  } catch {
    throw new UsageError(`Not an http(s) URL: ${positionals[0]}`);
  }
  const hostMap = {};
  for (const item of o['host-map'].flatMap((s) => s.split(','))) {
    const m = /^([\w*.-]+)=([\w.-]+(:\d+)?)$/.exec(item.trim());
    if (!m) throw new UsageError(`--host-map: expected host=ip:port, received "${item}"`);
    hostMap[m[1]] = m[2];
  }
  const num = (k) => {
    const n = Number(o[k]);
    if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${k}: expected a number of milliseconds, received "${o[k]}"`);
    return n;
  };
  const offline = o.online ? false : o.offline ? true : undefined;
  const opts = {
    hostMap, offline, executablePath: o.chromium, settle: num('settle'), timeout: num('timeout'), bannerTimeout: num('banner-timeout'),
    log: o.quiet ? () => {} : (m) => err(`… ${m}`),
  };
  const { audit } = await import('./run.mjs');
  const { summary, writeReports } = await import('./report.mjs');
  const report = await audit(url.href, opts);
  const files = await writeReports(report, o.out);
  out(o.quiet ? (report.pass ? 'PASS' : `FAIL: ${report.violations.map((v) => v.name).join(', ')}`) : summary(report, files));
  return report.pass ? 0 : 1;
}
