"""Context layers: voorzieningen, buurten/wijken/gemeente, parkeerzones."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from optopscan.synthetic.common import (
    BUURT_H,
    BUURT_W,
    ENERGIEKLASSEN,
    GEMEENTECODE,
    GEMEENTENAAM,
    K_BOER,
    K_EGW,
    K_SCH,
    K_SUP,
    K_WW,
    RD,
    STREET,
    THEMES,
    WOONPLAATS,
    _group_offsets,
)
from optopscan.synthetic.layout import _buurt_rect


def _voorzieningen(lay, keep_block, bblock, kind, x0, y0, x1, y1, street_p, rng, woonplaats=WOONPLAATS):
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    rows = []  # soort, naam, hov, x, y

    def add(idx, soort, fmt, dx=0.0, dy=0.0):
        for i in idx:
            rows.append((soort, fmt.format(street=street_p[i]), False, cx[i] + dx, cy[i] + dy))

    add(np.flatnonzero(kind == K_SUP), "supermarkt", "Supermarkt {street}")
    add(np.flatnonzero(kind == K_SCH), "basisschool", "Basisschool {street}")
    ww = np.flatnonzero(kind == K_WW)
    bu = lay["block_buurt"][bblock[ww]]
    col, rw = lay["bcol"][bu], lay["brow"][bu]
    add(ww[(col % 3 == 0) & (rw % 3 == 0)], "huisarts", "Huisartsenpraktijk {street}", -8.0)
    add(ww[(col % 2 == 0) & (rw % 2 == 1)], "apotheek", "Apotheek {street}", 8.0)
    add(ww[(col % 2 == 1) & (rw % 2 == 0)], "apotheek", "Apotheek {street}", 8.0)
    # bus stops at street crossings every third block
    kb = np.flatnonzero(keep_block)
    gx, gy = lay["gx"][kb], lay["gy"][kb]
    stop = (gx % 3 == 0) & (gy % 3 == 0)
    sb = kb[stop]
    hx = lay["bx0"][sb] - STREET
    hy = lay["by0"][sb] - STREET
    hov = (lay["gx"][sb] % 15 == 6) & (lay["gy"][sb] % 15 == 6)
    if not hov.any() and len(sb):
        mx, my = np.mean(hx), np.mean(hy)
        hov[np.argmin((hx - mx) ** 2 + (hy - my) ** 2)] = True
    for i in range(len(sb)):
        rows.append(
            (
                "ov_halte",
                f"Halte {woonplaats} {i + 1:03d}" + (" (station)" if hov[i] else ""),
                bool(hov[i]),
                hx[i],
                hy[i],
            )
        )
    df = pd.DataFrame(rows, columns=["soort", "naam", "hov", "x", "y"])
    return gpd.GeoDataFrame(df[["soort", "naam", "hov"]], geometry=shapely.points(df["x"], df["y"]), crs=RD)


def _buurten(
    lay,
    used_buurt,
    vp,
    v_woon,
    pbuurt,
    voorz,
    rng,
    gemeentecode=GEMEENTECODE,
    gemeentenaam=GEMEENTENAAM,
    woonplaats=WOONPLAATS,
):
    nb = len(used_buurt)
    polys = np.array([_buurt_rect(lay, bu) for bu in used_buurt])
    col, rw = lay["bcol"][used_buurt], lay["brow"][used_buurt]
    wijk_col, wijk_row = col // 2, rw // 2
    wcols = int(wijk_col.max()) + 1
    wijk = wijk_row * wcols + wijk_col
    _, wijk = np.unique(wijk, return_inverse=True)
    local = _group_offsets(np.sort(wijk))[np.argsort(np.argsort(wijk, kind="stable"))]
    wijkcode = np.array([f"WK{gemeentecode}{w:02d}" for w in wijk], dtype=object)
    buurtcode = np.array(
        [f"BU{gemeentecode}{w:02d}{loc + 1:02d}" for w, loc in zip(wijk, local, strict=True)], dtype=object
    )
    theme_names = np.array([t[0] for t in THEMES], dtype=object)
    rounds = used_buurt // len(THEMES)
    buurtnaam = theme_names[used_buurt % len(THEMES)]
    buurtnaam = np.where(rounds > 0, buurtnaam + " " + (rounds + 1).astype(str), buurtnaam)
    windrose = ["Noord", "Zuid", "Oost", "West", "Centrum", "Midden"]
    wijknaam = np.array(
        [f"{woonplaats}-{windrose[w % 6]}" + (f" {w // 6 + 1}" if w >= 6 else "") for w in wijk], dtype=object
    )
    pos = np.searchsorted(used_buurt, pbuurt[vp])
    n_addr = np.bincount(pos, minlength=nb)
    n_woon = np.bincount(pos, weights=v_woon.astype(float), minlength=nb)
    area_km2 = BUURT_W * BUURT_H / 1e6
    inwoners = (np.round(n_woon * rng.uniform(1.9, 2.3, nb) / 5) * 5).astype(np.int64)
    oad = np.round(n_addr / area_km2 * rng.uniform(0.6, 0.8, nb)).astype(np.int64)
    sted = np.select([oad >= 2500, oad >= 1500, oad >= 1000, oad >= 500], [1, 2, 3, 4], 5)
    centers = shapely.centroid(polys)
    dist = {}
    for soort in ("supermarkt", "huisarts", "basisschool"):
        pts = voorz.geometry[voorz["soort"] == soort].to_numpy()
        if len(pts) == 0:
            dist[soort] = np.full(nb, -99997.0)
            continue
        tree = shapely.STRtree(pts)
        (src, _), d = tree.query_nearest(centers, return_distance=True, all_matches=False)
        out = np.empty(nb)
        out[src] = np.round(d / 1000.0, 1)
        dist[soort] = out
    leef = np.round(rng.uniform(3.8, 4.6, nb), 2)
    inwoners = inwoners.astype(np.int64)
    idx = np.arange(nb)
    inwoners[(idx % 97) == 1] = -99997
    huisarts = dist["huisarts"].copy()
    huisarts[(idx % 89) == 2] = -99995
    buurten = gpd.GeoDataFrame(
        {
            "_buurt": used_buurt,
            "buurtcode": buurtcode,
            "buurtnaam": buurtnaam,
            "wijkcode": wijkcode,
            "wijknaam": wijknaam,
            "gemeentecode": "GM" + gemeentecode,
            "gemeentenaam": gemeentenaam,
            "water": "NEE",
            "aantal_inwoners": inwoners,
            "omgevingsadressendichtheid": oad,
            "stedelijkheid_adressen_per_km2": sted.astype(np.int64),
            "afstand_tot_grote_supermarkt": dist["supermarkt"],
            "afstand_tot_huisartsenpraktijk": huisarts,
            "afstand_tot_school": dist["basisschool"],
            "leefbaarometer_score": leef,
        },
        geometry=shapely.multipolygons(polys, indices=np.arange(nb)) if nb else polys,
        crs=RD,
    )
    buurten = buurten.sort_values("buurtcode").reset_index(drop=True)
    w = buurten.dissolve(
        by=["wijkcode", "wijknaam"],
        as_index=False,
        aggfunc={"gemeentecode": "first", "gemeentenaam": "first", "water": "first"},
    )
    w["aantal_inwoners"] = (
        buurten[buurten["aantal_inwoners"] > -99990]
        .groupby("wijkcode")["aantal_inwoners"]
        .sum()
        .reindex(w["wijkcode"])
        .fillna(-99997)
        .astype(np.int64)
        .to_numpy()
    )
    w["geometry"] = _as_multi(w.geometry)
    wijken = (
        w[["wijkcode", "wijknaam", "gemeentecode", "gemeentenaam", "water", "aantal_inwoners", "geometry"]]
        .sort_values("wijkcode")
        .reset_index(drop=True)
    )
    gem = gpd.GeoDataFrame(
        {
            "gemeentecode": ["GM" + gemeentecode],
            "gemeentenaam": [gemeentenaam],
            "water": ["NEE"],
            "aantal_inwoners": [int(buurten.loc[buurten["aantal_inwoners"] > -99990, "aantal_inwoners"].sum())],
        },
        geometry=_as_multi(gpd.GeoSeries([shapely.union_all(polys)], crs=RD)),
        crs=RD,
    )
    return buurten, wijken, gem


def _as_multi(geoms: gpd.GeoSeries) -> list:
    out = []
    for g in geoms:
        out.append(g if g.geom_type == "MultiPolygon" else shapely.multipolygons([g]))
    return out


def _parkeerzones(buurten: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    xmin, ymin, xmax, ymax = buurten.total_bounds
    cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
    w, hgt = xmax - xmin, ymax - ymin
    extent = shapely.box(xmin, ymin, xmax, ymax)
    centrum = shapely.box(cx - 0.15 * w, cy - 0.15 * hgt, cx + 0.15 * w, cy + 0.15 * hgt)
    mid = shapely.box(cx - 0.33 * w, cy - 0.33 * hgt, cx + 0.33 * w, cy + 0.33 * hgt)
    district = shapely.union_all(buurten.geometry.to_numpy())
    zones = shapely.intersection(
        np.array([centrum, shapely.difference(mid, centrum), shapely.difference(extent, mid)]), district
    )
    out = gpd.GeoDataFrame(
        {"zone": ["centrum", "schil", "rest"], "parkeernorm": [0.8, 1.1, 1.4]},
        geometry=zones,
        crs=RD,
    )
    return out[~out.geometry.is_empty].reset_index(drop=True)


# ------------------------------------------------------------------------------------------


def _energielabels(
    v_woon, vstatus, nv, vp, year, kind, postcode_p, huisnummer, huisletter, toevoeging, vbo_id, pand_id, opp, rng
):
    """EP-Online labels for about 60% of the woningen in use."""
    labelled = np.flatnonzero(v_woon & (vstatus == "Verblijfsobject in gebruik") & (rng.random(nv) < 0.6))
    yr = year[vp[labelled]]
    score = (yr - 1945) / 75.0 * 8.0 + rng.normal(0, 1.1, len(labelled)) + 0.8
    cls = np.clip(np.round(score), 0, len(ENERGIEKLASSEN) - 1).astype(np.int64)
    ei = np.clip(3.1 - 0.27 * cls + rng.normal(0, 0.08, len(labelled)), 0.3, 3.6)
    days = rng.integers(0, 3650, len(labelled))
    reg = (np.datetime64("2015-01-01") + days.astype("timedelta64[D]")).astype(str)
    opn = (np.datetime64("2015-01-01") + (days - rng.integers(3, 40, len(labelled))).astype("timedelta64[D]")).astype(
        str
    )
    geldig = [f"{int(d[:4]) + 10}{d[4:]}" for d in reg]
    pk = kind[vp[labelled]]
    energielabels = pd.DataFrame(
        {
            "Pand_opnamedatum": opn,
            "Pand_opnametype": "Basisopname",
            "Pand_status": "Bestaand",
            "Pand_berekeningstype": np.where(reg < "2021-01-01", "NEN7120", "NTA 8800:2022"),
            "Pand_energieprestatieindex": np.round(ei, 2),
            "Pand_energieklasse": ENERGIEKLASSEN[cls],
            "Pand_energielabel_is_prive": "Nee",
            "Pand_is_op_basis_van_referentie_gebouw": "Nee",
            "Pand_gebouwklasse": "W",
            "Meting_geldig_tot": geldig,
            "Pand_registratiedatum": reg,
            "Pand_postcode": postcode_p[vp[labelled]],
            "Pand_huisnummer": huisnummer[labelled],
            "Pand_huisletter": pd.Series(huisletter[labelled]).fillna("").to_numpy(object),
            "Pand_huisnummertoevoeging": pd.Series(toevoeging[labelled]).fillna("").to_numpy(object),
            "Pand_bagverblijfsobjectid": vbo_id[labelled],
            "Pand_bagligplaatsid": "",
            "Pand_bagstandplaatsid": "",
            "Pand_bagpandid": pand_id[vp[labelled]],
            "Pand_gebouwtype": np.select(
                [pk == K_EGW, pk == K_BOER], ["Tussenwoning", "Vrijstaande woning"], "Appartement"
            ),
            "Pand_gebouwsubtype": "",
            "Pand_gebruiksoppervlakte_thermische_zone": opp[labelled].astype(float),
        }
    )
    return energielabels
