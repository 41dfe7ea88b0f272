from geo.events.sentences import split_sentences


def sentences(text):
    return [text[a:b] for a, b in split_sentences(text)]


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = "PM Armenia bertemu Dr. Smith di Jl. Sudirman No. 5. Dia pulang. The U.S. Army left."
    assert sentences(text) == ["PM Armenia bertemu Dr. Smith di Jl. Sudirman No. 5.", "Dia pulang.",
                               "The U.S. Army left."]


def test_quotes_stay_with_their_sentence():
    text = "\u201cTidak ada operasi,\u201d kata Aliyev. \u201cKami siap.\u201d Dia pergi."
    assert sentences(text) == ["\u201cTidak ada operasi,\u201d kata Aliyev.", "\u201cKami siap.\u201d",
                               "Dia pergi."]


def test_lines_are_never_joined_and_offsets_hold():
    text = "BACA JUGA:\n- Headline one\nBody. More body"
    spans = split_sentences(text)
    assert sentences(text) == ["BACA JUGA:", "- Headline one", "Body.", "More body"]
    assert all(text[a:b].strip() == text[a:b] for a, b in spans)


def test_runs_of_marks_end_a_sentence_once():
    from geo.events.sentences import split_sentences

    text = "Wait" + "." * 5000 + " Then rockets hit Baku?! Yes... Done."
    got = [text[a:b] for a, b in split_sentences(text)]
    assert got == ["Wait" + "." * 5000, "Then rockets hit Baku?!", "Yes...", "Done."]
