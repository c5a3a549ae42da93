// Stand-in for Meta's fbevents.js (Meta Pixel), served locally. Like the real pixel it drains the
// fbq queue, respects fbq('consent', 'revoke' | 'grant'), sets _fbp (and _fbc after an ad click)
// and sends each event as a pixel request to /tr.
(function () {
  var w = window, d = document;
  var demo = (w.__demo = w.__demo || { runs: [] });
  demo.runs.push('meta-pixel');
  var me = d.currentScript && d.currentScript.src ? d.currentScript.src : '';
  var base = me.replace(/\/vendor\/.*$/, '/vendor/');
  var fbq = w.fbq;
  if (!fbq) return;
  var granted = true, pixel = null, held = [];

  function cookies() {
    if (!/(?:^|; )_fbp=/.test(d.cookie)) {
      d.cookie = '_fbp=fb.1.' + Date.now() + '.' + Math.floor(Math.random() * 1e9) + '; path=/; max-age=7776000; SameSite=Lax';
    }
    var click = /[?&]fbclid=([^&]+)/.exec(location.search);
    if (click) d.cookie = '_fbc=fb.1.' + Date.now() + '.' + click[1] + '; path=/; max-age=7776000; SameSite=Lax';
  }
  function send(ev, data) {
    var img = new Image();
    img.src = base + 'www.facebook.com/tr/?id=' + encodeURIComponent(pixel || '') + '&ev=' + encodeURIComponent(ev) +
      (data && data.value ? '&cd[value]=' + encodeURIComponent(data.value) : '') + '&dl=' + encodeURIComponent(location.href);
    (demo.images = demo.images || []).push(img);
  }
  function run(a) {
    var cmd = a[0];
    if (cmd === 'consent') {
      granted = a[1] !== 'revoke';
      if (granted) {
        cookies();
        while (held.length) send.apply(null, held.shift());
      }
    } else if (cmd === 'init') {
      pixel = a[1];
      if (granted) cookies();
    } else if (cmd === 'track' || cmd === 'trackCustom') {
      if (granted) send(a[1], a[2]);
      else held.push([a[1], a[2]]);
    }
  }
  var queue = fbq.queue || [];
  fbq.queue = [];
  for (var i = 0; i < queue.length; i++) run(queue[i]);
  fbq.callMethod = function () { run(arguments); };
})();
