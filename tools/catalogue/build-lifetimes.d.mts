// Types of build-lifetimes.mjs, for the test that re-runs it.
export const OUT: string;
/** "2 years", "13 Months", "Session" → "2 years", "13 months", "session"; else undefined. */
export function period(s: string): string | undefined;
/** The source of src/catalogue/lifetimes.ts for a catalogue (service name → { cookies }) and the database's CSV and README. */
export function buildLifetimes(catalogue: Record<string, { cookies?: string[] }>, csvText: string, readmeText: string): string;
/** The catalogue, bundled from its TypeScript source. */
export function catalogue(): Promise<Record<string, { cookies?: string[] }>>;
