"""Batch ingest: articles processed in partitions, in this process or on a Dask cluster.

The client reads the articles and ships each partition's texts to a worker, which
geoparses and extracts events; results come back in input order, so the store and the
GeoParquet output do not depend on which worker finished first, nor on how many there are.
Workers need the project importable (`geo`); they share no files with the client.
"""
from __future__ import annotations

import os
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from geo import gazetteer, store
from geo.errors import ConflictMapError
from geo.events import merge_events
from geo.pipeline.corpus import Skipped
from geo.pipeline.ingest import process
from geo.pipeline.parquet import DatasetWriter
from geo.records import Article, Event, Mention

PARTITION_SIZE = 64  # articles per task: ~0.25 s of work, so scheduling costs little
CONNECT_TIMEOUT = 15.0  # seconds to reach a given scheduler
WINDOW = 4  # partitions in flight per worker: a slow one at the head does not starve the others

Result = tuple[list[Mention], list[Event]]


@dataclass(frozen=True, slots=True)
class Failed:
    """An article the worker could not process (a bug, never bad input: that is skipped
    before), so that one article does not sink the other 63 of its partition."""

    reason: str

_GAZETTEER: gazetteer.Gazetteer | None = None


def _worker_gazetteer() -> gazetteer.Gazetteer:
    """One index per worker process, loaded by its first task."""
    global _GAZETTEER
    if _GAZETTEER is None:
        _GAZETTEER = gazetteer.load()
    return _GAZETTEER


def process_partition(articles: list[Article]) -> list[Result | Failed]:
    """Places and events of each article (runs on a worker)."""
    gaz = _worker_gazetteer()
    out: list[Result | Failed] = []
    for article in articles:
        try:
            out.append(process(article, gaz))
        except Exception as exc:  # noqa: BLE001 - reported per article, the run goes on
            out.append(Failed(f"processing failed: {type(exc).__name__}: {exc}"))
    return out


def warm_up(_: object = None) -> int:
    """Load the worker's index (so that timing a run does not time the load)."""
    return len(_worker_gazetteer())


class Pending(Protocol):
    def result(self) -> Any: ...


Submit = Callable[[Callable[[Any], Any], Any], Pending]


@dataclass(frozen=True, slots=True)
class _Done:
    value: Any

    def result(self) -> Any:
        return self.value


def in_process(fn: Callable[[Any], Any], arg: Any) -> Pending:
    return _Done(fn(arg))


class ClusterError(ConflictMapError):
    """The Dask scheduler cannot be reached or a worker failed."""


