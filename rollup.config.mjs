// Builds every file of dist/ (SPEC §2). Output is deterministic: CI rebuilds and compares.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { dts } from 'rollup-plugin-dts';
import { transformSync } from 'esbuild';

const CSS = 'src/ui/styles.css';
const SERVER_EXTERNAL = (id) => /^(node:|parse5($|-))/.test(id);

/**
 * esbuild's CSS minifier (a maintained one: it tokenizes, so strings such as `content:"a ; b"`
 * and selectors such as `#a :focus-visible` keep their meaning). Synchronous, so the output is
 * deterministic and CI can compare dist/ with a fresh build.
 */
function minifyCss(css) {
  return transformSync(css, { loader: 'css', minify: true, target: ['chrome100', 'firefox100', 'safari15'] }).code.trim();
}

/** `import css from './styles.css?inline'` gives the minified stylesheet as a string. */
function cssInline() {
  return {
    name: 'css-inline',
    resolveId(id, importer) {
      if (id.endsWith('.css?inline')) return new URL(id.replace('?inline', ''), 'file://' + importer).pathname + '?inline';
      return null;
    },
    load(id) {
      if (!id.endsWith('.css?inline')) return null;
      const file = id.replace('?inline', '');
      this.addWatchFile(file);
      return 'export default ' + JSON.stringify(minifyCss(readFileSync(file, 'utf8'))) + ';';
    },
  };
}

/** Writes dist/consentry.css for sites whose CSP forbids injected styles. */
function cssFile() {
  return {
    name: 'css-file',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'consentry.css', source: minifyCss(readFileSync(CSS, 'utf8')) + '\n' });
    },
  };
}

/**
 * Modules of the first stage (consentry.js) that a chunk of the script-tag build shares rather
 * than bundles: one state, one list of effects, one set of event handlers. The chunk is built with
 * them external and wrapped as a function of the object src/script.ts passes (`core`), so that
 * nothing of Consentry's internals is put on the page's window. Shared: the modules whose state
 * must be one, and record.ts, whose reading and comparing the chunk would otherwise download a
 * second time (about 650 B gzip on a first visit, for 100 B of names in the first stage). Sharing
 * keeps every export of a module in the first stage, with its name: a shared module holds nothing
 * the first stage does not use (writing is record-write's). The cookie, IndexedDB and grant
 * readers are bundled again: sharing each would cost the first stage more than half what it saves.
 */
const SHARED = {
  'src/core/state.ts': 'state', 'src/core/events.ts': 'events', 'src/core/errors.ts': 'errors', 'src/storage/index.ts': 'storage',
  'src/core/record.ts': 'record',
};
function shared(name) {
  return {
    name: 'shared-core',
    async resolveId(source, importer, opts) {
      if (!importer) return null;
      const r = await this.resolve(source, importer, { ...opts, skipSelf: true });
      const m = r && SHARED[relative(process.cwd(), r.id)];
      return m ? { id: 'core:' + m, external: true } : null;
    },
    outputOptions: (o) => ({
      ...o,
      format: 'iife',
      name,
      globals: (id) => 'core.' + id.slice(5),
      banner: `window.${name}=function(core){`,
      footer: `return ${name}}`,
    }),
  };
}

/** Prints the catalogue's size (services, hosts, cookie patterns, gzip) once per build. */
function catalogueReport() {
  return {
    name: 'catalogue-report',
    closeBundle() {
      process.stderr.write(execFileSync(process.execPath, ['tools/catalogue/report.mjs'], { encoding: 'utf8' }));
    },
  };
}

const ts = () => esbuild({ target: 'es2020', jsx: 'automatic', jsxImportSource: 'preact', minify: false });
/**
 * V8's explicit compile hint (Chromium 136+; a plain comment elsewhere): every function of the file
 * is compiled as the script streams in, on a background thread, instead of on the main thread at
 * its first call. For the files whose code runs at once: consentry.js (every page view, before the
 * page's next element is parsed), consentry-ui.js (the banner) and consentry-store.js (called as it
 * arrives; its decision code is then ready before the click). Measured (bench/profile.mjs, A/B,
 * median of 9 to 11): the library's main-thread script time on a first visit about a third lower.
 */
const HINT = '//# allFunctionsCalledOnLoad';
const min = (preamble) =>
  terser({
    ecma: 2020,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
    mangle: { properties: false },
    format: { comments: false, preamble },
  });
const plugins = (preamble) => [cssInline(), resolve({ browser: true }), ts(), min(preamble)];
const onwarn = (w, warn) => {
  // An import cycle is a design fault here, never silenced (issue 13).
  if (w.code === 'CIRCULAR_DEPENDENCY') throw new Error(w.message);
  warn(w);
};

