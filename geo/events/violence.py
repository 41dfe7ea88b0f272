"""What kind of violence a sentence reports, decided once per sentence as ACLED's guidance
decides it: the weapon first (suicide bomb, aircraft, artillery, grenade, explosive), then
who acts and who is hit (protesters, hostages, territory, two armed sides, unarmed civilians).

A sentence that reports one incident often names it several ways ("killed Thursday in an
airstrike targeting his location"): it gives one violent event, not one per word.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from geo.events.tolls import Fatalities
from geo.events.triggers import (
    ABDUCTION,
    AIR,
    ATTACK,
    BATTLES,
    CIVILIANS,
    CLASH,
    DISRUPTED,
    EXCESSIVE,
    GRENADE,
    IED,
    INTERVENTION,
    LOOTING,
    MOB,
    OTHER,
    OVERTAKES,
    PEACEFUL,
    PROTESTS,
    REGAINS,
    REMOTE,
    RIOTS,
    SHELLING,
    STRATEGIC,
    SUICIDE,
    VIOLENT_DEMONSTRATION,
    Trigger,
)

# The weapon decides first: a remote weapon denies the target a response, whoever it hits.
WEAPONS = (SUICIDE, AIR, SHELLING, GRENADE, IED)
# Then what the people in the sentence do or suffer, most telling first.
ACTS = (VIOLENT_DEMONSTRATION, MOB, PEACEFUL, ABDUCTION, REGAINS, OVERTAKES, CLASH)

# A weapon named as a thing ("shells made in North Korea", "pasokan rudal") is an event only
# where the sentence uses it: fired, launched, hit, killed.
WEAPON_NOUN = re.compile(r"(?:shells|rockets?|missiles?|artillery|mortars?|drones?|projectiles?|"
                         r"grenades?|bombs?|explosives?|warplanes?|fighter\s+jets?|landmines?|"
                         r"roket|rudal|artileri|mortir|drone|granat|bom|bahan\s+peledak|jet\s+tempur|"
                         r"pesawat\s+tempur|pesawat\s+nirawak|ranjau(?:\s+darat)?)", re.I)
ACTION = re.compile(r"\b(?:fired|fires|fire|firing|threw|thrown|hurled|lobbed|launched|launches|"
                    r"launching|hit|hits|struck|"
                    r"strikes?|landed|slammed|pounded|shelled|targeted|targeting|killed|killing|"
                    r"wounded|injured|destroyed|damaged|intercepted|rained|exploded|detonated|"
                    r"dropped|downed|attacked|attacks?|raided|menembakkan|ditembakkan|meluncurkan|"
                    r"diluncurkan|menghantam|dihantam|menghujani|menewaskan|melukai|menghancurkan|"
                    r"merusak|jatuh|mendarat|melempar|melemparkan|dilempar|mencegat|dicegat|menyerang|serangan|diserang|meledak|"
                    r"menjatuhkan|menargetkan|menyasar|tewas|terluka)\b", re.I)
# A weapon told in this many news sentences, twice as often as fighting and other weapons
# together, is the article's.
DOMINANT_SENTENCES = 3
# Protesters killed or shot: force beyond dispersal.
LETHAL = re.compile(r"\b(?:killed|killing|shot|dead|died|gunfire|live\s+(?:rounds|ammunition)|"
                    r"tewas|terbunuh|ditembak|meninggal|peluru\s+tajam)\b", re.I)
DISPERSED = re.compile(r"\b(?:tear\s*gas|water\s+cannons?|rubber\s+bullets|dispersed?|dispersing|detained|"
                       r"arrested|baton|gas\s+air\s+mata|water\s+canon|meriam\s+air|peluru\s+karet|"
                       r"dibubarkan|membubarkan|ditangkap)\b", re.I)
# Munitions of crowd control are no weapons of war: police firing stun grenades at a crowd
# disperse it, they do not bomb it.
CROWD_MUNITION = re.compile(r"(?:stun|flash|smoke|tear[\s-]*gas|sound|concussion)[\s-]+$", re.I)
CROWD_MUNITION_AFTER = re.compile(r"\s+(?:kejut|asap|gas\s+air\s+mata|suara)\b", re.I)
# Demonstrators who throw stones or fire bombs riot (ACLED: a violent demonstration), even
# when the police intervene.
RIOTING = re.compile(r"\b(?:threw|throwing|throw|hurled|hurling|pelted|pelting)\s+(?:\w+\s+){0,2}"
                     r"(?:rocks|stones|bricks|bottles|molotov|petrol\s+bombs|firebombs|fireworks)|"
                     r"\b(?:melempar(?:i|kan)?|dilempari|melemparkan)\s+(?:\w+\s+){0,2}"
                     r"(?:batu|bom\s+molotov|botol|petasan)|\blemparan\s+batu|\bbom\s+molotov|"
                     r"\b(?:set\s+fire\s+to|torched)\b|"
                     # tyres burnt and roads barricaded (ACLED's own examples of a violent
                     # demonstration)
                     r"\b(?:burn(?:ed|ing|t|s)?|set\s+fire\s+to|membakar|dibakar)\s+(?:\w+\s+)?"
                     r"(?:tyres|tires|ban|barricades)\b|\bburning\s+barricades\b", re.I)
# Theft with violence: "dibegal", "perampokan", "was robbed", "carjacking".
CRIME = re.compile(r"\b(?:dibegal|begal|membegal|perampokan|dirampok|merampok|perampok|pencurian|"
                   r"dicuri|penjambretan|dijambret|robbery|robberies|robbed|robbers|mugged|mugging|"
                   r"carjack(?:ed|ing)|burglary|burglars|theft|thieves)\b", re.I)
# Weapons stopped before they struck (ACLED: disrupted weapons use), and words of a strike
# that landed, which make it an attack whatever was stopped besides.
INTERCEPTED = re.compile(r"\b(?:intercepted|intercepting|interception|intercepts|shot\s+down|downed|"
                         r"neutrali[sz]ed|dicegat|mencegat|dihalau|ditembak\s+jatuh|menembak\s+jatuh)\b"
                         r"(?:\s+[\w-]+){0,4}?\s+(?:drones?|missiles?|rockets?|projectiles?|UAVs?|"
                         r"rudal|roket|drone|pesawat\s+nirawak)\b|"
                         r"\b(?:drones?|missiles?|rockets?|rudal|roket|drone)\b(?:\s+[\w-]+){0,4}?\s+"
                         r"(?:were|was|berhasil)?\s*(?:intercepted|shot\s+down|downed|dicegat|"
                         r"ditembak\s+jatuh)\b", re.I)
HIT = re.compile(r"\b(?:hit|hits|struck|killed|killing|wounded|injured|damaged|destroyed|landed|"
                 r"menghantam|menewaskan|melukai|merusak|tewas|terluka|jatuh\s+di)\b", re.I)
# Who takes control: a state's forces regain ground, others overtake it (ACLED).
GOVERNMENT_FORCES = re.compile(r"\b(?:army|troops|soldiers|military|government\s+forces|security\s+forces|"
                               r"tentara|TNI|prajurit|militer|pasukan\s+pemerintah|aparat)\b", re.I)
NON_STATE = re.compile(r"\b(?:rebels?|militants?|insurgents?|militias?|paramilitar\w*|jihadists?|"
                       r"fighters|gunmen|pemberontak|militan|milisi|kelompok\s+bersenjata|kkb|rsf|"
                       r"m23|hamas|hezbollah|houthis?|taliban|al-shabaa?b|separatists?|separatis)\b", re.I)
GOVERNMENT_CHARS = 80
# Missiles fired from the ground, whatever the text calls the attack; and what flies.
BALLISTIC = re.compile(r"\b(?:ballistic|balistik|hypersonic|hipersonik|cruise\s+missiles?|"
                       r"rudal\s+jelajah|surface-to-surface|permukaan-ke-permukaan)\b", re.I)
AIRCRAFT = re.compile(r"\b(?:drones?|warplanes?|jets?|aircraft|helicopters?|planes?|pesawat|"
                      r"helikopter|nirawak|UAVs?)\b", re.I)
# "hostages were released": the end of an abduction is a strategic development.
RELEASED = re.compile(r"\b(?:released|freed|release|rescued|dibebaskan|membebaskan|pembebasan|"
                      r"diselamatkan)\b", re.I)
# Who is hit. Armed people among the victims make it a fight between armed sides; otherwise
# an attack on people or their places is violence against civilians.
_ARMED = (r"(?:soldiers?|troops|servicemen|police(?:man|men|\s+officers?)?|officers?|"
          r"security\s+forces|guards?|militants?|fighters|rebels|insurgents|gunmen|attackers|"
          r"tentara|prajurit|personel|polisi|aparat|militan|pejuang|pemberontak|kombatan|"
          r"anggota\s+(?:TNI|Polri|polisi))")
# Armed people told as the ones hit ("a police officer, named at length, was shot"): not
# those who by their name do the hitting ("gunmen stormed the hotel, leaving five dead").
_ARMED_HIT = _ARMED.replace("gunmen|attackers|", "")
ARMED_VICTIMS = re.compile(
    r"\b(?:killed|killing|kill|menewaskan|membunuh|menembak(?:\s+mati)?|attacked|attacking|"
    r"menyerang|shot\s+dead|ambushed|targeting|menargetkan|menyasar)\s+(?:[\w.-]+\s+){0,4}?"
    + _ARMED + r"\b|\b" + _ARMED_HIT + r"\b[^.;]{0,90}?\b(?:were\s+killed|was\s+killed|were\s+shot|"
    r"was\s+shot|died|dead|tewas|gugur|terbunuh|ditembak|terluka|wounded|injured|were\s+attacked|"
    r"was\s+attacked|diserang)\b", re.I)
_UNARMED = (r"civilians?|passengers|worshippers|students|schoolgirls|schoolchildren|children|"
            r"women|villagers|villages|residents|patients|refugees|displaced|aid\s+seekers|families|"
            r"journalists|people|persons|warga(?:\s+sipil)?|penduduk|anak-anak|perempuan|jemaah|"
            r"jemaat|pasien|pengungsi|desa|permukiman|pemukiman|penumpang|pelajar|siswa|wartawan|"
            r"orang|jiwa|teachers|doctors|nurses|farmers|herders|miners|traders|worshipers|"
            r"guru|dokter|perawat|petani|nelayan|pedagang|penambang|tukang\s+ojek|pendulang|"
            r"workers|labou?rers|builders|pekerja(?:\s+bangunan)?|buruh|karyawan|tukang|"
            r"teenagers?|teens?|boys?|girls?|youths?|elderly|remaja|pemuda|bocah|balita|bayi|"
            r"drivers|aid\s+convoys?|humanitarian\s+convoys?|konvoi\s+bantuan|sopir|"
            r"wanita|lansia|"
            # people who lead a community, not an armed group
            r"(?:local|village|tribal|traditional|community|religious)\s+(?:chiefs?|leaders?|"
            r"elders?|heads?)|pastors?|priests?|imams?|clerics?|kepala\s+(?:desa|kampung)|"
            r"tokoh\s+(?:adat|agama|masyarakat)|pendeta|pastor|ustaz|ustadz|"
            # merchant shipping ("kapal perang", warships, are armed)
            r"ships|vessels|tankers|freighters|kapal(?:-kapal)?(?!\s+perang)")
UNARMED = re.compile(rf"\b(?:{_UNARMED})\b", re.I)
# Fire aimed at a town or city, weapon unstated, comes from afar ("penembakan pada kota utama
# Stepanakert"). The first target after the trigger decides: "attacked villages between the
# towns of..." hits villages, "menyerang permukiman sipil, termasuk kota Shusha" settlements.
_TOWNS = r"kota|ibu\s?kota|city|cities|town|towns|capital"
FIRST_TARGET = re.compile(rf"\b(?:(?P<town>{_TOWNS})|{_UNARMED})\b", re.I)
TARGET_CHARS = 40
# Men on the ground: "gunmen burst into a guesthouse in the city" is no fire from afar.
GROUND = re.compile(r"\b(?:gunmen|stormed|storming|raided|raiding|ambushed|men\s+armed|siege|"
                    r"besieged|shot\s+dead|gunfights?|firefights?|ditembak\s+mati|pengepungan|mengepung|"
                    r"orang\s+bersenjata|orang\s+tak\s+dikenal|OTK|menyerbu|diserbu|menyergap|"
                    r"disergap)\b", re.I)
# Troops on the ground: "pasukan darat", "ground forces", "troops entered".
GROUND_FORCES = re.compile(r"\b(?:pasukan\s+darat|ground\s+(?:forces|troops|operation|offensive|"
                           r"incursion)|operasi\s+darat|incursion|invaded|troops\s+(?:entered|"
                           r"crossed|advanced))\b", re.I)
# "the attack", "Tuesday's attack", "serangan tersebut": the incident told already.
REFERENCE_BEFORE = re.compile(r"(?:\b(?:the|this|that|these|those|its|their|his|her|other|previous|"
                              r"earlier|recent|similar|such|past)|'s|\u2019s)"
                              r"\s+(?:[\w'\u2019-]+\s+){0,2}$", re.I)
# "setelah melakukan penembakan": after the act, told already (Indonesian has no "the").
# "pelaku penembakan", "the suspect in the shooting": the act told already, its doer now.
REFERENCE_DOER = re.compile(r"\b(?:pelaku|tersangka|terduga\s+pelaku|suspects?\s+in|perpetrators?\s+of)"
                            r"\s+(?:the\s+)?$", re.I)
REFERENCE_AFTER_ACT = re.compile(r"\b(?:setelah|usai|seusai|sesudah|pasca)\s+(?:melakukan\s+)?"
                                 r"(?:aksi\s+)?$", re.I)
REFERENCE_AFTER = re.compile(r"\s+(?:itu|tersebut|ini|sebelumnya|serupa)\b", re.I)
# Nouns that name an incident as a whole; a bare weapon ("the rockets") or "the fighting" of
# an ongoing war is told anew.
REFERENCE_NOUNS = frozenset("""attack attacks serangan siege shooting penembakan bombing bombings
blast explosion airstrike hostage massacre ambush raid kidnapping abduction ledakan pengeboman
penculikan penyanderaan pembantaian penyergapan""".split())


def _hits_a_town(text: str, start: int, end: int) -> bool:
    stretch = re.split(r"[.;]", text[start:min(end, start + TARGET_CHARS)])[0]
    first = FIRST_TARGET.search(stretch)
    return first is not None and first.group("town") is not None


def is_reference(text: str, sentence_start: int, trigger: Trigger) -> bool:
    """An incident noun the text has told already: "the attack", "serangan tersebut", "when
    the bombing took place", "other recent bombings"."""
    if trigger.event_type == STRATEGIC or trigger.text.casefold() not in REFERENCE_NOUNS:
        return False
    before = text[max(sentence_start, trigger.start - 40):trigger.start]
    return bool(REFERENCE_BEFORE.search(before) or REFERENCE_AFTER.match(text, trigger.end)
                or REFERENCE_AFTER_ACT.search(before) or REFERENCE_DOER.search(before))


