/* The kansenkaart page script (plain Leaflet). Data arrive as one JSON element; keys of a
   complex's properties are short because a province holds tens of thousands of complexes:
     id complex_id   n complexnaam   a adres   pc postcode   k klasse   st status   r rang
     s score   e eigendom   bu buurtnaam   gm gemeentenaam   dt daktype (Dutch)
     w aantal_woningen   bj bouwjaar   eb extra_bouwlagen
     ewt/ewc/ewp/ewk extra woningen theoretisch / constructief / binnen plan / kansrijk
     ewo/ewa/ewu extra woningen optoppen / aanplakken / uitplinten
     il/ih investering laag/hoog   sub subsidie   otl/oth onrendabele top per woning laag/hoog
     t toelichting lines, b blokkades (indices into teksten)
     cst statuses per criterion (order of D.criteria) as one text joined by U+0001;
     cs scores 0..1 and cr reasons (text indices) per criterion, when the shortlist has them
   Keys in D.gepoold hold an index into D.teksten and are replaced by their text on load.
   Buurt keys: bc buurtcode, bn buurtnaam, gn gemeentenaam, ac aantal_complexen,
   ewt/ewc/ewp/ewk tiers, c colour class (-1 = none). */
(function () {
  "use strict";
  performance.mark("optopscan:start");
  var D = JSON.parse(document.getElementById("optopscan-data").textContent);
  var META = D.meta, TEKSTEN = D.teksten, CRIT = D.criteria || [];
  var PUNTEN = META.modus === "punten";
  D.complexen.features.forEach(function (f) {
    var p = f.properties;
    for (var i = 0; i < D.gepoold.length; i++) {
      var key = D.gepoold[i];
      if (typeof p[key] === "number") { p[key] = TEKSTEN[p[key]]; }
    }
  });
  var KLEUR_STATUS = META.statusKleuren;
  // "hoogte (gewicht 3): <reden> — score 1,00 (kansrijk)" → {hoogte: "<reden>"}
  function redenen(regels) {
    var uit = {};
    (regels || []).forEach(function (j) {
      var m = /^([^\s:(]+)(?: \([^)]*\))?:\s*(.*?)(?:\s+—\s+score .*)?$/.exec(TEKSTEN[j]);
      if (m) { uit[m[1]] = m[2]; }
    });
    return uit;
  }
  var ESC = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"};
  var NF = {};
  var TELEFOON = window.matchMedia("(max-width: 700px)").matches;

  function esc(s) { return String(s).replace(/[&<>"']/g, function (c) { return ESC[c]; }); }
  function leeg(x) { return x === null || x === undefined || x === ""; }
  // the one Dutch number formatter of the page: Intl.NumberFormat('nl-NL')
  function getal(x, dec) {
    if (leeg(x) || !isFinite(Number(x))) { return "onbekend"; }
    dec = dec || 0;
    if (!NF[dec]) { NF[dec] = new Intl.NumberFormat("nl-NL", {minimumFractionDigits: dec, maximumFractionDigits: dec}); }
    var v = Number(x);
    if (Math.abs(v) < 0.5 * Math.pow(10, -dec)) { v = 0; }  // no "-0"
    return NF[dec].format(v);
  }
  function jaar(x) { return leeg(x) ? "onbekend" : String(Math.round(Number(x))); }  // years: no separator
  function euro(x) { return leeg(x) ? "onbekend" : "€ " + getal(x); }
  function tekst(x) { return leeg(x) ? "onbekend" : esc(x); }
  function statusKey(s) { return leeg(s) ? "onbekend" : s; }
  function statusKleur(s) { return KLEUR_STATUS[statusKey(s)] || KLEUR_STATUS.onbekend; }
  function stLabel(s) {
    var k = statusKey(s);
    return '<span class="st st-' + esc(k.replace(/\s+/g, "-")) + '">' + esc(k) + "</span>";
  }
  function titel(p) { return p.n ? p.n : (p.a ? p.a : "Complex " + p.id); }
  // per criterion {s, st, r}, decoded when first needed (a popup), not for every complex on load
  function crit(p) {
    if (!p._c) {
      var st = leeg(p.cst) ? [] : TEKSTEN[p.cst].split("\u0001"), uitToelichting = null;
      p._c = CRIT.map(function (c, i) {
        var r = p.cr && !leeg(p.cr[i]) ? TEKSTEN[p.cr[i]] : null;
        if (r === null) {
          uitToelichting = uitToelichting || redenen(p.t);
          r = uitToelichting[c.k] || null;
        }
        return {s: p.cs ? p.cs[i] : null, st: st[i] || null, r: r};
      });
    }
    return p._c;
  }
  function critIndex(naam) { for (var i = 0; i < CRIT.length; i++) { if (CRIT[i].k === naam) { return i; } } return -1; }

  function tooltip(p) {
    return "<b>" + esc(titel(p)) + "</b><br>Complex " + esc(p.id) +
      "<br>Klasse " + esc(p.k) + " · score " + getal(p.s, 1) + " · " + esc(statusKey(p.st)) +
      (leeg(p.ewp) ? "" : "<br>Extra woningen binnen plan: " + getal(p.ewp));
  }

  // the verdict: status first, then what blocks or which study / plan change would lift it
  function oordeel(p) {
    var st = statusKey(p.st), cs = crit(p);
    var h = '<div class="oordeel" style="border-left-color:' + statusKleur(st) + '"><div class="kern">Oordeel: ' +
      stLabel(st) + " · klasse " + esc(p.k) + " · score " + getal(p.s, 1) +
      (leeg(p.r) ? "" : " · rang " + getal(p.r)) + "</div>";
    function lijst(status) {
      return cs.map(function (c, i) { return c.st === status ? {c: c, label: CRIT[i].label} : null; })
        .filter(Boolean).map(function (x) { return "<li><b>" + esc(x.label) + "</b>: " + tekst(x.c.r) + "</li>"; });
    }
    var items = [], kop = "";
    if (st === "blokkade") {
      kop = "Wat blokkeert";
      var blok = (p.b || []).map(function (j) { return TEKSTEN[j]; });
      items = blok.map(function (b) { return "<li>" + esc(b) + "</li>"; }).concat(
        cs.map(function (c, i) { return {c: c, label: CRIT[i].label}; }).filter(function (x) {
          // a blocking criterion not already named in the blokkades column
          return x.c.st === "blokkade" && !blok.some(function (b) { return x.c.r && b.indexOf(x.c.r) >= 0; });
        }).map(function (x) { return "<li><b>" + esc(x.label) + "</b>: " + tekst(x.c.r) + "</li>"; }));
    } else if (st === "planwijziging nodig") {
      kop = "Een planwijziging zou dit opheffen";
      items = lijst("planwijziging nodig");
    } else if (st === "onderzoek nodig") {
      kop = "Onderzoek dat dit kan opheffen";
      items = lijst("onderzoek nodig");
    } else if (st === "let op") {
      kop = "Let op";
      items = lijst("let op");
    }
    if (items.length) { h += "<div>" + kop + ":</div><ul>" + items.join("") + "</ul>"; }
    else if (st === "kansrijk" || st === "ok") { h += "<div>Geen belemmeringen gevonden.</div>"; }
    else if (kop) { h += "<div>" + kop + ": zie de criteria hieronder.</div>"; }
    return h + "</div>";
  }

  var toelichtingOpen = false; // the fold of the full toelichting, kept across popups
  function popup(p) {
    var h = '<div class="popup"><h3>' + esc(titel(p)) + "</h3>" + oordeel(p);
    if (crit(p).length) {
      h += '<h4>Criteria</h4><table class="criteria"><thead><tr><th scope="col">Criterium</th>' +
        '<th scope="col">Waarde</th><th scope="col">Score</th><th scope="col">Status</th></tr></thead><tbody>';
      crit(p).forEach(function (c, i) {
        h += "<tr><td>" + esc(CRIT[i].label) + "</td><td>" + tekst(c.r) + '</td><td class="getal">' +
          getal(c.s, 2) + "</td><td>" + stLabel(c.st) + "</td></tr>";
      });
      h += "</tbody></table>";
    }
    if (META.tiers.length) {
      h += '<h4>Extra woningen</h4><table class="tiers"><tr>' +
        META.tiers.map(function (t) { return '<th scope="col">' + esc(t.label) + "</th>"; }).join("") + "</tr><tr>" +
        META.tiers.map(function (t) { return '<td class="getal">' + getal(p[t.key]) + "</td>"; }).join("") + "</tr></table>";
      if (META.vormen.length) {
        h += '<div class="per-vorm">Binnen plan per vorm: ' + META.vormen.map(function (v) {
          return esc(v.label) + " " + getal(p[v.key]);
        }).join(" · ") + "</div>";
      }
    }
    var rijen = [
      ["Complex", esc(p.id)], ["Adres", tekst(p.a)], ["Buurt", tekst(p.bu)],
      ["Woningen nu", getal(p.w)], ["Bouwjaar", jaar(p.bj)], ["Eigendom", tekst(p.e)],
      ["Extra bouwlagen", getal(p.eb)]
    ];
    if (!leeg(p.pc)) { rijen.splice(2, 0, ["Postcode", esc(p.pc)]); }
    if (!leeg(p.dt)) { rijen.push(["Dak", esc(p.dt)]); }
    h += "<h4>Complex</h4><table>" + rijen.map(function (r) {
      return "<tr><td>" + r[0] + "</td><td>" + r[1] + "</td></tr>";
    }).join("") + "</table>";
    if (!leeg(p.il) || !leeg(p.ih) || !leeg(p.sub) || !leeg(p.otl) || !leeg(p.oth)) {
      h += "<h4>Financieel (indicatief)</h4><table>" +
        "<tr><td>Investering</td><td>" + euro(p.il) + " – " + euro(p.ih) + "</td></tr>" +
        "<tr><td>Subsidie</td><td>" + euro(p.sub) + "</td></tr>" +
        "<tr><td>Onrendabele top per woning</td><td>" + euro(p.otl) + " – " + euro(p.oth) + "</td></tr></table>";
    }
    var regels = (p.t || []).map(function (j) { return TEKSTEN[j]; });
    h += "<details" + (toelichtingOpen ? " open" : "") + "><summary>Volledige toelichting</summary>" +
      '<div class="toelichting">' + (regels.length ? esc(regels.join("\n")) : "Geen toelichting.") + "</div></details>";
    return h + "</div>";
  }

  performance.mark("optopscan:data");
  var kaartEl = document.getElementById("kaart");
  // on a phone the panel's sections start closed, so the map keeps most of the screen
  if (TELEFOON) {
    document.querySelectorAll("#paneel details.blok").forEach(function (d) { d.open = false; });
  }
  var POPUP = {maxWidth: Math.min(460, kaartEl.clientWidth - 40),
               maxHeight: Math.max(200, Math.round(kaartEl.clientHeight * (TELEFOON ? 0.5 : 0.6))),
               autoPanPaddingTopLeft: TELEFOON ? [10, 90] : [60, 10],
               autoPanPaddingBottomRight: TELEFOON ? [10, 10] : [290, 10]};
  var map = L.map("kaart", {preferCanvas: META.renderer === "canvas", zoomSnap: 0.25, zoomControl: false});
  // controls before features in the Tab order: move the control corners in front of the panes
  kaartEl.insertBefore(map._controlContainer, kaartEl.firstChild);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  L.control.zoom({zoomInTitle: "Inzoomen", zoomOutTitle: "Uitzoomen"}).addTo(map);
  L.control.scale({imperial: false, position: "bottomleft"}).addTo(map);
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
  map.createPane("vormen").style.zIndex = 420;
  map.createPane("blokkades").style.zIndex = 430;
  map.getPane("blokkades").style.pointerEvents = "none";

  // ---- complexen: one L.geoJSON per klasse -------------------------------------------
  var perKlasse = {};
  D.klassen.forEach(function (k) { perKlasse[k.k] = []; });
  D.complexen.features.forEach(function (f) { (perKlasse[f.properties.k] || perKlasse["?"]).push(f); });
  var zoekIndex = [], perId = {}, aantalGetekend = 0, lagen = {klasse: {}, status: {}, vormen: {}};
  var overlays = {}, klasseLabel = {};

  function vlakStijl(kleur, rand, cls) {
    return {color: rand, weight: 1, opacity: 0.9, fillColor: kleur, fillOpacity: 0.8, className: cls};
  }
  function punt(kleur, rand, cls) {
    return {radius: 5, color: rand, weight: 1, fillColor: kleur, fillOpacity: 0.9, className: cls};
  }
  function klasseNaam(k, n) { return '<span class="vlak" style="background:' + k.kleur + '"></span>' + esc(k.label) + " (" + n + ")"; }

  D.klassen.forEach(function (k) {
    var cls = "klasse-" + (k.k === "?" ? "onbekend" : k.k);
    var laag = L.geoJSON({type: "FeatureCollection", features: perKlasse[k.k]}, {
      style: function () { return vlakStijl(k.kleur, k.rand, cls); },
      pointToLayer: function (f, ll) { return L.circleMarker(ll, punt(k.kleur, k.rand, cls)); },
      onEachFeature: function (f, l) {
        var p = f.properties;
        var z = {p: p, laag: l, groep: k.k, zichtbaar: true,
          sleutel: [p.id, p.n, p.a, p.pc, p.pc ? String(p.pc).replace(/\s+/g, "") : ""].join("\u0001").toLowerCase()};
        zoekIndex.push(z);
        perId[p.id] = z;
        aantalGetekend += 1;
      }
    });
    // one tooltip and one popup per klasse layer (not per feature): fast with 20,000 complexes
    laag.bindTooltip(function (l) { return tooltip(l.feature.properties); }, {sticky: !PUNTEN});
    laag.bindPopup(function (l) { return popup(l.feature.properties); }, POPUP);
    laag.on("click", function (e) { kies(e.layer.feature.properties.id, {zoom: false, popup: false}); });
    lagen.klasse[k.k] = laag;
    klasseLabel[k.k] = klasseNaam(k, perKlasse[k.k].length);
    overlays[klasseLabel[k.k]] = laag;
    laag.addTo(map);
  });
  performance.mark("optopscan:lagen");

  // ---- blokkades, status per criterion, form layers ---------------------------------
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
  if (META.renderer === "svg") { lagen.blokkades.addTo(map); }

  [["hoogte", "sh", "Status hoogte"], ["parkeren", "sp", "Status parkeren"], ["eigendom", "se", "Status eigendom"]]
    .forEach(function (s) {
      var ci = critIndex(s[0]);
      if (ci < 0) { return; }
      var sleutel = s[1], groep = L.layerGroup();
      function st(p) { return crit(p)[ci].st; }
      groep.once("add", function () {
        var cls = "status-" + sleutel;
        L.geoJSON(D.complexen, {
          pane: "status",
          style: function (f) { return vlakStijl(statusKleur(st(f.properties)), "#333", cls); },
          pointToLayer: function (f, ll) {
            return L.circleMarker(ll, L.extend({pane: "status"}, punt(statusKleur(st(f.properties)), "#333", cls)));
          }
        }).bindTooltip(function (l) {
          var p = l.feature.properties;
          return tooltip(p) + "<br>" + s[2] + ": " + tekst(st(p));
        }, {sticky: !PUNTEN}).bindPopup(function (l) { return popup(l.feature.properties); }, POPUP).addTo(groep);
      });
      lagen.status[sleutel] = groep;
      overlays[s[2]] = groep;
    });

  var vormFeatures = [];
  (D.vormlagen || []).forEach(function (v) {
    var laag = L.geoJSON({type: "FeatureCollection", features: v.features}, {
      pane: "vormen",
      style: function () { return {color: "#0b4f9c", weight: 2, dashArray: v.vorm === "uitplinten" ? "2 3" : null,
        fillColor: v.vorm === "uitplinten" ? "#9ecae1" : "#6baed6", fillOpacity: 0.6, className: "vorm-" + v.vorm}; },
      pointToLayer: function (f, ll) {
        return L.circleMarker(ll, {pane: "vormen", radius: 5, color: "#0b4f9c", weight: 2, fillColor: "#6baed6",
          fillOpacity: 0.8, className: "vorm-" + v.vorm});
      },
      onEachFeature: function (f, l) { vormFeatures.push({p: f.properties, laag: l, groep: null}); }
    }).bindTooltip(function (l) {
      var p = l.feature.properties, z = perId[p.id];
      return "<b>" + esc(v.enkelvoud) + "</b> bij " + esc(z ? titel(z.p) : "complex " + p.id) +
        "<br>Extra woningen: " + getal(p.ew) + " · " + esc(statusKey(p.st));
    }, {sticky: true}).bindPopup(function (l) {
      var p = l.feature.properties, z = perId[p.id];
      var rijen = [["Complex", esc(p.id) + (z ? " – " + esc(titel(z.p)) : "")], ["Pand", tekst(p.pand)]];
      if (!leeg(p.soort)) { rijen.push(["Soort", esc(p.soort)]); }
      if (!leeg(p.br)) { rijen.push(["Breedte", getal(p.br, 1) + " m"]); }
      if (!leeg(p.bl)) { rijen.push(["Bouwlagen", getal(p.bl)]); }
      rijen.push(["Extra woningen", getal(p.ew)], ["Status", stLabel(p.st)]);
      if (!leeg(p.rd)) { rijen.push(["Reden", esc(TEKSTEN[p.rd])]); }
      return '<div class="popup"><h3>' + esc(v.enkelvoud) + "</h3><table>" + rijen.map(function (r) {
        return "<tr><td>" + r[0] + "</td><td>" + r[1] + "</td></tr>"; }).join("") + "</table></div>";
    }, POPUP);
    vormFeatures.forEach(function (z) { if (!z.groep) { z.groep = laag; } });
    lagen.vormen[v.laag] = laag;
    overlays[esc(v.label) + " (" + v.features.length + ")"] = laag;
    laag.addTo(map);
  });

  // ---- buurten ------------------------------------------------------------------------
  if (D.buurten && D.buurten.features.length) {
    lagen.buurten = L.geoJSON(D.buurten, {
      pane: "buurten",
      style: function (f) {
        var c = f.properties.c;
        return {color: "#54278f", weight: 1.2, opacity: 0.8, className: "buurt",
          fillColor: c >= 0 ? D.buurtKlassen[c].kleur : "#ffffff", fillOpacity: c >= 0 ? 0.45 : 0.15};
      }
    }).bindTooltip(function (l) {
      var p = l.feature.properties;
      return "<b>" + tekst(p.bn) + "</b> (" + tekst(p.bc) + ")<br>" + tekst(p.gn) +
        "<br>Complexen: " + getal(p.ac) + "<br>Extra woningen: " + META.tiers.map(function (t) {
          return esc(t.label.toLowerCase()) + " " + getal(p[t.key]); }).join(", ");
    }, {sticky: true});
    overlays["Buurten (extra woningen)"] = lagen.buurten;
    if (PUNTEN) { lagen.buurten.addTo(map); }
  }

  var lagenControl = L.control.layers(basis, overlays, {collapsed: TELEFOON, position: "topright"}).addTo(map);
  var toggle = lagenControl.getContainer().querySelector(".leaflet-control-layers-toggle");
  if (toggle) { toggle.title = "Kaartlagen"; toggle.setAttribute("aria-label", "Kaartlagen"); }

  // ---- legenda --------------------------------------------------------------------------
  var Legenda = L.Control.extend({
    options: {position: "bottomright"},
    onAdd: function () {
      var div = L.DomUtil.create("details", "legenda leaflet-control");
      div.id = "legenda";
      if (!TELEFOON) { div.open = true; }
      var h = "<summary>Legenda</summary><h3>Klasse (kans op optoppen)</h3>";
      D.klassen.forEach(function (k) {
        h += '<div><span class="vlak" style="background:' + k.kleur + '"></span>' + esc(k.label) +
          (k.uitleg ? " – " + esc(k.uitleg) : "") + "</div>";
      });
      h += '<div><span class="vlak rand"></span>Blokkade</div><div><span class="vlak gekozen"></span>Gekozen complex</div>';
      h += "<h3>Status</h3>";
      ["kansrijk", "let op", "onderzoek nodig", "planwijziging nodig", "blokkade", "onbekend"].forEach(function (s) {
        h += '<div><span class="vlak" style="background:' + statusKleur(s) + '"></span>' + s + "</div>";
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

  // ---- filters --------------------------------------------------------------------------
  var filterEl = document.getElementById("filters");
  var scoreEl = document.getElementById("filter-score"), scoreUit = document.getElementById("filter-score-waarde");
  var vormEl = document.getElementById("filter-vorm");
  var zichtbaar = zoekIndex.slice();

  function gekozenWaarden(naam) {
    var uit = {};
    filterEl.querySelectorAll('input[name="' + naam + '"]').forEach(function (i) { uit[i.value] = i.checked; });
    return uit;
  }
  function filter() {
    var kl = gekozenWaarden("klasse"), st = gekozenWaarden("status");
    var min = Number(scoreEl.value), vorm = vormEl ? vormEl.value : "";
    var nKlasse = {}, nStatus = {}, opId = {};
    zichtbaar = [];
    zoekIndex.forEach(function (z) {
      var p = z.p, sk = statusKey(p.st);
      var ok = kl[z.groep] !== false && st[sk] !== false &&
        (min <= 0 || (!leeg(p.s) && p.s >= min)) && (!vorm || (!leeg(p[vorm]) && p[vorm] > 0));
      if (ok !== z.zichtbaar) {
        if (ok) { lagen.klasse[z.groep].addLayer(z.laag); } else { lagen.klasse[z.groep].removeLayer(z.laag); }
        z.zichtbaar = ok;
      }
      if (ok) {
        zichtbaar.push(z);
        nKlasse[z.groep] = (nKlasse[z.groep] || 0) + 1;
        nStatus[sk] = (nStatus[sk] || 0) + 1;
        opId[p.id] = true;
      }
    });
    vormFeatures.forEach(function (z) {
      var ok = !!opId[z.p.id], nu = z.groep.hasLayer(z.laag);
      if (ok && !nu) { z.groep.addLayer(z.laag); } else if (!ok && nu) { z.groep.removeLayer(z.laag); }
    });
    // counts follow the filters: layer control, checkboxes, summary, table
    D.klassen.forEach(function (k) {
      var n = nKlasse[k.k] || 0, naam = klasseNaam(k, n);
      lagenControl._layers.forEach(function (e) { if (e.layer === lagen.klasse[k.k]) { e.name = naam; } });
      var el = filterEl.querySelector('[data-klasse="' + k.k + '"]');
      if (el) { el.textContent = "(" + n + ")"; }
    });
    lagenControl._update();
    filterEl.querySelectorAll("[data-status]").forEach(function (el) {
      el.textContent = "(" + (nStatus[el.getAttribute("data-status")] || 0) + ")";
    });
    scoreUit.textContent = getal(min);
    document.getElementById("filter-telling").textContent = zichtbaar.length === zoekIndex.length ? ""
      : "(" + getal(zichtbaar.length) + " van " + getal(zoekIndex.length) + ")";
    var getoond = document.getElementById("getoond");
    if (getoond) { getoond.textContent = getal(zichtbaar.length) + " van " + getal(zoekIndex.length) + " getekend"; }
    META.tiers.forEach(function (t) {
      var el = document.getElementById("selectie-" + t.key);
      if (!el) { return; }
      var som = 0, bekend = 0;
      zichtbaar.forEach(function (z) { var v = z.p[t.key]; if (!leeg(v)) { som += v; bekend += 1; } });
      el.textContent = bekend || !zichtbaar.length ? getal(som) : "onbekend";
    });
    if (gekozen && !gekozen.zichtbaar) { ontkies(); map.closePopup(); }
    tabel.toon();
  }
  filterEl.addEventListener("change", filter);
  scoreEl.addEventListener("input", function () { scoreUit.textContent = getal(scoreEl.value); });
  function wisFilters() {
    filterEl.querySelectorAll('input[type="checkbox"]').forEach(function (i) { i.checked = true; });
    scoreEl.value = 0;
    if (vormEl) { vormEl.value = ""; }
    filter();
  }
  document.getElementById("filter-wis").addEventListener("click", wisFilters);

  // ---- selection: map ↔ table ↔ #complex=<id> --------------------------------------------
  var gekozen = null;
  function markeer(z) {
    if (z.laag.setStyle) { z.laag.setStyle({weight: 4, color: "#0033cc", opacity: 1}); }
    if (z.laag.bringToFront && map.hasLayer(z.laag)) { z.laag.bringToFront(); }
    var el = z.laag.getElement && z.laag.getElement();
    if (el) { el.classList.add("gekozen"); }
  }
  function ontkies() {
    if (!gekozen) { return; }
    var el = gekozen.laag.getElement && gekozen.laag.getElement();
    if (el) { el.classList.remove("gekozen"); }
    lagen.klasse[gekozen.groep].resetStyle(gekozen.laag);
    gekozen = null;
    tabel.markeer(null);
  }
  function midden(z) { return z.laag.getLatLng ? z.laag.getLatLng() : z.laag.getCenter(); }
  function kies(id, opt) {
    opt = opt || {};
    var z = perId[id];
    if (!z) { return null; }
    if (!z.zichtbaar) { wisFilters(); }
    if (gekozen && gekozen !== z) { ontkies(); }
    gekozen = z;
    markeer(z);
    if (opt.zoom !== false) {
      if (z.laag.getBounds) { map.fitBounds(z.laag.getBounds(), {maxZoom: 18, animate: false, padding: [40, 40]}); }
      else { map.setView(z.laag.getLatLng(), Math.max(map.getZoom(), 17), {animate: false}); }
    }
    if (opt.popup !== false) { L.popup(POPUP).setLatLng(midden(z)).setContent(popup(z.p)).openOn(map); }
    var hash = "#complex=" + encodeURIComponent(id);
    if (location.hash !== hash) { history.replaceState(null, "", hash); }
    tabel.markeer(id, opt.scroll !== false);
    return id;
  }

  // ---- table ------------------------------------------------------------------------------
  var tabel = (function () {
    var body = document.querySelector("#tabel tbody"), meer = document.getElementById("tabel-meer");
    var kolommen = Array.prototype.map.call(document.querySelectorAll("#tabel th button"), function (b) {
      return b.getAttribute("data-sort");
    });
    var sort = {key: "r", dir: 1}, getoond = 0, STAP = 200, rijen = [];
    function waarde(p, key) {
      var v = p[key];
      if (key === "st") { return statusKey(v); }
      return leeg(v) ? null : v;
    }
    function vergelijk(a, b) {
      var x = waarde(a.p, sort.key), y = waarde(b.p, sort.key);
      if (x === null && y === null) { return 0; }
      if (x === null) { return 1; }   // unknown always last
      if (y === null) { return -1; }
      if (typeof x === "number" && typeof y === "number") { return (x - y) * sort.dir; }
      return String(x).localeCompare(String(y), "nl", {numeric: true}) * sort.dir;
    }
    function cel(p, key) {
      // one Tab stop for the whole table (roving tabindex; arrow keys move between rows)
      if (key === "id") { return '<td><button type="button" class="cid" tabindex="-1">' + esc(p.id) + "</button></td>"; }
      if (key === "s") { return '<td class="getal">' + getal(p.s, 1) + "</td>"; }
      if (key === "r" || key.slice(0, 2) === "ew") { return '<td class="getal">' + getal(p[key]) + "</td>"; }
      if (key === "st") { return "<td>" + stLabel(p.st) + "</td>"; }
      return "<td>" + (leeg(p[key]) ? "" : esc(p[key])) + "</td>";
    }
    function rij(z) {
      return '<tr data-id="' + esc(z.p.id) + '"' + (gekozen === z ? ' class="gekozen" aria-selected="true"' : "") + ">" +
        kolommen.map(function (k) { return cel(z.p, k); }).join("") + "</tr>";
    }
    function voegToe(n) {
      var tot = Math.min(rijen.length, getoond + n);
      body.insertAdjacentHTML("beforeend", rijen.slice(getoond, tot).map(rij).join(""));
      getoond = tot;
      meer.hidden = getoond >= rijen.length;
      meer.textContent = "Toon meer (" + getal(rijen.length - getoond) + " over)";
    }
    function toon() {
      rijen = zichtbaar.slice().sort(vergelijk);
      body.innerHTML = "";
      getoond = 0;
      voegToe(STAP);
      var eerste = body.querySelector(".cid");
      if (eerste) { eerste.tabIndex = 0; }
      document.getElementById("tabel-telling").textContent = "(" + getal(rijen.length) + ")";
    }
    document.querySelector("#tabel thead").addEventListener("click", function (e) {
      var b = e.target.closest("button");
      if (!b) { return; }
      var key = b.getAttribute("data-sort");
      sort = {key: key, dir: sort.key === key ? -sort.dir : 1};
      document.querySelectorAll("#tabel th").forEach(function (th) { th.removeAttribute("aria-sort"); });
      b.parentNode.setAttribute("aria-sort", sort.dir > 0 ? "ascending" : "descending");
      toon();
    });
    body.addEventListener("click", function (e) {
      var tr = e.target.closest("tr");
      if (tr) { kies(tr.getAttribute("data-id"), {scroll: false}); }
    });
    body.addEventListener("keydown", function (e) {
      if (e.key !== "ArrowDown" && e.key !== "ArrowUp") { return; }
      var tr = e.target.closest("tr"), naar = tr && (e.key === "ArrowDown" ? tr.nextElementSibling : tr.previousElementSibling);
      if (!naar) { return; }
      e.preventDefault();
      e.target.tabIndex = -1;
      var knop = naar.querySelector(".cid");
      knop.tabIndex = 0;
      knop.focus();
    });
    meer.addEventListener("click", function () { voegToe(STAP); });
    function markeer(id, scroll) {
      body.querySelectorAll("tr.gekozen").forEach(function (tr) {
        tr.classList.remove("gekozen"); tr.removeAttribute("aria-selected");
      });
      if (id === null) { return; }
      var i = rijen.findIndex(function (z) { return z.p.id === id; });
      if (i >= getoond) { voegToe(i - getoond + 1); }
      var tr = body.querySelector('tr[data-id="' + (window.CSS && CSS.escape ? CSS.escape(id) : id) + '"]');
      if (tr) {
        tr.classList.add("gekozen");
        tr.setAttribute("aria-selected", "true");
        if (scroll) { tr.scrollIntoView({block: "nearest"}); }
      }
    }
    return {toon: toon, markeer: markeer, rijen: function () { return rijen; }};
  })();

  // ---- CSV of the selection ---------------------------------------------------------------
  var CSV_KOLOMMEN = [["complex_id", "id"], ["complexnaam", "n"], ["adres", "a"], ["postcode", "pc"],
    ["rang", "r"], ["klasse", "k"], ["score", "s"], ["status", "st"], ["buurtnaam", "bu"]]
    .concat(META.tiers.map(function (t) { return [{ewt: "extra_woningen_theoretisch", ewc: "extra_woningen_constructief",
      ewp: "extra_woningen_binnen_plan", ewk: "extra_woningen_kansrijk"}[t.key], t.key]; }))
    .concat(META.vormen.map(function (v) { return ["extra_woningen_" + v.vorm, v.key]; }));
  function csvCel(v) {
    if (leeg(v)) { return ""; }
    if (typeof v === "number") { return String(v).replace(".", ","); }
    var s = String(v);
    if (/^[=+\-@\t\r]/.test(s)) { s = "'" + s; }  // never a live formula in a spreadsheet
    return /[;"\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function csv() {
    var regels = [CSV_KOLOMMEN.map(function (k) { return k[0]; }).join(";")];
    tabel.rijen().forEach(function (z) {
      regels.push(CSV_KOLOMMEN.map(function (k) { return csvCel(z.p[k[1]]); }).join(";"));
    });
    return "\ufeff" + regels.join("\r\n") + "\r\n";
  }
  document.getElementById("csv-download").addEventListener("click", function () {
    var url = URL.createObjectURL(new Blob([csv()], {type: "text/csv;charset=utf-8"}));
    var a = document.createElement("a");
    a.href = url;
    a.download = "kansenkaart-selectie.csv";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  });

  // ---- search -----------------------------------------------------------------------------
  var zoekMelding = document.getElementById("zoek-melding"), zoekLijst = document.getElementById("zoek-lijst");
  function zoek(vraag) {
    var q = String(vraag || "").trim().toLowerCase();
    zoekLijst.hidden = true;
    zoekLijst.innerHTML = "";
    zoekMelding.className = "zoek-melding";
    if (!q) { zoekMelding.textContent = ""; return null; }
    var qc = q.replace(/\s+/g, "");
    var treffers = zoekIndex.filter(function (z) { return z.sleutel.indexOf(q) >= 0 || (qc.length >= 4 && z.sleutel.indexOf(qc) >= 0); });
    if (!treffers.length) {
      zoekMelding.textContent = "Niet gevonden";
      zoekMelding.className = "zoek-melding niet";
      return null;
    }
    var exact = treffers.filter(function (z) { return String(z.p.id).toLowerCase() === q; });
    if (exact.length === 1) { treffers = exact; }
    treffers.sort(function (a, b) { return (leeg(a.p.r) ? Infinity : a.p.r) - (leeg(b.p.r) ? Infinity : b.p.r); });
    var z = treffers[0];
    kies(z.p.id);
    if (treffers.length === 1) {
      zoekMelding.textContent = "Gevonden: complex " + z.p.id;
    } else {
      zoekMelding.textContent = getal(treffers.length) + " treffers; de best gerangschikte is gekozen, kies er een:";
      zoekLijst.innerHTML = treffers.slice(0, 50).map(function (t) {
        return '<li><button type="button" data-id="' + esc(t.p.id) + '">' + esc(t.p.id) + " – " + esc(titel(t.p)) +
          (t.p.a && t.p.n ? ", " + esc(t.p.a) : "") + " (klasse " + esc(t.p.k) + ")</button></li>";
      }).join("");
      zoekLijst.hidden = false;
    }
    return z.p.id;
  }
  document.getElementById("zoek-form").addEventListener("submit", function (e) {
    e.preventDefault();
    zoek(document.getElementById("zoek-invoer").value);
  });
  zoekLijst.addEventListener("click", function (e) {
    var b = e.target.closest("button");
    if (b) { kies(b.getAttribute("data-id")); }
  });

  // ---- keyboard, Dutch labels, phone --------------------------------------------------
  // the fold of the full toelichting stays as the user left it, also when a popup is redrawn
  document.addEventListener("toggle", function (e) {
    var d = e.target;
    if (d && d.matches && d.matches(".leaflet-popup-content details")) { toelichtingOpen = d.open; }
  }, true);
  map.on("popupopen", function (e) {
    var knop = e.popup._closeButton;
    if (knop) { knop.setAttribute("aria-label", "Sluiten"); knop.title = "Sluiten"; }
  });
  document.querySelector(".skip").addEventListener("click", function (e) {
    e.preventDefault();
    document.getElementById("zoek-invoer").focus();
  });
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape") { return; }
    if (map._popup && map.hasLayer(map._popup)) { map.closePopup(); }
    else if (!zoekLijst.hidden) { zoekLijst.hidden = true; }
  });
  document.querySelectorAll("#paneel details.blok").forEach(function (d) {
    d.addEventListener("toggle", function () { map.invalidateSize({pan: false}); });
  });
  window.addEventListener("beforeprint", function () {
    document.getElementById("samenvatting-blok").open = true;
    var leg = document.getElementById("legenda");
    if (leg) { leg.open = true; }
    map.invalidateSize({pan: false});
  });

  // ---- start view ----------------------------------------------------------------------------
  var breed = map.getSize().x >= 900;
  map.fitBounds(META.bounds || [[50.75, 3.36], [53.56, 7.23]], {
    paddingTopLeft: breed ? [50, 30] : [10, 10], paddingBottomRight: breed ? [280, 30] : [10, 10],
    maxZoom: 18, animate: false});
  filter();
  function vanHash() {
    var m = /^#complex=(.+)$/.exec(location.hash);
    if (m) { kies(decodeURIComponent(m[1])); }
  }
  window.addEventListener("hashchange", vanHash);
  vanHash();

  window.optopscan = {
    aantalGetekend: aantalGetekend,
    aantalInShortlist: META.aantal,
    modus: META.modus,
    renderer: META.renderer,
    lagen: lagen,
    kaart: map,
    zoek: zoek,
    kies: kies,
    csv: csv,
    zichtbaar: function () { return zichtbaar.map(function (z) { return z.p.id; }); },
    gekozen: function () { return gekozen ? gekozen.p.id : null; },
    laag: function (id) { return perId[id] ? perId[id].laag : null; },
    ready: false
  };
  requestAnimationFrame(function () {
    performance.mark("optopscan:klaar");
    window.optopscan.renderMs = performance.now();
    window.optopscan.ready = true;
  });
})();