export default [
  {
    input: 'src/script.ts',
    output: { file: 'dist/consentry.js', format: 'iife', sourcemap: true, strict: true },
    plugins: [...plugins(HINT), catalogueReport()],
    onwarn,
  },
  {
    input: 'src/ui/script.ts',
    output: { file: 'dist/consentry-ui.js', format: 'iife', sourcemap: true },
    plugins: [...plugins(HINT), cssFile()],
    onwarn,
  },
  // One small file per language other than English, loaded beside the interface chunk.
  ...['fr', 'de', 'es', 'it', 'nl', 'pt', 'pl', 'ar'].map((l) => ({
    input: `src/ui/i18n/${l}.ts`,
    output: { file: `dist/consentry-${l}.js`, format: 'iife', name: 'ConsentryLang_' + l, exports: 'default' },
    plugins: plugins(),
    onwarn,
  })),
  // The cookie classifier, loaded by the clean-up only when cookies no service claims are found.
  {
    input: 'src/catalogue/classifier.ts',
    output: { file: 'dist/consentry-classifier.js', format: 'iife', name: 'ConsentryClassifier' },
    plugins: plugins(),
    onwarn,
  },
  // The embed placeholder's content, loaded the first time a frame is held.
  {
    input: 'src/blocking/placeholder.ts',
    output: { file: 'dist/consentry-embed.js', format: 'iife', name: 'ConsentryEmbed' },
    plugins: plugins(),
    onwarn,
  },
  // The catalogue's titles and lifetimes, loaded when the late-start message names a catalogue
  // service before a chunk that bundles them (embed, declaration) has run, and by the interface
  // when the preference centre, which alone shows them, opens or is about to (src/core/titled.ts).
  {
    input: 'src/catalogue/titles.ts',
    output: { file: 'dist/consentry-titles.js', format: 'iife', name: 'ConsentryTitles' },
    plugins: plugins(),
    onwarn,
  },
  // The late-start message's words, with the catalogue's titles that name the trackers in it,
  // loaded only on a page where consentry.js started too late.
  {
    input: 'src/late-message.ts',
    output: { file: 'dist/consentry-late.js', format: 'iife', name: 'ConsentryLate' },
    plugins: plugins(),
    onwarn,
  },
  // Everything that writes the choice, loaded at once on a first visit, else on a decision, an API
  // write, a message from another tab, or when the stores disagree at start.
  {
    input: 'src/storage/store.ts',
    output: { file: 'dist/consentry-store.js' },
    plugins: [shared('ConsentryStore'), ...plugins(HINT)],
    onwarn,
  },
  // The words of a config's problems, loaded only for a config that has some.
  {
    input: 'src/core/config-messages.ts',
    output: { file: 'dist/consentry-config-errors.js', format: 'iife', name: 'ConsentryConfigErrors' },
    plugins: plugins(),
    onwarn,
  },
  // The clean-up after a refusal, loaded on a decision, or when idle on a page whose stored choice refuses something.
  {
    input: 'src/blocking/clean.ts',
    output: { file: 'dist/consentry-clean.js', format: 'iife', name: 'ConsentryClean' },
    plugins: plugins(),
    onwarn,
  },
  // The cookie declaration, loaded only by pages with a [data-consentry-declaration] element or a renderDeclaration() call.
  {
    input: 'src/declaration/index.ts',
    output: { file: 'dist/consentry-declaration.js', format: 'iife', name: 'ConsentryDeclaration', exports: 'default' },
    plugins: plugins(),
    onwarn,
  },
  {
    input: 'src/index.ts',
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: 'consentry.mjs',
      chunkFileNames: 'consentry-[name].mjs',
      manualChunks: (id) => {
        const l = /\/src\/ui\/i18n\/(\w+)\.ts$/.exec(id);
        // English is shared by the interface and the declaration: a file of its own.
        if (l) return l[1];
        // The catalogue's titles: the declaration, the placeholder and the first stage (the
        // late-start message, the interface's preference centre: src/core/titled.ts) read them; a
        // file of its own, not pulled into the interface's.
        if (id.endsWith('/src/catalogue/titles.ts')) return 'titles';
        return id.includes('/src/ui/') || id.includes('/node_modules/preact/') ? 'ui' : undefined;
      },
    },
    plugins: plugins(),
    onwarn,
  },
  // The catalogue for the Node tools of the package (`npx consentry audit`).
  {
    input: 'src/catalogue/all.ts',
    output: { file: 'dist/catalogue.mjs', format: 'es' },
    plugins: [resolve(), esbuild({ target: 'node18' })],
    onwarn,
  },
  // The cookie declaration for the command line (`npx consentry declaration`).
  {
    input: 'src/declaration/node.ts',
    output: { file: 'dist/declaration.mjs', format: 'es' },
    plugins: [resolve(), esbuild({ target: 'node18' })],
    onwarn,
  },
  // The server build leaves its runtime dependencies (parse5, see package.json `dependencies`) and
  // Node's modules to be imported: they are installed with consentry, never bundled.
  {
    input: 'src/server.ts',
    output: { file: 'dist/server.mjs', format: 'es', sourcemap: true },
    external: SERVER_EXTERNAL,
    plugins: [resolve(), esbuild({ target: 'node18' })],
    onwarn,
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/consentry.d.ts', format: 'es' },
    plugins: [cssInline(), dts()],
  },
  {
    input: 'src/server.ts',
    output: { file: 'dist/server.d.ts', format: 'es' },
    external: SERVER_EXTERNAL,
    plugins: [dts()],
  },
];
