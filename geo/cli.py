"""The command line: `python -m geo places FILE...` and `python -m geo evaluate GOLD.jsonl`."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from . import gazetteer
from .articles import load_article, make_article, read_text
from .errors import ConflictMapError, InputError
from .evaluate import MODES, evaluate, read_gold, report
from .geoparse import find_places
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