def article_weapons(triggers: Iterable[Sequence[Trigger]]) -> tuple[str | None, str | None]:
    """(dominant, most told) remote weapon of an article's news sentences (`triggers`).

    The dominant one is what the war is fought with when it clearly dominates ("Israeli air
    strikes ..." told again and again): what any bare "serangan Israel" most likely was. The
    most told one is what a state's bare attack across a border was (cross_border)."""
    counts: Counter[str] = Counter()
    for found in triggers:
        for sub in {t.sub_event_type for t in found if t.family == "violent"}:
            counts[sub] += 1
    weapons = [(counts[w], w) for w in (AIR, SHELLING) if counts[w]]
    if not weapons:
        return None, None
    n, weapon = max(weapons)
    others = sum(c for c, w in weapons if w != weapon)
    if n >= DOMINANT_SENTENCES and n >= 2 * (counts[CLASH] + others):
        return weapon, weapon
    return None, weapon


def cross_border(text: str, sentence: tuple[int, int], trigger: Trigger,
                 attackers: set[str], where: set[str]) -> bool:
    """Whether a bare attack is a state's strike into another country: its forces (ISO codes
    `attackers`, one state) hit places in countries `where` that are not its own, and no
    ground force is told. Such an attack is made from afar ("serangan Israel" in Iran)."""
    s, e = sentence
    return (trigger.family == "attack" and len(attackers) == 1 and bool(where)
            and not attackers & where and not GROUND.search(text, s, e)
            and not GROUND_FORCES.search(text, s, e))


