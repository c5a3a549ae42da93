import type { Browser } from 'playwright-core';

export const CHROMIUM_PATH: string;
export const CHROMIUM_ARGS: string[];
/** `--host-resolver-rules` value; offline, only 127.0.0.1, localhost and mapped names resolve. */
export function resolverRules(map?: Record<string, string>, offline?: boolean): string;
/** Launches Debian's Chromium with pinned host resolution. */
export function launchChromium(options?: { hostMap?: Record<string, string>; offline?: boolean }): Promise<Browser>;
