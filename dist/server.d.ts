/** How a decision was made. */
type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'dismiss';
/** The stored choice of one visitor (SPEC §7). */
interface ConsentRecord {
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
type Text = string | Record<string, string>;
/** A purpose as declared in config. `false` drops an optional default category. */
interface CategoryConfig {
    title?: Text;
    description?: Text;
    /** Raising it asks again for this category only. */
    revision?: number;
    /** Only `necessary` is read-only by default; a custom read-only category is always on. */
    readOnly?: boolean;
}
/** A vendor inside a category, declared in config or taken from the catalogue. */
interface ServiceConfig {
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
interface ConsentModeConfig {
    /** `basic` (default): Google tags held until consent; `advanced`: tags load and get denied signals. */
    mode?: 'basic' | 'advanced';
    waitForUpdate?: number;
    region?: string[];
    adsDataRedaction?: boolean;
    urlPassthrough?: boolean;
}
/** Interface options. */
interface UiConfig {
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
interface CookieConfig {
    name?: string;
    /** Share the choice across subdomains, e.g. `example.com`. */
    domain?: string;
    path?: string;
}
/** Everything a site can configure. Every key is optional (zero-config works). */
interface ConsentryConfig {
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

/** What a server may rely on. */
interface ServerConsent {
    id: string;
    method: ConsentRecord['method'];
    revision: number;
    updatedAt: string;
    expiresAt: string;
    /** Choice per category; `necessary` is always true. */
    categories: Record<string, boolean>;
    /**
     * Choice per service. With `config` every service is listed; without it only the services
     * whose choice differs from their category's (a service not listed follows its category).
     */
    services: Record<string, boolean>;
    /** Global Privacy Control was on when decided, or `Sec-GPC: 1` was sent with this request. */
    gpc: boolean;
}
interface ReadOptions {
    /** The site's current `config.revision`; an older record counts as no choice. Default 0. */
    revision?: number;
    /** The site's Consentry config (the same as the browser's): enables per-service answers and per-category revisions. */
    config?: ConsentryConfig;
    /** Cookie name when not `consentry` (also taken from `config.cookie.name`). */
    cookieName?: string;
    /** Clock, for tests. */
    now?: number;
}
type HeaderBag = {
    get?(name: string): string | null;
} | Record<string, string | string[] | undefined>;
type RequestLike = {
    headers: HeaderBag;
};
/**
 * The granted categories and services from a `Cookie` header or a request (Node's
 * IncomingMessage, a Fetch `Request`, or anything with `headers`); null when the cookie is
 * missing, malformed, expired or from an older revision. Never throws on bad cookies.
 */
declare function readConsent(input: string | RequestLike | null | undefined, options?: ReadOptions): ServerConsent | null;

export { readConsent };
export type { ConsentRecord, ConsentryConfig, ReadOptions, ServerConsent };
