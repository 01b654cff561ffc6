"""Arabic character tables for :mod:`arnews.normalize`.

Characters are written as ``\\uXXXX`` escapes with their Unicode names in
comments, so that bidirectional rendering in an editor cannot scramble them.
Character classes are plain strings of characters (ready for a regex class
after :func:`re.escape`); maps are read-only :class:`types.MappingProxyType`.
"""

from __future__ import annotations

from types import MappingProxyType

# ---------------------------------------------------------------------------
# Marks (combining characters) and tatweel
# ---------------------------------------------------------------------------

#: Harakat, tanween, shadda, sukun and the other Arabic combining marks
#: U+064B..U+065F (maddah/hamza above and below included: a *decomposed*
#: hamza is composed onto its letter before marks are stripped).
HARAKAT = "".join(chr(c) for c in range(0x064B, 0x0660))
# \u064b ARABIC FATHATAN          \u064c ARABIC DAMMATAN       \u064d ARABIC KASRATAN
# \u064e ARABIC FATHA             \u064f ARABIC DAMMA          \u0650 ARABIC KASRA
# \u0651 ARABIC SHADDA            \u0652 ARABIC SUKUN          \u0653 ARABIC MADDAH ABOVE
# \u0654 ARABIC HAMZA ABOVE       \u0655 ARABIC HAMZA BELOW    \u0656..\u065f minor vowel signs

#: U+0670 ARABIC LETTER SUPERSCRIPT ALEF (dagger alef, as in the Quranic spelling of hadha).
SUPERSCRIPT_ALEF = "\u0670"

#: Quranic annotation signs U+0610..U+061A (honorifics, small high letters, small vowels).
QURANIC_SIGNS = "".join(chr(c) for c in range(0x0610, 0x061B))

#: Quranic marks U+06D6..U+06ED: small high ligatures and letters, pause marks,
#: U+06DD ARABIC END OF AYAH, U+06DE ARABIC START OF RUB EL HIZB,
#: U+06E5/U+06E6 ARABIC SMALL WAW/YEH, U+06E9 ARABIC PLACE OF SAJDAH.
QURANIC_MARKS = "".join(chr(c) for c in range(0x06D6, 0x06EE))

#: Arabic Extended-A marks U+08D3..U+08FF except U+08E2 ARABIC DISPUTED END OF AYAH
#: (curly and open vowels, tone marks): rare, but they arrive in copied Quranic text.
EXTENDED_MARKS = "".join(chr(c) for c in range(0x08D3, 0x0900) if c != 0x08E2)

#: Everything the ``diacritics`` option removes.
DIACRITICS = HARAKAT + SUPERSCRIPT_ALEF + QURANIC_SIGNS + QURANIC_MARKS + EXTENDED_MARKS + "\u08e2"

#: The combining marks only (general category Mn): these are the characters that
#: the repairs re-attach, deduplicate or drop at the start of a word.
COMBINING_MARKS = (
    HARAKAT
    + SUPERSCRIPT_ALEF
    + QURANIC_SIGNS
    + "".join(
        chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06DD, 0x06DE, 0x06E5, 0x06E6, 0x06E9)
    )
    + EXTENDED_MARKS
)

#: U+0640 ARABIC TATWEEL (kashida), the stretching stroke.
TATWEEL = "\u0640"

#: Combining hamza and madda that NFC composes onto a preceding alef, waw or yeh:
#: U+0653 ARABIC MADDAH ABOVE, U+0654 ARABIC HAMZA ABOVE, U+0655 ARABIC HAMZA BELOW.
COMPOSING_MARKS = "\u0653\u0654\u0655"

# ---------------------------------------------------------------------------
# Letters
# ---------------------------------------------------------------------------

#: Arabic-script letters (ranges, for a regex class): the Arabic block's letters,
#: Arabic Supplement and Extended-A/B letters. Tatweel counts as a letter carrier.
LETTER_RANGES = (
    "\u0620-\u063f"  # ARABIC LETTER KASHMIRI YEH .. ARABIC LETTER FARSI YEH WITH THREE DOTS ABOVE
    "\u0640"  # ARABIC TATWEEL (carries marks like a letter)
    "\u0641-\u064a"  # ARABIC LETTER FEH .. ARABIC LETTER YEH
    "\u066e\u066f"  # ARABIC LETTER DOTLESS BEH, DOTLESS QAF
    "\u0671-\u06d3"  # ARABIC LETTER ALEF WASLA .. ARABIC LETTER YEH BARREE WITH HAMZA ABOVE
    "\u06d5"  # ARABIC LETTER AE
    "\u06ee\u06ef"  # ARABIC LETTER DAL/REH WITH INVERTED V
    "\u06fa-\u06fc"  # ARABIC LETTER SHEEN/DAD/GHAIN WITH DOT BELOW
    "\u06ff"  # ARABIC LETTER HEH WITH INVERTED V
    "\u0750-\u077f"  # Arabic Supplement letters
    "\u0870-\u0887"  # Arabic Extended-B letters
    "\u08a0-\u08c9"  # Arabic Extended-A letters
)

