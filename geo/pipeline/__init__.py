"""The pipeline: articles through places and events into the store, one or a corpus at a time.

Whole corpora go in batches, in this process or on a Dask cluster, with GeoParquet output.

- `process(article, gaz)` its mentions and events; `ingest_article` that, stored;
  `store_missing` the articles a store lacks (the page's seeds); `stored_events` what the
  store holds, merged;
- `corpus`: the inputs of a batch (files, sidecars, .jsonl lines, folders, globs);
- `batch.ingest_corpus` in partitions, in this process or on Dask; `parquet` its output;
  `progress` the bar it draws.
"""
from geo.pipeline.ingest import ingest_article, process, store_missing, stored_events

__all__ = ["ingest_article", "process", "store_missing", "stored_events"]
