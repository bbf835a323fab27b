"""Both forms on the bundled sample district (loaded as the scan loads it)."""

from __future__ import annotations

import pandas as pd
import pytest

from optopscan.config import load_settings
from optopscan.constants import STATUS_LADDER
from optopscan.forms import combine_forms
from optopscan.forms.aanplakken import CANDIDATE_COLUMNS as AANPLAK_COLUMNS
from optopscan.forms.aanplakken import evaluate_aanplakken
from optopscan.forms.uitplinten import CANDIDATE_COLUMNS as PLINT_COLUMNS
from optopscan.forms.uitplinten import evaluate_uitplinten
from optopscan.inputs import load_inputs
from optopscan.io.bgt import read_bgt
from optopscan.io.common import isin
from optopscan.io.plans import read_bouwvlakken
from optopscan.model.panden import build_panden
from optopscan.scan import plan_complexen


@pytest.fixture(scope="module")
def scan_parts():
    settings = load_settings()
    inputs = load_inputs(settings)
    toewijzing, _ = plan_complexen(inputs)
    plannen = inputs.plannen
    panden = build_panden(
        inputs.panden[isin(inputs.panden["pand_id"], toewijzing["pand_id"])],
        inputs.verblijfsobjecten,
        inputs.bag3d,
        maatvoering=plannen.maatvoering,
        bestemmingen=plannen.bestemmingen,
    )
    index = pd.Index(sorted(toewijzing["complex_id"].unique()), name="complex_id")
    bgt = read_bgt(settings.invoer.bgt)
    bouwvlakken = read_bouwvlakken(settings.invoer.plannen)
    return settings, inputs, toewijzing, panden, index, bgt, bouwvlakken


def test_aanplak_candidates_on_the_samples(scan_parts):
    settings, inputs, toewijzing, panden, index, bgt, bouwvlakken = scan_parts
    result, cands = evaluate_aanplakken(
        panden, inputs.panden, toewijzing, index, inputs.plannen, bouwvlakken, bgt, settings
    )
    assert list(cands.columns) == AANPLAK_COLUMNS
    assert len(cands) > 0 and cands["complex_id"].notna().all()
    assert set(cands["status"]) <= set(STATUS_LADDER)
    # the BGT removes candidates: without it there are more (streets at the row ends, the ditch)
    _, without = evaluate_aanplakken(
        panden, inputs.panden, toewijzing, index, inputs.plannen, bouwvlakken, None, settings
    )
    assert len(without) > len(cands)
    assert (result.theoretisch >= result.binnen_plan.fillna(0)).all()
    assert result.theoretisch.sum() == cands["extra_woningen"].sum()


def test_plint_and_garagebox_candidates_on_the_samples(scan_parts):
    settings, inputs, toewijzing, panden, index, _, _ = scan_parts
    result, cands = evaluate_uitplinten(
        panden, inputs.panden, inputs.verblijfsobjecten, toewijzing, index, inputs.plannen, settings
    )
    assert list(cands.columns) == PLINT_COLUMNS
    assert set(cands["soort"]) == {"plint", "garageboxen"}
    plint = cands[cands["soort"] == "plint"]
    assert plint["aantal_vbo"].tolist() == [8]
    boxes = cands[cands["soort"] == "garageboxen"].iloc[0]
    assert (boxes["aantal_vbo"], boxes["aantal_panden"]) == (8, 8)
    assert boxes["complex_id"] is None or boxes["complex_id"] in set(index)
    combined = combine_forms([result], index)
    assert combined["extra_woningen_uitplinten"].sum() >= plint["extra_woningen"].sum()


def test_bgt_sample_drops_the_historic_wegdeel():
    import pyogrio

    settings = load_settings()
    raw = pyogrio.read_dataframe(settings.invoer.bgt, layer="wegdeel")
    bgt = read_bgt(settings.invoer.bgt)
    assert len(bgt.wegdeel) == len(raw) - 1
    assert set(bgt.waterdeel["functie"]) == {"watervlakte", "waterloop"}
    assert (bgt.wegdeel["functie"] == "rijbaan lokale weg").all()


def test_no_complexes_gives_empty_layers_with_their_columns(scan_parts):
    settings, inputs, _, panden, _, bgt, bouwvlakken = scan_parts
    none = pd.DataFrame({"pand_id": pd.Series(dtype="str"), "complex_id": pd.Series(dtype="str")})
    index = pd.Index([], name="complex_id")
    result, cands = evaluate_aanplakken(
        panden.iloc[:0], inputs.panden, none, index, inputs.plannen, bouwvlakken, bgt, settings
    )
    assert len(cands) == 0 and list(cands.columns) == AANPLAK_COLUMNS and len(result.theoretisch) == 0
    result, cands = evaluate_uitplinten(
        panden.iloc[:0], inputs.panden, inputs.verblijfsobjecten.iloc[:0], none, index, inputs.plannen, settings
    )
    assert len(cands) == 0 and list(cands.columns) == PLINT_COLUMNS and len(result.theoretisch) == 0


def test_candidates_keep_clear_of_every_pand_and_are_reproducible(scan_parts):
    import shapely

    settings, inputs, toewijzing, panden, index, bgt, bouwvlakken = scan_parts
    args = (panden, inputs.panden, toewijzing, index, inputs.plannen, bouwvlakken, bgt, settings)
    _, first = evaluate_aanplakken(*args)
    _, again = evaluate_aanplakken(*args)
    pd.testing.assert_frame_equal(first.drop(columns="geometry"), again.drop(columns="geometry"))
    assert first.geometry.equals(again.geometry)
    # 1 m clearance (default) from every BAG pand but the one it stands against
    tree = shapely.STRtree(inputs.panden.geometry.values)
    left, right = tree.query(first.geometry.values, predicate="dwithin", distance=0.99)
    own = inputs.panden["pand_id"].to_numpy()[right] == first["pand_id"].to_numpy()[left]
    assert own.all()
