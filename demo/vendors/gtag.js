// Stand-in for Google's gtag.js (GA4), served locally. Like the real tag it reads the dataLayer
// queue, follows Consent Mode (no cookie while analytics_storage is denied, only a cookieless
// ping), sets _ga and _ga_<id>, and sends page_view and event hits to a collect URL.
(function () {
  var w = window, d = document;
  var demo = (w.__demo = w.__demo || { runs: [] });
  demo.runs.push('ga4');
  var me = d.currentScript && d.currentScript.src ? d.currentScript.src : '';
  var base = me.replace(/\/vendor\/.*$/, '/vendor/');
  var id = (/[?&]id=([^&]+)/.exec(me) || [])[1] || 'G-DEMO';
  var stream = id.replace(/^G-/, '');
  var dl = (w.dataLayer = w.dataLayer || []);
  var storage = 'granted';
  var cid = null;

  function cookie(name) {
    var m = new RegExp('(?:^|; )' + name + '=([^;]*)').exec(d.cookie);
    return m ? m[1] : null;
  }
  function ensureCookies() {
    if (storage !== 'granted') return;
    var now = Math.floor(Date.now() / 1000);
    cid = (cookie('_ga') || '').split('.').slice(2).join('.') || Math.floor(Math.random() * 1e9) + '.' + now;
    d.cookie = '_ga=GA1.1.' + cid + '; path=/; max-age=63072000; SameSite=Lax';
    d.cookie = '_ga_' + stream + '=GS1.1.' + now + '.1.0.' + now + '.0.0.0; path=/; max-age=63072000; SameSite=Lax';
  }
  function hit(name, params) {
    var q = 'v=2&tid=' + encodeURIComponent(id) + '&en=' + encodeURIComponent(name) +
      '&gcs=' + (storage === 'granted' ? 'G111' : 'G100') + (cid && storage === 'granted' ? '&cid=' + cid : '');
    for (var k in params || {}) if (typeof params[k] !== 'object') q += '&ep.' + k + '=' + encodeURIComponent(params[k]);
    navigator.sendBeacon(base + 'www.google-analytics.com/g/collect?' + q);
  }
  function run(a) {
    if (!a || typeof a.length !== 'number') return;
    if (a[0] === 'consent' && a[2] && a[2].analytics_storage) {
      storage = a[2].analytics_storage;
      ensureCookies();
    } else if (a[0] === 'config') {
      ensureCookies();
      hit('page_view', { page_location: location.href });
    } else if (a[0] === 'event') {
      hit(a[1], a[2]);
    }
  }
  // Consent commands apply first, whatever their position: a tag reads the consent state before it fires.
  for (var i = 0; i < dl.length; i++) if (dl[i] && dl[i][0] === 'consent') run(dl[i]);
  for (var j = 0; j < dl.length; j++) if (dl[j] && dl[j][0] !== 'consent') run(dl[j]);
  var push = dl.push;
  dl.push = function () {
    var r = push.apply(dl, arguments);
    for (var k = 0; k < arguments.length; k++) run(arguments[k]);
    return r;
  };
})();
