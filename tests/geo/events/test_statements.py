"""Statements of governments, armed groups and international bodies: coded once, placed where
made or at the speaker's capital; opinions and denials are no events."""
from datetime import date

import pytest

from geo import make_article
from geo.pipeline import process

STATEMENT = "Accusation/statement"


def events_of(gaz, text, lang="en", published="2025-03-14"):
    """Every event the product codes from `text`, as `python -m geo events` would."""
    return process(make_article(text, "s", published=published, language=lang), gaz)[1]


def statements(gaz, text, lang="en", published="2025-03-14"):
    return [e for e in events_of(gaz, text, lang, published) if e.sub_event_type == STATEMENT]


@pytest.mark.parametrize("text, lang, capital", [
    ("Pakistan's foreign ministry condemned the attack on the convoy on Thursday.", "en", "Islamabad"),
    ("Kementerian Luar Negeri Iran mengecam serangan terhadap kapal itu pada Kamis (13/3/2025).",
     "id", "Tehran"),
    ("The Afghan government accused the militants of killing civilians, officials said Thursday.",
     "en", "Kabul"),
])
def test_a_governments_statement_is_placed_at_its_capital(gaz, text, lang, capital):
    [event] = statements(gaz, text, lang)
    assert event.event_type == "Strategic developments"
    assert event.place == capital and event.geo_precision == 3
    assert event.claimed_by


@pytest.mark.parametrize("text, lang", [
    ("Addressing the U.N. Security Council on Thursday, Chile's ambassador said the "
     "militants' attacks must stop.", "en"),
    ("Dubes Peru untuk PBB mengatakan serangan milisi harus dihentikan dalam pertemuan "
     "Dewan Keamanan PBB pada Kamis (13/3/2025).", "id"),
])
def test_a_statement_at_the_security_council_is_in_new_york(gaz, text, lang):
    [event] = statements(gaz, text, lang)
    assert event.place == "New York City" and event.geo_precision == 1


@pytest.mark.parametrize("text, lang", [
    ("A security analyst said the war could last for years.", "en"),
    ("Pengamat militer mengatakan perang itu bisa berlangsung lama.", "id"),
    ("The minister said the harvest was good this year.", "en"),  # not about the conflict
    ("The ministry dismissed the accusations of attacks as baseless on Thursday.", "en"),
])
def test_opinions_denials_and_other_topics_are_no_statements(gaz, text, lang):
    assert statements(gaz, text, lang) == []


def test_a_speaker_named_bare_is_known_by_how_the_text_introduced_them(gaz):
    text = ("Iran's foreign minister Abbas Araghchi met reporters on Thursday. "
            "\"This war against our people must end now,\" Araghchi said.")
    [event] = statements(gaz, text)
    assert event.place == "Tehran"


def test_a_claimed_attack_is_the_attack_not_a_statement(gaz):
    text = "Azerbaijan's defence ministry said Armenian forces shelled Ganja on Thursday."
    events = events_of(gaz, text, "en", "2025-03-14")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text, lang, places", [
    # the office in apposition, past the speaker's name
    ("Kenya's interior minister, Peter Ochieng, said the militants' attack on the convoy was "
     "cowardly.", "en", ["Nairobi"]),
    # a bare name after an opening clause is the speaker, known by its introduction
    ("Kenya's interior minister Peter Ochieng visited the wounded. In response, Ochieng said the "
     "attack on the convoy would be punished.", "en", ["Nairobi"]),
    # two officials in one subject: one statement each
    ("Menteri Luar Negeri Prancis dan Menteri Luar Negeri Jerman mengecam serangan terhadap konvoi "
     "itu.", "id", ["Berlin", "Paris"]),
    # a state as the speaker
    ("Russia warned on Thursday that attacks on its troops would be answered.", "en", ["Moscow"]),
    # "X's spokesman": whom X speaks for
    ("NATO Secretary-General Anna Berg arrived on Monday. Berg's spokesman, Maria Lopez, "
     "told reporters the killing of civilians must stop.", "en", ["Brussels"]),
    # a government office named alone speaks for the country the article is about
    ("Somalia's army fought militants near Baidoa on Monday. The interior minister said the "
     "militants would be defeated.", "en", ["Mogadishu"]),
])
def test_who_speaks_and_for_whom(gaz, text, lang, places):
    assert sorted(e.place for e in statements(gaz, text, lang)) == places


