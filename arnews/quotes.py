"""Quotations in Arabic news text, with their speaker, reporting verb and exact offsets.

:func:`extract_quotes` finds every span between paired quote marks and tells
reported speech (``direct=True``) from quoted names, labels and titles
(``direct=False``). For reported speech it names the speaker as the text writes
it nearest the quote and the reporting verb (the *cue*), both with offsets into
the input. See ``docs/quotes.md`` for the rules and their limits.

>>> q = extract_quotes('وقال الوزير: "سنواصل العمل".')[0]
>>> q.text, q.speaker, q.cue, q.direct
('سنواصل العمل', 'الوزير', 'وقال', True)
>>> extract_quotes('وقال ريابكوف خلال برنامج "اللعبة الكبيرة" إن الاتصال ضروري')[0].direct
False

The work is linear in the length of the input: marks are paired with a bounded
look-ahead, cues and names are matched on a folded view (:func:`arnews.normalize.fold`)
token by token with bounded windows, and offsets are mapped back to the input.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from itertools import accumulate, compress
from types import MappingProxyType
from typing import NamedTuple

import attrs

from arnews import _unicode
from arnews._check import ensure_str
from arnews.data import quotes as lex
from arnews.normalize import Folded, fold

__all__ = ["Quote", "extract_quotes"]


@attrs.frozen
class Quote:
    """One quoted span.

    ``text`` is what stands between the marks without the spaces next to them;
    ``text == source[start:end]``. ``speaker`` and ``cue`` are written as in the
    source (``source[speaker_start:speaker_end] == speaker``), or ``None``.
    ``direct`` is ``True`` for words attributed to a speaker and ``False`` for a
    name, label or title in marks. ``rule`` names the pattern that decided.
    ``speaker_resolved`` is the fullest form of the speaker in the same text when
    one is found (a name for a title: ``وزير الخارجية الأمريكي`` -> ``أنتوني بلينكين``,
    a first name for a surname: ``ريابكوف`` -> ``سيرغي ريابكوف``), else the speaker.
    """

    text: str
    start: int
    end: int
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    direct: bool
    rule: str
    speaker_resolved: str | None = None


# ---------------------------------------------------------------------------
# Tunables (bounds keep every step linear)
# ---------------------------------------------------------------------------

_MAX_QUOTE_CHARS = 3000  # a quote longer than this is a stray mark
_MAX_LOOKAHEAD = 24  # marks examined after an opening mark
_MAX_CUE_WORDS = 60  # words searched back from a quote for its cue
_MAX_NP_WORDS = 9  # words in a speaker noun phrase
_MAX_SVO_WORDS = 6  # words in a subject written before its verb
_RESOLVE_WINDOW = 5_000  # characters searched around a quote for the speaker's name
_CONTEXT_LINES = 4  # lines read before a quote's line (cues, carried-over speakers)
_CONTEXT_CHARS = 3000  # at most this many characters per context line
_MAX_CARRY = 30  # earlier speakers examined for a carried-over subject
_SHORT = 3  # a quote of at most this many words may be a name or a label

_MARK_RE = re.compile("[" + re.escape(lex.MARKS) + "]")
# Tokens: a word, a line break, any other character but a space.
_TOKEN_SPLIT_RE = re.compile(r"(\w+|\n|[^\w\s])")
_WORD_RE = re.compile(r"\w+")
_SENTENCE_END = frozenset(".!?؟")
_CLOSERS = MappingProxyType(dict(lex.OPEN_CLOSE))

_M, _F, _PL = "m", "f", "pl"

# Possessive pronoun suffixes ("حديثه", "خطابها", "بيانهم"), folded alike.
_POSSESSIVES = ("ه", "ها", "هم")
# Verbs that name a source before "في" ("وجاء في البيان") or "عن" ("صدر عن الحاكم").
_SOURCE_VERBS_FI = ("جاء", "وجاء", "ورد", "وورد")
_SOURCE_VERBS_AN = ("صدر", "وصدر", "صادر", "الصادر")


# ---------------------------------------------------------------------------
# Lexicons folded once
# ---------------------------------------------------------------------------


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(w).text for w in words)


def _with_conj(words: Iterable[str]) -> dict[str, str]:
    """Folded word -> folded word without its conjunction, for w- and f- forms."""
    out: dict[str, str] = {}
    for w in words:
        f = fold(w).text
        out[f] = f
        out["و" + f] = f
        out["ف" + f] = f
    return out


class _Lex(NamedTuple):
    verbs: MappingProxyType[str, str]  # folded form (with conjunction) -> feature
    participles: MappingProxyType[str, str]
    other_verbs: MappingProxyType[str, str]
    evaluative: frozenset[str]
    complementizers: frozenset[str]
    np_stop: frozenset[str]
    np_skip: frozenset[str]
    pronoun_pps: frozenset[str]
    source_heads: frozenset[str]
    after_formulas: frozenset[str]
    label_nouns: frozenset[str]
    conjunctions: frozenset[str]
    editorial: frozenset[str]
    org_heads: frozenset[str]
    label_far: frozenset[str]
    speech_starts: frozenset[str]
    to_channel: frozenset[str]
    honorifics: frozenset[str]
    addressees: frozenset[str]
    person_nouns: frozenset[str]
    naming: frozenset[str]
    relay: frozenset[str]
    transitive: frozenset[str]
    comp_only: frozenset[str]
    bi_verbs: frozenset[str]
    governed: frozenset[str]
    document_words: frozenset[str]
    intensifiers: frozenset[str]
    noun_makers: frozenset[str]
    index_verbs: frozenset[str]  # verbs whose subjects are indexed (not editorial, not relay)
    cue_words: frozenset[str]  # every word that may be a cue (a pre-check of _cue_kind)
    np_enders: frozenset[str]  # the words that end a speaker noun phrase (see _np_stop)


@cache
def _lex() -> _Lex:
    verbs: dict[str, str] = {}
    tables: tuple[tuple[str, tuple[str, ...]], ...] = (
        (_M, lex.CUE_VERBS_M),
        (_F, lex.CUE_VERBS_F),
        (_PL, lex.CUE_VERBS_PL),
    )
    for feat, words in tables:
        for w in _with_conj(words):
            verbs.setdefault(w, feat)
    for w in _with_conj(lex.RELAY_VERBS):
        verbs.setdefault(w, "?")
    parts: dict[str, str] = {}
    tables = (
        (_M, lex.CUE_PARTICIPLES_M),
        (_F, lex.CUE_PARTICIPLES_F),
        (_PL, lex.CUE_PARTICIPLES_PL),
    )
    for feat, words in tables:
        for w in _with_conj(words):
            parts.setdefault(w, feat)
    other: dict[str, str] = {}
    for w in lex.OTHER_VERBS:
        feat = _F if fold(w).text.endswith("ت") else _M
        for v in _with_conj([w]):
            other.setdefault(v, feat)
    evaluative = frozenset(_with_conj(lex.EVALUATIVE_CUES))
    labels: set[str] = set()
    for w in lex.LABEL_NOUNS:
        f = fold(w).text
        for pre in ("", "و", "ب", "ل", "ف", "وب", "ول", "ال", "وال", "بال", "لل"):
            labels.add(pre + f)
    editorial = _folded(lex.EDITORIAL)
    relay = frozenset(_with_conj(lex.RELAY_VERBS))
    source_heads = _folded(lex.SOURCE_HEADS)
    np_stop = frozenset(_with_conj(lex.NP_STOP)) | _folded(lex.COMPLEMENTIZERS)
    to_channel = frozenset("ل" + fold(w).text for w in lex.CHANNEL_WORDS)
    after_formulas = _folded(lex.AFTER_FORMULAS)
    addressees = frozenset(_with_conj(lex.ADDRESSEES))
    naming = frozenset(_with_conj(lex.NAMING_WORDS))
    return _Lex(
        verbs=MappingProxyType(verbs),
        participles=MappingProxyType(parts),
        other_verbs=MappingProxyType(other),
        evaluative=evaluative,
        complementizers=_folded(lex.COMPLEMENTIZERS),
        np_stop=np_stop,
        np_skip=_folded(lex.NP_SKIP),
        pronoun_pps=_folded(lex.PRONOUN_PPS),
        source_heads=source_heads,
        after_formulas=after_formulas,
        label_nouns=frozenset(labels),
        conjunctions=_folded(lex.CONJUNCTIONS),
        editorial=editorial,
        org_heads=_folded(lex.ORG_HEADS),
        label_far=frozenset(
            pre + fold(w).text for w in lex.LABEL_NOUNS_FAR for pre in ("", "و", "ب", "ل", "ال")
        ),
        transitive=frozenset(_with_conj(lex.TRANSITIVE)),
        speech_starts=_folded(lex.SPEECH_STARTS),
        to_channel=to_channel,
        honorifics=frozenset(_with_conj(lex.HONORIFICS)),
        addressees=addressees,
        person_nouns=_folded(lex.PERSON_NOUNS),
        naming=naming,
        relay=relay,
        comp_only=frozenset(_with_conj(lex.COMP_ONLY_CUES)),
        bi_verbs=frozenset(_with_conj(lex.BI_VERBS)) | frozenset(_with_conj(lex.EVALUATIVE_CUES)),
        governed=_folded(lex.GOVERNED_PREPS),
        document_words=_folded(lex.DOCUMENT_WORDS),
        intensifiers=_folded(lex.INTENSIFIERS),
        noun_makers=_folded(lex.NOUN_MAKERS),
        index_verbs=frozenset((verbs.keys() | other.keys()) - editorial - relay),
        cue_words=frozenset(verbs.keys() | parts.keys() | relay | source_heads)
        | frozenset(_SOURCE_VERBS_FI + _SOURCE_VERBS_AN),
        np_enders=frozenset(
            np_stop.union(
                verbs, parts, source_heads, to_channel, after_formulas, addressees, naming
            )
        ),
    )


# ---------------------------------------------------------------------------
# Pairing quote marks
# ---------------------------------------------------------------------------


def _soft(ch: str) -> bool:
    """Space, punctuation, symbol or another mark: what may stand beside a mark's outer side."""
    if ch.isalnum():
        return False
    if ch.isspace() or ch in lex.MARKS:
        return True
    return _unicode.category(ch)[0] in "PSZC"


