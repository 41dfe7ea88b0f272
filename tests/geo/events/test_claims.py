import pytest

from geo.events.claims import claim_for, find_claims
from geo.places.mentions import find_places


@pytest.mark.parametrize("text, lang, label", [
    ("Namun, kementerian pertahanan separatis Karabakh menuduh Azerbaijan melanggar perjanjian.",
     "id", "Karabakh separatist defence ministry"),
    ("Sementara Kementerian Pertahanan Azerbaijan menuduh pasukan Armenia menargetkan tentara.",
     "id", "Azerbaijan's Ministry of Defence"),
    ("\u201cDi pagi hari pasukan musuh memperbarui operasi ofensif,\u201d kata tentara Karabakh.",
     "id", "Karabakh army"),
    ("Secara terpisah pada hari Minggu, pemimpin separatis di Karabakh menuduh pasukan Azerbaijan "
     "menyerang permukiman sipil.", "id", "Karabakh separatist leader"),
    ("Azerbaijan's defence ministry said Armenian forces shelled Ganja.", "en",
     "Azerbaijan's Ministry of Defence"),
    # an office's words are no part of the name after it
    ("Kenya's Prime Minister Ruth Achieng said militants shelled Mandera.", "en",
     "Kenya's Prime Minister Ruth Achieng"),
    # no place to name the side: the holder as the text names it, not a bare "forces"
    ("Military sources said rebels shelled the villages.", "en", "Military sources"),
    # a health ministry, named in English
    ("Pasukan menyerang kamp itu, kata Kementerian Kesehatan Sudan.", "id",
     "Sudan's Ministry of Health"),
    # health authorities, named with their side
    ("Pasukan menyerang kamp itu, menurut otoritas kesehatan Sudan.", "id",
     "Sudan health authorities"),
])
def test_claimant_in_plain_english(gaz, text, lang, label):
    places = list(find_places(text, gaz, lang))
    claims = find_claims(text, 0, len(text), places)
    trigger = max(text.find(w) for w in ("menyerang", "menargetkan", "operasi", "melanggar", "shelled"))
    claim = claim_for(claims, trigger)
    assert claim is not None and claim.label == label
    assert text[claim.start:claim.end] == claim.holder


def test_own_voice_has_no_claim(gaz):
    text = "Pertempuran terus berlanjut sepanjang Jumat dan Sabtu."
    assert find_claims(text, 0, len(text), list(find_places(text, gaz, "id"))) == []


@pytest.mark.parametrize("text, lang", [
    ("Sumber-sumber medis menyebutkan, lima orang tewas dalam serangan di Rafah pada Sabtu.", "id"),
    ("Hospital officials confirmed that five people were killed in the strike on Rafah on Saturday.",
     "en"),
])
def test_confirming_and_naming_a_toll_claims_it(gaz, text, lang):
    [claim] = find_claims(text, 0, len(text), find_places(text, gaz, lang))
    assert claim.holder.split()[0] in ("Sumber-sumber", "Hospital")


@pytest.mark.parametrize("text, holder", [
    # when and how it was said, after a closing attribution, leave the claim the sentence's
    ("Drones hit two depots near Kismayo overnight, the port authority said on Friday.",
     "the port authority"),
    ("Drones hit two depots near Kismayo overnight, the army said in a statement late Friday.",
     "the army"),
])
def test_a_closing_attribution_with_its_setting_claims_the_sentence(gaz, text, holder):
    claim = claim_for(find_claims(text, 0, len(text), list(find_places(text, gaz, "en"))),
                      text.find("hit"))
    assert claim is not None and claim.holder == holder


@pytest.mark.parametrize("text, lang, holder", [
    # the speaker goes on ("adding that ..."): the sentence is theirs from its start
    ("Drones hit two depots near Kismayo overnight, the port authority said, adding that three "
     "guards were killed.", "en", "the port authority"),
    ("Drone menghantam dua gudang di dekat Kismayo, kata otoritas pelabuhan, seraya menambahkan "
     "bahwa tiga penjaga tewas.", "id", "otoritas pelabuhan"),
])
def test_a_closing_attribution_that_goes_on_claims_the_whole_sentence(gaz, text, lang, holder):
    places = list(find_places(text, gaz, lang))
    claim = claim_for(find_claims(text, 0, len(text), places), text.find("hit") if lang == "en"
                      else text.find("menghantam"))
    assert claim is not None and claim.holder == holder


def test_a_clause_after_the_verb_is_the_claim_not_the_setting(gaz):
    text = "The army said on Friday that drones hit two depots near Kismayo."
    claim = claim_for(find_claims(text, 0, len(text), list(find_places(text, gaz, "en"))),
                      text.find("hit"))
    assert claim is not None and claim.holder == "The army"


def test_a_date_set_in_after_the_holder_is_not_the_holder(gaz):
    text = "Ankara \u2014 Turki, Sabtu 31 Oktober 2020, mengatakan siap membantu Azerbaijan."
    [claim] = find_claims(text, 0, len(text), list(find_places(text, gaz, "id")))
    assert claim.label == "Türkiye"  # the index's name of the country


def test_a_claimant_named_more_fully_absorbs_its_short_name():
    from geo.events.claims import distinct_claimants
    assert distinct_claimants(["Dahan", "Israel forces (Amir Dahan)", "Dahan", "the army"]) == [
        "Israel forces (Amir Dahan)", "the army"]


def test_a_closing_attribution_before_what_went_on_around_it_claims_what_came_before(gaz):
    text = ("Shells hit a clinic in the port on Tuesday, local officials said, as the rebels "
            "pushed on toward the capital.")
    claim = claim_for(find_claims(text, 0, len(text), list(find_places(text, gaz, "en"))),
                      text.find("hit"))
    assert claim is not None and claim.holder == "local officials"


def test_told_is_a_claim_verb(gaz):
    text = "A spokesman for the army told reporters that rebels had shelled the market."
    claim = claim_for(find_claims(text, 0, len(text), list(find_places(text, gaz, "en"))),
                      text.find("shelled"))
    assert claim is not None and claim.holder == "A spokesman for the army"
