"""Who asserts what: claim verbs and quotes, and the claimant's name in plain English."""
from __future__ import annotations

import re
from dataclasses import dataclass

from geo.events.dates import DAYS, MONTHS_EN, MONTHS_ID
from geo.records import Mention
from geo.text import name_key

_DAYS = "|".join(DAYS)
_MONTHS = "|".join((MONTHS_ID + " " + MONTHS_EN).split())
_CALENDAR = f"{_DAYS}|{_MONTHS}"

# "X menuduh Y ...": what follows the verb is X's claim.
CLAIM_VERBS = re.compile(r"\b(?:menuduh|menuding|mengklaim|mengatakan|menyatakan|melaporkan|"
                         r"menyebut|menyebutkan|mengungkapkan|mengonfirmasi|menegaskan|accused|accuses|"
                         r"claimed|claims|said|says|confirmed|announced|"
                         r"reported|stated|alleged|told)\b", re.IGNORECASE)
# "..., kata X." / "..., said X." / "according to X": the sentence is X's.
SAID_BY = re.compile(r"(?:[,\u201d\"]\s*(?:kata|ujar|tutur|ucap|tegas|said|says)|\baccording\s+to|"
                     r"\bmenurut)\s+(?P<who>[^,.;\u201d\"]{2,80})", re.IGNORECASE)
# Sentence openers to skip before a claim's holder: "Namun,", "Sebelumnya, Jumat lalu,".
LEADING = re.compile(r"^\s*(?:(?:sementara(?:\s+itu)?|namun|tetapi|sebelumnya|kemudian|secara\s+terpisah"
                     r"(?:\s+pada\s+hari\s+\w+)?|pada\s+hari\s+\w+|meanwhile|however|earlier|separately|"
                     r"later|jumat\s+lalu|last\s+\w+day)\b,?\s*)+", re.IGNORECASE)
HOLDER_CUT = re.compile(r".*[\u2014\u2013:\u201c\u201d\"]\s*|.*\s-\s", re.DOTALL)
# Indonesian office words and their English names, most specific first.
OFFICES = [
    (r"kementerian pertahanan|kemhan|defen[cs]e ministry|ministry of defen[cs]e", "defence ministry",
     "Ministry of Defence"),
    (r"kementerian luar negeri|kemlu|foreign ministry|ministry of foreign affairs", "foreign ministry",
     "Ministry of Foreign Affairs"),
    (r"kementerian kesehatan|kemenkes|health ministry|ministry of health", "health ministry",
     "Ministry of Health"),
    (r"otoritas kesehatan|dinas kesehatan|health authorit(?:y|ies)|health officials",
     "health authorities", "health authorities"),
    (r"juru bicara|jubir|spokes(?:wo)?man|spokesperson", "spokesperson", "spokesperson"),
    (r"pemimpin|leader", "leader", "leader"),
    (r"tentara|army", "army", "army"),
    (r"pasukan|forces|militer|military", "forces", "forces"),
    (r"mediator|mediators", "mediators", "mediators"),
    (r"presiden|president", "President", "President"),
    (r"perdana menteri|\bpm\b|prime minister", "Prime Minister", "Prime Minister"),
]
_OFFICE_PATTERNS = [(re.compile(p), group, state) for p, group, state in OFFICES]
_ANY_OFFICE = re.compile("|".join(p for p, _, _ in OFFICES))
INDONESIAN_OFFICE = re.compile(r"\b(?:kementerian|kemhan|kemlu|kemenkes|juru bicara|jubir|pemimpin|tentara|"
                               r"pasukan|militer|presiden|perdana menteri)\b")
SEPARATIST = re.compile(r"\bseparatis|\bseparatist", re.IGNORECASE)
# "X was accused": the one a claim is about.
PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+$", re.I)
# ", in a subsequent post on X," / ", dalam keterangannya,": a phrase set into the sentence.
INSERTED = re.compile(r"\s*(?:in|on|at|during|after|before|via|through|speaking|writing|"
                      r"di|dalam|pada|melalui|saat|ketika|usai|seusai)\b", re.I)
