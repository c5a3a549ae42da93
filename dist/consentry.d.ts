/** How a decision was made. */
type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'dismiss';
/** The stored choice of one visitor (README: "The record"). */
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
    /** First decision of this visitor (this id), ISO 8601 in UTC, e.g. `2026-05-01T09:30:00.000Z`. */
    createdAt: string;
    /** This decision, ISO 8601 in UTC; of two decisions the later one applies everywhere (README: "Storage"). */
    updatedAt: string;
    /** When the choice lapses and the banner shows again, ISO 8601 in UTC (`expiresDays` after `updatedAt`). */
    expiresAt: string;
    /** Interface language when decided, e.g. `fr`. */
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
    /** How long its cookies live (`"13 months"`, `"1 year"`, `"session"`), for the preference centre and the cookie declaration. */
    lifetime?: Text;
    /** Lifetime of one cookie or storage key, by its name as in `cookies` / `storage` (`{ "_ga_*": "2 years" }`), for the cookie declaration. */
    lifetimes?: Record<string, Text>;
    /** The company that runs it, as its privacy policy names it (built-in services: the catalogue's). */
    vendor?: string;
    /** The vendor's privacy policy (http(s) URL), linked from embed placeholders and the cookie declaration. */
    privacyPolicyUrl?: string;
}
/** Google Consent Mode v2 options. */
interface ConsentModeConfig {
    /** `basic` (default): Google tags held until consent; `advanced`: tags load and get denied signals. */
    mode?: 'basic' | 'advanced';
    /** Milliseconds Google tags wait for the `update` after the `default` (`wait_for_update`); default 500, 0 leaves it out (README: "Google Consent Mode v2"). */
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
    /**
     * Share the choice across subdomains, e.g. `example.com`: every subdomain can then write it,
     * so they are trusted with it. Without it, on https, the cookie is `__Host-<name>`, which no
     * other subdomain can set (README: "Storage").
     */
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
    /**
     * After a withdrawal: `'auto'` (default) reloads the page once when a withdrawn service ran on
     * it, so that its code stops; `true` reloads after every withdrawal; `false` never (single-page apps).
     */
    reloadOnWithdraw?: boolean | 'auto';
    /** Google Consent Mode v2; `false` disables it. Default basic mode. */
    consentMode?: ConsentModeConfig | false;
    /** Honour Global Privacy Control (default true). */
    gpc?: boolean;
    cookie?: CookieConfig;
    /** CSP nonce for the style and script elements Consentry creates. */
    nonce?: string;
    /**
     * Name of the Trusted Types policy Consentry creates when the page enforces Trusted Types
     * (`require-trusted-types-for 'script'`); the page's `trusted-types` directive must list it.
     * Default "consentry". Letters, digits and `- # = _ / @ . %`; never "default".
     */
    trustedTypesPolicy?: string;
    ui?: UiConfig;
    /**
     * Folder of the files Consentry loads only when needed (interface, languages, cookie
     * classifier) in the script-tag build; default: the folder consentry.js was loaded from.
     */
    baseUrl?: string;
    /** @deprecated Use `baseUrl` (the folder): this placed the interface file only. */
    uiUrl?: string;
}
/** A category after config is resolved. */
interface Category {
    name: string;
    title?: Text;
    description?: Text;
    revision?: number;
    readOnly: boolean;
    /** Names of the services in this category, in declaration order. */
    services: string[];
}
/**
 * A service after config and catalogue are merged. In the first stage a catalogue service has its
 * category and hosts only, plus what the site's config gave: its title, lifetime, cookies and
 * storage arrive with the chunks that read them (src/catalogue/titles.ts, details.ts).
 */
