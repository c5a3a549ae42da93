// Stand-in for Crisp's chat loader (l.js), served locally. Like the real widget it sets its
// session cookie for the website id, connects to its relay and draws a chat button.
(function () {
  var w = window, d = document;
  var demo = (w.__demo = w.__demo || { runs: [] });
  demo.runs.push('crisp');
  var me = d.currentScript && d.currentScript.src ? d.currentScript.src : '';
  var base = me.replace(/\/vendor\/.*$/, '/vendor/');
  var site = w.CRISP_WEBSITE_ID || 'demo';
  var name = encodeURIComponent('crisp-client/session/' + site);
  if (!new RegExp('(?:^|; )' + name.replace(/%/g, '\\%') + '=').test(d.cookie)) {
    d.cookie = name + '=session_' + Math.random().toString(36).slice(2) + '; path=/; max-age=15552000; SameSite=Lax';
  }
  navigator.sendBeacon(base + 'client.relay.crisp.chat/visitor/connect?website=' + encodeURIComponent(site));
  var fr = (d.documentElement.lang || '').slice(0, 2) === 'fr';
  var b = d.createElement('button');
  b.type = 'button';
  b.className = 'demo-chat';
  b.textContent = fr ? 'Discuter' : 'Chat';
  b.setAttribute('aria-label', fr ? 'Ouvrir la discussion (service de démonstration)' : 'Open the chat (demo stand-in)');
  b.onclick = function () {
    alert(fr ? 'Ceci est une imitation locale de Crisp : aucun message ne quitte votre machine.'
      : 'This is a local stand-in for Crisp: no message leaves your machine.');
  };
  d.body.appendChild(b);
})();
