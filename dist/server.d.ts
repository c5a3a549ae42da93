import { Transform } from 'node:stream';
import { IncomingMessage, ServerResponse } from 'node:http';

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

/** What a server may rely on. */
interface ServerConsent {
    id: string;
    method: ConsentRecord['method'];
    revision: number;
    updatedAt: string;
    expiresAt: string;
    /**
     * Per category, `true` only when granted as a whole (every service, including ones met later);
     * a partly granted purpose is `false` here, its granted services `true` in `services`.
     * `necessary` is always true.
     */
    categories: Record<string, boolean>;
    /**
     * Choice per service. With `config` every service is listed; without it only the services
     * whose choice differs from their category's (a service not listed follows its category):
     * a service is granted when `services[name] ?? categories[its category]` is true.
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
 * IncomingMessage, a Fetch `Request`, or anything with `headers`); null when no copy of the
 * cookie is valid, current and of the site's revision. Several copies (under `<name>` and
 * `__Host-<name>`, from several domains or paths) grant only what all of them grant. `Sec-GPC: 1`
 * refuses advertising unless it was granted explicitly while GPC was on, as in the browser.
 * Never throws on bad cookies.
 */
declare function readConsent(input: string | RequestLike | null | undefined, options?: ReadOptions): ServerConsent | null;

interface BlockOptions {
    /** The site's Consentry config, the same as the browser's (default: the built-in catalogue only). */
    config?: ConsentryConfig;
    /** What `readConsent(request, { config })` returned for this request; null (no choice) holds every optional service. */
    consent: ServerConsent | null;
    /** The page's URL: relative URLs (and `<base href>`) are resolved against it. Without it, only absolute URLs are matched. */
    url?: string | URL;
}
/**
 * The page's HTML with every tracker that `consent` does not grant rewritten into Consentry's
 * tagged form (`type="text/plain" data-category data-service`, the URL in `data-src`…), which the
 * browser build releases once the visitor allows it. Everything else is returned as it was.
 */
declare function blockTrackers(html: string, options: BlockOptions): string;

interface StreamOptions extends BlockOptions {
    /** The response's `Content-Type`: its `charset` says how to read bytes (UTF-8 when none). */
    contentType?: string | null;
}
/**
 * A Web `TransformStream` that rewrites a page's trackers as its chunks pass: bytes (`Uint8Array`)
 * in, bytes out, charset from `contentType`; or strings in, strings out. Everything `consent` grants,
 * and every page without trackers, leaves byte for byte as it came.
 */
declare function blockTrackersStream(options: StreamOptions): TransformStream<Uint8Array | string, Uint8Array | string>;
/** The same as `blockTrackersStream`, as a Node `Transform` stream of bytes (strings are taken as UTF-8). */
declare function blockTrackersNodeStream(options: StreamOptions): Transform;

interface MiddlewareOptions {
    /** The site's Consentry config, the same as the browser's. */
    config?: ConsentryConfig;
    /** Consent cookie name when not the config's (`config.cookie.name`) or `consentry`. */
    cookieName?: string;
    /** Told once per encoding it cannot read (such a page passes untouched). Default: `console.warn`. */
    onReport?: (message: string) => void;
}
/**
 * Connect/Express middleware (also usable around a plain `http` handler): rewrites the trackers of
 * every text/html response for the visitor's consent cookie. Install it after `compression()`.
 */
declare function consentryMiddleware(options?: MiddlewareOptions): (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;
type FetchHandler<A extends unknown[]> = (request: Request, ...rest: A) => Response | Promise<Response>;
/**
 * Wraps a Fetch-API handler (`(request) => Response`, as Hono, Next.js route handlers and Node ≥ 20
 * servers use): its text/html responses leave with the trackers the visitor has not allowed held.
 */
declare function withConsentry<A extends unknown[]>(handler: FetchHandler<A>, options?: MiddlewareOptions): FetchHandler<A>;

export { blockTrackers, blockTrackersNodeStream, blockTrackersStream, consentryMiddleware, readConsent, withConsentry };
export type { BlockOptions, ConsentRecord, ConsentryConfig, MiddlewareOptions, ReadOptions, ServerConsent, StreamOptions };