def _crowd_munition(text: str, s: int, t: Trigger) -> bool:
    """Whether the grenade at `t` is a stun or tear-gas grenade ("granat kejut")."""
    return bool(CROWD_MUNITION.search(text, max(s, t.start - 20), t.start)
                or CROWD_MUNITION_AFTER.match(text, t.end))


def violent_kind(text: str, sentence: tuple[int, int], triggers: Sequence[Trigger],
                 fatal: Fatalities | None, weapon: str | None = None) -> tuple[Trigger, str, str] | None:
    """The sentence's one violent event: the trigger it hangs on and its ACLED type and
    sub-type; None when the sentence reports no violence of its own. `weapon` is the
    article's dominant weapon (article_weapons), taken by an attack that names none."""
    s, e = sentence
    if CRIME.search(text, s, e) and not any(t.sub_event_type == MOB for t in triggers):
        return None  # a robbery is a crime, no political violence (ACLED codes none)
    violent = [t for t in triggers if t.event_type != STRATEGIC]
    told = [t for t in violent if not is_reference(text, s, t)]
    if not told and fatal is None:
        # "Tuesday's attack marked an escalation": no new incident; homes burnt with no one
        # hurt are property destroyed
        burnt = next((t for t in triggers if t.family == "property"), None)
        return (burnt, STRATEGIC, LOOTING) if burnt is not None else None
    by_sub: dict[str, Trigger] = {}
    for t in told:
        by_sub.setdefault(t.sub_event_type if t.family == "violent" else t.family, t)
    used = fatal is not None or ACTION.search(text, s, e) is not None
    if fatal is None and INTERCEPTED.search(text, s, e) and not HIT.search(text, s, e):
        weapon_told = next((t for t in told if t.sub_event_type in (AIR, SHELLING)), None)
        if weapon_told is not None:  # "air defences intercepted 20 drones": none struck
            return weapon_told, STRATEGIC, DISRUPTED
    for sub in WEAPONS:
        if sub == AIR and BALLISTIC.search(text, s, e) and not AIRCRAFT.search(text, s, e):
            continue  # "serangan udara" told of ballistic missiles: a missile attack (ACLED)
        acts = [t for t in told if t.family == "violent" and t.sub_event_type == sub
                and (used or not WEAPON_NOUN.fullmatch(t.text))  # "shot down" is an act
                and not (sub == GRENADE and _crowd_munition(text, s, t))]
        if acts:
            return acts[0], acts[0].event_type, sub
    if "blast" in by_sub:  # an explosion in an air war is the war's; else a device's
        return by_sub["blast"], REMOTE, weapon or IED
    if fatal is None and all(sub in WEAPONS for sub in by_sub):
        return None  # weapons named, none used
    sentence_text = text[s:e]
    for sub in ACTS:
        if sub not in by_sub:
            continue
        t = by_sub[sub]
        if sub == PEACEFUL:
            if RIOTING.search(sentence_text):
                return t, RIOTS, VIOLENT_DEMONSTRATION
            if LETHAL.search(sentence_text) or fatal is not None:
                return t, PROTESTS, EXCESSIVE
            return t, PROTESTS, INTERVENTION if DISPERSED.search(sentence_text) else t.sub_event_type
        if sub == ABDUCTION and RELEASED.search(sentence_text):
            return t, STRATEGIC, OTHER
        if sub == OVERTAKES and GOVERNMENT_FORCES.search(text, max(s, t.start - GOVERNMENT_CHARS), t.start) \
                and not NON_STATE.search(text, max(s, t.start - GOVERNMENT_CHARS), t.start):
            return t, BATTLES, REGAINS  # "troops had taken control of the bridge": the army's
        return t, t.event_type, sub
    anchor = by_sub.get("attack") or (violent[0] if violent else None)
    if anchor is None:
        assert fatal is not None
        anchor = Trigger(fatal.start, fatal.end, fatal.text, BATTLES, CLASH, "violent")
    armed = ARMED_VICTIMS.search(sentence_text) is not None
    if not armed and anchor.family == "attack" and not GROUND.search(sentence_text) and \
            _hits_a_town(text, anchor.end, e):
        return anchor, REMOTE, SHELLING
    if weapon is not None and anchor.family == "attack" and not GROUND.search(sentence_text):
        return anchor, REMOTE, weapon  # "serangan Iran" in a war of missiles, whoever it hit
    if not armed and UNARMED.search(sentence_text):
        return anchor, CIVILIANS, ATTACK
    return anchor, BATTLES, CLASH
