"""Stories: articles about one event, grouped across outlets and languages, then compared."""
