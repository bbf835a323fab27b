"""generate_area: the whole district, step by step."""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from optopscan.synthetic.bag import _bag3d, _verblijfsobjecten
from optopscan.synthetic.bezit import _bezit
from optopscan.synthetic.bgt import bgt_extract
from optopscan.synthetic.buildings import _heights
from optopscan.synthetic.common import (
    GEMEENTECODE,
    GEMEENTENAAM,
    K_BOER,
    K_EGW,
    K_GAL,
    K_KERK,
    K_NB,
    K_POR,
    KIND_GEBRUIKSDOEL,
    KIND_LABEL,
    KINDS,
    RD,
    WOONPLAATS,
    Scenario,
    SyntheticArea,
    _ids,
)
from optopscan.synthetic.context import _buurten, _energielabels, _parkeerzones, _voorzieningen
from optopscan.synthetic.layout import _fit_layout
from optopscan.synthetic.plans import _plans
from optopscan.synthetic.vormen import add_form_cases


def generate_area(
    n_panden: int = 2000,
    seed: int = 42,
    origin: tuple[float, float] = (166500.0, 508000.0),
    n_complexen: int | None = 40,
    *,
    gemeentecode: str = GEMEENTECODE,
    gemeentenaam: str = GEMEENTENAAM,
    woonplaats: str = WOONPLAATS,
    postcode_base: int = 7231,
    complex_start: int = 101,
) -> SyntheticArea:
    """Generate a fictitious district with ``n_panden`` BAG panden, plus a row of eight
    garageboxen (see :mod:`optopscan.synthetic.vormen`) and a small BGT extract.

    ``n_complexen=None`` scales the corporatie's bezit with the area (40 per 2000 panden).
    The same arguments always give identical frames.

    The keyword-only arguments name the (fictitious) gemeente, so several areas can be
    combined without clashing ids (``benchmarks/province.py``): ``gemeentecode`` (4 digits,
    start of every BAG id and of the buurt/wijk codes), ``gemeentenaam``, ``woonplaats``,
    ``postcode_base`` (postcode numbers are 1000 + (postcode_base + buurt) % 9000) and
    ``complex_start`` (first complexnummer, C0101 by default; also starts the VHE numbers).
    """
    if not (len(gemeentecode) == 4 and gemeentecode.isdigit()):
        raise ValueError("gemeentecode moet uit 4 cijfers bestaan")
    if n_panden < 300:
        raise ValueError("n_panden moet minstens 300 zijn (één buurt)")
    if n_complexen is None:
        n_complexen = max(8, round(40 * n_panden / 2000))
    rng = np.random.default_rng(seed)

    lay, b, used_buurt, keep_block = _fit_layout(n_panden, origin, rng)
    n = n_panden

    # ---- groups (complex candidates) ---------------------------------------------------
    gkey = b["block"] * 16 + b["group"]
    _, group_id = np.unique(gkey, return_inverse=True)
    kind = b["kind"]
    storeys = b["storeys"].copy()
    year = b["year"].copy()
    style = b["style"].copy()
    bblock = b["block"]
    pbuurt = lay["block_buurt"][bblock]

    g_first, chosen, pand_complex, c_kind, c_block, complexnummers = _choose_complexen(
        group_id, kind, bblock, n_complexen, complex_start, rng
    )
    n_c = len(chosen)

    scen = Scenario()
    special: set[int] = set()

    def pick(kinds, avoid_blocks=(), key=None):
        cand = [i for i in range(n_c) if c_kind[i] in kinds and i not in special and c_block[i] not in avoid_blocks]
        if not cand:
            return None
        if key is not None:
            cand.sort(key=key)
        i = cand[0]
        special.add(i)
        return i

    c_geen_plan = pick((K_POR, K_EGW), key=lambda i: -(lay["bx0"][c_block[i]] + lay["by0"][c_block[i]]))
    used_blocks = {c_block[c_geen_plan]} if c_geen_plan is not None else set()
    c_monument = pick((K_POR,), avoid_blocks=used_blocks)
    if c_monument is not None:
        used_blocks.add(c_block[c_monument])
    c_headroom = pick((K_GAL,), avoid_blocks=used_blocks)
    if c_headroom is not None:
        used_blocks.add(c_block[c_headroom])
    c_pitched = pick((K_EGW,), avoid_blocks=used_blocks)
    # address styles: one portiek complex with huisletters, one with numeric toevoeging
    por_rest = [i for i in range(n_c) if c_kind[i] == K_POR and i not in special]
    if por_rest:
        style[pand_complex == por_rest[0]] = 1
    if len(por_rest) > 1:
        style[pand_complex == por_rest[1]] = 0
    if c_monument is not None:
        year[pand_complex == c_monument] = 1952
    others = [i for i in range(n_c) if i not in special]
    n_gesp = max(1, round(0.25 * n_c)) if n_c else 0
    gespikkeld = (
        np.sort(rng.choice(others, size=min(n_gesp, len(others)), replace=False)) if others else np.zeros(0, np.int64)
    )
    c_share = np.ones(n_c)
    c_share[gespikkeld] = rng.uniform(0.5, 0.9, len(gespikkeld))

    h, block_no_plan, block_headroom = _heights_with_headroom(
        b, storeys, bblock, c_block, c_geen_plan, c_headroom, scen, rng
    )

    pand_id, status, in_use = _bag_status(n, pand_complex, kind, year, gemeentecode, rng)

    x0, y0, x1, y1 = b["x0"], b["y0"], b["x1"], b["y1"]
    footprint = shapely.box(x0, y0, x1, y1)
    area_m2 = (x1 - x0) * (y1 - y0)

    vbo, (vp, nv, n_vbo, opp, v_woon, vstatus, vbo_id, huisnummer, huisletter, toevoeging, street_p, postcode_p) = (
        _verblijfsobjecten(
            n,
            kind,
            storeys,
            style,
            bblock,
            pbuurt,
            g_first,
            group_id,
            used_buurt,
            lay,
            status,
            year,
            pand_id,
            x0,
            y0,
            x1,
            y1,
            area_m2,
            gemeentecode,
            woonplaats,
            postcode_base,
            rng,
        )
    )

    # ---- BAG panden ----------------------------------------------------------------------
    starts = np.cumsum(n_vbo) - n_vbo
    panden = gpd.GeoDataFrame(
        {
            "identificatie": pand_id,
            "bouwjaar": year,
            "status": status,
            "gebruiksdoel": np.array([KIND_GEBRUIKSDOEL[k] for k in range(len(KINDS))], dtype=object)[kind],
            "oppervlakte_min": np.minimum.reduceat(opp, starts),
            "oppervlakte_max": np.maximum.reduceat(opp, starts),
            "aantal_verblijfsobjecten": n_vbo,
        },
        geometry=footprint,
        crs=RD,
    )

    bag3d, in3d = _bag3d(n, kind, year, pand_id, in_use, pand_complex, h, storeys, area_m2, footprint, rng)

    # ---- plans -------------------------------------------------------------------------------
    maatvoering, bestemmingen, bouwvlakken, plangebied = _plans(
        lay, keep_block, bblock, kind, storeys, h, block_no_plan, block_headroom, scen.plan_hoogte_geen_ruimte_m, rng
    )

    # ---- buurten, voorzieningen, parkeerzones, monumenten --------------------------------
    voorz = _voorzieningen(lay, keep_block, bblock, kind, x0, y0, x1, y1, street_p, rng, woonplaats)
    buurten, wijken, gemeenten = _buurten(
        lay,
        used_buurt,
        vp,
        v_woon & (vstatus == "Verblijfsobject in gebruik"),
        pbuurt,
        voorz,
        rng,
        gemeentecode,
        gemeentenaam,
        woonplaats,
    )
    zones = _parkeerzones(buurten)
    monumenten = _monumenten(kind, pand_complex, c_monument, complexnummers, pand_id, x0, y0, x1, y1, scen)

    bezit, bez, keep_n, csize, first_street = _bezit(
        vp,
        v_woon,
        pand_complex,
        n_c,
        c_share,
        gespikkeld,
        c_kind,
        complexnummers,
        street_p,
        huisnummer,
        huisletter,
        toevoeging,
        postcode_p,
        vbo_id,
        year,
        complex_start,
        gemeentecode,
        woonplaats,
        scen,
        rng,
    )

    complexen = _complex_truth(
        pand_id,
        pand_complex,
        bez,
        n_c,
        complexnummers,
        c_kind,
        first_street,
        csize,
        keep_n,
        gespikkeld,
        year,
        g_first,
        chosen,
        buurten,
        pbuurt,
    )

    scen.complexen_gespikkeld = complexnummers[gespikkeld].tolist()
    if c_headroom is not None:
        scen.complex_geen_hoogteruimte = complexnummers[c_headroom]
    if c_geen_plan is not None:
        scen.complex_geen_plan = complexnummers[c_geen_plan]
    if c_pitched is not None:
        scen.complex_schuin_dak = complexnummers[c_pitched]

    energielabels = _energielabels(
        v_woon, vstatus, nv, vp, year, kind, postcode_p, huisnummer, huisletter, toevoeging, vbo_id, pand_id, opp, rng
    )

    pand_truth = pd.DataFrame(
        {
            "identificatie": pand_id,
            "soort": np.array(KINDS, dtype=object)[kind],
            "bouwlagen": storeys,
            "hoogte_70p_m": np.round(h["h70"] - h["mv"], 2),
            "hoogte_max_m": np.round(h["hmax"] - h["mv"], 2),
            "complexnummer": np.where(
                pand_complex >= 0,
                complexnummers[np.maximum(pand_complex, 0)] if n_c else "",
                np.array(None, dtype=object),  # missing outside a complex (numpy's stubs reject a bare None)
            ),
            "blok": bblock,
            "buurtcode": buurten.set_index("_buurt").loc[pbuurt, "buurtcode"].to_numpy(),
            "in_3dbag": in3d,
        }
    )
    buurten = buurten.drop(columns="_buurt")

    area = SyntheticArea(
        panden=panden,
        verblijfsobjecten=vbo,
        bag3d=bag3d,
        maatvoering=maatvoering,
        bestemmingen=bestemmingen,
        bouwvlakken=bouwvlakken,
        plangebied=plangebied,
        buurten=buurten,
        wijken=wijken,
        gemeenten=gemeenten,
        parkeerzones=zones,
        voorzieningen=voorz,
        monumenten=monumenten,
        bezit=bezit,
        energielabels=energielabels,
        complexen=complexen,
        pand_truth=pand_truth,
        scenario=scen,
        seed=seed,
    )
    garage_block = add_form_cases(area, lay, keep_block, block_no_plan, gemeentecode)
    area.bgt_wegdeel, area.bgt_waterdeel = bgt_extract(area, lay, keep_block, garage_block)
    return area


