"""Files with personal data on disk – uploads, letters to print, statements – are readable
by the installation's own user only: each file 0600, and every folder from the data folder
down to it 0700, whatever the process's umask and however wide a folder was made before.
Written under a temporary name and moved into place, so a reader never finds half a file."""

from __future__ import annotations

import os
from pathlib import Path

FILE_MODE, FOLDER_MODE = 0o600, 0o700


def folder(path: Path, root: Path) -> Path:
    """`path` with its missing parents, it and every folder up to `root` 0700."""
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    chain = [path, *path.parents]
    if Path(root) not in chain:
        raise ValueError(f"{path} is not below {root}")
    for part in chain[: chain.index(Path(root)) + 1]:
        part.chmod(FOLDER_MODE)  # mkdir's mode yields to the umask, and a folder may exist
    return path


def create(path: Path, root: Path) -> Path:
    """An empty file, 0600 before anything is written into it."""
    folder(path.parent, root)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE))
    path.chmod(FILE_MODE)  # an older file of that name keeps no wider mode
    return path


def write(path: Path, content: bytes, root: Path) -> Path:
    """The bytes at `path`, 0600 in 0700 folders up to `root`, whole or not at all."""
    draft = create(path.with_name(path.name + ".part"), root)
    draft.write_bytes(content)
    os.replace(draft, path)
    return path
