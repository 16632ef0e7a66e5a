"""The REST API and the web UI over the store (FastAPI, server-rendered Jinja2 templates, no CDN)."""