# ", which oversees ...," / ", yang ...,": a clause on the holder, not the holder.
RELATIVE_ON = re.compile(r"\s*(?:which|who|whose|yang)\b", re.I)
# Words at a holder's edges that are not the holder: "but Trump", "U.S. officials have".
# A day set in at the end belongs to when it was said, not to who: "Menlu Retno pada Kamis
# (3/4/2025) menegaskan", "the chief of staff, Monday wrote".
_SAID_DAY = rf"[\s,]+(?:(?:on|pada)\s+)?(?:{_DAYS})\b(?:[\s,]*(?:\d+|[/.()-]|(?:{_MONTHS})\b))*"
HOLDER_EDGES = re.compile(r"^\s*(?:(?:but|and|while|yet|so|then|namun|tetapi|tapi|sedangkan|"
                          r"sementara|lalu|later|earlier|meanwhile|however|separately|kemudian|"
                          r"sebelumnya)(?:\s*,)?\s+)*|(?:\s+(?:have|has|had|also|again|earlier|later|"
                          r"previously|jointly|then|now|separately|juga|pun|telah|sudah|pernah|"
                          rf"sebelumnya|kemudian|sama-sama)|{_SAID_DAY})*\s*$", re.I)
# "kata Chhea Keo dalam keterangannya kepada media": the speaker ends where the setting begins.
SETTING = re.compile(r"\s+(?:dalam|kepada|saat|ketika|pada|usai|seusai|melalui|lewat|via|in|to|on|at|"
                     r"during|after|when|while|through)\b", re.I)
# What may follow a closing "..., officials said": when and how it was said, no clause of its
# own ("said on Tuesday", "said in a statement late Sunday", "menyatakan kepada wartawan").
SAID_WHEN = re.compile(r"(?:\s*(?:on|in|at|late|early|earlier|later|yesterday|today|tonight|this|last|"
                       r"pada|dalam|kepada|di|saat|ketika|melalui|lewat|via|to|through|during|"
                       r"kemarin|hari\s+ini)\b[^,;:\u201c\u201d\"]*?)?[\s.!?\u201d\"]*$", re.I)
