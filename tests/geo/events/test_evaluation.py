"""The event scorer: what matches, what each field counts, non-events coded anyway; and
`python -m geo evaluate-events` on a tiny gold file of our own sentences."""
import json
from datetime import date

import pytest

from geo.cli import main
from geo.errors import InputError
from geo.events.evaluation import (
    GoldArticle,
    GoldEvent,
    NonEvent,
    claimant_agrees,
    match_article,
    read_event_gold,
    score,
)
from geo.records import Event, Excerpt

REMOTE, SHELLING = "Explosions/Remote violence", "Shelling/artillery/missile attack"
TEXT = "Rockets hit Stepanakert on Monday, officials said. In 1994 a ceasefire was agreed."


def _gold(**kw) -> GoldEvent:
    base = dict(event_type=REMOTE, sub_event_type=SHELLING, place="Stepanakert", lat=39.8265,
                lon=46.7656, country="AZ", geo_precision=1, date_start=date(2020, 10, 5),
                date_end=date(2020, 10, 5), claimed_by="officials", fatalities=None, evidence=(0, 50))
    base.update(kw)
    return GoldEvent(**base)


def _event(lat=39.8265, lon=46.7656, start=date(2020, 10, 5), end=date(2020, 10, 5),
           etype=REMOTE, sub=SHELLING, excerpt=(0, 50), claimed="Karabakh officials",
           place_id="x", precision=1, toll=None) -> Event:
    x = Excerpt("a", "outlet", None, "en", None, TEXT[excerpt[0]:excerpt[1]], *excerpt)
    return Event(etype, sub, start, end, 1, "Stepanakert", place_id, lat, lon, "AZ", precision, (),
                 claimed, None, toll, None, "", "hit", (x,), 0.7)


def _article(events, non_events=()) -> GoldArticle:
    return GoldArticle("a", "en", {"text": TEXT}, tuple(events), tuple(non_events))


def _no_region(_):
    return None


def test_an_event_matches_by_type_place_and_overlapping_dates():
    r = match_article(_article([_gold()]), [_event()], _no_region, _no_region)
    s = score([r])
    assert (s.matched, s.precision, s.recall) == (1, 1.0, 1.0)
    assert s.fields["claimant right"] == (1, 1) and s.fields["dates"] == (1, 1)


@pytest.mark.parametrize("event", [
    _event(lat=40.2, lon=46.7656),  # 41 km north
    _event(start=date(2020, 10, 6), end=date(2020, 10, 7)),  # the next days
    _event(etype="Battles", sub="Armed clash"),
])
def test_wrong_place_dates_or_type_do_not_match(event):
    s = score([match_article(_article([_gold()]), [event], _no_region, _no_region)])
    assert (s.matched, s.precision, s.recall) == (0, 0.0, 0.0)


def test_each_gold_event_is_matched_once():
    s = score([match_article(_article([_gold()]), [_event(), _event()], _no_region, _no_region)])
    assert (s.matched, s.produced, s.precision) == (1, 2, 0.5)


def test_a_region_coded_gold_matches_any_place_inside_the_region():
    gold = _gold(place="Nagorno-Karabakh", lat=40.0, lon=46.5, geo_precision=3)
    far = _event(lat=39.6, lon=47.1, place_id="town")  # 67 km away, inside the region

    def event_region(e):
        return {"town": "AZ/K", "elsewhere": "AM/01"}[e.place_id]

    def gold_region(_):
        return "AZ/K"

    assert score([match_article(_article([gold]), [far], event_region, gold_region)]).matched == 1
    other = _event(lat=39.6, lon=47.1, place_id="elsewhere")
    assert score([match_article(_article([gold]), [other], event_region, gold_region)]).matched == 0
    town_gold = _gold(lat=40.0, lon=46.5)  # precision 1: only the 25 km count
    assert score([match_article(_article([town_gold]), [far], event_region, gold_region)]).matched == 0


def test_an_event_drawn_from_a_non_event_sentence_is_counted_by_reason():
    background = NonEvent(51, len(TEXT), "background")
    produced = [_event(), _event(etype="Strategic developments", sub="Agreement", excerpt=(51, len(TEXT)))]
    s = score([match_article(_article([_gold()], [background]), produced, _no_region, _no_region)])
    assert s.non_events == {"background": (1, 1)} and s.non_events_coded == (1, 1)


def test_fields_are_scored_only_on_matched_events():
    gold = _gold(fatalities=3, claimed_by="")
    s = score([match_article(_article([gold]), [_event(toll=2)], _no_region, _no_region)])
    assert s.fields["toll"] == (0, 1) and s.fields["claimant present"] == (0, 1)
    assert s.fields["claimant right"] == (0, 0)  # no claimant in the gold: nothing to be right about


@pytest.mark.parametrize("gold, produced, agrees", [
    ("Pakistani military", "Pakistan's military", True),
    ("Gaza health ministry", "the health ministry in Gaza", True),
    ("Taliban", "Pakistani military", False),
    ("", "", True),
    ("Taliban", "", False),
])
def test_claimants_agree_by_the_words_of_their_names(gold, produced, agrees):
    assert claimant_agrees(gold, produced) is agrees


def test_a_gold_file_with_evidence_outside_its_text_is_refused(tmp_path):
    path = tmp_path / "gold.jsonl"
    bad = {"id": "x", "lang": "en", "published": "2020-10-05", "text": "Short.", "events": [
        {"event_type": REMOTE,
         "sub_event_type": SHELLING, "place": "X", "lat": 1, "lon": 1, "country": "AZ",
         "geo_precision": 1, "date_start": "2020-10-05", "date_end": "2020-10-05",
         "claimed_by": "", "fatalities": None, "evidence": [0, 99]}], "non_events": []}
    path.write_text(json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="gold.jsonl:1: a gold event is not valid"):
        read_event_gold(path)


def test_evaluate_events_runs_the_product_on_a_gold_file(tmp_path, capsys):
    text = ("Artillery shelled Stepanakert on Sunday, the Karabakh emergency service said.\n"
            "Decades ago, in 1992, the town was besieged.")
    gold = {"id": "k1", "lang": "en", "published": "2020-10-06", "source": "Test wire",
            "title": "Shelling", "text": text, "events": [{
                "event_type": REMOTE, "sub_event_type": SHELLING, "place": "Stepanakert",
                "lat": 39.8265, "lon": 46.7656, "country": "AZ", "geo_precision": 1,
                "date_start": "2020-10-04", "date_end": "2020-10-04",
                "claimed_by": "Karabakh emergency service", "fatalities": None,
                "evidence": [0, text.index("\n")]}],
            "non_events": [{"start": text.index("Decades"), "end": len(text), "why": "background"}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    details = tmp_path / "details.jsonl"
    assert main(["evaluate-events", str(path), "--details", str(details)]) == 0
    out = capsys.readouterr().out
    assert "1 articles, 1 gold events" in out and "R 1.000" in out
    assert "non-events coded anyway 0/1" in out
    assert json.loads(details.read_text(encoding="utf-8").splitlines()[0])["missed"] == []
