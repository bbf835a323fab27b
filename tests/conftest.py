"""Shared fixtures. Real-data tests read ``../shared/data/real`` (next to the repository) and
skip when that folder is absent (a fresh clone has no ``../shared``)."""

from __future__ import annotations

from pathlib import Path

import pytest

REAL_DATA = Path(__file__).parents[1].parent / "shared" / "data" / "real"


@pytest.fixture(scope="session")
def real_data() -> Path:
    """Path to the real Dutch open-data extracts; skips the test when absent."""
    if not REAL_DATA.is_dir():
        pytest.skip(f"echte testdata ontbreekt ({REAL_DATA})")
    return REAL_DATA