interface Service {
    name: string;
    category: string;
    title?: Text;
    description?: Text;
    hosts: string[];
    cookies: string[];
    storage: string[];
    lifetime?: Text;
    lifetimes?: Record<string, Text>;
    vendor?: string;
    privacyPolicyUrl?: string;
    /** Declared in the site's config: listed in the preference centre even before it is met on a page. */
    site?: boolean;
}
/** Config after validation and defaults. */
interface ResolvedConfig {
    revision: number;
    privacyPolicyUrl?: string;
    expiresDays: number;
    categories: Category[];
    services: Record<string, Service>;
    language?: string;
    translations: Record<string, Record<string, string>>;
    autoblock: boolean;
    guard: boolean;
    reloadOnWithdraw: boolean | 'auto';
    consentMode: Required<Pick<ConsentModeConfig, 'mode'>> & ConsentModeConfig | false;
    gpc: boolean;
    cookie: {
        name: string;
        domain?: string;
        path: string;
    };
    nonce?: string;
    trustedTypesPolicy: string;
    ui: Required<Omit<UiConfig, never>>;
    /** Ends with `/`. */
    baseUrl?: string;
    uiUrl?: string;
}
/** Arguments of `setConsent`. */
interface ConsentChoice {
    categories?: Record<string, boolean>;
    services?: Record<string, boolean>;
}
interface ChangeDetail {
    record: ConsentRecord;
    previous: ConsentRecord | null;
    /**
     * What this decision changed for the site: categories whose value changed (`necessary` never
     * does), and services the site declared in its config or that were met on this page whose
     * value changed. Before a first decision nothing optional counts as granted (README: "API").
     */
    changed: {
        categories: string[];
        services: string[];
    };
}
type View = 'banner' | 'preferences';
/** Event name → handler argument. */
interface EventMap {
    ready: ConsentRecord | null;
    change: ChangeDetail;
    show: {
        view: View;
    };
    hide: {
        view: View;
    };
    error: Error;
}
type EventName = keyof EventMap;
/** A Trusted Types `TrustedScriptURL`, made by a policy of the site (`loadScript` sets it as it is). */
interface TrustedScriptURL {
    toJSON(): string;
}
/** Options of `loadScript`. */
interface LoadScriptOptions {
    category: string;
    service?: string;
    attributes?: Record<string, string>;
}
/** Options of `renderDeclaration`. */
interface DeclarationOptions {
    /** Language of the declaration (default: the interface's, from config, `<html lang>`, then the browser). */
    language?: string;
    /** Level of the purposes' headings, 2–5 (default 2, or the element's `data-heading-level`); services get the next level. */
    headingLevel?: number;
}
/** One cookie or storage key of a service, in the cookie declaration. */
interface DeclarationEntry {
    /** As declared; a trailing `*` (a prefix) reads `<id>` or `…`, e.g. `_ga_<id>`. */
    name: string;
    kind: 'cookie' | 'storage';
    /** `"<n> <unit>"` or `"session"` as written in config or the catalogue; absent when unknown. */
    lifetime?: string;
    /** The lifetime in the declaration's language (`"13 mois"`), or the "not stated" words. */
    lifetimeText: string;
    /** `first`: set on the site's own domain; `third`: on the vendor's. */
    party: 'first' | 'third';
    /** The lifetime comes from the Open Cookie Database. */
    ocd?: boolean;
}
/** One service in the cookie declaration. */
interface DeclarationService {
    name: string;
    title: string;
    vendor?: string;
    privacyPolicyUrl?: string;
    description: string;
    hosts: string[];
    entries: DeclarationEntry[];
    /** Declared in the site's config. */
    declared: boolean;
    /** Met on this page (always false from the command line). */
    met: boolean;
    /** Always on (a necessary service). */
    readOnly: boolean;
    /** The visitor's answer: true, false, or null before any choice (absent from the command line). */
    granted?: boolean | null;
}
/** One purpose in the cookie declaration, with the services shown under it. */
interface DeclarationPurpose {
    name: string;
    title: string;
    description: string;
    readOnly: boolean;
    services: DeclarationService[];
}
/** What the cookie declaration shows: the same content in the page, as HTML, Markdown or JSON. */
interface Declaration {
    language: string;
    dir: 'ltr' | 'rtl';
    purposes: DeclarationPurpose[];
    /** Sentence naming the source of the lifetimes taken from the Open Cookie Database, when any is. */
    source?: string;
}

