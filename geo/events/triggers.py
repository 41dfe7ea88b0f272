"""Event triggers in Indonesian and English, typed with ACLED's categories, and the words
that make a trigger no event: negation, condition, modality, appeals."""
from __future__ import annotations

import re
from dataclasses import dataclass

from geo.text import WordGate, first_words, inside_any

BATTLES = "Battles"
REMOTE = "Explosions/Remote violence"
CIVILIANS = "Violence against civilians"
STRATEGIC = "Strategic developments"
# Strategic-development sub-types for the diplomatic and political events ACLED does not code.
NEGOTIATION = "Negotiation/meeting"
APPEAL = "Appeal for military aid"
PLEDGE = "Pledge or offer of military aid"
STATEMENT = "Accusation/statement"
AGREEMENT = "Agreement"
SHELLING = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
CLASH = "Armed clash"
ATTACK = "Attack"
SUICIDE = "Suicide bomb"
GRENADE = "Grenade"
IED = "Remote explosive/landmine/IED"
ABDUCTION = "Abduction/forced disappearance"
REGAINS = "Government regains territory"
OVERTAKES = "Non-state actor overtakes territory"
PROTESTS = "Protests"
PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
RIOTS = "Riots"
VIOLENT_DEMONSTRATION = "Violent demonstration"
MOB = "Mob violence"
ARRESTS = "Arrests"
OTHER = "Other"
LOOTING = "Looting/property destruction"
DISRUPTED = "Disrupted weapons use"


def _rx(words: str) -> str:
    return r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in words.split("|")) + r")\b"


