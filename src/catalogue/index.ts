// Placeholder until the catalogue is generated (issue #3): the contract is this export.
import type { ServiceConfig } from '../core/types';

/** Built-in services by name. */
export const CATALOGUE: Record<string, ServiceConfig> = {
  ga4: {
    category: 'analytics',
    title: 'Google Analytics 4',
    hosts: ['www.googletagmanager.com/gtag/', 'www.google-analytics.com', 'region1.google-analytics.com', 'analytics.google.com'],
    cookies: ['_ga', '_ga_*'],
  },
  'meta-pixel': {
    category: 'advertising',
    title: 'Meta Pixel',
    hosts: ['connect.facebook.net', 'www.facebook.com/tr'],
    cookies: ['_fbp', '_fbc'],
  },
};
