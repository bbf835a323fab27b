"""BAG verblijfsobjecten and the 3D BAG layer."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from optopscan.synthetic.common import (
    K_BOER,
    K_EGW,
    K_GAL,
    K_KERK,
    K_NB,
    K_POR,
    K_SCH,
    K_SUP,
    K_WW,
    POSTCODE_LETTERS,
    RD,
    STREET_SUFFIXES,
    THEMES,
    _group_offsets,
    _ids,
)


def _verblijfsobjecten(
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
):
    """BAG verblijfsobjecten: number per pand kind, addresses, gebruiksdoel, oppervlakte, points."""
    length = x1 - x0
    n_entr = np.ones(n, np.int64)
    per_entr = np.ones(n, np.int64)
    gal = kind == K_GAL
    n_woon_gal = np.clip(np.round((storeys - 1) * length / 7.2), 30, 60).astype(np.int64)
    por = kind == K_POR
    entr_por = np.clip(np.round(length / 12.5), 2, 3).astype(np.int64)
    nb = kind == K_NB
    n_nb = np.clip(np.round(storeys * area_m2 / 85.0), 12, 60).astype(np.int64)
    ww = kind == K_WW
    shops = np.clip(np.round(length / 10.0), 3, 7).astype(np.int64)
    n_entr = np.select([gal, por, nb, ww], [n_woon_gal, entr_por, n_nb, shops], 1)
    per_entr = np.select([por, ww], [storeys * 2, storeys], 1)
    n_vbo = n_entr * per_entr
    nv = int(n_vbo.sum())
    vp = np.repeat(np.arange(n), n_vbo)  # pand index per VBO
    vi = _group_offsets(vp)  # index within pand
    ve = vi // per_entr[vp]  # entrance within pand
    vk = vi % per_entr[vp]  # position within entrance
    entr_cum = np.cumsum(n_entr) - n_entr
    blk_first = np.r_[True, bblock[1:] != bblock[:-1]]
    blk_start = np.maximum.accumulate(np.where(blk_first, entr_cum, 0))
    huisnummer = (entr_cum - blk_start)[vp] + ve + 1
    vkind = kind[vp]
    vstyle = style[vp]
    letter_codes = np.array(list("ABCDEFGHIJKLMNOP"), dtype=object)
    huisletter = np.full(nv, None, dtype=object)
    toevoeging = np.full(nv, None, dtype=object)
    is_por = vkind == K_POR
    m = is_por & (vstyle == 0)
    toevoeging[m] = (vk[m] + 1).astype(str).astype(object)
    m = is_por & (vstyle == 1)
    huisletter[m] = letter_codes[vk[m]]
    m = is_por & (vstyle == 2)
    toevoeging[m] = letter_codes[vk[m]]
    m = (vkind == K_WW) & (vk > 0)
    huisletter[m] = letter_codes[vk[m] - 1]
    v_woon = ~((vkind == K_WW) & (vk == 0)) & np.isin(vkind, [K_GAL, K_POR, K_EGW, K_NB, K_WW, K_BOER])
    v_gebruik = np.where(v_woon, "woonfunctie", "").astype(object)
    v_gebruik[(vkind == K_WW) & (vk == 0)] = "winkelfunctie"
    v_gebruik[vkind == K_SUP] = "winkelfunctie"
    v_gebruik[vkind == K_SCH] = "onderwijsfunctie"
    v_gebruik[vkind == K_KERK] = "bijeenkomstfunctie"
    opp = np.select(
        [
            vkind == K_GAL,
            vkind == K_POR,
            vkind == K_EGW,
            vkind == K_NB,
            (vkind == K_WW) & (vk == 0),
            vkind == K_WW,
            vkind == K_BOER,
        ],
        [
            rng.uniform(55, 80, nv),
            rng.uniform(50, 75, nv),
            rng.uniform(95, 130, nv),
            rng.uniform(60, 110, nv),
            rng.uniform(80, 200, nv),
            rng.uniform(55, 85, nv),
            rng.uniform(150, 250, nv),
        ],
        default=(area_m2 * np.maximum(storeys, 1) * 0.85)[vp],
    )
    opp = np.round(opp).astype(np.int64)
    # point inside the pand
    per_floor = np.ceil(n_vbo / np.maximum(storeys, 1)).astype(np.int64)
    pos = vi % per_floor[vp]
    row = (vi // per_floor[vp]) % 2
    vx = x0[vp] + (pos + 0.5) / per_floor[vp] * length[vp]
    vy = y0[vp] + (y1 - y0)[vp] * (0.4 + 0.2 * row)
    # streets and postcodes
    theme_idx = pbuurt % len(THEMES)
    blk_local = lay["block_local"][bblock]
    names = np.array([t[1] for t in THEMES], dtype=object)
    suffix = np.array(STREET_SUFFIXES, dtype=object)
    street_p = names[theme_idx, blk_local] + suffix[blk_local]
    # postcode per (buurt, group): number from buurt, letters from group rank in buurt
    g_buurt = pbuurt[g_first]
    g_rank = _group_offsets(g_buurt)
    pc_num = 1000 + (postcode_base + g_buurt) % 9000
    if len(used_buurt) > 9000 or g_rank.max() >= len(POSTCODE_LETTERS):
        raise ValueError("te veel buurten voor unieke postcodes")
    g_postcode = pd.Series(pc_num).astype(str).to_numpy(object) + POSTCODE_LETTERS[g_rank]
    postcode_p = g_postcode[group_id]

    vbo_id = _ids(gemeentecode + "01", np.arange(1, nv + 1))
    pstat = status[vp]
    vstatus = np.select(
        [pstat == "Pand in gebruik", pstat == "Bouwvergunning verleend"],
        ["Verblijfsobject in gebruik", "Verblijfsobject gevormd"],
        "Verblijfsobject ingetrokken",
    ).astype(object)
    vbo = gpd.GeoDataFrame(
        {
            "identificatie": vbo_id,
            "oppervlakte": opp,
            "status": vstatus,
            "gebruiksdoel": v_gebruik,
            "bouwjaar": year[vp],
            "pand_identificatie": pand_id[vp],
            "pandstatus": pstat,
            "openbare_ruimte_naam": street_p[vp],
            "huisnummer": huisnummer.astype(np.int64),
            "huisletter": huisletter,
            "toevoeging": toevoeging,
            "postcode": postcode_p[vp],
            "woonplaats_naam": woonplaats,
            "nummeraanduiding_hoofdadres_identificatie": _ids(gemeentecode + "20", np.arange(1, nv + 1)),
            "bronhouder_identificatie": gemeentecode,
        },
        geometry=shapely.points(vx, vy),
        crs=RD,
    )
    return vbo, (vp, nv, n_vbo, opp, v_woon, vstatus, vbo_id, huisnummer, huisletter, toevoeging, street_p, postcode_p)


def _bag3d(n, kind, year, pand_id, in_use, pand_complex, h, storeys, area_m2, footprint, rng):
    """The 3D BAG pand layer: ~2% of the free panden missing, a few without heights."""
    in3d = in_use.copy()
    free_use = np.flatnonzero(in_use & (pand_complex < 0) & ~np.isin(kind, [K_KERK, K_BOER]))
    missing = rng.choice(free_use, size=min(len(free_use), round(0.02 * n)), replace=False)
    in3d[missing] = False
    remaining = np.setdiff1d(free_use, missing)
    nopts = rng.choice(remaining, size=min(len(remaining), max(2, round(0.005 * n))), replace=False)
    dak = h["dak_type"].copy()
    dak[nopts] = np.where(np.arange(len(nopts)) % 2 == 0, "no points", "unknown")
    no_h = np.zeros(n, bool)
    no_h[nopts] = True
    bl = pd.array(storeys, dtype="Int64")
    bl_null = (storeys > 5) | (rng.random(n) < 0.03) | no_h
    bl[bl_null] = pd.NA
    slanted = h["dak_type"] == "slanted"

    def fnull(a):
        return np.where(no_h, np.nan, np.round(a, 2))

    plat = np.where(slanted, area_m2 * rng.uniform(0.0, 0.05, n), area_m2 * rng.uniform(0.95, 1.0, n))
    schuin = np.where(slanted, area_m2 * rng.uniform(1.1, 1.2, n), 0.0)
    eff_h = np.where(slanted, h["eaves"] + 0.5 * h["rise"] - h["mv"], h["h70"] - h["mv"])
    vol = area_m2 * eff_h * rng.uniform(0.97, 1.0, n)
    bag3d = gpd.GeoDataFrame(
        {
            "identificatie": "NL.IMBAG.Pand." + pand_id.astype(str),
            "oorspronkelijkbouwjaar": year,
            "b3_h_maaiveld": np.round(h["mv"], 2),
            "b3_dak_type": dak,
            "b3_bouwlagen": bl,
            "b3_h_dak_min": fnull(h["hmin"]),
            "b3_h_dak_50p": fnull(h["h50"]),
            "b3_h_dak_70p": fnull(h["h70"]),
            "b3_h_dak_max": fnull(h["hmax"]),
            "b3_opp_grond": np.round(area_m2, 2),
            "b3_opp_dak_plat": fnull(plat),
            "b3_opp_dak_schuin": fnull(schuin),
            "b3_volume_lod22": fnull(vol),
            "b3_kwaliteitsindicator": rng.random(n) > 0.03,
            "b3_pw_onvoldoende": rng.random(n) < 0.02,
        },
        geometry=footprint,
        crs=RD,
    )
    bag3d["b3_bouwlagen"] = bl
    bag3d = bag3d[in3d].reset_index(drop=True)
    return bag3d, in3d
