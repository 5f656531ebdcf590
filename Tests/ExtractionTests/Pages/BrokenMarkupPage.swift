/// Old table-layout markup with unclosed <p>, <td> and <tr>, an <h1> closed by </h2>, stray end tags,
/// misnested inline tags, entities known and unknown, and no closing </body> or </html>.
/// Written for these tests; every name, place and figure in it is invented.
enum BrokenMarkupPage {
    static let html = ##"""
<html>
<head>
<title>Harbour museum reopens after two-year refit :: Bayside Gazette
<body bgcolor=white>
<table width=100%><tr><td class=nav><a href=/>Home</a> | <a href=/news>News</a> | <a href=/events>Events</a>
<tr><td class=main>
<div class="article">
<h1>Harbour museum reopens after two-year refit</h2>
<p>The Bayside Harbour Museum reopened to the public on Saturday after a two-year refit that cost &pound;3.8 million&nbsp;and doubled its exhibition space.
<p>Queues stretched along the quay before the doors opened at 10 a.m., and staff said more than 1,900 people visited on the first day</b>.
<p>The museum&#8217;s new gallery tells the story of the town&rsquo;s herring fleet, using boats, nets and recordings of former fishermen &amp; their families.
<div class="caption">Photo: Bayside Gazette</div></span>
<p><span class="lead">Director</span> Amira Castell said the refit had been &quot;worth every penny&quot;. <i>We kept the old building and gave it a new heart,</i> she said.
<p>Entry remains free for residents; visitors pay &pound;6 &amp;unknown; children under 12 go free.
</div>
<td class=sidebar><p>Weather: sunny, 18&deg;C</p><p><a href=/subscribe>Subscribe to the Gazette</a>
</table>
<p class=footer>Bayside Gazette &copy; 2003-2024
"""##

    /// The article text the extractor must produce.
    static let text = ##"""
The Bayside Harbour Museum reopened to the public on Saturday after a two-year refit that cost £3.8 million and doubled its exhibition space.

Queues stretched along the quay before the doors opened at 10 a.m., and staff said more than 1,900 people visited on the first day.

The museum’s new gallery tells the story of the town’s herring fleet, using boats, nets and recordings of former fishermen & their families.

Director Amira Castell said the refit had been "worth every penny". We kept the old building and gave it a new heart, she said.

Entry remains free for residents; visitors pay £6 &unknown; children under 12 go free.
"""##
}
