// The URL → service matcher behind autoblock and the network guard, and the queue filter of clean-up.
import { afterEach, describe, expect, test } from 'vitest';
import { resolveConfig } from '../../src/core/config';
import { makeRecord } from '../../src/core/record-write';
import { S } from '../../src/core/state';
import { blocked, serviceOf } from '../../src/blocking/match';
import { drain } from '../../src/blocking/clean';

/** A config of made-up services on example hosts, so the catalogue never answers for them. */
function use(services: Record<string, unknown>, extra: Record<string, unknown> = {}): void {
  S.cfg = resolveConfig({ services, ...extra });
  S.rec = null;
  S.seen.length = 0;
}

function grant(categories: string[]): void {
  const cfg = S.cfg!;
  const cats: Record<string, boolean> = {};
  for (const c of cfg.categories) cats[c.name] = c.readOnly || categories.includes(c.name);
  const svcs: Record<string, boolean> = {};
  for (const n in cfg.services) svcs[n] = cats[cfg.services[n].category];
  S.rec = makeRecord(cfg, 'custom', cats, svcs, 'en', false, null);
}

afterEach(() => {
  S.cfg = null;
  S.rec = null;
});

describe('serviceOf', () => {
  test('a host matches itself and its subdomains, not look-alikes', () => {
    use({ px: { category: 'advertising', hosts: ['px.example.com'] }, wild: { category: 'analytics', hosts: ['*.wild.example'] } });
    expect(serviceOf('https://px.example.com/p.gif')).toBe('px');
    expect(serviceOf('https://a.b.px.example.com/p.gif')).toBe('px');
    expect(serviceOf('https://evilpx.example.com/p.gif')).toBeUndefined();
    expect(serviceOf('https://example.com/p.gif')).toBeUndefined();
    expect(serviceOf('https://cdn.wild.example/x.js')).toBe('wild');
    expect(serviceOf('https://wild.example/x.js')).toBe('wild');
  });

  test('the most specific pattern wins: longest host first, then longest path prefix', () => {
    use({
      base: { category: 'analytics', hosts: ['tags.example.org'] },
      tag: { category: 'advertising', hosts: ['tags.example.org/tag/'] },
      deep: { category: 'functional', hosts: ['tags.example.org/tag/embed/'] },
      parent: { category: 'analytics', hosts: ['example.org/tag/'] },
    });
    expect(serviceOf('https://tags.example.org/other.js')).toBe('base');
    expect(serviceOf('https://tags.example.org/tag/x.js')).toBe('tag');
    expect(serviceOf('https://tags.example.org/tag/embed/1')).toBe('deep');
    expect(serviceOf('https://www.example.org/tag/x.js')).toBe('parent');
    expect(serviceOf('https://www.example.org/other.js')).toBeUndefined();
  });

  test('scheme, port, case, query and protocol-relative URLs do not matter; relative URLs resolve against the page', () => {
    use({ px: { category: 'advertising', hosts: ['PX.Example.com/Collect'] }, self: { category: 'analytics', hosts: ['www.shop.test/stats/'] } });
    expect(serviceOf('HTTP://PX.EXAMPLE.COM:8443/collect?x=1#y')).toBe('px');
    // The path as the config writes it, or in any other case: held either way (never let through).
    expect(serviceOf('https://px.example.com/Collect?x=1')).toBe('px');
    expect(serviceOf('https://px.example.com/COLLECT/v2')).toBe('px');
    expect(serviceOf('//px.example.com/collect')).toBe('px');
    expect(serviceOf('/stats/matomo.js')).toBe('self');
    expect(serviceOf('stats/matomo.js')).toBe('self'); // the page is https://www.shop.test/
    expect(serviceOf('/img/logo.png')).toBeUndefined();
  });

  test('non-network and malformed URLs belong to no service', () => {
    use({ px: { category: 'advertising', hosts: ['px.example.com'] } });
    for (const u of ['data:text/javascript,1', 'blob:https://px.example.com/1', 'javascript:void 0', 'http://[bad', '', 'about:blank']) {
      expect(serviceOf(u)).toBeUndefined();
    }
  });

  test('URLs that only look relative still reach their host; relative ones follow the page, however often asked', () => {
    use({ px: { category: 'advertising', hosts: ['px.example.com'] } });
    // Asked twice: the second answer comes from the cache.
    for (let i = 0; i < 2; i++) {
      for (const u of ['//px.example.com/p', '/\\px.example.com/p', '\\\\px.example.com/p', '/\t/px.example.com/p', ' https://px.example.com/p', 'ht\ttps://px.example.com/p', 'HTTP:px.example.com/p']) {
        expect(serviceOf(u), JSON.stringify(u)).toBe('px');
      }
      for (const u of ['/px.example.com/p', 'px.example.com/p', '../p', '?px.example.com', 'data:,px.example.com', 'BLOB:https://px.example.com/1']) {
        expect(serviceOf(u), JSON.stringify(u)).toBeUndefined();
      }
    }
    use({ self: { category: 'analytics', hosts: ['www.shop.test/stats/'] } });
    expect(serviceOf('stats/matomo.js')).toBe('self');
    history.pushState(null, '', '/shop/');
    try {
      expect(serviceOf('stats/matomo.js')).toBeUndefined(); // now /shop/stats/matomo.js
      expect(serviceOf('/stats/matomo.js')).toBe('self');
    } finally {
      history.pushState(null, '', '/');
    }
    expect(serviceOf('stats/matomo.js')).toBe('self');
  });

  test('the table follows the config: a site service overrides the catalogue, false removes one', () => {
    use({});
    expect(serviceOf('https://connect.facebook.net/en_US/fbevents.js')).toBe('meta-pixel');
    use({ 'meta-pixel': false, mine: { category: 'analytics', hosts: ['connect.facebook.net'] } });
    expect(serviceOf('https://connect.facebook.net/en_US/fbevents.js')).toBe('mine');
  });
});

