"""The benchmark corpus: the repository's seed articles repeated, with vocalized text mixed in.

Every benchmark script builds its input here so that figures from different scripts
describe the same text. Sizes are in megabytes of UTF-8 (10**6 bytes): Arabic letters
take two bytes each, so 10 MB is about 5.5 million characters.

>>> text = seed_corpus(0.1)
>>> 0.1 <= len(text.encode("utf-8")) / 1e6 < 0.2
True
"""

from __future__ import annotations

import math
from pathlib import Path

__all__ = ["SEEDS_DIR", "VOCALIZED", "seed_corpus"]

#: ``seeds/`` at the repository root (this file is ``benchmarks/_corpus.py``).
SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"

#: Fully vocalized news-style sentences (harakat, tanween, shadda, sukun), written for
#: the benchmarks. Scraped news is mostly unvocalized; these keep the diacritics paths
#: of a normalizer busy. One of them carries Arabic-Indic digits.
VOCALIZED: tuple[str, ...] = (
    "قَالَ وَزِيرُ الْخَارِجِيَّةِ إِنَّ الْمُحَادَثَاتِ سَتُسْتَأْنَفُ فِي الْعَاصِمَةِ الْأُسْبُوعَ الْمُقْبِلَ.",
    "أَكَّدَ رَئِيسُ الْوُزَرَاءِ أَنَّ الْحُكُومَةَ مَاضِيَةٌ فِي تَنْفِيذِ خُطَّتِهَا الِاقْتِصَادِيَّةِ رَغْمَ الصُّعُوبَاتِ.",
    "وَأَعْلَنَتْ وِزَارَةُ الصِّحَّةِ تَسْجِيلَ ٣٠ إِصَابَةً جَدِيدَةً خِلَالَ الْيَوْمَيْنِ الْمَاضِيَيْنِ.",
    "وَشَدَّدَ الْمُتَحَدِّثُ بِاسْمِ الْجَيْشِ عَلَى أَنَّ الْوَضْعَ الْأَمْنِيَّ تَحْتَ السَّيْطَرَةِ.",
    "يُذْكَرُ أَنَّ الْبَرْلَمَانَ صَوَّتَ عَلَى مَشْرُوعِ الْقَانُونِ بِالْأَغْلَبِيَّةِ فِي جَلْسَتِهِ الْأَخِيرَةِ.",
    "وَمِنَ الْمُقَرَّرِ أَنْ تُعْقَدَ الْقِمَّةُ الْعَرَبِيَّةُ فِي شَهْرِ مَارِسَ الْمُقْبِلِ بِمُشَارَكَةِ قَادَةِ الدُّوَلِ الْأَعْضَاءِ.",
)


def _seed_texts() -> list[str]:
    paths = sorted(SEEDS_DIR.glob("*.txt"))
    if not paths:
        raise FileNotFoundError(f"no seed articles in {SEEDS_DIR}")
    return [p.read_text(encoding="utf-8").strip("\n") for p in paths]


def seed_corpus(target_mb: float, *, diacritized: bool = True) -> str:
    """Return at least ``target_mb`` megabytes (UTF-8) of seed articles, repeated.

    One block is every seed article in name order, one paragraph per line; with
    ``diacritized=True`` each article is followed by a paragraph of two
    :data:`VOCALIZED` sentences (about 5% of the text). Whole blocks are repeated
    until the size is reached, so the text never ends inside a paragraph and the
    size overshoots by less than one block (about 24 kB).

    >>> seed_corpus(0.01, diacritized=False).count("\u064e") < seed_corpus(0.01).count("\u064e")
    True
    """
    if not target_mb > 0 or math.isinf(target_mb):
        raise ValueError(f"target_mb must be a positive number, not {target_mb!r}")
    parts: list[str] = []
    for i, article in enumerate(_seed_texts()):
        parts.append(article)
        if diacritized:
            n = len(VOCALIZED)
            parts.append(VOCALIZED[2 * i % n] + " " + VOCALIZED[(2 * i + 1) % n])
    block = "\n".join(parts) + "\n"
    copies = math.ceil(target_mb * 1e6 / len(block.encode("utf-8")))
    return block * copies
