"""The always-on service over batch ingest: watched sources and their health (sources), the polling loop (watch),
saved alerts with Atom feeds and webhooks (alerts). Everything it keeps lives in the store's own tables."""
