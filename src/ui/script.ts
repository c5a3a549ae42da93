// Script-tag build of the interface chunk: hands its functions to consentry.js.
import { float, hide, show, titlesFrom } from './port';

(window as any).ConsentryUI = { show, hide, float, titlesFrom };
