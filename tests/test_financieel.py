"""Business case (optopscan.financieel): hand-computed expectations, arithmetic in the comments."""

from __future__ import annotations

import dataclasses
import datetime
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import box

from optopscan.config import (
    DEFAULT_CONFIG,
    Financieel,
    GemeenteHeffingen,
    Settings,
    Subsidieregeling,
    default_financieel,
    load_settings,
    settings_from_dict,
)
from optopscan.errors import ConfigError
from optopscan.financieel import (
    annuity_factor,
    business_case,
    compute_business_case,
    lift_needed,
    ncw_per_woning,
    summary_lines,
    totals,
)

TODAY = datetime.date(2026, 6, 1)


@pytest.fixture(scope="module")
def base() -> Settings:
    return load_settings()


def complexen(**columns) -> gpd.GeoDataFrame:
    """A small complexen frame; every column has the same length, defaults fill the rest."""
    n = len(next(iter(columns.values()))) if columns else 1
    data = {
        "complex_id": [f"C{i}" for i in range(n)],
        "buurtcode": ["BU01"] * n,
        "gemeentecode": ["GM0001"] * n,
        "aantal_woningen": [12] * n,
        "bouwlagen": [4] * n,
        "extra_woningen_binnen_plan": [4] * n,
        "extra_parkeerplaatsen": [0] * n,
        "koppelkans_verduurzaming": [False] * n,
    }
    data.update(columns)
    geoms = [box(150000 + 100 * i, 450000, 150020 + 100 * i, 450020) for i in range(n)]
    return gpd.GeoDataFrame(data, geometry=geoms, crs="EPSG:28992")


def with_financieel(s: Settings, **changes) -> Settings:
    return dataclasses.replace(s, financieel=dataclasses.replace(s.financieel, **changes))


# ----------------------------------------------------------------------------- investment


def test_default_investering_laag_is_extra_times_140000_plus_parking(base):
    frame = complexen(
        extra_woningen_binnen_plan=[6, 4, 10, 0],
        extra_parkeerplaatsen=[3, 0, 5, 0],
    )
    bc, _ = business_case(frame, base, today=TODAY)
    # 6 × 140.000 + 3 × 15.000 = 885.000; 4 × 140.000 = 560.000; 10 × 140.000 + 5 × 15.000 = 1.475.000; 0
    assert bc["investering_laag"].tolist() == [885_000, 560_000, 1_475_000, 0]
    # 6 × 190.000 + 45.000 = 1.185.000
    assert bc["investering_hoog"].tolist() == [1_185_000, 760_000, 1_975_000, 0]


def test_unknown_extra_homes_give_unknown_money_never_zero(base):
    bc, _ = business_case(complexen(extra_woningen_binnen_plan=[np.nan]), base, today=TODAY)
    for col in ("investering_laag", "investering_hoog", "subsidie", "onrendabele_top_per_woning_laag"):
        assert np.isnan(bc[col].iloc[0]), col
    assert "onbekend" in bc["toelichting_business_case"].iloc[0]


def test_unknown_parking_is_not_counted_and_said(base):
    bc, messages = business_case(complexen(extra_parkeerplaatsen=[np.nan]), base, today=TODAY)
    assert bc["investering_laag"].iloc[0] == 4 * 140_000
    assert np.isnan(bc["kosten_parkeren"].iloc[0])
    assert "Parkeerkosten onbekend" in bc["toelichting_business_case"].iloc[0]
    assert any("Parkeerkosten onbekend voor 1 complex " in m for m in messages)


def test_gemeente_levers_add_per_home_charges(base):
    s = with_financieel(
        base,
        gemeenten={"GM0001": GemeenteHeffingen(leges_per_woning=3000, canon_per_woning=0, grondprijs_per_woning=None)},
    )
    frame = complexen(gemeentecode=["GM0001", "GM0002"])
    bc, messages = business_case(frame, s, today=TODAY)
    # GM0001: 4 × 140.000 + 4 × (3.000 + 0) = 572.000; GM0002 has no entry: not counted
    assert bc["investering_laag"].tolist() == [572_000, 560_000]
    assert bc["gemeentelijke_heffingen"].iloc[0] == 12_000
    assert any("GM0002" in m and "GM0001" not in m for m in messages)


# ----------------------------------------------------------------------------- subsidies