@pytest.mark.parametrize("text, lang", [
    # "mendesak" as an adjective (urgent) is no verb of speech
    ("Dalam surat itu, warga meminta konsultasi mendesak tentang keamanan perbatasan.", "id"),
    # the one who speaks after the verb is an analyst, though a country opens the sentence
    ("Carey Smith, a former ambassador and professor, spoke on Monday. Russia, said Smith, could "
     "move troops to the border.", "en"),
])
def test_not_a_statement_of_an_official(gaz, text, lang):
    assert statements(gaz, text, lang) == []


def test_the_words_inside_a_quote_are_not_its_speaker(gaz):
    text = ("Kenya's foreign minister spoke on Thursday. \"The council calls on the militants to stop "
            "the attacks. We will end this war,\" the minister said.")
    found = statements(gaz, text)
    assert found and all("council" not in e.claimed_by.casefold() for e in found)


def test_a_speaker_ends_where_the_setting_begins(gaz):
    text = ("Duta Besar Peru untuk PBB Ana Ruiz tiba di New York. \"Peru meminta gencatan senjata "
            "segera,\" kata Ana Ruiz dalam keterangannya kepada media, Jumat (25/7/2025).")
    [event] = statements(gaz, text, "id", published="2025-07-26")
    assert "dalam" not in event.claimed_by and "Ana Ruiz" in event.claimed_by


def test_a_statement_is_dated_by_its_telling_not_by_its_quote(gaz):
    from datetime import date
    text = ("\"Last month, the rebels broke the truce and the war resumed,\" "
            "Pakistan's ambassador said on Friday.")
    [event] = statements(gaz, text, published="2024-06-28")
    assert event.date_start == date(2024, 6, 28)


def test_other_speakers_at_the_council_meeting_are_placed_there(gaz):
    text = ("Addressing the U.N. Security Council on Friday, Chile's ambassador said the "
            "militants' attacks must stop. Kenya's foreign minister warned on Friday that the war "
            "threatens the region.")
    assert [e.place for e in statements(gaz, text, published="2025-03-14")] == [
        "New York City", "New York City"]


def test_one_envoy_at_the_council_this_week_does_not_move_every_speaker_to_new_york(gaz):
    text = ("Addressing a U.N. Security Council session this week, Chile's ambassador, Ana Soto, "
            "said the militants' attacks must stop. Kenya's foreign ministry condemned the attack "
            "on the convoy. \"The attacks on our villages must end,\" Soto said.")
    events = statements(gaz, text, published="2025-03-14")
    assert sorted(e.place for e in events) == ["Nairobi", "New York City", "New York City"]


@pytest.mark.parametrize("text, lang", [
    ("Speaking at a regional meeting in Doha on Friday, Chile's foreign minister said the "
     "militants' attacks must stop.", "en"),
    ("Berbicara dalam pertemuan ASEAN di Kuala Lumpur pada Jumat (14/3/2025), Menteri Luar Negeri Chile "
     "mengatakan serangan milisi harus dihentikan.", "id"),
])
def test_a_meeting_that_is_only_where_someone_spoke_is_no_talks(gaz, text, lang):
    events = events_of(gaz, text, lang, "2025-03-14")
    assert [e.sub_event_type for e in events] == [STATEMENT]


@pytest.mark.parametrize("text, speaker", [
    # a conjunction: who speaks follows it
    ("Kenyan President William Ruto visited Garissa. Somalia has not accepted the truce, but Ruto "
     "said Monday that troops would stay in the border towns.", "Ruto"),
    # an auxiliary between the speaker and the verb is no part of the speaker
    ("Kenyan officials have blamed the rebels for the raid on the convoy.", "Kenyan officials"),
    # "saying": the speaker is the subject of the clause, not the clause
    ("Kenya's envoy defended the treaty on Monday, saying the attacks on Somali towns must stop.",
     "Kenya's envoy"),
])
def test_a_speaker_is_cut_from_the_clause_around_it(gaz, text, speaker):
    assert [e.claimed_by for e in statements(gaz, text)] == [speaker]


def test_who_points_a_finger_saying_is_known_by_their_introduction(gaz):
    text = ("Kenyan President William Ruto visited Garissa on Sunday. Ruto again pointed a finger "
            "at the Shabab, saying the attacks on the town would be punished.")
    [event] = statements(gaz, text, published="2025-03-16")
    assert event.place == "Nairobi"