# (words, event_type, sub_event_type, family): words are regex alternatives separated by "|",
# a space standing for any run of spaces. Earlier rows win where spans overlap.
# "violent" rows name their weapon or act; which of a sentence's rows gives its one violent
# event is geo.events.violence's choice, not this table's order.
LEXICON = [
    ("suicide bomb|suicide bomber|suicide bombers|suicide bombing|suicide bombings|"
         "suicide attacks?|suicide attackers?|suicide vests?|blew (?:himself|herself|themselves) up|"
         "bom bunuh diri|meledakkan diri", REMOTE, SUICIDE, "violent"),
    # ("air raid sirens", "sirene serangan udara" warn of a strike; they are none)
    (r"(?<!sirene\x20)(?<!sirine\x20)serangan udara(?! (?:berbunyi|meraung))|serangan drone|"
         "pesawat nirawak|pesawat tempur|jet tempur|drones?|air strikes?|airstrikes?|"
         "air raids?(?! (?:sirens?|alarms?|alerts?|warnings?|shelters?))|drone strikes?|warplanes?|"
         "fighter jets?|helicopter gunships?|shot down|ditembak jatuh|"
         # ("jets struck", "jet-jet tempur", but not "private jets" or "jet fuel")
         "jets? (?:struck|hit|bombed|pounded|targeted|attacked|carried out|launched|conducted|fired)|"
         # bombs dropped from the air (ACLED: an air strike, not a device)
         "glide bombs?|guided bombs?|aerial bombs?|barrel bombs?|bom luncur|bom barel|bom udara",
     REMOTE, AIR, "violent"),
    # ("menembakkan granat kejut", "... gas air mata": crowd control, no shelling)
    ("menembaki|ditembaki|(?:menembakkan|menembakan)(?! (?:granat|gas|peluru|tembakan))|"
         "roket|artileri|rudal|mortir|"
         "membombardir|bombardir|pengeboman|gempuran|menggempur|digempur|shelled|shelling|shells|"
         "rockets?|artillery|missiles?|mortars?|bombarded|bombardment|projectiles?",
     REMOTE, SHELLING, "violent"),
    ("grenades?|granat", REMOTE, GRENADE, "violent"),
    # (a bomb shelter, "shelter bom", "tempat perlindungan bom", is where people hide from one)
    (r"car bombs?|roadside bombs?|bombs?(?!\x20shelters?)|bombing|bombings|explosives?|"
     r"explosive devices?|IEDs?|landmines?|land mines?|bom mobil|"
     r"(?<!shelter\x20)(?<!perlindungan\x20)bom|bahan peledak|ranjau(?: darat)?",
     REMOTE, IED, "violent"),
    # An explosion says what was heard, not what caused it: a bomb, or the war's missiles.
    # (explosions only heard, "ledakan terdengar hingga pinggiran kota", tell no incident: what
    # made them is coded where the text says it hit)
    (r"(?:blasts?|explosions?|ledakan)(?!\x20(?:(?:were|was|could\x20be|can\x20be)\x20)?(?:heard|terdengar))|"
     "exploded|meledak", REMOTE, IED, "blast"),
    # (a hijacking holds its passengers: ACLED's abduction)
    ("abducted|abduction|abductions|kidnapped|kidnapping|kidnappings|kidnappers|abductors|"
         "hostages?|"
         "held captive|diculik|menculik|penculikan|disandera|menyandera|penyanderaan|sandera|"
         "hijack|hijacked|hijacking|hijackers|membajak|dibajak|pembajakan|"
         "took over (?:a |the )?(?:[\\w-]+ )?(?:train|bus|plane|ship|vessel|aircraft|Express)",
     CIVILIANS, ABDUCTION, "violent"),
    ("recaptured|retook|retaken|regained control|liberated|merebut kembali|direbut kembali|"
         "menguasai kembali|dikuasai kembali|mengambil alih kembali",
     BATTLES, REGAINS, "violent"),
    ("took control|taken control|seized control|taking control|overran|overrun|fell to|"
         "captured(?= (?-i:[A-Z]))|seized(?= (?-i:[A-Z]))|"
     "captured the (?:town|city|village|base|airport|district)|seized the (?:town|city|village|"
         "base|airport|district)|merebut|direbut|menguasai|dikuasai|jatuh ke tangan|mengambil alih",
     BATTLES, OVERTAKES, "violent"),
    # ("riot police" are no riot)
    # A crowd, no demonstration, that burns, beats or lynches (ACLED: mob violence)
    ("(?:a|an|the) (?:angry )?mob|mobs|angry crowds?|lynch(?:ed|ing)?|main hakim sendiri|"
         "dihakimi massa|amuk massa|massa mengamuk|"
         # brawls between villages, schools or groups (ACLED: communal mob violence)
         "tawuran|(?:bentrok(?:an)?|perkelahian|pertikaian) antar(?:warga|kampung|desa|pelajar|"
         "suku|ormas|kelompok)|perkelahian massal|brawls?|communal clashes|"
         # (not demonstrators: "massa demonstran melempari" is a demonstration turned violent)
         r"(?<!media\x20)massa (?:(?!demonstran|pengunjuk|pendemo|aksi)[\w-]+ ){0,3}?"
         "(?:membakar|merusak|menyerang|menganiaya|mengeroyok|menjarah|melempari)|"
         "(?:dibakar|dirusak|dikeroyok|dianiaya) massa", RIOTS, MOB, "violent"),
    ("rioters|rioting|riots?(?! (?:police|gear|squad|control|shields?|units?))|kerusuhan|rusuh|"
         "ricuh",
     RIOTS, VIOLENT_DEMONSTRATION, "violent"),
    # (troops march into a town: a march is a protest only with its cause or its route)
    ("protesters|protestors|demonstrators|protests?|protested|demonstrations?|rall(?:y|ies)|"
         "took to the streets|pengunjuk rasa|unjuk rasa|berunjuk rasa|demonstran|berdemonstrasi|"
         "aksi protes|aksi damai|aksi massa|demo|turun ke jalan|long march|sit-ins?|marchers|"
         "marched (?:peacefully|through|against|to demand|in protest)|"
         "berbaris (?:menuju|ke) (?:gedung|kantor|istana)",
     PROTESTS, PEACEFUL, "violent"),
    ("pecahnya perang|perang pecah|war broke out|outbreak of (?:the )?(?:war|fighting)|"
     "pertempuran|bertempur|bentrokan|bentrok|baku tembak|tembak-menembak|operasi ofensif|"
         "serangan balik|fighting|fought|clashes|clashed|clash|battles?|offensive|firefight|"
         "gunfights?|gun battles?|exchanges? of fire|exchanged fire|exchanging fire|traded fire|"
         "trading fire|shootouts?|shoot-outs?|skirmish(?:es|ed)?|kontak tembak|kontak senjata",
     BATTLES, CLASH, "violent"),
    # ("sirene serangan udara" is a siren, no attack of any kind)
    (r"(?<!sirene\x20)(?<!sirine\x20)serangan(?!\x20udara\x20(?:berbunyi|meraung))|"
         "menyerang|diserang|menargetkan|menyasar|penembakan|ditembak mati|ditembak|"
         "menembak|tembakan|attacks?|attacked|attacking|targeted|targeting|shot dead|shot|"
         "shooting|gunfire|opened fire|gunmen|siege|laid siege|ambush(?:ed|es)?|menyergap|"
         "disergap|penyergapan", BATTLES, CLASH, "attack"),
    # killing done to people by someone (a toll's "killed" is read by tolls)
    ("membunuh|dibunuh|membantai|dibantai|dieksekusi|mengeksekusi|executed|massacred|"
     "slaughtered|murdered", BATTLES, CLASH, "attack"),
    # Property looted or burnt (ACLED: a strategic development when no one is hurt; with
    # violence against people the sentence's violent event is that). "property" rows are
    # weighed by geo.events.violence beside the violent ones.
    ("looted|looting|looters|plundered|ransacked|set fire to|set ablaze|set on fire|torched|burned|burnt|"
         "burned down|burnt down|razed|menjarah|dijarah|penjarahan|dibakar|membakar|"
         "pembakaran|dibumihanguskan|membumihanguskan", STRATEGIC, LOOTING, "property"),
    ("arrested|arrests?|arresting|detained|detaining|rounded up|ditangkap|menangkap|penangkapan|"
         "dibekuk|diciduk",
     STRATEGIC, ARRESTS, "strategic"),
    # measures that change what people may do: ACLED's strategic "Other"
    ("martial law|state of emergency|curfews?|darurat militer|keadaan darurat|jam malam|"
     "shut down|closed down", STRATEGIC, OTHER, "strategic"),
    ("minta bantuan|meminta bantuan|permintaan resmi|permintaan bantuan|memohon bantuan|"
         "meminta [A-Z][\\w ]{0,40}memulai konsultasi|asked for (?:military )?(?:help|aid|assistance)|"
         "requested (?:military )?(?:help|aid|assistance)|appealed for|request for (?:military )?"
         "(?:help|aid|assistance)", STRATEGIC, APPEAL, "strategic"),
    ("siap membantu|siap bantu|berjanji|menjanjikan|menawarkan bantuan|akan memberi(?:kan)?|"
         "pledged|promised|offered (?:to help|help|aid|assistance|military)|ready to help|"
         "will provide", STRATEGIC, PLEDGE, "strategic"),
    ("berkomitmen|menyepakati|menyetujui|disepakati|sepakat|kesepakatan|menandatangani|"
         "gencatan senjata kemanusiaan|gencatan senjata (?:mulai )?berlaku|ceasefire took effect|"
         "ceasefire came into force|truce took effect|agreed|committed|signed",
     STRATEGIC, AGREEMENT, "strategic"),
    # "talks about" is a verb after "it", "also", "which"...: "the deal also talks about"
    ("pembicaraan|perundingan|pertemuan|bertemu|negosiasi|berunding|talks(?! (?:about|of) )|"
     + "".join(rf"(?<!\b{w}\x20)" for w in ("it", "also", "that", "which", "who", "he", "she"))
     + "talks|"
     # a government's own meeting ("a high-level security meeting", "a cabinet meeting") is
     # no talks between parties
     + "".join(rf"(?<!\b{w}\x20)" for w in ("security", "cabinet", "party", "internal",
                                            "coordination", "board", "staff"))
     + "meeting|"
         "met with(?= (?:(?-i:[A-Z])|the |his |her |their |officials|leaders|representatives))|"
         # "met Chinese President Xi", "met his Turkish counterpart"
         "met(?= (?:(?-i:[A-Z])|his |her |their )(?:[\\w'-]+ ){0,3}?(?:(?-i:[A-Z])|counterparts?))|"
         "negotiations|council met|council meets|dewan keamanan (?:pbb )?(?:bersidang|bertemu)",
     STRATEGIC, NEGOTIATION, "strategic"),
    ("menuduh|menuding|tuduhan|accused|accuses|accusing|blamed", STRATEGIC, STATEMENT, "claim"),
]
_LEXICON = [(re.compile(_rx(w), re.IGNORECASE), t, s, f) for w, t, s, f in LEXICON]
ANY_TRIGGER = re.compile("|".join(_rx(w) for w, _, _, _ in LEXICON), re.IGNORECASE)
# Where a trigger can start: the lexicon is tried only at words that begin one of its entries.
GATE = WordGate(first_words(words for words, _, _, _ in LEXICON))
NEGATORS = frozenset("""tidak tak bukan belum tanpa tiada jangan gagal gaga enggan not no never
without failed deny denied denies""".split())
MODALS = frozenset("""akan bisa dapat mungkin berpotensi ingin hendak berencana rencana mengancam
harus perlu mesti seharusnya mempertimbangkan menimbang bersiap will would could may might can
must should plan plans planned threaten threatened threatens intend considering considers
weighing mulling preparing siap bersedia willing ready""".split())
# "the Oval Office clash", "a battle with cancer", "perang dagang": fighting words for arguments,
# illness, trade and politics, near the word.
FIGURATIVE = re.compile(_rx("political|politically|legal|diplomatic|verbal|trade|tariffs?|election|"
                            "electoral|court|courtroom|cancer|illness|disease|addiction|oval office|"
                            "spat|war of words|rhetoric|rhetorical|debate|row|dagang|tarif|politik|"
                            "hukum|kata-kata|pendapat|debat|sidang|kanker|penyakit|pilkada|pemilu"),
                        re.IGNORECASE)
