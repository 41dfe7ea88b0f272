from geo.records import Entry, Mention
from layers.places import COLUMNS, build_places, summarise

BAKU = Entry("gn:587084", "Baku", 40.37767, 49.89201, "AZ", "city", 1_116_513)


def test_one_row_per_place_with_counts():
    pairs = [("a", Mention(0, 4, "Baku", entry=BAKU)), ("b", Mention(9, 13, "Baku", entry=BAKU)),
             ("b", Mention(20, 24, "Baku", entry=BAKU, reporting=False)),
             ("b", Mention(30, 34, "Rusia", role="actor", entry=BAKU)),
             ("c", Mention(0, 5, "Nowhere"))]
    frame = build_places(summarise(pairs))
    assert frame.crs.to_epsg() == 4326
    assert list(frame.columns) == COLUMNS + ["geometry"]
    assert len(frame) == 1
    row = frame.iloc[0]
    assert (row["mentions"], row["n_articles"], row["articles"]) == (2, 2, "a, b")
    assert (row.geometry.x, row.geometry.y) == (49.89201, 40.37767)


def test_empty_layer_keeps_its_columns():
    frame = build_places([])
    assert len(frame) == 0 and list(frame.columns) == COLUMNS + ["geometry"]


def test_the_stored_summary_counted_in_sql_equals_the_one_counted_here(tmp_path, gaz, seeds):
    from dataclasses import replace

    from geo import make_article, store
    from geo.places.mentions import article_places

    path = tmp_path / "s.sqlite"
    pairs = []
    for k in range(12):  # more articles than a row names, so the first ten are chosen
        for a in seeds.values():
            copy = replace(make_article(a.text + f"\n({k})", f"{a.id}-{k}"), published=a.published)
            found = article_places(copy, gaz)
            store.save(copy, found, [], path)
            pairs += [(copy.id, m) for m in found]
    in_sql = build_places(store.place_summaries(path))
    here = build_places(summarise(pairs))
    assert len(here) > 5 and in_sql.drop(columns="geometry").equals(here.drop(columns="geometry"))
    baku = here[here["name"] == "Baku"].iloc[0]
    assert baku["n_articles"] == 24 and len(baku["articles"].split(", ")) == 10