def _all_flanks(text: str, marks: list[int]) -> list[tuple[bool, bool]]:
    """(soft before, soft after) for every mark, the start or end of the text counting
    as soft (each distinct neighbouring character classified once)."""
    n = len(text)
    soft = {ch: _soft(ch) for ch in {text[i + d] for i in marks for d in (-1, 1) if 0 <= i + d < n}}
    return [
        (soft[text[i - 1]] if i > 0 else True, soft[text[i + 1]] if i + 1 < n else True)
        for i in marks
    ]


def _closing_candidates(
    chars: list[str], flanks: list[tuple[bool, bool]], closers: str
) -> list[int]:
    """Indices of the marks that may close an opening mark whose closers are ``closers``.

    Not one written like an opening mark (soft before, not after); a secondary
    closer only when written like a closing mark (not soft before, soft after)."""
    primary = closers[0]
    return [
        j
        for j, (c, (b, a)) in enumerate(zip(chars, flanks, strict=True))
        if c in closers and not (b and not a) and (c == primary or (not b and a))
    ]


def _pair_marks(text: str) -> list[tuple[int, int]]:
    """Pairs of (opening, closing) mark offsets, in text order, never overlapping.

    A mark written like a closing mark (a letter before it, a space or punctuation
    after it) never opens; one written like an opening mark never closes. An
    opening mark with no partner within the look-ahead is a stray and skipped.
    """
    marks = [m.start() for m in _MARK_RE.finditer(text)]
    if len(marks) < 2:
        return []
    breaks = [m.start() for m in re.finditer("\n", text)] if "\n" in text else []
    flanks = _all_flanks(text, marks)
    chars = [text[q] for q in marks]
    # Closers -> indices of the marks that may close an opening mark with those
    # closers, so that finding the partner is one bisection (the first such mark
    # after the opening mark, if within the look-ahead).
    candidates: dict[str, list[int]] = {}
    pairs: list[tuple[int, int]] = []
    i = 0
    n = len(marks)
    while i < n - 1:
        pos = marks[i]
        ch = text[pos]
        soft_before, soft_after = flanks[i]
        pure_closer = not soft_before and soft_after
        # "، ” ألف سلامة “.": a reversed opening mark with a space inside.
        spaced_open = (
            ch in lex.CLOSE_ONLY
            and soft_before
            and pos + 2 < len(text)
            and text[pos + 1] == " "
            and text[pos + 2].isalpha()
        )
        if pure_closer or (ch in lex.CLOSE_ONLY and soft_after and not spaced_open):
            i += 1
            continue
        closers = _CLOSERS[ch]
        if ch == "\u201d" and soft_before:
            # ”...” typed with one key: an opening-shaped ” (space before, letter after) may
            # close on a closing-shaped ”; a word glued between two ” (بـ”الفاشلة”) stays none.
            closers = "\u201c\u201d"
        found = -1
        cands = candidates.get(closers)
        if cands is None:
            cands = candidates[closers] = _closing_candidates(chars, flanks, closers)
        c_at = bisect.bisect_right(cands, i)
        j = cands[c_at] if c_at < len(cands) else n
        if j < min(n, i + 1 + _MAX_LOOKAHEAD) and marks[j] - pos <= _MAX_QUOTE_CHARS:
            found = j
            if breaks:
                q = marks[j]
                lo = bisect.bisect_left(breaks, pos)
                hi = bisect.bisect_left(breaks, q)
                if hi - lo > 1 or (hi - lo == 1 and j != i + 1):
                    found = _block_close(text, marks, flanks, breaks, i)
        if found < 0:
            i += 1
            continue
        q = marks[found]
        inner = text[pos + 1 : q].strip()
        if inner[:1] in ("،", ",", "؛", ";"):
            # "... وداخله “، مبينا ان” ...": no quote starts with a comma; these marks
            # close one quote and open the next (swapped, spaced marks).
            i += 1
            continue
        if inner:
            pairs.append((pos, q))
        i = found + 1
    return pairs


def _block_close(
    text: str,
    marks: list[int],
    flanks: list[tuple[bool, bool]],
    breaks: list[int],
    i: int,
) -> int:
    """The closing mark of a statement quoted over several paragraphs, or -1.

    The opening mark starts its line (``البيان الآتي:\n“...``); inner quotes
    (``من فئة “أ”``) nest; the closing mark ends a line. Bounded by the look-ahead
    and by :data:`_MAX_QUOTE_CHARS`.
    """
    pos = marks[i]
    b0 = bisect.bisect_left(breaks, pos)
    line_start = breaks[b0 - 1] + 1 if b0 else 0
    if pos - line_start > 8 or text[line_start:pos].strip():
        return -1
    closers = _CLOSERS[text[pos]]
    depth = 0
    for j in range(i + 1, min(len(marks), i + 1 + _MAX_LOOKAHEAD)):
        q = marks[j]
        if q - pos > _MAX_QUOTE_CHARS:
            return -1
        b, a = flanks[j]
        if b and not a:
            depth += 1  # an inner quote opens
            continue
        if depth:
            depth -= 1
            continue
        if text[q] not in closers:
            return -1
        k = bisect.bisect_left(breaks, q)
        line_end = breaks[k] if k < len(breaks) else len(text)
        rest = text[q + 1 : line_end]
        if rest.strip(" .،,؛;!?؟") or k - b0 < 1:
            return -1
        return j
    return -1


# ---------------------------------------------------------------------------
# Tokens of the folded view
# ---------------------------------------------------------------------------


class _Doc:
    """One stretch of text: its folded view, tokens and paired marks."""

    __slots__ = (
        "close_of",
        "ends",
        "folded",
        "kinds",
        "open_of",
        "resolved",
        "shadda",
        "starts",
        "text",
        "title_end",
        "toks",
        "words",
    )

    def __init__(
        self,
        text: str,
        folded: Folded,
        toks: list[str],
        starts: list[int],
        ends: list[int],
        words: list[bool],
        open_of: dict[int, int],
        close_of: dict[int, int],
        title_end: int,
    ) -> None:
        self.text = text
        self.folded = folded
        self.toks = toks
        self.starts = starts  # folded offsets
        self.ends = ends
        self.words = words  # token is a word (not punctuation, mark or line break)
        self.open_of = open_of  # closing mark token -> opening mark token
        self.close_of = close_of  # opening mark token -> closing mark token
        self.title_end = title_end  # token index where the title line ends (0: no title)
        self.resolved: dict[str, str] = {}  # speaker key -> name ("" if none)
        self.kinds: dict[int, tuple[str, str] | None] = {}  # token -> cue kind (memo)
        self.shadda = "\u0651" in text  # ARABIC SHADDA anywhere (a cheap pre-check)

    def orig(self, a: int, b: int) -> tuple[int, int]:
        """Original span of tokens a..b (inclusive)."""
        return self.folded.span(self.starts[a], self.ends[b])

    def is_boundary(self, k: int) -> bool:
        t = self.toks[k]
        if t == "\n":
            return True
        if t not in _SENTENCE_END:
            return False
        if t == ".":
            f = self.folded.text
            s = self.starts[k]
            if 0 < s < len(f) - 1 and f[s - 1].isdigit() and f[s + 1].isdigit():
                return False
        return True


