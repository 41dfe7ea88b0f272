"""The article model: which sentences report the article's news, in both languages."""
from datetime import date

import pytest

from geo import make_article
from geo.events.dates import find_dates
from geo.events.reading import NEWS, sentence_kinds
from geo.events.sentences import split_sentences


def kinds(text, published="2025-03-14", lang="en"):
    article = make_article(text, "r", published=published, language=lang)
    sentences = split_sentences(text)
    dates = sorted(find_dates(text, article.published, lang), key=lambda d: d.start)
    found = sentence_kinds(article, sentences, dates, [d.start for d in dates])
    return {text[s:e]: k for (s, e), k in zip(sentences, found)}


@pytest.mark.parametrize("sentence, lang", [
    ("The deadliest raid, in 2011, killed 40 people in the market.", "en"),
    ("Bom itu pernah mengguncang pasar kota pada masa konflik.", "id"),
    ("Pada tahun 2008, ledakan serupa menewaskan belasan warga.", "id"),
    ("Rebels had long attacked convoys on the northern road.", "en"),
])
def test_history_is_background(sentence, lang):
    assert kinds(f"Police patrolled the city on Friday. {sentence}", lang=lang)[sentence] == "background"


def test_a_sentence_continuing_a_background_story_is_background_too():
    text = ("In 2012 a car bomb struck the ministry. A second blast in the same incident hit a bus. "
            "On Friday, gunmen attacked a checkpoint.")
    found = kinds(text)
    assert found["A second blast in the same incident hit a bus."] == "background"
    assert found["On Friday, gunmen attacked a checkpoint."] == NEWS


def test_a_date_inside_a_quote_does_not_make_a_statement_background():
    sentence = '"Since 2019 we have warned of this war," the foreign minister told reporters on Friday.'
    assert kinds(sentence)[sentence] == NEWS


@pytest.mark.parametrize("text, caption", [
    ("Warga melihat rumah yang rusak akibat serangan, Senin (10/3/2025).\n\n"
     "JAKARTA, KOMPAS.com - Polisi menyelidiki serangan di pasar pada Senin.",
     "Warga melihat rumah yang rusak akibat serangan, Senin (10/3/2025)."),
    ("FILE - Soldiers stand guard after an attack in Mogadishu, Jan. 3, 2024.\n"
     "Troops fought militants near the port on Thursday.",
     "FILE - Soldiers stand guard after an attack in Mogadishu, Jan. 3, 2024."),
])
def test_captions_are_not_news(text, caption):
    found = kinds(text, lang="id" if "KOMPAS" in text else "en")
    assert found[caption] == "caption"
    assert NEWS in found.values()


@pytest.mark.parametrize("sentence", [
    "The ministry dismissed the accusations as baseless.",
    "Pemerintah membantah pasukannya menyerang desa itu.",
    "Rebutting the claim, the spokesman said Kabul must look after its own security.",
    "The army rejected Kenya's repeated accusations of shelling the border towns.",
    "Juru bicara itu menolak klaim bahwa pasukannya menyerang desa.",
])
def test_denials_are_not_news(sentence):
    assert kinds(f"Fighting continued on Friday. {sentence}")[sentence] == "denial"


def test_a_subheading_is_a_headline():
    text = "Serangan di perbatasan\nPasukan bertempur di perbatasan pada Jumat (14/3/2025)."
    assert kinds(text, lang="id")["Serangan di perbatasan"] == "headline"


def test_a_sentence_ending_on_a_one_letter_name_ends_there():
    text = "The group posted on X. Militants attacked a train on Tuesday."
    assert split_sentences(text) == [(0, 22), (23, len(text))]
    assert split_sentences("John F. Kennedy spoke.") == [(0, 22)]


@pytest.mark.parametrize("text, start, end, kind", [
    ("in 2009", date(2009, 1, 1), date(2009, 12, 31), "range"),
    ("pada tahun 2010", date(2010, 1, 1), date(2010, 12, 31), "range"),
    ("antara 2003--2005", date(2003, 1, 1), date(2005, 12, 31), "range"),
    ("since 2009", date(2009, 1, 1), date(2025, 3, 14), "since"),
])
def test_years_are_dates(text, start, end, kind):
    [d] = find_dates(text, date(2025, 3, 14), "en")
    assert (d.date_start, d.date_end, d.kind) == (start, end, kind)


