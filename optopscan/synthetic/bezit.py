"""The corporatie's bezit export (VERA-like CSV)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from optopscan.synthetic.common import BEZIT_COLUMNS, KIND_LABEL, _group_offsets, _natural_key


def _bezit(
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
):
    """The corporatie's VHE export, with address-only, variant and unmatchable rows (recorded in ``scen``)."""
    vcomplex = pand_complex[vp]
    own_cand = np.flatnonzero((vcomplex >= 0) & v_woon)
    key = rng.random(len(own_cand))
    order = np.lexsort((key, vcomplex[own_cand]))
    oc = own_cand[order]
    rank = _group_offsets(vcomplex[oc])
    csize = np.bincount(vcomplex[oc], minlength=n_c)
    keep_n = np.round(csize * c_share).astype(np.int64)
    keep_n[gespikkeld] = np.clip(keep_n[gespikkeld], 1, csize[gespikkeld] - 1)
    owned = np.sort(oc[rank < keep_n[vcomplex[oc]]])
    bez = pd.DataFrame(
        {
            "c": vcomplex[owned],
            "Straatnaam": street_p[vp[owned]],
            "Huisnummer": huisnummer[owned].astype(str),
            "Huisletter": pd.Series(huisletter[owned]).fillna("").to_numpy(object),
            "Huisnummertoevoeging": pd.Series(toevoeging[owned]).fillna("").to_numpy(object),
            "Postcode": postcode_p[vp[owned]],
            "BAG-verblijfsobject-id": vbo_id[owned],
            "Bouwjaar": year[vp[owned]].astype(str),
            "kind": "ok",
        }
    )
    nb_rows = len(bez)
    # address-only rows (empty BAG id), some with differently written addresses
    n_addr = max(6, round(0.05 * nb_rows))
    has_l = np.flatnonzero(bez["Huisletter"].to_numpy() != "")
    has_t = np.flatnonzero(bez["Huisnummertoevoeging"].str.fullmatch(r"\d+").to_numpy())
    pick_l = rng.choice(has_l, size=min(2, len(has_l)), replace=False)
    pick_t = rng.choice(np.setdiff1d(has_t, pick_l), size=min(2, len(has_t)), replace=False)
    rest = np.setdiff1d(np.arange(nb_rows), np.r_[pick_l, pick_t])
    pick_r = rng.choice(rest, size=max(0, n_addr - len(pick_l) - len(pick_t)), replace=False)
    pick_s = pick_r[:2]
    addr_rows = np.sort(np.r_[pick_l, pick_t, pick_r]).astype(np.int64)
    bez.loc[addr_rows, "BAG-verblijfsobject-id"] = ""
    bez.loc[addr_rows, "kind"] = "adres"
    bez.loc[pick_l, "Huisletter"] = bez.loc[pick_l, "Huisletter"].str.lower()
    bez.loc[pick_t, "Huisnummertoevoeging"] = "-" + bez.loc[pick_t, "Huisnummertoevoeging"]
    pcs = bez.loc[pick_s, "Postcode"]
    bez.loc[pick_s, "Postcode"] = pcs.str[:4] + " " + pcs.str[4:]
    variant_rows = np.sort(np.r_[pick_l, pick_t, pick_s]).astype(np.int64)
    bez.loc[variant_rows, "kind"] = "adres_afwijkend"
    # unmatchable rows: address not in BAG, or a BAG id that does not exist
    n_unm = max(4, round(0.003 * nb_rows))
    src = rng.choice(nb_rows, size=n_unm, replace=False)
    unm = bez.loc[np.sort(src)].copy()
    unm["Huisnummer"] = (unm["Huisnummer"].astype(int) + 500).astype(str)
    unm["Huisletter"] = ""
    unm["Huisnummertoevoeging"] = ""
    unm["BAG-verblijfsobject-id"] = [
        "" if i % 2 == 0 else gemeentecode + "01" + f"{9999999990 - i:010d}" for i in range(n_unm)
    ]
    unm["kind"] = "onmatchbaar"
    bez = pd.concat([bez, unm], ignore_index=True)
    bez = bez.sort_values(
        ["c", "Straatnaam", "Postcode", "Huisnummer", "Huisletter", "Huisnummertoevoeging"],
        key=_natural_key,
        kind="stable",
    )
    bez = bez.reset_index(drop=True)
    bez["Complexnummer"] = complexnummers[bez["c"].to_numpy()]
    within = _group_offsets(bez["c"].to_numpy())
    bez["VHE-nummer"] = [f"{complex_start + c:04d}{w + 1:04d}" for c, w in zip(bez["c"], within, strict=True)]
    first_street = {}
    for c, s in zip(bez["c"], bez["Straatnaam"], strict=True):
        first_street.setdefault(c, s)
    bez["Complexnaam"] = [f"{KIND_LABEL[c_kind[c]]} {first_street[c]}" for c in bez["c"]]
    bez["Woonplaats"] = woonplaats
    # ~10% of ids with a stray space
    ids = bez["BAG-verblijfsobject-id"].to_numpy(dtype=object).copy()
    sp = (rng.random(len(ids)) < 0.1) & (ids != "")
    lead = rng.random(len(ids)) < 0.5
    ids[sp & lead] = " " + ids[sp & lead].astype(str)
    ids[sp & ~lead] = ids[sp & ~lead].astype(str) + " "
    bez["BAG-verblijfsobject-id"] = ids
    scen.vhe_alleen_adres = bez.loc[bez["kind"].isin(["adres", "adres_afwijkend"]), "VHE-nummer"].tolist()
    scen.vhe_adres_afwijkend = bez.loc[bez["kind"] == "adres_afwijkend", "VHE-nummer"].tolist()
    scen.vhe_onmatchbaar = bez.loc[bez["kind"] == "onmatchbaar", "VHE-nummer"].tolist()
    bezit = bez[BEZIT_COLUMNS].reset_index(drop=True)
    return bezit, bez, keep_n, csize, first_street