def _tokenize(folded: Folded) -> tuple[list[str], list[int], list[int], list[bool]]:
    """Tokens of the folded text (line breaks, words, single other characters) with
    their folded offsets, and whether each is a word. One C-level split: the pieces
    alternate spaces and tokens, so that offsets are running sums of their lengths."""
    pieces = _TOKEN_SPLIT_RE.split(folded.text)  # spaces, token, spaces, ..., token, spaces
    toks = pieces[1::2]
    bounds = list(accumulate(map(len, pieces)))
    # "\w" is exactly ``str.isalnum()`` or "_"; a token holding "_" is a word.
    words = list(map(str.isalnum, toks))
    if "_" in folded.text:
        words = [w or "_" in t for w, t in zip(words, toks, strict=True)]
    return toks, bounds[0:-1:2], bounds[1::2], words


def _plural_np(words: Sequence[str]) -> bool:
    if not words:
        return False
    w = words[0]
    if w.startswith("ال") and (w.endswith("ين") or w.endswith("ون")) and len(w) > 5:
        return True
    return w.endswith("ون") and len(w) >= 5


# ---------------------------------------------------------------------------
# Speakers
# ---------------------------------------------------------------------------


class _Speaker(NamedTuple):
    start: int  # token indices, inclusive
    end: int
    feat: str  # m, f or pl


def _np_after(doc: _Doc, k: int, limit: int, *, transitive: bool = False) -> tuple[int, int] | None:
    """The noun phrase that starts after token ``k`` (the verb), before token ``limit``.

    It may hold a short name in marks (``زعيم حركة «أنصار الله» اليمنية``) and an
    apposition between commas (``نائب وزير الخارجية الروسي، سيرغي ريابكوف،``).
    """
    lx = _lex()
    j = k + 1
    skipped = 0
    while j < limit and doc.toks[j] in lx.np_skip and skipped < 2:
        j += 1
        skipped += 1
    first = j
    words = 0
    last = -1
    while j < limit and words < _MAX_NP_WORDS:
        t = doc.toks[j]
        if j in doc.close_of:
            close = doc.close_of[j]
            if close >= limit or _words(doc, j + 1, close - 1) > _SHORT:
                break
            last = close
            j = close + 1
            continue
        if not doc.words[j] or _np_stop(doc, j):
            break
        if words and t in lx.document_words:
            break  # "صدر عن الوزارة البيان التالي"
        if words and len(t) >= 5 and t.endswith("ا") and doc.toks[j - 1].startswith("ال"):
            break  # "وتحدث وزير الدفاع | مطولا": an adverb in the accusative
        if words and (_possessed(doc, j) or (transitive and _object_starts(doc, j))):
            if transitive and _possessed(doc, j):
                # "ووصف الحوثي مقتل رئيس حكومته": the possessive points back to
                # the subject, so the object began at the first indefinite word
                # after a definite one.
                for m in range(first + 1, j):
                    if doc.toks[m - 1].startswith("ال") and not doc.toks[m].startswith("ال"):
                        last = m - 1
                        break
            break
        words += 1
        last = j
        j += 1
    if last < first:
        return None
    if first in doc.close_of and doc.close_of[first] == last:
        first, last = first + 1, last - 1  # the speaker is the name in marks
    elif last in doc.open_of and not _np_names_in_marks(doc, first, doc.open_of[last]):
        last = doc.open_of[last] - 1  # 'وهدد الحوثي “إسرائيل”': a quoted object ends it
        while last > first and doc.toks[last] in ("ال", "وال"):
            last -= 1  # 'المتحدثة باسم الـ "كي دورساي"': the article of the quoted name
    if doc.words[first] and (_possessed(doc, first) or doc.toks[first].startswith("لل")):
        # "أنهى حديثه", "أطل للمرة الأولى": an object or an adverbial, not a subject.
        return None
    if last == first and doc.toks[first] in lx.document_words:
        last = _statement_owner(doc, first, limit)
    # Apposition: "X، name name،" / "X، name name، أن"
    j = last + 1
    gap = 0
    while j < limit and gap < 2 and doc.words[j] and doc.toks[j] not in lx.complementizers:
        j += 1
        gap += 1
    if j < limit and doc.toks[j] in ("،", ","):
        m = j + 1
        n = 0
        while m < limit and n < 6 and doc.words[m] and not _np_stop(doc, m):
            if _possessed(doc, m) or doc.toks[m] in lx.document_words:
                # "مصدر، طلب عدم نشر اسمه،": a clause, not a name;
                # "صدر عن الحاكم، البيان الآتي:": what was said, not who.
                n = 0
                break
            m += 1
            n += 1
        if n > 0 and m < len(doc.toks):
            t = doc.toks[m]
            if t in ("،", ",", ":") or t in lx.complementizers:
                last = m - 1
    return first, last


def _statement_owner(doc: _Doc, k: int, limit: int) -> int:
    """``بيان لوزارة الداخلية``, ``بيان لـ"خلية الإعلام الأمني"``: a statement and
    whose it is, as one speaker. Returns the last token (``k`` when no owner follows)."""
    j = k + 1
    if j + 1 < limit and doc.toks[j] == "ل" and j + 1 in doc.close_of:
        close = doc.close_of[j + 1]
        return close if close < limit and _words(doc, j + 2, close - 1) <= 5 else k
    if j >= limit or not doc.toks[j].startswith("ل") or len(doc.toks[j]) < 4 or _np_stop(doc, j):
        return k
    last = j
    while last + 1 < limit and last - j < 3 and doc.toks[last + 1].startswith(("ال", "وال")):
        if _np_stop(doc, last + 1):
            break
        last += 1
    return last


def _possessed(doc: _Doc, k: int) -> bool:
    """A noun with a possessive pronoun (``حديثه``, ``خطابها``): never part of a speaker's name."""
    t = doc.toks[k]
    if t in _lex().honorifics or "الله" in t or t.startswith("ال") or len(t) < 4:
        return False
    if not t.endswith(_POSSESSIVES):
        return False  # the fold keeps these letters: the written word cannot end so either
    a, b = doc.orig(k, k)
    word = doc.text[a:b].rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    return word.endswith(_POSSESSIVES)


def _object_starts(doc: _Doc, j: int) -> bool:
    """After a transitive verb, a definite noun of another gender or number than
    the definite word before it starts the object: ``الوزير | المحادثات``."""
    prev, t = doc.toks[j - 1], doc.toks[j]
    if prev.startswith("ال") and _masdar(t):
        return True  # "وأعلن وزير الداخلية | إطلاق خطة"
    if not (t.startswith("ال") and prev.startswith("ال")):
        return False
    # Only where the object is followed by what the verb governs next
    # ("ووصف الوزير المحادثات بأنها", "وهاجم رئيس البرلمان الحكومة قائلا",
    # "دعا الاتحاد الأوروبي الأطراف إلى"): an adjective after a broken plural
    # ("الأمم المتحدة") also changes gender.
    nxt = doc.toks[j + 1] if j + 1 < len(doc.toks) else ""
    lx = _lex()

    def afal(w: str) -> bool:
        return len(w) == 7 and w[2] == "ا" and w[5] == "ا"  # "الأطراف", "الأحزاب"

    if nxt in ("الي", "علي", "من"):
        return afal(t) and not afal(prev) and not prev.endswith(("ات", "ين", "ون"))
    if not (nxt in ("ب", "ل") or nxt.startswith("بان") or nxt in lx.participles):
        return False

    def kind(w: str) -> str:
        if w.endswith(("ات", "ين", "ون")) and len(w) > 5:
            return "pl"
        return "f" if w.endswith("ه") else "m"

    return kind(t) != kind(prev)