def test_subsidy_stacking_with_percentage_and_expired_scheme(base):
    schemes = [
        Subsidieregeling(naam="Rijksbijdrage", financier="Rijk", bedrag_per_woning=10_000),
        Subsidieregeling(naam="Circulair", financier="Noord-Holland", percentage=0.4, provincie="Noord-Holland"),
        Subsidieregeling(
            naam="Oude regeling", financier="Rijk", bedrag_per_woning=5_000, geldig_tot=datetime.date(2025, 12, 31)
        ),
    ]
    s = dataclasses.replace(with_financieel(base, subsidies=schemes), provincie="Noord-Holland")
    bc, messages = business_case(complexen(extra_woningen_binnen_plan=[5]), s, today=TODAY)
    # 5 × 10.000 = 50.000 + 40% × (5 × 140.000 = 700.000) = 280.000 → 330.000; the expired 5.000/home is left out
    assert bc["subsidie"].iloc[0] == 330_000
    assert bc["subsidieregelingen"].iloc[0] == "Rijksbijdrage; Circulair"
    assert any("Oude regeling" in m and "verlopen op 31-12-2025" in m for m in messages)
    # the same scheme still open the day before it ends counts: 330.000 + 5 × 5.000 = 355.000
    bc_open, messages_open = business_case(
        complexen(extra_woningen_binnen_plan=[5]), s, today=datetime.date(2025, 12, 31)
    )
    assert bc_open["subsidie"].iloc[0] == 355_000
    assert not any("verlopen" in m for m in messages_open)


def test_scheme_not_yet_open_is_left_out_and_said(base):
    schemes = [Subsidieregeling(naam="Nieuw", financier="Rijk", bedrag_per_woning=1_000, geldig_van=TODAY)]
    s = with_financieel(base, subsidies=schemes)
    bc, messages = business_case(complexen(), s, today=TODAY - datetime.timedelta(days=1))
    assert bc["subsidie"].iloc[0] == 0
    assert any("Nieuw" in m and "opent pas" in m for m in messages)


def test_subsidy_never_exceeds_subsidiabele_kosten(base):
    schemes = [
        Subsidieregeling(naam="Alles", financier="Rijk", percentage=1.0),
        Subsidieregeling(naam="Extra", financier="Rijk", bedrag_per_woning=20_000),
    ]
    bc, _ = business_case(complexen(), with_financieel(base, subsidies=schemes), today=TODAY)
    # 4 × 140.000 + 4 × 20.000 = 640.000, capped at the subsidiabele kosten 560.000
    assert bc["subsidie"].iloc[0] == 560_000


@pytest.mark.parametrize(
    ("provincie", "kenmerken", "per_woning"),
    [
        (None, {}, 21_000),  # SFT 14.000 + Realisatiestimulans 7.000 (Tabel 2)
        ("Utrecht", {}, 21_000),  # Tabel 2: maatwerk only, no amount per home
        ("Zuid-Holland", {}, 27_000),  # + Knelpuntenpot 6.000
        ("Provincie Zuid-Holland", {"houtbouw": True}, 33_000),  # + Houtbouw 6.000
        ("Noord-Holland", {}, 21_000),  # Circulair bouwen asks circulair
        ("Noord-Holland", {"circulair": True}, 77_000),  # + 40% × 140.000 = 56.000
        ("Zuid-Holland", {"zorggeschikt": True}, 44_500),  # 27.000 + SZGW 17.500
    ],
)
def test_changing_the_provincie_changes_the_subsidies_as_tabel_2_says(base, provincie, kenmerken, per_woning):
    s = dataclasses.replace(base, provincie=provincie)
    s = with_financieel(s, kenmerken={**s.financieel.kenmerken, **kenmerken})
    bc, _ = business_case(complexen(extra_woningen_binnen_plan=[2]), s, today=TODAY)
    assert bc["subsidie"].iloc[0] == 2 * per_woning


def test_kenmerk_column_per_complex_overrides_config(base):
    s = dataclasses.replace(base, provincie="Zuid-Holland")
    frame = complexen(extra_woningen_binnen_plan=[1, 1, 1], houtbouw=["ja", "nee", None])
    bc, _ = business_case(frame, s, today=TODAY)
    # 27.000 + Houtbouw 6.000 only where the column says ja; unknown counts as not met
    assert bc["subsidie"].tolist() == [33_000, 27_000, 27_000]


def test_provincie_per_complex_as_series_and_unknown_said(base):
    frame = complexen(extra_woningen_binnen_plan=[1, 1])
    prov = pd.Series(["Zuid-Holland", None], index=frame.index)
    bc, messages = business_case(frame, base, provincie=prov, today=TODAY)
    assert bc["subsidie"].tolist() == [27_000, 21_000]
    assert any("Provincie onbekend voor 1 complex" in m for m in messages)


# ----------------------------------------------------------------------------- exploitation


