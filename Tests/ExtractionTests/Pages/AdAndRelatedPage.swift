/// An article with ads placed inside the body as a <p>, a <div> and an <aside>, a related-stories box and a
/// "Read more" link between paragraphs, a share bar and a recommendation widget.
/// Written for these tests; every name, place and figure in it is invented.
enum AdAndRelatedPage {
    static let html = ##"""
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>City council approves tram extension to the airport - Valley Tribune</title>
<meta property="article:published_time" content="2023-11-08T18:30:00+01:00">
<meta property="article:modified_time" content="2023-11-09T08:00:00+01:00">
</head>
<body>
<div id="top-leaderboard" class="ad ad--leaderboard"><span>Advertisement</span></div>
<div class="page">
<nav class="menu"><a href="/">Home</a> <a href="/local">Local</a> <a href="/politics">Politics</a></nav>
<div class="content">
<article class="post">
<h1 class="entry-title">City council approves tram extension to the airport</h1>
<p class="byline">By Paolo Ricci | November 8, 2023</p>
<div class="entry-content">
<p>The city council voted 31 to 12 on Wednesday night to extend the number 4 tram line to the airport, ending a decade of arguments over how to link the terminal to the centre.</p>
<p>The 6.2-kilometre extension will add five stops and is expected to cost &euro;410 million, two thirds of it paid by the regional government.</p>
<p class="advertisement">Advertisement</p>
<div class="inline-ad" id="div-gpt-ad-1699467000-0"><p>Holiday flights from &euro;39. Book now with Skyhop!</p></div>
<p>Opposition councillors said the budget was unrealistic. &#8220;Every tram project in this city has come in late and over budget,&#8221; said Hanna Berg, who leads the largest opposition group.</p>
<aside class="pullquote-ad sponsored"><p>Sponsored: Discover the new Voltera e-bike range at your local dealer.</p></aside>
<div class="related-stories">
<h3>Related stories</h3>
<ul>
<li><a href="/local/tram-4-delays">Tram 4 delays: what went wrong in 2019</a></li>
<li><a href="/politics/airport-bus-contract">Airport bus contract extended for two years</a></li>
<li><a href="/local/terminal-b-opens">Terminal B opens to passengers</a></li>
</ul>
</div>
<p>Construction is due to start in the spring of 2025, and the first trams could reach the airport by late 2028.</p>
<p>Read more: <a href="/local/tram-history">A short history of the city's trams</a></p>
<h2>What happens next</h2>
<p>The plan now goes to the regional transport authority, which must approve the funding before any contracts are signed.</p>
</div>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Copy link</a></div>
</article>
</div>
<div id="taboola-below-article" class="trc_related_container"><div class="trc_header">You May Like</div><a href="#">Doctors stunned by this one simple trick</a></div>
</div>
<footer id="colophon"><p>Valley Tribune, 12 Market Square. Contact the newsroom.</p></footer>
</body>
</html>
"""##

    /// The article text the extractor must produce.
    static let text = ##"""
The city council voted 31 to 12 on Wednesday night to extend the number 4 tram line to the airport, ending a decade of arguments over how to link the terminal to the centre.

The 6.2-kilometre extension will add five stops and is expected to cost €410 million, two thirds of it paid by the regional government.

Opposition councillors said the budget was unrealistic. “Every tram project in this city has come in late and over budget,” said Hanna Berg, who leads the largest opposition group.

Construction is due to start in the spring of 2025, and the first trams could reach the airport by late 2028.

What happens next

The plan now goes to the regional transport authority, which must approve the funding before any contracts are signed.
"""##
}