def _masdar(w: str) -> bool:
    """A folded indefinite word of a verbal-noun pattern (``اطلاق``, ``استمرار``,
    ``انسحاب``, ``تعزيز``): an object, never part of a name."""
    n = len(w)
    if w.startswith("ال"):
        return False
    if w.startswith("ا"):
        if n == 5:
            return w[3] == "ا"  # ifʿāl
        if n == 6:
            return w[4] == "ا" and (w[2] in "تطد" or w[1] == "ن")  # iftiʿāl, infiʿāl
        if n == 7:
            return w.startswith("است") and w[5] == "ا"  # istifʿāl
        return False
    return n == 5 and w.startswith("ت") and w[3] == "ي"  # tafʿīl


def _np_names_in_marks(doc: _Doc, first: int, open_tok: int) -> bool:
    """A quoted name that ends a speaker: ``الطفل “هيدرا”`` (a person noun before it)."""
    return open_tok - first == 1 and doc.toks[first] in _lex().person_nouns


def _np_stop(doc: _Doc, k: int) -> bool:
    """Token ``k`` ends a speaker noun phrase."""
    lx = _lex()
    t = doc.toks[k]
    if t == "علي":
        # "على" (on) and the name "علي" fold alike: look at the original letter.
        a, b = doc.orig(k, k)
        return "ى" in doc.text[a:b]
    return len(t) == 1 or t in lx.np_enders or t.startswith(("بال", "وبال", "كال")) or t.isdigit()


def _verb_feat(doc: _Doc, k: int) -> str | None:
    """Agreement feature of the verb at token ``k`` (a cue or another verb), or ``None``.

    ``بين`` is a cue only before a complementizer or a colon (``وبين أن``): elsewhere
    it is the preposition "between"."""
    lx = _lex()
    t = doc.toks[k]
    feat = lx.verbs.get(t) or lx.other_verbs.get(t)
    if feat is None:
        return None
    if k > 0 and doc.toks[k - 1] in lx.noun_makers:
        return None  # "طلب عدم ذكر اسمه": a verbal noun
    if t in lx.comp_only:
        if doc.shadda:
            a, b = doc.orig(k, k)
            if "\u0651" in doc.text[a:b]:  # ARABIC SHADDA: "بيّن" is the verb
                return feat
        clause_start = k == 0 or doc.is_boundary(k - 1)
        if not clause_start and doc.toks[k - 1] not in ("،", ",", *lx.conjunctions):
            return None  # "لا فرق بين X سوى أن": the preposition
        for j in range(k + 1, min(len(doc.toks), k + 7)):
            u = doc.toks[j]
            if u == ":" or u in lx.complementizers:
                return feat
            if not doc.words[j] or u in lx.np_stop:
                break
        return None
    return feat


def _sentence_start(doc: _Doc, k: int) -> int:
    """First token of the sentence holding token ``k`` (quotes are skipped over)."""
    j = k - 1
    steps = 0
    while j >= 0 and steps < 200:
        if j in doc.open_of:
            j = doc.open_of[j] - 1
            steps += 1
            continue
        if doc.is_boundary(j):
            return j + 1
        j -= 1
        steps += 1
    return max(j + 1, 0)


def _np_before(doc: _Doc, k: int) -> tuple[int, int] | None:
    """A subject written before its verb at ``k``: ``المصدر أكد``, ``أن دول آسيا أكدت``,
    ``وكان X قد قال``. It starts at the sentence start or after ``أن``/``إن``."""
    lx = _lex()
    end = k - 1
    while end >= 0 and doc.toks[end] in ("قد", "وقد", "كان", "كانت", "وكان", "وكانت"):
        end -= 1
    j = end
    while j >= 0 and end - j < _MAX_SVO_WORDS:
        t = doc.toks[j]
        if doc.is_boundary(j) or t in lx.complementizers or t in lx.conjunctions:
            break
        if not doc.words[j] or t in lx.np_stop or t in lx.verbs or t in lx.other_verbs:
            return None
        j -= 1
    else:
        if j >= 0:
            return None
    if j == end:
        return None
    return j + 1, end


class _Speakers:
    """Subjects of the reporting verbs of a text, by position (for carried-over
    speakers), computed only when asked for: each verb's subject once, and runs of
    verbs without one skipped by links that are shortened as they are followed
    (so that all the look-ups of a text together stay linear)."""

    __slots__ = ("doc", "entries", "links", "quoted", "verbs")

    def __init__(self, doc: _Doc) -> None:
        self.doc = doc
        self.verbs: list[int] | None = None  # token indices of the verbs, on first use
        self.quoted: list[tuple[int, int]] = sorted(doc.close_of.items())  # quotes' mark tokens
        self.entries: dict[int, _Speaker | None] = {}  # index in verbs -> subject
        self.links: dict[int, int] = {}  # index in verbs -> an index at or before it

    def entry(self, i: int) -> _Speaker | None:
        """The subject of the ``i``-th verb, or ``None``."""
        if i in self.entries:
            return self.entries[i]
        assert self.verbs is not None  # filled by before(), the only caller
        sp = self.entries[i] = _index_speaker(self.doc, self.verbs[i])
        return sp

    def last_at(self, i: int) -> int:
        """The largest index ``<= i`` of a verb with a subject, or -1."""
        path: list[int] = []
        links = self.links
        while i >= 0:
            j = links.get(i)
            if j is None:
                j = i if self.entry(i) is not None else i - 1
                links[i] = j
            if j == i:
                break
            path.append(i)
            i = j
        for p in path:
            links[p] = i
        return i

    def _quote_around(self, tok: int) -> tuple[int, int] | None:
        """The (opening, closing) mark tokens of the quote that contains token ``tok``."""
        i = bisect.bisect_left(self.quoted, (tok, -1)) - 1
        if i >= 0 and self.quoted[i][0] < tok < self.quoted[i][1]:
            return self.quoted[i]
        return None

    def before(self, tok: int) -> Iterator[_Speaker]:
        """Subjects of the last :data:`_MAX_CARRY` verbs with one before token ``tok``,
        nearest first; not the verbs quoted in another quote (a quoted sentence's subject
        is somebody the speaker talks about)."""
        verbs = self.verbs
        if verbs is None:
            index_verbs = _lex().index_verbs
            toks = self.doc.toks
            verbs = self.verbs = list(
                compress(range(len(toks)), map(index_verbs.__contains__, toks))
            )
        i = bisect.bisect_left(verbs, tok) - 1
        own = self._quote_around(tok)
        for _ in range(_MAX_CARRY):
            i = self.last_at(i)
            if i < 0:
                return
            sp = self.entries[i]
            assert sp is not None
            around = self._quote_around(verbs[i]) if self.quoted else None
            if around is None or around == own:
                yield sp
            i -= 1


def _index_speaker(doc: _Doc, k: int) -> _Speaker | None:
    """The subject of the reporting verb at token ``k`` for :class:`_Speakers`."""
    feat = _verb_feat(doc, k) if doc.words[k] else None
    if feat is None:
        return None
    np = _np_after(doc, k, min(len(doc.toks), k + 12))
    if np is None:
        return None
    words = doc.toks[np[0] : np[1] + 1]
    return _Speaker(np[0], np[1], _PL if _plural_np(words) else feat)


def _carry(speakers: _Speakers, before: int, feat: str) -> _Speaker | None:
    """The last speaker before token ``before`` that agrees with ``feat``
    (among the last few, so that a long text stays linear)."""
    for sp in speakers.before(before):
        if sp.feat == feat or feat == "*" or (feat == _M and sp.feat == "?"):
            return sp
    return None


# ---------------------------------------------------------------------------
# The extractor
# ---------------------------------------------------------------------------


class _Cue(NamedTuple):
    kind: str  # verb, participle, source, other
    tok: int  # the cue word
    first: int  # first token of the cue as written (with a detached "و")
    feat: str
    comp: bool  # a complementizer or colon stands between cue and quote


def _cue_kind(doc: _Doc, k: int) -> tuple[str, str] | None:
    """(kind, agreement) of the cue at token ``k``; computed once per token."""
    if doc.toks[k] not in _lex().cue_words:
        return None
    if k in doc.kinds:
        return doc.kinds[k]
    kind = doc.kinds[k] = _cue_kind_uncached(doc, k)
    return kind


