// Demo panel (part of the demo, not of Consentry): shows live which services of the page's config
// are blocked or running, and which cookies and storage keys exist, so that a visitor sees what
// their choice does. Stand-ins record that they ran in `window.__demo.runs`.
(function () {
  var panel = document.getElementById('demo-panel');
  var block = document.getElementById('consentry-config');
  if (!panel || !block) return;
  var fr = (document.documentElement.lang || '').slice(0, 2) === 'fr';
  var L = fr
    ? { title: 'Démo : ce qui tourne ici', note: 'Ce panneau fait partie de la démo, pas de Consentry.', services: 'Services', cookies: 'Cookies', storage: 'Stockage local', requests: 'Requêtes vers des fournisseurs sur cette page', none: 'aucun', consent: 'choix de consentement', unknown: 'inconnu', blocked: 'bloqué', loaded: 'chargé', allowed: 'autorisé', absent: 'pas sur cette page', withdrawn: 'retiré · actif jusqu’au rechargement' }
    : { title: 'Demo: what runs here', note: 'This panel is part of the demo, not of Consentry.', services: 'Services', cookies: 'Cookies', storage: 'Local storage', requests: 'Requests to vendors on this page', none: 'none', consent: 'consent choice', unknown: 'unknown', blocked: 'blocked', loaded: 'loaded', allowed: 'allowed', absent: 'not on this page', withdrawn: 'withdrawn · runs until reload' };
  var cfg = JSON.parse(block.textContent || '{}');
  var services = cfg.services || {};
  var consentCookie = (cfg.cookie && cfg.cookie.name) || 'consentry';
  var here = (panel.getAttribute('data-services') || '').split(/\s+/).filter(Boolean);

  function esc(s) {
    return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; });
  }
  function like(name, pattern) {
    return pattern.slice(-1) === '*' ? name.indexOf(pattern.slice(0, -1)) === 0 : name === pattern;
  }
  function owner(name, key) {
    if (key === 'cookies' && (name === consentCookie || name === '__Host-' + consentCookie)) return L.consent;
    for (var s in services) {
      var list = services[s][key] || [];
      for (var i = 0; i < list.length; i++) if (like(name, list[i])) return services[s].title || s;
    }
    return L.unknown;
  }
  function granted(name) {
    var c = window.Consentry;
    try {
      return !!c && c.hasConsent(services[name].category, name);
    } catch (e) {
      return false;
    }
  }
  function state(name) {
    var ran = ((window.__demo && window.__demo.runs) || []).indexOf(name) >= 0;
    var ok = services[name].category === 'necessary' || granted(name);
    if (ran) return ok ? ['loaded', L.loaded] : ['withdrawn', L.withdrawn];
    if (here.indexOf(name) < 0) return ['absent', ok ? L.allowed + ' · ' + L.absent : L.absent];
    return ok ? ['allowed', L.allowed] : ['blocked', L.blocked];
  }
  function keys(store) {
    var out = [];
    try {
      for (var i = 0; i < store.length; i++) out.push(store.key(i));
    } catch (e) {
      // storage disabled
    }
    return out.sort();
  }
  function list(items, key) {
    if (!items.length) return '<p class="demo-none">' + L.none + '</p>';
    return '<ul>' + items.map(function (n) {
      return '<li><code>' + esc(n) + '</code> <span class="demo-owner">' + esc(owner(n, key)) + '</span></li>';
    }).join('') + '</ul>';
  }
  function render() {
    var names = Object.keys(services).sort(function (a, b) {
      return (here.indexOf(a) < 0) - (here.indexOf(b) < 0);
    });
    var cookies = document.cookie ? document.cookie.split('; ').map(function (c) { return c.split('=')[0]; }).sort() : [];
    var storage = keys(localStorage).concat(keys(sessionStorage));
    var requests = performance.getEntriesByType('resource').filter(function (e) { return e.name.indexOf('/vendor/') >= 0; }).length;
    return '<h3>' + L.services + '</h3><ul>' + names.map(function (n) {
      var st = state(n);
      return '<li data-service="' + esc(n) + '" data-state="' + st[0] + '"><span>' + esc(services[n].title || n) + '</span> <span class="demo-badge">' + esc(st[1]) + '</span></li>';
    }).join('') + '</ul>' +
      '<h3>' + L.cookies + ' (' + cookies.length + ')</h3>' + list(cookies, 'cookies') +
      '<h3>' + L.storage + ' (' + storage.length + ')</h3>' + list(storage, 'storage') +
      '<p class="demo-requests">' + L.requests + ': <strong>' + requests + '</strong></p>';
  }

  panel.setAttribute('aria-label', L.title);
  panel.innerHTML = '<details' + (matchMedia('(min-width: 900px)').matches ? ' open' : '') + '><summary>' + esc(L.title) +
    '</summary><p class="demo-note">' + esc(L.note) + '</p><div class="demo-body"></div></details>';
  var body = panel.querySelector('.demo-body');
  var last = '';
  function refresh() {
    var html = render();
    if (html !== last) body.innerHTML = last = html;
  }
  refresh();
  addEventListener('consentry:change', function () { setTimeout(refresh); });
  setInterval(refresh, 1000);
})();
