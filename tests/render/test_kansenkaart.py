"""Fast checks of the kansenkaart HTML (no browser): offline, compact, escaped, complete."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

from optopscan.errors import (
    CrsError,
    InputDataError,
    MissingColumnError,
    MissingFileError,
    MissingLayerError,
    UnreadableFileError,
)
from optopscan.render import render_kansenkaart, render_per_gemeente

DATA_RE = re.compile(r'<script id="optopscan-data" type="application/json">(.*?)</script>', re.S)
ALLOWED_URL_PREFIXES = (
    "https://service.pdok.nl/",  # background tiles
    "https://tile.openstreetmap.org/",
    "https://leafletjs.com",  # attribution link, not a request
    "http://www.w3.org/",  # SVG namespace
    "https://bugzilla.mozilla.org/",  # a comment in leaflet.js
)


def page_data(html_text: str) -> dict:
    m = DATA_RE.search(html_text)
    assert m, "geen data-element in de pagina"
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def kaart(shortlist_gpkg: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    out = render_kansenkaart(shortlist_gpkg, tmp_path_factory.mktemp("kaart") / "kansenkaart.html")
    return out.read_text(encoding="utf-8")


def test_returns_path_and_writes_one_file(shortlist_gpkg: Path, tmp_path: Path) -> None:
    out = tmp_path / "sub" / "kansenkaart.html"
    assert render_kansenkaart(shortlist_gpkg, out) == out
    assert out.exists()
    render_kansenkaart(shortlist_gpkg, out)  # overwrite in place
    assert sorted(p.name for p in out.parent.iterdir()) == ["kansenkaart.html"]


def test_page_is_self_contained(kaart: str) -> None:
    assert "<script src" not in kaart and "<link" not in kaart
    assert "@import" not in kaart and "url(http" not in kaart and "url(images/" not in kaart
    assert "sourceMappingURL" not in kaart
    for url in re.findall(r"https?://[^\s\"'<>)]+", kaart):
        assert url.startswith(ALLOWED_URL_PREFIXES), url
    assert 'L.map("kaart"' in kaart and "window.L=t" in kaart  # Leaflet inlined


def test_base_layers_and_attribution(kaart: str) -> None:
    for url in (
        "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png",
        "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png",
        "https://service.pdok.nl/hwh/luchtfotorgb/wmts/v1_0/Actueel_orthoHR/EPSG:3857/{z}/{x}/{y}.jpeg",
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    ):
        assert url in kaart
    assert "Kadaster (PDOK)" in kaart and "OpenStreetMap-bijdragers" in kaart
    assert 'id="kaart"' in kaart and "#kaart { flex: 1 1 auto;" in kaart


def test_embeds_every_complex_and_only_shown_properties(
    fabriek: SimpleNamespace, kaart: str, shortlist_gpkg: Path
) -> None:
    cx = gpd.read_file(shortlist_gpkg, layer="complexen")
    data = page_data(kaart)
    feats = data["complexen"]["features"]
    assert len(feats) == len(cx)
    assert [f["properties"]["id"] for f in feats] == list(cx.sort_values("rang")["complex_id"])
    assert fabriek.niet_inbedden not in kaart
    allowed = {"id", "n", "a", "r", "s", "k", "st", "t", "b", "cst", "ewt", "ewp", "eb", "w", "bj", "e", "bu", "gm"}
    assert set().union(*(f["properties"] for f in feats)) <= allowed
    first = feats[0]["properties"]
    row = cx.sort_values("rang").iloc[0]
    for key in data["gepoold"]:  # statuses etc. are indices into the text pool
        for f in feats:
            if key in f["properties"]:
                f["properties"][key] = data["teksten"][f["properties"][key]]
    hoogte = [c["k"] for c in data["criteria"]].index("hoogte")
    assert data["teksten"][first["cst"]].split("\u0001")[hoogte] == row["status_hoogte"]
    assert first["bu"] == row["buurtnaam"]
    assert first["k"] == row["klasse"] and first["s"] == pytest.approx(row["score"], abs=0.05)
    # the toelichting arrives line by line, with Dutch words for raw roof types
    lines = row["toelichting"].replace("dak horizontal", "dak plat").splitlines()
    assert [data["teksten"][i] for i in first["t"]] == lines
    assert data["meta"]["modus"] == "polygonen" and data["meta"]["aantal"] == len(cx)


def test_coordinates_are_wgs84_rounded(kaart: str) -> None:
    data = page_data(kaart)
    coords = np.array(
        shapely.get_coordinates(shapely.from_geojson(json.dumps(data["complexen"]["features"][0]["geometry"])))
    )
    assert ((coords[:, 0] > 3) & (coords[:, 0] < 8) & (coords[:, 1] > 50) & (coords[:, 1] < 54)).all()
    raw = DATA_RE.search(kaart).group(1)
    assert not re.search(r"\d\.\d{7,}", raw), "coördinaten niet op 6 decimalen afgerond"
    (s, w), (n, e) = data["meta"]["bounds"]
    assert 52.4 < s < n < 52.7 and 5.4 < w < e < 5.7


def test_blokkades_pooled_and_split(kaart: str) -> None:
    data = page_data(kaart)
    st = data["teksten"].index("blokkade")
    blok = [f["properties"] for f in data["complexen"]["features"] if f["properties"]["st"] == st]
    assert blok
    assert [data["teksten"][i] for i in blok[0]["b"]] == [
        "rijksmonument",
        "bestemmingsplan staat geen extra bouwlaag toe",
    ]
    assert len(data["teksten"]) == len(set(data["teksten"]))


def test_text_is_escaped(fabriek: SimpleNamespace, kaart: str) -> None:
    assert "<script>alert" not in kaart
    assert "Huize <Gevaar>" not in kaart
    data = page_data(kaart)
    assert fabriek.gevaarlijk in data["teksten"]  # survives as data, shown via esc() in the popup
    assert data["complexen"]["features"][3]["properties"]["n"] == "Huize <Gevaar>"


def test_summary_panel(kaart: str, shortlist_gpkg: Path) -> None:
    cx = gpd.read_file(shortlist_gpkg, layer="complexen")
    assert "Zonnehoeve (fictief)" in kaart and "2025-06-01" in kaart
    assert "Let op: dit gebied is fictief (voorbeelddata)." in kaart
    assert f'Complexen gescand</td><td class="getal">{len(cx)}<' in kaart
    # tiers side by side, totals over the complexen layer; an old shortlist's extra_woningen
    # is the binnen-plan tier, a tier without any column is "onbekend" (never 0)
    theo = f"{cx['extra_woningen_theoretisch'].sum():,.0f}".replace(",", ".")
    plan = f"{cx['extra_woningen'].sum():,.0f}".replace(",", ".")
    assert f'<td class="getal" data-tier="ewt">{theo}</td>' in kaart
    assert f'<td class="getal" data-tier="ewp">{plan}</td>' in kaart
    assert '<td class="getal" data-tier="ewc">onbekend</td>' in kaart
    assert "Extra woningen gefilterd" not in kaart
    counts = cx["klasse"].value_counts()
    assert "Per klasse: " + " · ".join(f"{k}: {counts.get(k, 0)}" for k in "ABCDE") in kaart
    statussen = cx["status"].value_counts()
    assert f"Per status: kansrijk: {statussen['kansrijk']} · let op: {statussen['let op']}" in kaart
    assert "<title>Kansenkaart optoppen — Zonnehoeve (fictief)</title>" in kaart
    data = page_data(kaart)
    assert [(k["k"], k["n"]) for k in data["klassen"]] == [(k, int(counts.get(k, 0))) for k in "ABCDE"]


def test_no_fictief_note_for_real_area(fabriek: SimpleNamespace, tmp_path: Path) -> None:
    path = fabriek.build_shortlist(tmp_path / "s.gpkg", 5, metadata={"gebied": "Utrecht", "datum": "2025-01-01"})
    text = render_kansenkaart(path, tmp_path / "k.html").read_text(encoding="utf-8")
    assert "fictief (voorbeelddata)" not in text and "Utrecht" in text


def test_buurten_shading(kaart: str) -> None:
    data = page_data(kaart)
    buurten = data["buurten"]["features"]
    assert {b["properties"]["bn"] for b in buurten} == {"Zonnehoeve-West", "Zonnehoeve-Oost"}
    assert all(0 <= b["properties"]["c"] < len(data["buurtKlassen"]) for b in buurten)


def test_zero_complexen(empty_shortlist_gpkg: Path, tmp_path: Path) -> None:
    text = render_kansenkaart(empty_shortlist_gpkg, tmp_path / "leeg.html").read_text(encoding="utf-8")
    assert "Geen complexen in deze shortlist" in text
    data = page_data(text)
    assert data["complexen"]["features"] == [] and data["meta"]["aantal"] == 0
    assert data["meta"]["bounds"] is not None  # falls back to the buurten


def test_point_mode_above_max_polygonen(shortlist_gpkg: Path, tmp_path: Path) -> None:
    text = render_kansenkaart(shortlist_gpkg, tmp_path / "p.html", max_polygonen=10, max_punten=10_000).read_text(
        encoding="utf-8"
    )
    data = page_data(text)
    assert data["meta"]["modus"] == "punten"
    assert {f["geometry"]["type"] for f in data["complexen"]["features"]} == {"Point"}
    assert "Meer dan 10 complexen: complexen als punten getekend" in text
    assert data["buurten"]["features"]


def test_large_shortlist_draws_only_the_best_ranked_points(shortlist_gpkg: Path, tmp_path: Path) -> None:
    import geopandas as gpd

    cx = gpd.read_file(shortlist_gpkg, layer="complexen").sort_values("rang")
    text = render_kansenkaart(shortlist_gpkg, tmp_path / "p.html", max_polygonen=10).read_text(encoding="utf-8")
    data = page_data(text)
    drawn = [f["properties"]["id"] for f in data["complexen"]["features"]]
    assert drawn == list(cx["complex_id"].head(10))  # the size budget: the 10 best ranked
    assert f'<td>Complexen gescand</td><td class="getal">{len(cx)}</td>' in text  # all counted
    assert "Alleen de 10 best gerangschikte complexen getekend" in text
    assert "optopscan map --per-gemeente" in text
    full = render_kansenkaart(shortlist_gpkg, tmp_path / "q.html", max_polygonen=10_000).read_text(encoding="utf-8")
    assert _per_klasse(text) == _per_klasse(full)  # counts over every complex, drawn or not


def _per_klasse(text: str) -> str:
    return text.split('<div class="per-klasse">', 1)[1].split("</div>", 1)[0]


def test_simplify_in_rd(fabriek: SimpleNamespace, tmp_path: Path) -> None:
    cx = fabriek.make_complexen(1)
    cx.loc[cx.index[0], "geometry"] = shapely.Point(166500, 508000).buffer(20, quad_segs=64)
    path = fabriek.write_shortlist(tmp_path / "s.gpkg", cx, fabriek.make_buurten(cx), fabriek.metadata)

    def n_coords(simplify_m: float) -> int:
        text = render_kansenkaart(path, tmp_path / f"k{simplify_m}.html", simplify_m=simplify_m).read_text()
        geom = page_data(text)["complexen"]["features"][0]["geometry"]
        return len(shapely.get_coordinates(shapely.from_geojson(json.dumps(geom))))

    assert n_coords(0) > 200
    assert 8 < n_coords(1.0) < 60


def test_render_per_gemeente(shortlist_gpkg: Path, tmp_path: Path) -> None:
    cx = gpd.read_file(shortlist_gpkg, layer="complexen")
    paths = render_per_gemeente(shortlist_gpkg, tmp_path / "gm", simplify_m=0.5)
    assert [p.name for p in paths] == ["kansenkaart_GM9991.html", "kansenkaart_GM9992.html"]
    for p, code, naam in zip(paths, ["GM9991", "GM9992"], ["Zonnestad", "Maanstad"], strict=True):
        text = p.read_text(encoding="utf-8")
        data = page_data(text)
        expected = set(cx.loc[cx["gemeentecode"] == code, "complex_id"])
        assert {f["properties"]["id"] for f in data["complexen"]["features"]} == expected
        assert len(data["buurten"]["features"]) == 1
        assert f"{naam} ({code})" in text


def test_unknown_klasse_drawn_apart(fabriek: SimpleNamespace, tmp_path: Path) -> None:
    cx = fabriek.make_complexen(6)
    cx["klasse"] = ["A", "b", None, "Z", "E", "C"]
    path = fabriek.write_shortlist(tmp_path / "s.gpkg", cx, None, None)
    data = page_data(render_kansenkaart(path, tmp_path / "k.html").read_text())
    assert [f["properties"]["k"] for f in data["complexen"]["features"]] == ["A", "B", "?", "?", "E", "C"]
    assert data["klassen"][-1] == {
        "k": "?",
        "kleur": "#9e9e9e",
        "rand": "#5e5e5e",
        "label": "Zonder klasse",
        "uitleg": "",
        "n": 2,
    }
    assert data["buurten"] is None and data["meta"]["gebied"] == ""


def test_other_crs_is_brought_to_rd(fabriek: SimpleNamespace, tmp_path: Path) -> None:
    cx = fabriek.make_complexen(4)
    path = fabriek.write_shortlist(tmp_path / "s.gpkg", cx.to_crs(3857), None, fabriek.metadata)
    data = page_data(render_kansenkaart(path, tmp_path / "k.html").read_text())
    (s, w), (n, e) = data["meta"]["bounds"]
    assert 52.4 < s < n < 52.7 and 5.4 < w < e < 5.7


# ---- errors ---------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MissingFileError, match="bestaat niet") as exc:
        render_kansenkaart(tmp_path / "nergens.gpkg", tmp_path / "k.html")
    assert isinstance(exc.value, InputDataError)
    assert not (tmp_path / "k.html").exists()


def test_not_a_geopackage(tmp_path: Path) -> None:
    bad = tmp_path / "kapot.gpkg"
    bad.write_text("dit is geen geopackage")
    with pytest.raises(UnreadableFileError, match="geen leesbare GeoPackage"):
        render_kansenkaart(bad, tmp_path / "k.html")


def test_missing_layer(fabriek: SimpleNamespace, tmp_path: Path) -> None:
    cx = fabriek.make_complexen(3)
    path = tmp_path / "s.gpkg"
    pyogrio.write_dataframe(fabriek.make_buurten(cx), path, layer="buurten")
    with pytest.raises(MissingLayerError, match="laag 'complexen'"):
        render_kansenkaart(path, tmp_path / "k.html")


def test_missing_column(fabriek: SimpleNamespace, tmp_path: Path) -> None:
    cx = fabriek.make_complexen(3).drop(columns=["complex_id"])
    path = fabriek.write_shortlist(tmp_path / "s.gpkg", cx)
    with pytest.raises(MissingColumnError, match="kolom 'complex_id'"):
        render_kansenkaart(path, tmp_path / "k.html")


@pytest.mark.filterwarnings("ignore:'crs' was not provided")
def test_layer_without_crs(fabriek: SimpleNamespace, tmp_path: Path) -> None:
    cx = fabriek.make_complexen(3).set_crs(None, allow_override=True)
    path = fabriek.write_shortlist(tmp_path / "s.gpkg", cx)
    with pytest.raises(CrsError, match="geen coördinatenstelsel"):
        render_kansenkaart(path, tmp_path / "k.html")


# ---- size -----------------------------------------------------------------------------


def test_size_budget_2000_complexen(large_shortlist_gpkg: Path, empty_shortlist_gpkg: Path, tmp_path: Path) -> None:
    """20,000 complexen must fit in 10 MB: here 2,000 in well under a tenth of the data budget."""
    base = render_kansenkaart(empty_shortlist_gpkg, tmp_path / "leeg.html").stat().st_size
    size = render_kansenkaart(large_shortlist_gpkg, tmp_path / "groot.html").stat().st_size
    per_complex = (size - base) / 2000
    assert base < 250_000, f"lege kaart is {base} bytes"
    assert base + 20_000 * per_complex < 10_000_000, f"{per_complex:.0f} bytes per complex"
    data = page_data((tmp_path / "groot.html").read_text(encoding="utf-8"))
    assert len(data["complexen"]["features"]) == 2000


def test_gpkg_fixture_is_valid(shortlist_gpkg: Path) -> None:
    import sqlite3

    con = sqlite3.connect(shortlist_gpkg)
    try:
        assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
        contents = dict(con.execute("select table_name, data_type from gpkg_contents").fetchall())
    finally:
        con.close()
    assert contents == {"complexen": "features", "buurten": "features", "metadata": "attributes"}
    meta = pyogrio.read_dataframe(shortlist_gpkg, layer="metadata", read_geometry=False)
    assert isinstance(meta, pd.DataFrame) and set(meta["sleutel"]) >= {"gebied", "datum", "versie", "config_hash"}


# ---- new layout: tiers, forms, status ladder, criteria ---------------------------------


@pytest.fixture(scope="module")
def nieuwe_kaart(new_shortlist_gpkg: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    out = render_kansenkaart(new_shortlist_gpkg, tmp_path_factory.mktemp("nieuw") / "kansenkaart.html")
    return out.read_text(encoding="utf-8")


def _decoded(data: dict) -> list[dict]:
    feats = [dict(f["properties"]) for f in data["complexen"]["features"]]
    for p in feats:
        for key in data["gepoold"]:
            if key in p:
                p[key] = data["teksten"][p[key]]
    return feats


def test_new_layout_tiers_and_forms(nieuwe_kaart: str, new_shortlist_gpkg: Path) -> None:
    cx = gpd.read_file(new_shortlist_gpkg, layer="complexen").sort_values("rang")
    data = page_data(nieuwe_kaart)
    assert [t["key"] for t in data["meta"]["tiers"]] == ["ewt", "ewc", "ewp", "ewk"]
    assert [v["vorm"] for v in data["meta"]["vormen"]] == ["optoppen", "aanplakken", "uitplinten"]
    feats = _decoded(data)
    for key, col in [("ewt", "extra_woningen_theoretisch"), ("ewp", "extra_woningen_binnen_plan"),
                     ("ewk", "extra_woningen_kansrijk"), ("ewa", "extra_woningen_aanplakken")]:  # fmt: skip
        assert [p.get(key, 0) for p in feats] == pytest.approx(list(cx[col]))
    # the summary shows the four tiers side by side with the same totals as the layer
    for key, col in [("ewt", "extra_woningen_theoretisch"), ("ewc", "extra_woningen_constructief"),
                     ("ewp", "extra_woningen_binnen_plan"), ("ewk", "extra_woningen_kansrijk")]:  # fmt: skip
        total = f"{cx[col].sum():,.0f}".replace(",", ".")
        assert f'<td class="getal" data-tier="{key}">{total}</td>' in nieuwe_kaart
    aanplak = f"{cx['extra_woningen_aanplakken'].sum():,.0f}".replace(",", ".")
    assert f'Aanplakken <span class="getal" data-vorm="ewa">{aanplak}</span>' in nieuwe_kaart
    # status ladder: filter boxes in ladder order, only the statuses present
    assert data["meta"]["statussen"] == [
        s
        for s in ["kansrijk", "let op", "onderzoek nodig", "planwijziging nodig", "blokkade"]
        if s in set(cx["status"])
    ]
    assert 'name="status" value="planwijziging nodig"' in nieuwe_kaart
    assert '<option value="ewu">Uitplinten</option>' in nieuwe_kaart


def test_new_layout_criteria_reasons_and_money(nieuwe_kaart: str, new_shortlist_gpkg: Path) -> None:
    cx = gpd.read_file(new_shortlist_gpkg, layer="complexen").sort_values("rang")
    data = page_data(nieuwe_kaart)
    crit = [c["k"] for c in data["criteria"]]
    assert crit == ["bouwjaar", "eigendom", "hoogte", "parkeren", "voorzieningen", "monument"]
    assert [c["label"] for c in data["criteria"]][:2] == ["Bouwjaar", "Eigendom"]
    first, row = data["complexen"]["features"][0]["properties"], cx.iloc[0]
    assert first["cs"] == [row[f"score_{c}"] for c in crit]
    reden = [None if r is None else data["teksten"][r] for r in first["cr"]]
    # reden_<c> is used where present, with Dutch words; absent reasons come from the toelichting
    assert reden[crit.index("hoogte")] == row["reden_hoogte"].replace("dak horizontal", "dak plat")
    assert reden[crit.index("voorzieningen")] == "ov-halte 120 m (ref 480 m)"
    assert reden[crit.index("bouwjaar")] is None
    assert (first["il"], first["ih"], first["sub"]) == (row["investering_laag"], row["investering_hoog"], 25000)
    assert first["pc"] == row["postcode"]
    assert "ov_halte" not in nieuwe_kaart and "dak horizontal" not in nieuwe_kaart


def test_form_layers_embedded(nieuwe_kaart: str, new_shortlist_gpkg: Path) -> None:
    data = page_data(nieuwe_kaart)
    lagen = {v["laag"]: v for v in data["vormlagen"]}
    aanplak = gpd.read_file(new_shortlist_gpkg, layer="aanplaklocaties")
    assert set(lagen) == {"aanplaklocaties", "plintkansen"}
    assert [f["properties"]["id"] for f in lagen["aanplaklocaties"]["features"]] == list(aanplak["complex_id"])
    p = lagen["aanplaklocaties"]["features"][0]["properties"]
    assert (p["br"], p["bl"], p["ew"], p["st"]) == (9.5, 3, 2, "kansrijk")
    assert data["teksten"][p["rd"]] == "kopgevel zonder ramen, dak plat"
    assert lagen["plintkansen"]["features"][0]["properties"]["soort"] == "bergingen"


def test_form_layers_follow_per_gemeente(new_shortlist_gpkg: Path, tmp_path: Path) -> None:
    cx = gpd.read_file(new_shortlist_gpkg, layer="complexen")
    aanplak = gpd.read_file(new_shortlist_gpkg, layer="aanplaklocaties")
    for path in render_per_gemeente(new_shortlist_gpkg, tmp_path):
        data = page_data(path.read_text(encoding="utf-8"))
        ids = {f["properties"]["id"] for f in data["complexen"]["features"]}
        feats = {v["laag"]: v["features"] for v in data["vormlagen"]}["aanplaklocaties"]
        assert {f["properties"]["id"] for f in feats} == set(aanplak["complex_id"]) & ids
        assert ids < set(cx["complex_id"])


def test_payload_is_script_safe(fabriek: SimpleNamespace, tmp_path: Path) -> None:
    cx = fabriek.make_complexen(3)
    naam = "A\u2028B\u2029C </script><!-- & <b>"
    cx.loc[cx.index[0], "complexnaam"] = naam
    path = fabriek.write_shortlist(tmp_path / "s.gpkg", cx, None, {"gebied": "<i>Oost & West</i>"})
    text = render_kansenkaart(path, tmp_path / "k.html").read_text(encoding="utf-8")
    raw = DATA_RE.search(text).group(1)
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in raw
    assert page_data(text)["complexen"]["features"][0]["properties"]["n"] == naam
    # jinja2 autoescape: metadata text is shown, never parsed as markup
    assert "<title>Kansenkaart optoppen — &lt;i&gt;Oost &amp; West&lt;/i&gt;</title>" in text
    assert "<i>Oost" not in text


def test_page_built_from_templates() -> None:
    from optopscan.render import kansenkaart

    names = {p.name for p in kansenkaart.TEMPLATES.iterdir()}
    assert {"kansenkaart.html.j2", "samenvatting.html.j2", "kansenkaart.css", "kansenkaart.js"} <= names
    js = (kansenkaart.TEMPLATES / "kansenkaart.js").read_text(encoding="utf-8")
    assert 'Intl.NumberFormat("nl-NL"' in js and "toFixed" not in js


def test_dutch_words() -> None:
    from optopscan.render import woorden

    daken = pd.Series(["horizontal", "Slanted", "multiple horizontal", None, "iets anders"])
    assert woorden.daktype(daken).tolist() == ["plat", "schuin", "meerdere platte delen", pd.NA, "iets anders"]
    assert woorden.vertaal("dak horizontal; ov_halte 100 m; leefbaarometer_score 4,2") == (
        "dak plat; ov-halte 100 m; Leefbaarometer-score 4,2"
    )
    assert woorden.vertaal("dak multiple horizontal") == "dak meerdere platte delen"
    assert woorden.criterium_label("hoogte") == "Hoogte" and woorden.criterium_label("nieuw_ding") == "Nieuw ding"
