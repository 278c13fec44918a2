"""Sorting Chinese text as a Chinese reader expects: by pinyin (QCollator, ICU) where the
console speaks Chinese, by code point otherwise (a code-point order of 中文 titles means
nothing to a reader).

Comparing collator keys from Python costs a call each, too slow for 100,000 rows, so each
distinct text gets a *rank* once — its place among the texts seen, in collation order —
and rows sort by plain numbers. A text first seen later takes a rank between its
neighbours, so the ranks already handed out (and the rows placed by them) stay right.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from PySide6.QtCore import QCollator, QCollatorSortKey, QLocale


class Ranks:
    """Collation ranks of texts: ``rank(a) < rank(b)`` when ``a`` sorts before ``b``."""

    def __init__(self, language: str) -> None:
        self.collator = QCollator(QLocale(language))
        self.collator.setNumericMode(True)  # 2号楼 before 10号楼
        self._texts: list[str] = []  # in collation order
        self._keys: list[QCollatorSortKey] = []
        self._rank: dict[str, float] = {}

    def rebuild(self, texts: Iterable[str]) -> None:
        """Rank these texts afresh (when the board is sorted by them anew)."""
        pairs = sorted(((self.collator.sortKey(t), t) for t in set(texts)),
                       key=lambda pair: pair[0])  # fmt: skip
        self._keys = [k for k, _ in pairs]
        self._texts = [t for _, t in pairs]
        self._rank = {t: float(i) for i, t in enumerate(self._texts)}

    def rank(self, text: str) -> float:
        found = self._rank.get(text)
        if found is not None:
            return found
        key = self.collator.sortKey(text)
        at = bisect_left(self._keys, key)
        low = self._rank[self._texts[at - 1]] if at > 0 else -1.0
        high = self._rank[self._texts[at]] if at < len(self._texts) else low + 2.0
        # between its neighbours; when floats run out of room it shares the lower rank and
        # the text itself (the key's next part) orders the two
        rank = (low + high) / 2
        self._keys.insert(at, key)
        self._texts.insert(at, text)
        self._rank[text] = rank
        return rank
