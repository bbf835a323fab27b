"""Geometry built in code for the form tests: rows of houses, flats, garageboxen."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from optopscan.config import load_settings
from optopscan.io.plans import Plannen

RD = "EPSG:28992"


@pytest.fixture(scope="session")
def settings():
    return load_settings()


def pid(i: int) -> str:
    return f"9999100000{i:06d}"


def bag(geoms: list, woon: list[bool]) -> gpd.GeoDataFrame:
    """BAG panden in the scan's canonical columns."""
    return gpd.GeoDataFrame(
        {"pand_id": [pid(i) for i in range(len(geoms))], "woonfunctie": woon},
        geometry=geoms,
        crs=RD,
    )


def per_pand(bag_panden: gpd.GeoDataFrame, woningen: list[int], bouwlagen: list[float], wonen=True):
    """The per-pand frame of build_panden (only the columns the forms read)."""
    return gpd.GeoDataFrame(
        {
            "pand_id": bag_panden["pand_id"].to_numpy(),
            "aantal_woningen": woningen,
            "bouwlagen": np.asarray(bouwlagen, dtype=float),
            "wonen_toegestaan": pd.array([wonen] * len(bag_panden), dtype="boolean"),
        },
        geometry=bag_panden.geometry.values,
        crs=RD,
    )


def plan(area, wonen: bool = True) -> Plannen:
    """One bestemming over ``area`` (wonen or groen)."""
    best = gpd.GeoDataFrame(
        {"bestemmingshoofdgroep": ["wonen" if wonen else "groen"], "wonen_toegestaan": [wonen]},
        geometry=[area],
        crs=RD,
    )
    maat = gpd.GeoDataFrame({"max_bouwhoogte_m": [np.nan]}, geometry=[area], crs=RD).iloc[:0]
    return Plannen(maatvoering=maat, bestemmingen=best)


def vlakken(*areas) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"bron": ["test"] * len(areas)}, geometry=list(areas), crs=RD)


def vbo_frame(rows: list[tuple[str, str, float]]) -> pd.DataFrame:
    """(pand_id, gebruiksdoel, oppervlakte) → BAG verblijfsobjecten."""
    df = pd.DataFrame(rows, columns=["pand_id", "gebruiksdoel", "oppervlakte"])
    df.insert(0, "vbo_id", [f"99990100000{i:05d}" for i in range(len(df))])
    df["woonfunctie"] = df["gebruiksdoel"].str.contains("woonfunctie")
    return df


def box(x0, y0, x1, y1):
    return shapely.box(x0, y0, x1, y1)
