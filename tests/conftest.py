"""Shared fixtures: the real gazetteer index (built once into a session cache) and the seeds."""
from __future__ import annotations

import pytest

from geo import gazetteer, load_articles
from geo.config import ARTICLES_DIR


@pytest.fixture(scope="session")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


@pytest.fixture(scope="session")
def seeds() -> dict:
    return {a.id: a for a in load_articles(ARTICLES_DIR)}