@pytest.mark.parametrize("text, lang, place", [
    ("\"We will not accept these attacks,\" Ana Lopez, Chile's ambassador to the United Nations, "
     "said on Tuesday.", "en", "New York City"),
    ("Chile's U.N. ambassador Ana Lopez condemned the attacks on Tuesday.", "en", "New York City"),
    ("Duta Besar Indonesia untuk PBB, Umar Hadi, mengecam serangan itu pada Selasa (11/3/2025).",
     "id", "New York City"),
    # an envoy to a state speaks for their own capital, not at the U.N.
    ("Chile's ambassador to Argentina, Ana Lopez, condemned the attacks on Tuesday.", "en",
     "Santiago"),
])
def test_a_states_envoy_to_the_un_speaks_in_new_york(gaz, text, lang, place):
    [event] = statements(gaz, text, lang)
    assert event.place == place
    assert "Ana Lopez" in event.claimed_by or "Umar Hadi" in event.claimed_by


@pytest.mark.parametrize("text, speaker", [
    # after "said", a clause is what was said, a day is when: neither is who
    ("Kenya's envoy to the U.N., Ann Mwangi, said the mission needs more troops.",
     "Kenya's envoy to the U.N., Ann Mwangi"),
    ("\"The attacks must stop,\" Ann Mwangi, Kenya's foreign minister, said on Monday.",
     "Ann Mwangi, Kenya's foreign minister"),
])
def test_what_follows_said_is_no_speaker_unless_it_names_one(gaz, text, speaker):
    assert [e.claimed_by for e in statements(gaz, text)] == [speaker]


@pytest.mark.parametrize("text, lang", [
    ("\"The shelling of villages is utterly unacceptable,\" the U.N. spokesman, Tom Berg, said on "
     "Friday.", "en"),
    ("\"Pembunuhan warga sipil itu biadab dan harus dihentikan,\" kata Menteri Luar Negeri Iran "
     "pada Jumat (14/3/2025).", "id"),
])
def test_a_quote_that_judges_violence_is_a_statement_not_an_incident(gaz, text, lang):
    events = events_of(gaz, text, lang, "2025-03-15")
    assert [e.sub_event_type for e in events] == [STATEMENT]


def test_a_quote_that_tells_an_incident_is_still_the_incident(gaz):
    text = "\"Our troops shelled the rebels near Kismayo on Friday,\" the Kenyan army spokesman said."
    events = events_of(gaz, text, "en", "2025-03-15")
    assert [(e.sub_event_type, e.place) for e in events] == [
        ("Shelling/artillery/missile attack", "Kismayo")]


def test_a_report_of_people_fleeing_is_no_statement(gaz):
    text = "The U.N. says the fighting in Somalia has forced 10,000 people to flee their homes."
    assert statements(gaz, text) == []


@pytest.mark.parametrize("text, lang, place", [
    ("\"The army has increased the violence,\" U.N. Resident Coordinator for Kenya Ana Lopez said "
     "on Friday.", "en", "Nairobi"),
    ("Utusan PBB untuk Yaman, Hans Grundberg, mengecam serangan itu pada Jumat (14/3/2025).", "id",
     "Sanaa"),
    # the body's headquarters when no country mission is named
    ("U.N. spokesman Tom Berg condemned the attacks on Friday.", "en", "New York City"),
])
def test_a_bodys_mission_in_a_country_speaks_from_its_capital(gaz, text, lang, place):
    [event] = statements(gaz, text, lang)
    assert event.place == place and event.actors == ("United Nations",)


@pytest.mark.parametrize("text, lang, place, actor", [
    # no country named: the group speaks from the capital of the country the text places
    ("Taliban fighters attacked Kunduz on Friday. \"The Kabul administration has tried to "
     "sabotage the peace process,\" Taliban leader Hibatullah Akhundzada said Sunday.", "en",
     "Kabul", "Taliban"),
    ("Kelompok Hizbullah menembakkan roket ke Metula, Israel, pada Jumat (14/3/2025). Juru bicara "
     "Hizbullah mengatakan serangan itu balasan atas pembunuhan komandannya di Tyre, Lebanon.",
     "id", "Beirut", "Hezbollah"),
])
def test_an_armed_group_speaks_for_itself(gaz, text, lang, place, actor):
    [event] = statements(gaz, text, lang, published="2025-03-16" if lang == "id" else "2021-05-09")
    assert (event.place, event.actors) == (place, (actor,))