def _cue_kind_uncached(doc: _Doc, k: int) -> tuple[str, str] | None:
    lx = _lex()
    t = doc.toks[k]
    if t in lx.relay and k > 0 and doc.toks[k - 1] in ("ما", "كما", "لما"):
        return None  # "وفق ما نقلت وكالة X": a channel, not a cue
    if t in lx.verbs:
        # "يذكر أن" and its kind are editorial asides, not cues.
        feat = _verb_feat(doc, k)
        if t in lx.editorial or feat is None:
            return None
        return "verb", feat
    if t in lx.participles:
        return "participle", lx.participles[t]
    if t in _SOURCE_VERBS_FI and k + 1 < len(doc.toks) and doc.toks[k + 1] == "في":
        return "source", "?"  # "وجاء في البيان: ..."
    if (
        t in _SOURCE_VERBS_AN
        and k + 1 < len(doc.toks)
        and doc.toks[k + 1] == "عن"
        and (k == 0 or doc.toks[k - 1] not in ("ما", "مما", "بما", "كما"))
    ):
        return "source", "?"  # "صدر عن حاكم المصرف البيان الآتي: ..."
    if t in lx.source_heads:
        nxt = doc.toks[k + 1] if k + 1 < len(doc.toks) else ""
        if nxt in ("ما", "لما", "الي", "ل"):
            return None  # "وفق ما نقلت وكالة X": a channel, not a source
        if nxt in lx.after_formulas:
            return None
        return "source", "?"
    return None


def _find_cue(doc: _Doc, open_tok: int, *, nested: bool = False) -> _Cue | None:
    """The nearest reporting cue before the quote in the same sentence."""
    cue_words = _lex().cue_words
    k = open_tok - 1
    words = 0
    steps = 0
    comp = False
    while k >= 0 and words <= _MAX_CUE_WORDS and steps < 4 * _MAX_CUE_WORDS:
        steps += 1
        if k in doc.open_of:
            k = doc.open_of[k] - 1
            continue
        t = doc.toks[k]
        if (t == "\n" or t in _SENTENCE_END) and doc.is_boundary(k):
            # "وقال في كلمته:\n“...”": a colon ends the line before the quote.
            if not (t == "\n" and words == 0 and k > 0 and doc.toks[k - 1] == ":"):
                return None
            k -= 1
            continue
        if t == ":":
            comp = True
        elif doc.words[k]:
            kind = _cue_kind(doc, k) if t in cue_words else None
            if kind is not None:
                first = k - 1 if k > 0 and doc.toks[k - 1] in ("و", "ف") else k
                if kind[0] == "source" and not nested and k > 0 and doc.toks[k - 1] in ("،", ","):
                    # "وأكدت العمليات، بحسب البيان، أن": the verb before the
                    # parenthetical source keeps its subject (looked for once).
                    verb = _find_cue(doc, k - 1, nested=True)
                    if verb is not None and verb.kind == "verb":
                        return verb._replace(comp=True)
                return _Cue(kind[0], k, first, kind[1], comp)
            if t in _lex().complementizers:
                comp = True
            words += 1
        k -= 1
    return None


def _subject_of(doc: _Doc, cue: _Cue, limit: int, speakers: _Speakers) -> _Speaker | None:
    lx = _lex()
    if cue.kind == "source":
        head = cue.tok + 1 if doc.toks[cue.tok + 1 : cue.tok + 2] in (["في"], ["عن"]) else cue.tok
        np = _np_after(doc, head, limit)
        return _Speaker(np[0], np[1], "?") if np else None
    if cue.kind == "participle":
        # The subject of the nearest finite verb before the participle.
        k = cue.first - 1
        steps = 0
        while k >= 0 and steps < _MAX_CUE_WORDS:
            if k in doc.open_of:
                k = doc.open_of[k] - 1
                steps += 1
                continue
            if doc.is_boundary(k):
                break
            t = doc.toks[k]
            feat = _verb_feat(doc, k)
            if feat is not None and t not in lx.editorial:
                first = k - 1 if k > 0 and doc.toks[k - 1] in ("و", "ف") else k
                verb = _Cue("verb", k, first, feat, False)
                return _verb_subject(doc, verb, cue.first, speakers, 1)
            k -= 1
            steps += 1
        return _carry(speakers, cue.first, cue.feat)
    return _verb_subject(doc, cue, limit, speakers, 0)


def _verb_subject(
    doc: _Doc, cue: _Cue, limit: int, speakers: _Speakers, depth: int
) -> _Speaker | None:
    """Subject of a finite verb: the antecedent of ``الذي``; a subject written
    before the verb; the noun phrase after it; the subject of an earlier verb in
    the same sentence; or the last speaker that agrees with it."""
    lx = _lex()
    resumptive = cue.tok + 1 < len(doc.toks) and doc.toks[cue.tok + 1] in lx.pronoun_pps
    if cue.first > 0 and doc.toks[cue.first - 1] in ("الذي", "التي", "الذين") and not resumptive:
        # "الوزير الذي قال": the antecedent; but not "في الوقت الذي حض فيه X"
        # (the resumptive pronoun says the relative is not the subject).
        j = cue.first - 2
        if j >= 0 and doc.toks[j] in ("،", ","):
            j -= 1
        end = j
        while j >= 0 and end - j < 3 and doc.words[j] and not _np_stop(doc, j):
            j -= 1
        if end > j:
            return _Speaker(j + 1, end, cue.feat)
    topic = _topic_before(doc, cue)
    if topic is not None:
        return _Speaker(topic[0], topic[1], cue.feat)
    before = _np_before(doc, cue.first)
    if before is not None:
        return _Speaker(before[0], before[1], cue.feat)
    if doc.toks[cue.tok] in lx.relay:
        for j in range(cue.tok + 1, min(limit, cue.tok + 8)):
            if doc.toks[j] == "عن":
                np = _np_after(doc, j, limit)
                if np is not None:
                    return _Speaker(np[0], np[1], "?")
                break
    k = cue.tok
    while k + 1 < limit and doc.toks[k + 1] in lx.pronoun_pps:
        k += 1
    np = _np_after(doc, k, limit, transitive=doc.toks[cue.tok] in lx.transitive)
    if np is not None:
        words = [doc.toks[i] for i in range(np[0], np[1] + 1)]
        feat = _PL if cue.feat == _PL or _plural_np(words) else cue.feat
        return _Speaker(np[0], np[1], feat)
    antecedent = _indefinite_antecedent(doc, cue)
    if antecedent is not None:
        return _Speaker(antecedent[0], antecedent[1], "?")
    if depth < 3:
        k = cue.first - 1
        steps = 0
        while k >= 0 and steps < _MAX_CUE_WORDS:
            if k in doc.open_of:
                k = doc.open_of[k] - 1
                steps += 1
                continue
            if doc.is_boundary(k):
                break
            t = doc.toks[k]
            vfeat = _verb_feat(doc, k)
            if vfeat is not None and t not in lx.editorial and vfeat in (cue.feat, _M):
                first = k - 1 if k > 0 and doc.toks[k - 1] in ("و", "ف") else k
                verb = _Cue("verb", k, first, vfeat, False)
                return _verb_subject(doc, verb, cue.first, speakers, depth + 1)
            k -= 1
            steps += 1
    return _carry(speakers, cue.first, cue.feat)


def _topic_before(doc: _Doc, cue: _Cue) -> tuple[int, int] | None:
    """``أما X، فقد دعا``: the topic X of an ``أما ... فـ`` sentence is the subject."""
    j = cue.first - 1
    t = doc.toks[cue.tok]
    if j >= 0 and doc.toks[j] in ("فقد", "فانه", "فانها", "فانهم", "ف"):
        j -= 1
    elif not (t.startswith("ف") and cue.first == cue.tok):
        return None
    if j >= 0 and doc.toks[j] in ("،", ","):
        j -= 1
    end = j
    while j >= 0 and end - j < 8 and doc.words[j]:
        if doc.toks[j] in ("اما", "واما"):
            return (j + 1, end) if j < end else None
        j -= 1
    return None


def _indefinite_antecedent(doc: _Doc, cue: _Cue) -> tuple[int, int] | None:
    """``إلى تقرير استخباري أمريكي صدر مؤخرا قال "..."``: a cue verb written without a
    conjunction in mid-sentence describes the indefinite noun before it (an
    unmarked relative clause); that noun, after its preposition, is the speaker."""
    if cue.first != cue.tok or doc.toks[cue.tok].startswith(("و", "ف")) or cue.tok == 0:
        return None
    if not doc.words[cue.tok - 1] or doc.toks[cue.tok - 1] in _lex().conjunctions:
        return None
    j = cue.tok - 1
    while j >= 0 and cue.tok - j <= 7 and doc.words[j]:
        if doc.toks[j] in ("الي", "علي", "عن", "من"):
            # Not after "في": "خلال مؤتمر صحفي في بغداد قال" is a place, not a speaker.
            first = j + 1
            if first >= cue.tok or doc.toks[first].startswith("ال"):
                return None
            last = first
            while (
                last + 1 < cue.tok
                and last - first < 2
                and not _np_stop(doc, last + 1)
                and not doc.toks[last + 1].startswith("ال")
            ):
                last += 1
            return first, last
        j -= 1
    return None