#: Alef variants unified by the ``alef`` option.
ALEF_VARIANTS = MappingProxyType(
    {
        "\u0623": "\u0627",  # ARABIC LETTER ALEF WITH HAMZA ABOVE -> ARABIC LETTER ALEF
        "\u0625": "\u0627",  # ARABIC LETTER ALEF WITH HAMZA BELOW -> ARABIC LETTER ALEF
        "\u0622": "\u0627",  # ARABIC LETTER ALEF WITH MADDA ABOVE -> ARABIC LETTER ALEF
        "\u0671": "\u0627",  # ARABIC LETTER ALEF WASLA -> ARABIC LETTER ALEF
        "\u0672": "\u0627",  # ARABIC LETTER ALEF WITH WAVY HAMZA ABOVE -> ARABIC LETTER ALEF
        "\u0673": "\u0627",  # ARABIC LETTER ALEF WITH WAVY HAMZA BELOW -> ARABIC LETTER ALEF
    }
)

#: U+0649 ARABIC LETTER ALEF MAKSURA -> U+064A ARABIC LETTER YEH (the ``ya`` option).
ALEF_MAKSURA = MappingProxyType({"\u0649": "\u064a"})

#: U+0629 ARABIC LETTER TEH MARBUTA -> U+0647 ARABIC LETTER HEH (the ``teh_marbuta`` option).
TEH_MARBUTA = MappingProxyType({"\u0629": "\u0647"})

#: Hamza seats -> bare hamza (the ``hamza`` option).
HAMZA_SEATS = MappingProxyType(
    {
        "\u0624": "\u0621",  # ARABIC LETTER WAW WITH HAMZA ABOVE -> ARABIC LETTER HAMZA
        "\u0626": "\u0621",  # ARABIC LETTER YEH WITH HAMZA ABOVE -> ARABIC LETTER HAMZA
    }
)

#: Persian, Urdu and Kurdish look-alikes -> the Arabic letter a reader sees
#: (the ``persian`` option). Scraped Arabic pages from Urdu or Persian sites
#: mix these in (``\u0628\u0648\u06cc\u0646\u062a`` "point" with a Farsi yeh).
PERSIAN_LOOKALIKES = MappingProxyType(
    {
        "\u06cc": "\u064a",  # ARABIC LETTER FARSI YEH -> ARABIC LETTER YEH
        "\u06d0": "\u064a",  # ARABIC LETTER E -> ARABIC LETTER YEH
        "\u06cd": "\u064a",  # ARABIC LETTER YEH WITH TAIL -> ARABIC LETTER YEH
        "\u06d2": "\u064a",  # ARABIC LETTER YEH BARREE -> ARABIC LETTER YEH
        "\u06a9": "\u0643",  # ARABIC LETTER KEHEH -> ARABIC LETTER KAF
        "\u06aa": "\u0643",  # ARABIC LETTER SWASH KAF -> ARABIC LETTER KAF
        "\u06c1": "\u0647",  # ARABIC LETTER HEH GOAL -> ARABIC LETTER HEH
        "\u06d5": "\u0647",  # ARABIC LETTER AE -> ARABIC LETTER HEH
        "\u06c0": "\u0647",  # ARABIC LETTER HEH WITH YEH ABOVE -> ARABIC LETTER HEH
        "\u06be": "\u0647",  # ARABIC LETTER HEH DOACHASHMEE -> ARABIC LETTER HEH
        "\u06c3": "\u0629",  # ARABIC LETTER TEH MARBUTA GOAL -> ARABIC LETTER TEH MARBUTA
        "\u06d4": ".",  # ARABIC FULL STOP -> FULL STOP
    }
)

# ---------------------------------------------------------------------------
# Digits and number punctuation
# ---------------------------------------------------------------------------

#: U+0660..U+0669 ARABIC-INDIC DIGIT ZERO..NINE.
ARABIC_INDIC_DIGITS = "".join(chr(c) for c in range(0x0660, 0x066A))

#: U+06F0..U+06F9 EXTENDED ARABIC-INDIC DIGIT ZERO..NINE (Persian and Urdu).
PERSIAN_DIGITS = "".join(chr(c) for c in range(0x06F0, 0x06FA))

#: Eastern digits (both sets) -> ASCII, plus the Arabic number punctuation.
EASTERN_TO_ASCII = MappingProxyType(
    {
        **{d: str(i) for i, d in enumerate(ARABIC_INDIC_DIGITS)},
        **{d: str(i) for i, d in enumerate(PERSIAN_DIGITS)},
        "\u066a": "%",  # ARABIC PERCENT SIGN -> PERCENT SIGN
        "\u066b": ".",  # ARABIC DECIMAL SEPARATOR -> FULL STOP
        "\u066c": ",",  # ARABIC THOUSANDS SEPARATOR -> COMMA
    }
)