FIGURATIVE_CHARS = 25
# "attacked the government's budget plans", "menyerang kebijakan itu": words, not arms.
ATTACKED_WORDS = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,2}"
    r"(?:budget|plans?|polic(?:y|ies)|proposals?|bill|reforms?|remarks|comments|decisions?|critics|"
    r"speech|stance|views|kebijakan|rencana|usulan|anggaran|pernyataan|"
    r"keputusan|pendapat|kritik)\b", re.I)
# "prices exploded", "harga meledak": a surge, no blast.
SURGED = re.compile(r"\b(?:prices?|costs?|demand|sales|population|inflation|anger|popularity|"
                    r"numbers|cases|harga|permintaan|inflasi|penjualan|jumlah|kasus)\s+(?:[\w-]+\s+)?"
                    r"(?:have\s+|has\s+|had\s+)?$", re.I)
# Weapons fired to test them or to train: no attack (ACLED codes none).
EXERCISE = re.compile(r"\b(?:test-fired|test-fires|test-firing|test-launched|test\s+launch(?:es)?|"
                      r"(?:missile|weapons?|rocket)\s+tests?|drills|(?:military|naval|joint)\s+drill|"
                      r"military\s+exercises?|"
                      r"joint\s+exercises?|war\s+games|live-fire|uji\s*coba|diuji\s*coba|"
                      r"menguji\s*coba|latihan\s+(?:militer|perang|gabungan|tempur|menembak))\b", re.I)
