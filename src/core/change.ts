// The `change` event: what a decision changed for the site. Part of the store chunk: every decision,
// made on this page or heard from another tab, is applied by it, so it is loaded before any change.
import { dict, own } from './dict';
import { emit } from './events';
import { S, type Change } from './state';
import { tellShopify } from '../signals/shopify';
import type { ChangeDetail, ConsentRecord } from './types';

/**
 * What a decision changed for the site: categories it has (necessary never changes) and the
 * services it declared or met on this page, against what applied before (nothing optional
 * before a first decision), so that `changed` never lists the whole catalogue.
 */
export function detail(record: ConsentRecord, previous: ConsentRecord | null): ChangeDetail {
  const cfg = S.cfg!;
  const changed = { categories: [] as string[], services: [] as string[] };
  const ro = dict<boolean>();
  for (const c of cfg.categories) {
    ro[c.name] = c.readOnly;
    const was = previous ? !!own(previous.categories, c.name) : c.readOnly;
    if (was !== !!own(record.categories, c.name)) changed.categories.push(c.name);
  }
  for (const k in cfg.services) {
    const s = cfg.services[k];
    if (!s.site && S.seen.indexOf(k) < 0) continue;
    const was = previous ? !!own(previous.services, k) : ro[s.category];
    if (was !== !!own(record.services, k)) changed.services.push(k);
  }
  return { record, previous, changed };
}

/** The `change` event effect: every decision stored here or in another tab, never a restoration. */
export function announce({ record, previous, cause }: Change): void {
  if (record && (cause === 'decide' || cause === 'tab')) {
    // Shopify first, as the first handler of the event it was.
    tellShopify();
    emit('change', detail(record, previous));
  } else if (!record && previous) tellShopify(); // reset: Shopify must stop what it was allowed
}