def _adjective_like(word: str, *, short: bool = False) -> bool:
    """A folded word shaped like an adjective or a participle (``مقلق``, ``سياسيه``,
    ``ايجابيا``): what a partial quote describing something is made of. With
    ``short``, also the faʿīl and fāʿil shapes (``خطير``, ``قاتل``), which many
    given names share (``سعيد``, ``عادل``)."""
    if word.startswith(("ال", "وال")):
        word = word[2:] if word.startswith("ال") else word[3:]
    if short and len(word) == 4 and (word[2] == "ي" or word[1] == "ا"):
        return True
    return (len(word) >= 4 and word.startswith("م")) or word.endswith(("ي", "يه", "يا", "ا"))


def _names_a_noun(doc: _Doc, open_tok: int, close_tok: int, cue: _Cue) -> bool:
    """A short quote that hangs on a noun, not on the cue: a definite noun phrase
    after a noun (``لخلية "الصقور الاستخبارية"``, ``نبراس الصحافة "عادل الأعسم"``),
    a name after ``بين``, or a one-word name in apposition to a definite noun in
    mid-sentence (``العاصمة اليمنية "صنعاء" تبدو``)."""
    lx = _lex()
    k = open_tok - 1
    if k < 0 or k == cue.tok:
        return False
    prev = doc.toks[k]
    if prev in ("و", "او") and k > 0:
        k -= 1
        prev = doc.toks[k]
        if k in doc.open_of and doc.open_of[k] < k - 1:
            # '"النسور" و"الفهود"': coordinated with the quote before, decided alike
            first = doc.open_of[k]
            return first > 0 and doc.toks[first - 1] in ("بين", "وبين")
        if prev not in ("بين", "وبين"):
            return False
    if prev in ("بين", "وبين"):
        return True
    if (
        not doc.words[k]
        or len(prev) < 3
        or prev in lx.governed
        or prev in lx.complementizers
        or prev in lx.np_stop
        or prev.startswith("ي")
        or _verb_feat(doc, k) is not None
        or prev in lx.participles
        or prev in lx.naming
        or _possessed(doc, k)
    ):
        return False
    words = [doc.toks[i] for i in range(open_tok + 1, close_tok) if doc.words[i]]
    if not words:
        return False
    definite = words[0].startswith(("ال", "وال"))
    if len(words) >= 2:
        # A definite phrase ("الصقور الاستخبارية") or a construct ("محيط الداخلية",
        # "عادل الأعسم"), not an adjective and its adverb ("جديد بالكامل").
        if definite:
            return all(w.startswith(("ال", "وال")) or w in ("في", "و") for w in words)
        return (
            not _adjective_like(words[0])
            and words[-1].startswith(("ال", "وال"))
            and not any(w in lx.np_stop for w in words)
        )
    if definite or _adjective_like(words[0], short=True):
        return False
    definite_prev = prev.startswith(("ال", "وال", "لل", "بال"))
    if words[0].endswith("ه") and (not definite_prev or prev.endswith("ه")):
        return False  # 'مرحلة "حرجة" تتطلب', 'الحكومة "عاجزة" تماما': an agreeing adjective
    nxt = doc.toks[close_tok + 1] if close_tok + 1 < len(doc.toks) else ""
    return (
        _WORD_RE.fullmatch(nxt) is not None
        and not nxt.startswith(("و", "ف"))
        and nxt not in lx.intensifiers
        and nxt not in lx.np_stop
    )


def _label_before(doc: _Doc, open_tok: int) -> bool:
    """A naming noun right before the quote (``برنامج "..."``), or one of the media,
    treaty and group nouns up to two definite words before it
    (``شبكة التواصل الاجتماعي "..."``)."""
    lx = _lex()
    k = open_tok - 1
    while k >= 0 and doc.toks[k] in ("-", "ـ") and open_tok - k < 3:
        k -= 1
    if k > 0 and doc.toks[k] == "ب" and doc.toks[k - 1] in lx.naming:
        return True  # 'يلقب بـ"الذئب المنفرد"'
    if k < 0 or not doc.words[k]:
        return False
    if doc.toks[k] in lx.naming:
        return True  # 'ما يسمى "الحرس الثوري"', 'يدعى "أبو أحمد"'
    if doc.toks[k] in lx.label_nouns:
        if not doc.toks[k].startswith(("ال", "وال", "بال", "لل")):
            # construct state: 'برنامج "..."'; but 'بعملية «معقدة»' is a noun and
            # its adjective, a partial quote.
            return not _agreeing_adjective(doc, k, open_tok)
        # 'الفيلم "الرسالة"' but not 'الخطة "تفتقر إلى الواقعية"'
        nxt = doc.toks[open_tok + 1] if open_tok + 1 < len(doc.toks) else ""
        return nxt.startswith("ال") or _words(doc, open_tok + 1, doc.close_of[open_tok] - 1) <= 2
    between = 0
    while k >= 0 and between < 2:
        t = doc.toks[k]
        if not doc.words[k] or not t.startswith("ال") or _np_stop(doc, k):
            return False
        between += 1
        k -= 1
        if k >= 0 and doc.toks[k] in lx.label_far:
            return True
    return False


def _agreeing_adjective(doc: _Doc, noun: int, open_tok: int) -> bool:
    """The quote after an indefinite naming noun is one participle agreeing with it
    in gender (``بعملية «معقدة»``, ``مشروع "متكامل"``), not a name."""
    close = doc.close_of[open_tok]
    words = [doc.toks[i] for i in range(open_tok + 1, close) if doc.words[i]]
    if len(words) != 1:
        return False
    w = words[0]
    if len(w) < 4 or not w.startswith("م") or w.endswith(("ات", "ون", "ين", "اه")):
        return False
    return doc.toks[noun].endswith("ه") == w.endswith("ه")


def _frame_followed(doc: _Doc, close_tok: int) -> bool:
    """A short quote followed closely by the introduction of another quote.

    ``قال “بيشوى ميلاد”، 6 سنوات “...”``, ``وكالة “انترفاكس”: “...”``: the first
    quote is part of the frame (a name) of the second. Two quotes joined by ``و``
    are parallel, not a frame (``بعملية «معقدة» وأسلوب «جديد بالكامل»``).
    """
    k = close_tok + 1
    words = 0
    n = len(doc.toks)
    if k < n and doc.toks[k].startswith("و") and doc.words[k]:
        return False
    while k < n and words <= 8 and k - close_tok < 40:
        if k in doc.close_of or doc.toks[k] in lex.MARKS:
            return words <= 3 or doc.toks[k - 1] == ":"
        if doc.is_boundary(k):
            return False
        if doc.words[k]:
            words += 1
        k += 1
    return False


def _after_attribution(doc: _Doc, open_tok: int, close_tok: int) -> tuple[str, int] | None:
    """Attribution written after the quote: ``وفق المصدر``, ``على حد قوله``, ``، قال X``
    (and in a headline ``"..." .. يقول الوزير``)."""
    lx = _lex()
    k = close_tok + 1
    n = len(doc.toks)
    skip: tuple[str, ...] = ("،", ",", "-", "ـ", "هكذا", "بهذه", "الكلمات")
    if close_tok < doc.title_end:
        skip += (".", "…", ":", "|")
    while k < n and doc.toks[k] in skip and k - close_tok < 5:
        k += 1
    if k >= n or not doc.words[k]:
        return None
    t = doc.toks[k]
    nxt = doc.toks[k + 1] if k + 1 < n else ""
    if t in lx.source_heads:
        if nxt in lx.after_formulas:
            return "formula", k
        if nxt not in ("ما", "لما"):
            return "source", k
    if t in ("علي", "وعلي") and nxt == "حد":
        return "formula", k
    at_start = open_tok == 0 or doc.toks[open_tok - 1] == "\n" or doc.is_boundary(open_tok - 1)
    if _verb_feat(doc, k) is not None and t not in lx.editorial and (k > close_tok + 1 or at_start):
        return "verb", k  # '"..."، قال قائد الشرطة' (a comma or "هكذا" between)
    return None


