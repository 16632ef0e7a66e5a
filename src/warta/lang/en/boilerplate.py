"""Cues of page furniture on English news pages (the HTML cleaner meets them in trafilatura's output)."""

RELATED_LINK_PREFIXES = (
    "read more", "read also", "see also", "see more", "related", "also on", "also read", "more:", "watch:",
    "listen:", "download:", "click here", "sign up", "subscribe to", "don't miss", "do not miss",
    "you may also like", "recommended", "leggi anche", "leia também", "veja também", "lesen sie auch", "lire aussi",
    "like this story", "share this", "follow us", "thanks for signing up", "keep an eye on your inbox",
    "there was an error processing your subscription",
)
COLON_ONLY_PREFIXES = frozenset({"related", "more", "watch", "listen", "download", "recommended"})

PROMPTS = ("advertisement", "sorry!", "comments", "tags", "share", "tell us what you think...", "loading",
           "skip to content", "skip advertisement", "story continues below advertisement")
