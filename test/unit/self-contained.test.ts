// A fresh clone must build and pass its tests with nothing beside it: no file of the repository
// may reach outside it (the reference data it needs is copied into data/ with its licence).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

test('no tracked source, test, tool or config file reads a folder outside the repository', () => {
  const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n')
    .filter((f) => /\.(m?[jt]sx?|json|sh)$|^\.ci\//.test(f) && !f.startsWith('dist/') && !f.startsWith('data/') && f !== 'package-lock.json');
  expect(files.length).toBeGreaterThan(20);
  const outside = files.filter((f) => /\.\.\/(\.\.\/)*(shared|\.library)\b/.test(readFileSync(resolve(ROOT, f), 'utf8')));
  expect(outside).toEqual([]);
});
