"""Tests for the synthetic district generator (optopscan.synthetic).

Files are read back with pyogrio/geopandas directly, never through optopscan.io, so these
tests check the generator against the real data schemas on their own.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

from optopscan.synthetic import generate_area, write_area

N = 1200  # small but with several buurten and all block types


@pytest.fixture(scope="module")
def area():
    return generate_area(n_panden=N, seed=7, n_complexen=30)


@pytest.fixture(scope="module")
def written(area, tmp_path_factory):
    out = tmp_path_factory.mktemp("samples")
    return write_area(area, out)


def _frames(a):
    return {
        "panden": a.panden,
        "verblijfsobjecten": a.verblijfsobjecten,
        "bag3d": a.bag3d,
        "maatvoering": a.maatvoering,
        "bestemmingen": a.bestemmingen,
        "buurten": a.buurten,
        "parkeerzones": a.parkeerzones,
        "voorzieningen": a.voorzieningen,
        "monumenten": a.monumenten,
        "bezit": a.bezit,
        "energielabels": a.energielabels,
        "complexen": a.complexen,
    }


# --- determinism ---------------------------------------------------------------------------
def test_same_seed_gives_identical_frames(area):
    again = generate_area(n_panden=N, seed=7, n_complexen=30)
    for name, df in _frames(area).items():
        pd.testing.assert_frame_equal(df, _frames(again)[name], obj=name)
    assert area.scenario == again.scenario


def test_other_seed_differs(area):
    other = generate_area(n_panden=N, seed=8, n_complexen=30)
    assert not area.panden.geometry.equals(other.panden.geometry)


def test_exact_pand_count_and_ids(area):
    p = area.panden
    assert len(p) == N + len(area.scenario.garagebox_pand_ids)  # the garagebox row comes on top
    assert len(area.scenario.garagebox_pand_ids) == 8
    assert p["identificatie"].is_unique
    assert p["identificatie"].str.fullmatch(r"9999 10 \d{10}".replace(" ", "")).all()
    v = area.verblijfsobjecten
    assert v["identificatie"].str.fullmatch(r"999901\d{10}").all()
    assert v["nummeraanduiding_hoofdadres_identificatie"].str.fullmatch(r"999920\d{10}").all()
    assert set(v["pand_identificatie"]) <= set(p["identificatie"])
    assert (p.set_index("identificatie")["aantal_verblijfsobjecten"] == v.groupby("pand_identificatie").size()).all()


# --- written files: layers, columns, CRS ------------------------------------------------------
BAG_PAND = [
    "identificatie",
    "bouwjaar",
    "status",
    "gebruiksdoel",
    "oppervlakte_min",
    "oppervlakte_max",
    "aantal_verblijfsobjecten",
]
BAG_VBO = [
    "identificatie",
    "oppervlakte",
    "status",
    "gebruiksdoel",
    "bouwjaar",
    "pand_identificatie",
    "pandstatus",
    "openbare_ruimte_naam",
    "huisnummer",
    "huisletter",
    "toevoeging",
    "postcode",
    "woonplaats_naam",
    "nummeraanduiding_hoofdadres_identificatie",
    "bronhouder_identificatie",
]
B3 = [
    "identificatie",
    "oorspronkelijkbouwjaar",
    "b3_h_maaiveld",
    "b3_dak_type",
    "b3_bouwlagen",
    "b3_h_dak_min",
    "b3_h_dak_50p",
    "b3_h_dak_70p",
    "b3_h_dak_max",
    "b3_opp_grond",
    "b3_opp_dak_plat",
    "b3_opp_dak_schuin",
    "b3_volume_lod22",
    "b3_kwaliteitsindicator",
    "b3_pw_onvoldoende",
]


def test_bag_light_schema(written):
    p = written["bag"]
    assert p.name == "bag-light.gpkg"
    for layer, cols, gtype in (("pand", BAG_PAND, "Polygon"), ("verblijfsobject", BAG_VBO, "Point")):
        info = pyogrio.read_info(p, layer=layer)
        assert list(info["fields"]) == cols
        assert info["geometry_name"] == "geom"
        assert info["fid_column"] == "feature_id"
        assert info["crs"] == "EPSG:28992"
        assert info["geometry_type"] == gtype
    pand = pyogrio.read_dataframe(p, layer="pand")
    assert pand["identificatie"].str.len().eq(16).all()
    assert {"Pand in gebruik", "Bouwvergunning verleend", "Pand gesloopt"} == set(pand["status"])
    assert (pand["status"] == "Pand in gebruik").mean() > 0.98
    assert "winkelfunctie,woonfunctie" in set(pand["gebruiksdoel"])


def test_3dbag_schema(written, area):
    info = pyogrio.read_info(written["bag3d"], layer="pand")
    assert list(info["fields"]) == B3
    assert info["crs"] == "EPSG:28992"
    b3 = pyogrio.read_dataframe(written["bag3d"], layer="pand")
    assert b3["identificatie"].str.fullmatch(r"NL\.IMBAG\.Pand\.\d{16}").all()
    assert set(b3["b3_dak_type"]) >= {"horizontal", "multiple horizontal", "slanted"}
    nulls = b3["b3_dak_type"].isin(["no points", "unknown"])
    assert nulls.any() and b3.loc[nulls, "b3_h_dak_70p"].isna().all()
    assert b3.loc[~nulls, "b3_h_dak_70p"].notna().all()
    # bouwlagen: only estimated up to 5
    assert b3["b3_bouwlagen"].dropna().max() <= 5
    # ~2% of BAG panden are not (yet) in 3D BAG; demolished / not built ones never are
    in_use = area.panden["status"] == "Pand in gebruik"
    assert 0.01 < 1 - len(b3) / in_use.sum() < 0.04
    # footprints identical to BAG
    bag = area.panden.set_index("identificatie").geometry
    ids = b3["identificatie"].str.removeprefix("NL.IMBAG.Pand.")
    assert shapely.equals(bag.loc[ids].values, b3.geometry.values).all()
    # heights in Flevoland: below sea level
    assert b3["b3_h_maaiveld"].between(-4.6, -3.4).all()


def test_context_layers(written):
    assert [list(x) for x in pyogrio.list_layers(written["buurten"])] == [
        ["buurten", "MultiPolygon"],
        ["wijken", "MultiPolygon"],
        ["gemeenten", "MultiPolygon"],
    ]
    bu = pyogrio.read_dataframe(written["buurten"], layer="buurten")
    assert bu.crs.to_epsg() == 28992
    for col in [
        "buurtcode",
        "buurtnaam",
        "wijkcode",
        "wijknaam",
        "gemeentecode",
        "gemeentenaam",
        "water",
        "aantal_inwoners",
        "omgevingsadressendichtheid",
        "stedelijkheid_adressen_per_km2",
        "afstand_tot_grote_supermarkt",
        "afstand_tot_huisartsenpraktijk",
        "afstand_tot_school",
        "leefbaarometer_score",
    ]:
        assert col in bu.columns, col
    assert bu["buurtcode"].str.fullmatch(r"BU9999\d{4}").all()
    assert (bu["aantal_inwoners"] == -99997).any()
    assert (bu["afstand_tot_huisartsenpraktijk"] == -99995).any()
    assert bu["stedelijkheid_adressen_per_km2"].between(1, 5).all()
    # buurten tile the district without overlap
    assert math.isclose(bu.geometry.union_all().area, bu.area.sum(), rel_tol=1e-9)

    pz = pyogrio.read_dataframe(written["parkeerzones"], layer="parkeerzones")
    assert list(pz.columns) == ["zone", "parkeernorm", "geometry"]
    assert math.isclose(pz.area.sum(), bu.area.sum(), rel_tol=1e-9)

    vz = pyogrio.read_dataframe(written["voorzieningen"], layer="voorzieningen")
    assert set(vz["soort"]) == {"supermarkt", "huisarts", "apotheek", "basisschool", "ov_halte"}
    assert 1 <= vz["hov"].sum() <= 2 and vz.loc[vz["hov"], "soort"].eq("ov_halte").all()

    mon = pyogrio.read_dataframe(written["monumenten"], layer="rijksmonumenten")
    assert {"rijksmonument_nummer", "hoofdcategorie", "juridische_status"} <= set(mon.columns)
    assert (mon.geom_type == "Point").all()


def test_csv_formats(written, area):
    raw = written["bezit"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    bezit = pd.read_csv(written["bezit"], sep=";", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert list(bezit.columns) == [
        "VHE-nummer",
        "Complexnummer",
        "Complexnaam",
        "Straatnaam",
        "Huisnummer",
        "Huisletter",
        "Huisnummertoevoeging",
        "Postcode",
        "Woonplaats",
        "BAG-verblijfsobject-id",
        "Bouwjaar",
    ]
    assert len(bezit) == len(area.bezit)
    assert bezit["Complexnummer"].str.fullmatch(r"C\d{4}").all()

    el = pd.read_csv(
        written["energielabels"],
        sep=";",
        decimal=",",
        skiprows=2,
        dtype={"Pand_bagverblijfsobjectid": str, "Pand_bagpandid": str},
    )
    for col in [
        "Pand_bagverblijfsobjectid",
        "Pand_bagpandid",
        "Pand_energieklasse",
        "Pand_postcode",
        "Pand_huisnummer",
        "Pand_huisletter",
        "Pand_huisnummertoevoeging",
        "Pand_registratiedatum",
        "Pand_energieprestatieindex",
    ]:
        assert col in el.columns
    assert el["Pand_energieprestatieindex"].dtype == float
    v = area.verblijfsobjecten
    woon = v[(v["gebruiksdoel"] == "woonfunctie") & (v["status"] == "Verblijfsobject in gebruik")]
    assert 0.5 < len(el) / len(woon) < 0.7
    # older buildings have worse labels
    order = ["G", "F", "E", "D", "C", "B", "A", "A+", "A++", "A+++", "A++++"]
    rank = el["Pand_energieklasse"].map(order.index)
    bj = v.set_index("identificatie").loc[el["Pand_bagverblijfsobjectid"], "bouwjaar"].values
    assert rank[bj < 1965].mean() < rank[bj >= 1995].mean() - 2


def test_gml_reads_like_real_imro(written):
    p = written["plannen"]
    assert p.suffix == ".gml"
    text = p.read_text(encoding="utf-8")
    assert 'xmlns:imro="http://www.geonovum.nl/imro/2012/1.1"' in text
    assert "NL.IMRO.9999.BPZonnehoeve-VA01" in text
    layers = {name: gtype for name, gtype in pyogrio.list_layers(p)}
    p.with_suffix(".gfs").unlink(missing_ok=True)  # list_layers lets GDAL cache a schema
    assert layers["Maatvoering"] == "Polygon"
    assert layers["Enkelbestemming"] == "Polygon"
    assert layers["Bestemmingsplangebied"] == "MultiPolygon"
    mv = pyogrio.read_dataframe(p, layer="Maatvoering", WRITE_GFS="NO")
    assert mv.crs.to_epsg() == 28992
    # several values in some features -> GDAL gives lists for every feature
    assert all(isinstance(w, np.ndarray) for w in mv["waarde"])
    assert all(len(w) == len(t) for w, t in zip(mv["waarde"], mv["waardeType"], strict=True))
    assert max(len(w) for w in mv["waarde"]) == 2
    types = {t for ts in mv["waardeType"] for t in ts}
    assert {"maximum bouwhoogte (m)", "maximum aantal bouwlagen", "maximum goothoogte (m)"} <= types
    eb = pyogrio.read_dataframe(p, layer="Enkelbestemming", WRITE_GFS="NO")
    assert {"wonen", "groen", "verkeer", "maatschappelijk"} <= set(eb["bestemmingshoofdgroep"])
    assert set(eb["bestemmingshoofdgroep"]) & {"gemengd", "centrum"}


def test_plan_gpkg_variant(area, tmp_path):
    paths = write_area(area, tmp_path, plan_format="gpkg")
    p = paths["plannen"]
    assert p.name == "plannen.gpkg"
    df = pyogrio.read_dataframe(p, layer="plannen")
    assert list(df.columns) == ["max_bouwhoogte_m", "max_bouwlagen", "geometry"]
    assert df.crs.to_epsg() == 28992
    assert df["max_bouwlagen"][df["max_bouwhoogte_m"].notna()].isna().all()
    assert df["max_bouwhoogte_m"].notna().any() and df["max_bouwlagen"].notna().any()
    assert not (tmp_path / "bestemmingsplan.gml").exists()


# --- scenario properties ----------------------------------------------------------------------
def _vhe_vbo(area):
    b = area.bezit
    return b.assign(vbo=b["BAG-verblijfsobject-id"].str.strip())


def test_addresses_unique(area):
    v = area.verblijfsobjecten
    key = v[["postcode", "huisnummer", "huisletter", "toevoeging"]].fillna("").astype(str).agg("|".join, axis=1)
    assert key.is_unique
    assert v["postcode"].str.fullmatch(r"[1-9]\d{3}[A-Z]{2}").all()
    assert v["huisletter"].notna().any() and v["toevoeging"].notna().any()
    assert v["huisletter"].isna().mean() > 0.8 and v["toevoeging"].isna().mean() > 0.6


def test_vbo_points_inside_their_pand(area):
    v = area.verblijfsobjecten
    p = area.panden.set_index("identificatie").geometry
    assert shapely.contains(p.loc[v["pand_identificatie"]].values, v.geometry.values).all()


def test_bezit_matching_scenarios(area):
    s = area.scenario
    v = area.verblijfsobjecten
    b = _vhe_vbo(area)
    with_id = b["vbo"] != ""
    ids_in_bag = b["vbo"].isin(set(v["identificatie"]))
    # ~10% of ids with a stray space
    raw = b["BAG-verblijfsobject-id"]
    assert 0.05 < (raw != raw.str.strip()).sum() / with_id.sum() < 0.15
    # address-only VHE: empty id, but the normalised address is in BAG
    ao = b["VHE-nummer"].isin(s.vhe_alleen_adres)
    assert ao.sum() >= 6 and (b.loc[ao, "vbo"] == "").all()

    def norm(pc, hn, hl, tv):
        return (
            pc.str.replace(" ", "").str.upper()
            + "|"
            + hn.astype(str)
            + "|"
            + hl.fillna("").str.upper()
            + "|"
            + tv.fillna("").str.lstrip("-").str.upper()
        )

    bag_keys = set(norm(v["postcode"], v["huisnummer"], v["huisletter"], v["toevoeging"]))
    vhe_keys = norm(b["Postcode"], b["Huisnummer"], b["Huisletter"], b["Huisnummertoevoeging"])
    assert vhe_keys[ao].isin(bag_keys).all()
    # the differently written ones differ before normalisation
    var = b[b["VHE-nummer"].isin(s.vhe_adres_afwijkend)]
    assert var["Postcode"].str.contains(" ").any()
    assert var["Huisletter"].str.fullmatch("[a-z]").any()
    assert var["Huisnummertoevoeging"].str.startswith("-").any()
    # unmatchable: neither id nor address
    un = b["VHE-nummer"].isin(s.vhe_onmatchbaar)
    assert un.sum() >= 3
    assert not ids_in_bag[un].any() and not vhe_keys[un].isin(bag_keys).any()
    # everything else matches by id
    rest = ~ao & ~un
    assert ids_in_bag[rest].all()


def test_gespikkeld_and_full_ownership(area):
    v = area.verblijfsobjecten
    b = _vhe_vbo(area)
    c = area.complexen.set_index("complexnummer")
    assert len(c) == 30
    woon = v[v["gebruiksdoel"].str.contains("woonfunctie")]
    for nr, row in c.iterrows():
        panden = row["pand_ids"].split(",")
        total = woon["pand_identificatie"].isin(panden).sum()
        assert total == row["n_woon_vbo"]
        share = row["aandeel_bezit"]
        if nr in area.scenario.complexen_gespikkeld:
            assert 0.45 <= share <= 0.92 and share < 1
        else:
            assert share == 1.0
    assert len(area.scenario.complexen_gespikkeld) >= 3
    # VHE ids point into the panden of their own complex
    known = b[b["vbo"] != ""].merge(v[["identificatie", "pand_identificatie"]], left_on="vbo", right_on="identificatie")
    for nr, grp in known.groupby("Complexnummer"):
        assert set(grp["pand_identificatie"]) <= set(c.loc[nr, "pand_ids"].split(","))


def test_special_complexes(area):
    s = area.scenario
    c = area.complexen.set_index("complexnummer")
    names = [s.complex_monument, s.complex_geen_hoogteruimte, s.complex_geen_plan, s.complex_schuin_dak]
    assert all(names) and len(set(names)) == 4

    # monument inside a pand of the monument complex
    mon = area.monumenten
    pand = area.panden.set_index("identificatie").geometry.loc[s.monument_pand_id]
    assert s.monument_pand_id in c.loc[s.complex_monument, "pand_ids"].split(",")
    assert mon.geometry.within(pand).sum() == 1
    assert c.loc[s.complex_monument, "bouwjaar"] < 1960
    # old church / farm monuments too
    assert (area.panden["bouwjaar"] < 1940).sum() >= 2
    assert len(mon) >= 3

    b3 = area.bag3d.assign(pid=area.bag3d["identificatie"].str.removeprefix("NL.IMBAG.Pand."))
    b3 = b3.set_index("pid")
    mv = area.maatvoering

    # no headroom: max bouwhoogte leaves less than one storey
    ids = c.loc[s.complex_geen_hoogteruimte, "pand_ids"].split(",")
    assert (b3.loc[ids, "b3_dak_type"] == "horizontal").all()
    h_max = (b3.loc[ids, "b3_h_dak_max"] - b3.loc[ids, "b3_h_maaiveld"]).to_numpy()
    pts = area.panden.set_index("identificatie").geometry.loc[ids].representative_point()
    hits = mv[mv.geometry.contains(pts.iloc[0])]
    assert len(hits) == 1 and hits["max_bouwhoogte_m"].iloc[0] == s.plan_hoogte_geen_ruimte_m
    H = hits["max_bouwhoogte_m"].iloc[0]
    assert (np.floor((H - h_max) / 3.0) == 0).all() and (h_max <= H).all()

    # no plan data at all for one complex
    ids = c.loc[s.complex_geen_plan, "pand_ids"].split(",")
    pts = area.panden.set_index("identificatie").geometry.loc[ids].representative_point()
    assert not mv.geometry.intersects(pts.iloc[0]).any()
    assert not area.bestemmingen.geometry.contains(pts.iloc[0]).any()
    assert area.complexen.set_index("complexnummer").loc[s.complex_geen_plan, "n_vhe"] > 0

    # pitched roofs: eengezinswoningen
    ids = c.loc[s.complex_schuin_dak, "pand_ids"].split(",")
    assert (b3.loc[ids, "b3_dak_type"] == "slanted").all()
    assert c.loc[s.complex_schuin_dak, "soort"] == "eengezinswoning"


def test_plan_headroom_elsewhere(area):
    """Flats outside the no-headroom area get 1-2 storeys of legal headroom over the
    tallest flat of their block (a lower flat in the same block may get 3)."""
    pt = area.pand_truth
    nr = area.scenario.complex_geen_hoogteruimte
    blok = pt.loc[pt["complexnummer"] == nr, "blok"].iloc[0]
    flats = pt[pt["soort"].isin(["galerijflat", "portiekflat"]) & (pt["blok"] != blok)]
    geoms = area.panden.set_index("identificatie").geometry.loc[flats["identificatie"]]
    mv = area.maatvoering[area.maatvoering["max_bouwhoogte_m"].notna()]
    idx_pt, idx_mv = mv.sindex.query(geoms.representative_point().values, predicate="within")
    H = mv["max_bouwhoogte_m"].to_numpy()[idx_mv]
    n_legal = np.floor((H - flats["hoogte_max_m"].to_numpy()[idx_pt]) / 3.0)
    assert len(n_legal) > 10 and set(np.unique(n_legal)) <= {1.0, 2.0, 3.0}
    assert np.isin(n_legal, [1.0, 2.0]).mean() > 0.8


def test_heights_realistic(area):
    pt = area.pand_truth
    gal = pt[pt["soort"] == "galerijflat"]
    assert gal["bouwlagen"].isin([4, 5]).all()
    assert gal["hoogte_70p_m"].between(11, 17).all()
    egw = pt[pt["soort"] == "eengezinswoning"]
    assert egw["hoogte_max_m"].lt(10).all() and egw["hoogte_70p_m"].between(6, 9.5).all()
    bj = area.panden["bouwjaar"]
    assert bj.between(1950, 1990).mean() > 0.7


def test_scales_by_adding_buurten():
    big = generate_area(n_panden=6000, seed=1)
    small = generate_area(n_panden=2000, seed=1)
    assert len(big.panden) == 6000 + len(big.scenario.garagebox_pand_ids)
    assert len(big.buurten) > len(small.buurten)
    assert re.fullmatch(r"C\d{4}", big.complexen["complexnummer"].iloc[0])


# --- the package split ------------------------------------------------------------------------
def test_package_exports_what_benchmarks_and_scripts_use():
    import optopscan.synthetic as syn

    for name in ("generate_area", "write_area", "plan_gml", "FILES", "RD", "Scenario", "SyntheticArea"):
        assert hasattr(syn, name), name
    assert syn.FILES["bgt"] == "bgt.gpkg"
    for module in ("common", "layout", "buildings", "bag", "plans", "context", "bezit", "writing", "vormen", "bgt"):
        __import__(f"optopscan.synthetic.{module}")


def test_rewriting_gives_identical_files(area, written, tmp_path):
    again = write_area(area, tmp_path)
    for key, path in written.items():
        assert path.read_bytes() == again[key].read_bytes(), key


# --- cases for the forms aanplakken and uitplinten ----------------------------------------------
def test_plint_of_bergingen_in_a_corporatie_flat(area):
    s = area.scenario
    assert s.complex_plint is not None and s.plint_bergingen == 8
    v = area.verblijfsobjecten
    berg = v[(v["pand_identificatie"] == s.plint_pand_id) & (v["gebruiksdoel"] == "overige gebruiksfunctie")]
    assert len(berg) == 8 and berg["oppervlakte"].between(10, 15).all()
    assert berg["toevoeging"].tolist() == [f"B{i:02d}" for i in range(1, 9)]
    pand = area.panden.set_index("identificatie").loc[s.plint_pand_id]
    assert pand["gebruiksdoel"] == "overige gebruiksfunctie,woonfunctie"
    truth = area.pand_truth.set_index("identificatie").loc[s.plint_pand_id]
    assert truth["complexnummer"] == s.complex_plint and truth["bouwlagen"] >= 3


def test_garagebox_row_is_attached_small_boxes_near_houses(area):
    ids = area.scenario.garagebox_pand_ids
    p = area.panden.set_index("identificatie").loc[ids]
    assert (p["gebruiksdoel"] == "overige gebruiksfunctie").all() and (p["aantal_verblijfsobjecten"] == 1).all()
    v = area.verblijfsobjecten
    boxes = v[v["pand_identificatie"].isin(ids)]
    assert len(boxes) == 8 and (boxes["oppervlakte"] <= 30).all()
    geoms = p.geometry.to_numpy()
    # attached: each box touches the next one
    assert all(geoms[i].distance(geoms[i + 1]) < 0.01 for i in range(7))
    # clear of every other pand (not attached to the houses), yet within 100 m of woningen
    others = area.panden[~area.panden["identificatie"].isin(ids)]
    row = shapely.union_all(geoms)
    assert others.geometry.distance(row).min() > 1.0
    woon = others[others["gebruiksdoel"].str.contains("woonfunctie")]
    assert woon.geometry.distance(row).min() < 100.0
    assert set("NL.IMBAG.Pand." + pd.Series(ids)) <= set(area.bag3d["identificatie"])


def test_bgt_extract_in_pdok_schema(written, area):
    p = written["bgt"]
    assert sorted(pyogrio.list_layers(p)[:, 0]) == ["waterdeel", "wegdeel"]
    weg = pyogrio.read_dataframe(p, layer="wegdeel")
    for col in ("lokaalID", "eindRegistratie", "bgt-status", "plus-status", "bgt-functie", "bgt-fysiekVoorkomen"):
        assert col in weg, col
    assert weg.crs.to_epsg() == 28992
    assert weg["eindRegistratie"].notna().sum() == 1  # one historic version
    water = pyogrio.read_dataframe(p, layer="waterdeel")
    assert set(water["bgt-type"]) == {"watervlakte", "waterloop"}
    # no road or water under a pand
    panden = shapely.union_all(area.panden.geometry.to_numpy())
    live = weg[weg["eindRegistratie"].isna()]
    assert shapely.area(shapely.intersection(shapely.union_all(live.geometry.to_numpy()), panden)) < 1e-6
    assert shapely.area(shapely.intersection(shapely.union_all(water.geometry.to_numpy()), panden)) < 1e-6
    assert area.scenario.sloot_blok_pand_ids
