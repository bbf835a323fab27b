"""Fixtures for the kansenkaart: small shortlist GeoPackages built in code.

The layout follows what ``optopscan scan`` writes: layer ``complexen`` (sorted by rang),
layer ``buurten`` and the non-spatial table ``metadata`` (sleutel, waarde).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

CENTRE = (166500.0, 508000.0)
STRATEN = ["Merelstraat", "Lijsterlaan", "Vinkenhof", "Spreeuwweg", "Zwaluwpad", "Meeuwenkade"]
STATUS_WAARDEN = np.array(["ok", "let op", "blokkade", "onbekend"], dtype=object)
#: a text that must never reach the page unescaped
GEVAARLIJK = "<script>alert('x')</script> & \"quotes\""
#: a column the map must not embed
NIET_INBEDDEN = "NIET_INBEDDEN_7f3a"


def make_complexen(n: int, *, seed: int = 1, spacing: float = 60.0) -> gpd.GeoDataFrame:
    """``n`` fake complexes as rectangles on a grid around RD (166500, 508000), vectorised."""
    rng = np.random.default_rng(seed)
    side = max(int(np.ceil(np.sqrt(n))), 1)
    i = np.arange(n)
    x0 = CENTRE[0] + (i % side - side / 2) * spacing
    y0 = CENTRE[1] + (i // side - side / 2) * spacing
    w = rng.uniform(15, 40, n)
    h = rng.uniform(10, 25, n)
    geoms = np.asarray(shapely.box(x0, y0, x0 + w, y0 + h), dtype=object)
    # every fifth complex has a second block: a MultiPolygon
    multi = i % 5 == 0
    second = shapely.box(x0[multi], y0[multi] + h[multi] + 3, x0[multi] + w[multi], y0[multi] + h[multi] + 12)
    geoms[multi] = [shapely.MultiPolygon([a, b]) for a, b in zip(geoms[multi], second, strict=True)]

    score = np.round(rng.uniform(0, 100, n), 1)
    order = np.argsort(-score, kind="stable")
    score = score[order]
    klasse = np.select([score >= 80, score >= 65, score >= 50, score >= 35], list("ABCD"), "E")
    status = np.where(klasse == "E", "blokkade", np.where(np.isin(klasse, ["C", "D"]), "let op", "kansrijk"))
    woningen = rng.integers(4, 80, n)
    lagen = rng.integers(0, 3, n)
    extra_theo = woningen * np.maximum(lagen, 1) / 3
    extra = np.where(status == "blokkade", 0, np.round(extra_theo * (lagen > 0)))
    straat = np.array(STRATEN, dtype=object)[i % len(STRATEN)]
    west = x0 < CENTRE[0]
    ids = np.array([f"CPX{j:05d}" for j in range(1, n + 1)], dtype=object)
    namen = np.where(i % 3 == 0, "", np.char.add("Vogelhof ", (i + 1).astype(str))).astype(object)
    adres = [f"{s} {a}–{a + 2 * int(wn)}, Zonnehoeve" for s, a, wn in zip(straat, (i % 40) + 1, woningen, strict=True)]
    hoogte_nu = 3 * (2 + i % 3)
    toel = [
        f"hoogte: plan {hn + 6:.1f} m, nu {hn:.1f} m ({hn // 3} bouwlagen), dak horizontal → {lg} extra "
        f"bouwlaag — score {sc / 100:.2f} (let op)\nbouwjaar: {1950 + k % 40} — score 1,00 (ok)\n"
        f"eigendom: volledig in bezit — score 1,00 (ok)\nparkeren: zone B — score 0,50 (let op)"
        for hn, lg, sc, k in zip(hoogte_nu, lagen, score, i, strict=True)
    ]
    blok = np.where(status == "blokkade", "rijksmonument; bestemmingsplan staat geen extra bouwlaag toe", "")
    df = pd.DataFrame(
        {
            "complex_id": ids,
            "complexnaam": namen,
            "adres": adres,
            "rang": np.arange(1, n + 1),
            "score": score,
            "klasse": klasse,
            "status": status,
            "toelichting": toel,
            "blokkades": blok,
            "status_bouwjaar": "ok",
            "status_eigendom": STATUS_WAARDEN[i % 4],
            "status_hoogte": STATUS_WAARDEN[(i + 1) % 4],
            "status_parkeren": STATUS_WAARDEN[(i + 2) % 4],
            "status_voorzieningen": "onbekend",
            "status_monument": np.where(status == "blokkade", "blokkade", "ok"),
            "aantal_panden": np.where(multi, 2, 1),
            "aantal_woningen": woningen,
            "aantal_vhe": woningen,
            "eigendom": np.where(i % 7 == 0, "gespikkeld", "volledig"),
            "bouwjaar": np.where(i % 11 == 0, np.nan, 1950 + i % 40),
            "extra_bouwlagen": lagen.astype(float),
            "extra_woningen": extra,
            "extra_woningen_theoretisch": np.round(extra_theo, 1),
            "buurtcode": np.where(west, "BU99910001", "BU99920001"),
            "buurtnaam": np.where(west, "Zonnehoeve-West", "Zonnehoeve-Oost"),
            "gemeentecode": np.where(west, "GM9991", "GM9992"),
            "gemeentenaam": np.where(west, "Zonnestad", "Maanstad"),
            "geheim_veld": NIET_INBEDDEN,
        }
    )
    return gpd.GeoDataFrame(df, geometry=geoms, crs="EPSG:28992")


def make_buurten(complexen: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """One rectangle per buurt around its complexes, with the scan's aggregates."""
    rows = []
    for (code, naam, gm, gmnaam), grp in complexen.groupby(
        ["buurtcode", "buurtnaam", "gemeentecode", "gemeentenaam"], sort=True
    ):
        minx, miny, maxx, maxy = grp.total_bounds
        rows.append(
            {
                "buurtcode": code,
                "buurtnaam": naam,
                "gemeentecode": gm,
                "gemeentenaam": gmnaam,
                "aantal_complexen": len(grp),
                "extra_woningen": float(grp["extra_woningen"].sum()),
                "extra_woningen_theoretisch": float(grp["extra_woningen_theoretisch"].sum()),
                "geometry": shapely.MultiPolygon([shapely.box(minx - 20, miny - 20, maxx + 20, maxy + 20)]),
            }
        )
    cols = [
        "buurtcode",
        "buurtnaam",
        "gemeentecode",
        "gemeentenaam",
        "aantal_complexen",
        "extra_woningen",
        "extra_woningen_theoretisch",
        "geometry",
    ]
    return gpd.GeoDataFrame(pd.DataFrame(rows, columns=cols), geometry="geometry", crs="EPSG:28992")


