"""Shared fixtures. Real-data tests read ``../shared/data/real`` (next to the repository) and
skip when that folder is absent (a fresh clone has no ``../shared``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

REAL_DATA = Path(__file__).parents[1].parent / "shared" / "data" / "real"

# hypothesis: no per-example deadline (CI and a shared 2-core machine are slow and uneven; a
# deadline there fails at random). `pytest --hypothesis-profile=grondig`: 1000 examples a test.
settings.register_profile("optopscan", deadline=None)
settings.register_profile("grondig", parent=settings.get_profile("optopscan"), max_examples=1000)
settings.load_profile("optopscan")


@pytest.fixture(scope="session")
def real_data() -> Path:
    """Path to the real Dutch open-data extracts; skips the test when absent."""
    if not REAL_DATA.is_dir():
        pytest.skip(f"echte testdata ontbreekt ({REAL_DATA})")
    return REAL_DATA
