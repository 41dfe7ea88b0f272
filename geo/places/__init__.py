"""Places: where a text names a place, which place it is, and how well that is done.

Recognition, resolution, and their evaluation against a gold corpus.

- `find_places(text, gaz, ...)` / `article_places(article, gaz)`: resolved `Mention`s;
- `recognize` and `resolve`, the two stages, for tests and tools;
- `evaluate`, `read_gold`, `report`, `recognition_scores`: the measures `python -m geo evaluate` prints;
- `label`, `train`, `cross_validate`, `read_model`: the candidate model (`python -m geo train`).
"""
from geo.places.evaluation import MODES, GoldDoc, Scores, evaluate, read_gold, recognition_scores, report
from geo.places.mentions import article_places, find_places
from geo.places.model import Model, read_model
from geo.places.recognition import recognize
from geo.places.resolution import resolve
from geo.places.training import Labelled, cross_validate, label, train

__all__ = ["MODES", "GoldDoc", "Labelled", "Model", "Scores", "article_places", "cross_validate",
           "evaluate", "find_places", "label", "read_gold", "read_model", "recognition_scores", "recognize",
           "report", "resolve", "train"]