EXERCISE_CHARS = 60
# A people or a process made hostage to something: a figure of speech, no abduction.
MADE_HOSTAGE = re.compile(r"\b(?:menjadi|jadi|sebagai|into|as)\s+$", re.I)
HOSTAGE_TO = re.compile(r"\s+(?:to|bagi|oleh\s+kepentingan)\s+(?:the\s+)?(?:politics|politik|polic\w+|"
                        r"kebijakan|interests?|kepentingan|ambitions?|ambisi)\b", re.I)
# "meluncurkan rudal balistik ke Laut Jepang", "fired missiles into the sea": at no one,
# unless ships are named.
INTO_THE_SEA = re.compile(r"\b(?:ke|into)\s+(?:the\s+)?(?:laut|sea|perairan|waters)\b", re.I)
SHIPS = re.compile(r"\b(?:ships?|vessels?|tankers?|freighters?|warships?|kapal)\b", re.I)
# "Persib menggempur pertahanan Persija dalam laga", "battled their rivals in the final": sport.
SPORT = re.compile(r"\b(?:laga|pertandingan|liga|turnamen|sepak\s+bola|gol|match|league|tournament|"
                   r"derby|semi-?final|quarter-?final|kick-?off|goals?|striker|football|soccer)\b", re.I)
# "is expected to visit", "residents fear a new offensive", "dikhawatirkan terjadi serangan":
# what is awaited or feared has not happened.
AWAITED = re.compile(r"\b(?:(?:is|are|was|were)\s+expected\s+to|dijadwalkan|diperkirakan\s+akan|"
                     r"(?:fears?|feared|fearing)\s+(?:a|an|that|another|more|new|further)|"
                     r"worr(?:y|ies|ied)\s+(?:about|that)|khawatir(?:\s+akan)?|dikhawatirkan|"
                     r"mengkhawatirkan\s+(?:akan|terjadinya))\b", re.I)
