// The whole built-in catalogue as one table by service name, for the Node tools (`npx consentry
// audit`, tools/catalogue/) and the tests: the categories and hosts of index.ts (what the first
// stage carries) with the titles and lifetimes of titles.ts and the cookies and storage keys of
// details.ts (what only the chunks carry). Never bundled into a browser file.
import { dict } from '../core/dict';
import type { ServiceConfig } from '../core/types';
import { stored } from './details';
import { CATALOGUE as SERVICES } from './index';
import { titles } from './titles';

/** Built-in services by name, with everything the catalogue knows of each. */
export const CATALOGUE: Record<string, ServiceConfig> = dict();

const t = titles();
const d = stored();
for (const n in SERVICES) {
  const { category, hosts } = SERVICES[n];
  const [title, lifetime] = t[n] || [];
  const [cookies, storage] = d[n] || [];
  const s: ServiceConfig = { category, title };
  if (lifetime) s.lifetime = lifetime;
  if (hosts) s.hosts = hosts;
  if (cookies?.length) s.cookies = cookies;
  if (storage?.length) s.storage = storage;
  CATALOGUE[n] = s;
}
