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

from geo.events.claims import HOLDER_EDGES, SAID_WHEN, SETTING
from geo.records import Entry, Mention
from geo.text import Gated, any_within, spans_within

SPEECH = re.compile(
    r"\b(?:said|says|told|stated|announced|declared|warned|condemned|condemns|accused|accuses|"
    r"blamed|blames|urged|urges|called\s+(?:on|for)|calls\s+(?:on|for)|appealed|criticized|saying|"
    r"criticised|slammed|denounced|demanded|insisted|vowed|repeated|reiterated|welcomed|praised|"
    r"described|menilai|wrote|writes|tweeted|tweets|posted|menulis|mencuit|"
    r"merespons|menanggapi|menurut|according\s+to|"
    r"ordered|instructed|memerintahkan|menginstruksikan|"
    r"mengatakan|menyatakan|mengungkapkan|menyampaikan|menegaskan|mengecam|mengutuk|menuduh|"
    r"menuding|mendesak(?=\s+(?:agar|supaya|pihak|otoritas|pemerintah|negara|dunia|komunitas|"
    r"masyarakat\s+internasional|semua|seluruh|para|(?-i:[A-Z])))|menyerukan|memperingatkan|"
    r"mengumumkan|menyebut|kata|ujar|tutur|ucap|"
    r"tegas|ungkap|dalih|jelas|disampaikan|diungkapkan|dinyatakan|ditegaskan|dikatakan)\b", re.I)
# "disampaikan oleh Duta Besar Kamboja untuk PBB, Chhea Keo, saat ...": the speaker after "oleh".
BY_SPEAKER = re.compile(r"\s+(?:oleh|by)\s+(?P<who>.{2,100}?)(?=\s*(?:,\s*)?\b(?:saat|ketika|pada|"
                        r"dalam|di|setelah|usai|when|while|during|at|in|on|for)\b|(?<![A-Z])[.;:]|$)", re.I)
DASH = re.compile(r"\s[-\u2013\u2014]\s")  # (any space: "KOMPAS.com -\xa0Israel")
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.I)
# Who speaks for a government, an armed group or an international body.
# (A trailing (?!\w), not \b: "U.N." ends in a dot.)
OFFICIAL = re.compile(
    r"\b(?:president|prime\s+minister|minister|ministry|spokes(?:man|woman|person)|ambassador|envoy|"
    r"representative|secretary|government|officials?|military|army|forces|commander|chief|leader|"
    r"council|governor|junta|kremlin|white\s+house|pentagon|state\s+department|taliban|hamas|"
    r"hezbollah|houthis?|irgc|al-shabab|u\.n\.|un|united\s+nations|nato|iaea|pope|general|"
    r"lieutenant|lt\.|gen\.|col\.|colonel|major|brigadier|admiral|coordinator|director|chairman|"
    r"chairwoman|deputy|delegate|diplomat|negotiator|police\s+chief|"
    r"presiden|perdana\s+menteri|menteri|kementerian|menhan|menlu|juru\s+bicara|jubir|duta\s+besar|"
    r"dubes|utusan|pemerintah|pejabat|militer|tentara|panglima|komandan|kepala|pemimpin|dewan|"
    r"pbb|paus|gubernur|gedung\s+putih|jenderal|kolonel|mayjen|letjen|brigjen|laksamana|ketua|"
    r"wakil|direktur|koordinator|delegasi|diplomat|kapolri|kapolda|kapolres|juru\s+runding|"
    r"icc|international\s+criminal\s+court|mahkamah\s+pidana\s+internasional|"
    r"european\s+union|uni\s+eropa|african\s+union|uni\s+afrika|asean|(?-i:EU|AU))(?!\w)",
    re.I)