# "..., the ministry said, adding that ...": the speaker goes on, so all of it is theirs.
ADDING = re.compile(r"\s*,?\s*(?:and\s+)?(?:adding|added|menambahkan|seraya\s+menambahkan)\b", re.I)
# "..., officials said, as rebels pushed on": what goes on around it, no claim of its own.
CIRCUMSTANCE = re.compile(r"\s*,\s*(?:as|while|amid|with|even\s+as|sementara|seiring|di\s+tengah)\b", re.I)
_CLAUSE = re.compile(r"\b(?:that|bahwa|but|tetapi|namun|while|sementara)\b", re.I)
# A date set in after the holder: "Sabtu 31 Oktober 2020", "on Tuesday".
DATE_ONLY = re.compile(rf"\s*(?:(?:{_CALENDAR}|on|pada|hari|\d+|[/.()-])\s*)+", re.I)
# A claimant's name is short: a longer "holder" is a clause, not who says it.
MAX_HOLDER_CHARS = 70
_STOP = re.compile(r"\b(?:bahwa|that|pada|on|di|in)\b.*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Claim:
    holder: str  # the words of the text, as written
    label: str  # the claimant in plain English ("Karabakh separatist defence ministry")
    start: int  # the holder's span in the text
    end: int
    scope_start: int  # what the claim covers
    scope_end: int


def claimant_label(holder: str, places: list[Mention]) -> str:
    """An English name for the one who claims, built from its office and its place."""
    names = list(dict.fromkeys(m.entry.name for m in places if m.entry is not None))
    written = [m.text for m in places]
    bare = re.sub(rf"\b(?:dan|and|serta|\d+|{_CALENDAR})\b|[,\s]+", " ", holder, flags=re.I)
    for w in written:
        bare = bare.replace(w, " ")
    if names and not bare.strip():
        return ", ".join(names)  # "Rusia, mengatakan": the state itself
    low = holder.casefold()
    # "President Ruto's security adviser": in "A's B" the office held is B's
    owner_end = max(low.rfind("'s "), low.rfind("\u2019s "))
    office = next(((group, state) for pattern, group, state in _OFFICE_PATTERNS
                   if pattern.search(low, owner_end + 1)), None)
    held = re.match(r"[a-z][a-z ]*(?=,)", holder[owner_end + 3:]) if owner_end >= 0 else None
    if office is None and held:
        # ... named by the office and its side, not by its owner's name: the chief is not
        # the president who appears in his title
        person = _person(holder, names + written)
        side = f"{names[0]}'s " if names else ""
        return f"{side}{held.group().strip()}" + (f" ({person})" if person else "")
    if office is None:
        words = re.sub(r"\s+", " ", holder).strip(" ,.\u201c\u201d\"")
        return words if words[:1].isupper() else (", ".join(names) or words)
    group_word, state_word = office
    person = _person(holder, names + written)
    if person and state_word[0].isupper():
        return f"{names[0]}'s {state_word} {person}" if names else f"{state_word} {person}"
    if state_word == "mediators" and names:
        return f"mediators ({', '.join(names)})"
    region = next((n for n in names if "Karabakh" in n), None)
    if SEPARATIST.search(holder) or (region and state_word in ("army", "forces", "leader")):
        where = "Karabakh" if region or "karabakh" in low else (names[0] if names else "")
        return f"{where} separatist {group_word}".strip() if SEPARATIST.search(holder) else \
            f"{where} {group_word}".strip()
    if names:
        owner = names[0]
        label = f"{owner}'s {state_word}" if state_word[0].isupper() else f"{owner} {state_word}"
        # "Gen. Amir Dahan, the head of Israel's army, said": the office names the side, the
        # person before it who speaks (so that his next "Dahan said" is the same speaker)
        head, comma, _ = holder.partition(",")
        speaker = _person(head if comma else holder, names + written)
        return f"{label} ({speaker})" if speaker else label
    # "military sources", "the military's media wing": with no place to name its side, the
    # holder as written says more than the office ("forces"); Indonesian is named in English
    written_holder = re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"\s+", " ", holder).strip(" ,.\u201c\u201d\""),
                            flags=re.I)
    if not INDONESIAN_OFFICE.search(low) and 0 < len(written_holder.split()) <= 5:
        return written_holder
    return state_word


# Words of an office's name, never of a person's: "Defense Ministry", "Kementerian Luar Negeri".
OFFICE_WORDS = frozenset("""luar negeri menteri perdana pertahanan pm ministry defense defence foreign
interior office department service command forces army military council affairs emergency agency
government kementerian prime minister secretary general chief commander ambassador envoy
jenderal mayor letnan kolonel brigadir laksamana kepala juru bicara presiden menteri gen lt col
maj brig""".split())


def _person(holder: str, names: list[str]) -> str:
    """The capitalised words closing a holder that are no place or office: a person's name."""
    words = holder.replace("\u2019s", "").split()
    tail: list[str] = []
    for word in reversed(words):
        clean = word.strip(",.")
        if not clean[:1].isupper() or any(clean in n or n in clean for n in names) or re.fullmatch(
                _ANY_OFFICE, clean.casefold()) or clean.casefold() in OFFICE_WORDS:
            break
        tail.insert(0, clean)
    return " ".join(tail)


