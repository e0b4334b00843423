"""A set of record ids kept as bits: a change that touches a hundred thousand budget lines notes
each one in a bit, not in a Python integer and a set slot (about 100 bytes)."""

from __future__ import annotations

from collections.abc import Iterator

BLOCK = 4096
"""Ids per block of bits (512 bytes): ids of one import are close together, so few blocks."""


class IdSet:
    """Positive integer ids, given back in increasing order."""

    def __init__(self) -> None:
        self._blocks: dict[int, bytearray] = {}

    def add(self, pk: int | None) -> None:
        """Note an id (None, a row not stored, is not noted)."""
        if pk is None:
            return
        block, bit = divmod(pk, BLOCK)
        bits = self._blocks.get(block)
        if bits is None:
            bits = self._blocks[block] = bytearray(BLOCK // 8)
        bits[bit >> 3] |= 1 << (bit & 7)

    def __contains__(self, pk: object) -> bool:
        if not isinstance(pk, int):
            return False
        block, bit = divmod(pk, BLOCK)
        bits = self._blocks.get(block)
        return bits is not None and bool(bits[bit >> 3] & (1 << (bit & 7)))

    def __iter__(self) -> Iterator[int]:
        for block in sorted(self._blocks):
            bits = self._blocks[block]
            start = block * BLOCK
            for i, byte in enumerate(bits):
                if byte:
                    for j in range(8):
                        if byte & (1 << j):
                            yield start + i * 8 + j

    def __bool__(self) -> bool:
        return bool(self._blocks)