# Armed groups speak for themselves ("a Taliban spokesman", "juru bicara Houthi"): from the
# country they fight in, whose capital places what they say.
ARMED_GROUP = re.compile(
    r"\b(?:taliban|hezbollah|hizbullah|houthis?|al-shabaa?b|islamic\s+state|isis|"
    r"rapid\s+support\s+forces|rsf|m23|baloch\s+liberation\s+army|bla|boko\s+haram|tpnpb|opm|kkb)\b",
    re.I)
GROUP_NAMES = {"hizbullah": "Hezbollah", "houthis": "Houthis", "houthi": "Houthis",
               "al-shabab": "Al-Shabaab", "al-shabaab": "Al-Shabaab", "isis": "Islamic State",
               "islamic state": "Islamic State", "rsf": "Rapid Support Forces",
               "rapid support forces": "Rapid Support Forces", "bla": "Baloch Liberation Army",
               "baloch liberation army": "Baloch Liberation Army", "taliban": "Taliban",
               "hezbollah": "Hezbollah", "m23": "M23", "boko haram": "Boko Haram",
               "tpnpb": "TPNPB", "opm": "OPM", "kkb": "KKB"}
# Where each group fights from (ISO 3166): its statements are placed at that country's capital.
# Groups that fight in many countries ("Islamic State") speak from the article's theatre.
# (Hamas is left out: the gazetteer's seat for Palestine is East Jerusalem, not Gaza.)
GROUP_COUNTRIES = {"Taliban": "AF", "Hezbollah": "LB", "Houthis": "YE",
                   "Al-Shabaab": "SO", "Rapid Support Forces": "SD", "Baloch Liberation Army": "PK",
                   "M23": "CD", "Boko Haram": "NG", "TPNPB": "ID", "OPM": "ID", "KKB": "ID"}
# Offices of a government (not a body): a minister named without a country speaks for the
# country the article is about.
GOVERNMENT = re.compile(
    r"\b(?:president|prime\s+minister|minister|ministry|government|military|army|police|governor|"
    r"interior|defen[cs]e|foreign|presiden|perdana\s+menteri|menteri|kementerian|pemerintah|"
    r"militer|tentara|polisi|gubernur|kapolri|kapolda|kapolres|panglima)(?!\w)", re.I)
NOT_OFFICIAL = re.compile(
    r"\b(?:analysts?|experts?|researchers?|professor|scholars?|lawmakers?|senators?|opposition|"
    r"witnesses|witness|residents?|journalists?|reporters?|columnist|lawyer|sources?|doctors?|"
    r"analis|pakar|pengamat|peneliti|oposisi|saksi|warga|wartawan|jurnalis|pengacara|sumber|"
    r"mantan|former)\b(?!\s+(?:coordinator|representative|koordinator))", re.I)
# A statement is about the war: words of violence, war or its diplomacy in the sentence.
ABOUT_CONFLICT = re.compile(
    r"\b(?:attacks?|attacked|war|ceasefire|truce|military|troops|terror\w*|killing|killed|violence|"
    r"weapons?|arms|missiles?|strikes?|invasion|aggression|hostilit\w+|militants?|insurgents?|"
    r"rebels?|separatists?|security|peace|conflict|bombing|massacre|genocide|hostages?|"
    r"serangan|menyerang|perang|gencatan\s+senjata|militer|tentara|pasukan|teror\w*|tewas|"
    r"kekerasan|senjata|bersenjata|melucuti|disarm\w*|rudal|invasi|agresi|milisi|pemberontak|"
    r"separatis|keamanan|perdamaian|"
    r"damai|konflik|pembantaian|genosida|sandera|kebiadaban|nuklir|nuclear|shelling|shelled|"
    r"airstrikes?|air\s+strikes?|drones?|fighting|clashes|casualties|bombardment|"
    r"penembakan|pengeboman|pertempuran|bentrokan|pembunuhan|dibunuh|negotiations|"
    r"political\s+process|sabotage|insurgents?|perundingan|negosiasi|front\s*lines?|diplomacy|"
    r"garis\s+depan|diplomasi|sanctions|sanksi|escalation|de-escalation|eskalasi|restraint|"
    r"menahan\s+diri|offensives?|counteroffensives?|counter-offensives?|assaults?|ofensif|"
    r"violent|unrest|riots?|disturbances|kerusuhan|ricuh|"
    # (what an armed group does is the war: "meminta dunia bertindak melawan Taliban")
    r"houthis?|hamas|hezbollah|hizbullah|taliban|al-shabaa?b|boko\s+haram|kkb|tpnpb)\b", re.I)