#: ASCII digits -> Arabic-Indic (the reverse, ``digits="arabic"``).
ASCII_TO_ARABIC_INDIC = MappingProxyType({str(i): d for i, d in enumerate(ARABIC_INDIC_DIGITS)})

# ---------------------------------------------------------------------------
# Invisible characters and white space
# ---------------------------------------------------------------------------

#: Format characters removed by the ``invisible`` option. None of them carries
#: meaning in Arabic news text once it is out of the page's markup.
INVISIBLE = (
    "\u00ad"  # SOFT HYPHEN
    "\u061c"  # ARABIC LETTER MARK
    "\u180e"  # MONGOLIAN VOWEL SEPARATOR (a former space)
    "\u200b"  # ZERO WIDTH SPACE
    "\u200e"  # LEFT-TO-RIGHT MARK
    "\u200f"  # RIGHT-TO-LEFT MARK
    "\u202a"  # LEFT-TO-RIGHT EMBEDDING
    "\u202b"  # RIGHT-TO-LEFT EMBEDDING
    "\u202c"  # POP DIRECTIONAL FORMATTING
    "\u202d"  # LEFT-TO-RIGHT OVERRIDE
    "\u202e"  # RIGHT-TO-LEFT OVERRIDE
    "\u2060"  # WORD JOINER
    "\u2061\u2062\u2063\u2064"  # invisible math operators
    "\u2066"  # LEFT-TO-RIGHT ISOLATE
    "\u2067"  # RIGHT-TO-LEFT ISOLATE
    "\u2068"  # FIRST STRONG ISOLATE
    "\u2069"  # POP DIRECTIONAL ISOLATE
    "\u206a-\u206f"  # deprecated format characters (a range: use inside a regex class)
    "\ufeff"  # ZERO WIDTH NO-BREAK SPACE (byte order mark)
    "\ufff9\ufffa\ufffb"  # interlinear annotation anchors
)

#: U+200C ZERO WIDTH NON-JOINER: kept in ``light`` between two letters (Persian
#: spelling uses it inside words), removed everywhere else.
ZWNJ = "\u200c"

#: U+200D ZERO WIDTH JOINER: kept between two non-Arabic symbols (emoji ZWJ
#: sequences), removed next to Arabic letters and at word edges.
ZWJ = "\u200d"

#: Space characters folded to U+0020 SPACE by the ``whitespace`` option.
SPACES = (
    "\t"  # CHARACTER TABULATION
    "\u00a0"  # NO-BREAK SPACE
    "\u1680"  # OGHAM SPACE MARK
    "\u2000-\u200a"  # EN QUAD .. HAIR SPACE (thin, punctuation, figure spaces; a range)
    "\u202f"  # NARROW NO-BREAK SPACE
    "\u205f"  # MEDIUM MATHEMATICAL SPACE
    "\u3000"  # IDEOGRAPHIC SPACE
)

#: Line breaks folded to ``\\n`` by the ``whitespace`` option.
LINE_BREAKS = (
    "\r\n",  # CARRIAGE RETURN + LINE FEED
    "\r",  # CARRIAGE RETURN
    "\x0b",  # LINE TABULATION
    "\x0c",  # FORM FEED
    "\x1c",  # FILE SEPARATOR (str.splitlines() breaks on it)
    "\x1d",  # GROUP SEPARATOR
    "\x1e",  # RECORD SEPARATOR
    "\x85",  # NEXT LINE
    "\u2028",  # LINE SEPARATOR
    "\u2029",  # PARAGRAPH SEPARATOR
)

# ---------------------------------------------------------------------------
# Presentation forms
# ---------------------------------------------------------------------------

#: Arabic Presentation Forms-A (U+FB50..U+FDFF) and -B (U+FE70..U+FEFE) as
#: regex ranges. Their compatibility decompositions (NFKC) give base letters;
#: U+FEFF (the BOM) is in INVISIBLE instead.
PRESENTATION_RANGES = "\ufb50-\ufdff\ufe70-\ufefe"

#: Word ligatures and what they fold to: their NFKC expansions, kept as words
#: so that the text stays searchable (a documented choice, not an accident).
WORD_LIGATURES = MappingProxyType(
    {
        "\ufdf2": "\u0627\u0644\u0644\u0647",  # ARABIC LIGATURE ALLAH ISOLATED FORM -> allah
        "\ufdfa": (  # ARABIC LIGATURE SALLALLAHOU ALAYHE WASALLAM
            "\u0635\u0644\u0649 \u0627\u0644\u0644\u0647 \u0639\u0644\u064a\u0647 \u0648\u0633\u0644\u0645"
        ),
        "\ufdfb": "\u062c\u0644 \u062c\u0644\u0627\u0644\u0647",  # ARABIC LIGATURE JALLAJALALOUHOU
    }
)