def write_shortlist(
    path: Path,
    complexen: gpd.GeoDataFrame,
    buurten: gpd.GeoDataFrame | None = None,
    metadata: dict[str, str] | None = None,
) -> Path:
    """Write a shortlist GeoPackage as ``optopscan scan`` does."""
    path = Path(path)
    pyogrio.write_dataframe(
        complexen, path, layer="complexen", driver="GPKG", promote_to_multi=True, geometry_type="MultiPolygon"
    )
    if buurten is not None:
        pyogrio.write_dataframe(
            buurten, path, layer="buurten", driver="GPKG", promote_to_multi=True, geometry_type="MultiPolygon"
        )
    if metadata is not None:
        meta = pd.DataFrame({"sleutel": list(metadata), "waarde": [str(v) for v in metadata.values()]})
        pyogrio.write_dataframe(meta, path, layer="metadata", driver="GPKG")
    return path


DEFAULT_METADATA = {
    "gebied": "Zonnehoeve (fictief)",
    "datum": "2025-06-01",
    "versie": "0.1.0",
    "config_hash": "sha256:0123abcd",
}


def build_shortlist(
    path: Path, n: int, *, seed: int = 1, metadata: dict[str, str] | None = None, spacing: float = 60.0
) -> Path:
    complexen = make_complexen(n, seed=seed, spacing=spacing)
    buurten = make_buurten(complexen) if n else make_buurten(make_complexen(4, seed=seed))
    return write_shortlist(path, complexen, buurten, DEFAULT_METADATA if metadata is None else metadata)


@pytest.fixture(scope="session")
def shortlist_gpkg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """36 complexes in two buurten (two gemeenten); one has a dangerous toelichting."""
    complexen = make_complexen(36)
    complexen.loc[complexen.index[3], "toelichting"] = "regel één\n" + GEVAARLIJK
    complexen.loc[complexen.index[3], "complexnaam"] = "Huize <Gevaar>"
    path = tmp_path_factory.mktemp("shortlist") / "shortlist.gpkg"
    return write_shortlist(path, complexen, make_buurten(complexen), DEFAULT_METADATA)