# Governments named by the seat of their power: whom their words speak for (ISO 3166).
SEATS_OF_POWER = [(re.compile(p, re.I), code) for p, code in (
    (r"white\s+house|pentagon|state\s+department|gedung\s+putih|departemen\s+luar\s+negeri\s+as", "US"),
    (r"kremlin", "RU"), (r"downing\s+street", "GB"), (r"[ée]lys[ée]e", "FR"))]
SEAT_OF_POWER = re.compile(r"\b(?:" + "|".join(p.pattern for p, _ in SEATS_OF_POWER) + r")\b", re.I)
# A body named by its name first: "NATO Secretary-General" is NATO's, not the UN's.
BODIES = [
    (re.compile(r"\biaea\b", re.I), "iaea"),
    (re.compile(r"\bnato\b", re.I), "nato"),
    (re.compile(r"\b(?:pope|paus|vatican|vatikan)\b", re.I), "vatican"),
    (re.compile(r"\b(?:icc|international\s+criminal\s+court|mahkamah\s+pidana\s+internasional)\b",
                re.I), "icc"),
    (re.compile(r"\b(?:european\s+union|uni\s+eropa|(?-i:EU))\b", re.I), "eu"),
    (re.compile(r"\b(?:african\s+union|uni\s+afrika|(?-i:AU))\b", re.I), "au"),
    (re.compile(r"\basean\b", re.I), "asean"),
    (re.compile(r"\b(?:security\s+council|dewan\s+keamanan)\b", re.I), "un"),
    (re.compile(r"\b(?:secretary-general|sekretaris\s+jenderal|u\.n\.|united\s+nations|pbb|"
                r"perserikatan\s+bangsa-bangsa|un)(?!\w)", re.I), "un"),
]
# The bodies' names, as an actor (ACLED names a statement's actor: who speaks for whom).
BODY_NAMES = {"un": "United Nations", "iaea": "IAEA", "nato": "NATO", "eu": "European Union",
              "icc": "International Criminal Court", "au": "African Union", "asean": "ASEAN",
              "who": "WHO", "icrc": "ICRC", "vatican": "Holy See"}
# "Kenya's envoy to the U.N.", "Chile's deputy U.N. ambassador", "Dubes Indonesia untuk PBB": a
# state's post at the United Nations speaks there, not in its capital.
UN_POST = re.compile(r"\b(?:(?:u\.n\.|un|united\s+nations|pbb)\s+(?:deputy\s+)?(?:ambassador|envoy)|"
                     r"(?:ambassador|envoy|representative|duta\s+besar|dubes|wakil\s+tetap|"
                     r"perwakilan\s+tetap)\s+(?:\w+\s+){0,2}(?:to|at|for|untuk|di)\s+(?:the\s+)?"
                     r"(?:u\.n\.|un|united\s+nations|pbb|perserikatan\s+bangsa-bangsa))(?!\w)", re.I)
# "a Security Council session", "the Security Council met", "Dewan Keamanan PBB
# menggelar pertemuan": the council's own meeting, held in New York whatever it discusses.
COUNCIL_MEETING = re.compile(
    r"\b(?:meeting|session|consultations?|briefing|pertemuan|rapat|sidang)\s+(?:\w+\s+){0,2}"
    r"(?:(?:of|by|at|in|di)\s+)?(?:the\s+)?(?:(?:u\.n\.|un|united\s+nations)\s+)?(?:security\s+council|"
    r"dewan\s+keamanan)\b|\b(?:security\s+council|dewan\s+keamanan(?:\s+pbb)?)\s+(?:meeting|session|met|"
    r"meets|menggelar|mengadakan|bersidang|bertemu)\b", re.I)
