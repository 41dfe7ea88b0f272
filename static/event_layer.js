// The events layer of the map: one marker per event, clustered with Leaflet.markercluster
// (clusters split as one zooms in; events on one point spread out at the last zoom), drawn
// from the compact columns layers/events.py `event_data` writes.
//
// Everything from an article (places, excerpts, outlets, titles) is set with textContent or
// as an attribute value, never parsed as HTML: no article can add markup to the map.
(function () {
  "use strict";
  const DAY_MS = 86400000;
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function day(n) {
    const d = new Date(n * DAY_MS);
    return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
  }

  // "27 Sep 2020", or "27 Sep 2020 to 1 Oct 2020 (5 days; the report gives no single day)"
  function dates(start, span) {
    if (span === 0) return day(start);
    return day(start) + " to " + day(start + span) + " (" + (span + 1) +
      " days; the report gives no single day)";
  }

  const WHERE = {1: "at the place itself", 2: "near it, or in its district", 3: "somewhere in this region or country"};

  function row(box, label, value) {
    const line = el("div");
    line.appendChild(el("b", label + ": "));
    line.appendChild(typeof value === "string" ? document.createTextNode(value) : value);
    box.appendChild(line);
  }

  // The popup of event i, built as DOM nodes.
  function popup(layer, i) {
    const box = el("div", null, "event-popup");
    const type = layer.types[layer.t[i]];
    box.appendChild(el("b", type[0]));
    box.appendChild(document.createTextNode(" / " + layer.subs[layer.sub[i]]));
    const detail = layer.details ? layer.details[i] : null;
    const place = layer.places[layer.points[3 * layer.p[i] + 2]];
    row(box, "Where", place + (detail ? " (" + WHERE[detail[11]] + ")" : ""));
    row(box, "When", dates(layer.day0 + layer.d[i], layer.span[i]));
    if (detail) {
      const [excerpt, markStart, markEnd, claimed, tollText, tollBest, actors, outlet, title, url, sources] = detail;
      row(box, "Claimed by", claimed || "the outlet, in its own voice");
      if (tollBest !== null) row(box, "Killed", tollBest + " (the report: \u201c" + tollText + "\u201d)");
      if (actors) row(box, "Actors", actors);
      const quote = el("blockquote");
      if (markStart >= 0) {
        quote.appendChild(document.createTextNode(excerpt.slice(0, markStart)));
        quote.appendChild(el("mark", excerpt.slice(markStart, markEnd)));
        quote.appendChild(document.createTextNode(excerpt.slice(markEnd)));
      } else {
        quote.textContent = excerpt;
      }
      box.appendChild(quote);
      const source = el("div");
      source.appendChild(document.createTextNode([outlet, title].filter(Boolean).join(" \u00b7 ")));
      if (url) {  // http(s) only: layers/events.py drops any other scheme
        const a = el("a", "source");
        a.href = url;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        source.appendChild(document.createTextNode(" \u00b7 "));
        source.appendChild(a);
      }
      source.appendChild(document.createTextNode(" \u00b7 " + sources + (sources === 1 ? " source" : " sources")));
      box.appendChild(source);
    }
    box.appendChild(el("small", "The whole record and its source open below the map.", "event-hint"));
    return box;
  }

  // a column of layers/events.py `packed`: [bytes per value, base64]
  function unpack([width, text]) {
    const bin = atob(text);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return width === 1 ? bytes : width === 2 ? new Uint16Array(bytes.buffer) : new Uint32Array(bytes.buffer);
  }

  function label(layer, i) {
    return layer.subs[layer.sub[i]] + ", " + layer.places[layer.points[3 * layer.p[i] + 2]] +
      ", " + day(layer.day0 + layer.d[i]);
  }

  // The mix of event types of a set of events: a conic ring of their colours, and in words.
  function ring(layer, counts, px, shape) {
    const total = counts.reduce((a, b) => a + b, 0);
    let at = 0;
    const stops = [];
    const words = [];
    counts.forEach((n, k) => {
      if (!n) return;
      const to = at + 360 * n / total;
      stops.push(layer.types[k][1] + " " + at.toFixed(1) + "deg " + to.toFixed(1) + "deg");
      words.push(n + " " + layer.types[k][0]);
      at = to;
    });
    const style = "background:conic-gradient(" + stops.join(",") + ");width:" + px + "px;height:" + px + "px";
    return {
      icon: L.divIcon({html: "<div class='" + shape + "' style='" + style + "'><span>" + total + "</span></div>",
                       className: shape + "-icon", iconSize: [px, px]}),
      words: total + " events: " + words.join(", ")};
  }

  function size(total) {
    return total < 10 ? 30 : total < 100 ? 36 : total < 1000 ? 42 : 48;
  }

  // A cluster's icon: a ring coloured by its mix of event types, the count inside.
  function clusterIcon(layer) {
    return function (cluster) {
      const counts = layer.types.map(() => 0);
      for (const m of cluster.getAllChildMarkers()) {
        if (m.options.counts) m.options.counts.forEach((n, k) => { counts[k] += n; });
        else counts[m.options.kind] += 1;
      }
      const drawn = ring(layer, counts, size(counts.reduce((a, b) => a + b, 0)), "event-cluster");
      cluster.options.title = drawn.words;
      return drawn.icon;
    };
  }

  // Positions around a point for n markers, in pixels: a circle for a few, else a spiral
  // whose turns and steps are a marker and a gap apart, so that none covers another.
  function spread(n) {
    const GAP = 30;  // px between neighbours (24 px icons)
    const out = [];
    if (n <= 8) {
      const r = Math.max(GAP, n * GAP / (2 * Math.PI));
      for (let j = 0; j < n; j++) {
        const a = 2 * Math.PI * j / n - Math.PI / 2;
        out.push([r * Math.cos(a), r * Math.sin(a)]);
      }
      return out;
    }
    let a = 0;
    for (let j = 0; j < n; j++) {
      const r = GAP + GAP * a / (2 * Math.PI);
      out.push([r * Math.cos(a), r * Math.sin(a)]);
      a += GAP / r;
    }
    return out;
  }

  window.conflictEvents = function (map, group, data) {
    const [types, places, subs, points, ...rest] = data;
    const [p, t, d, span, sub] = rest.slice(0, 5).map(unpack);
    const [day0, details, token, selected, selectedId] = rest.slice(5);
    const layer = {types, places, subs, points, p, t, d, span, sub, day0, details};
    const icons = types.map(([name, colour, icon, slug]) => L.divIcon({
      html: "<div class='event-icon' style='background:" + colour + "'><i class='fa-solid " + icon + "'></i></div>",
      className: "event-marker event-" + slug, iconSize: [24, 24], iconAnchor: [12, 12]}));
    const clusters = L.markerClusterGroup({
      chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 40,
      spiderfyDistanceMultiplier: 1.4, iconCreateFunction: clusterIcon(layer)});
    // the events of a spread stack (one at a time), drawn above the clusters
    const spider = L.featureGroup();
    const legs = L.layerGroup();
    // a popup inside the map, on a phone too: its frame adds about 45 px to its content
    const width = Math.max(160, Math.min(420, map.getSize().x - 90));
    // a marker names its event (for screen readers and keyboards) when it is first drawn:
    // writing 100,000 names up front would cost more than clustering them
    const EventMarker = L.Marker.extend({
      _initIcon: function () {
        this.options.title = this.options.alt = label(layer, this.options.row);
        L.Marker.prototype._initIcon.call(this);
      },
      _onKeyPress: function () {}});  // Enter is a click (below), which opens the popup once

    // Events on one point are one marker, a stack, which spreads them out when clicked:
    // the clusters hold one marker per point, not per event (100,000 events at a thousand
    // towns cluster as fast as a thousand markers).
    const rowsAt = new Map();
    for (let i = 0; i < p.length; i++) {
      const at = rowsAt.get(p[i]);
      if (at) at.push(i); else rowsAt.set(p[i], [i]);
    }
    const markers = new Map();  // event row -> its marker, made when first needed
    const holder = new Array(p.length);  // event row -> the marker the clusters hold for it
    function bind(m, i) {
      m.bindPopup(() => popup(layer, i), {
        maxWidth: width, minWidth: Math.min(240, width),
        // clear of the zoom and layer controls, scrolling when the map is short
        maxHeight: Math.max(160, map.getSize().y - 150),
        autoPanPaddingTopLeft: [12, 90], autoPanPaddingBottomRight: [12, 12]});
      m.bindTooltip(() => label(layer, i));
    }
    // event row i's marker (made when first needed), its popup bound when `bound`
    function eventMarker(i, bound = true) {
      let m = markers.get(i);
      if (!m) {
        m = new EventMarker([points[3 * p[i]], points[3 * p[i] + 1]], {icon: icons[t[i]], kind: t[i], row: i});
        // the feature streamlit-folium returns on a click: which event, of which drawing
        const properties = {row: i, token: token};
        if (details) properties.event_id = details[i][12];
        m.feature = {type: "Feature", properties: properties};
        markers.set(i, m);
      }
      if (bound && !m.getPopup()) bind(m, i);
      return m;
    }
    const held = [];
    for (const [point, rows] of rowsAt) {
      if (rows.length === 1) {
        held.push(holder[rows[0]] = eventMarker(rows[0], false));
        continue;
      }
      const counts = types.map(() => 0);
      for (const i of rows) counts[t[i]] += 1;
      const drawn = ring(layer, counts, size(rows.length), "event-stack");
      const stack = L.marker([points[3 * point], points[3 * point + 1]], {
        icon: drawn.icon, counts: counts, rows: rows,
        title: drawn.words.replace(" events: ", " events at " + places[points[3 * point + 2]] + " (click to spread them): ")});
      for (const i of rows) holder[i] = stack;
      held.push(stack);
    }

    let open = null;  // the stack spread now
    function collapse() {
      if (!open) return;
      spider.clearLayers();
      legs.clearLayers();
      open.setOpacity(1);
      open = null;
    }
    function spreadStack(stack) {
      if (open === stack) return;
      collapse();
      open = stack;
      stack.setOpacity(0.3);
      const centre = map.latLngToLayerPoint(stack.getLatLng());
      const rows = stack.options.rows;
      spread(rows.length).forEach(([dx, dy], j) => {
        const at = map.layerPointToLatLng(centre.add([dx, dy]));
        const m = eventMarker(rows[j]).setLatLng(at);
        legs.addLayer(L.polyline([stack.getLatLng(), at], {color: "#444", weight: 1.5, opacity: 0.6, interactive: false}));
        spider.addLayer(m);
      });
    }
    // event row i on screen (clusters zoomed into, its stack spread), then done(its marker)
    function showEvent(i, done) {
      const m = holder[i];
      if (!m) return;
      clusters.zoomToShowLayer(m, () => {
        if (m.options.rows) spreadStack(m);
        const e = eventMarker(i);
        if (done) done(e);
      });
    }

    // a click spreads a stack; an event's popup is bound when it is first clicked or
    // hovered, not up front
    for (const g of [clusters, spider]) {
      g.on("click", e => {
        const m = e.layer;
        if (m && m.options.rows) spreadStack(m);
        else if (m && m.options.row !== undefined && !m.getPopup()) { bind(m, m.options.row); m.openPopup(); }
      });
      g.on("mouseover", e => {
        const m = e.layer;
        if (m && m.options.row !== undefined && !m.getPopup()) { bind(m, m.options.row); m.openTooltip(); }
      });
      // Enter on a focused marker or cluster does what a click does (the record opens too:
      // streamlit-folium listens for clicks)
      g.on("keypress", e => {
        if (e.originalEvent.keyCode === 13 && e.layer)
          e.layer.fire("click", {originalEvent: e.originalEvent, latlng: e.layer.getLatLng()}, true);
      });
    }
    map.on("zoomstart click", collapse);
    clusters.on("remove", () => map.off("zoomstart click", collapse));  // a later drawing replaces it
    // An open popup folds the legend away: both sit over the map, and the legend would hide
    // the popup's lower lines; closing the popup unfolds it again if it was folded for it.
    const legend = () => document.querySelector("details.map-legend");
    const fold = () => { const d = legend(); if (d && d.open) { d.open = false; d.dataset.folded = "1"; } };
    const unfold = () => { const d = legend(); if (d && d.dataset.folded) { d.open = true; delete d.dataset.folded; } };
    map.on("popupopen", fold);
    map.on("popupclose", unfold);
    clusters.on("remove", () => { map.off("popupopen", fold); map.off("popupclose", unfold); });

    clusters.addLayers(held);
    group.addLayer(clusters);
    group.addLayer(legs);
    group.addLayer(spider);
    clusters.eventCount = p.length;
    clusters.showEvent = showEvent;
    clusters.eventMarker = eventMarker;
    // an event chosen in the table or by a link: shown once, when the layer is on the map
    // (redrawing after a filter change must not pull the view back to it)
    if (selected >= 0 && selected < p.length && window.conflictFocused !== selectedId) {
      clusters.once("add", () => setTimeout(() => {
        window.conflictFocused = selectedId;
        showEvent(selected, m => m.openPopup());
      }, 0));
    }
    return clusters;
  };
})();
