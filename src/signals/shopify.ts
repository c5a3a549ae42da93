// Shopify's customer privacy API: told of each decision (here or in another tab) and of a reset,
// never of the restore of a stored choice (Shopify keeps its own copy of the choice, and each call
// is a request to Shopify). Part of the store chunk, which makes every decision and reset.
import { safe } from './util';
import { granted, S } from '../core/state';

export function tellShopify(): void {
  const sh = (window as any).Shopify;
  if (!sh || !sh.loadFeatures || (S.cfg && !S.cfg.services.shopify)) return;
  const m = granted('advertising');
  const v = { analytics: granted('analytics'), marketing: m, preferences: granted('functional'), sale_of_data: m };
  safe(() => sh.loadFeatures([{ name: 'consent-tracking-api', version: '0.1' }], (e: unknown) => {
    if (!e) safe(() => sh.customerPrivacy.setTrackingConsent(v, () => {}));
  }));
}
