"""HTML, CSS and JavaScript of the kansenkaart page.

The page is plain Leaflet: the data arrive as one JSON ``<script>`` element and the script
below builds one ``L.geoJSON`` per klasse from it. Keys of a complex's properties (kept short
because a province holds tens of thousands of complexes):

    id complex_id     n  complexnaam      a  adres          r  rang
    s  score          k  klasse           st status         t  toelichting (indices in teksten)
    b  blokkades (indices in teksten)     sh/sp/se  status hoogte / parkeren / eigendom
    ew extra_woningen ewt extra_woningen_theoretisch        eb extra_bouwlagen
    w  aantal_woningen bj bouwjaar        e  eigendom       bu buurtnaam

The keys listed in ``gepoold`` (statuses, eigendom, buurt) hold an index into ``teksten``
in the file and are replaced by their text when the page loads.

Buurt keys: bc buurtcode, bn buurtnaam, gn gemeentenaam, ac aantal_complexen,
ew / ewt extra woningen gefilterd / theoretisch, c colour class (-1 = none).
"""

from __future__ import annotations

PAGE = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="optopscan __VERSION__ (Leaflet __LEAFLET_VERSION__)">
<title>__TITLE__</title>
<style>
__LEAFLET_CSS__
</style>
<style>
__APP_CSS__
</style>
</head>
<body>
<div id="kaart" role="application" aria-label="Kansenkaart"></div>
<script id="optopscan-data" type="application/json">__DATA__</script>
<template id="optopscan-samenvatting">__SUMMARY__</template>
<script>
__LEAFLET_JS__
</script>
<script>
__APP_JS__
</script>
</body>
</html>
"""

APP_CSS = r"""
html, body { height: 100%; margin: 0; }
#kaart { position: absolute; inset: 0; background: #eef0ec; }
.leaflet-container { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.paneel { background: rgba(255,255,255,.95); padding: 8px 10px; border-radius: 6px;
  box-shadow: 0 1px 5px rgba(0,0,0,.35); max-width: 320px; }
.samenvatting td:first-child { white-space: nowrap; }
.paneel h2 { font-size: 15px; margin: 0 0 4px; }
.paneel table { border-collapse: collapse; }
.paneel td { padding: 1px 8px 1px 0; vertical-align: top; }
.paneel td.getal { text-align: right; font-variant-numeric: tabular-nums; }
.melding { margin-top: 6px; padding: 4px 6px; border-left: 4px solid #d08c00; background: #fff6dd; }
.melding.leeg { border-left-color: #888; background: #f1f1f1; }
.zoek form { display: flex; gap: 4px; }
.zoek input { width: 230px; padding: 3px 5px; font: inherit; }
.zoek button { font: inherit; padding: 2px 8px; cursor: pointer; }
.zoek-melding { min-height: 1em; margin-top: 3px; color: #444; }
.zoek-melding.niet { color: #b2182b; font-weight: 600; }
.legenda h3 { font-size: 13px; margin: 6px 0 2px; }
.legenda h3:first-child { margin-top: 0; }
.legenda div { display: flex; align-items: center; gap: 6px; }
.vlak { display: inline-block; width: 14px; height: 11px; border: 1px solid rgba(0,0,0,.45);
  vertical-align: -1px; margin-right: 4px; }
.vlak.rand { background: transparent !important; border: 2px dashed #d7191c; }
.popup h3 { font-size: 14px; margin: 0 0 4px; }
.popup h4 { font-size: 12px; margin: 8px 0 2px; text-transform: uppercase; letter-spacing: .03em; color: #555; }
.popup table td { padding: 0 8px 0 0; vertical-align: top; }
.popup .toelichting { white-space: pre-line; font-size: 12px; }
.popup ul { margin: 0; padding-left: 18px; }
.popup .status-blokkade { color: #b2182b; font-weight: 600; }
.popup .status-let-op { color: #a35d00; font-weight: 600; }
.leaflet-control-layers-overlays label, .leaflet-control-layers-base label { white-space: nowrap; }
.leaflet-control-layers-list { max-height: calc(100vh - 40px); overflow-y: auto; }
"""

APP_JS = r"""
(function () {
  "use strict";
  performance.mark("optopscan:start");
  var D = JSON.parse(document.getElementById("optopscan-data").textContent);
  var META = D.meta, TEKSTEN = D.teksten;
  var PUNTEN = META.modus === "punten";
  // repetitive short texts (statuses, eigendom, buurt) are stored as indices into TEKSTEN
  D.complexen.features.forEach(function (f) {
    var p = f.properties;
    for (var i = 0; i < D.gepoold.length; i++) {
      var key = D.gepoold[i];
      if (typeof p[key] === "number") { p[key] = TEKSTEN[p[key]]; }
    }
  });
  var KLEUR_STATUS = {"ok": "#1a9641", "kansrijk": "#1a9641", "let op": "#f39c12",
                      "blokkade": "#d7191c", "onbekend": "#9e9e9e"};
  var ESC = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"};

  function esc(s) { return String(s).replace(/[&<>"']/g, function (c) { return ESC[c]; }); }
  function leeg(x) { return x === null || x === undefined || x === ""; }
  function getal(x, dec) {
    if (leeg(x)) { return "onbekend"; }
    var s = Number(x).toFixed(dec || 0).split(".");
    s[0] = s[0].replace(/\B(?=(\d{3})+(?!\d))/g, ".");
    return s.join(",");
  }
  function tekst(x) { return leeg(x) ? "onbekend" : esc(x); }
  function statusKleur(s) { return KLEUR_STATUS[s] || KLEUR_STATUS.onbekend; }
  function titel(p) { return p.n ? p.n : (p.a ? p.a : "Complex " + p.id); }

  function tooltip(p) {
    return "<b>" + esc(titel(p)) + "</b><br>Complex " + esc(p.id) +
      "<br>Klasse " + esc(p.k) + " · score " + getal(p.s, 1) +
      "<br>Extra woningen: " + getal(p.ew);
  }

  function popup(p) {
    var stCls = "status-" + String(p.st || "").replace(/\s+/g, "-");
    var rijen = [
      ["Complex", esc(p.id)], ["Adres", tekst(p.a)], ["Buurt", tekst(p.bu)],
      ["Rang", getal(p.r)], ["Klasse", esc(p.k) + " (score " + getal(p.s, 1) + ")"],
      ["Status", '<span class="' + esc(stCls) + '">' + tekst(p.st) + "</span>"],
      ["Extra bouwlagen", getal(p.eb)],
      ["Extra woningen", getal(p.ew) + " (theoretisch " + getal(p.ewt) + ")"],
      ["Woningen nu", getal(p.w)], ["Bouwjaar", getal(p.bj)], ["Eigendom", tekst(p.e)]
    ];
    var h = '<div class="popup"><h3>' + esc(titel(p)) + "</h3><table>";
    for (var i = 0; i < rijen.length; i++) {
      h += "<tr><td>" + rijen[i][0] + "</td><td>" + rijen[i][1] + "</td></tr>";
    }
    h += "</table><h4>Toelichting</h4>";
    var regels = (p.t || []).map(function (j) { return TEKSTEN[j]; });
    h += '<div class="toelichting">' + (regels.length ? esc(regels.join("\n")) : "Geen toelichting.") + "</div>";
    h += "<h4>Belemmeringen</h4>";
    if (p.b && p.b.length) {
      h += "<ul>" + p.b.map(function (j) { return "<li>" + esc(TEKSTEN[j]) + "</li>"; }).join("") + "</ul>";
    } else {
      h += "<div>Geen belemmeringen gevonden.</div>";
    }
    return h + "</div>";
  }

  performance.mark("optopscan:data");
  var POPUP = {maxWidth: 440, maxHeight: 460};
  // SVG for up to a few thousand complexes (crisp, one DOM path each); canvas above (faster)
  var map = L.map("kaart", {preferCanvas: META.renderer === "canvas", zoomSnap: 0.25});
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  var PDOK = "Kaartgegevens &copy; Kadaster (PDOK)";
  var basis = {
    "BRT-Achtergrondkaart grijs": L.tileLayer(
      "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png",
      {maxNativeZoom: 19, maxZoom: 21, attribution: PDOK}),
    "BRT-Achtergrondkaart standaard": L.tileLayer(
      "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png",
      {maxNativeZoom: 19, maxZoom: 21, attribution: PDOK}),
    "PDOK Luchtfoto": L.tileLayer(
      "https://service.pdok.nl/hwh/luchtfotorgb/wmts/v1_0/Actueel_orthoHR/EPSG:3857/{z}/{x}/{y}.jpeg",
      {maxNativeZoom: 19, maxZoom: 21, attribution: "Luchtfoto &copy; Beeldmateriaal Nederland (PDOK)"}),
    "OpenStreetMap": L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png",
      {maxNativeZoom: 19, maxZoom: 21, attribution: "&copy; OpenStreetMap-bijdragers"})
  };
  basis["BRT-Achtergrondkaart grijs"].addTo(map);

  map.createPane("buurten").style.zIndex = 350;
  map.createPane("status").style.zIndex = 410;
  map.createPane("blokkades").style.zIndex = 430;
  map.getPane("blokkades").style.pointerEvents = "none";

  // ---- complexen: one L.geoJSON per klasse -------------------------------------------
  var perKlasse = {};
  D.klassen.forEach(function (k) { perKlasse[k.k] = []; });
  D.complexen.features.forEach(function (f) {
    (perKlasse[f.properties.k] || perKlasse["?"]).push(f);
  });
  var zoekIndex = [], aantalGetekend = 0, lagen = {klasse: {}, status: {}};
  var overlays = {};

  function vlakStijl(kleur, rand, cls) {
    return {color: rand, weight: 1, opacity: 0.9, fillColor: kleur, fillOpacity: 0.8, className: cls};
  }
  function punt(kleur, rand, cls) {
    return {radius: 5, color: rand, weight: 1, fillColor: kleur, fillOpacity: 0.9, className: cls};
  }

  D.klassen.forEach(function (k) {
    var cls = "klasse-" + (k.k === "?" ? "onbekend" : k.k);
    var laag = L.geoJSON({type: "FeatureCollection", features: perKlasse[k.k]}, {
      style: function () { return vlakStijl(k.kleur, k.rand, cls); },
      pointToLayer: function (f, ll) { return L.circleMarker(ll, punt(k.kleur, k.rand, cls)); },
      onEachFeature: function (f, l) {
        var p = f.properties;
        zoekIndex.push({p: p, laag: l, groep: k.k,
          sleutel: [p.id, p.n, p.a].join("\u0001").toLowerCase()});
        aantalGetekend += 1;
      }
    });
    // one tooltip and one popup per klasse layer (not per feature): fast with 20,000 complexes
    laag.bindTooltip(function (l) { return tooltip(l.feature.properties); }, {sticky: !PUNTEN});
    laag.bindPopup(function (l) { return popup(l.feature.properties); }, POPUP);
    lagen.klasse[k.k] = laag;
    overlays['<span class="vlak" style="background:' + k.kleur + '"></span>' +
      esc(k.label) + " (" + perKlasse[k.k].length + ")"] = laag;
    laag.addTo(map);
  });

  performance.mark("optopscan:lagen");

  // ---- blokkades and status overlays (built when first switched on) -------------------
  var blokkadeFeatures = D.complexen.features.filter(function (f) { return f.properties.st === "blokkade"; });
  lagen.blokkades = L.geoJSON({type: "FeatureCollection", features: blokkadeFeatures}, {
    pane: "blokkades", interactive: false,
    style: function () { return {color: "#d7191c", weight: 2, dashArray: "4 3", fill: false, className: "blokkade"}; },
    pointToLayer: function (f, ll) {
      return L.circleMarker(ll, {pane: "blokkades", interactive: false, radius: 8, color: "#d7191c",
        weight: 2, fill: false, className: "blokkade"});
    }
  });
  overlays['<span class="vlak rand"></span>Blokkades (' + blokkadeFeatures.length + ")"] = lagen.blokkades;
  // on by default for a readable number of complexes; with thousands the outlines drown the klassen
  if (META.renderer === "svg") { lagen.blokkades.addTo(map); }

  [["sh", "Status hoogte"], ["sp", "Status parkeren"], ["se", "Status eigendom"]].forEach(function (s) {
    var sleutel = s[0], groep = L.layerGroup();
    groep.once("add", function () {
      var cls = "status-" + sleutel;
      L.geoJSON(D.complexen, {
        pane: "status",
        style: function (f) { return vlakStijl(statusKleur(f.properties[sleutel]), "#333", cls); },
        pointToLayer: function (f, ll) {
          return L.circleMarker(ll, L.extend({pane: "status"}, punt(statusKleur(f.properties[sleutel]), "#333", cls)));
        },
      }).bindTooltip(function (l) {
        var p = l.feature.properties;
        return tooltip(p) + "<br>" + s[1] + ": " + tekst(p[sleutel]);
      }, {sticky: !PUNTEN}).bindPopup(function (l) { return popup(l.feature.properties); }, POPUP).addTo(groep);
    });
    lagen.status[sleutel] = groep;
    overlays[s[1]] = groep;
  });

  // ---- buurten ------------------------------------------------------------------------
  if (D.buurten && D.buurten.features.length) {
    lagen.buurten = L.geoJSON(D.buurten, {
      pane: "buurten",
      style: function (f) {
        var c = f.properties.c;
        return {color: "#54278f", weight: 1.2, opacity: 0.8, className: "buurt",
          fillColor: c >= 0 ? D.buurtKlassen[c].kleur : "#ffffff", fillOpacity: c >= 0 ? 0.45 : 0.15};
      },
    }).bindTooltip(function (l) {
      var p = l.feature.properties;
      return "<b>" + tekst(p.bn) + "</b> (" + tekst(p.bc) + ")<br>" + tekst(p.gn) +
        "<br>Complexen: " + getal(p.ac) + "<br>Extra woningen: " + getal(p.ew) +
        " (theoretisch " + getal(p.ewt) + ")";
    }, {sticky: true});
    overlays["Buurten (extra woningen)"] = lagen.buurten;
    if (PUNTEN) { lagen.buurten.addTo(map); }
  }

  L.control.layers(basis, overlays, {collapsed: false, position: "topright"}).addTo(map);

  // ---- zoeken -------------------------------------------------------------------------
  var zoekMelding;
  function zoek(vraag) {
    var q = String(vraag || "").trim().toLowerCase();
    if (!q) { zoekMelding.textContent = ""; return null; }
    var treffers = zoekIndex.filter(function (z) { return z.sleutel.indexOf(q) >= 0; });
    if (!treffers.length) {
      zoekMelding.textContent = "Niet gevonden";
      zoekMelding.className = "zoek-melding niet";
      return null;
    }
    treffers.sort(function (a, b) { return (a.p.r || 0) - (b.p.r || 0); });
    var z = treffers[0];
    if (!map.hasLayer(lagen.klasse[z.groep])) { map.addLayer(lagen.klasse[z.groep]); }
    if (z.laag.getBounds) {
      map.fitBounds(z.laag.getBounds(), {maxZoom: 18, animate: false, padding: [40, 40]});
    } else {
      map.setView(z.laag.getLatLng(), Math.max(map.getZoom(), 17), {animate: false});
    }
    var midden = z.laag.getLatLng ? z.laag.getLatLng() : z.laag.getCenter();
    L.popup(POPUP).setLatLng(midden).setContent(popup(z.p)).openOn(map);
    zoekMelding.className = "zoek-melding";
    zoekMelding.textContent = treffers.length === 1 ? "Gevonden: complex " + z.p.id
      : treffers.length + " treffers; eerste getoond (complex " + z.p.id + ")";
    return z.p.id;
  }

  var Zoek = L.Control.extend({
    options: {position: "topleft"},
    onAdd: function () {
      var div = L.DomUtil.create("div", "paneel zoek leaflet-control");
      div.innerHTML = '<form role="search"><input type="search" name="q" id="zoek-invoer" ' +
        'placeholder="Complex-id, naam of adres" aria-label="Zoek complex">' +
        '<button type="submit">Zoek</button></form><div class="zoek-melding" id="zoek-melding" ' +
        'aria-live="polite"></div>';
      zoekMelding = div.querySelector(".zoek-melding");
      div.querySelector("form").addEventListener("submit", function (e) {
        e.preventDefault();
        zoek(div.querySelector("input").value);
      });
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    }
  });
  new Zoek().addTo(map);

  // ---- samenvatting en legenda ---------------------------------------------------------
  var Paneel = L.Control.extend({
    options: {position: "bottomleft"},
    onAdd: function () {
      var div = L.DomUtil.create("div", "paneel samenvatting leaflet-control");
      div.id = "samenvatting";
      div.innerHTML = document.getElementById("optopscan-samenvatting").innerHTML;
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    }
  });
  new Paneel().addTo(map);

  var Legenda = L.Control.extend({
    options: {position: "bottomright"},
    onAdd: function () {
      var div = L.DomUtil.create("div", "paneel legenda leaflet-control");
      div.id = "legenda";
      var h = "<h3>Klasse (kans op optoppen)</h3>";
      D.klassen.forEach(function (k) {
        h += '<div><span class="vlak" style="background:' + k.kleur + '"></span>' + esc(k.label) +
          (k.uitleg ? " – " + esc(k.uitleg) : "") + "</div>";
      });
      h += '<div><span class="vlak rand"></span>Blokkade</div>';
      h += "<h3>Status per criterium</h3>";
      [["ok", "ok / kansrijk"], ["let op", "let op"], ["blokkade", "blokkade"], ["onbekend", "onbekend"]]
        .forEach(function (s) {
          h += '<div><span class="vlak" style="background:' + statusKleur(s[0]) + '"></span>' + s[1] + "</div>";
        });
      if (lagen.buurten) {
        h += "<h3>Buurten: extra woningen</h3>";
        D.buurtKlassen.forEach(function (b) {
          h += '<div><span class="vlak" style="background:' + b.kleur + '"></span>' + esc(b.label) + "</div>";
        });
      }
      div.innerHTML = h;
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    }
  });
  new Legenda().addTo(map);

  // keep the data clear of the panels on a wide screen
  var breed = map.getSize().x >= 1000;
  var rand = {paddingTopLeft: breed ? [360, 30] : [10, 10], paddingBottomRight: breed ? [300, 30] : [10, 10],
              maxZoom: 18, animate: false};
  map.fitBounds(META.bounds || [[50.75, 3.36], [53.56, 7.23]], rand);

  window.optopscan = {
    aantalGetekend: aantalGetekend,
    aantalInShortlist: META.aantal,
    modus: META.modus,
    renderer: META.renderer,
    lagen: lagen,
    kaart: map,
    zoek: zoek,
    laag: function (id) {
      for (var i = 0; i < zoekIndex.length; i++) {
        if (zoekIndex[i].p.id === id) { return zoekIndex[i].laag; }
      }
      return null;
    },
    ready: false
  };
  requestAnimationFrame(function () {
    performance.mark("optopscan:klaar");
    window.optopscan.renderMs = performance.now();
    window.optopscan.ready = true;
  });
})();
"""