def test_a_speaker_is_of_the_country_named_with_them_not_of_one_before(gaz):
    text = ("Paris halted aid to Chad after a clash between France's President Anne Morel and "
            "Chad's President Idriss Kaba. Morel said on Tuesday that the rebels must stop the "
            "attacks.")
    events = events_of(gaz, text, "en", "2025-03-12")
    # and the leaders' clash is an argument, not a battle
    assert [(e.sub_event_type, e.place) for e in events] == [(STATEMENT, "Paris")]


@pytest.mark.parametrize("text, lang, place", [
    # a place in what is judged is no place where it was said
    ("Menteri luar negeri Turki menilai pengeboman di Idlib tidak lagi dapat dibenarkan.", "id",
     "Ankara"),
    ("Turkey's foreign minister described the shelling of Idlib as a crime.", "en", "Ankara"),
    # where it was said, with whom it was told to and when between
    ("Menlu Turki mengatakan kepada wartawan di Jenewa bahwa serangan harus dihentikan.", "id",
     "Geneva"),
    ("Turkey's foreign minister told reporters on Monday in Geneva that the war must end.", "en",
     "Geneva"),
])
def test_where_a_judgment_was_said(gaz, text, lang, place):
    [said] = statements(gaz, text, lang)
    assert said.place.split(" (")[0] == place  # "Geneva (Jenewa)": as written, in brackets


def test_the_is_no_name_to_look_back_for(gaz):
    # "The reporter" names no one: nothing before it ("They", "the government") tells who
    text = ("Government officials met in Kismayo on Tuesday. They said the talks went on. The "
            "reporter said Kenyan troops backed by Somali police surrounded the rebels.")
    assert statements(gaz, text) == []


@pytest.mark.parametrize("text, lang, place", [
    # posts are tellings too
    ("Ukraine's president wrote on social media that the shelling of Kharkiv must stop.", "en",
     "Kyiv"),
    ("Turkey's foreign minister tweeted that the attacks on Gaza are a crime.", "en", "Ankara"),
    # a speaker is introduced in their own sentence: not with the country of the one before
    ("Iraqi troops said the militant was killed in Iraq. U.S. President John Hale later "
     "confirmed it. \u201cThe war on terror goes on,\u201d Hale wrote.", "en", "Washington"),
])
def test_posts_are_statements_of_their_authors(gaz, text, lang, place):
    said = statements(gaz, text, lang)
    assert place in [s.place for s in said]


@pytest.mark.parametrize("text, lang, place", [
    # "according to X" tells X's words; the ICC speaks from The Hague
    ("Menurut Mahkamah Pidana Internasional (ICC), pembunuhan warga di kota itu "
     "termasuk kejahatan perang.", "id", "The Hague"),
    ("According to Ukraine's foreign minister, the shelling of Kharkiv is a war crime.", "en",
     "Kyiv"),
    # an armed group is what the war is about
    ("Menteri Luar Negeri Israel menyerukan agar dunia bertindak melawan Houthi.", "id",
     "Jerusalem"),
    # a response to another's statement about violence is a statement, not the violence
    ("Duta Besar Israel untuk Jerman merespons hati-hati pernyataan Merz soal serangan di Gaza.",
     "id", "Jerusalem"),
])
def test_according_to_groups_and_responses(gaz, text, lang, place):
    events = events_of(gaz, text, lang)
    assert [(e.sub_event_type, e.place.split(" (")[0]) for e in events] == [(STATEMENT, place)]


@pytest.mark.parametrize("text, lang", [
    ("Rockets hit Sidon on Sunday. Israel's army confirmed the strike, saying the target was a "
     "weapons depot.", "en"),
    ("Roket menghantam Sidon pada Minggu. Militer Israel mengonfirmasi serangan itu dan menyebut "
     "sasarannya gudang senjata.", "id"),
])
def test_confirming_a_strike_is_no_statement(gaz, text, lang):
    assert statements(gaz, text, lang, "2025-11-03") == []


@pytest.mark.parametrize("text, lang", [
    # the person set before his office speaks, and is the same speaker when named again
    ("General Amir Dahan, the head of Israel's military staff, said the army would keep "
     "attacking Hamas. \"We will not stop until Hamas surrenders,\" Dahan said.", "en"),
    ("Mayor Jenderal Amir Dahan, Kepala Staf Militer Israel, menegaskan bahwa pihaknya akan terus "
     "menyerang Hamas. \"Kami tidak akan berhenti sampai Hamas menyerah,\" kata Dahan.", "id"),
])
def test_one_speaker_named_twice_makes_one_statement(gaz, text, lang):
    from geo.events import merge_events
    [one] = [e for e in merge_events(events_of(gaz, text, lang)) if e.sub_event_type == STATEMENT]
    assert one.claimed_by == "Israel forces (Amir Dahan)"


