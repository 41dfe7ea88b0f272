from geo.records import Entry, Mention
from layers.places import COLUMNS, build_places

BAKU = Entry("gn:587084", "Baku", 40.37767, 49.89201, "AZ", "city", 1_116_513)


def test_one_row_per_place_with_counts():
    pairs = [("a", Mention(0, 4, "Baku", entry=BAKU)), ("b", Mention(9, 13, "Baku", entry=BAKU)),
             ("b", Mention(20, 24, "Baku", entry=BAKU, reporting=False)),
             ("b", Mention(30, 34, "Rusia", role="actor", entry=BAKU)),
             ("c", Mention(0, 5, "Nowhere"))]
    frame = build_places(pairs)
    assert frame.crs.to_epsg() == 4326
    assert list(frame.columns) == COLUMNS + ["geometry"]
    assert len(frame) == 1
    row = frame.iloc[0]
    assert (row["mentions"], row["articles"]) == (2, "a, b")
    assert (row.geometry.x, row.geometry.y) == (49.89201, 40.37767)


def test_empty_layer_keeps_its_columns():
    frame = build_places([])
    assert len(frame) == 0 and list(frame.columns) == COLUMNS + ["geometry"]
