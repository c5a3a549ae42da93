// Stand-in for Stripe.js v3, served locally. Stripe is a necessary service on the checkout page:
// like the real script it sets its fraud-prevention cookies __stripe_mid and __stripe_sid and
// reports to m.stripe.com; it mounts a pretend card field and never takes a real payment.
(function () {
  var w = window, d = document;
  var demo = (w.__demo = w.__demo || { runs: [] });
  demo.runs.push('stripe');
  var me = d.currentScript && d.currentScript.src ? d.currentScript.src : '';
  var base = me.replace(/\/vendor\/.*$/, '/vendor/');
  function id() {
    return Math.random().toString(16).slice(2, 10) + '-' + Date.now().toString(16);
  }
  if (!/(?:^|; )__stripe_mid=/.test(d.cookie)) d.cookie = '__stripe_mid=' + id() + '; path=/; max-age=31536000; SameSite=Strict';
  d.cookie = '__stripe_sid=' + id() + '; path=/; max-age=1800; SameSite=Strict';
  navigator.sendBeacon(base + 'm.stripe.com/6');
  w.Stripe = function (key) {
    return {
      key: key,
      elements: function () {
        return {
          create: function () {
            return {
              mount: function (sel) {
                var host = typeof sel === 'string' ? d.querySelector(sel) : sel;
                if (!host) return;
                var fr = (d.documentElement.lang || '').slice(0, 2) === 'fr';
                var i = d.createElement('input');
                i.id = 'card-number';
                i.inputMode = 'numeric';
                i.autocomplete = 'cc-number';
                i.placeholder = '4242 4242 4242 4242';
                i.setAttribute('aria-label', fr ? 'Numéro de carte (démonstration)' : 'Card number (demo)');
                host.textContent = '';
                host.appendChild(i);
              },
            };
          },
        };
      },
      confirmCardPayment: function () {
        return Promise.resolve({ paymentIntent: { status: 'succeeded', demo: true } });
      },
    };
  };
})();
