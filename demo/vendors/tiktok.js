// Stand-in for TikTok's pixel (events.js), served locally. Like the real one it drains the ttq
// queue, honours holdConsent / revokeConsent / grantConsent, sets _ttp and _tt_enable_cookie,
// keeps a session id in sessionStorage and sends events to /api/v2/pixel.
(function () {
  var w = window, d = document;
  var demo = (w.__demo = w.__demo || { runs: [] });
  demo.runs.push('tiktok-pixel');
  var me = d.currentScript && d.currentScript.src ? d.currentScript.src : '';
  var base = me.replace(/\/vendor\/.*$/, '/vendor/');
  var sdk = (/[?&]sdkid=([^&]+)/.exec(me) || [])[1] || '';
  var ttq = w[w.TiktokAnalyticsObject || 'ttq'];
  if (!ttq) return;
  var granted = true, held = [];

  function store() {
    if (!/(?:^|; )_ttp=/.test(d.cookie)) {
      d.cookie = '_ttp=' + Math.random().toString(36).slice(2) + Date.now().toString(36) + '; path=/; max-age=33696000; SameSite=Lax';
    }
    d.cookie = '_tt_enable_cookie=1; path=/; max-age=33696000; SameSite=Lax';
    try {
      sessionStorage.setItem('tt_sessionId', String(Date.now()));
    } catch (e) {
      // storage disabled
    }
  }
  function send(ev) {
    navigator.sendBeacon(base + 'analytics.tiktok.com/api/v2/pixel?sdkid=' + sdk + '&event=' + encodeURIComponent(ev));
  }
  function run(a) {
    var cmd = a[0];
    if (cmd === 'holdConsent' || cmd === 'revokeConsent') granted = false;
    else if (cmd === 'grantConsent') {
      granted = true;
      store();
      while (held.length) send(held.shift());
    } else if (cmd === 'page' || cmd === 'track') {
      var ev = cmd === 'page' ? 'Pageview' : a[1];
      if (granted) {
        store();
        send(ev);
      } else held.push(ev);
    }
  }
  var q = ttq.slice ? ttq.slice() : [];
  ttq.length = 0;
  for (var i = 0; i < q.length; i++) run(q[i]);
  // From now on every ttq method runs at once instead of queueing.
  for (var j = 0; j < (ttq.methods || []).length; j++) {
    (function (m) {
      ttq[m] = function () { run([m].concat([].slice.call(arguments))); };
    })(ttq.methods[j]);
  }
})();
