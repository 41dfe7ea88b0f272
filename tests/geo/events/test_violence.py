import pytest

from geo.events.tolls import find_fatalities
from geo.events.triggers import find_triggers
from geo.events.violence import violent_kind


def kind(text):
    found = violent_kind(text, (0, len(text)), find_triggers(text, 0, len(text)),
                         find_fatalities(text, 0, len(text)))
    return found and found[1:]


@pytest.mark.parametrize("text, expected", [
    # one sentence, several words for one incident: the weapon decides
    ("The commander was killed on Monday in a drone strike targeting his car near the border.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("Komandan itu tewas Senin dalam serangan drone yang menargetkan mobilnya.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("A suicide bomber blew himself up at a checkpoint, attacking the guards.",
     ("Explosions/Remote violence", "Suicide bomb")),
    ("Pelaku bom bunuh diri meledakkan diri di pos pemeriksaan.",
     ("Explosions/Remote violence", "Suicide bomb")),
    ("A roadside bomb exploded under a bus on the highway.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("Ledakan bom mobil mengguncang pasar kota itu.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("Rockets fired by the militia hit a market, killing nine civilians.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    # armed men and unarmed victims, weapon unstated
    ("Gunmen attacked a wedding party in the village, killing 14 people.",
     ("Violence against civilians", "Attack")),
    ("Kelompok bersenjata menyerang desa itu dan menewaskan 14 warga.",
     ("Violence against civilians", "Attack")),
    ("Militants stormed a bus and took 20 passengers hostage.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("Lima pekerja diculik kelompok bersenjata di jalan tambang.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("The hostages were released on Wednesday after talks.", ("Strategic developments", "Other")),
    # armed people among the victims: two sides
    ("Insurgents attacked an army post overnight, killing three soldiers.", ("Battles", "Armed clash")),
    ("Seorang anggota polisi ditembak orang tak dikenal di depan rumah sakit.",
     ("Battles", "Armed clash")),
    ("Troops shot dead four militants who attacked the hotel.", ("Battles", "Armed clash")),
    # fire at a town, weapon unstated, comes from afar
    ("Pasukan itu menargetkan penembakan pada kota utama di wilayah itu.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    # protests: how they end decides
    ("Thousands of protesters marched through the capital on Sunday.", ("Protests", "Peaceful protest")),
    ("Police fired tear gas to disperse the demonstrators.", ("Protests", "Protest with intervention")),
    ("Security forces shot dead six protesters in the town.",
     ("Protests", "Excessive force against protesters")),
    ("Ratusan pengunjuk rasa turun ke jalan di ibu kota.", ("Protests", "Peaceful protest")),
    ("Rioters torched cars and government offices.", ("Riots", "Violent demonstration")),
    # territory
    ("Rebels took control of the district headquarters after heavy fighting.",
     ("Battles", "Non-state actor overtakes territory")),
    ("The army recaptured the town from the rebels.", ("Battles", "Government regains territory")),
    # killing done to people, no weapon and no number
    ("Militants executed villagers accused of helping the army.", ("Violence against civilians", "Attack")),
    ("Milisi itu membantai warga desa yang menolak pergi.", ("Violence against civilians", "Attack")),
    # a bare toll, no trigger word: who died decides
    ("At least 30 civilians were killed in the town on Friday.", ("Violence against civilians", "Attack")),
    ("Dua tentara tewas di perbatasan, Jumat.", ("Battles", "Armed clash")),
    # an armed victim named at length is still armed: two armed sides
    ("Seorang polisi dari Kepolisian Resor Puncak Jaya, Brigadir Yohanes Wenda Tabuni, ditembak "
     "orang tak dikenal di pasar.", ("Battles", "Armed clash")),
    # men on the ground in a town: no fire from afar
    ("Gunmen burst into a guesthouse in the city of Kismayo, leaving five people dead.",
     ("Violence against civilians", "Attack")),
    ("Orang bersenjata menyerbu sebuah hotel di kota Kismayo dan menewaskan lima orang.",
     ("Violence against civilians", "Attack")),
])
def test_one_violent_kind_per_sentence(text, expected):
    assert kind(text) == expected


@pytest.mark.parametrize("text", [
    "Tuesday's attack marked a sharp escalation of the insurgency.",
    "The hotel attack drew condemnation from across the region.",
    "Serangan tersebut memicu kecaman dari berbagai negara.",
    "Officials met to discuss security after the siege.",
    "The markets were closed for a week after the bombing.",
    "A memorial lists the names of those lost in previous bombings.",
    "Ledakan tersebut terdengar hingga ke kota sebelah.",
])
def test_a_reference_to_an_incident_told_already_is_no_new_one(text):
    assert kind(text) is None


def test_a_reference_with_its_toll_is_still_the_incident():
    assert kind("The attack on the market killed 12 people.") == ("Violence against civilians", "Attack")


def test_an_explosion_is_the_wars_weapon_or_a_device():
    text = "Explosions shook the city overnight."
    triggers = find_triggers(text, 0, len(text))
    assert violent_kind(text, (0, len(text)), triggers, None)[1:] == (
        "Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert violent_kind(text, (0, len(text)), triggers, None, "Shelling/artillery/missile attack")[1:] == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_an_articles_dominant_weapon_types_its_bare_attacks():
    from geo.events.violence import article_weapons
    news = ["Israeli air strikes hit the port.", "Warplanes struck the airport again.",
            "Another airstrike hit a depot.", "Pertempuran terjadi di perbatasan."]
    triggers = [find_triggers(t, 0, len(t)) for t in news]
    assert article_weapons(triggers) == ("Air/drone strike", "Air/drone strike")
    # two strikes to one battle: none dominates, air strikes are still told most
    assert article_weapons(triggers[:2] + triggers[3:]) == (None, "Air/drone strike")
    bare = "Serangan Israel pada Minggu menewaskan seorang komandan."
    assert violent_kind(bare, (0, len(bare)), find_triggers(bare, 0, len(bare)), None,
                        "Air/drone strike")[1:] == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize("text", [
    "Inspectors counted mortars and rockets stored in the warehouse.",
    "Gudang itu menyimpan ratusan roket dan mortir buatan luar negeri.",
])
def test_weapons_named_but_not_used_are_no_event(text):
    assert kind(text) is None


def test_weapons_used_are_an_event():
    assert kind("Rockets landed in the town overnight.") == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_a_bare_attack_in_a_war_of_missiles_is_that_weapon_whoever_it_hit():
    bare = "Di Odesa, lima orang tewas akibat serangan Rusia, kata wali kota setempat."
    assert violent_kind(bare, (0, len(bare)), find_triggers(bare, 0, len(bare)),
                        find_fatalities(bare, 0, len(bare)), "Shelling/artillery/missile attack")[1:] == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize("text, expected", [
    # munitions of crowd control disperse a protest; they are no grenade attack
    ("Riot police fired stun grenades to disperse student protesters outside parliament.",
     ("Protests", "Protest with intervention")),
    ("Polisi menembakkan granat kejut untuk membubarkan demonstran di depan gedung DPRD.",
     ("Protests", "Protest with intervention")),
    # protesters who throw stones riot, whatever the police do
    ("Police fired tear gas at protesters, some of whom hurled stones at the officers.",
     ("Riots", "Violent demonstration")),
    ("Massa demonstran melempari aparat dengan batu, dan polisi membalas dengan gas air mata.",
     ("Riots", "Violent demonstration")),
    # a grenade thrown at soldiers is still a grenade attack
    ("A man threw a grenade at soldiers guarding the bridge.",
     ("Explosions/Remote violence", "Grenade")),
])
def test_crowd_control_is_no_weapon_and_stones_make_a_riot(text, expected):
    assert kind(text) == expected


@pytest.mark.parametrize("text", [
    # ballistic and cruise missiles are fired from the ground, whatever the attack is called
    "Iran used a new ballistic missile in the air strike on Haifa, killing two.",
    "Rusia menembakkan rudal jelajah dalam serangan udara ke Odesa, menewaskan tiga orang.",
])
def test_ballistic_missiles_are_a_missile_attack_not_an_air_strike(text):
    assert kind(text) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_missiles_from_warplanes_are_an_air_strike():
    assert kind("Warplanes fired cruise missiles at Odesa, killing three.") == \
        ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize("text", [
    # a hijacking holds its passengers: an abduction
    "Gunmen hijacked a bus carrying 40 pilgrims on the highway.",
    "Kelompok bersenjata membajak sebuah kapal feri di lepas pantai.",
    "Rebels took over the night train near the border.",
])
def test_a_hijacking_is_an_abduction(text):
    assert kind(text) == ("Violence against civilians", "Abduction/forced disappearance")


@pytest.mark.parametrize("text, expected", [
    # merchant ships attacked are civilian targets; a warship is armed
    ("Gunmen in speedboats attacked two cargo ships off the coast.",
     ("Violence against civilians", "Attack")),
    ("Dua kapal dagang diserang kelompok bersenjata di lepas pantai.",
     ("Violence against civilians", "Attack")),
    ("Gunmen in speedboats attacked a navy patrol boat and two warships off the coast.",
     ("Battles", "Armed clash")),
])
def test_merchant_ships_are_civilian_targets(text, expected):
    assert kind(text) == expected


@pytest.mark.parametrize("text", [
    # explosions only heard tell no incident: what made them is coded where it hit
    "Explosions were heard across the capital late on Friday.",
    "Ledakan terdengar hingga pinggiran kota saat pertahanan udara diaktifkan.",
])
def test_explosions_only_heard_are_no_incident(text):
    assert kind(text) is None


@pytest.mark.parametrize("text", [
    "Residents spent the night in bomb shelters.",
    "Warga berlindung di shelter bom sepanjang malam.",
    "Ribuan warga tidur di tempat perlindungan bom.",
    # a siren warns of a strike, of no kind of attack
    "Sepanjang malam sirene serangan udara meraung di seluruh Haifa dan warga berlindung.",
])
def test_a_bomb_shelter_is_no_bomb(text):
    assert kind(text) is None


@pytest.mark.parametrize("text, expected", [
    # a crowd, no demonstration, that burns, beats or lynches: mob violence
    ("An angry mob lynched a man accused of theft in the market on Monday.",
     ("Riots", "Mob violence")),
    ("Massa membakar kantor polisi setelah seorang warga tewas ditembak.", ("Riots", "Mob violence")),
    ("Seorang pria tewas dihakimi massa di pasar pada Senin.", ("Riots", "Mob violence")),
    # bombs dropped from the air are an air strike, not a device
    ("Glide bombs struck the city on Wednesday, wounding 11 people.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("Rusia menjatuhkan bom luncur ke kota itu pada Rabu.",
     ("Explosions/Remote violence", "Air/drone strike")),
    # teachers and farmers shot by an armed group are civilians attacked
    ("Kelompok bersenjata menembak mati dua guru di distrik itu pada Kamis.",
     ("Violence against civilians", "Attack")),
    ("Gunmen shot dead four farmers near the village on Sunday.",
     ("Violence against civilians", "Attack")),
])
def test_mobs_bombs_from_the_air_and_civilians_by_trade(text, expected):
    assert kind(text) == expected


@pytest.mark.parametrize("text", [
    # words attacked, prices that explode, what is awaited or feared: no incident
    "The opposition leader attacked the government's budget plans in parliament on Monday.",
    "Ketua partai itu menyerang kebijakan pemerintah dalam rapat pada Senin.",
    "Prices exploded in the city's markets this week as fuel ran short.",
    "Residents fear a new offensive on the town after militants regrouped in the hills.",
    "Warga khawatir akan terjadi serangan baru di kota itu.",
    "Harga cabai meledak di pasar kota itu pekan ini.",
    # sport
    "Tim tamu menggempur pertahanan tuan rumah dalam laga semalam.",
    "The visitors clashed with the hosts in a tense derby on Tuesday.",
])
def test_words_surges_and_fears_are_no_incident(text):
    from geo.events.triggers import find_triggers, is_irrealis
    triggers = find_triggers(text, 0, len(text))
    assert triggers and all(is_irrealis(text, 0, t, []) for t in triggers)


def test_a_bomb_at_a_match_is_still_a_bomb():
    text = "Sebuah bom meledak saat pertandingan sepak bola di kota itu, menewaskan tiga orang."
    assert kind(text) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize("text, expected", [
    # property looted or burnt with no one hurt: ACLED's strategic looting/property destruction
    ("Unknown men set fire to a church in the village overnight.",
     ("Strategic developments", "Looting/property destruction")),
    ("Looters ransacked shops along the main road after the police withdrew.",
     ("Strategic developments", "Looting/property destruction")),
    ("Puluhan rumah warga dibakar oleh kelompok bersenjata di kampung itu.",
     ("Strategic developments", "Looting/property destruction")),
    ("Milisi menjarah gudang bantuan pangan di pinggiran kota.",
     ("Strategic developments", "Looting/property destruction")),
    # with people killed the violence is the event, the burning part of it
    ("Gunmen killed four herders and torched their huts near the river.",
     ("Violence against civilians", "Attack")),
    ("Kelompok bersenjata membakar sekolah dan menembak mati dua guru.",
     ("Violence against civilians", "Attack")),
    # tyres burnt and roads barricaded make a demonstration violent
    ("Protesters burned tyres and blocked the highway into the capital.",
     ("Riots", "Violent demonstration")),
    ("Para demonstran membakar ban di depan kantor bupati.", ("Riots", "Violent demonstration")),
    # a march with its cause or route is a protest; an air strike told by its jets
    ("Thousands marched peacefully through the old town to demand cheaper bread.",
     ("Protests", "Peaceful protest")),
    ("Ratusan buruh berunjuk rasa di depan kantor gubernur menuntut kenaikan upah.",
     ("Protests", "Peaceful protest")),
    ("Jets struck a fuel depot on the edge of the port city.",
     ("Explosions/Remote violence", "Air/drone strike")),
])
def test_property_marches_and_jets(text, expected):
    assert kind(text) == expected


@pytest.mark.parametrize("text, lang", [
    ("Pidato sang calon membakar semangat para pendukungnya di Surabaya, Senin (10/3/2025).", "id"),
    ("Farmers burned stubble in the fields near Multan on Monday.", "en"),
    ("Troops marched into the square in Multan on Monday for the parade.", "en"),
])
def test_no_property_no_protest(gaz, text, lang):
    from .test_statements import events_of
    assert events_of(gaz, text, lang) == []
