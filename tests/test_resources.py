"""Loaded resources: loaded once, and kept out of the cycle collector's walks."""

from __future__ import annotations

import gc

from warta.resources import Resources
from warta.text import gazetteer


def test_a_loaded_model_is_loaded_once_and_frozen_out_of_collections():
    gc.unfreeze()
    try:
        resources = Resources()
        places = resources.get("gazetteer", gazetteer.load)
        assert resources.get("gazetteer", lambda: None) is places
        assert gc.get_freeze_count() > len(places.places)  # the gazetteer's entries among the frozen objects
    finally:
        gc.unfreeze()
