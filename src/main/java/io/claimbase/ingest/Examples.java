package io.claimbase.ingest;

/** The request and response examples of the ingest operations in the OpenAPI spec. */
final class Examples {

    private Examples() {}

    static final String TEXT_ARTICLE = """
            {
              "text": "China and Russia are not about to form an alliance, but neither are they likely to drift apart.",
              "title": "Partners, not allies",
              "author": "Jane Doe",
              "outlet": "East Asia Forum",
              "publishedOn": "2019-01-09"
            }""";

    static final String HTML_ARTICLE = """
            {
              "html": "<html><head><title>Partners, not allies</title></head><body><nav>Home | World</nav><article><h1>Partners, not allies</h1><p>China and Russia are not about to form an alliance.</p></article></body></html>",
              "author": "Jane Doe",
              "url": "https://example.org/2019/01/09/partners-not-allies"
            }""";

    static final String HTML_PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Partners, not allies | East Asia Forum</title>
              <meta property="og:site_name" content="East Asia Forum">
              <meta name="author" content="Jane Doe">
              <meta property="article:published_time" content="2019-01-09T08:00:00Z">
              <link rel="canonical" href="https://example.org/2019/01/09/partners-not-allies">
            </head>
            <body>
              <nav><a href="/">Home</a> | <a href="/world">World</a></nav>
              <article>
                <h1>Partners, not allies</h1>
                <p>China and Russia are not about to form an alliance, but neither are they likely to drift apart.</p>
                <p>Moscow and Beijing signed a new gas deal in December.</p>
              </article>
              <footer>© East Asia Forum</footer>
            </body>
            </html>""";

    static final String BATCH_CREATED = """
            {"line": 1, "status": "created", "article": {"id": 41, "claimCount": 1}}""";

    static final String BATCH_INVALID = """
            {"line": 3, "status": "invalid", "problem": {"type": "/problems/invalid-body", "title": "Invalid request body",
             "status": 400, "detail": "text: must not be blank", "instance": "/articles/batch",
             "errors": [{"field": "text", "message": "must not be blank"}]}}""";

    static final String BATCH_ANSWER = """
            {"line":1,"status":"created","article":{"id":41,"claimCount":1}}
            {"line":2,"status":"existing","article":{"id":17,"claimCount":1}}
            {"line":3,"status":"invalid","problem":{"type":"/problems/invalid-body","title":"Invalid request body",\
            "status":400,"detail":"text: must not be blank","instance":"/articles/batch","errors":[{"field":"text",\
            "message":"must not be blank"}]}}
            """;
}
