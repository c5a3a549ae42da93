// `npx consentry declaration --config site.json [--lang fr] [--format html|md|json]`: the cookie
// declaration of the services a site's config declares, for its written privacy policy. Prints to
// standard output (or --out <file>). Exit code 0 = printed; 2 = it could not be made (usage, an
// unreadable or invalid config, an unknown language).
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const help = (prog) => `Usage: ${prog} --config <site.json> [options]

Prints the cookie declaration of the services your config declares: for each purpose, each
service's provider, what it does, where it loads from, its cookies and storage keys with their
lifetimes, and the link to the provider's privacy policy. The same content as the page's
[data-consentry-declaration] element, for a written privacy policy.

Options:
  --config <file>         the site's Consentry config (JSON; the content of #consentry-config)
  --lang <code>           en, fr, de, es, it, nl, pt, pl or ar (default: the config's language, else en)
  --format <html|md|json> default html (a fragment to paste into a page)
  --heading-level <2-5>   level of the purposes' headings (default 2; services get the next)
  --out <file>            write there instead of printing
  -h, --help              this text`;

/** Runs the command for arguments `argv`; resolves with the exit code. `load` gives the declaration module (dist/declaration.mjs). */
export async function main(argv, { prog = 'consentry declaration', out = (s) => process.stdout.write(s), err = console.error, load = () => import('../../dist/declaration.mjs') } = {}) {
  let a;
  try {
    a = parseArgs({
      args: argv,
      options: {
        config: { type: 'string' }, lang: { type: 'string' }, format: { type: 'string', default: 'html' },
        'heading-level': { type: 'string', default: '2' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (e) {
    err(`${e.message}\n\n${help(prog)}`);
    return 2;
  }
  if (a.help) {
    out(help(prog) + '\n');
    return 0;
  }
  const level = +a['heading-level'];
  const problem = !a.config ? '--config <file> is required'
    : ['html', 'md', 'json'].indexOf(a.format) < 0 ? `--format: expected html, md or json, received "${a.format}"`
      : !(level >= 2 && level <= 5 && level % 1 == 0) ? `--heading-level: expected 2 to 5, received "${a['heading-level']}"` : '';
  if (problem) {
    err(`${problem}\n\n${help(prog)}`);
    return 2;
  }
  let config;
  try {
    config = JSON.parse(await readFile(a.config, 'utf8'));
  } catch (e) {
    err(`Could not read the config ${a.config}: ${e.message}`);
    return 2;
  }
  try {
    const m = await load();
    const d = m.declarationFor(config, a.lang);
    const text = a.format == 'json' ? JSON.stringify(d, null, 2) + '\n' : a.format == 'md' ? m.toMarkdown(d, level) : m.toHtml(d, level);
    if (a.out) await writeFile(a.out, text);
    else out(text);
    return 0;
  } catch (e) {
    err(`The declaration could not be made: ${e && e.message ? e.message.replace(/^Consentry: /, '') : e}`);
    return 2;
  }
}
