// Names every part shares, in a module with no imports: a chunk that needs one does not pull in
// the config (and with it the catalogue).

/** The purpose that is always on. */
export const NECESSARY = 'necessary';