# What is looted or burnt is someone's property: homes, shops, churches, offices, vehicles.
PROPERTY = re.compile(r"\b(?:homes?|houses?|huts?|shops?|stores?|markets?|churche?s?|mosques?|"
                      r"temples?|schools?|offices?|buildings?|villages?|vehicles?|cars?|trucks?|"
                      r"warehouses?|granar(?:y|ies)|crops|property|properties|businesses|stations?|"
                      r"rumah|gereja|masjid|musala|sekolah|kantor|gedung|toko|kios|pasar|desa|"
                      r"kampung|honai|kendaraan|mobil|motor|truk|gudang|fasilitas|bangunan|pos|"
                      r"permukiman|harta|barang)\b", re.I)
PROPERTY_CHARS = 40
# What is burnt right after the verb that is no one's property: tyres, rubbish, stubble.
BURNT_LITTER = re.compile(r"\s+(?:(?:the|a|some|old|bekas)\s+)?(?:tyres|tires|ban|sampah|rubbish|"
                          r"trash|garbage|stubble|jerami|effigies|effigy|flags?|bendera)\b", re.I)
# "a row between French President Anne Morel and ...", "bentrok dengan Menteri ...": leaders
# argue; armies fight.
BETWEEN_LEADERS = re.compile(r"\s+(?:between|with|antara|dengan)\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,2}"
                             r"(?:president|prime\s+minister|minister|chancellor|senator|presiden|"
                             r"perdana\s+menteri|menteri|kanselir)\b", re.I)
# "condemned the attack", "mengecam serangan itu": a reaction to an event told elsewhere is
# a statement, not a second report of the event.
REACTIONS = re.compile(_rx("condemned|condemns|condemning|denounced|denounces|blamed|blames|"
                           # blame traded: no incident of its own
                           "saling tuding|saling tuduh|saling menyalahkan|traded blame|"
                           "trade(?:d)? accusations|blamed each other|"
                           "discuss|discussed|discussing|membahas|dibahas|"
                           "criticized|criticised|slammed|welcomed|praised|mourned|"
                           "mengecam|mengutuk|mengkritik|menyesalkan|menyambut|berduka|"
                           "merespons|menanggapi|responded to|reacted to|"
                           # "pernyataan Merz soal serangan di Gaza": the statement's topic
                           "(?:pernyataan|komentar|kritik|kritikan|statement|remarks|comments) "
                           "(?:[\\w-]+ ){0,3}(?:soal|tentang|mengenai|terkait|about|on|over)"), re.I)
REACTION_CHARS = 60
CONDITIONALS = re.compile(_rx("jika|jikalau|apabila|bila|kalau|seandainya|andaikan|asalkan|"
                              "if|unless|provided that|in case"), re.IGNORECASE)
APPEALS = re.compile(_rx("menyerukan|mendesak|menghentikan|berhenti|upaya|calls? for|called for|"
                         "calls? on|called on|urged?|urging|attempts? to|efforts? to|stop|resume|resumption|"
                         "melanjutkan|kembali ke meja"), re.IGNORECASE)
# "ordered the army to confront any attack", "menyampaikan kepada para pejuangnya untuk terus
# menyerang": what someone is told to do has not happened.
ORDERED = re.compile(r"\b(?:memerintahkan|menginstruksikan|mengajak|menyampaikan\s+kepada|ordered|"
                     r"instructed|told|exhorted)\b[^.;]{0,80}?\b(?:untuk|agar|supaya|to)\s+"
                     r"(?:[\w-]+\s+){0,2}$", re.I)