def _choose_complexen(group_id, kind, bblock, n_complexen, complex_start, rng):
    """Pick the corporatie's complexes among the groups of panden, by quota per kind."""
    n_groups = group_id.max() + 1
    g_first = np.unique(group_id, return_index=True)[1]
    g_kind = kind[g_first]
    g_block = bblock[g_first]
    quotas = {K_GAL: 0.35, K_POR: 0.4, K_EGW: 0.15, K_NB: 0.1}
    chosen = []
    left = n_complexen
    for j, (kk, share) in enumerate(quotas.items()):
        cand = np.flatnonzero(g_kind == kk)
        want = left if j == len(quotas) - 1 else round(share * n_complexen)
        want = min(len(cand), want, left)
        left -= want
        if want:
            chosen.append(rng.choice(cand, size=want, replace=False))
    chosen = np.sort(np.concatenate(chosen)) if chosen else np.zeros(0, np.int64)
    n_c = len(chosen)
    complex_of_group = np.full(n_groups, -1)
    complex_of_group[chosen] = np.arange(n_c)
    pand_complex = complex_of_group[group_id]
    c_kind = g_kind[chosen]
    c_block = g_block[chosen]
    complexnummers = np.array([f"C{complex_start + i:04d}" for i in range(n_c)], dtype=object)
    return g_first, chosen, pand_complex, c_kind, c_block, complexnummers


