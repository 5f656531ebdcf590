/// A wire story: dateline in the first paragraph, byline and timestamp above the body, share bar, tags,
/// related links and footer around it.
/// Written for these tests; every name, place and figure in it is invented.
enum WireStoryPage {
    static let html = ##"""
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Norwegian ferry operator halts night crossings after engine fire | Northwire</title>
<meta property="og:title" content="Norwegian ferry operator halts night crossings after engine fire">
<meta property="og:site_name" content="Northwire">
<meta name="author" content="Ingrid Solheim">
<link rel="canonical" href="/world/europe/ferry-operator-halts-night-crossings-2031">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Norwegian ferry operator halts night crossings after engine fire",
 "datePublished":"2024-03-03T07:42:00Z","dateModified":"2024-03-03T09:15:00Z",
 "author":[{"@type":"Person","name":"Ingrid Solheim"}],
 "publisher":{"@type":"Organization","name":"Northwire"}}
</script>
<script>window.__analytics = {section: "world"};</script>
<style>.story p { margin: 0 0 1em; }</style>
</head>
<body class="article-page">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="/">Northwire</a>
  <nav class="primary-nav"><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header>
<main id="main">
  <div class="breadcrumbs"><a href="/world">World</a> / <a href="/world/europe">Europe</a></div>
  <article class="story">
    <header class="story-header">
      <h1 class="story-title">Norwegian ferry operator halts night crossings after engine fire</h1>
      <div class="story-byline">By <a rel="author" href="/authors/ingrid-solheim">Ingrid Solheim</a></div>
      <div class="story-timestamp"><time datetime="2024-03-03T07:42:00Z">March 3, 2024 7:42 AM GMT</time></div>
    </header>
    <div class="story-share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
    <div class="story-body">
      <p>OSLO, March 3 (Northwire) - Fjordlink, the ferry operator that carries most of the traffic across the outer Trondheim fjord, suspended all night crossings on Sunday after a fire broke out in the engine room of one of its vessels, the company said.</p>
      <p>None of the 212 passengers and 14 crew on board the MS Hestnes was hurt, and the ship returned to port under its own power, Fjordlink said in a statement. The fire was put out by the crew within 20 minutes.</p>
      <p>&#8220;We will not resume night sailings until every vessel of the same class has been inspected,&#8221; chief executive Marte Lindqvist told reporters in Trondheim. &#8220;That will take at least a week.&#8221;</p>
      <p>The Norwegian Maritime Authority said it had opened an investigation and would publish its first findings within 30 days.</p>
      <p>Shares in Fjordlink&#8217;s parent company, Nordhavn Shipping, fell 4.1% in early trading in Oslo.</p>
      <p>(Reporting by Ingrid Solheim; Editing by Tom Avery)</p>
    </div>
    <div class="story-tags"><a href="/tags/shipping">Shipping</a> <a href="/tags/norway">Norway</a></div>
  </article>
  <aside class="related-coverage">
    <h2>Related coverage</h2>
    <ul>
      <li><a href="/world/europe/ferry-strike-ends">Norwegian ferry strike ends after pay deal</a></li>
      <li><a href="/business/nordhavn-results">Nordhavn Shipping profit beats forecasts</a></li>
    </ul>
  </aside>
</main>
<footer class="site-footer">
  <p>All quotes delayed a minimum of 15 minutes.</p>
  <p>&copy; 2024 Northwire. All rights reserved.</p>
  <nav><a href="/about">About</a> <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a></nav>
</footer>
</body>
</html>
"""##

    /// The article text the extractor must produce.
    static let text = ##"""
OSLO, March 3 (Northwire) - Fjordlink, the ferry operator that carries most of the traffic across the outer Trondheim fjord, suspended all night crossings on Sunday after a fire broke out in the engine room of one of its vessels, the company said.

None of the 212 passengers and 14 crew on board the MS Hestnes was hurt, and the ship returned to port under its own power, Fjordlink said in a statement. The fire was put out by the crew within 20 minutes.

“We will not resume night sailings until every vessel of the same class has been inspected,” chief executive Marte Lindqvist told reporters in Trondheim. “That will take at least a week.”

The Norwegian Maritime Authority said it had opened an investigation and would publish its first findings within 30 days.

Shares in Fjordlink’s parent company, Nordhavn Shipping, fell 4.1% in early trading in Oslo.

(Reporting by Ingrid Solheim; Editing by Tom Avery)
"""##
}
