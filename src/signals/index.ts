// Signals effect (issue #5 builds it out): Consent Mode, vendor consent calls, GPC.

/** Pushes the first signals (Consent Mode default) before any tag can read them. */
export function startSignals(): void {}