@pytest.fixture(scope="session")
def empty_shortlist_gpkg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A shortlist with buurten and metadata but zero complexen."""
    path = tmp_path_factory.mktemp("leeg") / "shortlist.gpkg"
    return build_shortlist(path, 0)


@pytest.fixture(scope="session")
def large_shortlist_gpkg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """~2,000 complexes, for size and point-mode tests."""
    path = tmp_path_factory.mktemp("groot") / "shortlist.gpkg"
    return build_shortlist(path, 2000, seed=7)


@pytest.fixture(scope="session")
def fabriek() -> SimpleNamespace:
    """The builders above for tests that need a special shortlist (tests must not import
    conftest: with several test folders, a module named 'conftest' is ambiguous)."""
    return SimpleNamespace(
        make_complexen=make_complexen,
        make_buurten=make_buurten,
        write_shortlist=write_shortlist,
        build_shortlist=build_shortlist,
        metadata=DEFAULT_METADATA,
        gevaarlijk=GEVAARLIJK,
        niet_inbedden=NIET_INBEDDEN,
        make_new_style=make_new_style,
        formule=FORMULE,
    )


#: a complexnaam that a spreadsheet would run as a formula
FORMULE = '=HYPERLINK("http://x")'


def make_new_style(n: int = 36) -> tuple[gpd.GeoDataFrame, dict[str, gpd.GeoDataFrame]]:
    """Complexen with the new columns (status ladder, tiers, forms, scores and reasons per
    criterion, postcode, financial) and the two form layers, as the scan writes them now."""
    cx = make_complexen(n)
    i = np.arange(n)
    status = cx["status"].to_numpy(dtype=object).copy()
    status[(status == "let op") & (i % 3 == 0)] = "onderzoek nodig"
    status[(status == "let op") & (i % 3 == 1)] = "planwijziging nodig"
    cx["status"] = status
    cx["status_hoogte"] = np.where(status == "planwijziging nodig", "planwijziging nodig", "kansrijk")
    cx["status_parkeren"] = np.where(status == "onderzoek nodig", "onderzoek nodig", "kansrijk")
    cx["status_eigendom"] = "kansrijk"
    for c in ("bouwjaar", "eigendom", "hoogte", "parkeren", "voorzieningen", "monument"):
        cx[f"score_{c}"] = np.round((i % 5) / 4, 2)
    cx["reden_hoogte"] = [f"plan max {12 + k % 4} m, dak horizontal" for k in i]
    cx["reden_voorzieningen"] = "ov_halte 120 m (ref 480 m)"
    aanplakken = np.where(i % 4 == 0, 2.0, 0.0)
    uitplinten = np.where(i % 6 == 1, 1.0, 0.0)
    optoppen = cx.pop("extra_woningen").to_numpy(dtype=float)
    plan = optoppen + aanplakken + uitplinten
    theo = cx["extra_woningen_theoretisch"].to_numpy(dtype=float)
    theo = np.maximum(theo, plan)
    cx["extra_woningen_theoretisch"] = theo
    cx["extra_woningen_constructief"] = np.round((theo + plan) / 2)
    cx["extra_woningen_binnen_plan"] = plan
    cx["extra_woningen_kansrijk"] = np.where(np.isin(status, ["kansrijk", "let op"]), plan, 0.0)
    cx["extra_woningen_optoppen"] = optoppen
    cx["extra_woningen_aanplakken"] = aanplakken
    cx["extra_woningen_uitplinten"] = uitplinten
    cx["postcode"] = np.where(i < 3, "1234 AB", np.char.add("99", (10 + i).astype(str)) + " ZZ")
    cx["investering_laag"] = 150000.0 * (i + 1)
    cx["investering_hoog"] = 210000.0 * (i + 1)
    cx["subsidie"] = 25000.0
    cx["onrendabele_top_per_woning_laag"] = 20000.0
    cx["onrendabele_top_per_woning_hoog"] = 45000.0
    cx["bouwjaar"] = np.where(i % 11 == 0, np.nan, 1960 + i % 30)
    cx.loc[cx.index[5], "complexnaam"] = FORMULE
    aanplak_idx = cx.index[i % 4 == 0]
    b = {k: v.to_numpy() for k, v in cx.loc[aanplak_idx].geometry.bounds.items()}
    aanplak = gpd.GeoDataFrame(
        {
            "complex_id": cx.loc[aanplak_idx, "complex_id"].to_numpy(),
            "pand_id": [f"0999100000{k:06d}" for k in range(len(aanplak_idx))],
            "breedte_m": 9.5,
            "bouwlagen": 3,
            "extra_woningen": 2.0,
            "status": "kansrijk",
            "reden": "kopgevel zonder ramen, dak horizontal",
        },
        geometry=shapely.box(b["minx"] - 8, b["miny"], b["minx"] - 1, b["miny"] + 9),
        crs="EPSG:28992",
    )
    plint_idx = cx.index[i % 6 == 1]
    plint = gpd.GeoDataFrame(
        {
            "complex_id": cx.loc[plint_idx, "complex_id"].to_numpy(),
            "pand_id": [f"0999100001{k:06d}" for k in range(len(plint_idx))],
            "soort": "bergingen",
            "extra_woningen": 1.0,
            "status": "onderzoek nodig",
            "reden": "bergingen in de plint",
        },
        geometry=cx.loc[plint_idx].geometry.centroid.buffer(3).to_numpy(),
        crs="EPSG:28992",
    )
    return cx, {"aanplaklocaties": aanplak, "plintkansen": plint}


@pytest.fixture(scope="session")
def new_shortlist_gpkg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A shortlist in the new layout (tiers, forms, status ladder) with both form layers."""
    cx, vormen = make_new_style()
    path = tmp_path_factory.mktemp("nieuw") / "shortlist.gpkg"
    buurten = make_buurten(cx.assign(extra_woningen=cx["extra_woningen_binnen_plan"]))
    write_shortlist(path, cx, buurten, DEFAULT_METADATA)
    for layer, gdf in vormen.items():
        pyogrio.write_dataframe(gdf, path, layer=layer, driver="GPKG", promote_to_multi=True)
    return path