def _name_colon(doc: _Doc, open_tok: int) -> tuple[int, int] | None:
    """``Name: ... “quote”`` in a headline or deck: the name before the colon."""
    k = open_tok - 1
    words = 0
    while k >= 0 and words <= 8 and open_tok - k < 40:
        if doc.toks[k] == ":":
            break
        if doc.toks[k] == "\n" or doc.toks[k] in lex.MARKS:
            return None
        if doc.words[k]:
            words += 1
        k -= 1
    else:
        return None
    if k < 1 or doc.toks[k] != ":":
        return None
    end = k - 1
    if end in doc.open_of and doc.open_of[end] > 0 and doc.toks[doc.open_of[end] - 1] == "ل":
        end = doc.open_of[end] - 2  # 'الوزير لـ"الصباح": "..."' (an interview headline)
    j = end
    while j >= 0 and doc.words[j] and end - j < 8:
        j -= 1
    start = j + 1
    if start > end:
        return None
    if j >= 0 and doc.toks[j] not in ("\n", ".", "،", ",", "-", "|"):
        return None
    lx = _lex()
    for t in doc.toks[start : end + 1]:
        if t in lx.np_stop or t in lx.verbs or t in lx.other_verbs or t in lx.source_heads:
            return None  # "وفي هذا الصدد:", "وجاء في البيان:" are not names
    return start, end


def _words(doc: _Doc, a: int, b: int) -> int:
    """Number of words among tokens a..b (inclusive)."""
    return sum(doc.words[a : b + 1]) if 0 <= a <= b else 0


def extract_quotes(text: str) -> list[Quote]:
    """Quotations in ``text``, in text order.

    Every span between paired marks (``“ ”``, ``” “``, ``« »``, ``» «``, ``»...»``,
    ``„ “``, ASCII ``"``) becomes a :class:`Quote`; unpaired marks are skipped.
    Reported speech gets ``direct=True`` with its speaker and cue when the text
    gives them; names, labels and titles in marks get ``direct=False``.

    >>> [q.text for q in extract_quotes('قال «نعم» ثم " stray')]
    ['نعم']
    >>> q = extract_quotes('وأكّد بلينكن إن الرئيس يريد “علاقة واضحة ومستقرة”.')[0]
    >>> q.speaker, q.cue, q.rule
    ('بلينكن', 'وأكّد', 'cue-verb')
    """
    text = ensure_str(text)
    if not _MARK_RE.search(text):
        return []
    pairs = _pair_marks(text)
    if not pairs:
        return []
    out: list[Quote] = []
    title_len = text.find("\n")
    for rs, re_, group in _regions(text, pairs):
        sub = text[rs:re_]
        rel = [(a - rs, b - rs) for a, b in group]
        for q in _extract_region(sub, rel, title_len=title_len if rs == 0 else -1):
            if rs:
                ss, se = q.speaker_start, q.speaker_end
                q = Quote(
                    q.text,
                    q.start + rs,
                    q.end + rs,
                    q.speaker,
                    None if ss is None else ss + rs,
                    None if se is None else se + rs,
                    q.cue,
                    q.direct,
                    q.rule,
                    q.speaker_resolved,
                )
            out.append(q)
    return out


def _regions(
    text: str, pairs: list[tuple[int, int]]
) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """Stretches of text worth reading: each quote with a few lines before it (for
    cues and carried-over speakers) and the rest of its line; overlapping stretches
    merge. Text far from any quote is never folded or tokenized."""
    regions: list[tuple[int, int, list[tuple[int, int]]]] = []
    for a, b in pairs:
        nl = text.find("\n", b, b + _CONTEXT_CHARS)
        re_ = nl if nl >= 0 else min(len(text), b + _CONTEXT_CHARS)
        if regions and a <= regions[-1][1]:
            # Inside the stretch before: merged whatever its context (which starts
            # at or before ``a``).
            prev = regions[-1]
            prev[2].append((a, b))
            regions[-1] = (prev[0], max(prev[1], re_), prev[2])
            continue
        rs = a
        for _ in range(_CONTEXT_LINES + 1):
            lo = max(0, rs - _CONTEXT_CHARS)
            nl = text.rfind("\n", lo, max(lo, rs - 1))
            if nl < 0:
                rs = lo
                break
            rs = nl + 1
        rs = max(rs, a - _CONTEXT_CHARS * (_CONTEXT_LINES + 1))
        if regions and rs <= regions[-1][1]:
            prev = regions[-1]
            prev[2].append((a, b))
            regions[-1] = (prev[0], max(prev[1], re_), prev[2])
        else:
            regions.append((rs, re_, [(a, b)]))
    return regions


def _extract_region(text: str, pairs: list[tuple[int, int]], *, title_len: int) -> list[Quote]:
    folded = fold(text)
    toks, starts, ends, words = _tokenize(folded)
    offsets = folded.offsets
    spans: list[tuple[int, int, int, int]] = []  # (open tok, close tok, orig open, orig close)
    for a, b in pairs:
        ta = _mark_token(toks, starts, bisect.bisect_left(offsets, a))
        tb = _mark_token(toks, starts, bisect.bisect_left(offsets, b))
        if ta >= 0 and tb >= 0:
            spans.append((ta, tb, a, b))
    title_end = 0
    if title_len > 0:
        head = folded.text[: bisect.bisect_left(offsets, min(title_len, len(text)))]
        if len(_WORD_RE.findall(head)) <= 25 and not head.rstrip().endswith("."):
            title_end = bisect.bisect_left(starts, len(head))
    doc = _Doc(
        text,
        folded,
        toks,
        starts,
        ends,
        words,
        {c: o for o, c, _, _ in spans},
        {o: c for o, c, _, _ in spans},
        title_end,
    )
    speakers = _Speakers(doc)
    return [_quote(doc, o, c, a, b, speakers) for o, c, a, b in spans]


def _mark_token(toks: list[str], starts: list[int], f: int) -> int:
    """Index of the quote-mark token starting at folded offset ``f``, or -1."""
    i = bisect.bisect_left(starts, f)
    return i if i < len(starts) and starts[i] == f and toks[i] in lex.MARKS else -1


