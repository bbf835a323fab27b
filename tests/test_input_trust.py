"""Issue 12, one test per category on damaged copies of the samples: via the CLI (exit code,
Dutch message naming file/layer/column, no traceback, earlier output intact) and via validate."""

from __future__ import annotations

import json

import pandas as pd
import pyogrio
import pytest
import shapely
from trust_world import copy_samples, rewrite_layers, run

from optopscan.config import load_settings
from optopscan.inputs import load_inputs


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return copy_samples(tmp_path)


def set_pand(frame, pand_id: str, **values):
    row = frame["identificatie"] == pand_id
    for k, v in values.items():
        frame.loc[row, k] = v
    return frame


# ------------------------------------------------------------------ 1. plausibility


def test_impossible_bouwjaar_is_unknown_counted_and_named(world):
    bag = world.parent.parent / "samples" / "bag-light.gpkg"
    rewrite_layers(bag, {"pand": lambda f: set_pand(f, "9999100000000005", bouwjaar=2999)})
    inputs = load_inputs(load_settings(world))
    row = inputs.panden.set_index("pand_id").loc["9999100000000005"]
    assert pd.isna(row["bouwjaar"])  # never used as data
    assert row["onwaarschijnlijk"] == "bouwjaar 2999 onwaarschijnlijk, genegeerd"
    code, out = run("validate", "--config", str(world))
    assert code == 0, out
    assert "bouwjaar" in out and "onwaarschijnlijk" in out and "9999100000000005" in out


def test_roof_below_maaiveld_is_unknown(world):
    path = world.parent.parent / "samples" / "3dbag.gpkg"
    pid = "NL.IMBAG.Pand.9999100000000007"
    rewrite_layers(path, {"pand": lambda f: set_pand(f, pid, b3_h_dak_70p=-10.0, b3_h_dak_max=-9.0)})
    inputs = load_inputs(load_settings(world))
    h = inputs.bag3d.set_index("pand_id").loc["9999100000000007"]
    # maaiveld ≈ −4.3 m NAP, roof −10 → −5.7 m above ground: unknown, not "2 extra bouwlagen"
    assert pd.isna(h["hoogte_m"]) and pd.isna(h["h_dak_70p"]) and pd.isna(h["bouwlagen"])
    pand = inputs.panden.set_index("pand_id").loc["9999100000000007"]
    assert "dakhoogte boven maaiveld" in pand["onwaarschijnlijk"]


def test_negative_plan_height_is_unknown_not_blokkade(world):
    gml = world.parent.parent / "samples" / "bestemmingsplan.gml"
    text = gml.read_text(encoding="utf-8")
    first = text.index("<imro:waarde>") + len("<imro:waarde>")
    end = text.index("</imro:waarde>", first)
    gml.write_text(text[:first] + "-12" + text[end:], encoding="utf-8")
    inputs = load_inputs(load_settings(world))
    assert (inputs.plannen.maatvoering["max_bouwhoogte_m"].dropna() > 0).all()
    found = [b for b in inputs.bevindingen() if b.kolom in ("max_bouwhoogte_m", "max_bouwlagen")]
    assert found and found[0].aantal == 1


# ------------------------------------------------------------------ 2. duplicates


def test_identical_duplicate_pand_is_kept_once_and_reported(world):
    bag = world.parent.parent / "samples" / "bag-light.gpkg"
    rewrite_layers(bag, {"pand": lambda f: pd.concat([f, f[f["identificatie"] == "9999100000000009"]])})
    code, out = run("validate", "--config", str(world))
    assert code == 0, out
    assert "dubbele pand-id" in out and "9999100000000009" in out


def test_differing_duplicate_without_documentdatum_is_refused(world):
    bag = world.parent.parent / "samples" / "bag-light.gpkg"

    def moved(f):
        copy = f[f["identificatie"] == "9999100000000009"].copy()
        copy["geometry"] = shapely.affinity.translate(copy.geometry.iloc[0], 2000, 0)
        return pd.concat([f, copy])

    rewrite_layers(bag, {"pand": moved})
    out_dir = world.parent.parent / "out"
    out_dir.mkdir()
    (out_dir / "shortlist.csv").write_text("vorige uitvoer")
    code, out = run("scan", "--config", str(world), "--geen-kaart")
    assert code == 1
    assert "9999100000000009" in out and "bag-light.gpkg" in out and "documentdatum" in out
    assert "Traceback" not in out
    assert (out_dir / "shortlist.csv").read_text() == "vorige uitvoer"