describe('blocked', () => {
  test('holds a service until its category (and the service itself) is granted; records it as met', () => {
    use({ px: { category: 'advertising', hosts: ['px.example.com'] }, stats: { category: 'analytics', hosts: ['stats.example.com'] } });
    expect(blocked('https://px.example.com/a')).toBe('px');
    grant(['analytics']);
    expect(blocked('https://px.example.com/a')).toBe('px');
    expect(blocked('https://stats.example.com/a')).toBeUndefined();
    grant(['advertising']);
    S.rec!.services.px = false;
    expect(blocked('https://px.example.com/a')).toBe('px');
    expect(blocked('https://elsewhere.example.com/a')).toBeUndefined();
    expect(S.seen).toEqual(['px', 'stats']);
  });

  test('necessary services are never held, even before a config is known', () => {
    use({ pay: { category: 'necessary', hosts: ['pay.example.com'] } });
    expect(blocked('https://pay.example.com/v3')).toBeUndefined();
    S.cfg = null;
    expect(blocked('https://js.stripe.com/v3/')).toBeUndefined();
    expect(blocked('https://connect.facebook.net/en_US/fbevents.js')).toBe('meta-pixel');
  });

  test('Consent Mode advanced lets the Google tags through, and only them', () => {
    use({}, { consentMode: { mode: 'advanced' } });
    expect(blocked('https://www.googletagmanager.com/gtag/js?id=G-1')).toBeUndefined();
    expect(blocked('https://googleads.g.doubleclick.net/pagead/viewthroughconversion/1/')).toBeUndefined();
    expect(blocked('https://connect.facebook.net/en_US/fbevents.js')).toBe('meta-pixel');
    use({});
    expect(blocked('https://www.googletagmanager.com/gtag/js?id=G-1')).toBe('ga4');
  });
});

describe('drain', () => {
  test('drops queued events in place and keeps configuration and consent commands', () => {
    const args = (...a: unknown[]) => a;
    const fbq = [args('init', '1'), args('track', 'PageView'), args('consent', 'revoke'), args('trackCustom', 'X')];
    const same = fbq;
    drain(fbq);
    expect(same).toBe(fbq);
    expect(fbq.map((e) => e[0])).toEqual(['init', 'consent']);
    const paq = [['trackPageView'], ['setSiteId', '1'], ['requireConsent'], ['setTrackerUrl', 'u'], ['trackEvent', 'a', 'b']];
    drain(paq);
    expect(paq.map((e) => e[0])).toEqual(['setSiteId', 'requireConsent', 'setTrackerUrl']);
  });

  test('flat queues (Microsoft UET) keep a consent command with its two arguments', () => {
    const uetq = ['consent', 'default', { ad_storage: 'denied' }, 'event', 'purchase', { revenue_value: 9 }, 'pageLoad'];
    drain(uetq);
    expect(uetq).toEqual(['consent', 'default', { ad_storage: 'denied' }]);
  });

  test('anything that is not an array is left alone', () => {
    for (const v of [undefined, null, 1, 'x', { push() {} }]) expect(() => drain(v)).not.toThrow();
  });
});
