"""English column names of article tables (CSV, JSON) as scrapers and datasets write them, per field.
news-watch writes title, publish_date, author, content, keyword, category, source, link."""

COLUMNS = {
    "text": ("text", "content", "body", "article", "full_text", "article_text", "maintext"),
    "html": ("html", "raw_html"),
    "title": ("title", "headline"),
    "published": ("published", "publish_date", "published_at", "pub_date", "date", "datetime", "date_publish"),
    "url": ("url", "link", "source_url", "article_url"),
    "outlet": ("outlet", "source", "source_name", "publisher", "site", "site_name"),
    "author": ("author", "authors", "byline", "reporter"),
    "language": ("language", "lang"),
}
