import type { Browser } from 'playwright-core';

export const CHROMIUM_PATH: string;
export const CHROMIUM_CANDIDATES: string[];
export const CHROMIUM_ARGS: string[];
export class SetupError extends Error {}
/** The browser to launch: the given path, CHROMIUM_PATH, or the first usual install path found. */
export function findChromium(given?: string): string;
/** `--host-resolver-rules` value; offline, only 127.0.0.1, localhost and mapped names resolve. */
export function resolverRules(map?: Record<string, string>, offline?: boolean): string;
/** Launches Chromium with pinned host resolution. */
export function launchChromium(options?: { hostMap?: Record<string, string>; offline?: boolean; executablePath?: string }): Promise<Browser>;