def test_ncw_against_known_annuity():
    # (1 − 1.05^−10) / 0.05 = 7,7217349…
    assert annuity_factor(0.05, 10) == pytest.approx(7.721734929)
    assert annuity_factor(0.0, 10) == 10
    ncw = ncw_per_woning(
        huur_per_maand=1000,
        exploitatiekosten_per_jaar=2000,
        disconteringsvoet=0.05,
        looptijd_jaren=10,
        restwaarde_per_woning=100_000,
    )
    # (12 × 1.000 − 2.000) × 7,721735 = 77.217,35 + 100.000 / 1,05^10 (1,6288946) = 61.391,33 → 138.608,68
    assert ncw == pytest.approx(138_608.68, abs=0.01)


def test_onrendabele_top_per_woning_is_investment_minus_subsidy_minus_ncw(base):
    s = with_financieel(
        base,
        exploitatie=dataclasses.replace(
            base.financieel.exploitatie,
            huur_per_maand=1000,
            exploitatiekosten_per_jaar=2000,
            disconteringsvoet=0.0,
            looptijd_jaren=5,
            restwaarde_per_woning=0,
        ),
    )
    bc, _ = business_case(complexen(extra_woningen_binnen_plan=[4], extra_parkeerplaatsen=[2]), s, today=TODAY)
    # NCW = 10.000 × 5 = 50.000 per home
    assert bc["ncw_per_woning"].iloc[0] == 50_000
    # laag: (4 × 140.000 + 2 × 15.000 − 4 × 21.000) / 4 − 50.000 = (590.000 − 84.000) / 4 − 50.000 = 76.500
    assert bc["onrendabele_top_per_woning_laag"].iloc[0] == pytest.approx(76_500)
    # hoog: (760.000 + 30.000 − 84.000) / 4 − 50.000 = 126.500
    assert bc["onrendabele_top_per_woning_hoog"].iloc[0] == pytest.approx(126_500)
    # complex total: 590.000 − 84.000 − 4 × 50.000 = 306.000
    assert bc["onrendabele_top_laag"].iloc[0] == pytest.approx(306_000)


# ----------------------------------------------------------------------------- scenarios, lift


def test_met_verduurzaming_only_where_koppelkans_and_extra_homes(base):
    frame = complexen(koppelkans_verduurzaming=[True, False, True], extra_woningen_binnen_plan=[4, 4, 0])
    bc, _ = business_case(frame, base, today=TODAY)
    assert bc["instemming_70_procent_nodig"].tolist() == [True, False, False]
    assert bc["investering_laag_met_verduurzaming"].notna().tolist() == [True, False, False]
    assert "70% instemming" in bc["toelichting_business_case"].iloc[0]
    assert "geen koppelkans" in bc["toelichting_business_case"].iloc[1]


def test_lift_cost_spread_over_all_homes_of_the_building(base):
    s = with_financieel(base, verduurzaming_per_woning=0.0)
    frame = complexen(
        aantal_woningen=[12], bouwlagen=[4], extra_woningen_binnen_plan=[4], koppelkans_verduurzaming=[True]
    ).assign(lift=[False])
    bc, _ = business_case(frame, s, today=TODAY)
    # portieken = ceil(12 / (2 per bordes × 4 lagen)) = 2 lifts × 150.000 = 300.000
    assert bc["kosten_lift_laag"].iloc[0] == 300_000
    # spread over 12 existing + 4 new homes: 300.000 / 16 = 18.750 per home (not 300.000 / 4 = 75.000)
    assert bc["gedeelde_kosten_per_woning_laag"].iloc[0] == 18_750
    diff = bc["onrendabele_top_per_woning_laag_met_verduurzaming"] - bc["onrendabele_top_per_woning_laag"]
    assert diff.iloc[0] == pytest.approx(18_750)
    # the complex's investment carries the whole lift
    assert bc["investering_laag_met_verduurzaming"].iloc[0] == bc["investering_laag"].iloc[0] + 300_000


def test_verduurzaming_cost_per_existing_home_spread_over_building(base):
    s = with_financieel(base, verduurzaming_per_woning=40_000.0)
    frame = complexen(
        aantal_woningen=[12], bouwlagen=[2], extra_woningen_binnen_plan=[4], koppelkans_verduurzaming=[True]
    )
    bc, _ = business_case(frame, s, today=TODAY)
    # 12 × 40.000 = 480.000; 2 bouwlagen: no lift; 480.000 / 16 = 30.000 per home
    assert bc["kosten_verduurzaming"].iloc[0] == 480_000
    assert bc["kosten_lift_hoog"].iloc[0] == 0
    assert bc["gedeelde_kosten_per_woning_hoog"].iloc[0] == 30_000


