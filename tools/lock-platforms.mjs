// The registry mirror this project installs from answers 404 for rollup's native binaries of
// other platforms, so npm leaves them out of package-lock.json and `npm ci` then refuses the lock
// ("Missing: @rollup/rollup-<platform> from lock file"). This adds each missing optional platform
// package as an optional entry with its os/cpu, which npm ci skips on this platform.
// Run after `npm install` changes the lock: `node tools/lock-platforms.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const pkgs = lock.packages;
const OS = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'win32', 'netbsd', 'sunos', 'aix'];
const CPU = { 'arm-eabi': 'arm', 'arm-gnueabihf': 'arm', 'arm-musleabihf': 'arm', arm64: 'arm64', x64: 'x64', ia32: 'ia32', loong64: 'loong64', ppc64: 'ppc64', riscv64: 'riscv64', s390x: 's390x' };
let added = 0;
for (const [path, p] of Object.entries(pkgs)) {
  for (const [name, version] of Object.entries(p.optionalDependencies || {})) {
    if (!name.startsWith('@rollup/rollup-') || pkgs['node_modules/' + name]) continue;
    const rest = name.slice('@rollup/rollup-'.length);
    const os = OS.find((o) => rest.startsWith(o + '-'));
    const tail = rest.slice(os.length + 1);
    const cpu = Object.keys(CPU).sort((a, b) => b.length - a.length).find((c) => tail.startsWith(c));
    const entry = { version, cpu: [CPU[cpu]], dev: p.dev || undefined, license: 'MIT', optional: true, os: [os === 'openharmony' ? 'openharmony' : os] };
    if (/-musl/.test(tail)) entry.libc = ['musl'];
    else if (os === 'linux') entry.libc = ['glibc'];
    pkgs['node_modules/' + name] = entry;
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`lock-platforms: added ${added} optional platform entries`);
