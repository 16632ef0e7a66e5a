"""warta: news intelligence for Indonesian and English."""

__version__ = "0.1.0"
