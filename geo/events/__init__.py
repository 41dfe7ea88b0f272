"""Events: what an article reports, coded like ACLED, and the same event told twice merged.

What happened (ACLED's types), where, when, who, how many were killed and who says so.

- `extract_events(article, mentions)`: the events of one article, from its place mentions;
- `merge_events(events)` and `Merger` (a merge that can go on as articles arrive).
"""
from geo.events.extract import extract_events
from geo.events.merge import Merger, merge_events, same_event

__all__ = ["Merger", "extract_events", "merge_events", "same_event"]
