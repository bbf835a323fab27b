"""Pre-flight memory check: a scan that cannot fit stops before reading, with a Dutch message."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from scenario import build_world

import optopscan.inputs as inputs_mod
from optopscan.cli import main
from optopscan.config import load_settings


def test_scan_stops_with_dutch_message_when_memory_is_too_small(tmp_path, monkeypatch):
    config = build_world(tmp_path / "wereld")
    out = tmp_path / "uit"
    read = []
    monkeypatch.setattr(inputs_mod, "_available_memory", lambda: 1000)
    monkeypatch.setattr(inputs_mod.bag, "read_panden", lambda *a, **k: read.append(a) or None)
    result = CliRunner().invoke(main, ["scan", "--config", str(config), "--out", str(out), "--geen-kaart", "-q"])
    assert result.exit_code == 1, result.output
    assert "onvoldoende geheugen" in result.output
    assert "48 objecten" in result.output  # 4 BAG panden + 40 verblijfsobjecten + 4 3D BAG panden
    assert "kleiner gebied" in result.output and "--engine dask" in result.output
    assert "Traceback" not in result.output
    assert read == []  # stopped before reading anything
    assert not out.exists() or not any(out.iterdir())  # no partial output


def test_estimate_counts_bag_and_3dbag_features(tmp_path, monkeypatch):
    settings = load_settings(build_world(tmp_path / "wereld"))
    features, need = inputs_mod.estimate_memory(settings)
    # the world: 4 BAG panden, 4 x 10 verblijfsobjecten, 4 3D BAG panden; with bezit no area term
    assert features == 4 + 40 + 4
    assert need == 48 * inputs_mod.BYTES_PER_FEATURE
    monkeypatch.setattr(inputs_mod, "_available_memory", lambda: need)  # just enough: no error
    inputs_mod.check_memory(settings)
    monkeypatch.setattr(inputs_mod, "_available_memory", lambda: need - 1)  # one byte short: stop
    with pytest.raises(inputs_mod.OnvoldoendeGeheugenError, match="48 objecten"):
        inputs_mod.check_memory(settings)


def test_area_scan_estimate_counts_a_complex_per_pand(tmp_path):
    import dataclasses

    settings = load_settings(build_world(tmp_path / "wereld"))
    area = dataclasses.replace(settings, invoer=dataclasses.replace(settings.invoer, bezit=None))
    features, with_bezit = inputs_mod.estimate_memory(settings)
    _, without = inputs_mod.estimate_memory(area)
    assert without - with_bezit == 4 * inputs_mod.BYTES_PER_AREA_COMPLEX  # the world has 4 panden