# "at the U.N. Security Council", "di Dewan Keamanan PBB": the statement is made in New York.
AT_THE_UN = re.compile(r"\b(?:at|in|during|before|to|attending|addressing|di|dalam|saat|ke|menghadiri)\s+"
                       r"(?:a\s+|an\s+|the\s+)?(?:\w+\s+){0,3}"
                       r"(?:(?:u\.n\.|un|united\s+nations)\s+security\s+council|security\s+council|"
                       r"dewan\s+keamanan(?:\s+pbb)?|council\s+members)|\btold\s+(?:the\s+)?"
                       r"(?:security\s+)?council\b", re.I)
# ("told" takes its hearer after it: "X, Y's spokesman, told reporters".)
SAID_AFTER = re.compile(r"(?:[,\u201d\"]\s*|\b)(?:said|says|kata|ujar|tutur|ucap|tegas|ungkap|"
                        r"dalih|jelas)\s+(?P<who>[^,.;\u201c\u201d\"]{2,90}?)(?=\s*(?:[,.;:\u201c\"]|$))",
                        re.I)
# "..., says the government has ordered": a clause follows the verb, not its speaker.
CLAUSE_WORDS = re.compile(r"\b(?:that|bahwa|has|have|had|is|are|was|were|will|would|must|should|"
                          r"can|could|may|might|telah|akan|sudah|sedang|harus|bisa|dapat)\b", re.I)
INVERTED_WORDS = 7  # "..., said the minister": a short name after the verb, then the end
MAX_SPEAKER_CHARS = 120
SPEAKER_SEGMENTS = 3
QUOTE_CHARS = 400  # how far back a quotation may have opened
# "Russia said": a country names its government only as a short subject.
COUNTRY_SPEAKER_CHARS = 40
BARE_NAME = re.compile(r"(?:[A-Z][\w'\u2019.-]*\s*)+")
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


# "Russia has not agreed, but Trump said": the speaker is who follows the conjunction.
CONJUNCTION = re.compile(r"(?:[,;]\s*|\s)(?:but|while|whereas|although|though|yet|and\s+then|"
                         r"namun|tetapi|tapi|sedangkan|sementara)\s+|"
                         # "His comments came two days after Ruto condemned": Ruto speaks
                         r"\s(?:after|before|setelah|sebelum|sesudah)\s+(?=(?-i:[A-Z]))", re.I)
# "North Korea's envoy defended the treaty, saying": a finite verb after the speaker's name
# or office ends the speaker (only after one: "the armed forces spokesman" is one phrase).
FINITE = re.compile(r"\s(?-i:[a-z][a-z]+ed|is|was|were|are|has|have|had|spoke|took|gave|"
                    r"made|met|rejected|defended|pointed|hit|went|came|sent)\b")


# The most words of a closing attribution's speaker ("..., the port's deputy director said").
CLOSING_WORDS = 6


def _trimmed(text: str, a: int, b: int, participle: bool) -> tuple[int, int]:
    """A subject span cut to its speaker: past a conjunction, before auxiliaries and adverbs
    at its end ("U.S. officials have"), and, before a participle ("saying"), before the
    clause's own verb."""
    cuts = list(CONJUNCTION.finditer(text, a, b))
    if cuts:
        a = cuts[-1].end()
    if participle:
        for verb in FINITE.finditer(text, a, b):
            head = text[a:verb.start()]
            if OFFICIAL.search(head) or re.search(r"(?<!^)\b[A-Z]|^(?!(?:The|A|An)\b)[A-Z]",
                                                  head.strip()):
                b = verb.start()
                # and no adverb left at its end ("Ghani again"): it ends on a name or office
                while (tail := re.search(r"\s+(\S+)$", text[a:b])) and \
                        not tail.group(1)[:1].isupper() and not OFFICIAL.fullmatch(tail.group(1)):
                    b = a + tail.start()
                break
    span = text[a:b]
    lead, trail = 0, len(span)
    for m in HOLDER_EDGES.finditer(span):
        if m.start() == 0:
            lead = max(lead, m.end())
        if m.end() == len(span) and m.start() > 0:
            trail = min(trail, m.start())
    return (a + lead, a + trail) if lead < trail else (a, b)


