// Stand-in for Hotjar's tracking script, served locally. Like the real one it reads its site id
// from the script URL, sets _hjSessionUser_<id> and _hjSession_<id>, keeps a viewport id in
// sessionStorage and posts visit data to in.hotjar.com.
(function () {
  var w = window, d = document;
  var demo = (w.__demo = w.__demo || { runs: [] });
  demo.runs.push('hotjar');
  var me = d.currentScript && d.currentScript.src ? d.currentScript.src : '';
  var base = me.replace(/\/vendor\/.*$/, '/vendor/');
  var id = (/hotjar-(\d+)\.js/.exec(me) || [])[1] || (w._hjSettings && w._hjSettings.hjid) || '0';
  var now = Date.now();
  var user = btoa('{"id":"' + Math.floor(Math.random() * 1e12).toString(16) + '","created":' + now + ',"existing":false}');
  d.cookie = '_hjSessionUser_' + id + '=' + user + '; path=/; max-age=31536000; SameSite=Lax';
  d.cookie = '_hjSession_' + id + '=' + btoa('{"id":"' + now + '","c":' + now + '}') + '; path=/; max-age=1800; SameSite=Lax';
  try {
    sessionStorage.setItem('hjViewportId', String(Math.floor(Math.random() * 1e9)));
  } catch (e) {
    // storage disabled: Hotjar records without it
  }
  navigator.sendBeacon(base + 'in.hotjar.com/api/v2/client/sites/' + id + '/visit-data?sv=' + ((w._hjSettings && w._hjSettings.hjsv) || 6));
  var q = (w.hj && w.hj.q) || [];
  w.hj = function () {
    navigator.sendBeacon(base + 'in.hotjar.com/api/v2/client/sites/' + id + '/events?e=' + encodeURIComponent(arguments[1] || arguments[0]));
  };
  for (var i = 0; i < q.length; i++) w.hj.apply(null, q[i]);
})();
