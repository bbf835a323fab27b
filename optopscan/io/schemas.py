"""pandera schemas of the canonical frames, built from the plausible ranges in io.quality.

The loaders do the cleaning themselves (vectorised, with Dutch findings); these schemas state
the resulting contract in one place and check it: after loading, every number lies in its
plausible range or is NaN, ids are 16-digit text and unique. Used by the tests and available
to anyone who builds a canonical frame another way (``validate_frame(frame, "panden")``).
pandera is imported lazily: the scan does not need it.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from optopscan.io.quality import RANGES, Range

#: Frame name → its id column (16-digit BAG id, unique after loading).
ID_COLUMNS = {"panden": "pand_id", "verblijfsobjecten": "vbo_id", "bag3d": "pand_id"}


def _column(rng: Range) -> Any:
    import pandera.pandas as pa

    low, high = rng.low, rng.high
    checks = []
    if low is not None:
        checks.append(pa.Check.gt(low) if rng.low_open else pa.Check.ge(low))
    if high is not None:
        checks.append(pa.Check.le(high))
    return pa.Column(float, checks=checks, nullable=True, coerce=True, required=False)


def schema(name: str) -> Any:
    """The pandera DataFrameSchema of canonical frame ``name`` (a key of io.quality.RANGES)."""
    import pandera.pandas as pa

    columns = {rng.column: _column(rng) for rng in RANGES[name]}
    id_col = ID_COLUMNS.get(name)
    if id_col:
        columns[id_col] = pa.Column(str, pa.Check.str_matches(r"^\d{16}$"), unique=True, nullable=False)
    if name in ("panden", "bag3d"):
        columns["onwaarschijnlijk"] = pa.Column(object, nullable=True, required=False)
    if name == "bag3d":
        columns["hoogtebron"] = pa.Column(
            object, pa.Check.isin(["3dbag", "ahn"], ignore_na=True), nullable=True, required=False
        )
    return pa.DataFrameSchema(columns, strict=False, name=name)


def validate_frame(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """Check ``frame`` against :func:`schema` (all failures at once); raises
    ``pandera.errors.SchemaErrors`` listing each failing column, check and row."""
    plain = pd.DataFrame(frame.drop(columns="geometry", errors="ignore"))
    schema(name).validate(plain, lazy=True)
    return frame
