import sqlite3

from geo import make_article, store
from geo.ingest import ingest_article


def test_ingest_is_idempotent_and_uses_wal(tmp_path, gaz, seeds):
    path = tmp_path / "s.sqlite"
    first = [ingest_article(a, gaz, path) for a in seeds.values()]
    assert all(r.added for r in first)
    before = store.counts(path)
    again = [ingest_article(a, gaz, path) for a in seeds.values()]
    assert not any(r.added for r in again) and store.counts(path) == before
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    events = store.load_events(path)
    assert any(e.sources == 2 for e in events)  # merged across the stored articles
    stored = {a.id: a for a in store.load_articles(path)}
    assert stored.keys() == seeds.keys()
    assert all(stored[k].text == seeds[k].text and stored[k].nonreporting == seeds[k].nonreporting
               for k in seeds)


def test_same_name_other_text_is_kept_apart(tmp_path, gaz):
    path = tmp_path / "s.sqlite"
    a = make_article("Rockets hit Stepanakert on Friday.", "doc", published="2020-10-31", language="en")
    b = make_article("Talks in Geneva on Friday.", "doc", published="2020-10-31", language="en")
    ra, rb = ingest_article(a, gaz, path), ingest_article(b, gaz, path)
    assert ra.stored_as == "doc" and rb.stored_as.startswith("doc-") and store.counts(path)[0] == 2


def test_article_without_events_is_stored_with_none(tmp_path, gaz):
    path = tmp_path / "s.sqlite"
    done = ingest_article(make_article("Cuaca cerah di Jakarta.", "w", published="2020-10-31",
                                       language="id"), gaz, path)
    assert done.added and done.events == 0 and store.load_events(path) == []
