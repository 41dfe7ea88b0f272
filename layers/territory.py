"""The disputed-territory layer: Nagorno-Karabakh as Natural Earth draws it (pre-2020 war).

Columns: name, names, status, administered_by, claimed_by, note, source, geometry (Polygon,
EPSG:4326).
"""
from __future__ import annotations

import folium
import geopandas as gpd
from folium import GeoJsonPopup

from geo.config import CRS, GEODATA_DIR

from .popups import territory_popup
from .style import TERRITORY_STYLE

NOTE = ("Natural Earth's de facto boundary as of its release (2018-2020): the area held by the "
        "Karabakh authorities before the 2020 war, not after it nor after the 2023 dissolution.")


def build_territory() -> gpd.GeoDataFrame:
    raw = gpd.read_file(GEODATA_DIR / "ne_50m_disputed_caucasus.geojson").to_crs(CRS)
    row = raw.iloc[0]
    keys = ("NAME_EN", "BRK_NAME", "FORMAL_EN", "NAME_RU", "NAME_TR")
    names = ", ".join(dict.fromkeys(str(row[k]) for k in keys if isinstance(row.get(k), str)))
    return gpd.GeoDataFrame({
        "name": ["Nagorno-Karabakh"], "names": [names],
        "status": [f"{row['TYPE']}: {row['NOTE_BRK']}"],
        "administered_by": ["Republic of Artsakh (self-administered)"],
        "claimed_by": [f"{row['SOVEREIGNT']} (internationally recognised as part of it)"],
        "note": [NOTE], "source": ["Natural Earth 50m breakaway and disputed areas (public domain)"],
    }, geometry=[row.geometry], crs=CRS)


def territory_group(territory: gpd.GeoDataFrame) -> folium.FeatureGroup:
    frame = territory.copy()
    frame["popup"] = [territory_popup(r) for r in frame.itertuples()]
    group = folium.FeatureGroup(name="Disputed territory", control=False)
    folium.GeoJson(frame[["popup", "geometry"]].__geo_interface__,  # (as in background.py)
                   style_function=lambda _: TERRITORY_STYLE,
                   popup=GeoJsonPopup(fields=["popup"], labels=False)).add_to(group)
    return group
