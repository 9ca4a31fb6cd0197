"""Writing a file so that a failure never leaves it half written.

Everything namefold writes (saved resolutions, DOT, GraphML, pictures, the command line's
``--out``) goes to a temporary file beside the target, which is flushed, synced to disk and
then renamed over the target. A failure at any point (an error, a full disk, a killed
process) leaves the target as it was: the old file, or none. Text is encoded before the
temporary file is made, so text that cannot be written (a lone surrogate such as ``\\ud800``)
is a ``ValueError`` and nothing is touched.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

__all__ = ["replace_with", "write_bytes", "write_text", "write_with"]


def write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` as UTF-8 to ``path``, all or nothing.

    Raises:
        ValueError: ``text`` cannot be encoded as UTF-8 (a lone surrogate); nothing is written.
        OSError: the file cannot be written; ``path`` is unchanged.
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as error:
        around = text[max(error.start - 20, 0) : error.end + 20]
        message = f"{os.fspath(path)}: text that UTF-8 cannot encode ({around!r}); nothing was written"
        raise ValueError(message) from None
    write_bytes(path, data)


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path``, all or nothing."""
    with replace_with(path) as temporary, open(temporary, "wb") as handle:
        handle.write(data)


@contextlib.contextmanager
def replace_with(path: str | os.PathLike[str]) -> Iterator[str]:
    """A temporary file's path beside ``path`` (same suffix) for the caller to write; when the
    block ends without an error, the file is synced and renamed over ``path``, else removed.
    """
    target = Path(path)
    temporary = _new_file_beside(target)
    try:
        yield temporary
        _sync(temporary, os.O_RDONLY)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync(str(target.parent), os.O_RDONLY | getattr(os, "O_DIRECTORY", 0), quiet=True)


def _new_file_beside(target: Path) -> str:
    """A new, empty file in ``target``'s folder, made with the permissions a plain ``open``
    would give (the process's umask applies)."""
    while True:
        name = target.parent / f".{target.name}.{secrets.token_hex(4)}.part{target.suffix}"
        try:
            os.close(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return str(name)


def _sync(path: str, flags: int, *, quiet: bool = False) -> None:
    """Flush ``path`` to disk (a directory, so that a rename lasts: where the platform allows)."""
    try:
        descriptor = os.open(path, flags)
    except OSError:
        if quiet:
            return
        raise
    try:
        os.fsync(descriptor)
    except OSError:
        if not quiet:
            raise
    finally:
        os.close(descriptor)


def write_with(path: str | os.PathLike[str], writer: Callable[[str], None]) -> None:
    """Let ``writer`` write the file at the path it is given, then put it at ``path``, all or
    nothing (for writers that take a path: networkx, matplotlib)."""
    with replace_with(path) as temporary:
        writer(temporary)
