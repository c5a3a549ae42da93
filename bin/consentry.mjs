#!/usr/bin/env node
// `npx consentry <command>`: the tools shipped in the package. Each command is imported only
// when it is asked for.
const COMMANDS = {
  audit: ['check what a page sets and requests before any choice, after "Reject all" and after "Accept all"', () => import('../tools/audit/cli.mjs')],
  declaration: ['print the cookie declaration of the services a config declares (HTML, Markdown or JSON)', () => import('../tools/declaration/cli.mjs')],
};

const [name, ...rest] = process.argv.slice(2);
const usage = `Usage: consentry <command> [options]   (consentry <command> --help for its options)

Commands:
${Object.entries(COMMANDS).map(([n, [what]]) => `  ${n.padEnd(12)} ${what}`).join('\n')}`;

if (!name || name === '-h' || name === '--help' || name === 'help') {
  console.log(usage);
} else if (!Object.hasOwn(COMMANDS, name)) {
  console.error(`Unknown command "${name}".\n\n${usage}`);
  process.exitCode = 2;
} else {
  const { main } = await COMMANDS[name][1]();
  process.exitCode = await main(rest, { prog: `consentry ${name}` });
}