def test_differing_duplicate_latest_documentdatum_wins(world):
    bag = world.parent.parent / "samples" / "bag-light.gpkg"

    def dated(f):
        f = f.assign(documentdatum="2020-01-01")
        copy = f[f["identificatie"] == "9999100000000009"].copy()
        copy["bouwjaar"] = 1985
        copy["documentdatum"] = "2024-06-01"
        return pd.concat([f, copy])

    rewrite_layers(bag, {"pand": dated})
    inputs = load_inputs(load_settings(world))
    assert inputs.panden.set_index("pand_id").loc["9999100000000009", "bouwjaar"] == 1985
    assert any(b.soort == "dubbele pand-id" for b in inputs.bevindingen())


def test_duplicate_vhe_with_other_data_is_refused(world):
    csv = world.parent.parent / "samples" / "bezit.csv"
    lines = csv.read_text(encoding="utf-8-sig").splitlines()
    clash = lines[1].replace(";C0101;", ";C0199;")  # same VHE-nummer, other complex
    csv.write_text("\n".join(lines + [clash]) + "\n", encoding="utf-8-sig")
    code, out = run("validate", "--config", str(world))
    assert code == 1
    assert "01010001" in out and "bezit.csv" in out and "Traceback" not in out


# ------------------------------------------------------------------ 3. damaged files


