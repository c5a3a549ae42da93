#!/usr/bin/env node
// Prints the size of the built-in catalogue, for the build log:
//   catalogue: 90 services, 169 hosts, 181 cookie patterns; first stage 1.7 KB gzip, titles 1.2 KB and cookies 1.6 KB in chunks; classifier 13.9 KB gzip (lazy)
// Sizes are of each module bundled and minified on its own, gzip level 9, 1 KB = 1024 bytes:
// index.ts is what the first stage carries, titles.ts and details.ts what the chunks carry.
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function bundle(file) {
  const r = await build({
    entryPoints: [resolve(ROOT, file)], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent',
  });
  return r.outputFiles[0].text;
}

const kb = (code) => (gzipSync(code, { level: 9 }).length / 1024).toFixed(1) + ' KB';

const full = await bundle('src/catalogue/full.ts');
const { CATALOGUE } = await import('data:text/javascript;base64,' + Buffer.from(full).toString('base64'));
const services = Object.values(CATALOGUE);
const count = (k) => services.reduce((n, s) => n + (s[k] ? s[k].length : 0), 0);
const first = await bundle('src/catalogue/index.ts');
const titles = await bundle('src/catalogue/titles.ts');
const details = await bundle('src/catalogue/details.ts');
const classifier = await bundle('src/catalogue/classifier.ts');

console.log(
  `catalogue: ${services.length} services, ${count('hosts')} hosts, ${count('cookies')} cookie patterns; ` +
    `first stage ${kb(first)} gzip, titles ${kb(titles)} and cookies ${kb(details)} in chunks; classifier ${kb(classifier)} gzip (lazy)`,
);
