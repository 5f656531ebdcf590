/// A page with a consent-management cookie banner, a hidden GDPR overlay, a newsletter sign-up box inside
/// the article, a subscription note and widget sidebars.
/// Written for these tests; every name, place and figure in it is invented.
enum CookieNewsletterPage {
    static let html = ##"""
<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="utf-8">
<title>Heatwave: Lyon opens cool rooms in 40 libraries | Le Quotidien du Rhône</title>
<meta property="og:title" content="Heatwave: Lyon opens cool rooms in 40 libraries">
<meta property="article:published_time" content="2024-07-29T06:00:00+02:00">
</head>
<body>
<div id="onetrust-consent-sdk">
  <div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
    <p id="onetrust-policy-text">We and our 147 partners store and access information on your device, such as cookies, to measure audiences and personalise ads and content.</p>
    <button id="onetrust-accept-btn-handler">Accept all</button>
    <button id="onetrust-reject-all-handler">Continue without accepting</button>
  </div>
</div>
<div class="gdpr-overlay" hidden><p>Please review our updated privacy policy.</p></div>
<header class="masthead"><a href="/">Le Quotidien du Rhône</a></header>
<div class="layout">
  <div class="article-column">
    <article>
      <h1>Heatwave: Lyon opens cool rooms in 40 libraries</h1>
      <div class="article-meta"><span class="author">Claire Moreau</span> <span class="date">29 July 2024</span></div>
      <div class="article-text">
        <p>Lyon has opened air-conditioned &#8220;cool rooms&#8221; in 40 of its public libraries as temperatures are forecast to reach 39C on Wednesday.</p>
        <p>The rooms are open to everyone from 10 a.m. to 8 p.m., and water is handed out at the entrance, the city said.</p>
        <div class="newsletter-box">
          <h4>Get the morning briefing</h4>
          <p>Everything you need to know about your city, every morning at 7. Free, and you can unsubscribe at any time.</p>
          <form action="/newsletter"><input type="email" placeholder="Your email"><button>Sign up</button></form>
        </div>
        <p>Older residents who live alone can ask for a daily phone call from volunteers by registering with their town hall.</p>
        <p>Last summer, the libraries welcomed more than 52,000 visitors during two heatwaves.</p>
      </div>
      <div class="subscribe-cta"><p>This article is reserved for subscribers? Not any more: our heatwave coverage is free to read.</p></div>
    </article>
  </div>
  <div class="sidebar-column">
    <div class="widget widget-weather"><p>Lyon today: 37C, sunny. Tomorrow: 39C.</p></div>
    <div class="widget widget-popular"><h3>Most popular</h3><ol><li><a href="/x">Where to swim in Lyon</a></li><li><a href="/y">The best ice cream in the city</a></li></ol></div>
  </div>
</div>
<footer class="site-footer"><p>Le Quotidien du Rhône – all rights reserved – legal notice – cookie settings</p></footer>
</body>
</html>
"""##

    /// The article text the extractor must produce.
    static let text = ##"""
Lyon has opened air-conditioned “cool rooms” in 40 of its public libraries as temperatures are forecast to reach 39C on Wednesday.

The rooms are open to everyone from 10 a.m. to 8 p.m., and water is handed out at the entrance, the city said.

Older residents who live alone can ask for a daily phone call from volunteers by registering with their town hall.

Last summer, the libraries welcomed more than 52,000 visitors during two heatwaves.
"""##
}
