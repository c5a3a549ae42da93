#!/usr/bin/env node
// `npm run audit -- <url>`: what a regulator sees when loading the page with a fresh browser, before
// any choice, after "Reject all" and after "Accept all". Exit code 0 = nothing but strictly necessary
// cookies, storage and requests before consent and after refusal; 1 = something else appeared;
// 2 = the audit could not run.
import { parseArgs } from 'node:util';
import { audit } from './audit/run.mjs';
import { summary, writeReports } from './audit/report.mjs';

const HELP = `Usage: npm run audit -- <url> [options]

Loads <url> in Chromium with a fresh profile and reports every cookie, storage key and third-party
request before any choice, after "Reject all" and after "Accept all", classified with Consentry's
catalogue. Exits with 1 when anything not strictly necessary appears before consent or after refusal.

Options:
  --out <dir>             where to write audit.json and audit.html (default: audit-report/)
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

function fail(msg) {
  console.error(msg);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'audit-report' },
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
  fail(`${e.message}\n\n${HELP}`);
}
const { values: o, positionals } = args;
if (o.help) {
  console.log(HELP);
  process.exit(0);
}
if (positionals.length !== 1) fail(`Expected one URL, received ${positionals.length}.\n\n${HELP}`);
let url;
try {
  url = new URL(positionals[0]);
  if (!/^https?:$/.test(url.protocol)) throw new Error();
} catch {
  fail(`Not an http(s) URL: ${positionals[0]}`);
}
const hostMap = {};
for (const item of o['host-map'].flatMap((s) => s.split(','))) {
  const m = /^([\w*.-]+)=([\w.-]+(:\d+)?)$/.exec(item.trim());
  if (!m) fail(`--host-map: expected host=ip:port, received "${item}"`);
  hostMap[m[1]] = m[2];
}
const num = (k) => {
  const n = Number(o[k]);
  if (!Number.isFinite(n) || n < 0) fail(`--${k}: expected a number of milliseconds, received "${o[k]}"`);
  return n;
};
const offline = o.online ? false : o.offline ? true : undefined;

try {
  const report = await audit(url.href, {
    hostMap, offline, settle: num('settle'), timeout: num('timeout'), bannerTimeout: num('banner-timeout'),
    log: o.quiet ? () => {} : (m) => console.error(`… ${m}`),
  });
  const files = await writeReports(report, o.out);
  console.log(o.quiet ? (report.pass ? 'PASS' : `FAIL: ${report.violations.map((v) => v.name).join(', ')}`) : summary(report, files));
  process.exit(report.pass ? 0 : 1);
} catch (e) {
  fail(`The audit could not run: ${e && e.message ? e.message : e}`);
}
