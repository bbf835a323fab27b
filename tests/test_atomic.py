"""Atomic output: a failed write never leaves a half-written or missing file behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from optopscan.atomic import atomic_path, write_text_atomic


def test_write_text_atomic_replaces_the_target_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "kaart.html"
    target.write_text("oud", encoding="utf-8")
    assert write_text_atomic(target, "nieuw ë") == target
    assert target.read_text(encoding="utf-8") == "nieuw ë"
    assert [p.name for p in tmp_path.iterdir()] == ["kaart.html"]


def test_write_text_atomic_creates_missing_folders(tmp_path):
    target = tmp_path / "uit" / "diep" / "samenvatting.txt"
    write_text_atomic(str(target), "x")
    assert target.read_text() == "x"


def test_a_failure_keeps_the_old_file_and_removes_the_temporary_one(tmp_path):
    target = tmp_path / "shortlist.csv"
    target.write_text("vorige run", encoding="utf-8")
    seen: list[Path] = []
    with pytest.raises(RuntimeError, match="schrijven mislukt"), atomic_path(target) as tmp:
        seen.append(tmp)
        tmp.write_text("half geschreven", encoding="utf-8")
        raise RuntimeError("schrijven mislukt")
    assert target.read_text(encoding="utf-8") == "vorige run"
    assert not seen[0].exists()
    assert [p.name for p in tmp_path.iterdir()] == ["shortlist.csv"]


def test_a_failure_before_anything_is_written_leaves_no_target(tmp_path):
    target = tmp_path / "shortlist.gpkg"
    with pytest.raises(KeyError), atomic_path(target):
        raise KeyError("x")
    assert list(tmp_path.iterdir()) == []


def test_the_temporary_path_is_a_hidden_sibling_with_the_same_suffix_that_does_not_exist_yet(tmp_path):
    target = tmp_path / "shortlist.gpkg"
    with atomic_path(target) as tmp:
        # GDAL wants to create the file itself, and the suffix picks the driver
        assert tmp.parent == tmp_path
        assert tmp.suffix == ".gpkg"
        assert tmp.name.startswith(".shortlist-")
        assert not tmp.exists()
        tmp.write_bytes(b"gpkg")
    assert target.read_bytes() == b"gpkg"


def test_writing_nothing_inside_the_block_is_an_error_and_keeps_the_old_file(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("oud")
    with pytest.raises(FileNotFoundError), atomic_path(target):
        pass
    assert target.read_text() == "oud"
