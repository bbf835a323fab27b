"""PDOK's geopackage-validator accepts the sample shortlist (no errors; RQ23 valid geometries).

The validator needs GDAL's Python bindings, so it lives in its own venv (``.ci/run`` makes it
from Debian's python3-gdal) and is found through ``OPTOPSCAN_GPKG_VALIDATOR`` or the PATH.
Outside CI the test skips when it is absent; in CI (``CI=true``) that is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from optopscan.cli import main


def _validator() -> str:
    exe = os.environ.get("OPTOPSCAN_GPKG_VALIDATOR") or shutil.which("geopackage-validator")
    if exe and os.access(exe, os.X_OK):
        return exe
    reason = (
        "geopackage-validator (PyPI: pdok-geopackage-validator, met GDAL-bindings) niet gevonden; "
        ".ci/run installeert het en zet OPTOPSCAN_GPKG_VALIDATOR"
    )
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(reason)
    pytest.skip(reason)


def test_sample_shortlist_passes_geopackage_validator(tmp_path):
    exe = _validator()
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["-q", "scan", "--out", str(out), "--geen-kaart"])
    assert result.exit_code == 0, result.output
    run = subprocess.run(
        [exe, "validate", "--gpkg-path", str(out / "shortlist.gpkg")], capture_output=True, text=True, timeout=120
    )
    report = json.loads(run.stdout)
    errors = [r for r in report["results"] if r.get("level") == "error"]
    assert report["success"] is True, errors
    assert errors == []
    assert "RQ23" in report["validations_executed"]  # geometries valid and simple
    warnings = [loc for r in report["results"] if r["validation_code"] == "UNKNOWN_WARNINGS" for loc in r["locations"]]
    assert warnings == []  # e.g. no "GeoPackage version may only be partially supported"