def test_an_offer_told_only_with_a_country_is_made_from_its_capital(gaz):
    text = ("\u201cTurki akan memberikan semua bantuan yang diperlukan Azerbaijan,\u201d kata "
            "Kementerian Luar Negeri Turki pada Sabtu (31/10/2020).")
    [offer] = [e for e in events_of(gaz, text, "id", "2020-10-31")
               if e.sub_event_type == "Pledge or offer of military aid"]
    assert offer.place == "Ankara" and offer.geo_precision == 3


@pytest.mark.parametrize("text", [
    # an act of grief, and an office telling what it is busy with, take no stand
    "Malian President Assimi Goita declared three days of national mourning after the market "
    "bombing.",
    "Mali's army says it is still combing the hills near Gao after the attack.",
])
def test_mourning_and_a_progress_report_are_no_statements(gaz, text):
    assert statements(gaz, text, "en", "2024-07-05") == []


def test_a_quote_takes_the_day_its_speaker_was_introduced_on(gaz):
    text = ("On Thursday, the spokesperson for Kenya's foreign ministry, Ambassador Ruth Wanjiru, "
            "repeated Nairobi's position. \"We urge Somalia to hold the attackers accountable for "
            "this act of terrorism,\" Wanjiru said.")
    [said] = statements(gaz, text, "en", "2025-03-14")
    assert (str(said.date_start), str(said.date_end)) == ("2025-03-13", "2025-03-13")


def test_a_visit_expected_is_no_meeting_yet(gaz):
    text = "The minister is expected to visit Kabul next week for talks with Taliban leaders."
    assert [e for e in events_of(gaz, text, "en", "2025-05-16")
            if e.sub_event_type == "Negotiation/meeting"] == []


@pytest.mark.parametrize("text, lang, seat", [
    # the European Union and the African Union speak from their seats
    ("The European Union called for an immediate ceasefire in Sudan.", "en", "Brussels"),
    ("Uni Eropa menyerukan gencatan senjata segera di Sudan.", "id", "Brussels"),
    ("The African Union urged the parties in Sudan to agree a ceasefire.", "en", "Addis Ababa"),
])
def test_the_unions_speak_from_their_seats(gaz, text, lang, seat):
    [said] = statements(gaz, text, lang, "2025-05-16")
    assert said.place == seat and said.geo_precision == 3


@pytest.mark.parametrize("text, lang, speaker", [
    # the day a statement was made is when it was said, not part of who said it
    ("Menteri Luar Negeri Kenya Musalia Mudavadi pada Kamis (13/3/2025) menyatakan, Nairobi "
     "mengecam serangan terhadap kota Mandera.", "id", "Menteri Luar Negeri Kenya Musalia Mudavadi"),
    ("Kenyan Foreign Minister Musalia Mudavadi, Thursday condemned the attack on the town of "
     "Mandera.", "en", "Kenyan Foreign Minister Musalia Mudavadi"),
])
def test_the_day_a_statement_was_made_is_no_part_of_its_speaker(gaz, text, lang, speaker):
    [said] = statements(gaz, text, lang)
    assert said.claimed_by == speaker and str(said.date_start) == "2025-03-13"


def test_an_aide_in_a_leaders_title_is_not_the_leader(gaz):
    from geo.events import merge_events
    text = ("Kenyan President William Ruto's national security adviser, Monica Juma, condemned "
            "the attack on Mandera on Thursday. \"This was an act of terror against Kenya,\" Ruto "
            "said on Thursday.")
    said = {e.claimed_by for e in merge_events(statements(gaz, text))}
    assert said == {"Kenya's national security adviser (Monica Juma)", "Ruto"}


def test_a_spokesman_set_after_a_leaders_name_is_named_with_his_office(gaz):
    text = "Kenyan President William Ruto's spokesman Hussein Mohamed condemned the attack on Mandera."
    [said] = statements(gaz, text)
    assert said.claimed_by == "Kenya spokesperson (Hussein Mohamed)"


