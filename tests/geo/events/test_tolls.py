import pytest

from geo.events.tolls import find_fatalities, parse_number


@pytest.mark.parametrize("text, low, best, high, phrase", [
    ("Sejauh ini, lebih dari 1200 orang dari kedua belah pihak dilaporkan tewas", 1200, 1200, None,
     "lebih dari 1200 orang"),
    # ACLED's conservative readings of vague amounts: hundreds 100, dozens 12, tens 10
    ("Ratusan orang dilaporkan telah terbunuh", 100, 100, 999, "Ratusan orang"),
    ("Dozens of people were killed", 12, 12, 99, "Dozens"),
    ("Puluhan warga tewas", 10, 10, 99, "Puluhan warga"),
    # an age is no count; people are counted as written
    ("A nine-year-old girl was killed in the shelling.", 1, 1, 1, "A nine-year-old girl"),
    ("Seorang bocah berusia 9 tahun tewas.", 1, 1, 1, "Seorang bocah"),
    # bodies found are people killed
    ("Police said 12 bodies were recovered from the river.", 12, 12, 12, "12 bodies"),
    ("The army says the bodies of seven soldiers were found near the border.", 7, 7, 7,
     "seven soldiers"),
    ("Jenazah tiga warga ditemukan di hutan.", 3, 3, 3, "tiga warga"),
    ("Lima mayat ditemukan di desa itu.", 5, 5, 5, "Lima mayat"),
    ("A woman and child were killed when the shell hit.", 2, 2, 2, "A woman and child"),
    ("Seorang ibu dan dua anaknya tewas.", 3, 3, 3, "Seorang ibu dan dua anaknya"),
    ("The shell hit the market, killing two soldiers and a civilian.", 3, 3, 3,
     "two soldiers and a civilian"),
    ("Police reported the deaths of 14 gunmen near the dam.", 14, 14, 14, "14 gunmen"),
    ("telah berlangsung satu bulan, dengan seribu orang tewas di kedua pihak", 1000, 1000, 1000,
     "seribu orang"),
    ("At least 12 people were killed in the shelling", 12, 12, None, "At least 12 people"),
    ("the strike killed 1,200 soldiers", 1200, 1200, 1200, "1,200 soldiers"),
    ("Serangan itu menewaskan dua ratus tiga orang", 203, 203, 203, "dua ratus tiga orang"),
    ("up to 40 people died", 0, 40, 40, "up to 40 people"),
    # the toll as a noun: what it reached
    ("Hospital staff said the death toll had climbed to at least 31 by the evening.", 31, 31, None,
     "at least 31"),
    ("Rescuers raised the death toll to 17 after searching the rubble.", 17, 17, 17, "17"),
    ("Jumlah korban tewas bertambah menjadi 52 orang pada Selasa.", 52, 52, 52, "52 orang"),
    ("Korban meninggal dunia akibat serangan itu mencapai sedikitnya 9 orang.", 9, 9, None,
     "sedikitnya 9 orang"),
])
def test_tolls(text, low, best, high, phrase):
    found = find_fatalities(text, 0, len(text))
    assert (found.low, found.best, found.high, found.text) == (low, best, high, phrase)
    assert text[found.start:found.end] == phrase


@pytest.mark.parametrize("text", ["no one was killed", "tidak ada korban tewas", "Rockets hit Baku.",
                                  "Children were killed in the strike.",
                                  "The death toll rose 30 percent to 400.",  # which is the toll?
                                  "The toll road to 12 villages was closed."])  # no number: no count
def test_no_toll(text):
    assert find_fatalities(text, 0, len(text)) is None


def test_number_words():
    assert [parse_number(w) for w in ("1.200", "dua belas", "seratus", "twenty five", "x")] == [
        1200, 12, 100, 25, None]


@pytest.mark.parametrize("text, best", [
    # a subset named inside the toll is part of it, not the toll
    ("Nine villagers, including three women, were killed in the raid.", 9),
    ("Sembilan warga, termasuk tiga perempuan, tewas dalam serangan itu.", 9),
    ("Sebanyak 15 orang termasuk lima anak tewas.", 15),
])
def test_a_subset_inside_the_toll_is_not_the_toll(text, best):
    assert find_fatalities(text, 0, len(text)).best == best


@pytest.mark.parametrize("text, best", [
    ("Kelompok bersenjata menembak mati dua guru di distrik itu.", 2),
    ("Gunmen shot dead four farmers near the village.", 4),
])
def test_shot_dead_counts_the_dead(text, best):
    found = find_fatalities(text, 0, len(text))
    assert found is not None and found.best == best


@pytest.mark.parametrize("text, phrase", [
    # one person killed with no count: English says so in the verb, Indonesian with a title
    ("Ali Musa, the leader of the M23 rebels, was killed during a firefight near Goma.",
     "Ali Musa, the leader of the M23 rebels"),
    ("The rebel commander was shot dead at a checkpoint.", "The rebel commander"),
    ("Komandan milisi itu tewas dalam serangan udara di dekat Tyre.", "Komandan milisi itu"),
])
def test_one_person_killed_told_without_a_count(text, phrase):
    toll = find_fatalities(text, 0, len(text))
    assert toll is not None and (toll.low, toll.best, toll.high) == (1, 1, 1)
    assert toll.text == phrase


@pytest.mark.parametrize("text", [
    "No one was killed in the attack on the base.",
    "The rebel commander was not killed in the strike, his group said.",
    "Para komandan milisi tewas dalam serangan udara itu.",  # plural: no count
    "The rebels said dozens of people had been killed.",
])
def test_no_single_death_where_none_or_many_were_killed(text):
    toll = find_fatalities(text, 0, len(text))
    assert toll is None or toll.best != 1


@pytest.mark.parametrize("text, best", [
    # a person named by their role, the part of a group, people of several kinds
    ("A mine went off under a tractor, killing the driver.", 1),
    ("One of the three guards was killed in the raid.", 1),
    ("Satu dari empat penumpang tewas dalam serangan itu.", 1),
    ("At least 14 villagers and three soldiers died in the raid.", 17),
    ("Sopir truk itu tewas di tempat.", 1),
])
def test_people_by_role_part_and_kind(text, best):
    toll = find_fatalities(text, 0, len(text))
    assert toll is not None and toll.best == best


@pytest.mark.parametrize("text", [
    # Indonesian does not mark the plural: no count is no toll of one
    "Para tentara tewas dalam serangan itu.",
    "Warga tewas dalam serangan udara di pinggiran kota.",
    "Relawan tewas tertembak saat membagikan makanan.",
])
def test_an_indonesian_noun_without_a_count_is_no_toll(text):
    assert find_fatalities(text, 0, len(text)) is None
