"""The command line: `python -m geo places|events|ingest FILE...` and `python -m geo evaluate GOLD`."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from . import gazetteer, store
from .articles import load_article, make_article, read_text
from .config import LANGUAGES, store_path
from .errors import ConflictMapError, InputError
from .evaluate import MODES, evaluate, read_gold, report
from .events import extract_events
from .export import to_geojson
from .geoparse import find_places
from .ingest import ingest_article, parse_published, read_article
from .merge import merge_events
from .online import OnlineGeocoder
from .records import Article


def _documents(path: Path) -> Iterator[Article]:
    """Articles from a .txt file (with its sidecar) or a .jsonl of {"id","text","lang"?}."""
    if path.suffix != ".jsonl":
        yield load_article(path)
        return
    for n, line in enumerate(read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
            text, doc_id = doc["text"], str(doc.get("id", n))
            if not isinstance(text, str):
                raise TypeError("text is not a string")
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{n}: expected a JSON object with \"text\" ({exc})") from None
        yield make_article(text, doc_id, language=doc.get("lang"))


def _places(args: argparse.Namespace) -> int:
    gaz = gazetteer.load()
    geocoder = OnlineGeocoder(enabled=True) if args.online else None
    out = sys.stdout
    for path in args.files:
        for article in _documents(path):
            for m in find_places(article.text, gaz, article.language, article, geocoder):
                if m.entry is None:
                    continue
                e = m.entry
                out.write(json.dumps({
                    "doc": article.id, "start": m.start, "end": m.end, "text": m.text,
                    "name": e.name, "lat": e.lat, "lon": e.lon, "country": e.country,
                    "kind": e.kind, "role": m.role, "reporting": m.reporting,
                    "score": m.score, "id": e.id}, ensure_ascii=False) + "\n")
    return 0


def _published(value: str) -> date:
    try:
        return parse_published(value)
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _articles(args: argparse.Namespace) -> list[Article]:
    return [read_article(path, args.published, args.source, args.url, args.lang)
            for path in args.files]


def _events(args: argparse.Namespace) -> int:
    gaz = gazetteer.load()
    events = [e for article in _articles(args) for e in extract_events(article, gaz)]
    json.dump(to_geojson(merge_events(events)), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


def _ingest(args: argparse.Namespace) -> int:
    gaz = gazetteer.load()
    articles = _articles(args)  # every file is checked before anything is stored
    for article in articles:
        if not article.outlet:
            raise InputError(f"{article.id}: no source: pass --source NAME")
    for article in articles:
        done = ingest_article(article, gaz)
        if done.added:
            print(f"added {done.stored_as} ({article.outlet}, {article.published}, "
                  f"{article.language}): {done.places} place mentions, {done.events} events")
        else:
            print(f"unchanged {article.id}: the same text is stored as {done.stored_as}")
    n_articles, _, _ = store.counts()
    print(f"store {store_path()}: {n_articles} articles, {len(store.load_events())} events")
    return 0


def _add_metadata_options(p: argparse.ArgumentParser, source_required: bool) -> None:
    p.add_argument("files", nargs="+", type=Path, metavar="FILE",
                   help=".txt article (metadata may also come from NAME.json beside it)")
    p.add_argument("--published", type=_published, metavar="YYYY-MM-DD",
                   help="publication date; relative dates (\"Jumat lalu\") count from it")
    p.add_argument("--source", metavar="NAME", help="the outlet" + (" (required)" if source_required else ""))
    p.add_argument("--url", metavar="URL", help="the article's http(s) address")
    p.add_argument("--lang", choices=LANGUAGES, help="the article's language (default: guessed)")


def _evaluate(args: argparse.Namespace) -> int:
    gaz = gazetteer.load()
    docs = read_gold(args.gold)
    mode = args.mode or (docs[0].mode if docs else "toponyms")
    print(report(str(args.gold), evaluate(docs, gaz, args.mode), mode))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m geo", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    places = sub.add_parser("places", help="print the places each article names, as JSON lines")
    places.add_argument("files", nargs="+", type=Path, metavar="FILE",
                        help=".txt article (metadata from NAME.json beside it) or .jsonl of "
                        '{"id", "text", "lang"?} documents')
    places.add_argument("--online", action="store_true",
                        help="ask Nominatim for names the gazetteer lacks (cached; 1 s timeout)")
    places.set_defaults(run=_places)
    events = sub.add_parser("events", help="print the events the articles report, as GeoJSON")
    _add_metadata_options(events, source_required=False)
    events.set_defaults(run=_events)
    ing = sub.add_parser("ingest", help="add articles, their places and events to the store "
                         "(CONFLICT_MAP_STORE)")
    _add_metadata_options(ing, source_required=True)
    ing.set_defaults(run=_ingest)
    ev = sub.add_parser("evaluate", help="score recognition and resolution on a gold corpus")
    ev.add_argument("gold", type=Path, metavar="GOLD.jsonl")
    ev.add_argument("--mode", choices=sorted(MODES), help="what counts as a place name "
                    "(default: the corpus's own convention: toponyms for LGL-style gold with "
                    "coordinates, locations for NER-style LOC spans)")
    ev.set_defaults(run=_evaluate)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except ConflictMapError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
