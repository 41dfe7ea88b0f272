import pytest

from geo.events.triggers import find_triggers, irrealis_zones, is_irrealis


def verdicts(text):
    zones = irrealis_zones(text, 0, len(text))
    return [(t.text, t.sub_event_type, is_irrealis(text, 0, t, zones))
            for t in find_triggers(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("tidak memiliki rencana (melakukan serangan) militer ke wilayah Armenia",
     [("serangan", "Armed clash", "negated")]),
    ("Rusia siap membantu Armenia jika perang mencapai Yerevan \u2014 ibu kota Armenia.",
     [("siap membantu", "Pledge or offer of military aid", "")]),
    ("meminta pihak bertikai menghentikan tembak-menembak", [("tembak-menembak", "Armed clash", "appeal")]),
    ("Kedua pihak saling menembakan roket.", [("menembakan", "Shelling/artillery/missile attack", ""),
                                            ("roket", "Shelling/artillery/missile attack", "")]),
    ("pertempuran kali ini berpotensi menyedot Rusia", [("pertempuran", "Armed clash", "hypothetical")]),
    ("If the war reaches Yerevan, fighting will spread.", [("fighting", "Armed clash", "hypothetical")]),
    ("Armenia and Azerbaijan failed to agree, talks in Geneva ended.",
     [("talks", "Negotiation/meeting", "")]),
    ("Gencatan senjata kemanusiaan mulai berlaku Sabtu.",
     [("Gencatan senjata kemanusiaan", "Agreement", "")]),
    ("Empat upaya gencatan senjata sejauh ini gagal.", []),
    ("A ceasefire took effect at midnight.", [("ceasefire took effect", "Agreement", "")]),
])
def test_triggers_and_irrealis(text, expected):
    assert verdicts(text) == expected


def test_conditional_zone_runs_to_the_clause_end():
    text = "siap membantu jika perang mencapai Yerevan \u2014 ibu kota Armenia, kata dia."
    [(start, end)] = irrealis_zones(text, 0, len(text))
    assert text[start:end] == "jika perang mencapai Yerevan \u2014 ibu kota Armenia"


@pytest.mark.parametrize("text, expected", [
    ("The minister lost a long battle with cancer on Monday.", [("battle", "Armed clash", "figurative")]),
    ("After the Oval Office clash, aid was paused.", [("clash", "Armed clash", "figurative")]),
    ("Kedua negara terlibat perang dagang dan bentrokan politik sejak Januari.",
     [("bentrokan", "Armed clash", "figurative")]),
    ("The senator launched a verbal attack on the minister.", [("attack", "Armed clash", "figurative")]),
    ("Clashes erupted near the border on Monday.", [("Clashes", "Armed clash", "")]),  # real fighting
])
def test_figurative_fighting_words_are_no_events(text, expected):
    assert verdicts(text) == expected


@pytest.mark.parametrize("text", [
    "The army is considering attacks on the rebel bases.",
    "Militer sedang mempertimbangkan serangan ke pangkalan pemberontak di utara.",
])
def test_a_considered_attack_is_hypothetical(text):
    assert [v for _, _, v in verdicts(text)] == ["hypothetical"]


def test_talks_about_is_a_verb_not_negotiations():
    assert verdicts("The leaflet also talks about safe routes for refugees.") == []
    assert [t for t, _, _ in verdicts("Talks about the ceasefire resumed in Doha on Monday.")] == ["Talks"]


@pytest.mark.parametrize("text, word", [
    ("Kedua kubu kembali melanggar jeda tembak yang disepakati bulan lalu.", "disepakati"),
    ("The truce, which was agreed in March, is fragile.", "agreed"),
])
def test_a_deal_described_in_a_relative_clause_is_no_new_one(text, word):
    assert (word, "Agreement", "relative") in verdicts(text)


@pytest.mark.parametrize("text", [
    "Warga mengungsi setelah pecahnya perang di perbatasan kedua negara.",
    "War broke out along the border on Thursday.",
])
def test_the_outbreak_of_a_war_is_fighting(text):
    assert [t.sub_event_type for t in find_triggers(text, 0, len(text))] == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "Air raid sirens sounded across Kyiv overnight.",
    "Sirene serangan udara berbunyi di Tel Aviv.",
])
def test_an_air_raid_siren_is_no_air_strike(text):
    assert "Air/drone strike" not in [t.sub_event_type for t in find_triggers(text, 0, len(text))]


@pytest.mark.parametrize("text, figurative", [
    ("The clash between French President Anne Morel and the Chadian leader stunned the summit.", True),
    ("Menteri itu bentrok dengan Presiden Prancis dalam rapat.", True),
    ("Troops clashed with rebels near the border.", False),
])
def test_leaders_who_clash_argue(text, figurative):
    [(_, _, why)] = verdicts(text)
    assert (why == "figurative") == figurative


@pytest.mark.parametrize("text, talks", [
    ("On a trip to Gwadar for a high-level security meeting on Friday, the minister spoke.", False),
    ("He chaired a cabinet meeting on the war.", False),
    ("The Security Council meeting was held on Friday.", True),
    ("The two leaders held a meeting in Doha.", True),
])
def test_a_governments_own_meeting_is_no_talks(text, talks):
    found = [t.sub_event_type for t in find_triggers(text, 0, len(text))]
    assert ("Negotiation/meeting" in found) == talks


@pytest.mark.parametrize("text, word", [
    # the everyday words for a fight between armed sides
    ("Soldiers and rebels exchanged fire for hours near the bridge.", "exchanged fire"),
    ("Rebels ambushed an army convoy on the highway.", "ambushed"),
    ("A shootout between police and the gang left two dead.", "shootout"),
    ("Skirmishes broke out along the border overnight.", "Skirmishes"),
    ("Terjadi kontak tembak antara aparat dan kelompok bersenjata.", "kontak tembak"),
    ("Kelompok bersenjata menyergap patroli tentara di jalan itu.", "menyergap"),
])
def test_words_for_a_fight_are_armed_clashes(text, word):
    assert verdicts(text) == [(word, "Armed clash", "")]


@pytest.mark.parametrize("text", [
    "Presiden memerintahkan tentara untuk menangkal tiap serangan di perbatasan.",
    "The commander told his men to attack the town at dawn.",
])
def test_what_someone_is_ordered_to_do_has_not_happened(text):
    assert [why for *_, why in verdicts(text)] == ["ordered"]
