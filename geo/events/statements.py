"""On-record statements as Strategic developments (Accusation/statement): a government, an
armed group or an international body that accuses, condemns, claims or appeals about the
conflict. Analysts, opposition figures, witnesses and columnists give opinions, not events.

Placed where the text says the statement was made ("at the U.N. Security Council": New
York; "told reporters in Quetta"), else at the speaker's capital or seat, precision 3.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from geo.records import Entry, Mention

SPEECH = re.compile(
    r"\b(?:said|says|told|stated|announced|declared|warned|condemned|condemns|accused|accuses|"
    r"blamed|blames|urged|urges|called\s+(?:on|for)|calls\s+(?:on|for)|appealed|criticized|"
    r"criticised|slammed|denounced|demanded|insisted|vowed|repeated|reiterated|welcomed|praised|"
    r"mengatakan|menyatakan|mengungkapkan|menyampaikan|menegaskan|mengecam|mengutuk|menuduh|"
    r"menuding|mendesak|menyerukan|memperingatkan|mengumumkan|menyebut|kata|ujar|tutur|ucap|"
    r"tegas|ungkap|dalih|jelas)\b", re.I)
# Who speaks for a government, an armed group or an international body.
OFFICIAL = re.compile(
    r"\b(?:president|prime\s+minister|minister|ministry|spokes(?:man|woman|person)|ambassador|envoy|"
    r"representative|secretary|government|officials?|military|army|forces|commander|chief|leader|"
    r"council|governor|junta|kremlin|white\s+house|pentagon|state\s+department|taliban|hamas|"
    r"hezbollah|houthis?|irgc|al-shabab|u\.n\.|un|united\s+nations|nato|iaea|pope|"
    r"presiden|perdana\s+menteri|menteri|kementerian|menhan|menlu|juru\s+bicara|jubir|duta\s+besar|"
    r"dubes|utusan|pemerintah|pejabat|militer|tentara|panglima|komandan|kepala|pemimpin|dewan|"
    r"pbb|paus|gubernur|gedung\s+putih)\b", re.I)
NOT_OFFICIAL = re.compile(
    r"\b(?:analysts?|experts?|researchers?|professor|scholars?|lawmakers?|senators?|opposition|"
    r"witnesses|witness|residents?|journalists?|reporters?|columnist|lawyer|sources?|doctors?|"
    r"analis|pakar|pengamat|peneliti|oposisi|saksi|warga|wartawan|jurnalis|pengacara|sumber|"
    r"mantan|former)\b", re.I)
# A statement is about the war: words of violence, war or its diplomacy in the sentence.
ABOUT_CONFLICT = re.compile(
    r"\b(?:attacks?|attacked|war|ceasefire|truce|military|troops|terror\w*|killing|killed|violence|"
    r"weapons?|arms|missiles?|strikes?|invasion|aggression|hostilit\w+|militants?|insurgents?|"
    r"rebels?|separatists?|security|peace|conflict|bombing|massacre|genocide|hostages?|"
    r"serangan|menyerang|perang|gencatan\s+senjata|militer|tentara|pasukan|teror\w*|tewas|"
    r"kekerasan|senjata|rudal|invasi|agresi|milisi|pemberontak|separatis|keamanan|perdamaian|"
    r"damai|konflik|pembantaian|genosida|sandera|kebiadaban|nuklir|nuclear)\b", re.I)
BODIES = [
    (re.compile(r"\b(?:security\s+council|dewan\s+keamanan)\b", re.I), "un"),
    (re.compile(r"\b(?:secretary-general|sekretaris\s+jenderal|u\.n\.|united\s+nations|pbb|"
                r"perserikatan\s+bangsa-bangsa|un)\b", re.I), "un"),
    (re.compile(r"\biaea\b", re.I), "iaea"),
    (re.compile(r"\bnato\b", re.I), "nato"),
    (re.compile(r"\b(?:pope|paus|vatican|vatikan)\b", re.I), "vatican"),
]
# "at the U.N. Security Council", "di Dewan Keamanan PBB": the statement is made in New York.
AT_THE_UN = re.compile(r"\b(?:at|in|before|to|di|dalam|ke)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+){0,3}"
                       r"(?:(?:u\.n\.|un|united\s+nations)\s+security\s+council|security\s+council|"
                       r"dewan\s+keamanan(?:\s+pbb)?|council\s+members)", re.I)
SAID_AFTER = re.compile(r"(?:[,\u201d\"]\s*|\b)(?:said|says|told|kata|ujar|tutur|ucap|tegas|ungkap|"
                        r"dalih|jelas)\s+(?P<who>[^,.;\u201c\u201d\"]{2,90})", re.I)
MAX_SPEAKER_CHARS = 120
# "told reporters in Quetta": where it was said stands just after the verb.
WHERE_CHARS = 40
# The description of a person named bare ("Akhundzada said") is found where the text
# introduced them: the words just before their first mention.
INTRO_CHARS = 90


@dataclass(frozen=True, slots=True)
class Statement:
    speaker: str  # the speaker as the text names them
    start: int
    end: int
    owner: str  # ISO code or body ("un") the speaker speaks for
    place: Entry
    mention: Mention | None  # the town the text says it was made in
    told_where: bool  # the text says where (a town, the Security Council); else a capital or seat


def _speaker(text: str, s: int, e: int, verb: re.Match[str]) -> tuple[int, int]:
    """The speaker's span: who follows the verb in `"...," said X` / `..., kata X`, else the
    subject before the verb."""
    lead = text[max(s, verb.start() - 3):verb.start()]
    after = SAID_AFTER.match(text, max(s, verb.start() - 3), e) if re.search(r"[,\u201d\"]\s*$", lead) \
        else None
    if after is not None and after.start("who") > verb.start():
        return after.start("who"), after.end("who")
    head = max(text.rfind(c, s, verb.start()) for c in ("\u201d", "\"", ";", ":"))
    start = head + 1 if head >= s else s
    comma = text.rfind(", ", start, verb.start())
    if comma != -1 and OFFICIAL.search(text, comma, verb.start()):
        start = comma + 2  # "Speaking at the council on Thursday, Somalia's ambassador said"
    return start, verb.start()


def _owner(text: str, a: int, b: int, mentions: Sequence[Mention],
           seats: Mapping[str, Entry]) -> str | None:
    phrase = text[a:b]
    countries = [m for m in mentions if a <= m.start < b and m.entry is not None
                 and m.entry.kind in ("country", "disputed")]
    for pattern, body in BODIES:
        named = pattern.search(phrase)
        if named and body in seats:
            # "Pakistan's permanent representative to the United Nations" speaks for Pakistan
            if body == "un" and countries and countries[0].start < a + named.start():
                return countries[0].entry.country  # type: ignore[union-attr]
            return body
    if countries:
        return countries[0].entry.country  # type: ignore[union-attr]
    return None


def _introduced(text: str, a: int, b: int) -> tuple[int, int] | None:
    """Where a speaker named bare ("Akhundzada") was introduced, with their office."""
    names = re.findall(r"[A-Z][\w'\u2019-]+", text[a:b])
    if not names:
        return None
    first = text.find(names[-1])
    if first == -1 or first >= a:
        return None
    return max(0, first - INTRO_CHARS), first + len(names[-1])


def find_statements(text: str, sentence: tuple[int, int], mentions: Sequence[Mention],
                    seats: Mapping[str, Entry], places: Sequence[Mention]) -> list[Statement]:
    """The statement in a sentence, if an official makes one about the conflict. `mentions`
    are the article's (a speaker may have been introduced earlier), `places` the sentence's."""
    s, e = sentence
    if not ABOUT_CONFLICT.search(text, s, e):
        return []
    for verb in SPEECH.finditer(text, s, e):
        a, b = _speaker(text, s, e, verb)
        if b - a > MAX_SPEAKER_CHARS or b <= a:
            continue
        described = (a, b)
        if not OFFICIAL.search(text, a, b):
            intro = _introduced(text, a, b)
            if intro is None or not OFFICIAL.search(text, *intro):
                continue
            described = intro
        if NOT_OFFICIAL.search(text, *described):
            continue
        owner = _owner(text, described[0], described[1], mentions, seats) or \
            _owner(text, a, b, mentions, seats)
        if owner is None:
            continue
        if AT_THE_UN.search(text, s, e) and "un" in seats:
            return [Statement(text[a:b].strip(), a, b, owner, seats["un"], None, True)]
        where = [m for m in places if m.entry is not None and m.entry.kind == "city"
                 and verb.end() <= m.start <= verb.end() + WHERE_CHARS
                 and re.search(r"\b(?:in|at|di)\s+(?:the\s+)?$", text[max(s, m.start - 12):m.start])
                 and not a <= m.start < b]
        if where:
            return [Statement(text[a:b].strip(), a, b, owner, where[0].entry, where[0], True)]  # type: ignore[arg-type]
        if owner in seats:
            return [Statement(text[a:b].strip(), a, b, owner, seats[owner], None, False)]
    return []
