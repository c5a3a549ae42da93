// Launching Debian's Chromium for the audit and the bench: a fresh headless browser whose host
// resolution is pinned, so that a local run can never reach the internet by accident.
import { chromium } from 'playwright-core';

/** The browser the project drives (override with CHROMIUM_PATH). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Switches besides `--host-resolver-rules`. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * `--host-resolver-rules` for `map` (`{ 'www.googletagmanager.com': '127.0.0.1:8443' }`, `*` allowed
 * in names). Offline, every other name fails to resolve and only 127.0.0.1 and localhost answer.
 */
export function resolverRules(map = {}, offline = true) {
  const rules = Object.entries(map).map(([host, to]) => `MAP ${host} ${to}`);
  if (offline) rules.push('MAP localhost 127.0.0.1', 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1');
  return rules.join(',');
}

/** Launches Chromium; `hostMap` and `offline` as in `resolverRules`. */
export function launchChromium({ hostMap = {}, offline = true } = {}) {
  const rules = resolverRules(hostMap, offline);
  // A proxy from the environment would see the requests before the resolver rules apply.
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/_proxy$/i.test(k)) env[k] = v;
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: rules ? [...CHROMIUM_ARGS, `--host-resolver-rules=${rules}`] : [...CHROMIUM_ARGS],
    env,
  });
}
