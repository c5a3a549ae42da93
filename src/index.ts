// ESM entry: `import { init, … } from 'consentry'`. The interface is a separate chunk.
import { chunks } from './core/chunks';

chunks.ui = () => import('./ui/index');
chunks.classify = () => import('./catalogue/classifier').then((m) => m.classifyCookie);
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
chunks.lang = (l) => (langs[l] ? langs[l]().then((m) => m.default) : Promise.resolve({}));

export {
  init, getConsent, hasConsent, acceptAll, rejectAll, setConsent, showBanner, showPreferences, hide,
  on, whenGranted, loadScript, reset, version,
} from './api';
export { ConsentryError } from './core/errors';
export type * from './core/types';
