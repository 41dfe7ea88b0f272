"""Places: where a text names a place, which place it is, and how well that is done.

Recognition, resolution, and their evaluation against a gold corpus.

- `find_places(text, gaz, ...)` / `article_places(article, gaz)`: resolved `Mention`s;
- `recognize` and `resolve`, the two stages, for tests and tools;
- `evaluate`, `read_gold`, `report`, `recognition_scores`: the measures `python -m geo evaluate` prints.
"""
from geo.places.evaluation import MODES, GoldDoc, Scores, evaluate, read_gold, recognition_scores, report
from geo.places.mentions import article_places, find_places
from geo.places.recognition import recognize
from geo.places.resolution import resolve

__all__ = ["MODES", "GoldDoc", "Scores", "article_places", "evaluate", "find_places",
           "read_gold", "recognition_scores", "recognize", "report", "resolve"]