@pytest.mark.parametrize("text, lang, speaker", [
    # an order or an exhortation is its giver's statement, and what it orders has not happened
    ("Presiden Kenya William Ruto memerintahkan tentara untuk menangkal tiap serangan "
     "Al-Shabaab di perbatasan.", "id", "Kenya's President William Ruto"),
    ("The Kenyan president ordered the army to repel any attack on the border towns.", "en",
     "Kenya's President"),
    ("Pemimpin Al-Shabaab, Ahmed Diriye, menyampaikan kepada para pejuangnya untuk terus "
     "menyerang pasukan Kenya.", "id", None),
    # "mendesak" before the authorities it presses is a statement
    ("Presiden Kenya William Ruto mendesak otoritas Somalia segera melucuti kelompok bersenjata "
     "di perbatasan.", "id", "Kenya's President William Ruto"),
])
def test_an_order_is_a_statement_and_no_incident(gaz, text, lang, speaker):
    events = events_of(gaz, text, lang)
    assert [e.sub_event_type for e in events] == [STATEMENT]
    assert speaker is None or events[0].claimed_by == speaker


def test_a_dateline_is_no_part_of_the_speaker(gaz):
    text = ("NAIROBI, KOMPAS.com -\u00a0Kenya menuding kelompok Al-Shabaab sedang mempersenjatai diri "
            "kembali di perbatasan Somalia.")
    [said] = statements(gaz, text, "id")
    assert said.claimed_by == "Kenya" and said.place == "Nairobi"


@pytest.mark.parametrize("text, speaker, place", [
    # told in the passive, who speaks comes after "by"; the meeting they spoke at is no talks
    ("The attack on the convoy was condemned by the Kenyan government on Thursday.", "Kenya",
     "Nairobi"),
    ("On Monday the junta was denounced by British and Japanese envoys during a closed U.N. "
     "Security Council session on the coup.", "British and Japanese envoys", "New York City"),
])
def test_a_statement_told_in_the_passive_is_its_speakers(gaz, text, speaker, place):
    events = events_of(gaz, text)
    assert [(e.sub_event_type, e.claimed_by, e.place) for e in events] == [(STATEMENT, speaker, place)]


@pytest.mark.parametrize("text, lang, capital", [
    # a government named by its seat of power speaks from its capital
    ("The Kremlin said on Friday it was alarmed by the escalation along the front.", "en", "Moscow"),
    ("Gedung Putih mengecam serangan terhadap konvoi bantuan itu pada Jumat (14/3/2025).", "id",
     "Washington"),
    # an offensive and a call for restraint are the war's matter
    ("The African Union warned on Wednesday that the rebels were preparing a new offensive.", "en",
     "Addis Ababa"),
    ("ASEAN called on both sides to show restraint on Monday.", "en", "Jakarta"),
])
def test_seats_of_power_offensives_and_restraint(gaz, text, lang, capital):
    [event] = statements(gaz, text, lang)
    assert event.place == capital


def test_a_meeting_told_with_met_and_a_name(gaz):
    found = events_of(gaz, "Kenya's president met Ethiopian Prime Minister Abiy Ahmed in Addis "
                           "Ababa on Tuesday to discuss the fighting.")
    assert [(e.sub_event_type, e.place) for e in found] == [("Negotiation/meeting", "Addis Ababa")]


def test_a_statement_dated_days_after_another_and_its_quote(gaz):
    # "two days after" counts back from the day in hand; the speaker is who follows "after";
    # the quote that follows is the same statement
    text = ("Kenyan President Ruto's spokesman, Hussein Mohamed, on Monday tweeted, \"The killings "
            "must stop.\" His comments came two days after Ruto condemned the rebels. \"The rebels "
            "are murdering our people in cold blood,\" Ruto said.")
    from geo.events.merge import merge_events
    [ruto] = [e for e in merge_events(statements(gaz, text, "en", "2025-03-11"))
              if e.claimed_by == "Ruto"]
    assert (ruto.date_start, ruto.date_end) == (date(2025, 3, 8), date(2025, 3, 8))


def test_a_leader_on_violent_unrest_makes_a_statement(gaz):
    text = ("Prime Minister Kofi Mensah said Sunday Ghana \"will not allow violent unrest\" in "
            "the north. Later the Ghanaian leader said in parliament that calm must return.")
    from geo.events.merge import merge_events
    [said] = merge_events(statements(gaz, text, "en", "2025-03-11"))
    assert said.place == "Accra" and (said.date_start, said.date_end) == (date(2025, 3, 9),) * 2
