"""Facts in the body: quotes and who said them, upstream citations, numeric claims, event dates."""
