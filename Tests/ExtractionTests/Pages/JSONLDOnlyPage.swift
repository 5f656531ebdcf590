/// A page rendered by script: the body is empty and the text exists only as JSON-LD articleBody (inside
/// @graph).
/// Written for these tests; every name, place and figure in it is invented.
enum JSONLDOnlyPage {
    static let html = ##"""
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Brewery in Kessel wins national quality prize</title>
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@graph": [
    {"@type": "WebSite", "name": "Kessel Bote", "url": "https://kessel-bote.example/"},
    {"@type": "NewsArticle",
     "headline": "Brewery in Kessel wins national quality prize",
     "datePublished": "2024-05-21T10:00:00+02:00",
     "author": {"@type": "Person", "name": "Lena Hofstetter"},
     "articleBody": "The family brewery Hofbräu Kessel has won this year's national quality prize for its dark lager, the judges announced on Tuesday.\n\nThe brewery, founded in 1871, employs 23 people and produces about 9,000 hectolitres a year.\n\n\"We never changed the recipe,\" said owner Georg Brandl. \"Maybe that is the secret.\""}
  ]
}
</script>
</head>
<body>
<div id="app"></div>
<noscript>Please enable JavaScript to read this article.</noscript>
<script src="/static/app.js"></script>
</body>
</html>
"""##

    /// The article text the extractor must produce.
    static let text = ##"""
The family brewery Hofbräu Kessel has won this year's national quality prize for its dark lager, the judges announced on Tuesday.

The brewery, founded in 1871, employs 23 people and produces about 9,000 hectolitres a year.

"We never changed the recipe," said owner Georg Brandl. "Maybe that is the secret."
"""##
}
