import type { ConsentryConfig } from '../../src/core/types';

/** The shop's Consentry config for a language and the host name the visitor used. */
export function shopConfig(lang: 'en' | 'fr', host: string): ConsentryConfig;
/** Where to send a request for a page that lives elsewhere, or null. */
export function redirectFor(path: string, acceptLanguage: string): string | null;
/** The HTML of a page, or null when there is none at `path`. */
export function renderPage(path: string, options: { host: string }): { status?: number; html: string } | null;
