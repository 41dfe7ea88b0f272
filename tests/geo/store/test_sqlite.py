import sqlite3

from geo import make_article, store
from geo.pipeline import ingest_article, stored_events
from geo.records import event_id


def test_ingest_is_idempotent_and_uses_wal(tmp_path, gaz, seeds):
    path = tmp_path / "s.sqlite"
    first = [ingest_article(a, gaz, path) for a in seeds.values()]
    assert all(r.added for r in first)
    before = store.counts(path)
    again = [ingest_article(a, gaz, path) for a in seeds.values()]
    assert not any(r.added for r in again) and store.counts(path) == before
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    events = stored_events(path)
    assert any(e.sources == 2 for e in events)  # merged across the stored articles
    stored = {a.id: a for a in store.read_articles(path)}
    assert stored.keys() == seeds.keys()
    assert all(stored[k].text == seeds[k].text and stored[k].nonreporting == seeds[k].nonreporting
               for k in seeds)


def test_same_name_other_text_is_kept_apart(tmp_path, gaz):
    path = tmp_path / "s.sqlite"
    a = make_article("Rockets hit Stepanakert on Friday.", "doc", published="2020-10-31", language="en")
    b = make_article("Talks in Geneva on Friday.", "doc", published="2020-10-31", language="en")
    ra, rb = ingest_article(a, gaz, path), ingest_article(b, gaz, path)
    assert ra.stored_as == "doc" and rb.stored_as.startswith("doc-") and store.counts(path)[0] == 2
    events = store.read_events(path).events  # each names the article as stored, and its id follows
    assert [e.primary.article for e in events] == ["doc", rb.stored_as]
    assert [e.id for e in events] == [event_id(e) for e in events] and len({e.id for e in events}) == 2


def test_article_without_events_is_stored_with_none(tmp_path, gaz):
    path = tmp_path / "s.sqlite"
    done = ingest_article(make_article("Cuaca cerah di Jakarta.", "w", published="2020-10-31",
                                       language="id"), gaz, path)
    assert done.added and done.events == 0 and stored_events(path) == []


def test_mentions_and_chosen_articles_read_back_as_found(tmp_path, gaz, seeds):
    from geo.places.mentions import article_places

    path = tmp_path / "s.sqlite"
    for a in seeds.values():
        ingest_article(a, gaz, path)
    expected = [(a.id, m.start, m.end, m.text, m.role, int(m.reporting),
                 *((m.entry.id, m.entry.name, m.entry.kind, m.entry.lat, m.entry.lon) if m.entry
                   else (None,) * 5))
                for a in seeds.values() for m in article_places(a, gaz)]
    with sqlite3.connect(path) as con:  # the store's mentions table, as the page's SQL reads it
        got = con.execute('SELECT article_id, start, "end", text, role, reporting, entry_id, name, '
                          "kind, lat, lon FROM mentions ORDER BY rowid").fetchall()
    assert got == expected
    one = next(iter(seeds))
    assert [a.id for a in store.read_articles(path, [one, one])] == [one]
    assert store.read_articles(path, []) == []


def test_a_batch_is_stored_all_or_nothing(tmp_path, gaz):
    path = tmp_path / "s.sqlite"
    good = make_article("Rockets hit Stepanakert on Friday.", "good", published="2020-10-31", language="en")
    twin = make_article("Rockets hit Stepanakert on Friday.", "twin", published="2020-10-31", language="en")
    with store.connect(path) as con:
        done = store.save_batch(con, [(good, [], []), (twin, [], [])])
    assert [d.added for d in done] == [True, False] and done[1].stored_as == "good"
    broken = make_article("Other text.", "broken", published="2020-10-31", language="en")
    with sqlite3.connect(path) as con:  # a trigger that fails the second insert of a batch
        con.execute("CREATE TRIGGER no_broken BEFORE INSERT ON articles WHEN NEW.id = 'broken' "
                    "BEGIN SELECT RAISE(ABORT, 'refused'); END")
    ok = make_article("More text.", "ok", published="2020-10-31", language="en")
    try:
        with store.connect(path) as con:
            store.save_batch(con, [(ok, [], []), (broken, [], [])])
    except store.StoreError as exc:
        assert "could not store broken" in str(exc)
    else:
        raise AssertionError("the batch should have failed")
    assert [a.id for a in store.read_articles(path)] == ["good"]