def test_unknown_lift_counts_only_in_the_high_estimate_and_is_said(base):
    s = with_financieel(base, verduurzaming_per_woning=0.0)
    frame = complexen(aantal_woningen=[8], bouwlagen=[4], koppelkans_verduurzaming=[True])
    bc, messages = business_case(frame, s, today=TODAY)  # no 'lift' column
    assert pd.isna(bc["lift_nodig"].iloc[0])
    # ceil(8 / 8) = 1 lift: 0 in laag, 150.000 in hoog
    assert bc["kosten_lift_laag"].iloc[0] == 0
    assert bc["kosten_lift_hoog"].iloc[0] == 150_000
    assert any("kolom 'lift'" in m for m in messages)
    assert "Lift onbekend" in bc["toelichting_business_case"].iloc[0]


def test_lift_needed_kleene_logic():
    floors = pd.Series([4, 4, 4, 2, np.nan, np.nan])
    lift = pd.Series([False, True, None, None, True, False], dtype="object")
    got = lift_needed(floors, lift, min_bouwlagen=3)
    assert got.tolist() == [True, False, pd.NA, False, False, pd.NA]


# ----------------------------------------------------------------------------- totals, summary


def test_totals_per_buurt_and_gemeente_and_summary_lines(base):
    frame = complexen(
        buurtcode=["BU01", "BU01", "BU02"],
        gemeentecode=["GM0001", "GM0001", "GM0001"],
        extra_woningen_binnen_plan=[4, 6, np.nan],
        koppelkans_verduurzaming=[True, False, True],
        aantal_woningen=[12, 8, 8],
        bouwlagen=[2, 2, 2],
    )
    bc, _ = business_case(frame, base, today=TODAY)
    full = pd.concat([frame, bc], axis=1)
    per_buurt = totals(full, by="buurtcode").set_index("buurtcode")
    # BU01: 4 + 6 = 10 homes; 10 × 140.000 = 1.400.000; 10 × 21.000 = 210.000
    assert per_buurt.loc["BU01", "extra_woningen"] == 10
    assert per_buurt.loc["BU01", "investering_laag"] == 1_400_000
    assert per_buurt.loc["BU01", "subsidie"] == 210_000
    # met: only C0: 560.000 + 12 × 40.000 = 1.040.000
    assert per_buurt.loc["BU01", "complexen_met_verduurzaming"] == 1
    assert per_buurt.loc["BU01", "investering_laag_met_verduurzaming"] == 1_040_000
    assert per_buurt.loc["BU02", "complexen_onbekend"] == 1
    assert np.isnan(per_buurt.loc["BU02", "investering_laag"])
    per_gemeente = totals(full, by="gemeentecode")
    assert per_gemeente["extra_woningen"].tolist() == [10]

    lines = summary_lines(full)
    met = next(line for line in lines if line.startswith("met verduurzaming"))
    # 4 × 140.000 + 480.000 = 1,04 mln; 4 × 190.000 + 480.000 = 1,24 mln; subsidie 84.000 = 0,1 mln
    assert "4 extra woningen in 1 complex;" in met
    assert "investering € 1,0–1,2 mln" in met
    assert "subsidie € 0,1 mln" in met
    assert "indicatief" in met
    zonder = next(line for line in lines if line.startswith("zonder verduurzaming"))
    assert "10 extra woningen in 2 complexen;" in zonder
    assert "investering € 1,4–1,9 mln" in zonder


# ----------------------------------------------------------------------------- config


def _default_raw() -> dict:
    return yaml.safe_load(DEFAULT_CONFIG.read_text(encoding="utf-8"))


def test_config_without_financieel_keeps_working():
    raw = _default_raw()
    raw.pop("financieel")
    raw.pop("provincie")
    s = settings_from_dict(raw, base_dir=DEFAULT_CONFIG.parent, source=Path("eigen.yaml"))
    assert s.financieel == default_financieel()
    assert s.financieel.kosten_per_woning_laag == 140_000
    assert s.provincie is None
    bc, _ = business_case(complexen(), s, today=TODAY)
    assert bc["investering_laag"].iloc[0] == 560_000


def test_partial_financieel_section_keeps_other_defaults():
    raw = _default_raw()
    raw["financieel"] = {"kosten_per_woning_laag": 150_000, "exploitatie": {"looptijd_jaren": 30}}
    s = settings_from_dict(raw, base_dir=DEFAULT_CONFIG.parent, source=Path("eigen.yaml"))
    assert s.financieel.kosten_per_woning_laag == 150_000
    assert s.financieel.kosten_per_woning_hoog == 190_000
    assert s.financieel.exploitatie.looptijd_jaren == 30
    assert s.financieel.exploitatie.disconteringsvoet == 0.05
    assert len(s.financieel.subsidies) == 6


