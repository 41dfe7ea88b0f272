"""The command line: `python -m geo places|events FILE...`, `ingest DIR_OR_GLOB...`,
`evaluate GOLD`, `evaluate-events GOLD` and `train GOLD...`."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from geo import gazetteer, store
from geo.articles import article_from_record, load_article, parse_published
from geo.config import LANGUAGES, PLACES_MODEL, ROOT, store_path
from geo.errors import ConflictMapError, InputError
from geo.events import merge_events
from geo.events.evaluation import dump
from geo.events.evaluation import report as event_report
from geo.fileio import atomic_write, json_lines
from geo.gazetteer import OnlineGeocoder
from geo.pipeline.batch import PARTITION_SIZE, Summary, dask_client, dask_submit, in_process, ingest_corpus
from geo.pipeline.corpus import Defaults, all_or_nothing, count, expand, read_corpus
from geo.pipeline.ingest import process, stored_events
from geo.pipeline.parquet import check_out
from geo.pipeline.progress import Progress
from geo.pipeline.scoring import evaluate_events
from geo.places import (
    MODES,
    Labelled,
    article_places,
    cross_validate,
    evaluate,
    label,
    read_gold,
    read_model,
    report,
    train,
)
from geo.records import Article
from geo.text import printable


def _documents(path: Path) -> Iterator[Article]:
    """Articles from a .txt file (with its sidecar) or a .jsonl of {"id","text","lang"?}
    (a line without an id is named by its number)."""
    if path.suffix != ".jsonl":
        yield load_article(path)
        return
    for line in json_lines(path):
        if line.value is None:
            raise InputError(f"{line.origin}: {line.problem}")
        yield article_from_record(line.value, line.origin, str(line.number))


def _places(args: argparse.Namespace) -> int:
    gaz = gazetteer.load()
    geocoder = OnlineGeocoder(enabled=True) if args.online else None
    out = sys.stdout
    for path in args.files:
        for article in _documents(path):
            for m in article_places(article, gaz, geocoder):
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


def _events(args: argparse.Namespace) -> int:
    gaz = gazetteer.load()
    given = Defaults(args.published, args.source, args.url, args.lang)
    articles = all_or_nothing(read_corpus(args.files, given, need_source=False))
    events = [e for article in articles for e in process(article, gaz)[1]]
    json.dump(store.to_geojson(merge_events(events)), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


def _ingest(args: argparse.Namespace) -> int:
    paths = expand(args.files)
    if args.engine == "local" and (args.scheduler or args.workers):
        raise InputError("--scheduler and --workers are for --engine dask")
    if (args.workers is not None and args.workers < 1) or args.partition_size < 1:
        raise InputError("--workers and --partition-size must be at least 1")
    if args.no_store and args.out is None:
        raise InputError("--no-store leaves nothing to write: give --out FOLDER too")
    if args.out is not None:
        check_out(args.out)  # refused before a cluster is started, not only before writing
    given = Defaults(args.published, args.source, args.url, args.lang)
    if args.engine == "local":
        return _ingest_here(paths, given, args.no_store, args.out)
    return _ingest_on_dask(paths, given, args, args.out)


def _ingest_here(paths: list[Path], given: Defaults, no_store: bool, out: Path | None) -> int:
    """In this process: every input is read and checked before anything is stored."""
    items = all_or_nothing(read_corpus(paths, given), "\nnothing was stored")

    def stored(article: Article, done: store.Stored) -> None:
        if done.added:
            print(printable(f"added {done.stored_as} ({article.outlet}, {article.published}, "
                            f"{article.language}): {done.places} place mentions, {done.events} events"))
        else:
            print(printable(f"unchanged {article.id}: the same text is stored as {done.stored_as}"))

    # one article per transaction: each is stored (and said) as soon as it is processed
    summary = ingest_corpus(items, in_process, to_store=not no_store, out=out, partition_size=1,
                            on_stored=stored)
    _finish(summary, no_store, out, verbose=len(items) > 20)
    return 0


def _ingest_on_dask(paths: list[Path], given: Defaults, args: argparse.Namespace,
                    out: Path | None) -> int:
    """On a Dask cluster: inputs stream through; what cannot be read is skipped and listed."""
    total = count(paths)
    with dask_client(args.scheduler, args.workers) as client:
        workers = len(client.scheduler_info()["workers"]) or 1
        print(f"dask: {workers} workers at {client.scheduler.address}", file=sys.stderr)
        progress = Progress(total)
        try:
            summary = ingest_corpus(read_corpus(paths, given), dask_submit(client), workers,
                                    to_store=not args.no_store, out=out,
                                    partition_size=args.partition_size,
                                    on_progress=progress.update)
        finally:
            progress.close()  # an error message starts on a line of its own
    _finish(summary, args.no_store, out, verbose=True)
    return 0 if summary.articles or not summary.skipped else 2


def _finish(summary: Summary, no_store: bool, out: Path | None, verbose: bool) -> None:
    if verbose or summary.skipped:
        print(printable(summary.report(), newlines=True))
    if out is not None:
        print(f"GeoParquet: {out}/events and {out}/mentions, partitioned by date")
    if not no_store:
        n_articles, _, _ = store.counts()
        print(f"store {store_path()}: {n_articles} articles, {len(stored_events())} events")


def _add_metadata_options(p: argparse.ArgumentParser, source_required: bool,
                          batch: bool = False) -> None:
    if batch:
        p.add_argument("files", nargs="+", metavar="DIR_OR_GLOB",
                       help=".txt/.html article (metadata from NAME.json beside it), .jsonl of "
                       '{"id","text","published","source","url","lang"} lines, a folder of '
                       'them, or a quoted glob pattern ("news/**/*.jsonl")')
    else:
        p.add_argument("files", nargs="+", type=Path, metavar="FILE",
                       help=".txt/.html article (metadata may also come from NAME.json beside it) "
                       'or .jsonl of {"id","text","published","source","url","lang"} lines')
    p.add_argument("--published", type=_published, metavar="YYYY-MM-DD",
                   help="publication date; relative dates (\"Jumat lalu\") count from it")
    p.add_argument("--source", metavar="NAME", help="the outlet" + (
        " (required unless a sidecar or .jsonl line names it)" if source_required else ""))
    p.add_argument("--url", metavar="URL", help="the article's http(s) address")
    p.add_argument("--lang", choices=LANGUAGES, help="the article's language (default: guessed)")


def _evaluate(args: argparse.Namespace) -> int:
    gaz = gazetteer.load()
    docs = read_gold(args.gold)
    mode = args.mode or (docs[0].mode if docs else "toponyms")
    if args.cross_validate is not None:
        if not 2 <= args.cross_validate <= len(docs):
            raise InputError(f"--cross-validate {args.cross_validate}: needs 2 to {len(docs)} "
                             f"folds for the {len(docs)} documents of {args.gold}")
        scores = cross_validate([label(d, gaz) for d in docs], _labelled(args.train, gaz), gaz,
                                args.mode, args.cross_validate)
        name = f"{args.gold}, {args.cross_validate}-fold cross-validation"
    else:
        model = read_model(args.model) if args.model else None
        scores, name = evaluate(docs, gaz, args.mode, model), str(args.gold)
    print(report(name, scores, mode))
    return 0


def _evaluate_events(args: argparse.Namespace) -> int:
    results = evaluate_events(args.gold, gazetteer.load())
    print(event_report(str(args.gold), results))
    if args.details is not None:
        with atomic_write(args.details, "w") as fh:
            fh.write(dump(results) + "\n")
    return 0


def _labelled(paths: list[Path], gaz: gazetteer.Gazetteer) -> list[Labelled]:
    """Every document of these gold files, its candidates labelled for training."""
    return [label(d, gaz) for path in paths for d in read_gold(path)]


def _train(args: argparse.Namespace) -> int:
    gaz = gazetteer.load()
    labelled = _labelled(args.gold, gaz)
    model = train(labelled, [path.name for path in args.gold])
    with atomic_write(args.out, "w") as fh:
        fh.write(model.to_json())
    used = sum(y is not None for item in labelled for _, y in item.rows)
    located = sum(len(item.locations) for item in labelled)
    print(f"trained on {len(labelled)} documents: {used} candidates, "
          f"{len(model.toponym.weights)} features (place name or not); {located} candidates "
          f"(location or state); wrote {args.out}")
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
    _add_metadata_options(ing, source_required=True, batch=True)
    ing.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="local: in this process, all inputs checked before anything is stored "
                     "(default; for a handful of articles); dask: in parallel on a Dask cluster, "
                     "unreadable inputs skipped and listed")
    ing.add_argument("--scheduler", metavar="ADDRESS", help="a running Dask scheduler "
                     "(tcp://host:8786); default: a local cluster, one worker per core")
    ing.add_argument("--workers", type=int, metavar="N", help="workers of the local cluster")
    ing.add_argument("--partition-size", type=int, default=PARTITION_SIZE, metavar="N",
                     help=f"articles per task (default {PARTITION_SIZE})")
    ing.add_argument("--out", type=Path, metavar="FOLDER", help="also write GeoParquet "
                     "(events/ and mentions/, partitioned by date) into this new folder")
    ing.add_argument("--no-store", action="store_true", help="write only --out, not the store")
    ing.set_defaults(run=_ingest)
    ev = sub.add_parser("evaluate", help="score recognition and resolution on a gold corpus")
    ev.add_argument("gold", type=Path, metavar="GOLD.jsonl")
    ev.add_argument("--mode", choices=sorted(MODES), help="what counts as a place name "
                    "(default: the corpus's own convention: toponyms for LGL-style gold with "
                    "coordinates, locations for NER-style LOC spans)")
    ev.add_argument("--model", type=Path, metavar="MODEL.json",
                    help="score this candidate model instead of the committed one")
    ev.add_argument("--cross-validate", type=int, metavar="K", help="score GOLD in K folds, "
                    "each by a model trained on the other folds plus --train (for a corpus "
                    "that is also training data, such as LGL)")
    ev.add_argument("--train", type=Path, nargs="*", default=[], metavar="TRAIN.jsonl",
                    help="gold corpora every fold's model is also trained on")
    ev.set_defaults(run=_evaluate)
    ee = sub.add_parser("evaluate-events", help="score event extraction on events coded by hand")
    ee.add_argument("gold", type=Path, metavar="GOLD.jsonl", help='articles as .jsonl lines with '
                    '"events" and "non_events" (see the README, "Measured")')
    ee.add_argument("--details", type=Path, metavar="FILE.jsonl", help="also write each article's "
                    "missed and extra events, wrong fields and coded non-events")
    ee.set_defaults(run=_evaluate_events)
    tr = sub.add_parser("train", help="train the candidate model of place recognition")
    tr.add_argument("gold", type=Path, nargs="+", metavar="GOLD.jsonl")
    tr.add_argument("--out", type=Path, default=PLACES_MODEL, metavar="MODEL.json",
                    help=f"where to write it (default {PLACES_MODEL.relative_to(ROOT)})")
    tr.set_defaults(run=_train)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except ConflictMapError as exc:
        print(f"error: {printable(exc, newlines=True)}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
