// Script-tag build of the interface chunk: hands its functions to consentry.js.
import type { UiChunk, UiHost } from '../core/ui-port';
import { float, hide, show } from './port';

let warned = false;

/**
 * The deprecated `uiUrl` (this file's own address) works, with one warning: said here, by the file
 * it points to, rather than by the first stage that every page view downloads.
 */
function warn(h: UiHost): void {
  const u = h.S.cfg && h.S.cfg.uiUrl;
  if (!u || warned) return;
  warned = true;
  const folder = u.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  console.warn(`Consentry: config.uiUrl is deprecated and will be removed: set "baseUrl": ${JSON.stringify(folder || './')}, the folder of every file Consentry loads when needed (consentry-ui.js, consentry-<lang>.js, consentry-classifier.js). Until then the other files are looked for in the folder of uiUrl.`);
}

const chunk: UiChunk = {
  show(v, h, opener) {
    warn(h);
    show(v, h, opener);
  },
  hide,
  float(h) {
    warn(h);
    float(h);
  },
};
(window as any).ConsentryUI = chunk;