def _speaker(text: str, s: int, e: int, verb: re.Match[str]) -> tuple[int, int]:
    """The speaker's span: who follows the verb in `"...," said X` / `Rusia, kata X,`, else the
    subject before the verb."""
    a, b = _subject(text, s, e, verb)
    if b <= verb.start():
        a, b = _trimmed(text, a, b, verb.group().casefold() == "saying")
    while b > a and text[b - 1] in " ,":
        b -= 1  # "Kenya's envoy to the U.N., Ann Mwangi, said": the apposition's comma
    return a, b


def _subject(text: str, s: int, e: int, verb: re.Match[str]) -> tuple[int, int]:
    if re.fullmatch(r"menurut|according\s+to", verb.group(), re.I):
        # "Menurut Mahkamah Pidana Internasional (ICC), ...": who is named after it
        comma = text.find(",", verb.end(), e)
        return verb.end() + 1, comma if comma != -1 else verb.end()
    if verb.group().casefold().startswith("di") or \
            PASSIVE_BEFORE.search(text, max(s, verb.start() - 12), verb.start()):
        # "dikecam oleh X", "was criticized by X": who speaks is after "by"
        by = BY_SPEAKER.match(text, verb.end(), e)
        if by is not None:
            return by.start("who"), by.end("who")
    lead = re.search(r"[,\u201d\"]\s*$", text[max(s, verb.start() - 3):verb.start()])
    after = SAID_AFTER.match(text, max(s, verb.start() - 3) + lead.start(), e) if lead else None
    if after is not None and after.start("who") > verb.start() and \
            not CLAUSE_WORDS.search(after.group("who")) and \
            len(after.group("who").split()) <= INVERTED_WORDS and _names_someone(after.group("who")):
        setting = SETTING.search(text, after.start("who"), after.end("who"))
        return after.start("who"), setting.start() if setting else after.end("who")
    # (a dash ends a dateline: "BEIRUT, KOMPAS.com - Israel menyatakan": Israel speaks)
    start = max([s] + [i + 1 for c in ("\u201d", "\"", ";", ":")
                       if (i := text.rfind(c, s, verb.start())) >= s] +
                [m.end() for m in DASH.finditer(text, s, verb.start())])
    # "Speaking at the council on Thursday, Somalia's ambassador said"; "Pakistan's envoy to
    # the U.N., Munir Akram, said": the office is the nearest comma segment naming one, past
    # at most a bare name in apposition.
    end = verb.start()
    name_start = None
    for _ in range(SPEAKER_SEGMENTS):
        comma = text.rfind(", ", start, end)
        if comma == -1:
            break
        segment = text[comma + 2:end].strip(" ,")
        if end == verb.start() and SAID_WHEN.fullmatch(text, verb.end(), e) and \
                0 < len(segment.split()) <= CLOSING_WORDS and not FINITE.search(" " + segment):
            return comma + 2, verb.start()  # "..., Saudi mediators said.": they, official or not
        if OFFICIAL.search(segment):
            # "Okello, head of the army's press office, said": the name before the office too
            before = text.rfind(", ", start, comma)
            name_at = before + 2 if before != -1 else start
            name = text[name_at:comma]
            if name_start is None and name.strip() and BARE_NAME.fullmatch(name.strip()):
                return name_at + len(name) - len(name.lstrip()), verb.start()
            return comma + 2, verb.start()
        if segment and not BARE_NAME.fullmatch(segment):
            break
        if segment:
            name_start = comma + 2
        end = comma
    if name_start is not None and not OFFICIAL.search(text, start, end):
        return name_start, verb.start()  # "Dalam tanggapannya, Aliyev mengatakan": Aliyev
    return start, verb.start()