def usable_cpus() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@contextmanager
def dask_client(scheduler: str | None = None, workers: int | None = None,
                timeout: float = CONNECT_TIMEOUT) -> Iterator[Any]:
    """A client of the given scheduler, or of a local cluster of one single-threaded worker
    process per usable core (processes: the geoparser is pure Python and holds the GIL)."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=f"{timeout}s")
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        try:
            yield client
        finally:
            client.close()
        return
    with LocalCluster(n_workers=workers or usable_cpus(), threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client


def dask_submit(client: Any) -> Submit:
    return lambda fn, arg: client.submit(fn, arg, pure=False)


def partitions(items: Iterable[Article | Skipped], size: int,
               skipped: list[Skipped]) -> Iterator[list[Article]]:
    """Articles in lists of `size`; skipped inputs are collected on the way."""
    part: list[Article] = []
    for item in items:
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        part.append(item)
        if len(part) == size:
            yield part
            part = []
    if part:
        yield part


def _result(part: list[Article], pending: Pending) -> Any:
    try:
        return pending.result()
    except Exception as exc:  # a worker died (out of memory, killed) or the cluster went away
        raise ClusterError(f"the partition {part[0].id} .. {part[-1].id} failed on the cluster "
                           f"({type(exc).__name__}: {exc}); what was stored before it stays, and "
                           "running the same command again skips it as unchanged") from exc


def run_ordered(parts: Iterable[list[Article]], submit: Submit, window: int,
                fn: Callable[[list[Article]], list[Any]] = process_partition,
                ) -> Iterator[tuple[list[Article], list[Any]]]:
    """Each partition with its results, in input order, keeping `window` partitions in flight."""
    flight: deque[tuple[list[Article], Pending]] = deque()
    for part in parts:
        flight.append((part, submit(fn, part)))
        if len(flight) >= window:
            done, pending = flight.popleft()
            yield done, _result(done, pending)
    while flight:
        done, pending = flight.popleft()
        yield done, _result(done, pending)


@dataclass
class Summary:
    articles: int = 0  # processed
    added: int = 0  # new in the store
    unchanged: int = 0  # their text was already stored
    places: int = 0  # resolved place mentions
    events: int = 0  # events as extracted, before merging
    merged_events: int | None = None  # in the GeoParquet output
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0

    def report(self, limit: int = 10) -> str:
        lines = [f"processed {self.articles} articles in {self.seconds:.1f} s "
                 f"({self.articles / max(self.seconds, 1e-9):,.0f}/s): {self.places} place "
                 f"mentions, {self.events} events"
                 + (f" ({self.merged_events} after merging)" if self.merged_events is not None else "")]
        if self.added or self.unchanged:
            lines.append(f"store: {self.added} added, {self.unchanged} unchanged "
                         "(the same text was already stored)")
        if self.skipped:
            reasons = Counter(s.reason for s in self.skipped)
            lines.append(f"skipped {len(self.skipped)}:")
            lines += [f"  {n} x {reason}" for reason, n in reasons.most_common(limit)]
            lines += [f"  {s.origin}: {s.reason}" for s in self.skipped[:limit]]
            if len(self.skipped) > limit:
                lines.append(f"  ... and {len(self.skipped) - limit} more")
        return "\n".join(lines)


def ingest_corpus(items: Iterable[Article | Skipped], submit: Submit, workers: int = 1,
                  store_path: Path | None = None, to_store: bool = True, out: Path | None = None,
                  partition_size: int = PARTITION_SIZE,
                  on_progress: Callable[[int, int], None] | None = None,
                  on_stored: Callable[[Article, store.Stored], None] | None = None) -> Summary:
    """Process every article; store each partition in one transaction as it comes back and,
    with `out`, write the merged events and the mentions as GeoParquet at the end."""
    summary = Summary()
    started = time.perf_counter()
    kept_events: list[Event] = []
    parts = partitions(items, partition_size, summary.skipped)
    writer = DatasetWriter(out) if out is not None else None
    with ExitStack() as stack:
        if writer is not None:
            stack.callback(writer.abandon)  # after finish() there is nothing left to remove
        con = stack.enter_context(store.connect(store_path)) if to_store else None
        for batch, outcomes in run_ordered(parts, submit, window=WINDOW * max(workers, 1)):
            articles, results = [], []
            for article, outcome in zip(batch, outcomes):
                if isinstance(outcome, Failed):
                    summary.skipped.append(Skipped(article.id, outcome.reason))
                else:
                    articles.append(article)
                    results.append(outcome)
            summary.articles += len(articles)
            for mentions, events in results:
                summary.places += sum(m.entry is not None for m in mentions)
                summary.events += len(events)
                if writer is not None:
                    kept_events.extend(events)
            if writer is not None:
                writer.add_mentions((a, m) for a, (ms, _) in zip(articles, results) for m in ms)
            if con is not None:
                stored = store.save_batch(con, ((a, m, e) for a, (m, e) in zip(articles, results)))
                for article, done in zip(articles, stored):
                    if on_stored:
                        on_stored(article, done)
                    summary.added += done.added
                    summary.unchanged += not done.added
            if on_progress:
                on_progress(summary.articles + len(summary.skipped), len(summary.skipped))
        if writer is not None:
            merged = merge_events(kept_events)
            summary.merged_events = len(merged)
            writer.finish(merged)
    summary.seconds = time.perf_counter() - started
    return summary