/** The library version. */
declare const version: string;
/** Starts Consentry: validates config, restores the visitor's choice, blocks what is not granted. Idempotent. */
declare function init(config?: ConsentryConfig): Promise<ConsentRecord | null>;
/** The visitor's current choice, or null before any (synchronous). */
declare function getConsent(): ConsentRecord | null;
/** Whether a category (and optionally one of its services) is granted now (synchronous). */
declare function hasConsent(category: string, service?: string): boolean;
/** Grants every category (advertising stays off under GPC) and stores it; resolves with the record once stored (README, JS API). */
declare function acceptAll(): Promise<ConsentRecord>;
/** Refuses every optional category and stores it; resolves with the record once stored and the refused services' cookies and storage are cleaned up (README, JS API). */
declare function rejectAll(): Promise<ConsentRecord>;
/** Stores a partial choice; unspecified categories and services keep their current value. Resolves with the record once stored and what it refuses is cleaned up; rejects with a ConsentryError naming an unknown key or name (README, JS API). */
declare function setConsent(choice: ConsentChoice): Promise<ConsentRecord>;
/** Shows the first layer. */
declare function showBanner(): void;
/** Opens the preference centre; focus returns to `opener` (or the focused element) when it closes. */
declare function showPreferences(opener?: Element | null): void;
/** Hides whatever Consentry shows. */
declare function hide(): void;
/** Subscribes to `ready`, `change`, `show`, `hide` or `error`; returns the unsubscribe function. */
declare function on<K extends EventName>(event: K, handler: (detail: EventMap[K]) => void): () => void;
/**
 * Resolves once the category (and service) is granted; at once if it already is. Never resolves
 * while refused; rejects at once (with the same error as the `error` event) for a name the config
 * does not know or an argument of the wrong type (README: "API").
 */
declare function whenGranted(category: string, service?: string): Promise<void>;
/**
 * Loads a script once its category (and service) is granted; resolves when it has loaded. Rejects
 * for a bad argument or unknown name (at once), or when the script fails to load (a later call
 * tries again); waits, without rejecting, while consent is refused (README: "API").
 */
declare function loadScript(src: string | TrustedScriptURL, options: LoadScriptOptions): Promise<void>;
/** Forgets the choice (history is kept), cleans up what was granted, and shows the banner again; resolves once stored and cleaned up (README, JS API). */
declare function reset(): Promise<void>;
/**
 * Fills `element` with the cookie declaration (purposes, services, cookies, lifetimes, the visitor's
 * answers with a switch each) and keeps it current. Resolves once drawn; rejects (and reports) when
 * Consentry has no valid config, `element` is not an element, or the declaration file cannot load.
 */
declare function renderDeclaration(element: Element, options?: DeclarationOptions): Promise<void>;

/** Thrown (as a rejection) for invalid config or API arguments. */
declare class ConsentryError extends Error {
    /** For a config: every problem found, one message each (the message lists them all). */
    problems?: string[];
    constructor(message: string);
}

export { ConsentryError, acceptAll, getConsent, hasConsent, hide, init, loadScript, on, rejectAll, renderDeclaration, reset, setConsent, showBanner, showPreferences, version, whenGranted };
export type { Category, CategoryConfig, ChangeDetail, ConsentChoice, ConsentMethod, ConsentModeConfig, ConsentRecord, ConsentryConfig, CookieConfig, Declaration, DeclarationEntry, DeclarationOptions, DeclarationPurpose, DeclarationService, EventMap, EventName, LoadScriptOptions, ResolvedConfig, Service, ServiceConfig, Text, TrustedScriptURL, UiConfig, View };