# "yang disepakati", "which was agreed": a deal or talks described, not reported.
RELATIVE = re.compile(r"\b(?:yang(?:\s+(?:telah|sudah|pernah|sempat))?|(?:which|that)(?:\s+(?:was|were|had|"
                      r"has|have|been))+)\s+$", re.I)
# "Speaking at a Security Council meeting, X said": the meeting is where a statement was made
# (the statement is the event), not talks between parties. ("Spoke ahead of a meeting" tells
# the meeting apart from the words.)
SPEECH_SETTING = re.compile(r"\b(?:(?:speaking|spoke|speaks|told|tells|addressing|addressed|"
                            r"berbicara|berpidato)\s+(?:\w+\s+){0,2}|"
                            # "was denounced by British and Japanese envoys during a ... session"
                            r"(?:was|were)\s+(?:criticized|criticised|condemned|denounced|blamed|"
                            r"praised|urged|accused)\s+by\s(?:[^.;]|(?<=[A-Z])\.){0,90}?\s)"
                            # (an abbreviation's dots are no sentence end: "a U.N. meeting")
                            r"(?:at|to|during|in|di|dalam|pada|saat)\s(?:[^.;,]|(?<=[A-Z])\.){0,60}$",
                            re.I)
SETTING_CHARS = 180
CLAUSE_END = re.compile(r"[,;]|$")
# A negation negates a trigger at most this many words after it, in the same clause.
NEGATION_WORDS = 4
# "fighting could spread": a modal within the next few words (and characters) makes it a maybe.
MODAL_AFTER_WORDS, MODAL_AFTER_CHARS = 3, 40
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    event_type: str
    sub_event_type: str
    family: str  # "violent", "blast", "attack", "strategic", "claim"


def sentence_triggers(text: str, sentences: list[tuple[int, int]]) -> list[list[Trigger]]:
    """find_triggers for each sentence, from one pass of the gate over the article."""
    starts = GATE.positions(text)
    out = []
    k = 0
    for s, e in sentences:
        while k < len(starts) and starts[k] < s:
            k += 1
        j = k
        while j < len(starts) and starts[j] < e:
            j += 1
        out.append(_triggers_at(text, starts[k:j], e) if j > k else [])
        k = j
    return out


def find_triggers(text: str, start: int, end: int) -> list[Trigger]:
    """Trigger words in text[start:end]; where two could start at one place the earlier
    lexicon row wins ("serangan udara" is an air strike before "serangan" is an attack)."""
    return _triggers_at(text, GATE.positions(text, start, end), end)


def _triggers_at(text: str, starts: list[int], end: int) -> list[Trigger]:
    found: list[Trigger] = []
    taken = -1
    for pos in starts:
        if pos < taken:
            continue  # "menembak" inside "tembak-menembak"
        m = ANY_TRIGGER.match(text, pos, end)
        if m is None:
            continue
        for pattern, etype, sub, family in _LEXICON:
            row = pattern.match(text, m.start(), end)
            if row is not None and row.end() == m.end():
                found.append(Trigger(m.start(), m.end(), m.group(), etype, sub, family))
                break
        taken = m.end()
    return found


