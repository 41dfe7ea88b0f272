from dataclasses import replace
from datetime import date

from geo.events.extract import extract_events
from geo.events.merge import merge_events, same_event
from geo.places import article_places
from geo.records import Event, Excerpt


def event(article, start, end, *, place="gn:1", claimed="", precision=1, best=None, explicit=True,
          outlet=None):
    x = Excerpt(article, outlet or f"Outlet {article}", None, "id", None, "words", 0, 5)
    return Event("Explosions/Remote violence", "Shelling/artillery/missile attack", start, end, 1,
                 "Shusha", place, 39.76, 46.75, "AZ", precision, ("Azerbaijan forces",), claimed,
                 best, best, best, f"{best} orang" if best else "", "shelling", (x,), 0.7, 1, explicit)


D = date


def test_reports_sharing_a_day_merge_and_keep_every_excerpt():
    a = event("a", D(2020, 11, 1), D(2020, 11, 1), claimed="Karabakh separatist leader")
    b = event("b", D(2020, 10, 30), D(2020, 11, 1), claimed="Karabakh separatist defence ministry",
              explicit=False)
    [merged] = merge_events([a, b])
    assert merged.sources == 2 and [x.article for x in merged.excerpts] == ["a", "b"]
    assert (merged.date_start, merged.date_end, merged.date_precision) == (D(2020, 11, 1), D(2020, 11, 1), 1)
    assert merged.claimed_by == "Karabakh separatist leader; Karabakh separatist defence ministry"


def test_a_town_hit_on_two_days_is_two_events():
    saturday = event("a", D(2020, 10, 31), D(2020, 10, 31))
    sunday = event("b", D(2020, 11, 1), D(2020, 11, 1))
    assert len(merge_events([saturday, sunday])) == 2


def test_copies_of_one_outlets_story_are_one_source():
    first = event("a", D(2020, 11, 1), D(2020, 11, 1), outlet="Wire")
    update = event("b", D(2020, 11, 1), D(2020, 11, 1), outlet="wire")
    other = event("c", D(2020, 11, 1), D(2020, 11, 1), outlet="Daily")
    [one] = merge_events([first, update])
    assert one.sources == 1 and one.confidence == first.confidence and len(one.excerpts) == 2
    [two] = merge_events([first, update, other])
    assert two.sources == 2 and two.confidence > first.confidence


def test_statements_of_two_speakers_in_one_capital_are_two():
    base = event("a", D(2025, 3, 10), D(2025, 3, 10), claimed="Pakistan's foreign ministry")
    a = replace(base, event_type="Strategic developments", sub_event_type="Accusation/statement")
    b = replace(a, claimed_by="Pakistani army spokesman", excerpts=(replace(a.primary, article="b"),))
    c = replace(a, claimed_by="the foreign ministry", excerpts=(replace(a.primary, article="c"),))
    assert len(merge_events([a, b])) == 2
    assert len(merge_events([a, c])) == 1


def test_what_does_not_merge():
    a = event("a", D(2020, 11, 1), D(2020, 11, 1))
    assert not same_event(a, replace(a, place_id="gn:2"))  # another place
    assert not same_event(a, replace(a, sub_event_type="Air/drone strike"))  # another kind
    assert not same_event(a, replace(a, date_start=D(2020, 11, 5), date_end=D(2020, 11, 5)))
    other = event("b", D(2020, 11, 1), D(2020, 11, 1))
    # another outlet's claim vs a fact
    assert not same_event(a, replace(other, claimed_by="Azerbaijan's Ministry of Defence"))
    region = replace(a, geo_precision=3)
    assert not same_event(region, replace(region, date_start=D(2020, 11, 2), date_end=D(2020, 11, 2)))


def test_long_spans_merge_when_they_mostly_overlap_and_keep_the_largest_toll():
    war = event("a", D(2020, 9, 27), D(2020, 11, 1), precision=3, best=1200)
    month = event("b", D(2020, 10, 1), D(2020, 10, 31), precision=3, best=1000, explicit=False)
    days = event("b", D(2020, 10, 30), D(2020, 10, 31), precision=3)
    merged = merge_events([war, month, days])
    assert len(merged) == 2
    assert merged[0].fatalities_best == 1200 and merged[0].sources == 2
    assert (merged[0].date_start, merged[0].date_end) == (D(2020, 9, 27), D(2020, 11, 1))


def _merge_comparing_all(events):
    """The plain rule the indexed merge must equal: compare with every earlier event."""
    from geo.events.merge import combine, same_event

    out = []
    for event in events:
        for k, kept in enumerate(out):
            if same_event(kept, event):
                out[k] = combine(kept, event)
                break
        else:
            out.append(event)
    return out


def test_indexed_merge_equals_comparing_with_every_event(gaz, seeds):
    import random
    from dataclasses import replace
    from datetime import timedelta

    from geo.events.extract import extract_events
    from geo.events.merge import merge_events

    base = [e for a in seeds.values() for e in extract_events(a, article_places(a, gaz))]
    rng = random.Random(7)
    events = []
    for _ in range(3000):
        e = rng.choice(base)
        start = e.date_start + timedelta(days=rng.randint(-40, 40))
        events.append(replace(e, place_id=f"p{rng.randint(0, 4)}", date_start=start,
                              date_end=start + timedelta(days=rng.choice([0, 0, 1, 3, 10, 45])),
                              geo_precision=rng.choice([1, 2, 3]),
                              claimed_by=rng.choice(["", "", "Azerbaijan's Ministry of Defence"])))
    merged = merge_events(events)
    assert merged == _merge_comparing_all(events)
    assert 50 < len(merged) < 2000  # many merged, many kept apart


def test_a_merged_event_keeps_the_id_of_the_report_that_told_it_first(gaz, seeds):
    from geo.places import article_places

    first, second = ([e for e in extract_events(a, article_places(a, gaz))] for a in seeds.values())
    merged = merge_events(first + second)
    both = [e for e in merged if e.sources == 2]
    assert both and all(e.id in {x.id for x in first} for e in both)
    assert len({e.id for e in merged}) == len(merged)


def test_one_article_telling_a_claim_in_its_own_voice_too_is_one_claimed_event():
    # "A bombing killed 63 ..." and later "officials told media the toll had risen to 63":
    # the article's own voice retells the claim it attributes, and the claim is kept
    a = event("a", D(2020, 11, 1), D(2020, 11, 1), best=63)
    b = event("a", D(2020, 11, 1), D(2020, 11, 1), claimed="officials", best=63)
    [merged] = merge_events([a, b])
    assert merged.claimed_by == "officials"
    assert len(merge_events([a, replace(b, excerpts=(replace(b.primary, article="c"),))])) == 2
