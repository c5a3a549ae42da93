// `consentry/server`: read the visitor's choice from the consent cookie on a Node server, and hold
// trackers in the HTML a server sends (README: "Server-side blocking").
export type { ConsentRecord, ConsentryConfig } from './core/types';
export { readConsent, type ReadOptions, type ServerConsent } from './server/consent';
export { blockTrackers, type BlockOptions } from './server/block';
export { blockTrackersNodeStream, blockTrackersStream, type StreamOptions } from './server/stream';
export { consentryMiddleware, withConsentry, type MiddlewareOptions } from './server/middleware';