def test_truncated_gml_exits_1_naming_file_and_line(world):
    gml = world.parent.parent / "samples" / "bestemmingsplan.gml"
    text = gml.read_text(encoding="utf-8")
    gml.write_text(text[: len(text) // 2], encoding="utf-8")
    code, out = run("scan", "--config", str(world), "--geen-kaart")
    assert code == 1
    assert "bestemmingsplan.gml" in out and "regel" in out and "Traceback" not in out


def test_truncated_cityjson_exits_1_naming_the_file(world, tmp_path):
    doc = {
        "type": "CityJSON",
        "version": "2.0",
        "transform": {"scale": [1, 1, 1], "translate": [0, 0, 0]},
        "metadata": {"referenceSystem": "https://www.opengis.net/def/crs/EPSG/0/7415"},
        "CityObjects": {},
        "vertices": [],
    }
    text = json.dumps(doc, indent=2)
    path = tmp_path / "tegel.city.json"
    path.write_text(text[:-40])
    cfg = world.read_text().replace("bag3d: ../samples/3dbag.gpkg", f"bag3d: {path}")
    world.write_text(cfg)
    code, out = run("validate", "--config", str(world))
    assert code == 1
    assert "tegel.city.json" in out and "afgebroken" in out and "Traceback" not in out


def test_truncated_geopackage_exits_1(world):
    path = world.parent.parent / "samples" / "parkeerzones.gpkg"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    code, out = run("validate", "--config", str(world))
    assert code == 1
    assert "parkeerzones.gpkg" in out and "Traceback" not in out


def test_empty_monumenten_layer_is_valid(world):
    path = world.parent.parent / "samples" / "rijksmonumenten.gpkg"
    rewrite_layers(path, {"rijksmonumenten": lambda f: f.iloc[0:0]})
    inputs = load_inputs(load_settings(world))
    assert len(inputs.monumenten) == 0  # 0 monuments is knowledge


def test_null_geometries_are_left_out_and_counted(world):
    bag = world.parent.parent / "samples" / "bag-light.gpkg"
    ids = ["9999100000000011", "9999100000000012"]

    def blank(f):
        f.loc[f["identificatie"].isin(ids), "geometry"] = None
        return f

    rewrite_layers(bag, {"pand": blank})
    inputs = load_inputs(load_settings(world))
    assert not inputs.panden["pand_id"].isin(ids).any()
    found = [b for b in inputs.bevindingen() if b.kolom == "geometrie"]
    assert found[0].aantal == 2 and set(found[0].voorbeelden) == set(ids)
    code, out = run("validate", "--config", str(world))
    assert code == 0 and "lege of ontbrekende geometrie" in out


# ------------------------------------------------------------------ 4. versions


IMRO2008 = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<imro:FeatureCollectionIMRO xmlns:imro="http://www.geonovum.nl/imro/2008/1" '
    'xmlns:gml="http://www.opengis.net/gml">\n'
    "<gml:featureMember><imro:Maatvoering gml:id='m1'>"
    "<imro:omvang><imro:OmvangWaardeBP><imro:naam>maximum bouwhoogte (m)</imro:naam>"
    "<imro:waarde>12</imro:waarde></imro:OmvangWaardeBP></imro:omvang>"
    "<imro:geometrie><gml:Polygon srsName='EPSG:28992'><gml:exterior><gml:LinearRing>"
    "<gml:posList>166000 508000 166100 508000 166100 508100 166000 508000</gml:posList>"
    "</gml:LinearRing></gml:exterior></gml:Polygon></imro:geometrie>"
    "</imro:Maatvoering></gml:featureMember>\n</imro:FeatureCollectionIMRO>\n"
)


def test_imro2008_omvangwaardebp_is_read_with_the_version_named(tmp_path):
    from optopscan.io.plans import read_plannen

    gml = tmp_path / "plan2008.gml"
    gml.write_text(IMRO2008, encoding="utf-8")
    plannen = read_plannen(gml)
    assert plannen.maatvoering["max_bouwhoogte_m"].tolist() == [12.0]
    (b,) = [b for b in plannen.maatvoering.attrs["bevindingen"] if b["soort"] == "versie"]
    assert b["voorbeelden"] == ["IMRO2008"] and "IMRO2012" in b["toelichting"]


def test_imro2008_without_omvangwaardebp_is_refused_clearly(world, tmp_path):
    gml = tmp_path / "plan2008.gml"
    gml.write_text(IMRO2008.replace("imro:naam", "imro:iets").replace("imro:waarde", "imro:anders"), encoding="utf-8")
    world.write_text(world.read_text().replace("../samples/bestemmingsplan.gml", str(gml)))
    code, out = run("validate", "--config", str(world))
    assert code == 1
    assert "plan2008.gml" in out and "IMRO2008" in out and "OmvangWaardeBP" in out and "Traceback" not in out


def test_untested_cityjson_version_is_read_with_a_warning(real_data, world, tmp_path):
    src = real_data / "3dbag" / "delft_3buildings_v2024.city.jsonl"
    path = tmp_path / "nieuw.city.jsonl"
    path.write_text(src.read_text().replace('"version":"2.0"', '"version":"3.0"', 1))
    from optopscan.io.bag3d import read_bag3d

    frame = read_bag3d(path)
    assert len(frame) == 3
    (b,) = [b for b in frame.attrs["bevindingen"] if b["soort"] == "versie"]
    assert "3.0" in b["toelichting"] and "2.0" in b["toelichting"]


# ------------------------------------------------------------------ 5. config before input


def test_nan_weight_refused_before_any_input_is_read(world):
    (world.parent.parent / "samples" / "bag-light.gpkg").unlink()  # would fail if read
    world.write_text(world.read_text().replace("hoogte: 3.0", "hoogte: .nan"))
    code, out = run("scan", "--config", str(world))
    assert code == 1 and "'gewichten.hoogte'" in out and "bag-light" not in out


# ------------------------------------------------------------------ done when


def _ranking(folder, world):
    code, out = run("scan", "--config", str(world), "--geen-kaart", "-q", "--out", str(folder))
    assert code == 0, out
    frame = pd.read_csv(folder / "shortlist.csv", sep=";", dtype={"complex_id": str})
    return frame.sort_values("rang")[["complex_id", "score", "klasse", "toelichting"]]


def test_ranking_unchanged_by_duplicate_row_and_impossible_value(world):
    root = world.parent.parent
    before = _ranking(root / "voor", world)
    # a pand of complex C0101 gets an impossible bouwjaar, another pand row is duplicated
    vbo = pyogrio.read_dataframe(root / "samples" / "bag-light.gpkg", layer="verblijfsobject")
    victim = vbo.loc[vbo["identificatie"] == "9999010000000019", "pand_identificatie"].iloc[0]
    bag = root / "samples" / "bag-light.gpkg"
    rewrite_layers(
        bag,
        {
            "pand": lambda f: pd.concat(
                [set_pand(f, victim, bouwjaar=2999), f[f["identificatie"] == "9999100000000100"]]
            )
        },
    )
    after = _ranking(root / "na", world)
    keep = lambda f: f[f["complex_id"] != "C0101"].reset_index(drop=True)  # noqa: E731
    pd.testing.assert_frame_equal(
        keep(before)[["complex_id", "score", "klasse"]], keep(after)[["complex_id", "score", "klasse"]]
    )
