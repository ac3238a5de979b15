"""Files with personal data are 0600 in folders of 0700 whatever the umask, an existing
folder is narrowed, and a file is whole or absent."""

from __future__ import annotations

import os

from core import private_files


def _mode(path) -> int:
    return path.stat().st_mode & 0o777


def test_a_file_is_0600_in_0700_folders_under_a_wide_umask(tmp_path):
    old = os.umask(0o002)
    try:
        (tmp_path / "letters").mkdir(mode=0o775)  # made earlier, wide open
        target = tmp_path / "letters" / "2026" / "job-7.pdf"
        private_files.write(target, b"%PDF-1.7", tmp_path)
    finally:
        os.umask(old)
    assert target.read_bytes() == b"%PDF-1.7"
    assert _mode(target) == 0o600
    assert _mode(target.parent) == 0o700 and _mode(tmp_path / "letters") == 0o700
    assert _mode(tmp_path) == 0o700  # the data folder itself: nobody else walks in
    assert not list(target.parent.glob("*.part"))


def test_a_folder_outside_the_data_folder_is_refused(tmp_path):
    import pytest

    with pytest.raises(ValueError):
        private_files.write(tmp_path / "x.pdf", b"", tmp_path / "data")


def test_an_existing_file_is_replaced_and_narrowed(tmp_path):
    target = tmp_path / "x.pdf"
    target.write_bytes(b"old")
    target.chmod(0o644)
    private_files.write(target, b"new", tmp_path)
    assert (target.read_bytes(), _mode(target)) == (b"new", 0o600)
    created = private_files.create(tmp_path / "dump.db", tmp_path)
    assert (created.read_bytes(), _mode(created)) == (b"", 0o600)