def test_a_number_of_people_is_no_year():
    assert find_dates("hingga 2000 orang tewas", date(2025, 3, 14), "id") == []


@pytest.mark.parametrize("sentence, lang", [
    ("Scores of farmers died in raids in recent months across the plateau.", "en"),
    ("Militants attack the highway almost daily.", "en"),
    ("Ratusan warga tewas dalam beberapa bulan terakhir di wilayah itu.", "id"),
    ("Serangan terjadi hampir setiap hari di perbatasan.", "id"),
    # Totals over a span with no day of their own, trends, and habits told as counts.
    ("Over the past 18 months, 900 fighters have died in the valley, the governor said.", "en"),
    ("Since the start of the war, shells have destroyed 40 clinics in the province.", "en"),
    ("The militia has stepped up raids on mining camps along the river.", "en"),
    ("Dozens of herders were killed in recent days in cattle raids, aid workers said.", "en"),
    ("Sejak pecahnya perang, lebih dari 3.000 warga tewas di provinsi itu.", "id"),
    ("Sejak Rusia melancarkan invasi, ribuan rumah hancur di kota pelabuhan itu.", "id"),
    ("Pos polisi itu sudah beberapa kali diserang kelompok bersenjata.", "id"),
    ("Belasan petani tewas dalam beberapa hari terakhir di lembah tersebut.", "id"),
])
def test_trends_and_habits_are_no_news(sentence, lang):
    assert kinds(f"Police patrolled the city on Friday. {sentence}", lang=lang)[sentence] == "generic"


@pytest.mark.parametrize("sentence, kind", [
    ("Belgium trained the guards of then-president Mobutu during the uprising.", "background"),
    ("Fishermen complain of frequent raids by pirates off the coast.", "generic"),
])
def test_then_titles_are_history_and_regular_attacks_a_habit(sentence, kind):
    assert kinds(f"Police patrolled the city on Friday. {sentence}")[sentence] == kind


@pytest.mark.parametrize("sentence, lang, kind", [
    # a crash nothing shot down, and a blast told as technical, are accidents
    ("A cargo helicopter crashed near the airbase, killing four crew.", "en", "accident"),
    ("Officials said there was no indication the jet went down because of hostile fire.", "en",
     "accident"),
    ("Sebuah pesawat militer jatuh di hutan dan menewaskan enam awaknya.", "id", "accident"),
    ("Ledakan di gudang amunisi itu dipicu korsleting listrik.", "id", "accident"),
    # shot down is no accident
    ("Rebels shot down a helicopter near the airbase, killing four crew.", "en", NEWS),
    ("Pesawat itu ditembak jatuh rudal pemberontak.", "id", NEWS),
])
def test_crashes_and_technical_blasts_are_accidents(sentence, lang, kind):
    assert kinds(f"Police patrolled the city on Friday. {sentence}", lang=lang)[sentence] == kind


@pytest.mark.parametrize("sentence, lang", [
    ("The cyclone killed 14 people along the coast on Monday.", "en"),
    ("At least 30 people died in floods in the north on Sunday, officials said.", "en"),
    ("An earthquake struck the mountain province on Monday, killing 20 people.", "en"),
    ("Banjir bandang menewaskan tujuh orang di lereng gunung itu pada Selasa (11/3/2025).", "id"),
    ("Empat warga tewas tertimbun longsor di desa itu, Rabu (12/3/2025).", "id"),
])
def test_people_killed_by_nature_are_no_event(sentence, lang):
    assert kinds(sentence, lang=lang)[sentence] == "accident"


def test_an_attack_on_flood_victims_is_news():
    sentence = "Gunmen attacked a camp for flood victims on Monday, killing four people."
    assert kinds(sentence)[sentence] == "news"
