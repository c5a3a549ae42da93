// What each catalogue service does, for the cookie declaration, in English and French. Services
// that do the same thing share one text (`kind`); a language without a text here shows the
// purpose's own description instead. A site's `description` in config wins over these.

/** Kind of service → [English, French]. */
const KINDS: Record<string, [string, string]> = {
  tags: ['Loads the other tags the site uses; it sets no cookie by itself.', 'Charge les autres balises utilisées par le site\u00a0; il ne dépose aucun cookie par lui-même.'],
  audience: ['Measures the audience: how many people visit, where they come from and which pages they view.', 'Mesure l’audience\u00a0: nombre de visiteurs, provenance et pages consultées.'],
  events: ['Records what visitors do on the site (pages, clicks, actions) so that the site’s team can see how it is used.', 'Enregistre ce que font les visiteurs sur le site (pages, clics, actions) pour que l’équipe du site voie comment il est utilisé.'],
  replay: ['Records clicks, scrolling and mouse movements (heatmaps, session recordings) to show how pages are used.', 'Enregistre les clics, le défilement et les mouvements de la souris (cartes de chaleur, enregistrements de sessions) pour montrer comment les pages sont utilisées.'],
  testing: ['Shows different versions of a page to different visitors to find out which works better.', 'Présente différentes versions d’une page selon les visiteurs pour savoir laquelle fonctionne le mieux.'],
  personalise: ['Personalises the products and content shown, based on the pages you view.', 'Personnalise les produits et contenus affichés selon les pages que vous consultez.'],
  monitoring: ['Measures page speed and errors so that the site keeps working well.', 'Mesure la vitesse des pages et les erreurs pour que le site continue de bien fonctionner.'],
  adtag: ['Measures which ads bring visits and purchases, and lets the vendor show this site’s ads to its visitors on other sites and apps.', 'Mesure quelles publicités amènent des visites et des achats, et permet au fournisseur de montrer les annonces de ce site à ses visiteurs sur d’autres sites et applications.'],
  adnetwork: ['Advertising network: shows ads based on the pages you have viewed, here and on other sites, and measures their results.', 'Réseau publicitaire\u00a0: affiche des annonces selon les pages que vous avez consultées, ici et sur d’autres sites, et en mesure les résultats.'],
  affiliate: ['Affiliate marketing: records which partner site sent you here, so that the partner is paid for the sale.', 'Affiliation\u00a0: enregistre quel site partenaire vous a envoyé ici, pour que ce partenaire soit rémunéré sur la vente.'],
  email: ['Marketing e-mails: links your visits to your e-mail address to send you offers and measure the campaigns.', 'E-mails marketing\u00a0: relie vos visites à votre adresse e-mail pour vous envoyer des offres et mesurer les campagnes.'],
  popup: ['Shows sign-up and offer pop-ups and measures how they perform.', 'Affiche des fenêtres d’inscription et d’offres, et mesure leurs résultats.'],
  social: ['Shows posts from a social network on this site; the network can see that you viewed the page.', 'Affiche des publications d’un réseau social sur ce site\u00a0; le réseau peut savoir que vous avez consulté la page.'],
  video: ['Plays the videos embedded in the site.', 'Lit les vidéos intégrées au site.'],
  maps: ['Shows interactive maps.', 'Affiche des cartes interactives.'],
  captcha: ['Protects forms against spam and abuse by telling people from automated programs.', 'Protège les formulaires contre le spam et les abus en distinguant les personnes des programmes automatiques.'],
  shop: ['Runs the shop: basket, checkout, signing in and security.', 'Fait fonctionner la boutique\u00a0: panier, commande, connexion et sécurité.'],
  payment: ['Processes payments and detects fraud.', 'Traite les paiements et détecte la fraude.'],
  chat: ['Customer service chat and help.', 'Chat et aide du service client.'],
  forms: ['Shows the site’s forms and sends what you enter to the site’s team.', 'Affiche les formulaires du site et transmet ce que vous y saisissez à l’équipe du site.'],
  reviews: ['Shows customer reviews and ratings.', 'Affiche les avis et les notes des clients.'],
};

/** Kind → services of the catalogue. */
const D = `tags gtm
audience ga4 ga-universal firebase matomo piwik-pro piano-analytics plausible cloudflare-insights adobe-analytics yandex-metrica shopify-analytics
events amplitude mixpanel segment heap
replay clarity hotjar contentsquare fullstory mouseflow smartlook lucky-orange crazy-egg
testing optimizely vwo ab-tasty kameleoon
personalise dynamic-yield salesforce-einstein
monitoring new-relic datadog-rum
adtag google-ads meta-pixel tiktok-pixel pinterest snapchat-pixel linkedin-insight x-pixel reddit-pixel microsoft-uet
adnetwork criteo taboola outbrain quantcast adroll rtb-house trade-desk
affiliate awin rakuten tradedoubler
email klaviyo brevo mailchimp hubspot salesforce-mc activecampaign bloomreach
popup sleeknote
social facebook instagram tiktok-embed x-embed
video youtube vimeo dailymotion
maps google-maps
captcha recaptcha
shop shopify salesforce-cc
payment stripe paypal adyen klarna
chat zendesk brevo-chat intercom crisp tawk livechat drift tidio gorgias iadvize hubspot-chat
forms hubspot-forms
reviews trustpilot avis-verifies yotpo bazaarvoice`;

/** Catalogue service → `{ en, fr }` description. */
export const DESCRIPTIONS: Record<string, Record<string, string>> = {};

for (const line of D.split('\n')) {
  const [kind, ...names] = line.split(' ');
  const [en, fr] = KINDS[kind];
  for (const n of names) DESCRIPTIONS[n] = { en, fr };
}
