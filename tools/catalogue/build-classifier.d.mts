// Types of build-classifier.mjs, for the test that re-runs it.
export const CSV: string;
export const README: string;
export const OUT: string;
/** Parses RFC 4180 CSV text into rows of fields. */
export function parseCsv(text: string): string[][];
/** The snapshot commit and date stated by the data's README. */
export function snapshot(readme: string): { commit: string; date: string };
/** Turns the CSV text and the README text into the source of src/catalogue/ocd-data.ts. */
export function buildClassifierData(csvText: string, readmeText: string): string;
