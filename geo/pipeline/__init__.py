"""The pipeline: an article through places and events into the store, and whole corpora in
batches, in this process or on Dask, with GeoParquet output.
"""
