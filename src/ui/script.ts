// Script-tag build of the interface chunk: hands its functions to consentry.js.
import { show, hide } from './index';

(window as any).ConsentryUI = { show, hide };