# "said he", "kata dia": the pronouns an inverted speaker may be
PRONOUN = re.compile(r"\b(?:he|she|they|dia|ia|beliau|mereka)\b", re.I)


def _names_someone(phrase: str) -> bool:
    """"..., said the minister" / "said Ann Mwangi" / "kata dia" name a speaker after the verb;
    "..., said the mission needs more troops" is the clause said, with no name or office."""
    if re.match(r"\s*(?:on|in|at|during|after|before|later|earlier|pada|di|saat|ketika|dalam|"
                r"seusai|usai)\b", phrase, re.I):
        return False  # "..., said on Tuesday": when, not who
    return bool(OFFICIAL.search(phrase) or PRONOUN.search(phrase) or
                re.search(r"(?-i:\b[A-Z])", phrase))


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


INTRO_BREAK = re.compile(r"\b(?:between|and|with|against|dan|dengan|antara|melawan)\s+|[;:]\s*|,\s+(?=[a-z])|"
                         r"(?<![A-Z])[.!?][\u201d\"]?\s+")  # (a sentence's end; "U.S." is none)


# Capitalised words of a speaker phrase that name no one.
DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())


def _introduced(text: str, a: int, b: int, which: int = -1) -> tuple[int, int] | None:
    """Where a speaker named bare ("Akhundzada") was introduced, with their office; `which`
    picks the name in the phrase ("Guterres' spokesman": Guterres, the Secretary-General)."""
    names = [n for n in re.findall(r"[A-Z][\w'\u2019-]+", text[a:b]) if n.casefold() not in DETERMINERS]
    if not names or not -len(names) <= which < len(names):
        return None
    name = re.sub(r"['\u2019]s?$", "", names[which])  # "Guterres'", "Berg's": the name
    # the name as a whole word ("The reporter" is no name; "Jo" is not in "Jordan")
    found = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    if found is None or found.start() >= a:
        return None
    first, end = found.start(), found.end()
    apposition = re.match(r",[^,.;\n]{0,80}", text[end:end + 82])  # "Carey Cavanaugh, mantan duta besar"
    start = max(0, first - INTRO_CHARS)
    # "a row between French President Anne Morel and Chadian President ...": the office
    # and country are those just before the name, not the phrase's before them
    near = max((m.end() for m in INTRO_BREAK.finditer(text, start, first)), default=start)
    return near, end + (apposition.end() if apposition else 0)


def _inside_quote(text: str, pos: int) -> bool:
    """Whether `pos` lies inside a quotation opened earlier in its paragraph (a few sentences
    back at most: one stray mark must not put the rest of an article in quotes). The last
    quotation mark before `pos` decides: an opening one (curly, or straight after a space)."""
    start = max(text.rfind("\n", 0, pos) + 1, pos - QUOTE_CHARS)
    at = max(text.rfind(mark, start, pos) for mark in ('"', "\u201c", "\u201d"))
    if at == -1:
        return False
    if text[at] != '"':
        return text[at] == "\u201c"
    return at == 0 or text[at - 1].isspace() or text[at - 1] in "([\u2014-"


def _country_speaker(text: str, a: int, b: int, mentions: Sequence[Mention]) -> bool:
    """"Russia warned", "The United States and its allies said": a state speaking."""
    lead = re.match(r"\s*(?:the\s+)?", text[a:b], re.I)
    at = a + (lead.end() if lead else 0)
    return b - a <= COUNTRY_SPEAKER_CHARS and any(
        m.start == at and m.entry is not None and m.entry.kind == "country" for m in mentions)


