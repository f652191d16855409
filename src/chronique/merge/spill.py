"""A scratch file for the merge: records written once, read back by position.

The merge reads every event mention of the store once, writes each (pickled) here and keeps only
its position and the few facts that place it in a block; a block's mentions are read back when
the block is merged. So the merge holds one block at a time, not the corpus. The file is
anonymous (deleted when closed, or when the process ends) and lives in the temporary folder
(``TMPDIR``).
"""

from __future__ import annotations

import pickle
import tempfile
from typing import Any


class Spill:
    """An append-only scratch file of pickled objects; :meth:`add` gives where one went."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="chronique-merge-")  # noqa: SIM115 - closed by close()
        self._end = 0

    def add(self, item: Any) -> tuple[int, int]:
        """Write ``item``; its (offset, length) for :meth:`get`."""
        data = pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
        self._file.seek(self._end)
        self._file.write(data)
        where = (self._end, len(data))
        self._end += len(data)
        return where

    def get(self, where: tuple[int, int]) -> Any:
        offset, length = where
        self._file.seek(offset)
        return pickle.loads(self._file.read(length))  # noqa: S301 - our own file

    @property
    def size(self) -> int:
        return self._end

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