def _quote(
    doc: _Doc,
    open_tok: int,
    close_tok: int,
    a: int,
    b: int,
    speakers: _Speakers,
) -> Quote:
    text = doc.text
    inner = text[a + 1 : b]
    lead = len(inner) - len(inner.lstrip())
    start = a + 1 + lead
    end = start + len(inner.strip())
    n_words = _words(doc, open_tok + 1, close_tok - 1) if close_tok > open_tok + 1 else 0

    def make(direct: bool, rule: str, sp: _Speaker | None = None, cue: _Cue | None = None) -> Quote:
        sp_text = sp_start = sp_end = None
        if sp is not None:
            sp_start, sp_end = doc.orig(sp.start, sp.end)
            sp_text = text[sp_start:sp_end]
        cue_text = None
        if cue is not None and cue.kind != "source":
            c0, c1 = doc.orig(cue.first, cue.tok)
            cue_text = text[c0:c1]
        resolved = _resolve(doc, sp) if sp is not None else None
        return Quote(
            text[start:end], start, end, sp_text, sp_start, sp_end, cue_text, direct, rule, resolved
        )

    speechlike = doc.toks[open_tok + 1] in _lex().speech_starts
    if n_words <= 8 and not speechlike and _label_before(doc, open_tok):
        return make(False, "label-noun")
    if n_words <= 4 and doc.toks[open_tok + 1] in _lex().org_heads:
        return make(False, "organisation")
    if n_words <= _SHORT and not speechlike and _frame_followed(doc, close_tok):
        return make(False, "name-in-frame")
    if (
        n_words <= _SHORT
        and not speechlike
        and (open_tok == 0 or doc.is_boundary(open_tok - 1))
        and doc.toks[close_tok + 1 : close_tok + 2] == [":"]
    ):
        return make(False, "name-before-colon")  # '«القوات العراقية»: انطلاق عملية ...'

    cue = _find_cue(doc, open_tok)
    if cue is not None:
        adjacent = cue.tok == open_tok - 1
        nxt = doc.toks[close_tok + 1] if close_tok + 1 < len(doc.toks) else "\n"
        if (
            n_words <= _SHORT
            and adjacent
            and not speechlike
            and cue.kind == "verb"
            and _WORD_RE.fullmatch(nxt)
        ):
            return make(False, "name-after-cue")
        if (
            n_words <= 2
            and adjacent
            and not speechlike
            and cue.kind == "verb"
            and nxt in ("،", ",")
            and close_tok + 2 < len(doc.toks)
            and doc.toks[close_tok + 2] in _lex().complementizers
        ):
            return make(False, "name-after-cue")  # 'وأضاف "العزاوي"، أن ...'
        lx = _lex()
        prev = doc.toks[open_tok - 1] if open_tok > 0 else ""
        first_word = doc.toks[open_tok + 1]
        if (
            prev in ("ل", "لـ")
            and not speechlike
            and (n_words <= _SHORT or first_word in lx.label_nouns or first_word in lx.org_heads)
        ):
            # "لـ«الصباح»", "لـ"سكاي نيوز عربية"", "لـ"وكالة الأنباء السعودية واس"";
            # but "تعمل لـ«تحصين الجبهة الداخلية من الاختراق»" is speech.
            return make(False, "name-after-li")
        if (
            prev == "ب"
            and n_words <= 4
            and not speechlike
            and doc.toks[cue.tok] not in lx.bi_verbs
            and cue.kind != "source"
        ):
            return make(False, "name-after-bi")  # 'على صلة بـ"الجيش الحر"'
        if (
            cue.kind == "source"
            and n_words <= _SHORT
            and not speechlike
            and open_tok - cue.tok <= 2
            and all(doc.toks[k] in ("عن", "ل") for k in range(cue.tok + 1, open_tok))
        ):
            return make(False, "source-name")  # 'نقلا عن "رويترز"', 'بحسب "الأناضول"'
        if n_words <= _SHORT and not speechlike and _names_a_noun(doc, open_tok, close_tok, cue):
            return make(False, "name-after-noun")  # 'في أحداث «محيط الداخلية»'
        if (
            n_words <= 2
            and not speechlike
            and prev in ("ان", "بان", "وان")
            and _WORD_RE.fullmatch(nxt)
            and not nxt.startswith("و")
        ):
            return make(False, "name-after-anna")  # 'أكد أن "حماس" ستشارك'
        if (
            n_words == 1
            and not cue.comp
            and not speechlike
            and doc.toks[cue.tok] not in lx.evaluative
            and not adjacent
            and cue.kind != "source"
        ):
            return make(False, "scare-quote")
        sp = _subject_of(doc, cue, open_tok, speakers)
        rule = {"verb": "cue-verb", "participle": "cue-participle", "source": "source-phrase"}
        return make(True, rule[cue.kind], sp, cue)
    after = _after_attribution(doc, open_tok, close_tok)
    if after is not None:
        kind, k = after
        sp = None
        c: _Cue | None = None
        if kind == "source":
            np = _np_after(doc, k, min(len(doc.toks), k + 10))
            sp = _Speaker(np[0], np[1], "?") if np else None
        elif kind == "verb":
            feat = _lex().verbs.get(doc.toks[k]) or _lex().other_verbs[doc.toks[k]]
            c = _Cue("verb", k, k, feat, False)
            sp = _subject_of(doc, c, min(len(doc.toks), k + 10), speakers)
        else:
            sp = _carry(speakers, open_tok, _M)
        return make(True, "after-" + kind, sp, c)
    named = _name_colon(doc, open_tok)
    if named is not None and n_words >= 1:
        s0, s1 = named
        if doc.toks[s0] in ("و", "ف"):
            s0 += 1
        if s0 <= s1:
            sp = _Speaker(s0, s1, "?")
            # "وهيدرا:" -> "هيدرا"
            if doc.toks[s0].startswith("و") and s0 == s1 and len(doc.toks[s0]) > 3:
                o0, o1 = doc.orig(s0, s1)
                q = make(True, "name-colon", sp)
                return attrs.evolve(
                    q,
                    speaker=text[o0 + 1 : o1],
                    speaker_start=o0 + 1,
                    speaker_resolved=text[o0 + 1 : o1],
                )
            return make(True, "name-colon", sp)
    if open_tok < doc.title_end and n_words >= 2:
        return make(True, "headline")
    if n_words >= 4 and open_tok >= doc.title_end and _whole_paragraph(doc, open_tok, close_tok):
        # A paragraph that is one quote goes on with the last speaker's words.
        return make(True, "paragraph-quote", _carry(speakers, open_tok, "*"))
    return make(False, "no-cue")


def _whole_paragraph(doc: _Doc, open_tok: int, close_tok: int) -> bool:
    """The quote is a sentence or a paragraph of its own."""
    if open_tok > 0 and not doc.is_boundary(open_tok - 1):
        return False
    k = close_tok + 1
    n = len(doc.toks)
    ended = False
    while k < n and doc.toks[k] in _SENTENCE_END | {"…"} and k - close_tok < 4:
        ended = True
        k += 1
    return ended or k >= n or doc.toks[k] == "\n"


def _resolve(doc: _Doc, sp: _Speaker) -> str | None:
    """The fullest form of the speaker near the quote: a title followed by a name
    elsewhere in the text (``وزير الخارجية الأمريكي أنتوني بلينكين``) gives the name;
    otherwise the speaker as written."""
    a, b = doc.orig(sp.start, sp.end)
    written = doc.text[a:b]
    span = range(sp.start, sp.end + 1)
    key = " ".join([doc.toks[k] for k in span if doc.words[k]])
    if not key:
        return written
    cached = doc.resolved.get(key)
    if cached is not None:
        return cached or written
    found = fuller = ""
    parts = key.split()
    titled = parts[0].startswith("ال") or (len(parts) > 1 and parts[-1].startswith("ال"))
    f = doc.folded.text
    lo = max(0, doc.starts[sp.start] - _RESOLVE_WINDOW)
    hi = min(len(f), doc.starts[sp.start] + _RESOLVE_WINDOW)
    pos = f.find(key, lo, hi)
    tries = 0
    if not titled:
        # A name: only a fuller form of it elsewhere (the first one found) may resolve it.
        while pos >= 0 and tries < 20 and not fuller:
            tries += 1
            if pos == 0 or not f[pos - 1].isalnum():
                fuller = _fuller_name(doc, pos, key)
            pos = f.find(key, pos + 1, hi)
        doc.resolved[key] = fuller
        return fuller or written
    other_verbs = _lex().other_verbs
    while pos >= 0 and tries < 20 and not found:
        tries += 1
        starts_well = pos == 0 or not f[pos - 1].isalnum()
        if not starts_well:
            pos = f.find(key, pos + 1, hi)  # inside a longer word: neither form applies
            continue
        k = bisect.bisect_left(doc.starts, pos + len(key))
        if k < len(doc.toks) and doc.toks[k] in ("،", ","):
            k += 1
        title_rest = 0
        while k < len(doc.toks) and doc.toks[k].startswith("وال") and title_rest < 2:
            k += 1  # the rest of the title: "وزير الاقتصاد [والتجارة] أمين سلام"
            title_rest += 1
        first = k
        while k < len(doc.toks) and k - first < 3 and doc.words[k]:
            t = doc.toks[k]
            if t.startswith("ال") or _np_stop(doc, k) or t in other_verbs:
                break
            if _possessed(doc, k):
                break
            k += 1
        if k > first and (k >= len(doc.toks) or not doc.words[k] or _np_stop(doc, k)):
            o0, o1 = doc.orig(first, k - 1)
            found = doc.text[o0:o1]
        elif not key.startswith("ال") and not fuller:
            fuller = _fuller_name(doc, pos, key)
        pos = f.find(key, pos + 1, hi)
    found = found or fuller
    doc.resolved[key] = found
    return found or written


def _fuller_name(doc: _Doc, pos: int, key: str) -> str:
    """A name written with its first names elsewhere: ``لوشيسكو`` -> ``رازفان لوشيسكو``."""
    lx = _lex()
    kb = bisect.bisect_left(doc.starts, pos)
    ke = bisect.bisect_left(doc.starts, pos + len(key)) - 1
    j = kb - 1
    while j >= 0 and kb - j <= 2 and doc.words[j]:
        t = doc.toks[j]
        if (
            t.startswith(("ال", "و"))
            or _np_stop(doc, j)
            or t in lx.other_verbs
            or t in lx.label_nouns
            or _possessed(doc, j)
        ):
            break
        j -= 1
    if j + 1 >= kb or ke < kb:
        return ""
    o0, o1 = doc.orig(j + 1, ke)
    return doc.text[o0:o1]