def irrealis_zones(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stretches that say what might happen, not what did: "jika perang mencapai Yerevan"."""
    zones = []
    for m in CONDITIONALS.finditer(text, start, end):
        stop = CLAUSE_END.search(text, m.end(), end)
        zones.append((m.start(), stop.start() if stop and stop.start() < end else end))
    return zones


def _sentence_end(text: str, pos: int) -> int:
    end = re.compile(r"[.!?](?:\s|$)").search(text, pos)
    return end.end() if end else len(text)


def _words_before(text: str, start: int, pos: int, n: int) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text, start, pos)][-n:]


def is_irrealis(text: str, sentence_start: int, trigger: Trigger,
                zones: list[tuple[int, int]]) -> str:
    """Why a trigger reports no event ("negated", "conditional", ...), or "" when it does."""
    if inside_any(trigger.start, zones):
        return "conditional"
    if trigger.sub_event_type == CLASH and trigger.family in ("violent", "attack"):
        ahead = FIGURATIVE.search(text, max(sentence_start, trigger.start - FIGURATIVE_CHARS),
                                  trigger.start)  # "a verbal attack", "the Oval Office clash"
        behind = trigger.family == "violent" and FIGURATIVE.search(
            text, trigger.end, min(len(text), trigger.end + FIGURATIVE_CHARS))  # "battle with cancer"
        if ahead or behind or (trigger.family == "violent" and BETWEEN_LEADERS.match(text, trigger.end)):
            return "figurative"
    if trigger.family == "attack" and ATTACKED_WORDS.match(text, trigger.end):
        return "figurative"
    if trigger.sub_event_type == ABDUCTION and (
            MADE_HOSTAGE.search(text, max(sentence_start, trigger.start - 12), trigger.start)
            or HOSTAGE_TO.match(text, trigger.end)):
        return "figurative"  # "turned its people into hostages", "hostage to politics"
    if trigger.family in ("violent", "blast", "attack") and (
            EXERCISE.search(text, max(sentence_start, trigger.start - EXERCISE_CHARS),
                            min(_sentence_end(text, trigger.end), trigger.end + EXERCISE_CHARS))
            or trigger.sub_event_type == SHELLING and INTO_THE_SEA.search(
                text, trigger.end, min(_sentence_end(text, trigger.end), trigger.end + EXERCISE_CHARS))
            and not SHIPS.search(text, sentence_start, _sentence_end(text, trigger.end))):
        return "exercise"  # a missile test, a drill, missiles fired into the open sea

    if trigger.family in ("violent", "attack") and trigger.sub_event_type in (CLASH, SHELLING) and \
            SPORT.search(text, sentence_start, _sentence_end(text, trigger.end)):
        return "figurative"
    if trigger.family == "blast" and SURGED.search(text, max(sentence_start, trigger.start - 30),
                                                   trigger.start):
        return "figurative"
    if trigger.family == "property" and (BURNT_LITTER.match(text, trigger.end) or not PROPERTY.search(
            text, max(sentence_start, trigger.start - PROPERTY_CHARS),
            min(len(text), trigger.end + PROPERTY_CHARS))):
        return "figurative"  # "membakar semangat", burning tyres or rubbish: no one's property
    if trigger.family in ("violent", "blast", "attack", "property") and \
            REACTIONS.search(text, max(sentence_start, trigger.start - REACTION_CHARS), trigger.start):
        return "reaction"
    breaks = [m.end() for m in re.finditer(r"[,;:]", text[sentence_start:trigger.start])]
    clause_start = sentence_start + (breaks[-1] if breaks else 0)
    before = _words_before(text, clause_start, trigger.start, NEGATION_WORDS)
    if any(w in NEGATORS for w in before):
        return "negated"
    if trigger.family == "strategic" and trigger.sub_event_type in (AGREEMENT, NEGOTIATION) and \
            RELATIVE.search(text, max(sentence_start, trigger.start - 30), trigger.start):
        return "relative"  # "salah satu poin yang disepakati di Jenewa": a deal told as known
    if trigger.sub_event_type == NEGOTIATION and SPEECH_SETTING.search(
            text, max(sentence_start, trigger.start - SETTING_CHARS), trigger.start):
        return "setting"
    if trigger.family == "strategic" and trigger.sub_event_type in (PLEDGE, APPEAL):
        return ""  # a pledge or an appeal is about the future by nature
    clause = re.split(r"[,;:]", text[sentence_start:trigger.start])[-1]
    if any(w.casefold() in MODALS for w in _WORD.findall(clause)) or AWAITED.search(clause):
        return "hypothetical"  # "dapat memindahkan pasukan ... dari pertempuran"
    following = _WORD.findall(text, trigger.end, min(len(text), trigger.end + MODAL_AFTER_CHARS))
    after = [w.casefold() for w in following][:MODAL_AFTER_WORDS]
    if any(w in MODALS for w in after):
        return "hypothetical"  # "pertempuran kali ini berpotensi menyedot", "fighting could spread"
    if any(m.start() < trigger.start for m in APPEALS.finditer(text, sentence_start, trigger.start)):
        return "appeal"
    if ORDERED.search(text, sentence_start, trigger.start):
        return "ordered"
    return ""
