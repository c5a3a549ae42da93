// Public types: one place where every shape the API accepts or returns is defined.

/** How a decision was made. */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'dismiss';

/** The stored choice of one visitor (SPEC §7). */
export interface ConsentRecord {
  /** Storage schema version; older schemas are migrated on read. */
  schema: number;
  /** Random UUID; kept when the visitor changes a choice. */
  id: string;
  /** `config.revision` when decided; a higher config revision asks again. */
  revision: number;
  /** Per-category revisions at the time of the decision (only categories that declare one). */
  revisions: Record<string, number>;
  /** Choice per category; `necessary` is always true. */
  categories: Record<string, boolean>;
  /** Choice per service. */
  services: Record<string, boolean>;
  method: ConsentMethod;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
  locale: string;
  /** Global Privacy Control was on when decided. */
  gpc: boolean;
}

/** Text that may differ per language: a string, or `{ en: '…', fr: '…' }`. */
export type Text = string | Record<string, string>;

/** A purpose as declared in config. `false` drops an optional default category. */
export interface CategoryConfig {
  title?: Text;
  description?: Text;
  /** Raising it asks again for this category only. */
  revision?: number;
  /** Only `necessary` is read-only by default; a custom read-only category is always on. */
  readOnly?: boolean;
}

/** A vendor inside a category, declared in config or taken from the catalogue. */
export interface ServiceConfig {
  category: string;
  title?: Text;
  description?: Text;
  /** Host names (`cdn.example.com`, `*.example.com`) or host + path prefixes (`example.com/tag/`). */
  hosts?: string[];
  /** Cookie names; a trailing `*` makes a prefix (`_ga_*`). */
  cookies?: string[];
  /** localStorage / sessionStorage keys; a trailing `*` makes a prefix. */
  storage?: string[];
  /** How long its cookies live, for the preference centre. */
  lifetime?: Text;
}

/** Google Consent Mode v2 options. */
export interface ConsentModeConfig {
  /** `basic` (default): Google tags held until consent; `advanced`: tags load and get denied signals. */
  mode?: 'basic' | 'advanced';
  waitForUpdate?: number;
  region?: string[];
  adsDataRedaction?: boolean;
  urlPassthrough?: boolean;
}

/** Interface options. */
export interface UiConfig {
  layout?: 'bar' | 'box';
  position?: 'bottom' | 'top' | 'bottom-left' | 'bottom-right' | 'center';
  theme?: 'light' | 'dark' | 'auto';
  /** A small button that reopens the preference centre (off by default). */
  floatingButton?: boolean;
  /** Inject the stylesheet (default); `false` for sites that link `consentry.css`. */
  injectCss?: boolean;
  /** Do not show the banner automatically (the site calls `showBanner()`). */
  autoShow?: boolean;
}

/** Cookie mirror options. */
export interface CookieConfig {
  name?: string;
  /** Share the choice across subdomains, e.g. `example.com`. */
  domain?: string;
  path?: string;
}

/** Everything a site can configure. Every key is optional (zero-config works). */
export interface ConsentryConfig {
  /** Raise to ask every visitor again. Integer ≥ 0, default 0. */
  revision?: number;
  privacyPolicyUrl?: string;
  /** Days before the choice expires: 1–395, default 182. */
  expiresDays?: number;
  /** Relabel, add, or (with `false`) drop categories. `necessary` cannot be dropped. */
  categories?: Record<string, CategoryConfig | false>;
  /** Add services or override catalogue services (category, hosts…); `false` removes a catalogue service. */
  services?: Record<string, ServiceConfig | false>;
  /** Interface language; default from `<html lang>`, then the browser. */
  language?: string;
  /** Override any interface string, per language. */
  translations?: Record<string, Record<string, string>>;
  /** Hold back trackers of known services that are not tagged (default true). */
  autoblock?: boolean;
  /** Refuse fetch / XHR / sendBeacon / pixels to blocked services (default false). */
  guard?: boolean;
  /** Reload the page after a withdrawal so that already-running vendor code stops. */
  reloadOnWithdraw?: boolean;
  /** Google Consent Mode v2; `false` disables it. Default basic mode. */
  consentMode?: ConsentModeConfig | false;
  /** Honour Global Privacy Control (default true). */
  gpc?: boolean;
  cookie?: CookieConfig;
  /** CSP nonce for the style and script elements Consentry creates. */
  nonce?: string;
  ui?: UiConfig;
  /** URL of the interface chunk (script-tag build); default: next to consentry.js. */
  uiUrl?: string;
}

/** A category after config is resolved. */
export interface Category {
  name: string;
  title?: Text;
  description?: Text;
  revision?: number;
  readOnly: boolean;
  /** Names of the services in this category, in declaration order. */
  services: string[];
}

/** A service after config and catalogue are merged. */
export interface Service {
  name: string;
  category: string;
  title?: Text;
  description?: Text;
  hosts: string[];
  cookies: string[];
  storage: string[];
  lifetime?: Text;
  /** Declared in the site's config: listed in the preference centre even before it is met on a page. */
  site?: boolean;
}

/** Config after validation and defaults. */
export interface ResolvedConfig {
  revision: number;
  privacyPolicyUrl?: string;
  expiresDays: number;
  categories: Category[];
  services: Record<string, Service>;
  language?: string;
  translations: Record<string, Record<string, string>>;
  autoblock: boolean;
  guard: boolean;
  reloadOnWithdraw: boolean;
  consentMode: Required<Pick<ConsentModeConfig, 'mode'>> & ConsentModeConfig | false;
  gpc: boolean;
  cookie: { name: string; domain?: string; path: string };
  nonce?: string;
  ui: Required<Omit<UiConfig, never>>;
  uiUrl?: string;
}

/** Arguments of `setConsent`. */
export interface ConsentChoice {
  categories?: Record<string, boolean>;
  services?: Record<string, boolean>;
}

export interface ChangeDetail {
  record: ConsentRecord;
  previous: ConsentRecord | null;
  /** Names of categories and services whose value changed. */
  changed: { categories: string[]; services: string[] };
}

export type View = 'banner' | 'preferences';

/** Event name → handler argument. */
export interface EventMap {
  ready: ConsentRecord | null;
  change: ChangeDetail;
  show: { view: View };
  hide: { view: View };
  error: Error;
}

export type EventName = keyof EventMap;

/** Options of `loadScript`. */
export interface LoadScriptOptions {
  category: string;
  service?: string;
  attributes?: Record<string, string>;
}
