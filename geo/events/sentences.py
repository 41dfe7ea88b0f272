"""Sentence splitting for Indonesian and English news that survives abbreviations and quotes."""
from __future__ import annotations

import re

from geo.text import lines_view

# Words that end with a full stop without ending the sentence.
ABBREVIATIONS = frozenset("""pm dr prof ir drs hj h st mr mrs ms sen gov rep gen lt col sgt capt
jl jln no vs etc inc corp co ltd jr sr mt ft u.s a.s tn ny bpk sdr yth dll dsb dkk
jan feb mar apr jun jul aug agu agt sep sept oct okt nov dec des""".split())
# A sentence ends at a run of marks; the match starts only at a run's first mark, so a run
# of 100,000 dots is read once, not once from each of its dots.
_END = re.compile(r"(?<![.!?\u2026])[.!?\u2026]+[\"'\u201d\u2019)\]]*"
                  r"(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u00C0-\u024F])")


def _is_abbreviation(text: str, dot: int) -> bool:
    start = dot
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].casefold()
    if len(word) == 1 and word.isalpha():
        # an initial follows a first name ("John F. Kennedy"); "posted on X." ends a sentence
        before = text[max(0, start - 40):start].split()
        return not before or before[-1][:1].isupper()
    # "U.N.", "U.K.": dotted initials name a body far more often than they end a sentence
    return word in ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word) is not None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; lines are never joined, quotes stay with their sentence."""
    out = []
    text = lines_view(text)  # "\r" line endings too, offsets unchanged
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for m in _END.finditer(text, line.start(), line.end()):
            if text[m.start()] == "." and _is_abbreviation(text, m.start()):
                continue
            out.append((start, m.end()))
            start = m.end()
            while start < line.end() and text[start].isspace():
                start += 1
        if start < line.end() and text[start:line.end()].strip():
            out.append((start, line.end()))
    return [(a, b) for a, b in out if text[a:b].strip()]