def _speakers(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """"Paus Leo XIV dan Presiden AS Donald Trump sama-sama mengecam": one statement each."""
    parts, start = [], a
    for m in re.finditer(r"\s+(?:dan|and|serta)\s+", text[a:b]):
        parts.append((start, a + m.start()))
        start = a + m.end()
    parts.append((start, b))
    if len(parts) > 1 and sum(1 for p in parts if OFFICIAL.search(text, *p)) > 1:
        return parts
    return [(a, b)]


def _owner_of(text: str, a: int, b: int, mentions: Sequence[Mention], seats: Mapping[str, Entry],
              home: str | None) -> str | None:
    """Whom a speaker speaks for: what the phrase names, what the text said when it
    introduced a name in it, or, for a government office named alone, the article's country."""
    described = (a, b)
    if not OFFICIAL.search(text, a, b):
        intro = _introduced(text, a, b)
        if intro is None or not OFFICIAL.search(text, *intro):
            return _owner(text, a, b, mentions, seats) if _country_speaker(text, a, b, mentions) \
                else None
        described = intro
    if NOT_OFFICIAL.search(text, *described):
        return None
    owner = _owner(text, described[0], described[1], mentions, seats) or \
        _owner(text, a, b, mentions, seats)
    if owner is None and re.match(r"\s*[A-Z][\w-]+(?:'s|\u2019s|'|\u2019)\s", text[a:b]):
        intro = _introduced(text, a, b, 0)  # "Guterres' spokesman": whom Guterres speaks for
        if intro is not None and OFFICIAL.search(text, *intro):
            owner = _owner(text, intro[0], intro[1], mentions, seats)
    if owner is None and home is not None and GOVERNMENT.search(text, *described):
        owner = home
    if owner is None:
        seat = SEAT_OF_POWER.search(text, *described)  # "the White House", "the Kremlin"
        if seat is not None:
            owner = next(code for pattern, code in SEATS_OF_POWER if pattern.fullmatch(seat.group()))
    if owner is None:
        group = ARMED_GROUP.search(text, *described) or ARMED_GROUP.search(text, a, b)
        if group is not None:
            owner = _group_name(group.group())
    return owner


def _group_name(written: str) -> str:
    """"houthis", "Hizbullah": the group as one name, whichever way the text spells it."""
    key = re.sub(r"\s+", " ", written).casefold()
    return GROUP_NAMES.get(key, written.strip())


_WORDS = Gated({"about": ABOUT_CONFLICT, "speech": SPEECH})


def statement_words(text: str) -> dict[str, list[tuple[int, int]]]:
    """Where an article's words of speech and of the conflict stand: one pass, for
    find_statements on each of its sentences."""
    return _WORDS.matches(text)


def find_statements(text: str, sentence: tuple[int, int], mentions: Sequence[Mention],
                    seats: Mapping[str, Entry], places: Sequence[Mention],
                    home: str | None = None,
                    words: Mapping[str, Sequence[tuple[int, int]]] | None = None,
                    theatre: str | None = None) -> list[Statement]:
    """The statements in a sentence, if officials make them about the conflict. `mentions`
    are the article's (a speaker may have been introduced earlier), `places` the sentence's,
    `home` the ISO code of the country the article is about, `words` statement_words(text),
    `theatre` the ISO code of the country it places things in (where armed groups speak)."""
    s, e = sentence
    words = words if words is not None else statement_words(text)
    if not any_within(words["about"], s, e):
        return []
    verbs = (SPEECH.match(text, a, e) for a, _ in spans_within(words["speech"], s, e))
    for verb in (v for v in verbs if v is not None):
        if _inside_quote(text, verb.start()):
            continue  # "(Dewan keamanan) menyerukan ...": the quoted words, not who says them
        a, b = _speaker(text, s, e, verb)
        if b - a > MAX_SPEAKER_CHARS or b <= a:
            continue
        out = []
        for pa, pb in _speakers(text, a, b):
            owner = _owner_of(text, pa, pb, mentions, seats, home)
            if owner is not None:
                mission = _mission(text, pa, pb, owner, mentions, seats, theatre or home)
                placed = _where_said(text, sentence, verb, (pa, pb), owner, seats, places, mission)
                if placed is not None:
                    out.append(placed)
        if out:
            return out
    return []


def _mission(text: str, a: int, b: int, owner: str, mentions: Sequence[Mention],
             seats: Mapping[str, Entry], field: str | None) -> Entry | None:
    """Where a speaker who is no state speaks from: a body's mission in a country ("U.N.
    Resident Coordinator for Kenya", "utusan PBB untuk Yaman") from that country's capital;
    an armed group from the capital of the country it fights in, else of `field` (the ISO
    code of the country the article is about)."""
    if owner in GROUP_NAMES.values():
        where = GROUP_COUNTRIES.get(owner) or field
        return seats.get(where) if where else None
    if owner not in BODY_NAMES:
        return None
    if not OFFICIAL.search(text, a, b):  # "Kirkwood said": as the text introduced him
        intro = _introduced(text, a, b)
        if intro is None:
            return None
        a, b = intro
    for m in mentions:
        if a <= m.start < b and m.entry is not None and m.entry.kind == "country" and \
                re.search(r"\b(?:for|in|to|untuk|di)\s+$", text[max(a, m.start - 7):m.start]) and \
                m.entry.country in seats:
            return seats[m.entry.country]
    return None


# Between the verb and where it was said, only whom it was told to and when: "told reporters
# in Quetta", "said on Monday in Ankara", "kata dia kepada wartawan di Jakarta". ("menilai
# pengeboman di Idlib": Idlib is what is judged, not where.)
SAID_AT = re.compile(
    r"(?:\s+(?:(?:to|kepada)\s+)?(?:the\s+|a\s+|para\s+)?(?:reporters|journalists|wartawan|awak\s+media|"
    r"media|news\s+conference|press\s+conference|konferensi\s+pers|jumpa\s+pers|parliament|"
    r"lawmakers|VOA|AFP|Reuters|troops|soldiers|supporters|crowds?|a\s+rally|pasukan|prajurit|"
    r"pendukung(?:nya)?|massa)|\s+(?:on|pada|hari)\s+\w+(?:\s*\([^)]*\))?|"
    r"\s+(?:dia|ia|he|she|they|mereka)|,)*\s+(?:in|at|di)\s+(?:the\s+)?", re.I)


def _where_said(text: str, sentence: tuple[int, int], verb: re.Match[str], speaker: tuple[int, int],
                owner: str, seats: Mapping[str, Entry], places: Sequence[Mention],
                mission: Entry | None = None) -> Statement | None:
    s, e = sentence
    a, b = speaker
    who = text[a:b].strip()
    if AT_THE_UN.search(text, s, e) and "un" in seats:
        return Statement(who, a, b, owner, seats["un"], None, True)
    where = [m for m in places if m.entry is not None and m.entry.kind == "city"
             and verb.end() <= m.start <= verb.end() + WHERE_CHARS
             and SAID_AT.fullmatch(text, verb.end(), m.start)
             and not a <= m.start < b]
    if where:
        return Statement(who, a, b, owner, where[0].entry, where[0], True)  # type: ignore[arg-type]
    if mission is not None:
        return Statement(who, a, b, owner, mission, None, False)
    intro = _introduced(text, a, b)
    if "un" in seats and (UN_POST.search(who) or (intro and UN_POST.search(text, *intro)
                                                    and not OFFICIAL.search(who))):
        return Statement(who, a, b, owner, seats["un"], None, True)
    if owner in seats:
        return Statement(who, a, b, owner, seats[owner], None, False)
    return None