def find_claims(text: str, start: int, end: int, places: list[Mention]) -> list[Claim]:
    """Claims in the sentence text[start:end]: a claim verb's subject, or a quote's speaker."""
    claims = []
    for m in CLAIM_VERBS.finditer(text, start, end):
        holder_start = start
        cut = HOLDER_CUT.match(text, holder_start, m.start())
        if cut:
            holder_start = cut.end()
        lead = LEADING.match(text, holder_start, m.start())
        if lead:
            holder_start = lead.end()
        if PASSIVE.search(text, max(holder_start, m.start() - 12), m.start()):
            continue  # "Paris was accused of ...": the accused, not who accuses
        holder = text[holder_start:m.start()].rstrip(" ,")
        phrase_end = holder_start + len(holder)  # the holder's phrase, a clause on it included
        tail = holder.rsplit(",", 1)
        if len(tail) == 2 and (INSERTED.match(tail[1]) or RELATIVE_ON.match(tail[1])):
            # "Iraqi special forces, in a post on X, said"; "U.S. Central Command, which
            # oversees U.S. operations in the Middle East, said": the head is the holder
            holder = tail[0].rstrip(" ,")
            tail = holder.rsplit(",", 1)
        if len(tail) == 2 and DATE_ONLY.fullmatch(tail[1]):
            holder = tail[0].rstrip(" ,")  # "Rusia, Sabtu 31 Oktober 2020, mengatakan": a date set in
        elif len(tail) == 2 and tail[1].strip() and not re.match(r"\s*(?:dan|and|serta)\b", tail[1]):
            holder_start += len(tail[0]) + 1  # "Rockets hit Stepanakert, officials said"
            holder = tail[1]
        trimmed = HOLDER_EDGES.sub("", holder)
        holder_start += holder.find(trimmed) if trimmed else 0
        holder = trimmed
        if not holder or len(holder) > MAX_HOLDER_CHARS or \
                re.search(r"\bsaling\b|\bmutually\b", holder, re.I):
            continue
        inside = [p for p in places if holder_start <= p.start < holder_start + len(holder)]
        after = text[m.end():end]
        closing = not after.strip(" .!?\u201d\"") or (
            SAID_WHEN.fullmatch(after) is not None and not _CLAUSE.search(after)) or \
            CIRCUMSTANCE.match(after) is not None
        scope = (start, holder_start) if closing else (m.end(), end)  # "..., officials said."
        if not closing and holder_start > start and ADDING.match(after):
            scope = (start, end)
        claims.append(Claim(holder, claimant_label(holder, inside), holder_start,
                            max(holder_start + len(holder), phrase_end), *scope))
    said = SAID_BY.search(text, start, end)
    if said:
        who = SETTING.split(_STOP.sub("", said.group("who")), 1)[0].strip()
        w_start = said.start("who")
        inside = [p for p in places if w_start <= p.start < w_start + len(who)]
        if who:
            claims.append(Claim(who, claimant_label(who, inside), w_start, w_start + len(who),
                                start, said.start()))
    return claims


def claim_for(claims: list[Claim], pos: int) -> Claim | None:
    """The claim whose scope covers position `pos` (the innermost, latest one)."""
    covering = [c for c in claims if c.scope_start <= pos < c.scope_end]
    return max(covering, key=lambda c: c.scope_start) if covering else None


def _claimant_words(name: str) -> set[str]:
    """The words that name a claimant, cut to their first five letters ("Pakistani" and
    "Pakistan's" agree)."""
    stop = {"the", "of", "s", "and", "its", "said", "pihak", "dan"}
    words = [w for w in name_key(name).replace("'", " ").split() if w not in stop]
    return {w[:5] for w in words}


def distinct_claimants(names: list[str]) -> list[str]:
    """The names in order, each once, less those another names more fully ("Dahan" beside
    "Israel forces (Amir Dahan)")."""
    names = list(dict.fromkeys(names))
    words = [_claimant_words(n) for n in names]
    return [n for k, n in enumerate(names)
            if not any(k != m and words[k] and words[k] < words[m] for m in range(len(names)))]


def claimant_agrees(gold: str, produced: str) -> bool:
    """Both empty, or both name the same claimant (a word of the name in common)."""
    if not gold or not produced:
        return not gold and not produced
    return bool(_claimant_words(gold) & _claimant_words(produced))


def same_speaker(a: str, b: str) -> bool:
    """Whether two claimants are one speaker: most words of the shorter name in the longer
    ("Dujarric" and "Guterres' spokesman, Stephane Dujarric"; not "Pakistan's foreign
    ministry" and "Pakistani army spokesman", who share only their country)."""
    wa, wb = _claimant_words(a), _claimant_words(b)
    if not wa or not wb:
        return not wa and not wb
    return len(wa & wb) * 2 >= min(len(wa), len(wb)) + (1 if min(len(wa), len(wb)) > 1 else 0)