def test_default_config_table_2_schemes_present(base):
    names = {r.naam: r for r in base.financieel.subsidies}
    assert names["SFT-regeling"].bedrag_per_woning == 14_000
    assert names["Realisatiestimulans"].bedrag_per_woning == 7_000
    assert names["SZGW-regeling"].bedrag_per_woning == 17_500
    assert names["Circulair bouwen"].percentage == 0.4
    text = DEFAULT_CONFIG.read_text(encoding="utf-8")
    section = text[text.index("financieel:") : text.index("provincie: null")]
    for line in section.splitlines():
        if ":" in line and not line.strip().startswith("#") and any(ch.isdigit() for ch in line.split("#")[0]):
            assert "# bron:" in line, line


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"subsidies": [{"naam": "X", "financier": "Rijk", "percentage": 40}]}, "financieel.subsidies[0].percentage"),
        ({"subsidies": [{"naam": "X", "financier": "Rijk"}]}, "financieel.subsidies[0]"),
        (
            {"subsidies": [{"naam": "X", "financier": "Rijk", "bedrag_per_woning": 1, "voorwaarden": ["sociaal"]}]},
            "financieel.subsidies[0].voorwaarden",
        ),
        (
            {"subsidies": [{"naam": "X", "financier": "Rijk", "bedrag_per_woning": 1, "geldig_tot": "31-12-2025"}]},
            "financieel.subsidies[0].geldig_tot",
        ),
        ({"kosten_per_woning_hoog": 100_000}, "financieel.kosten_per_woning_hoog"),
        ({"exploitatie": {"disconteringsvoet": 5}}, "financieel.exploitatie.disconteringsvoet"),
        ({"onbekend": 1}, "financieel.onbekend"),
    ],
)
def test_bad_financieel_config_names_the_key(change, key):
    raw = _default_raw()
    raw["financieel"] = change
    with pytest.raises(ConfigError) as err:
        settings_from_dict(raw, base_dir=DEFAULT_CONFIG.parent, source=Path("eigen.yaml"))
    assert f"'{key}'" in str(err.value)


def test_yaml_dates_and_iso_text_both_accepted():
    raw = _default_raw()
    raw["financieel"] = {
        "subsidies": [
            {"naam": "A", "financier": "Rijk", "bedrag_per_woning": 1, "geldig_tot": datetime.date(2026, 1, 1)},
            {"naam": "B", "financier": "Rijk", "bedrag_per_woning": 1, "geldig_van": "2025-01-01"},
        ]
    }
    s = settings_from_dict(raw, base_dir=DEFAULT_CONFIG.parent, source=Path("eigen.yaml"))
    assert s.financieel.subsidies[0].geldig_tot == datetime.date(2026, 1, 1)
    assert s.financieel.subsidies[1].geldig_van == datetime.date(2025, 1, 1)


# ----------------------------------------------------------------------------- properties


@settings(max_examples=40, deadline=None)
@given(
    extra=st.lists(st.integers(0, 200), min_size=1, max_size=8),
    parking=st.integers(0, 50),
    koppel=st.booleans(),
)
def test_properties_high_above_low_and_subsidy_within_costs(extra, parking, koppel):
    f: Financieel = default_financieel()
    n = pd.Series(extra, dtype="float64")
    idx = n.index
    out, _ = compute_business_case(
        extra=n,
        aantal_woningen=pd.Series(20.0, index=idx),
        bouwlagen=pd.Series(4.0, index=idx),
        extra_parkeerplaatsen=pd.Series(float(parking), index=idx),
        koppelkans=pd.Series(koppel, index=idx),
        gemeentecode=pd.Series("GM0001", index=idx),
        provincie=pd.Series("Noord-Holland", index=idx),
        lift=None,
        kenmerken=pd.DataFrame({k: True for k in f.kenmerken}, index=idx),
        financieel=f,
        today=TODAY,
    )
    # hoog − laag = extra × (190.000 − 140.000)
    assert np.allclose(out["investering_hoog"] - out["investering_laag"], n * 50_000)
    assert (out["subsidie"] <= n * f.kosten_per_woning_laag + 1e-6).all()
    met = out["scenario_met_verduurzaming"]
    assert (out.loc[met, "investering_laag_met_verduurzaming"] >= out.loc[met, "investering_laag"]).all()
    assert (
        out.loc[met, "investering_hoog_met_verduurzaming"] >= out.loc[met, "investering_laag_met_verduurzaming"]
    ).all()
