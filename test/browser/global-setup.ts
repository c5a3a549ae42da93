/**
 * Browser tests are never skipped: without Debian's Chromium (or openssl, for the test certificate)
 * the run fails here with one message saying what to install, in CI and locally alike.
 */
import { accessSync, constants } from 'node:fs';
import { CHROMIUM_PATH, OPENSSL_PATH } from './harness';

const NEEDED: [path: string, what: string, fix: string][] = [
  [CHROMIUM_PATH, "Debian's Chromium", 'apt-get install chromium'],
  ['/usr/lib/chromium/chromium', `Debian's Chromium binary (behind the ${CHROMIUM_PATH} wrapper)`, 'apt-get install --reinstall chromium'],
  [OPENSSL_PATH, 'openssl (makes the throw-away TLS certificate)', 'apt-get install openssl'],
];

export default function setup(): void {
  const missing = NEEDED.filter(([path]) => {
    try { accessSync(path, constants.X_OK); return false; } catch { return true; }
  });
  if (missing.length === 0) return;
  const where = process.env.CI ? 'CI must run every browser test' : 'browser tests are never skipped, locally either';
  throw new Error(
    `Browser tests cannot run (${where}):\n`
    + missing.map(([path, what, fix]) => `  - ${what} is missing at ${path}: ${fix}`).join('\n'),
  );
}
