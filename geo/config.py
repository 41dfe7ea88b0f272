"""Paths and constants shared by geo/ and layers/ (never the working directory)."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
ARTICLES_DIR = DATA_DIR / "articles"
GAZETTEER_SOURCES = DATA_DIR / "gazetteer"
GEODATA_DIR = DATA_DIR / "geodata"
# The trained candidate model of place recognition (rebuilt by `python -m geo train`).
PLACES_MODEL = DATA_DIR / "models" / "places.json"

CRS = "EPSG:4326"
# Centre of the South Caucasus view (between Baku, Yerevan and Stepanakert).
DEFAULT_CENTER = (40.1, 46.3)

# Articles over this size are refused: a 20 MB text is still processed (in chunks).
MAX_ARTICLE_BYTES = 25 * 1024 * 1024
LANGUAGES = ("id", "en")


def cache_dir() -> Path:
    """Where derived, rebuildable files (the gazetteer index, geocoder cache) live."""
    return Path(os.environ.get("CONFLICT_MAP_CACHE", ROOT / ".cache"))


def store_path() -> Path:
    """The SQLite store, from CONFLICT_MAP_STORE (default data/store.sqlite)."""
    return Path(os.environ.get("CONFLICT_MAP_STORE", DATA_DIR / "store.sqlite"))