def _heights_with_headroom(b, storeys, bblock, c_block, c_geen_plan, c_headroom, scen, rng):
    """Heights per pand; the no-headroom complex's block is made exactly as high as its plan allows."""
    h = _heights({**b, "storeys": storeys}, rng)
    block_no_plan = c_block[c_geen_plan] if c_geen_plan is not None else -1
    block_headroom = c_block[c_headroom] if c_headroom is not None else -1
    if block_headroom >= 0:
        m = bblock == block_headroom
        H0 = math.ceil(float(np.max(h["hmax"][m] - h["mv"][m])))
        target = H0 - rng.uniform(0.05, 0.5, m.sum())
        delta = target - (h["hmax"][m] - h["mv"][m])
        for key in ("hmin", "h50", "h70", "hmax"):
            h[key][m] += delta
        scen.plan_hoogte_geen_ruimte_m = float(H0)
    return h, block_no_plan, block_headroom


def _bag_status(n, pand_complex, kind, year, gemeentecode, rng):
    """Pand ids and status: a few free panden are under construction or demolished."""
    pand_id = _ids(gemeentecode + "10", np.arange(1, n + 1))
    status = np.full(n, "Pand in gebruik", dtype=object)
    free = np.flatnonzero((pand_complex < 0) & np.isin(kind, [K_EGW, K_GAL, K_POR, K_NB]))
    n_odd = max(3, round(0.004 * n))
    odd = np.sort(rng.choice(free, size=min(n_odd, len(free)), replace=False))
    half = len(odd) // 2
    status[odd[:half]] = "Bouwvergunning verleend"
    status[odd[half:]] = "Pand gesloopt"
    year[odd[:half]] = 2025
    in_use = status == "Pand in gebruik"
    return pand_id, status, in_use


