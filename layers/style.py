"""How the map looks: one colour and one icon per event type, shared by the markers, the
legend and the chart, and the colours of the other layers."""
from __future__ import annotations

EVENT_COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Strategic developments": "#2471a3",
    # ACLED's two demonstration types: without their own colour a riot was drawn as a battle
    "Protests": "#1e8449",
    "Riots": "#7d6608",
}
# Font Awesome 6 icons (served from static/ like the rest) and the class each marker carries.
EVENT_ICONS = {
    "Battles": ("fa-crosshairs", "battles"),
    "Explosions/Remote violence": ("fa-bomb", "remote"),
    "Violence against civilians": ("fa-user-injured", "civilians"),
    "Strategic developments": ("fa-handshake", "strategic"),
    "Protests": ("fa-bullhorn", "protests"),
    "Riots": ("fa-fire", "riots"),
}
EVENT_ICON_PX = 24  # the event marker's diameter

# The other layers: Leaflet path options.
BACKGROUND_STYLE = {"fillColor": "#f4f1ea", "color": "#8a8a8a", "weight": 1, "fillOpacity": 1}
TERRITORY_STYLE = {"color": "#7b241c", "weight": 2, "dashArray": "6 4", "fillColor": "#f5b7b1",
                   "fillOpacity": 0.25}
PLACE_STYLE = {"color": "#34495e", "weight": 1, "fillColor": "#5d6d7e", "fillOpacity": 0.35}

# The map's own CSS: the sea, the country labels and the round event icons.
MAP_CSS = (
    # the map fills its frame, whose height the page sets (PAGE_CSS)
    "#map_div{height:100vh!important}"
    ".leaflet-container{background:#dfe9f0}.country-label{font:12px sans-serif;"
    "color:#555;white-space:nowrap;text-shadow:0 0 3px #fff}"
    ".place-label{font:11px sans-serif;color:#222;white-space:nowrap;text-shadow:0 0 3px #fff;"
    "margin:8px 0 0 8px}.place-label-hidden .place-label{display:none}"
    f".event-icon{{width:{EVENT_ICON_PX}px;height:{EVENT_ICON_PX}px;"
    f"border-radius:{EVENT_ICON_PX // 2}px;border:2px solid #fff;color:#fff;"
    f"font-size:12px;line-height:{EVENT_ICON_PX - 4}px;text-align:center;box-shadow:0 0 2px #333}}"
    # a cluster: a ring of its types' colours (set per cluster), its count on white inside
    # (a stack, the events on one point, is a rounded square: a click spreads it out)
    ".event-cluster,.event-stack{border-radius:50%;display:flex;align-items:center;"
    "justify-content:center;box-shadow:0 0 3px #333}.event-stack{border-radius:7px}"
    ".event-cluster span,.event-stack span{background:#fff;color:#111;border-radius:50%;"
    "min-width:60%;height:60%;display:flex;align-items:center;justify-content:center;"
    "font:bold 11px sans-serif}.event-popup blockquote{margin:6px 0;padding-left:8px;"
    "border-left:3px solid #bbb}.event-hint{color:#555}"
    # a phone: the legend without its notes (it folds away too), so the map stays visible
    "@media (max-width:520px){.map-legend{padding:3px 6px!important}"
    ".map-legend .legend-note{display:none}}")

MAP_HEIGHT_PX = 560  # the map's height, at most: less on a short screen (PAGE_CSS)
# The page's own CSS: the map's frame no taller than the screen less a margin to scroll by
# (a phone held sideways is 360 px high).
PAGE_CSS = ("iframe[title='streamlit_folium.st_folium']"
            f"{{height:min({MAP_HEIGHT_PX}px,calc(100vh - 60px))!important}}")
