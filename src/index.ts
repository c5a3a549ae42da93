// ESM entry: `import { init, … } from 'consentry'`. The interface is a separate chunk.
import { chunks, CLASSIFY_FALLBACK, CLEAN_FALLBACK, DECLARATION_FALLBACK, EMBED_FALLBACK, LANG_FALLBACK, LATE_FALLBACK, reported, TITLES_FALLBACK } from './core/chunks';
import { lendTitles } from './core/titled';

chunks.ui = () => import('./ui/port').then(lendTitles);
chunks.classify = () => reported(import('./catalogue/classifier'), CLASSIFY_FALLBACK).then((m) => m.classifyCookie);
chunks.embed = () => reported(import('./blocking/placeholder'), EMBED_FALLBACK);
chunks.titles = () => reported(import('./catalogue/titles'), TITLES_FALLBACK).then((m) => m.withTitles);
chunks.late = () => reported(import('./late-message'), LATE_FALLBACK).then((m) => m.lateMessage);
chunks.store = () => import('./storage/store');
chunks.configErrors = () => import('./core/config-messages');
chunks.clean = () => reported(import('./blocking/clean'), CLEAN_FALLBACK).then((m) => m.clean);
chunks.declaration = () => reported(import('./declaration/index'), DECLARATION_FALLBACK).then((m) => m.default);
const langs: Record<string, () => Promise<{ default: Record<string, string> }>> = {
  fr: () => import('./ui/i18n/fr'),
  de: () => import('./ui/i18n/de'),
  es: () => import('./ui/i18n/es'),
  it: () => import('./ui/i18n/it'),
  nl: () => import('./ui/i18n/nl'),
  pt: () => import('./ui/i18n/pt'),
  pl: () => import('./ui/i18n/pl'),
  ar: () => import('./ui/i18n/ar'),
};
chunks.lang = (l) => (langs[l] ? reported(langs[l](), LANG_FALLBACK).then((m) => m.default) : Promise.resolve({}));

export {
  init, getConsent, hasConsent, acceptAll, rejectAll, setConsent, showBanner, showPreferences, hide,
  on, whenGranted, loadScript, reset, renderDeclaration, version,
} from './api';
export { ConsentryError } from './core/errors';
export type * from './core/types';