def _monumenten(kind, pand_complex, c_monument, complexnummers, pand_id, x0, y0, x1, y1, scen):
    """Churches and farms, and one pand of the monument complex, as rijksmonument points."""
    mon_idx = list(np.flatnonzero(np.isin(kind, [K_KERK, K_BOER])))
    if c_monument is not None:
        mp = int(np.flatnonzero(pand_complex == c_monument)[0])
        mon_idx.append(mp)
        scen.complex_monument = complexnummers[c_monument]
        scen.monument_pand_id = pand_id[mp]
    mon_idx = np.array(sorted(mon_idx), dtype=np.int64)
    monumenten = gpd.GeoDataFrame(
        {
            "rijksmonument_nummer": [str(531234 + 37 * i) for i in range(len(mon_idx))],
            "hoofdcategorie": np.where(
                kind[mon_idx] == K_KERK,
                "Religieuze gebouwen",
                np.where(kind[mon_idx] == K_BOER, "Boerderijen, molens en bedrijven", "Woonhuizen"),
            ).astype(object),
            "juridische_status": "Rijksmonument",
        },
        geometry=shapely.points(((x0 + x1) / 2)[mon_idx], ((y0 + y1) / 2)[mon_idx]),
        crs=RD,
    )
    return monumenten


def _complex_truth(
    pand_id,
    pand_complex,
    bez,
    n_c,
    complexnummers,
    c_kind,
    first_street,
    csize,
    keep_n,
    gespikkeld,
    year,
    g_first,
    chosen,
    buurten,
    pbuurt,
):
    """Ground truth: one row per complex."""
    c_panden = pd.Series(pand_id[pand_complex >= 0]).groupby(pand_complex[pand_complex >= 0])
    n_vhe = bez.groupby("c").size().reindex(range(n_c), fill_value=0).to_numpy()
    complexen = pd.DataFrame(
        {
            "complexnummer": complexnummers,
            "complexnaam": [f"{KIND_LABEL[c_kind[c]]} {first_street.get(c, '')}" for c in range(n_c)],
            "soort": [KINDS[k] for k in c_kind],
            "pand_ids": c_panden.agg(",".join).reindex(range(n_c), fill_value="").to_numpy(),
            "n_panden": np.bincount(pand_complex[pand_complex >= 0], minlength=n_c),
            "n_woon_vbo": csize,
            "n_vhe": n_vhe,
            "aandeel_bezit": np.where(csize > 0, keep_n / np.maximum(csize, 1), np.nan),
            "gespikkeld": np.isin(np.arange(n_c), gespikkeld),
            "bouwjaar": year[g_first[chosen]],
            "buurtcode": buurten.set_index("_buurt").loc[pbuurt[g_first][chosen], "buurtcode"].to_numpy(),
        }
    )
    return complexen
