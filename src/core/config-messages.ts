// The words of a config's problems: the key, what was expected, what was received. Only a config
// with a problem needs them: config.ts notes each problem as a code, and the script-tag build
// loads this file (consentry-config-errors.js) when there is one; the first stage stays blocked
// (fail closed) meanwhile. Also the words of the other mistakes of a site's setup: a second init()
// with another config, hooks a script above consentry.js made unchangeable.
import { show } from './errors';

const quoted = (list: unknown) => (list as string[]).map((x) => `"${x}"`).join(', ');

/** What a key expected, by code; a function reads the problem's detail (bounds, allowed values). */
const EXPECTED = {
  object: 'an object',
  bool: 'true or false',
  int: ([min, max]: number[]) => `a whole number from ${min} to ${max}`,
  string: 'a string',
  oneOf: (list: unknown) => 'one of ' + quoted(list),
  strings: 'an array of strings',
  nonEmpty: 'a non-empty string',
  lang: 'a language code such as "fr"',
  langs: 'language codes such as "fr"',
  link: 'an http(s), mailto: or relative URL',
  url: 'an http(s) or relative URL',
  reload: 'true, false or "auto"',
  keepNecessary: 'an object (necessary cannot be removed)',
  necessaryOn: 'true (necessary is always on)',
  category: 'a category name',
  categoryNames: 'category names of a-z, 0-9, - and _',
  serviceNames: 'service names of a-z, 0-9, - and _',
  cookieName: 'a cookie name of letters, digits, - and _',
  domain: 'a domain such as "example.com"',
  path: 'a path starting with "/"',
  nonce: 'a nonce of base64 characters',
  policy: 'a Trusted Types policy name other than "default"',
  /** Not an expectation: a key no rule knows (the detail lists the known ones). */
  unknown: '',
};

export type Expected = keyof typeof EXPECTED;

/** One problem of a config: its key, what it expected, what it received, and the expectation's detail. */
export type Problem = [key: string, expected: Expected, got: unknown, detail?: unknown];

/**
 * A second init() with another config once Consentry runs, and what to do instead. The usual cause
 * is the script tag (`byTag`), which starts Consentry itself unless told not to.
 */
export function conflict(byTag: boolean): string {
  return 'init: the new config is ignored: ' + (byTag
    ? 'Consentry was already started by its script tag with the page\'s config. To start it from code with this config, add data-manual to the tag (<script src="…/consentry.js" data-manual></script>) and call Consentry.init(config) once.'
    : 'init() was already called with another config; call it once per page.');
}

/**
 * The warning of the deprecated `uiUrl` (the script-tag build still loads the interface from it,
 * and the other files from its folder, until it is removed).
 */
export function uiUrlDeprecated(uiUrl: string): string {
  const folder = uiUrl.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  return `Consentry: config.uiUrl is deprecated and will be removed: set "baseUrl": ${JSON.stringify(folder || './')}, the folder of every file Consentry loads when needed (consentry-ui.js, consentry-<lang>.js, consentry-classifier.js). Until then the other files are looked for in the folder of uiUrl.`;
}

/**
 * Hooks of blocking that a script above consentry.js made unchangeable (named as src/blocking/hook.ts
 * names them): what is not held because of it, and the fix.
 */
export function unhooked(list: string[]): string {
  return `blocking: ${list.length} of its hooks could not be installed (a script above consentry.js made them unchangeable): ${list.join(', ')}. What reaches the page only through ${list.length > 1 ? 'them' : 'it'} is not held back; every other way in still is. Fix: load consentry.js first, before that script.`;
}

/** The message of one problem, as `config.key: expected X, received Y`. */
function line([key, code, got, detail]: Problem): string {
  if (code === 'unknown') return `${key}: unknown key; expected one of ${(detail as string[]).join(', ')}`;
  const e = EXPECTED[code];
  return `${key}: expected ${typeof e === 'function' ? e(detail as number[]) : e}, received ${show(got)}`;
}

/** The message of a config's problems (one, or a list of all), and each problem's own. */
export function explain(list: Problem[]): { message: string; problems: string[] } {
  const problems = list.map(line);
  return {
    message: problems.length === 1 ? problems[0]
      : `config: ${problems.length} problems (no banner shows and trackers stay blocked until they are fixed):\n- ${problems.join('\n- ')}`,
    problems,
  };
}
