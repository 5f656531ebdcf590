/// A live blog: timestamped entries with headings, a "key events" link list, an ad between entries, a
/// consent dialog and a most-read sidebar.
/// Written for these tests; every name, place and figure in it is invented.
enum LiveBlogPage {
    static let html = ##"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Live: Storm Aldous makes landfall – updates | The Coastal Courier</title>
<meta property="og:site_name" content="The Coastal Courier">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"LiveBlogPosting",
 "headline":"Storm Aldous makes landfall: live updates",
 "coverageStartTime":"2024-10-14T05:00:00-04:00","dateModified":"2024-10-14T16:20:00-04:00",
 "liveBlogUpdate":[{"@type":"BlogPosting","headline":"Power cut to 48,000 homes","datePublished":"2024-10-14T16:20:00-04:00"}]}
</script>
</head>
<body>
<div class="consent-banner" role="dialog"><p>We use cookies to improve your experience and to show you relevant advertising.</p><button>Accept</button><button>Manage</button></div>
<header><a href="/">The Coastal Courier</a><nav><a href="/news">News</a> <a href="/weather">Weather</a> <a href="/sports">Sports</a></nav></header>
<main>
<div class="liveblog">
  <span class="live-label">Live</span>
  <h1>Storm Aldous makes landfall: live updates</h1>
  <p class="liveblog-meta">Updated <time datetime="2024-10-14T16:20:00-04:00">4:20 p.m. EDT</time></p>
  <div class="key-events">
    <h2>Key events</h2>
    <ul>
      <li><a href="#post-5">Power cut to 48,000 homes</a></li>
      <li><a href="#post-3">Bridge closed to traffic</a></li>
    </ul>
  </div>
  <div class="liveblog-posts">
    <article class="liveblog-post" id="post-5">
      <p class="post-time"><time datetime="2024-10-14T16:20:00-04:00">4:20 p.m.</time></p>
      <h3>Power cut to 48,000 homes</h3>
      <p>Harbor Electric said about 48,000 homes and businesses had lost power as gusts reached 70 mph along the coast. Crews will not go out until the wind drops below 40 mph.</p>
    </article>
    <article class="liveblog-post" id="post-4">
      <p class="post-time"><time datetime="2024-10-14T14:05:00-04:00">2:05 p.m.</time></p>
      <p>The county has opened two more shelters, at Linden Middle School and the Eastport fairgrounds.</p>
    </article>
    <div class="ad-container"><p>Advertisement</p><div id="div-gpt-ad-live-1"></div></div>
    <article class="liveblog-post" id="post-3">
      <p class="post-time"><time datetime="2024-10-14T11:30:00-04:00">11:30 a.m.</time></p>
      <h3>Bridge closed to traffic</h3>
      <p>State police closed the Marrow Point bridge in both directions after a lorry was blown onto its side. &#8220;Nobody should be on the road unless they have to be,&#8221; said Captain Ruth Okafor.</p>
      <p>The driver was taken to hospital with minor injuries.</p>
    </article>
  </div>
</div>
<aside class="sidebar"><h2>Most read</h2><ol><li><a href="/a">Five things to pack before a storm</a></li><li><a href="/b">School closures: the full list</a></li></ol></aside>
</main>
<footer><p>&copy; 2024 The Coastal Courier</p></footer>
</body>
</html>
"""##

    /// The article text the extractor must produce.
    static let text = ##"""
Power cut to 48,000 homes

Harbor Electric said about 48,000 homes and businesses had lost power as gusts reached 70 mph along the coast. Crews will not go out until the wind drops below 40 mph.

The county has opened two more shelters, at Linden Middle School and the Eastport fairgrounds.

Bridge closed to traffic

State police closed the Marrow Point bridge in both directions after a lorry was blown onto its side. “Nobody should be on the road unless they have to be,” said Captain Ruth Okafor.

The driver was taken to hospital with minor injuries.
"""##
}
