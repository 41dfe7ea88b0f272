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

  // A cluster's icon: a ring coloured by its mix of event types, the count inside.
  function clusterIcon(layer) {
    return function (cluster) {
      const counts = layer.types.map(() => 0);
      for (const m of cluster.getAllChildMarkers()) counts[m.options.kind] += 1;
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
      const px = total < 10 ? 30 : total < 100 ? 36 : total < 1000 ? 42 : 48;
      const ring = "background:conic-gradient(" + stops.join(",") + ");width:" + px + "px;height:" + px + "px";
      const icon = L.divIcon({
        html: "<div class='event-cluster' style='" + ring + "'><span>" + total + "</span></div>",
        className: "event-cluster-icon", iconSize: [px, px]});
      cluster.options.title = total + " events: " + words.join(", ");
      return icon;
    };
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
    // a popup inside the map, on a phone too: its frame adds about 45 px to its content
    const width = Math.max(160, Math.min(420, map.getSize().x - 90));
    // a marker names its event (for screen readers and keyboards) when it is first drawn:
    // writing 100,000 names up front would cost more than clustering them
    const EventMarker = L.Marker.extend({
      _initIcon: function () {
        this.options.title = this.options.alt = label(layer, this.options.row);
        L.Marker.prototype._initIcon.call(this);
      }});
    const markers = new Array(p.length);
    for (let i = 0; i < p.length; i++) {
      const m = new EventMarker([points[3 * p[i]], points[3 * p[i] + 1]], {icon: icons[t[i]], kind: t[i], row: i});
      // the feature streamlit-folium returns on a click: which event, of which drawing
      const properties = {row: i, token: token};
      if (details) properties.event_id = details[i][12];
      m.feature = {type: "Feature", properties: properties};
      if (details) bind(m, i);  // up to DETAILED events; above, when first clicked or hovered
      markers[i] = m;
    }
    function bind(m, i) {
      m.bindPopup(() => popup(layer, i), {
        maxWidth: width, minWidth: Math.min(240, width), keepInView: true,
        // clear of the zoom and layer controls, scrolling when the map is short
        maxHeight: Math.max(160, map.getSize().y - 150),
        autoPanPaddingTopLeft: [12, 90], autoPanPaddingBottomRight: [12, 12]});
      m.bindTooltip(() => label(layer, i));
    }
    if (!details) {
      const lazily = open => e => {
        const m = e.layer;
        if (!m || m.options.row === undefined || m.getPopup()) return;
        bind(m, m.options.row);
        open(m);
      };
      clusters.on("click", lazily(m => m.openPopup()));
      clusters.on("mouseover", lazily(m => m.openTooltip()));
    }
    clusters.addLayers(markers);
    group.addLayer(clusters);
    // an event chosen in the table or by a link: shown once, when the layer is on the map
    // (redrawing after a filter change must not pull the view back to it)
    if (selected >= 0 && markers[selected] && window.conflictFocused !== selectedId) {
      clusters.once("add", () => setTimeout(() => {
        window.conflictFocused = selectedId;
        if (!markers[selected].getPopup()) bind(markers[selected], selected);
        clusters.zoomToShowLayer(markers[selected], () => markers[selected].openPopup());
      }, 0));
    }
    return clusters;
  };
})();
