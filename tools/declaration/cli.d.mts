// Types of cli.mjs, for the tests that run it.
export interface Io {
  prog?: string;
  out?: (text: string) => void;
  err?: (text: string) => void;
  /** The declaration module (default dist/declaration.mjs). */
  load?: () => Promise<unknown>;
}
/** Runs `consentry declaration` for `argv`; resolves with the exit code (0 printed, 2 could not be made). */
export function main(argv: string[], io?: Io): Promise<number>;
