// The cookie declaration for Node (`npx consentry declaration`, built into dist/declaration.mjs):
// config in, declaration out, every bundled language included.
import { LANGS } from '../core/chunks';
import { resolveConfig } from '../core/config';
import type { Declaration } from '../core/types';
import ar from '../ui/i18n/ar';
import de from '../ui/i18n/de';
import en from '../ui/i18n/en';
import es from '../ui/i18n/es';
import fr from '../ui/i18n/fr';
import it from '../ui/i18n/it';
import nl from '../ui/i18n/nl';
import pl from '../ui/i18n/pl';
import pt from '../ui/i18n/pt';
import { declaration } from './model';

export { toHtml, toMarkdown } from './text';
export { LANGS };

const STRINGS: Record<string, Record<string, string>> = { ar, de, en, es, fr, it, nl, pl, pt };

/**
 * The declaration of the services a config declares (nothing is "met" without a page), in `lang`
 * (one of LANGS; default the config's language, else English). Throws the config's ConsentryError.
 */
export function declarationFor(config: unknown, lang?: string): Declaration {
  const cfg = resolveConfig(config);
  const l = (lang || cfg.language || 'en').toLowerCase().split('-')[0];
  if (LANGS.indexOf(l) < 0) throw new Error(`unknown language "${lang}"; expected one of ${LANGS.join(', ')}`);
  return declaration({ cfg, lang: l, strings: STRINGS[l], https: true });
}
