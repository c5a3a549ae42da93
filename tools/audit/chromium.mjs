// Launching Chromium for the audit and the bench: a fresh headless browser whose host resolution
// is pinned, so that a local run can never reach the internet by accident. playwright-core is an
// optional peer dependency of the package (sites using only the browser build never need it), so
// it is imported only when a browser is launched.
import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu (deb and snap) and Google's packages put the browser, in the order tried. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/opt/google/chrome/chrome',
];

/** The browser the project drives (override with CHROMIUM_PATH). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Switches besides `--host-resolver-rules`. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** An error whose message is all a user needs (no stack trace printed). */
export class SetupError extends Error {}

/**
 * The browser to launch: `given` (an option), else CHROMIUM_PATH, else the first of
 * CHROMIUM_CANDIDATES that exists. Throws a SetupError saying how to install one or name it.
 */
export function findChromium(given) {
  const named = given || process.env.CHROMIUM_PATH;
  if (named) {
    if (existsSync(named)) return named;
    throw new SetupError(`No browser at ${named} (${given ? '--chromium' : 'CHROMIUM_PATH'}). Give the path of a Chromium or Chrome executable.`);
  }
  const found = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new SetupError(
    `No Chromium found (looked at ${CHROMIUM_CANDIDATES.join(', ')}).\n` +
      'Install it (Debian/Ubuntu: sudo apt install chromium) or give its path: --chromium /path/to/chromium',
  );
}

/** playwright-core's `chromium`, or a SetupError naming the install command. */
export async function playwrightChromium() {
  try {
    return (await import('playwright-core')).chromium;
  } catch (e) {
    if (e && (e.code === 'ERR_MODULE_NOT_FOUND' || e.code === 'MODULE_NOT_FOUND') && /playwright-core/.test(e.message)) {
      throw new SetupError(
        'The audit drives Chromium through playwright-core, which is not installed.\n' +
          'Install it beside consentry, then run the audit again:\n  npm install --save-dev playwright-core',
      );
    }
    throw e;
  }
}

/**
 * `--host-resolver-rules` for `map` (`{ 'www.googletagmanager.com': '127.0.0.1:8443' }`, `*` allowed
 * in names). Offline, every other name fails to resolve and only 127.0.0.1 and localhost answer.
 */
export function resolverRules(map = {}, offline = true) {
  const rules = Object.entries(map).map(([host, to]) => `MAP ${host} ${to}`);
  if (offline) rules.push('MAP localhost 127.0.0.1', 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1');
  return rules.join(',');
}

/** Launches Chromium; `hostMap` and `offline` as in `resolverRules`, `executablePath` as in `findChromium`. */
export async function launchChromium({ hostMap = {}, offline = true, executablePath } = {}) {
  const path = findChromium(executablePath);
  const chromium = await playwrightChromium();
  const rules = resolverRules(hostMap, offline);
  // A proxy from the environment would see the requests before the resolver rules apply.
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/_proxy$/i.test(k)) env[k] = v;
  return chromium.launch({
    executablePath: path,
    args: rules ? [...CHROMIUM_ARGS, `--host-resolver-rules=${rules}`] : [...CHROMIUM_ARGS],
    env,
  });
}
