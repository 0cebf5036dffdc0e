"""Statement extraction: one small article per phenomenon, asserting on the candidates an editor sees."""

import datetime
from pathlib import Path

import pytest

from tracker.extraction import ActorEntry, Directory, TopicEntry, extract, html_to_text, normalize_name
from tracker.extraction.directory import load_registry
from tracker.extraction.evaluate import date_share, main, score_directories, speaker_agrees

DATA = Path(__file__).resolve().parent / "data" / "extraction"
DEV_SET = DATA.parent / "extraction-dev"
UNSEEN_SET = DATA.parent / "extraction-unseen"
UNSEEN_SET_2 = DATA.parent / "extraction-unseen-2"
UNSEEN_SET_3 = DATA.parent / "extraction-unseen-3"
UNSEEN_SET_4 = DATA.parent / "extraction-unseen-4"
UNSEEN_SET_5 = DATA.parent / "extraction-unseen-5"
UNSEEN_SET_6 = DATA.parent / "extraction-unseen-6"
UNSEEN_SET_7 = DATA.parent / "extraction-unseen-7"
UNSEEN_SET_8 = DATA.parent / "extraction-unseen-8"
UNSEEN_SET_9 = DATA.parent / "extraction-unseen-9"
UNSEEN_SET_10 = DATA.parent / "extraction-unseen-10"
UNSEEN_SET_11 = DATA.parent / "extraction-unseen-11"
UNSEEN_SET_12 = DATA.parent / "extraction-unseen-12"
UNSEEN_SET_13 = DATA.parent / "extraction-unseen-13"
# Batch 14 was tuned on after batch 13's remaining classes (its README): its floor is its score after tuning.
UNSEEN_SET_14 = DATA.parent / "extraction-unseen-14"
# Batch 15 was scored at first sight on the rules of batch 14 (its first_sight.json), then tuned on (its README).
UNSEEN_SET_15 = DATA.parent / "extraction-unseen-15"
# Batch 16 was scored at first sight on the rules of batch 15's second tuning (its first_sight.json), then tuned on.
UNSEEN_SET_16 = DATA.parent / "extraction-unseen-16"
# Batch 17 was scored at first sight on the rules of batch 16's tuning (its first_sight.json), then tuned on.
UNSEEN_SET_17 = DATA.parent / "extraction-unseen-17"
# Batch 18 was scored at first sight on the rules of batch 17's tuning (its first_sight.json), then tuned on.
UNSEEN_SET_18 = DATA.parent / "extraction-unseen-18"
UNSEEN_SET_19 = DATA.parent / "extraction-unseen-19"
# Batch 20 was scored at first sight on the rules of batch 18's tuning (its first_sight.json), then tuned on.
UNSEEN_SET_20 = DATA.parent / "extraction-unseen-20"
# Batch 21 was scored at first sight on the rules of batch 19's tuning (its first_sight.json), then tuned on.
UNSEEN_SET_21 = DATA.parent / "extraction-unseen-21"
# Batch 22 was scored at first sight on the rules of batches 19 and 20's tuning (its first_sight.json), then tuned on.
UNSEEN_SET_22 = DATA.parent / "extraction-unseen-22"
# Batch 23 was scored at first sight on the rules of batch 22's tuning (its first_sight.json), then tuned on.
UNSEEN_SET_23 = DATA.parent / "extraction-unseen-23"
# Batch 24 was scored at first sight on the same rules (batch 23's tuning left it there), then tuned on.
UNSEEN_SET_24 = DATA.parent / "extraction-unseen-24"
# Batches 25 and 26 were scored at first sight on batch 24's rules, then tuned on together.
UNSEEN_SET_25 = DATA.parent / "extraction-unseen-25"
UNSEEN_SET_26 = DATA.parent / "extraction-unseen-26"
UNSEEN_SET_27 = DATA.parent / "extraction-unseen-27"
UNSEEN_SET_28 = DATA.parent / "extraction-unseen-28"
UNSEEN_SET_29 = DATA.parent / "extraction-unseen-29"
UNSEEN_SET_30 = DATA.parent / "extraction-unseen-30"
# Batches 31 and 32 were scored at first sight on batches 29 and 30's rules, then tuned on together.
UNSEEN_SET_31 = DATA.parent / "extraction-unseen-31"
UNSEEN_SET_32 = DATA.parent / "extraction-unseen-32"
# Batches 33 and 34 were scored at first sight on batches 31 and 32's rules, then tuned on together.
UNSEEN_SET_33 = DATA.parent / "extraction-unseen-33"
UNSEEN_SET_34 = DATA.parent / "extraction-unseen-34"
UNSEEN_SET_35 = DATA.parent / "extraction-unseen-35"
UNSEEN_SET_36 = DATA.parent / "extraction-unseen-36"
UNSEEN_SET_37 = DATA.parent / "extraction-unseen-37"
UNSEEN_SET_38 = DATA.parent / "extraction-unseen-38"
UNSEEN_SET_39 = DATA.parent / "extraction-unseen-39"
UNSEEN_SET_40 = DATA.parent / "extraction-unseen-40"
UNSEEN_SET_41 = DATA.parent / "extraction-unseen-41"
UNSEEN_SET_42 = DATA.parent / "extraction-unseen-42"
UNSEEN_SET_43 = DATA.parent / "extraction-unseen-43"
UNSEEN_SET_44 = DATA.parent / "extraction-unseen-44"
UNSEEN_SET_45 = DATA.parent / "extraction-unseen-45"
# Batch 46 was scored at first sight on the rules of batches 35 to 44's tuning (its first_sight.json), then tuned on.
UNSEEN_SET_46 = DATA.parent / "extraction-unseen-46"
# Batch 47 was scored at first sight on the rules of batches 35 to 46's tuning (its first_sight.json), then tuned on.
UNSEEN_SET_47 = DATA.parent / "extraction-unseen-47"
# Batch 48 (transcripts, readouts) was scored at first sight on the rules of batches 35 to 46, then tuned on.
UNSEEN_SET_48 = DATA.parent / "extraction-unseen-48"
UNSEEN_SET_49 = DATA.parent / "extraction-unseen-49"
# Batch 50 (government readouts and statements as issued) was scored at first sight on the rules of batches 35 to 48,
# then tuned on.
UNSEEN_SET_50 = DATA.parent / "extraction-unseen-50"
# Batch 51 (wire, regional papers, broadcasters, a transcript, a readout) was scored at first sight on the rules of
# batches 35 to 50, then tuned on.
UNSEEN_SET_51 = DATA.parent / "extraction-unseen-51"
# Batch 52 (wire, broadcaster, regional and trade copy on conflicts other than the usual eight) was scored at first
# sight on the rules of batches 35 to 50, then tuned on.
UNSEEN_SET_52 = DATA.parent / "extraction-unseen-52"
# Batch 53 (seven articles) was scored at first sight on the rules of batches 35 to 52, and not tuned on: its floors
# keep it from falling.
UNSEEN_SET_53 = DATA.parent / "extraction-unseen-53"
# Batch 54 (news stories built on broadcast interviews and on-the-record remarks, two of them transcripts) was scored
# at first sight on the rules of batches 35 to 52, then tuned on.
UNSEEN_SET_54 = DATA.parent / "extraction-unseen-54"
# Batch 56 (government readouts, news releases and briefing transcripts, and write-ups of them) was scored at
# first sight on the rules of batches 35 to 54, then tuned on.
UNSEEN_SET_56 = DATA.parent / "extraction-unseen-56"
# Batch 55 (wire and regional press: datelines, a dateline a day before publication, "on the 11th", "this Tuesday")
# was scored at first sight on the rules of batches 35 to 54, then tuned on.
UNSEEN_SET_55 = DATA.parent / "extraction-unseen-55"
# Batch 57 (live pages, broadcasters' web copy and regional press, guillemets and British single quotes) was scored at
# first sight on the rules of batches 35 to 54, then tuned on.
UNSEEN_SET_57 = DATA.parent / "extraction-unseen-57"
# Batch 59 (the judged set's mix: wires, broadcasters, briefing transcripts, readouts, regional papers in translation)
# was scored at first sight on the rules of batches 35 to 57, then tuned on.
UNSEEN_SET_59 = DATA.parent / "extraction-unseen-59"
# Batch 61 (the judged set's mix) was scored at first sight on the rules of batches 35 to 59, then tuned on.
UNSEEN_SET_61 = DATA.parent / "extraction-unseen-61"
# Batch 62 (the judged set's mix) was scored at first sight on the rules of batches 35 to 61, then tuned on.
UNSEEN_SET_62 = DATA.parent / "extraction-unseen-62"
# Batch 63 (the judged set's mix) was scored at first sight on the rules of batches 35 to 61, then tuned on.
UNSEEN_SET_63 = DATA.parent / "extraction-unseen-63"
# Batch 64 (the judged set's mix) was scored at first sight on the rules of batches 35 to 63, then tuned on.
UNSEEN_SET_64 = DATA.parent / "extraction-unseen-64"
# Batch 66 (outlets of Africa, South and Southeast Asia, Oceania and Latin America) was scored at first sight on the
# rules of batches 35 to 64, then tuned on.
UNSEEN_SET_66 = DATA.parent / "extraction-unseen-66"
# Batch 67 (outlets of Europe, North America, the Middle East and East Asia) was scored at first sight on the rules of
# batches 35 to 64, then tuned on.
UNSEEN_SET_67 = DATA.parent / "extraction-unseen-67"
# Batch 58 (the judged set's mix: wire, broadcasters, transcripts, readouts, regional press) was scored at first sight
# on the rules of batches 35 to 57, then tuned on.
UNSEEN_SET_58 = DATA.parent / "extraction-unseen-58"
# Batch 60 (the judged set's mix: wires, broadcasters, transcripts, government releases, regional papers in
# translation) was scored at first sight on the rules of batches 35 to 59, then tuned on.
UNSEEN_SET_60 = DATA.parent / "extraction-unseen-60"
# Batch 65 (the judged set's mix, leaning to a live blog, Q/A and caps-label transcripts, a joint statement, guillemets
# and single quotation marks) was scored at first sight on the rules of batches 35 to 63, then tuned on.
UNSEEN_SET_65 = DATA.parent / "extraction-unseen-65"
# Batch 69 (outlets of South and Southeast Asia, Latin America and Oceania in their house styles) was scored at first
# sight on the rules of batches 35 to 64 and 66, then tuned on.
UNSEEN_SET_69 = DATA.parent / "extraction-unseen-69"
# Batch 73 (smaller outlets of Asia, Africa, the Middle East and Oceania) was scored at first sight, then tuned on
# (branch tune73).
UNSEEN_SET_73 = DATA.parent / "extraction-unseen-73"
# Batch 75 (outlets of Africa, the Middle East, South, Southeast and East Asia and Oceania) was scored at first sight,
# then tuned on (branch tune75).
UNSEEN_SET_75 = DATA.parent / "extraction-unseen-75"
# Batch 72 (smaller outlets of Europe and the Americas) was scored at first sight, then tuned on (branch tune72).
UNSEEN_SET_72 = DATA.parent / "extraction-unseen-72"
# Batch 71 (smaller outlets of Asia, Africa, the Middle East and Oceania) was scored at first sight, then tuned on
# (branch tune71).
UNSEEN_SET_71 = DATA.parent / "extraction-unseen-71"
# Batch 68 (outlets of Africa, the Middle East and Central Asia in their own house styles) was scored at first sight on
# the rules of batches 35 to 64 and 66, then tuned on.
UNSEEN_SET_68 = DATA.parent / "extraction-unseen-68"
# Batch 70 (smaller outlets of Europe and the Americas in their house styles) was scored at first sight on the rules of
# batches 35 to 69, then tuned on.
UNSEEN_SET_70 = DATA.parent / "extraction-unseen-70"
# Batch 74 (outlets of Europe, the Americas and Central Asia) was scored at first sight on the rules of batches 35 to
# 73, then tuned on (branch tune74).
UNSEEN_SET_74 = DATA.parent / "extraction-unseen-74"
# Batch 76 (outlets of Europe, the Americas and Central Asia) was scored at first sight on the rules of batches 35 to
# 75, then tuned on (branch tune-76).
UNSEEN_SET_76 = DATA.parent / "extraction-unseen-76"
# Batch 77 (outlets of Africa, the Middle East, South, Southeast and East Asia and Oceania) was scored at first sight on
# the rules of batches 35 to 75, then tuned on (branch tune-77).
UNSEEN_SET_77 = DATA.parent / "extraction-unseen-77"
# Batch 79 (outlets of Africa, the Middle East, South, Southeast and East Asia and Oceania) was scored at first sight,
# then tuned on (branch tune-79).
UNSEEN_SET_79 = DATA.parent / "extraction-unseen-79"
# Batch 78 (outlets of Europe, the Americas and Central Asia) was scored at first sight on the rules of batches 35 to
# 75, then tuned on (branch tune-78).
UNSEEN_SET_78 = DATA.parent / "extraction-unseen-78"
# Batch 81 (outlets of Africa, the Middle East, South, Southeast and East Asia and Oceania) was scored at first sight
# on the rules of batches 35 to 79, then tuned on (branch tune-81).
UNSEEN_SET_81 = DATA.parent / "extraction-unseen-81"
# Batch 80 (outlets of Europe, the Americas and Central Asia) was scored at first sight, then tuned on (branch tune-80).
UNSEEN_SET_80 = DATA.parent / "extraction-unseen-80"
# Batch 82 (outlets of Europe, the Americas and Central Asia) was scored at first sight, then tuned on (branch tune-82).
UNSEEN_SET_82 = DATA.parent / "extraction-unseen-82"
# Batch 83 (outlets of Africa, the Middle East, South, Southeast and East Asia and Oceania) was scored at first sight
# on the rules of batches 35 to 81, then tuned on (branch tune-83).
UNSEEN_SET_83 = DATA.parent / "extraction-unseen-83"
# Batch 85 (outlets of Africa, the Middle East, South, Southeast and East Asia and Oceania) was scored at first sight
# on the rules of batches 35 to 83, then tuned on (branch tune-85).
UNSEEN_SET_85 = DATA.parent / "extraction-unseen-85"
# Batch 84 (outlets of Europe, the Americas and Central Asia) was scored at first sight on the rules of batches 35 to
# 83, then tuned on (branch tune-84).
UNSEEN_SET_84 = DATA.parent / "extraction-unseen-84"
# Batch 86 (outlets of Europe, the Americas and Central Asia) was scored at first sight on the rules of batches 35 to
# 85, then tuned on (branch tune-86).
UNSEEN_SET_86 = DATA.parent / "extraction-unseen-86"
# Batch 87 (outlets of Africa, the Middle East, South, Southeast and East Asia and Oceania) was scored at first sight
# on the rules of batches 35 to 83 and 85, then tuned on (branch tune-87).
UNSEEN_SET_87 = DATA.parent / "extraction-unseen-87"

DIRECTORY = Directory(
    actors=[
        ActorEntry("Volodymyr Zelenskyy", "volodymyr-zelenskyy", "person", "President of Ukraine", "UA", ("Zelensky",)),
        ActorEntry("Donald Trump", "donald-trump", "person", "President of the United States", "US", ("Trump",)),
        ActorEntry("Vladimir Putin", "vladimir-putin", "person", "President of Russia", "RU"),
        ActorEntry("Dmitry Peskov", "dmitry-peskov", "person", "Kremlin spokesman", "RU", ("Dmitri Peskov",)),
        ActorEntry("Kremlin", "kremlin", "government", "", "RU", ("the Kremlin",)),
        ActorEntry("Emmanuel Macron", "emmanuel-macron", "person", "President of France", "FR"),
        ActorEntry("Friedrich Merz", "friedrich-merz", "person", "Chancellor of Germany", "DE"),
        ActorEntry("Keir Starmer", "keir-starmer", "person", "Prime Minister of the United Kingdom", "GB"),
        ActorEntry("Qatar", "qatar", "government", "", "QA"),
    ],
    topics=[
        TopicEntry("Security guarantees", "security-guarantees", ("security guarantees",)),
        TopicEntry("Patriot systems", "patriot-systems", ("Patriot",), parent="air-defence"),
    ],
    outlets=["European Pravda"],
)


def seen(text):
    """(speaker, kind, text) of every candidate, as the review table shows them."""
    return [(c.speaker, c.kind, c.text) for c in extract(text, DIRECTORY).candidates]


def quotes(text):
    return [(c.speaker, c.text) for c in extract(text, DIRECTORY).candidates if c.kind == "direct_quote"]


def paraphrases(text):
    return [(c.speaker, c.text) for c in extract(text, DIRECTORY).candidates if c.kind == "paraphrase"]


# --- quotation marks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("marked", "inner"),
    [
        ('"We will not give up our land," Zelenskyy said.', "We will not give up our land,"),
        ("“We will not give up our land,” Zelenskyy said.", "We will not give up our land,"),
        ("‘We will not give up our land,’ Zelenskyy said.", "We will not give up our land,"),
        ("« We will not give up our land », Zelenskyy said.", "We will not give up our land"),
        ("„We will not give up our land“, Zelenskyy said.", "We will not give up our land"),
        ("»We will not give up our land«, Zelenskyy said.", "We will not give up our land"),
        ('“We will not give up our land," Zelenskyy said.', "We will not give up our land,"),
    ],
)
def test_every_kind_of_quotation_mark_delimits_a_quote(marked, inner):
    assert quotes(marked) == [("Volodymyr Zelenskyy", inner)]


def test_apostrophes_inside_a_quote_do_not_end_it():
    text = "“Ukraine’s allies don't doubt us. The partners’ support is real,” Zelenskyy said."
    assert quotes(text) == [("Volodymyr Zelenskyy", "Ukraine’s allies don't doubt us. The partners’ support is real,")]


def test_a_quote_running_over_paragraphs_without_reopening_is_one_statement():
    text = 'Zelenskyy said: "We spoke about guarantees.\n\nThe teams will meet next week."'
    assert quotes(text) == [("Volodymyr Zelenskyy", "We spoke about guarantees.\n\nThe teams will meet next week.")]


def test_wire_style_paragraphs_that_reopen_the_quote_are_one_statement_each():
    text = '"Russia will not accept foreign troops in Ukraine.\n\n"This position is well known," Peskov said.'
    assert quotes(text) == [
        ("Dmitry Peskov", "Russia will not accept foreign troops in Ukraine."),
        ("Dmitry Peskov", "This position is well known,"),
    ]


def test_a_quote_interrupted_by_its_attribution_is_two_statements():
    text = '"We had a good conversation," Trump said. "But there is a lot of work to do."'
    assert quotes(text) == [
        ("Donald Trump", "We had a good conversation,"),
        ("Donald Trump", "But there is a lot of work to do."),
    ]


def test_a_fragment_in_a_reported_clause_is_a_quote_and_the_clause_a_paraphrase():
    text = 'Zelenskyy said Ukraine needed more air defence, adding that it is "not only about Patriot systems".'
    assert seen(text) == [
        ("Volodymyr Zelenskyy", "paraphrase", "Ukraine needed more air defence"),
        ("Volodymyr Zelenskyy", "paraphrase", 'it is "not only about Patriot systems"'),
        ("Volodymyr Zelenskyy", "direct_quote", "not only about Patriot systems"),
    ]


# --- attribution -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "attribution",
    ["Volodymyr Zelenskyy said", "Zelenskyy said", "Zelensky said", "Zelenskiy said", "the Ukrainian president said"],
)
def test_speaker_is_found_by_name_surname_spelling_variant_or_title(attribution):
    assert quotes(f'"We are ready for peace," {attribution}.') == [("Volodymyr Zelenskyy", "We are ready for peace,")]


def test_an_institution_speaks_for_itself():
    assert paraphrases("The Kremlin said on Tuesday that no date had been set for a summit.") == [
        ("Kremlin", "no date had been set for a summit")
    ]


def test_a_pronoun_refers_to_the_last_speaker():
    text = 'Trump met reporters on Monday. "We are close to a deal," he said.'
    assert quotes(text) == [("Donald Trump", "We are close to a deal,")]


def test_a_quote_label_takes_the_speaker_of_the_source_line():
    text = (
        "Source: Zelenskyy in remarks to the press after meeting with Trump, as reported by European Pravda\n\n"
        'Quote: "President Trump is ready to give Ukraine security guarantees after this war finishes."'
    )
    assert quotes(text) == [
        ("Volodymyr Zelenskyy", "President Trump is ready to give Ukraine security guarantees after this war finishes.")
    ]


def test_preposed_attribution_with_a_colon():
    assert quotes('Merz told the Bundestag: "Europe must do more."') == [("Friedrich Merz", "Europe must do more.")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'Zelensky, in his video address on Tuesday, put it more bluntly: "The guns must fall silent first."',
            "Volodymyr Zelenskyy",
        ),
        (
            'Olena Marchuk, a researcher at the Lviv Policy Lab, puts the problem simply: "The guns must fall silent."',
            "Olena Marchuk",
        ),
    ],
)
def test_words_put_a_certain_way_before_a_colon_are_the_subjects_quote(sentence, speaker):
    assert quotes(sentence) == [(speaker, sentence[sentence.index('"') + 1 : -1])]


def test_a_person_from_a_time_is_the_speaker_not_the_time():
    text = 'A former colleague from those years said Petrov had a reputation as "the man who reads the footnotes".'
    assert {speaker for speaker, _, _ in seen(text)} == {"former colleague"}


@pytest.mark.parametrize(
    "opening",
    [
        # a title-case headline holds no one's full name for a later "Pyongyang"
        "The Envoy Who Keeps Calling Pyongyang\n\nPark Ji-hoon has spent 30 years trying to get the North to answer."
        "\n\nPyongyang has not answered a message since 2023.",
        # "Korean Peninsula" is no family name first for a later "Inter-Korean"
        "The office of the special envoy for Korean Peninsula affairs faces north. Park Ji-hoon stood at its window."
        "\n\nInter-Korean relations have been frozen since 2023.",
    ],
)
def test_a_role_after_capitalised_words_that_name_no_one_is_the_person_introduced(opening):
    text = (
        f"{opening}\n\nThe former ambassador has been hopeful before. In April 2018, he told reporters that "
        '"the door has never been this wide open".'
    )
    assert [(c.speaker, c.kind) for c in extract(text, Directory()).candidates] == [("Park Ji-hoon", "direct_quote")]


def test_a_descriptive_noun_phrase_refers_to_the_person_just_named_not_the_last_speaker():
    text = (
        "Dmitry Peskov told reporters on Monday that Moscow was in no hurry.\n\n"
        "Keir Starmer, the British prime minister, has spent the autumn on the telephone. Speaking in Leeds on "
        'Sunday, the barrister turned politician said that Kyiv\'s plan "has real merit".'
    )
    assert quotes(text) == [("Keir Starmer", "has real merit")]


def test_it_after_a_persons_office_spoke_is_the_office_not_an_earlier_body():
    text = (
        "Talks have stalled since October, according to the Kremlin.\n\n"
        "Zelensky's office said on Wednesday that Ukraine would not withdraw. "
        'It said Kyiv had shown "more than enough patience".'
    )
    assert {speaker for speaker, _ in quotes(text)} == {"Volodymyr Zelenskyy"}


def test_an_inverted_attribution_to_a_relative_named_after_a_possessive():
    assert quotes('"He never once raised his voice," said his daughter Mairi.') == [
        ("Mairi", "He never once raised his voice,")
    ]


def test_a_long_title_case_name_in_quotation_marks_is_no_ones_words():
    text = (
        "The August 2025 agreement also provides for a transit route across the south, to be developed with American "
        "money and "
        'branded the "Lincoln Corridor for International Trade and Prosperity". Construction has not begun.'
    )
    assert quotes(text) == []


def test_the_subject_after_an_opening_date_without_a_comma_is_the_speaker():
    text = "In March 2025 the two countries announced that they had finished negotiating a treaty."
    assert [speaker for speaker, _ in paraphrases(text)] == ["two countries"]


def test_a_clause_before_an_attribution_to_a_named_newspaper_is_reported_speech():
    text = "The draft had been agreed in all but two paragraphs, an Arab diplomat told the Observer on Saturday."
    assert paraphrases(text) == [("Arab diplomat", "The draft had been agreed in all but two paragraphs")]


def test_a_clause_after_an_opening_phrase_before_its_attribution_is_reported_speech():
    text = "By the time the delegations arrived, the draft had been agreed in all but two paragraphs, a diplomat said."
    assert paraphrases(text) == [("diplomat", "the draft had been agreed in all but two paragraphs")]


def test_a_researcher_of_a_centre_for_something_is_the_speaker():
    text = "Lena Brandt of the Lisbon Centre for Atlantic Studies said that the risk was plain."
    assert paraphrases(text) == [("Lena Brandt", "the risk was plain")]


def test_it_said_inside_a_which_clause_is_the_sentences_subject_and_the_rest_of_the_clause():
    text = (
        "Two people briefed on the talks said the mood was grim. The army's delegation objected to a line on "
        'convoys, which, it said, would give the rebels "a map of every road we hold".'
    )
    assert seen(text)[1:] == [
        ("army's delegation", "paraphrase", 'would give the rebels "a map of every road we hold"'),
        ("army's delegation", "direct_quote", "a map of every road we hold"),
    ]


def test_a_clause_without_that_after_an_aside_following_the_verb_is_reported_speech():
    text = "The foreign ministry said, in a statement carried by the state agency, the kingdom stood ready to help."
    assert paraphrases(text) == [("foreign ministry", "the kingdom stood ready to help")]


def test_inverted_attribution():
    assert quotes('"Istanbul remains a possible venue," said Peskov.') == [
        ("Dmitry Peskov", "Istanbul remains a possible venue,")
    ]


def test_according_to_attributes_the_clause():
    assert paraphrases("According to Peskov, the talks were constructive.") == [
        ("Dmitry Peskov", "the talks were constructive")
    ]
    assert paraphrases("The talks were constructive, according to the Kremlin.") == [
        ("Kremlin", "The talks were constructive")
    ]


# --- reported speech ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Macron said that Europe must rearm.",
        "Macron said Europe must rearm.",
        "Macron noted that Europe must rearm.",
        "Macron told reporters that Europe must rearm.",
        "Macron told reporters Europe must rearm.",
        "Macron warned on Thursday that Europe must rearm.",
        "Macron stressed that Europe must rearm.",
        "Macron added that Europe must rearm.",
        "Macron declared that Europe must rearm.",
        "Macron stated in a statement on Friday that Europe must rearm.",
        "Macron said in a statement on his website that Europe must rearm.",
        "Macron was quoted as saying that Europe must rearm.",
    ],
)
def test_reported_speech_is_the_clause_only(sentence):
    assert paraphrases(sentence) == [("Emmanuel Macron", "Europe must rearm")]


@pytest.mark.parametrize("verb", ["rose", "slipped"])
def test_a_clause_told_to_hearers_without_that_may_open_on_a_bare_noun(verb):
    text = f"Macron told investors arms spending {verb} by a fifth last year."
    assert paraphrases(text) == [("Emmanuel Macron", f"arms spending {verb} by a fifth last year")]


def test_a_clause_before_its_attribution_is_reported_speech():
    text = "Germany will not send ground troops to Ukraine for now, Merz said on Wednesday."
    assert paraphrases(text) == [("Friedrich Merz", "Germany will not send ground troops to Ukraine for now")]


def test_an_attribution_inside_the_clause_keeps_the_whole_sentence():
    assert paraphrases("Russia, Zelenskyy said, was using the talks to buy time.") == [
        ("Volodymyr Zelenskyy", "Russia, Zelenskyy said, was using the talks to buy time")
    ]


def test_a_relative_clause_attributes_to_its_antecedent():
    text = "Starmer met Friedrich Merz, who said that Germany would fund the drones."
    assert paraphrases(text) == [("Friedrich Merz", "Germany would fund the drones")]


def test_speech_verbs_that_take_a_noun_or_ask_a_question():
    assert paraphrases("Macron expressed hope that the talks would resume.") == [
        ("Emmanuel Macron", "the talks would resume")
    ]
    assert quotes('"Why should we wait?" Macron asked.') == [("Emmanuel Macron", "Why should we wait?")]


def test_adding_things_to_a_list_is_no_speech_but_adding_a_clause_is():
    text = (
        "Macron added three chemical plants and a port to the sanctions list in May. "
        "Macron added the talks would resume on Monday."
    )
    assert paraphrases(text) == [("Emmanuel Macron", "the talks would resume on Monday")]


def test_a_quote_paragraph_after_an_attribution_ending_in_a_colon():
    text = 'Zelenskyy told reporters on Monday:\n\n"We will not give up our land."'
    assert quotes(text) == [("Volodymyr Zelenskyy", "We will not give up our land.")]


def test_a_document_is_not_a_speaker():
    assert seen("The report said that Russia had lost ground in the east.") == []


def test_negated_or_questioned_speech_is_not_a_statement():
    assert seen("Washington has not yet said what it is prepared to contribute.") == []
    assert seen("Merz was asked whether Germany would send troops.") == []


def test_nested_speech_yields_a_statement_for_each_speaker():
    candidates = extract("Trump said Putin told him he wanted to end the war.", DIRECTORY).candidates
    assert [(c.speaker, c.text, c.relayed_by) for c in candidates] == [
        ("Donald Trump", "Putin told him he wanted to end the war", None),
        ("Vladimir Putin", "he wanted to end the war", "donald-trump"),
    ]


def test_speech_relayed_inside_a_quote_is_attributed_to_its_speaker():
    text = "Trump spoke to Putin on Monday. \"He told me, 'I want to get it done,'\" Trump said."
    candidates = extract(text, DIRECTORY).candidates
    assert [(c.speaker, c.text, c.relayed_by) for c in candidates] == [
        ("Donald Trump", "He told me, 'I want to get it done,'", None),
        ("Vladimir Putin", "I want to get it done,", "donald-trump"),
    ]


# --- not statements ----------------------------------------------------------------------------


def test_scare_quotes_and_names_in_quotation_marks_are_not_statements():
    text = (
        'Leaders of the "coalition of the willing" met in Paris. Moscow refers to the war as a '
        '"special military operation". Allies discussed a so-called "reassurance force".'
    )
    assert seen(text) == []


def test_scare_quotes_inside_a_quote_are_not_statements():
    text = "\"Putin will lose the meaning of this 'operation'\", Zelenskyy said."
    assert quotes(text) == [("Volodymyr Zelenskyy", "Putin will lose the meaning of this 'operation'")]


# --- unknown speakers, article furniture, suggestions ------------------------------------------


def test_an_unknown_speaker_is_a_candidate_without_a_slug():
    candidates = extract('"The ball is in Israel\'s court," Egyptian Foreign Minister Badr Abdelatty said.', DIRECTORY)
    [candidate] = candidates.candidates
    assert (candidate.speaker, candidate.speaker_slug) == ("Badr Abdelatty", None)


def test_the_source_line_becomes_a_source_chain_and_a_setting():
    text = "Source: Zelenskyy in remarks to the press after meeting with Trump, as reported by European Pravda"
    result = extract(text, DIRECTORY)
    assert result.source_chain == [
        {"title": "Zelenskyy in remarks to the press after meeting with Trump", "role": "original"},
        {"outlet": "European Pravda", "role": "reported_by"},
    ]
    assert result.setting == "remarks to the press after meeting with Trump"


def test_candidates_carry_offsets_topics_and_mentions():
    text = "Zelenskyy said President Trump was ready to give Ukraine security guarantees."
    [candidate] = extract(text, DIRECTORY).candidates
    assert text[candidate.start : candidate.end] == candidate.text
    assert candidate.topics == ["security-guarantees"]
    assert candidate.mentions == ["donald-trump"]
    assert set(candidate.to_dict()) == {
        "speaker",
        "speaker_slug",
        "kind",
        "text",
        "start",
        "end",
        "confidence",
        "topics",
        "mentions",
        "relayed_by",
        "date_said",
        "date_precision",
        "sentence",
        "carried_by",
    }


# --- formats and speakers of other outlets (issue 16) --------------------------------------------


def test_a_transcript_answer_is_a_quote_by_its_labelled_speaker_and_the_question_is_nobodys():
    text = (
        "Unification Minister Chung Dong-young spoke to the radio on Wednesday.\n\n"
        "HOST: Has Pyongyang answered the offer of talks?\n\n"
        "CHUNG: Not yet. The door remains open.\n\n"
        "HOST: Will the drills go ahead?\n\n"
        "CHUNG: That decision belongs to the alliance."
    )
    assert seen(text) == [
        ("Chung Dong-young", "direct_quote", "Not yet. The door remains open."),
        ("Chung Dong-young", "direct_quote", "That decision belongs to the alliance."),
    ]


def test_a_transcript_answer_over_several_paragraphs_stays_with_its_speaker_until_the_next_turn():
    text = (
        "Minister Chung Dong-young spoke to the radio.\n\nHOST: Has Pyongyang answered?\n\n"
        "CHUNG: Not yet.\n\nWe are still waiting.\n\nHOST: And the drills?\n\nCHUNG: That belongs to the alliance."
        "\n\nChung added that talks would go on."
    )
    assert seen(text) == [
        ("Chung Dong-young", "direct_quote", "Not yet."),
        ("Chung Dong-young", "direct_quote", "We are still waiting."),
        ("Chung Dong-young", "direct_quote", "That belongs to the alliance."),
        ("Chung Dong-young", "paraphrase", "talks would go on"),
    ]


def test_an_embedded_post_is_a_quote_by_the_account_owner_dated_by_its_signature():
    text = (
        "Zelenskyy reacted on X.\n\nRussia struck Odesa again tonight. We need more air defence now. "
        "pic.twitter.com/abc123\n\n— Volodymyr Zelenskyy / Володимир Зеленський (@ZelenskyyUa) January 21, 2026"
    )
    [post] = extract(text, DIRECTORY, datetime.date(2026, 1, 23)).candidates
    assert (post.speaker, post.kind, post.text) == (
        "Volodymyr Zelenskyy",
        "direct_quote",
        "Russia struck Odesa again tonight. We need more air defence now.",
    )
    assert post.date_said == "2026-01-21"


def test_a_capitals_heading_names_the_speaker_of_the_quotes_below_it():
    text = (
        "How leaders responded\n\nFRENCH PRESIDENT EMMANUEL MACRON ON X:\n\n"
        '"Security guarantees must be solid.\n\n"We will keep working with Ukraine."'
    )
    assert {speaker for speaker, _ in quotes(text)} == {"Emmanuel Macron"}
    assert len(quotes(text)) == 2


def test_a_dateline_and_a_news_agency_are_not_speakers_and_the_agency_carries_the_words():
    text = (
        'TEHRAN (AFP) - Iran will not return to talks "under the shadow of threats", Foreign Minister '
        "Abbas Araghchi said on Sunday, according to the official IRNA news agency. "
        '"Negotiation and threats do not go together," Araghchi was quoted as saying by IRNA.'
    )
    candidates = extract(text, DIRECTORY).candidates
    assert {c.speaker for c in candidates} == {"Abbas Araghchi"}
    assert [c.carried_by for c in candidates] == ["IRNA", "IRNA", "IRNA"]


def test_a_name_after_its_title_is_the_speaker_and_its_surname_and_role_find_it_again():
    text = (
        "Minister of National Defense Wellington Koo said the ministry had briefed the legislature. "
        "Foreign Office spokesperson Shafqat Ali Khan told the weekly briefing that Pakistan wanted peace. "
        "The spokesperson said Pakistan would not be intimidated. Koo said the budget was needed."
    )
    assert [speaker for speaker, _ in paraphrases(text)] == [
        "Wellington Koo",
        "Shafqat Ali Khan",
        "Shafqat Ali Khan",
        "Wellington Koo",
    ]


def test_a_collective_speaker_the_directory_lacks_is_named_plainly():
    text = "Ukraine's European allies said the plan needed more work. U.S. officials said talks would go on."
    assert [speaker for speaker, _ in paraphrases(text)] == ["European allies of Ukraine", "US officials"]


def test_but_said_after_a_negated_verb_is_the_subjects_speech():
    text = "Merz did not specify which parts had advanced, but said Germany and France still disagreed."
    assert paraphrases(text) == [("Friedrich Merz", "Germany and France still disagreed")]


def test_he_is_the_last_speaker_not_a_name_inside_an_object():
    text = (
        "Peskov said Moscow had set no date for a meeting between Putin and Trump. "
        "However, he said Putin was willing to meet Trump."
    )
    assert [speaker for speaker, _ in paraphrases(text)] == ["Dmitry Peskov", "Dmitry Peskov"]


def test_a_clause_in_the_present_before_its_attribution_is_reported_speech():
    assert paraphrases("Ukraine needs ten more air defence systems before winter, Zelenskyy said.") == [
        ("Volodymyr Zelenskyy", "Ukraine needs ten more air defence systems before winter")
    ]


def test_calls_on_someone_to_act_is_a_request():
    assert paraphrases("The Kremlin calls on Kyiv to return to the negotiating table.") == [
        ("Kremlin", "to return to the negotiating table")
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("President Donald J. Trump said the talks went well. Trump said more would follow.", ["Donald Trump"] * 2),
        ("Israeli Prime Minister Benjamin Netanyahu's office said Israel would wait.", ["Benjamin Netanyahu"]),
        (
            "UN High Commissioner for Human Rights Volker Türk said civilians were at risk. "
            "Mr Türk said aid was blocked.",
            ["Volker Türk"] * 2,
        ),
    ],
)
def test_speakers_the_directory_lacks_are_named_as_the_article_introduces_them(text, speakers):
    assert [c.speaker for c in extract(text, Directory()).candidates] == speakers


def test_an_object_or_a_document_before_the_verb_is_not_a_speaker():
    assert seen("His prepared testimony said the war would end soon. US tariffs said nothing new.") == []


def test_a_short_name_ending_like_a_demonym_stays_part_of_the_name():
    assert [speaker for speaker, _ in paraphrases("President Lai Ching-te said Taiwan would raise spending.")] == [
        "Lai Ching-te"
    ]


def test_a_request_gives_its_infinitive_as_the_paraphrase():
    assert paraphrases("Zelenskyy urged the allies to act without delay.") == [
        ("Volodymyr Zelenskyy", "to act without delay")
    ]
    assert paraphrases("Macron called on partners to strengthen air defence in the south.") == [
        ("Emmanuel Macron", "to strengthen air defence in the south")
    ]


def test_reported_speech_running_into_the_next_sentence_continues_the_paraphrase():
    text = "The party would examine every item, Merz said. It would not sign a blank check."
    assert paraphrases(text) == [
        ("Friedrich Merz", "The party would examine every item"),
        ("Friedrich Merz", "It would not sign a blank check."),
    ]


def test_a_quoted_policy_name_is_not_a_quote():
    assert quotes('Macron said France would keep its "one China" policy.') == []


def test_quoted_figures_without_a_word_are_not_a_quote():
    assert quotes('Macron said the two countries would hold their first "3+3" talks in May.') == []


def test_british_single_quotes_and_guillemets_are_quotes():
    text = "'The window is narrowing,' Starmer told MPs. « Nous ne choisirons pas », Macron said."
    assert quotes(text) == [("Keir Starmer", "The window is narrowing,"), ("Emmanuel Macron", "Nous ne choisirons pas")]


@pytest.mark.parametrize(
    ("sentence", "said_on", "precision"),
    [
        ("Merz said on Tuesday that Germany would not send troops.", "2026-04-07", "day"),
        ("Merz said on Monday that Germany would not send troops.", "2026-04-06", "day"),
        ("Merz said yesterday that Germany would not send troops.", "2026-04-06", "day"),
        ("Merz said last week that Germany would not send troops.", "2026-03", "month"),
        ("Merz said on March 3 that Germany would not send troops.", "2026-03-03", "day"),
        ("Merz said on 30 December that Germany would not send troops.", "2025-12-30", "day"),
        ("Merz said that Germany would not send troops.", "2026-04-07", "day"),
    ],
)
def test_the_date_said_is_resolved_from_the_publication_date(sentence, said_on, precision):
    [candidate] = extract(sentence, DIRECTORY, datetime.date(2026, 4, 7)).candidates  # a Tuesday
    assert (candidate.date_said, candidate.date_precision) == (said_on, precision)


def test_a_headline_takes_the_date_its_speaker_spoke_in_the_body():
    text = "Merz says Germany will not send troops\n\nMerz said on Monday that Germany would not send troops."
    headline, body = extract(text, DIRECTORY, datetime.date(2026, 4, 7)).candidates
    assert headline.date_said == body.date_said == "2026-04-06"


def test_an_impossible_date_cue_falls_back_to_the_publication_date():
    text = "Merz said on February 30 that talks went on."
    [candidate] = extract(text, DIRECTORY, datetime.date(2026, 4, 7)).candidates
    assert candidate.date_said == "2026-04-07"


def test_a_statement_without_a_date_cue_takes_the_last_date_of_speaking():
    text = 'Merz spoke to reporters on Friday. "We will not send troops," he said.'
    [candidate] = extract(text, DIRECTORY, datetime.date(2026, 4, 7)).candidates
    assert candidate.date_said == "2026-04-03"


def test_html_is_read_as_paragraphs():
    html = "<html><body><h1>Talks</h1><p>“We are ready,” <b>Zelenskyy</b> said.</p><script>x()</script></body></html>"
    assert html_to_text(html) == "Talks\n\n“We are ready,” Zelenskyy said."


def test_normalize_name_ignores_case_accents_and_punctuation():
    assert normalize_name("  Zelénskyy ") == normalize_name("ZELENSKYY") == "zelenskyy"


def test_a_long_article_yields_a_candidate_per_repeated_quote():
    paragraph = (
        '"We will not give up our land," Zelenskyy said on Monday. The Kremlin said that no date had been set, '
        "while Trump told reporters Putin wanted peace. According to Peskov, the talks were constructive. "
        'Leaders of the "coalition of the willing" met in Paris.\n\n'
    )
    text = paragraph * (5000 // len(paragraph.split()) + 1)
    assert len(text.split()) >= 5000
    result = extract(text, load_registry(DATA / "registry.json"))
    assert len(result.candidates) > 100


# --- the scorer ---------------------------------------------------------------------------------


def _assert_targets(totals):
    quotes_, paraphrases_ = totals["direct_quote"], totals["paraphrase"]
    assert quotes_.precision >= 0.95 and quotes_.recall >= 0.95
    assert paraphrases_.precision >= 0.8 and paraphrases_.recall >= 0.7


def test_labelled_articles_meet_the_targets():
    _, totals = score_directories([DATA], load_registry(DATA / "registry.json"))
    _assert_targets(totals)


# The labelled development set (a copy of the shared one, so CI's clean clone has it). The
# targets live in `make eval-extraction`; here the scores reached so far are a floor that a
# change may raise but not lower: (precision, recall) per kind, and the share of dates said right.
DEV_SET_FLOOR = {"direct_quote": (0.98, 0.96), "paraphrase": (0.92, 0.87), "dates": 0.84}
# Our articles labelled before the extractor saw them (first sight in their README), the same way.
UNSEEN_SET_FLOORS = {
    UNSEEN_SET: {"direct_quote": (1.0, 1.0), "paraphrase": (1.0, 1.0), "dates": 0.94},
    UNSEEN_SET_2: {"direct_quote": (1.0, 1.0), "paraphrase": (1.0, 1.0), "dates": 1.0},
    UNSEEN_SET_3: {"direct_quote": (1.0, 1.0), "paraphrase": (1.0, 1.0), "dates": 1.0},
    UNSEEN_SET_4: {"direct_quote": (0.98, 0.98), "paraphrase": (1.0, 1.0), "dates": 0.82},
    UNSEEN_SET_5: {"direct_quote": (0.94, 0.95), "paraphrase": (1.0, 0.98), "dates": 1.0},
    UNSEEN_SET_6: {"direct_quote": (0.97, 0.94), "paraphrase": (0.96, 0.94), "dates": 0.96},
    UNSEEN_SET_7: {"direct_quote": (0.98, 0.98), "paraphrase": (1.0, 0.96), "dates": 1.0},
    UNSEEN_SET_8: {"direct_quote": (1.0, 1.0), "paraphrase": (1.0, 1.0), "dates": 1.0},
    UNSEEN_SET_9: {"direct_quote": (1.0, 1.0), "paraphrase": (1.0, 1.0), "dates": 1.0},
    UNSEEN_SET_10: {"direct_quote": (0.98, 0.98), "paraphrase": (0.97, 0.95), "dates": 0.94},
    UNSEEN_SET_11: {"direct_quote": (0.97, 0.97), "paraphrase": (0.89, 0.94), "dates": 1.0},
    UNSEEN_SET_12: {"direct_quote": (0.97, 0.95), "paraphrase": (0.98, 0.93), "dates": 1.0},
    UNSEEN_SET_13: {"direct_quote": (0.93, 0.90), "paraphrase": (0.91, 0.83), "dates": 0.95},
    UNSEEN_SET_14: {"direct_quote": (1.0, 0.98), "paraphrase": (0.98, 0.92), "dates": 0.96},
    UNSEEN_SET_15: {"direct_quote": (0.95, 0.95), "paraphrase": (0.95, 0.92), "dates": 0.95},
    UNSEEN_SET_16: {"direct_quote": (0.92, 0.92), "paraphrase": (0.92, 0.91), "dates": 0.98},
    UNSEEN_SET_17: {"direct_quote": (0.98, 0.97), "paraphrase": (0.98, 0.95), "dates": 0.96},
    UNSEEN_SET_18: {"direct_quote": (0.98, 0.97), "paraphrase": (0.96, 0.96), "dates": 0.96},
    UNSEEN_SET_19: {"direct_quote": (0.96, 0.92), "paraphrase": (0.97, 0.86), "dates": 0.94},
    UNSEEN_SET_20: {"direct_quote": (0.98, 0.97), "paraphrase": (0.93, 0.89), "dates": 0.91},
    UNSEEN_SET_21: {"direct_quote": (1.0, 1.0), "paraphrase": (1.0, 0.98), "dates": 0.97},
    UNSEEN_SET_22: {"direct_quote": (0.98, 0.98), "paraphrase": (0.99, 0.99), "dates": 0.98},
    UNSEEN_SET_23: {"direct_quote": (0.95, 0.92), "paraphrase": (0.96, 0.96), "dates": 0.99},
    UNSEEN_SET_24: {"direct_quote": (0.94, 0.90), "paraphrase": (0.97, 0.93), "dates": 0.99},
    UNSEEN_SET_25: {"direct_quote": (0.96, 0.94), "paraphrase": (0.96, 0.94), "dates": 0.75},
    UNSEEN_SET_26: {"direct_quote": (0.90, 0.88), "paraphrase": (0.96, 0.89), "dates": 0.98},
    UNSEEN_SET_27: {"direct_quote": (0.96, 0.93), "paraphrase": (0.93, 0.88), "dates": 0.93},
    UNSEEN_SET_28: {"direct_quote": (0.93, 0.96), "paraphrase": (0.94, 0.88), "dates": 0.91},
    UNSEEN_SET_29: {"direct_quote": (0.97, 0.97), "paraphrase": (0.94, 0.90), "dates": 0.98},
    UNSEEN_SET_30: {"direct_quote": (0.92, 0.94), "paraphrase": (0.90, 0.85), "dates": 0.86},
    UNSEEN_SET_31: {"direct_quote": (0.92, 0.93), "paraphrase": (0.89, 0.88), "dates": 0.84},
    UNSEEN_SET_32: {"direct_quote": (0.98, 0.97), "paraphrase": (0.98, 0.90), "dates": 0.97},
    UNSEEN_SET_33: {"direct_quote": (0.98, 0.96), "paraphrase": (0.95, 0.89), "dates": 1.0},
    UNSEEN_SET_34: {"direct_quote": (0.96, 0.99), "paraphrase": (0.93, 0.94), "dates": 0.91},
    UNSEEN_SET_35: {"direct_quote": (0.94, 0.94), "paraphrase": (0.95, 0.90), "dates": 0.99},
    UNSEEN_SET_36: {"direct_quote": (0.91, 0.88), "paraphrase": (0.83, 0.71), "dates": 0.93},
    UNSEEN_SET_37: {"direct_quote": (0.97, 1.0), "paraphrase": (0.95, 1.0), "dates": 1.0},
    UNSEEN_SET_38: {"direct_quote": (0.96, 0.92), "paraphrase": (0.79, 0.68), "dates": 0.96},
    UNSEEN_SET_39: {"direct_quote": (0.96, 0.94), "paraphrase": (0.88, 0.93), "dates": 0.94},
    UNSEEN_SET_40: {"direct_quote": (0.94, 0.89), "paraphrase": (0.84, 0.91), "dates": 1.0},
    UNSEEN_SET_41: {"direct_quote": (0.96, 0.95), "paraphrase": (0.94, 0.94), "dates": 0.90},
    UNSEEN_SET_42: {"direct_quote": (1.0, 0.95), "paraphrase": (0.92, 0.90), "dates": 0.95},
    UNSEEN_SET_43: {"direct_quote": (0.96, 0.94), "paraphrase": (0.97, 0.96), "dates": 0.97},
    UNSEEN_SET_44: {"direct_quote": (0.96, 0.92), "paraphrase": (0.88, 0.90), "dates": 0.96},
    UNSEEN_SET_45: {"direct_quote": (0.96, 0.95), "paraphrase": (0.86, 0.80), "dates": 0.94},
    UNSEEN_SET_46: {"direct_quote": (0.95, 0.93), "paraphrase": (0.88, 0.91), "dates": 0.92},
    UNSEEN_SET_47: {"direct_quote": (0.97, 0.97), "paraphrase": (0.96, 0.93), "dates": 0.90},
    UNSEEN_SET_48: {"direct_quote": (0.96, 0.92), "paraphrase": (0.87, 0.73), "dates": 0.92},
    UNSEEN_SET_49: {"direct_quote": (0.93, 0.92), "paraphrase": (0.93, 0.90), "dates": 0.98},
    UNSEEN_SET_50: {"direct_quote": (0.97, 0.95), "paraphrase": (0.96, 0.83), "dates": 0.87},
    UNSEEN_SET_51: {"direct_quote": (0.88, 0.88), "paraphrase": (0.86, 0.89), "dates": 1.0},
    UNSEEN_SET_52: {"direct_quote": (0.96, 0.98), "paraphrase": (0.93, 0.92), "dates": 0.93},
    UNSEEN_SET_53: {"direct_quote": (0.97, 0.97), "paraphrase": (0.92, 0.91), "dates": 1.0},
    UNSEEN_SET_54: {"direct_quote": (0.96, 0.95), "paraphrase": (0.90, 0.94), "dates": 0.94},
    # 0.92: the scorer reading a pair in the registry's spellings counts one more found statement, its day wrong
    UNSEEN_SET_56: {"direct_quote": (0.95, 0.95), "paraphrase": (0.88, 0.87), "dates": 0.92},
    # 0.90: the relayed clause of a role ("the diplomat had assured him") is found now, its day (a meeting's, in a
    # relative clause) wrong
    UNSEEN_SET_55: {"direct_quote": (0.94, 0.91), "paraphrase": (0.96, 0.91), "dates": 0.90},
    UNSEEN_SET_57: {"direct_quote": (0.93, 0.91), "paraphrase": (0.98, 0.92), "dates": 0.98},
    UNSEEN_SET_59: {"direct_quote": (0.92, 0.90), "paraphrase": (0.92, 0.87), "dates": 0.97},
    UNSEEN_SET_61: {"direct_quote": (0.88, 0.90), "paraphrase": (0.91, 0.84), "dates": 0.91},
    UNSEEN_SET_62: {"direct_quote": (0.88, 0.86), "paraphrase": (0.93, 0.81), "dates": 0.86},
    UNSEEN_SET_63: {"direct_quote": (0.91, 0.86), "paraphrase": (0.86, 0.72), "dates": 0.96},
    UNSEEN_SET_64: {"direct_quote": (0.93, 0.91), "paraphrase": (0.93, 0.87), "dates": 0.92},
    UNSEEN_SET_66: {"direct_quote": (0.81, 0.77), "paraphrase": (0.74, 0.56), "dates": 0.95},
    UNSEEN_SET_67: {"direct_quote": (1.00, 0.95), "paraphrase": (0.90, 0.88), "dates": 0.89},
    UNSEEN_SET_58: {"direct_quote": (0.98, 0.98), "paraphrase": (0.89, 0.92), "dates": 0.97},
    UNSEEN_SET_60: {"direct_quote": (0.93, 0.90), "paraphrase": (0.96, 0.89), "dates": 0.97},
    UNSEEN_SET_65: {"direct_quote": (0.88, 0.83), "paraphrase": (0.86, 0.74), "dates": 0.84},
    # The merged rules (the described speakers', batch 68's and 67's with batch 69's and the roles') cost one quote
    # and one paraphrase here; the "according to" rules (long names, a company by its kind) won two paraphrases back
    UNSEEN_SET_69: {"direct_quote": (0.79, 0.77), "paraphrase": (0.81, 0.68), "dates": 0.91},
    UNSEEN_SET_73: {"direct_quote": (0.78, 0.72), "paraphrase": (0.75, 0.60), "dates": 0.84},
    UNSEEN_SET_72: {"direct_quote": (0.88, 0.81), "paraphrase": (0.75, 0.64), "dates": 0.97},
    UNSEEN_SET_71: {"direct_quote": (0.82, 0.84), "paraphrase": (0.82, 0.73), "dates": 0.78},
    UNSEEN_SET_68: {"direct_quote": (0.98, 0.96), "paraphrase": (0.94, 0.84), "dates": 0.90},
    UNSEEN_SET_70: {"direct_quote": (0.93, 0.92), "paraphrase": (0.87, 0.74), "dates": 0.96},
    UNSEEN_SET_75: {"direct_quote": (0.97, 0.95), "paraphrase": (0.88, 0.82), "dates": 0.96},
    UNSEEN_SET_74: {"direct_quote": (0.94, 0.84), "paraphrase": (0.90, 0.78), "dates": 0.91},
    UNSEEN_SET_76: {"direct_quote": (0.89, 0.89), "paraphrase": (0.85, 0.72), "dates": 0.95},
    UNSEEN_SET_77: {"direct_quote": (0.94, 0.90), "paraphrase": (0.93, 0.89), "dates": 0.97},
    UNSEEN_SET_79: {"direct_quote": (0.98, 1.00), "paraphrase": (0.96, 0.92), "dates": 0.98},
    UNSEEN_SET_78: {"direct_quote": (0.96, 0.92), "paraphrase": (0.92, 0.83), "dates": 1.00},
    UNSEEN_SET_81: {"direct_quote": (0.89, 0.87), "paraphrase": (0.95, 0.84), "dates": 0.97},
    UNSEEN_SET_80: {"direct_quote": (0.92, 0.90), "paraphrase": (0.96, 0.78), "dates": 0.82},
    UNSEEN_SET_82: {"direct_quote": (0.95, 0.91), "paraphrase": (0.93, 0.84), "dates": 0.98},
    UNSEEN_SET_83: {"direct_quote": (0.97, 0.97), "paraphrase": (0.96, 0.88), "dates": 0.98},
    UNSEEN_SET_85: {"direct_quote": (0.97, 0.92), "paraphrase": (0.98, 0.80), "dates": 1.0},
    UNSEEN_SET_84: {"direct_quote": (0.95, 0.93), "paraphrase": (0.93, 0.89), "dates": 0.88},
    UNSEEN_SET_86: {"direct_quote": (0.93, 0.90), "paraphrase": (0.95, 0.79), "dates": 0.92},
    UNSEEN_SET_87: {"direct_quote": (1.00, 0.93), "paraphrase": (0.97, 0.80), "dates": 0.73},
}
# The same unseen articles with an empty directory: every speaker offered as a new actor under the article's name.
EMPTY_DIRECTORY_FLOORS = {
    (UNSEEN_SET, UNSEEN_SET_2, UNSEEN_SET_3, UNSEEN_SET_4): {
        "direct_quote": (0.94, 0.93),
        "paraphrase": (0.92, 0.90),
        "dates": 0.90,
    },
    (UNSEEN_SET_5,): {"direct_quote": (0.88, 0.89), "paraphrase": (0.96, 0.90), "dates": 1.0},
    (UNSEEN_SET_6,): {"direct_quote": (0.94, 0.91), "paraphrase": (0.93, 0.91), "dates": 0.95},
    (UNSEEN_SET_7,): {"direct_quote": (0.98, 0.98), "paraphrase": (1.0, 0.96), "dates": 1.0},
    (UNSEEN_SET_8,): {"direct_quote": (0.98, 0.97), "paraphrase": (1.0, 0.98), "dates": 1.0},
    (UNSEEN_SET_9,): {"direct_quote": (1.0, 1.0), "paraphrase": (1.0, 1.0), "dates": 1.0},
    (UNSEEN_SET_10,): {"direct_quote": (0.97, 0.97), "paraphrase": (0.94, 0.94), "dates": 0.94},
    (UNSEEN_SET_11,): {"direct_quote": (0.97, 0.97), "paraphrase": (0.89, 0.94), "dates": 1.0},
    (UNSEEN_SET_12,): {"direct_quote": (0.97, 0.95), "paraphrase": (0.97, 0.92), "dates": 1.0},
    (UNSEEN_SET_13,): {"direct_quote": (0.93, 0.90), "paraphrase": (0.91, 0.82), "dates": 0.95},
    (UNSEEN_SET_14,): {"direct_quote": (0.98, 0.96), "paraphrase": (0.96, 0.90), "dates": 0.96},
    (UNSEEN_SET_15,): {"direct_quote": (0.93, 0.93), "paraphrase": (0.91, 0.84), "dates": 0.95},
    (UNSEEN_SET_16,): {"direct_quote": (0.91, 0.90), "paraphrase": (0.92, 0.90), "dates": 0.98},
    (UNSEEN_SET_17,): {"direct_quote": (0.99, 0.97), "paraphrase": (0.96, 0.94), "dates": 0.96},
    (UNSEEN_SET_18,): {"direct_quote": (0.96, 0.96), "paraphrase": (0.92, 0.89), "dates": 0.95},
    (UNSEEN_SET_19,): {"direct_quote": (0.95, 0.92), "paraphrase": (0.97, 0.89), "dates": 0.94},
    (UNSEEN_SET_20,): {"direct_quote": (0.95, 0.95), "paraphrase": (0.92, 0.89), "dates": 0.91},
    (UNSEEN_SET_21,): {"direct_quote": (0.98, 0.98), "paraphrase": (1.0, 0.98), "dates": 0.97},
    (UNSEEN_SET_22,): {"direct_quote": (0.98, 0.97), "paraphrase": (0.99, 0.98), "dates": 0.99},
    (UNSEEN_SET_23,): {"direct_quote": (0.95, 0.91), "paraphrase": (0.96, 0.93), "dates": 0.95},
    (UNSEEN_SET_24,): {"direct_quote": (0.93, 0.89), "paraphrase": (0.97, 0.93), "dates": 0.99},
    (UNSEEN_SET_25,): {"direct_quote": (0.95, 0.92), "paraphrase": (0.96, 0.93), "dates": 0.75},
    (UNSEEN_SET_26,): {"direct_quote": (0.90, 0.88), "paraphrase": (0.96, 0.89), "dates": 0.98},
    (UNSEEN_SET_27,): {"direct_quote": (0.95, 0.92), "paraphrase": (0.93, 0.87), "dates": 0.92},
    (UNSEEN_SET_28,): {"direct_quote": (0.92, 0.96), "paraphrase": (0.92, 0.88), "dates": 0.93},
    (UNSEEN_SET_29,): {"direct_quote": (0.96, 0.97), "paraphrase": (0.94, 0.89), "dates": 0.98},
    (UNSEEN_SET_30,): {"direct_quote": (0.93, 0.95), "paraphrase": (0.93, 0.87), "dates": 0.86},
    (UNSEEN_SET_31,): {"direct_quote": (0.88, 0.89), "paraphrase": (0.87, 0.85), "dates": 0.82},
    (UNSEEN_SET_32,): {"direct_quote": (0.98, 0.97), "paraphrase": (0.99, 0.91), "dates": 0.97},
    (UNSEEN_SET_33,): {"direct_quote": (0.99, 0.96), "paraphrase": (0.98, 0.90), "dates": 0.87},
    (UNSEEN_SET_34,): {"direct_quote": (0.96, 0.99), "paraphrase": (0.94, 0.94), "dates": 0.91},
    (UNSEEN_SET_35,): {"direct_quote": (0.96, 0.94), "paraphrase": (0.96, 0.90), "dates": 0.75},
    (UNSEEN_SET_36,): {"direct_quote": (0.90, 0.87), "paraphrase": (0.83, 0.71), "dates": 0.93},
    (UNSEEN_SET_37,): {"direct_quote": (0.97, 1.0), "paraphrase": (0.95, 1.0), "dates": 0.96},
    (UNSEEN_SET_38,): {"direct_quote": (0.95, 0.88), "paraphrase": (0.83, 0.68), "dates": 1.00},
    (UNSEEN_SET_39,): {"direct_quote": (0.96, 0.94), "paraphrase": (0.89, 0.92), "dates": 0.90},
    (UNSEEN_SET_40,): {"direct_quote": (0.94, 0.89), "paraphrase": (0.84, 0.91), "dates": 0.96},
    (UNSEEN_SET_41,): {"direct_quote": (0.96, 0.96), "paraphrase": (0.95, 0.95), "dates": 0.90},
    (UNSEEN_SET_42,): {"direct_quote": (1.0, 0.95), "paraphrase": (0.95, 0.85), "dates": 0.96},
    (UNSEEN_SET_43,): {"direct_quote": (0.95, 0.93), "paraphrase": (0.95, 0.94), "dates": 0.97},
    (UNSEEN_SET_44,): {"direct_quote": (0.95, 0.91), "paraphrase": (0.88, 0.91), "dates": 1.0},
    (UNSEEN_SET_45,): {"direct_quote": (0.91, 0.90), "paraphrase": (0.85, 0.78), "dates": 0.93},
    (UNSEEN_SET_46,): {"direct_quote": (0.95, 0.93), "paraphrase": (0.87, 0.90), "dates": 0.92},
    (UNSEEN_SET_47,): {"direct_quote": (0.93, 0.93), "paraphrase": (0.90, 0.89), "dates": 0.90},
    (UNSEEN_SET_48,): {"direct_quote": (0.95, 0.89), "paraphrase": (0.85, 0.63), "dates": 0.92},
    (UNSEEN_SET_49,): {"direct_quote": (0.92, 0.90), "paraphrase": (0.94, 0.90), "dates": 0.95},
    (UNSEEN_SET_50,): {"direct_quote": (0.97, 0.92), "paraphrase": (0.94, 0.80), "dates": 0.86},
    (UNSEEN_SET_51,): {"direct_quote": (0.87, 0.87), "paraphrase": (0.86, 0.88), "dates": 0.96},
    # 0.92: the scorer reading "a source at …" as "source at …" counts one more found statement, its day wrong
    (UNSEEN_SET_52,): {"direct_quote": (0.96, 0.98), "paraphrase": (0.92, 0.92), "dates": 0.93},
    (UNSEEN_SET_53,): {"direct_quote": (0.97, 0.97), "paraphrase": (0.92, 0.91), "dates": 0.95},
    (UNSEEN_SET_54,): {"direct_quote": (0.94, 0.92), "paraphrase": (0.89, 0.92), "dates": 0.94},
    (UNSEEN_SET_56,): {"direct_quote": (0.93, 0.93), "paraphrase": (0.86, 0.83), "dates": 0.92},
    # 0.89: as with the registry, a relayed clause found now with its day wrong
    (UNSEEN_SET_55,): {"direct_quote": (0.94, 0.90), "paraphrase": (0.96, 0.90), "dates": 0.89},
    (UNSEEN_SET_57,): {"direct_quote": (0.92, 0.89), "paraphrase": (0.98, 0.91), "dates": 0.96},
    (UNSEEN_SET_59,): {"direct_quote": (0.92, 0.88), "paraphrase": (0.92, 0.86), "dates": 0.97},
    (UNSEEN_SET_61,): {"direct_quote": (0.87, 0.88), "paraphrase": (0.91, 0.83), "dates": 0.91},
    (UNSEEN_SET_62,): {"direct_quote": (0.87, 0.85), "paraphrase": (0.92, 0.80), "dates": 0.87},
    (UNSEEN_SET_63,): {"direct_quote": (0.91, 0.84), "paraphrase": (0.88, 0.73), "dates": 0.86},
    (UNSEEN_SET_64,): {"direct_quote": (0.93, 0.91), "paraphrase": (0.93, 0.86), "dates": 0.93},
    (UNSEEN_SET_66,): {"direct_quote": (0.80, 0.75), "paraphrase": (0.75, 0.55), "dates": 0.81},
    (UNSEEN_SET_67,): {"direct_quote": (1.00, 0.95), "paraphrase": (0.92, 0.88), "dates": 0.89},
    (UNSEEN_SET_58,): {"direct_quote": (0.96, 0.96), "paraphrase": (0.87, 0.90), "dates": 0.97},
    (UNSEEN_SET_60,): {"direct_quote": (0.92, 0.90), "paraphrase": (0.96, 0.87), "dates": 0.99},
    (UNSEEN_SET_65,): {"direct_quote": (0.89, 0.82), "paraphrase": (0.86, 0.71), "dates": 0.84},
    (UNSEEN_SET_69,): {"direct_quote": (0.79, 0.77), "paraphrase": (0.82, 0.68), "dates": 0.81},
    (UNSEEN_SET_73,): {"direct_quote": (0.79, 0.72), "paraphrase": (0.76, 0.61), "dates": 0.74},
    (UNSEEN_SET_72,): {"direct_quote": (0.88, 0.81), "paraphrase": (0.76, 0.65), "dates": 0.93},
    (UNSEEN_SET_71,): {"direct_quote": (0.82, 0.82), "paraphrase": (0.83, 0.73), "dates": 0.72},
    (UNSEEN_SET_68,): {"direct_quote": (0.98, 0.96), "paraphrase": (0.91, 0.82), "dates": 0.89},
    (UNSEEN_SET_70,): {"direct_quote": (0.95, 0.93), "paraphrase": (0.87, 0.74), "dates": 0.95},
    (UNSEEN_SET_75,): {"direct_quote": (0.97, 0.95), "paraphrase": (0.88, 0.82), "dates": 0.96},
    (UNSEEN_SET_74,): {"direct_quote": (0.94, 0.88), "paraphrase": (0.94, 0.80), "dates": 0.90},
    (UNSEEN_SET_76,): {"direct_quote": (0.89, 0.89), "paraphrase": (0.87, 0.72), "dates": 0.84},
    (UNSEEN_SET_77,): {"direct_quote": (0.94, 0.90), "paraphrase": (0.93, 0.89), "dates": 0.97},
    (UNSEEN_SET_79,): {"direct_quote": (0.98, 1.00), "paraphrase": (0.92, 0.87), "dates": 0.90},
    (UNSEEN_SET_78,): {"direct_quote": (0.95, 0.90), "paraphrase": (0.92, 0.83), "dates": 1.00},
    (UNSEEN_SET_81,): {"direct_quote": (0.89, 0.87), "paraphrase": (0.93, 0.82), "dates": 0.95},
    (UNSEEN_SET_80,): {"direct_quote": (0.92, 0.90), "paraphrase": (0.93, 0.76), "dates": 0.76},
    (UNSEEN_SET_82,): {"direct_quote": (0.95, 0.91), "paraphrase": (0.93, 0.84), "dates": 0.93},
    (UNSEEN_SET_83,): {"direct_quote": (1.00, 1.00), "paraphrase": (0.96, 0.88), "dates": 0.94},
    (UNSEEN_SET_85,): {"direct_quote": (0.97, 0.92), "paraphrase": (0.98, 0.80), "dates": 0.84},
    (UNSEEN_SET_84,): {"direct_quote": (0.95, 0.93), "paraphrase": (0.93, 0.87), "dates": 0.89},
    (UNSEEN_SET_86,): {"direct_quote": (0.95, 0.92), "paraphrase": (0.95, 0.79), "dates": 0.92},
    (UNSEEN_SET_87,): {"direct_quote": (1.00, 0.93), "paraphrase": (0.94, 0.78), "dates": 0.74},
}


def _assert_floor(scores, totals, floor):
    for kind in ("direct_quote", "paraphrase"):
        precision, recall = floor[kind]
        assert totals[kind].precision >= precision, (kind, totals[kind])
        assert totals[kind].recall >= recall, (kind, totals[kind])
    right, labelled = date_share(scores)
    assert right >= floor["dates"] * labelled, ("dates said", right, labelled)


@pytest.mark.parametrize(("folder", "floor"), [(DEV_SET, DEV_SET_FLOOR), *UNSEEN_SET_FLOORS.items()])
def test_labelled_sets_do_not_regress(folder, floor):
    _assert_floor(*score_directories([folder], load_registry(DATA / "registry.json")), floor)


@pytest.mark.parametrize(("folders", "floor"), EMPTY_DIRECTORY_FLOORS.items())
def test_unseen_sets_do_not_regress_with_an_empty_directory(folders, floor):
    _assert_floor(*score_directories(list(folders), Directory()), floor)


def test_the_evaluation_prints_each_unseen_batch_beside_its_first_sight_score(capsys):
    main([str(DEV_SET), "--unseen", str(UNSEEN_SET_4)])
    lines = capsys.readouterr().out.splitlines()
    first = next(line for line in lines if line.startswith("extraction-unseen-4: first sight 2026-12-05"))
    assert first.split()[4:] == ["0.762", "/", "0.754", "0.797", "/", "0.685", "0.585", "(48/82)"]
    assert any(line.startswith("extraction-unseen-4: now") for line in lines)
    assert lines[-1].startswith("targets on unseen articles")


def test_the_evaluation_reads_a_speaker_with_or_without_a_leading_article_as_the_same():
    label = {"speaker": "a senior Lebanese official", "speaker_alternatives": ["the Lebanese government"]}
    for found in ("senior Lebanese official", "A senior Lebanese official", "Lebanese government"):
        assert speaker_agrees({"speaker": found}, label, Directory())
    assert not speaker_agrees({"speaker": "senior Israeli official"}, label, Directory())
    # initials are the same with or without their stops
    assert speaker_agrees({"speaker": "US Forces Korea"}, {"speaker": "U.S. Forces Korea"}, Directory())
    assert not speaker_agrees({"speaker": "UN Forces Korea"}, {"speaker": "U.S. Forces Korea"}, Directory())
    # a name that merely starts with the letters of an article keeps them
    assert not speaker_agrees({"speaker": "Ruiz"}, {"speaker": "Ana Ruiz"}, Directory())
    # a country's office with or without its possessive
    assert speaker_agrees({"speaker": "Tuvalu's Foreign Minister"}, {"speaker": "Tuvalu Foreign Minister"}, Directory())
    assert speaker_agrees({"speaker": "Pakistan Foreign Office"}, {"speaker": "Pakistan’s Foreign Office"}, Directory())
    tuvalu = {"speaker": "Tuvalu Foreign Minister"}
    assert not speaker_agrees({"speaker": "Fiji's Foreign Minister"}, tuvalu, Directory())
    # a person's relative is not the person
    assert not speaker_agrees({"speaker": "Ismail Adam's brother"}, {"speaker": "Ismail Adam"}, Directory())


def test_the_evaluation_reads_a_pair_in_the_registrys_spelling_as_the_labelled_pair():
    zelenskyy = ActorEntry(
        "Volodymyr Zelenskyy", "zelenskyy", "person", "President of Ukraine", "UA", ("Volodymyr Zelensky",)
    )
    directory = Directory(actors=[zelenskyy])
    label = {"speaker": "Alexander Stubb and Volodymyr Zelensky", "speaker_alternatives": []}
    assert speaker_agrees({"speaker": "Volodymyr Zelenskyy and Alexander Stubb"}, label, directory)
    # without the registry's word for it, another spelling is another name; and every member must be there
    assert not speaker_agrees({"speaker": "Alexander Stubb and Volodymyr Zelenskyy"}, label, Directory())
    assert not speaker_agrees({"speaker": "Alexander Stubb and Steve Witkoff"}, label, directory)


# --- batch 76 (Europe, the Americas, Central Asia) -----------------------------------------------


def test_the_lower_case_mayor_of_a_town_speaks_not_the_town():
    text = "The mayor of Riverton said on Friday that the town hall could not shelter more families."
    assert paraphrases(text) == [("mayor of Riverton", "the town hall could not shelter more families")]


def test_a_full_name_with_an_age_in_commas_after_a_verb_is_the_pronoun_after_it():
    text = (
        "The mayor said on Friday that the shelter was full.\n\n"
        "At the crossing, our reporter spoke with Ana Ruiz, 34, who arrived with two children. She said that the "
        "family had walked for three days."
    )
    assert paraphrases(text)[-1] == ("Ana Ruiz", "the family had walked for three days")
    # a particle inside the name is part of it
    relayed = paraphrases(
        text.replace("Ana Ruiz", "Maria de Fátima Freitas").replace(
            "the family had", "her brother had told her that the family had"
        )
    )
    assert relayed[-1] == ("Maria de Fátima Freitas's brother", "the family had walked for three days")


def test_and_that_before_a_verb_is_a_pronoun_not_a_second_reported_clause():
    text = "Trump said on Monday that the bridge had been repaired, and that was why the trucks came back."
    assert paraphrases(text) == [
        ("Donald Trump", "the bridge had been repaired, and that was why the trucks came back")
    ]


def test_a_headlines_speaker_on_a_topic_before_a_colon_is_the_office_not_the_topic():
    text = (
        'Chancellor on Migrants at the border: "We will not close the door"\n\n'
        "The Chancellor said on Monday that the Government would send more police to the border."
    )
    assert paraphrases(text) == [("Chancellor", "the Government would send more police to the border")]


def test_a_podcast_hosts_name_with_a_particle_in_the_header_marks_her_surname_turns_as_questions():
    text = (
        "Transcript\n\nHost: Anna van Dijk. Guest: Ivo Petrov, senior fellow\n\n"
        "ANNA VAN DIJK: Welcome. My guest today is Ivo Petrov.\n\n"
        "PETROV: Thank you. The ceasefire is holding in the north.\n\n"
        "VAN DIJK: The army says it has withdrawn. Do you believe it?\n\n"
        "PETROV: No. The guns are still there, and the villages are empty."
    )
    assert {speaker for speaker, _ in quotes(text)} == {"Ivo Petrov"}


def test_a_deputy_of_a_title_the_directory_knows_is_not_its_holder():
    directory = Directory(
        actors=[ActorEntry("Ana Ruiz", "ana-ruiz", "person", "Minister of Foreign Affairs of Chile", "CL")]
    )
    text = "The Deputy Foreign Minister of Chile said on Monday that the border would stay open."
    assert [c.speaker for c in extract(text, directory).candidates] == ["Deputy Foreign Minister of Chile"]


def test_a_sentence_opening_with_the_and_a_demonym_before_a_noun_is_the_person_just_quoted():
    text = (
        "The Deputy Foreign Minister of Kazakhstan said on Monday that the corridor would be finished.\n\n"
        "The Kazakh diplomat added that trade would double. The group's spokesman said that it would not."
    )
    assert [speaker for speaker, _ in paraphrases(text)] == [
        "Deputy Foreign Minister of Kazakhstan",
        "Deputy Foreign Minister of Kazakhstan",
        "group's spokesman",
    ]


def test_the_minister_after_both_sides_agreed_is_one_holder_not_the_pair():
    text = (
        "Talks with Turkey\n\n"
        "On 3 March 2030, the Minister of Foreign Affairs of Kazakhstan met with the Deputy Foreign Minister of "
        "Turkey, who is in Astana on a working visit.\n\n"
        "The Deputy Foreign Minister of Turkey informed the Kazakh side that Turkey remains committed to the "
        "corridor.\n\n"
        "The Kazakh Minister expressed gratitude to the Turkish side for the assistance.\n\n"
        "The sides exchanged views on regional issues. The sides agreed that the next round of talks will be held "
        "in Ankara.\n\n"
        "The Minister reaffirmed the position of Kazakhstan, and stressed that the region cannot afford a new "
        "dispute."
    )
    assert paraphrases(text)[-1] == (
        "Minister of Foreign Affairs of Kazakhstan",
        "the region cannot afford a new dispute",
    )


def test_a_consulate_general_in_a_city_speaks_not_the_city():
    text = "The Chilean Consulate General in Toronto said in a statement that the office would open on Monday."
    assert paraphrases(text) == [("Chilean Consulate General in Toronto", "the office would open on Monday")]


def test_an_ambassador_of_a_state_in_its_full_style_to_a_country_speaks():
    text = (
        "On Monday, the Ambassador of the Islamic Republic of Iran to Austria told journalists in Vienna that "
        "Tehran regards the agreement as binding."
    )
    assert paraphrases(text) == [
        ("Ambassador of the Islamic Republic of Iran to Austria", "Tehran regards the agreement as binding")
    ]


def test_a_long_office_title_in_charge_of_a_portfolio_speaks_and_is_the_he_after_it():
    text = (
        "The Deputy Chairman of the Council of Ministers of Kazakhstan in charge of the coal and steel sector said "
        "on Tuesday that exports would rise. He added that no buyer had asked for less."
    )
    assert paraphrases(text) == [
        ("Deputy Chairman of the Council of Ministers of Kazakhstan", "exports would rise"),
        ("Deputy Chairman of the Council of Ministers of Kazakhstan", "no buyer had asked for less"),
    ]


# --- batch 77: rules read from its misses, each on invented sentences -------------------------------------------


def test_a_headline_title_listing_its_portfolios_with_and_is_one_office():
    text = (
        "Minister of Trade and Industry receives business delegation\n\n"
        "The Minister noted that exports to the region had grown by ten percent this year."
    )
    assert paraphrases(text) == [
        ("Minister of Trade and Industry", "exports to the region had grown by ten percent this year")
    ]


def test_an_ambassador_described_with_a_hyphenated_country_is_the_later_ambassador():
    text = (
        "On 3 March 2030, the Minister received a courtesy call by the Ambassador of Sylvania to Guinea-Bissau, "
        "resident in Dakar.\n\n"
        "The Ambassador informed the Minister that two new schools had opened in the capital."
    )
    assert paraphrases(text) == [
        ("Ambassador of Sylvania to Guinea-Bissau", "two new schools had opened in the capital")
    ]


@pytest.mark.parametrize(
    "header",
    [
        "Webinar held on Tuesday, 17 November 2026. Transcript edited for length and clarity; posted 19 November 2026.",
        "Recorded on Tuesday, 17 November 2026; posted on 19 November 2026. Translated from Portuguese and edited.",
    ],
)
def test_an_event_line_going_on_in_sentences_dates_the_turns_by_the_event(header):
    text = (
        f"A Conversation on the Ceasefire\n\nAtlantic Forum\n{header}\n\n"
        "HOST: Will the ceasefire hold?\n\n"
        "IVO PETROV: It will hold if both sides keep their word.\n\n"
        "HOST: Thank you.\n"
    )
    found = extract(text, Directory(), datetime.date(2026, 11, 19)).candidates
    assert [(c.speaker, c.date_said) for c in found] == [("Ivo Petrov", "2026-11-17")]


def test_he_or_she_in_someones_words_after_a_relative_of_theirs_is_that_relative():
    text = (
        "Rivers Running Dry\n\n"
        "Moderator: Dr Ivo Petrov. Panellist: Ms Ana Ruiz, farmer and writer, Tarso.\n\n"
        "PETROV: What are you hearing from the villages?\n\n"
        "RUIZ: Very little that is good. My uncle grows rice near Tarso, and he told me last week that the canal had "
        "been dry for ten days.\n\n"
        "PETROV: Thank you.\n"
    )
    assert paraphrases(text) == [("Ana Ruiz's uncle", "the canal had been dry for ten days")]
    told = (
        'Nurse Tomas Ferreira, 31, told the radio that his mother had called him every night. "She told me on the '
        'day I left that she would light a candle for every patient," he said.'
    )
    relayed = [
        speaker for speaker, text in paraphrases(told) if text.endswith("she would light a candle for every patient")
    ]
    assert relayed == ["Tomas Ferreira's mother"]
    # a relative the narration names beside the kin word is that name
    named = (
        "Ana Ruiz, 60, whose daughter Mariam Haddad is a nurse in Lviv, told the radio that her daughter had called on "
        'Sunday. "She told me the wards are full again and the lifts no longer work. She said not to worry," Ruiz said.'
    )
    assert ("Mariam Haddad", "the wards are full again and the lifts no longer work") in paraphrases(named)


def test_the_body_named_with_its_acronym_in_brackets_is_the_later_the_ministry_whole():
    text = (
        "The Ministry of Fisheries and Marine Resources (MFMR) says it is monitoring the crews in the area.\n\n"
        "In a statement issued on Tuesday, the Ministry said at least 14 crew members were serving on foreign vessels."
    )
    assert [speaker for speaker, _ in paraphrases(text)] == ["Ministry of Fisheries and Marine Resources"] * 2


def test_a_speaker_of_the_view_or_opinion_that_states_the_clause():
    text = (
        "Freedonia is of the view that the ceasefire can only hold if aid is allowed to enter. The two analysts were "
        "of the opinion that talks would resume in spring. The bridge is of the type that opens for ships."
    )
    assert paraphrases(text) == [
        ("Freedonia", "the ceasefire can only hold if aid is allowed to enter"),
        ("two analysts", "talks would resume in spring"),
    ]


def test_a_state_named_by_its_official_two_word_name_is_a_place_not_a_person():
    text = (
        "Brunei Darussalam reaffirms its support for the relief effort.\n\n"
        "Today, the Minister held a telephone conversation with the Minister of Foreign Affairs of Palestine.\n\n"
        "The Palestinian Minister informed the Minister that many families remained without shelter."
    )
    assert paraphrases(text)[-1] == ("Palestinian Minister", "many families remained without shelter")


def test_what_a_speaker_welcomed_is_not_the_speaker_of_the_participle_after_it():
    text = (
        "Ana Ruiz, the general secretary of a dockers' union, welcomed the decision, saying the new berths had "
        "created hundreds of jobs in the district."
    )
    assert paraphrases(text) == [("Ana Ruiz", "the new berths had created hundreds of jobs in the district")]


def test_a_person_serving_somewhere_is_the_speaker_not_the_place():
    text = (
        "Tomas Ferreira, a deckhand, told the radio that crews rarely knew who owned the ships. He said a friend "
        "serving on another trawler had told him last week that the crew had not been paid for three months."
    )
    assert paraphrases(text)[-1] == ("friend serving on another trawler", "the crew had not been paid for three months")


def test_the_agency_is_the_one_described_as_an_agency_with_its_name_apposed_not_the_wire():
    text = (
        "Refugees in need\n\nFreedonia Press Agency (FPA)\n04 December 2030\n\n"
        "The United Nations children's agency, UNICEF, says more than 90,000 children have crossed the border. In a "
        "statement last week, the agency warned that food rations in some camps had been cut by half."
    )
    assert [speaker for speaker, _ in paraphrases(text)] == ["UNICEF", "UNICEF"]


def test_the_statement_is_the_one_its_author_gave_sentences_before():
    text = (
        "In a statement issued on Tuesday, the Ministry of Fisheries said all crews were safe. The Ministry called on "
        "operators to keep their boats away from the zone.\n\n"
        "The statement said the Government remained committed to its policy."
    )
    assert paraphrases(text)[-1] == ("Ministry of Fisheries", "the Government remained committed to its policy")


def test_the_captain_of_a_thing_is_not_the_person_just_quoted():
    text = (
        "Mr. Kenji Sato (38), a company employee, said the ferry's captain had announced on board that the vessel "
        "would continue its voyage as normal."
    )
    assert ("ferry's captain", "the vessel would continue its voyage as normal") in paraphrases(text)


def test_he_after_an_unnamed_holders_deed_is_that_holder_not_the_last_speaker():
    text = (
        "Sylvania's Ambassador to Freedonia said on Thursday that the donation showed Sylvania was a reliable partner."
        '\n\n"Our farmers are sowing fields again," the Ambassador said.\n\n'
        "The Permanent Secretary in the Ministry of Foreign Affairs, who received the donation on behalf of "
        "Government, thanked the people of Sylvania. He said Freedonia maintained good relations with its neighbours."
    )
    assert paraphrases(text)[-1] == (
        "Permanent Secretary in the Ministry of Foreign Affairs",
        "Freedonia maintained good relations with its neighbours",
    )


def test_a_day_between_said_and_adding_dates_both_clauses():
    text = (
        "Refinery plans\n\nThe Daily\nStaff Reporter\nCAPITAL, Dec 19\n\n"
        "The refinery will begin processing its first cargo in January, the Managing Director said here on Thursday, "
        "adding that the crude would be blended."
    )
    found = extract(text, Directory(), datetime.date(2030, 12, 20)).candidates
    assert [c.date_said for c in found] == ["2030-12-19", "2030-12-19"]


# --- batch 79's rules ----------------------------------------------------------------------------


def test_a_transcripts_office_label_with_no_holder_named_speaks_as_that_office():
    text = (
        "Weekly Briefing of the Ministry of Foreign Affairs\n\n"
        "SPOKESPERSON: Good afternoon. We are concerned by the shelling near the border and urge restraint.\n\n"
        "QUESTION (Daily Mail): Will the ministry send an envoy to the region?\n\n"
        "SPOKESPERSON: No decision has been taken. We will keep the house informed.\n\n"
        "QUESTION (Radio Nine): Are any citizens hurt?\n\n"
        "SPOKESPERSON: None that we know of.\n"
    )
    found = quotes(text)
    assert ("Spokesperson", "No decision has been taken. We will keep the house informed.") in found
    assert ("Spokesperson", "None that we know of.") in found
    assert not any("envoy" in words for _, words in found)  # the questions are no one's


def test_let_me_before_a_verb_of_saying_is_the_speakers_own_voice_not_a_speaker():
    assert paraphrases("Let me also mention that the talks will resume in Nairobi next month.") == []
    assert paraphrases("Let us say clearly that the talks will resume in Nairobi next month.") == []


def test_a_student_placed_in_a_city_is_the_speaker_not_the_city():
    text = "One student in Peshawar told reporters on Monday that lectures had been moved online for a week."
    assert paraphrases(text) == [("student in Peshawar", "lectures had been moved online for a week")]


def test_a_deputy_minister_for_economic_diplomacy_is_an_office_not_a_name():
    text = "Ghana's Deputy Foreign Minister for Economic Diplomacy said that exports to Asia would double."
    assert paraphrases(text) == [
        ("Ghana's Deputy Foreign Minister for Economic Diplomacy", "exports to Asia would double")
    ]


def test_a_consul_general_placed_in_a_city_is_the_speaker_not_the_city():
    for title in ("Consul General", "Consul-General", "Consul"):
        text = f"Peru's {title} in Shanghai, visiting the port, said that copper shipments would rise."
        assert paraphrases(text) == [(f"Peru's {title} in Shanghai", "copper shipments would rise")]


def test_a_place_named_by_its_district_is_no_person_in_apposition():
    text = "Ms. Zhao, a clerk at a shipping firm in Jinzhou District, said that the berth had been cleared."
    assert paraphrases(text) == [("Zhao", "the berth had been cleared")]


def test_a_writers_note_in_brackets_after_a_name_is_not_the_speaker():
    text = "Mr. Tan (surname only), a driver at the depot, said that the berth had been cleared."
    assert paraphrases(text) == [("Tan", "the berth had been cleared")]


def test_a_role_with_a_demonym_the_lexicon_cannot_place_is_not_another_countrys_speaker():
    text = (
        "Iran's Deputy Foreign Minister said on Monday that sanctions had failed. "
        "The Namibian minister said that the new plant would create 300 jobs."
    )
    found = paraphrases(text)
    assert ("Iran's Deputy Foreign Minister", "sanctions had failed") in found
    assert ("Namibian minister", "the new plant would create 300 jobs") in found


def test_an_agency_reporting_in_its_own_name_speaks_unless_it_carries_someone_elses_words():
    own = 'The official KCNA reported on Friday that the launch was "a full success".'
    assert seen(own) == [
        ("KCNA", "paraphrase", 'the launch was "a full success"'),
        ("KCNA", "direct_quote", "a full success"),
    ]
    owned = "Iran's Islamic Republic News Agency reported on Friday that the talks would resume."
    assert paraphrases(owned) == [("Islamic Republic News Agency", "the talks would resume")]
    carried = 'KCNA reported that Kim had told officers the launch was "a full success".'
    assert "KCNA" not in {speaker for speaker, *_ in seen(carried)}


def test_the_body_a_reporter_learned_from_speaks_when_the_day_stands_before_that():
    for day in ("yesterday (the 9th)", "on Monday", "this morning"):
        text = f"The reporter learned from Ningbo Customs {day} that the vessel had cleared customs."
        assert paraphrases(text) == [("Ningbo Customs", "the vessel had cleared customs")]


def test_data_from_a_body_named_with_of_are_the_whole_bodys():
    text = "According to statistics from the National Office of Fisheries, catches fell by a third last year."
    assert paraphrases(text) == [("National Office of Fisheries", "catches fell by a third last year")]


def test_the_government_in_a_release_is_the_government_the_release_named_first():
    egypt = ActorEntry("Government of Egypt", "egypt", "government", "", "EG", ("Egypt",))
    text = (
        "The Government of Tuvalu strongly condemns the attack on the port. "
        "The Government considers that the attack breaches international law. "
        "The Minister later met the Ambassador of Egypt."
    )
    found = [(c.speaker, c.text) for c in extract(text, Directory(actors=[egypt])).candidates]
    assert found == [("Government of Tuvalu", "the attack breaches international law")]


def test_an_embassy_accredited_to_a_country_is_the_speaker_not_the_country():
    text = "The Chilean embassy accredited to Kenya said in a post on Monday that its citizens were safe."
    assert paraphrases(text) == [("Chilean embassy accredited to Kenya", "its citizens were safe")]


# --- batch 78: dates said ------------------------------------------------------------------------


def _dates_said(text, published=datetime.date(2030, 3, 13)):
    return [(c.speaker, c.date_said) for c in extract(text, Directory(), published).candidates]


def test_a_named_event_held_or_a_recording_before_its_posting_dates_the_turns_by_the_event():
    turns = (
        "HOST: Will the canal reopen?\n\nIVO PETROV: It will reopen when the dredging is done.\n\nHOST: Thank you.\n"
    )
    head = "Canal talks\n\nNordic Forum, Oslo\n"
    held = head + "Seminar held on Monday 11 March 2030; edited transcript posted on 13 March 2030.\n\n"
    recorded = head + "Recorded on Monday 11 March 2030; published on Wednesday 13 March 2030.\n\n"
    assert _dates_said(held + turns) == [("Ivo Petrov", "2030-03-11")]
    assert _dates_said(recorded + turns) == [("Ivo Petrov", "2030-03-11")]


def test_a_communiques_numbered_point_opening_on_a_day_dates_its_words_before_the_foot_date_line():
    text = (
        "Communiqué on the canal\n\n"
        "Ministry of Foreign Affairs of Ruritania\n\n"
        "1. The Ministry of Foreign Affairs of Ruritania reaffirms that the canal must stay open to all shipping.\n\n"
        "2. On 11 March, the Deputy Minister received Ivo Petrov, the envoy of Freedonia. Ivo Petrov told the Deputy "
        "Minister that no Ruritanian vessel had been stopped.\n\n"
        "Ana Ruiz, the Deputy Minister, stated that Ruritania values its trade with Freedonia.\n\n"
        "3. Lena Dahl, the consul in the port, recalls that the consulate remains open.\n\n"
        "Ruritania City, 13 March 2030\n"
    )
    found = dict(_dates_said(text))
    assert (found["Ivo Petrov"], found["Ana Ruiz"], found["Lena Dahl"]) == ("2030-03-11", "2030-03-11", "2030-03-13")


def test_the_day_before_yesterday_is_two_days_before_publication_and_no_part_of_the_clause():
    text = (
        "Doctors\n\n"
        "The Ruritanian Medical Council, which had opposed the plan in December, said the day before yesterday that "
        "it would accept the exams.\n"
    )
    assert [(c.text, c.date_said) for c in extract(text, Directory(), datetime.date(2030, 3, 13)).candidates] == [
        ("it would accept the exams", "2030-03-11")
    ]


def test_a_ministrys_note_telling_what_it_was_told_is_read_sentence_by_sentence_not_as_one_document():
    text = (
        "Press statement on the border incident\n\n"
        "Ministry of Foreign Affairs of Ruritania\n"
        "Ruritania City, 12 March 2030\n\n"
        "The Ministry of Foreign Affairs strongly condemns the shelling of the border villages during the night.\n\n"
        "The Ministry of Foreign Affairs reiterates that any violation of the border is unacceptable and will be "
        "raised with the partners of Ruritania.\n\n"
        "Today, the Minister of Foreign Affairs had a telephone conversation with the Minister of Foreign Affairs of "
        "Freedonia. The Freedonian Minister informed his Ruritanian counterpart that two farmers had been wounded.\n"
    )
    found = [(kind, words) for _, kind, words in seen(text)]
    assert "direct_quote" not in {kind for kind, _ in found}  # no paragraph read as the ministry's own words whole
    assert ("paraphrase", "two farmers had been wounded") in found
    assert (
        "paraphrase",
        "any violation of the border is unacceptable and will be raised with the partners of Ruritania",
    ) in found


def test_a_countrys_minister_after_a_private_persons_words_is_not_that_person():
    text = (
        "Nurses abroad\n\n"
        "Lena Dahl, 41, a nurse from Bergen, has worked in Lisbon since 2020. «I miss the fjords», she told the paper."
        "\n\nThe Norwegian foreign minister said that nurses abroad were welcome to come home.\n"
    )
    assert paraphrases(text) == [("Norwegian foreign minister", "nurses abroad were welcome to come home")]
    # a description that is the office refers back to her
    minister = text.replace("41, a nurse from Bergen", "a foreign minister until 2019")
    assert paraphrases(minister) == [("Lena Dahl", "nurses abroad were welcome to come home")]


@pytest.mark.parametrize("day", ["on 21 January", "on January 21"])
def test_a_date_with_its_days_number_between_who_and_the_verb_is_never_the_speaker(day):
    text = (
        "Communiqué\n\n"
        "Ruritania rejects the statements of the spokesperson of the Ministry of Foreign Affairs of Freedonia, who "
        f'{day} described the treaty as "a mistake that must be corrected".\n'
    )
    assert quotes(text) == [("Ministry of Foreign Affairs of Freedonia", "a mistake that must be corrected")]


def test_state_after_a_countrys_adjective_is_a_noun_of_the_speakers_name_not_a_verb():
    text = (
        "Ferry held\n\n"
        "The ferry was stopped off the coast. Bolivian state radio reported on Monday that the ferry had been "
        'seized for carrying "stolen grain".\n'
    )
    assert paraphrases(text) == [("Bolivian state radio", 'the ferry had been seized for carrying "stolen grain"')]


def test_in_the_past_between_a_subject_and_its_verb_is_never_the_speaker():
    text = (
        "Grants\n\n"
        "The grants were renewed. Freedonia's culture ministry has in the past described the grants as "
        '"a waste of money".\n'
    )
    assert quotes(text) == [("Freedonia's culture ministry", "a waste of money")]


def test_a_countrys_minister_of_portfolios_listed_with_and_speaks_as_the_office():
    text = (
        "Shelter\n\n"
        "Ruritania will host more journalists this year, Freedonia's Minister of Culture, Youth and Sport said.\n"
    )
    assert paraphrases(text) == [
        ("Freedonia's Minister of Culture, Youth and Sport", "Ruritania will host more journalists this year")
    ]


def test_a_relative_clause_after_a_postposed_according_to_is_no_words_of_the_source():
    text = (
        "Shelter\n\n"
        "Ruritania will host more journalists this year, the Minister of Culture said.\n\n"
        '"Free reporting is not a favour we do for anyone," according to the Minister, who spoke at a ceremony in '
        "the capital.\n"
    )
    assert [words for _, kind, words in seen(text) if kind == "paraphrase"] == [
        "Ruritania will host more journalists this year"
    ]
    # an aside on the source that closes with a comma leaves the clause after it
    aside = "Shelter\n\nAccording to the support committee, which counts 4,000 members, three reporters are held.\n"
    assert paraphrases(aside) == [("support committee", "three reporters are held")]


def test_this_was_announced_by_gives_the_source_and_the_day_of_the_sentence_before():
    text = (
        "Doctors\n\n"
        "The Province of Ruritania will speed up the licences of 140 foreign doctors. This was announced this "
        "Thursday by the provincial Minister of Health, who affirmed that the first licences would be issued in "
        "March.\n\n"
        "The hospital can take ten more children in the spring. This is confirmed by the hospital's head of surgery, "
        "Lena Dahl, to the paper.\n"
    )
    found = [
        (c.speaker, c.text, c.date_said) for c in extract(text, Directory(), datetime.date(2030, 3, 15)).candidates
    ]
    minister = "provincial Minister of Health"
    assert found[:2] == [
        (minister, "The Province of Ruritania will speed up the licences of 140 foreign doctors", "2030-03-14"),
        (minister, "the first licences would be issued in March", "2030-03-14"),
    ]
    assert found[2][:2] == ("Lena Dahl", "The hospital can take ten more children in the spring")


def test_according_to_an_acronym_that_spells_a_word_names_the_body():
    text = "Evacuations\n\nAccording to the WHO, more than 9,000 patients are waiting for evacuation abroad.\n"
    assert paraphrases(text) == [("WHO", "more than 9,000 patients are waiting for evacuation abroad")]


def test_which_after_an_aside_naming_who_saw_the_document_stands_for_the_document_not_the_outlet():
    text = (
        "Airlift\n\n"
        "The decision follows a letter sent in December by eleven Ruritanian charities, seen by Radio Freedonia, "
        "which warned that the field hospitals had days of supplies left.\n"
    )
    assert paraphrases(text) == [("eleven Ruritanian charities", "the field hospitals had days of supplies left")]


def test_a_title_held_in_a_ministry_is_the_person_who_speaks_and_she_after_it():
    text = (
        "Children\n\n"
        "The hospital can take more children, Lena Dahl said.\n\n"
        "The State Secretary in the Ministry of Health said to the paper on Monday that talks were under way. "
        "If a request came, she said, the government would consider it quickly.\n"
    )
    assert [speaker for speaker, _ in paraphrases(text)] == [
        "Lena Dahl",
        "State Secretary in the Ministry of Health",
        "State Secretary in the Ministry of Health",
    ]


def test_a_title_case_name_with_a_particle_in_small_letters_is_a_name_not_words():
    text = (
        "Tanker held\n\n"
        'The seven crew members of the cargo ship "Rosa di Levante", held off the coast since Sunday, are in good '
        "health, the Ruritanian Foreign Ministry said on Thursday.\n"
    )
    assert quotes(text) == []


def test_a_programme_named_in_quotation_marks_before_that_is_no_part_of_the_clause():
    text = (
        "Talks\n\n"
        "The analyst Lena Dahl said in the programme «Evening Echo» on Thursday evening that both sides needed the "
        "talks more than they admitted.\n"
    )
    assert paraphrases(text) == [("Lena Dahl", "both sides needed the talks more than they admitted")]


def test_a_bare_answer_label_is_the_guest_the_introduction_names_before_an_apposition():
    text = (
        "Ceasefire\n\n"
        "Tomas Ferreira, a former admiral who commanded the northern fleet for six years, spoke to the Ledger in "
        "Porto on Monday.\n\n"
        "Q: Will the truce hold?\n\n"
        "A: It will hold while both navies stay in port. Nobody wants a second winter at sea.\n"
    )
    assert seen(text) == [
        (
            "Tomas Ferreira",
            "direct_quote",
            "It will hold while both navies stay in port. Nobody wants a second winter at sea.",
        )
    ]


def test_a_pacific_hansard_turn_closed_by_dot_dash_is_the_office_and_the_member_asking_is_nobody():
    text = (
        "Ferry services\n\n"
        "HON. MEMBER FOR NORTHERN DISTRICT asked the Government, upon notice:\n"
        "Can the Minister update Parliament on the inter-island ferries?\n\n"
        "HON. MINISTER FOR TRANSPORT.- Sir, all four ferries are back in service. The repairs were paid for by "
        "the operators.\n\n"
        "HON. MEMBER FOR NORTHERN DISTRICT.- Sir, why were the islands left without a ferry for a month?\n\n"
        "HON. MINISTER FOR TRANSPORT.- Sir, the weather kept the repair crews away.\n"
    )
    assert seen(text) == [
        (
            "Minister for Transport",
            "direct_quote",
            "Sir, all four ferries are back in service. The repairs were paid for by the operators.",
        ),
        ("Minister for Transport", "direct_quote", "Sir, the weather kept the repair crews away."),
    ]


def test_words_said_when_the_speaker_was_contacted_take_that_day_after_a_long_apposition():
    text = (
        "Clinic\n\n"
        "The field clinic in the north has been short of fuel for a week.\n\n"
        '"We can keep the lights on until Friday," said Lena Dahl, a nurse working with a Norwegian relief '
        "organisation in the northern districts, when contacted from Oslo on Monday.\n"
    )
    [quote] = extract(text, DIRECTORY, datetime.date(2026, 4, 8)).candidates  # a Wednesday
    assert quote.date_said == "2026-04-06"


def test_a_numeric_date_in_brackets_after_the_weekday_is_part_of_the_day_before_that():
    text = "Clinic\n\nLena Dahl said on Monday (6/4/2026) that the road to the clinic was open again.\n"
    [paraphrase] = extract(text, DIRECTORY, datetime.date(2026, 4, 8)).candidates
    assert (paraphrase.speaker, paraphrase.text, paraphrase.date_said) == (
        "Lena Dahl",
        "the road to the clinic was open again",
        "2026-04-06",
    )


def test_words_told_to_the_staff_on_a_day_are_dated_by_that_telling():
    text = (
        "Clinic\n\nLena Dahl said the convoy's driver had told the staff on Saturday that the road was closed again.\n"
    )
    dates = {c.text: c.date_said for c in extract(text, DIRECTORY, datetime.date(2026, 4, 8)).candidates}
    assert dates["the road was closed again"] == "2026-04-04"


def test_a_surname_after_a_particle_the_actor_does_not_have_is_another_person():
    directory = Directory(actors=[ActorEntry("Rui Costa", "rui-costa", "person", "Prime Minister", "PT")])
    text = "Fishers\n\nFisherman Mateus da Costa, 31, said the boats would stay in port until Friday.\n"
    [paraphrase] = extract(text, directory).candidates
    assert (paraphrase.speaker, paraphrase.speaker_slug) == ("Mateus da Costa", None)


def test_a_wires_field_block_at_the_foot_dates_the_event_the_story_reports():
    text = (
        "Trade forum\n\n"
        "Opening the trade forum, Lena Dahl said exporters would be able to sell directly to local millers.\n\n"
        "Source : Wire\nAuthor : Tomas Ferreira\nEvent : Regional Trade Forum\nDate : 06 Apr 2026\n"
    )
    [paraphrase] = extract(text, DIRECTORY, datetime.date(2026, 4, 8)).candidates
    assert paraphrase.date_said == "2026-04-06"


def test_a_day_after_the_event_where_a_speech_was_read_dates_the_speech():
    text = (
        "Appeal\n\n"
        "Capital, Apr. 8 (Wire) – The government has launched a national appeal for hospitals abroad.\n\n"
        "In a speech read on her behalf by the Permanent Secretary of the Ministry of Health and Social Welfare at "
        "the launch in Ruritania on Monday, Lena Dahl said the "
        "funds would go to three hospitals.\n"
    )
    [paraphrase] = extract(text, DIRECTORY, datetime.date(2026, 4, 8)).candidates
    assert paraphrase.date_said == "2026-04-06"


def test_an_office_whose_portfolio_is_relations_or_a_policy_is_the_office_not_a_name():
    text = (
        "Trade\n\n"
        "The Minister of International Relations said the agreement would cover grain.\n\n"
        "The Secretary for Migration Policy said the quota would not change.\n"
    )
    assert [speaker for speaker, _ in paraphrases(text)] == [
        "Minister of International Relations",
        "Secretary for Migration Policy",
    ]


def test_a_release_closed_by_this_information_was_given_by_is_the_ministers_sentence_by_sentence():
    text = (
        "Coal exports\n\n"
        "Ministry of Mines, Government of Ruritania\n"
        "Press release, 8 April 2026\n\n"
        "Coal exports rose by a tenth in the last season. The Government does not set prices for private traders.\n\n"
        "Exports reached 3 million tonnes in 2025, as per data of the Statistics Office.\n\n"
        "The steps taken by the Government include:\n"
        "• new storage at the three main ports;\n"
        "• faster inspection of cargoes.\n\n"
        "This information was given by the Minister of State for Mines and Mineral Resources in a written reply "
        "in Parliament today.\n"
    )
    assert paraphrases(text) == [
        ("Minister of State for Mines and Mineral Resources", "Coal exports rose by a tenth in the last season"),
        ("Minister of State for Mines and Mineral Resources", "The Government does not set prices for private traders"),
        ("Minister of State for Mines and Mineral Resources", "new storage at the three main ports"),
        ("Minister of State for Mines and Mineral Resources", "faster inspection of cargoes"),
    ]


def test_a_government_convinced_that_states_the_clause():
    text = "Talks\n\nRuritania is convinced that only talks can end the conflict.\n"
    assert paraphrases(text) == [("Ruritania", "only talks can end the conflict")]


def test_a_statements_foot_in_capitals_with_an_ordinal_dates_the_words_above_it():
    text = (
        "PRESS STATEMENT ON THE BORDER\n\n"
        'As the Prime Minister stated in Parliament on 2nd April, 2026, "We will not close the border."\n\n'
        "The Ministry of Foreign Affairs reaffirms that it will keep the crossings open.\n\n"
        "CAPITAL CITY, 7TH APRIL, 2026\n"
    )
    dates = {c.text: c.date_said for c in extract(text, DIRECTORY, datetime.date(2026, 4, 8)).candidates}
    assert dates["it will keep the crossings open"] == "2026-04-07"


def test_a_dash_quote_set_with_a_hyphen_is_the_speakers_and_the_outlet_is_no_part_of_the_name():
    text = (
        "Harbour\n\n"
        "- We are ready for the first ships in May, and the town has waited long enough for this, says Lena Dahl to "
        "Radio Nord.\n"
    )
    assert quotes(text) == [
        ("Lena Dahl", "We are ready for the first ships in May, and the town has waited long enough for this")
    ]


def test_a_bulleted_item_opened_by_a_hyphen_is_no_dash_quote():
    text = (
        "Live updates\n\n"
        "Key developments\n"
        "- Forty boats and six aircraft detected near the strait overnight, the coast guard says\n"
        "- Ferries to the islands cancelled for a second day\n"
    )
    assert quotes(text) == []


def test_the_embassy_refers_back_to_an_embassy_named_in_lower_case():
    text = (
        "Factory\n\n"
        "The paper asked the Ruritanian embassy in Oslo for a comment. In a written reply, the embassy writes that "
        "the plant makes Norway a party to the conflict.\n"
    )
    assert paraphrases(text) == [("Ruritanian embassy", "the plant makes Norway a party to the conflict")]


def test_a_place_named_by_a_common_noun_may_end_a_postposed_attribution():
    text = (
        "Drones\n\n"
        "The plant will deliver its first drones in April, the Minister of Defence said on Monday at a press meeting "
        "at the factory.\n"
    )
    assert paraphrases(text) == [("Minister of Defence", "The plant will deliver its first drones in April")]


def test_a_ministrys_readout_of_a_meeting_under_its_letterhead_is_read_sentence_by_sentence():
    text = (
        "Meeting with the Ambassador of Ruritania\n\n"
        "Ministry of Foreign Affairs of Freedonia\n"
        "13.02.2031\n\n"
        "On February 13, 2031, the Minister of Foreign Affairs of Freedonia met with the Ambassador of Ruritania, who "
        "presented a copy of his credentials.\n\n"
        "Welcoming the guest, the Minister stressed that relations between the two states rest on mutual respect and "
        "good-neighbourliness.\n"
    )
    found = [(c.kind, c.speaker, c.text) for c in extract(text, DIRECTORY).candidates]
    assert found == [
        (
            "paraphrase",
            "Minister of Foreign Affairs of Freedonia",
            "relations between the two states rest on mutual respect and good-neighbourliness",
        )
    ]


def test_the_diplomat_of_one_central_asian_country_is_not_the_minister_of_another():
    text = (
        "Meeting\n\n"
        "On 13 February, the Minister of Foreign Affairs of Turkmenistan met with the Deputy Minister of Foreign "
        "Affairs of Kazakhstan, who is in Ashgabat on a visit.\n\n"
        "The Minister noted that trade between the two countries grew last year. The Kazakh diplomat stated that his "
        "country does not seek confrontation.\n"
    )
    assert [speaker for speaker, _ in paraphrases(text)] == [
        "Minister of Foreign Affairs of Turkmenistan",
        "Kazakh diplomat",
    ]


def test_a_body_named_in_full_is_not_the_directorys_body_of_the_same_common_noun():
    directory = Directory(
        actors=[ActorEntry("European Commission", "european-commission", "organisation", "", "", ("the Commission",))]
    )
    text = (
        "Aid flight\n\n"
        "Ruritania will send 30 tonnes of medicines to the port this week, reported on Tuesday the Blue Helmets "
        "Commission, the humanitarian agency of the Foreign Ministry.\n\n"
        "In dialogue with this agency, the president of the Commission specified that the cargo left on Monday night.\n"
    )
    found = [(c.speaker, c.text) for c in extract(text, directory).candidates if c.kind == "paraphrase"]
    assert found == [
        ("Blue Helmets Commission", "Ruritania will send 30 tonnes of medicines to the port this week"),
        ("president of the Commission", "the cargo left on Monday night"),
    ]


def test_we_in_a_written_answer_is_the_minister_its_header_says_answered():
    text = (
        "Ruritania: Humanitarian Aid. Question for the Foreign Office\n\n"
        "Asked by: the Member for Dunmore\n\n"
        "Answered on 25 February 2031\n"
        "Answered by: Minister of State (Development), Foreign Office\n\n"
        "Answer text\n\n"
        "We assess that humanitarian access to the northern camps remains almost entirely blocked.\n"
    )
    assert paraphrases(text) == [
        ("Minister of State (Development)", "humanitarian access to the northern camps remains almost entirely blocked")
    ]


def test_the_day_after_the_agent_of_a_passive_of_telling_is_no_part_of_its_name():
    text = (
        "Crossing\n\n"
        "Our Ambassador was assured by the Ruritanian Ministry of Foreign Affairs on 17 February that the crossing "
        "would remain open until the end of the rainy season.\n"
    )
    found = [(c.speaker, c.text, c.date_said) for c in extract(text, DIRECTORY, datetime.date(2031, 2, 25)).candidates]
    assert found == [
        (
            "Ruritanian Ministry of Foreign Affairs",
            "the crossing would remain open until the end of the rainy season",
            "2031-02-17",
        )
    ]


def test_an_outlet_named_in_small_letters_labels_the_interviewers_questions():
    text = (
        "Interview\n\n"
        "kurier, translated from German\n\n"
        "Lena Dahl spent eleven years as an inspector for the Agency. Now she explains what the new hall means.\n\n"
        "kurier: Ms Dahl, is the plant an enrichment hall?\n\n"
        "Dahl: Yes. Nothing else in the country could use this fuel, and they know it.\n\n"
        "kurier: The Agency has had no inspectors there for twenty years.\n\n"
        "Dahl: That is the difficult part. You cannot verify from orbit what you cannot see inside.\n"
    )
    assert quotes(text) == [
        ("Lena Dahl", "Yes. Nothing else in the country could use this fuel, and they know it."),
        ("Lena Dahl", "That is the difficult part. You cannot verify from orbit what you cannot see inside."),
    ]


def test_so_and_a_name_closing_the_sentence_is_its_source_in_translated_german_copy():
    text = (
        "Port\n\n"
        "The new inspection zone is costing the port's shipowners time and money, so Lena Dahl, managing director of "
        "a shipping company.\n\n"
        "The talks went on for hours, so the delegates missed their flights.\n"
    )
    assert paraphrases(text) == [
        ("Lena Dahl", "The new inspection zone is costing the port's shipowners time and money")
    ]


def test_a_survey_by_a_body_published_on_a_day_is_the_bodys_words_of_that_day():
    text = (
        "Survey\n\n"
        "According to a survey by the Ruritanian Chamber of Commerce published on Monday, one in three companies "
        "expects delays in deliveries this spring.\n"
    )
    found = [(c.speaker, c.text, c.date_said) for c in extract(text, DIRECTORY, datetime.date(2031, 2, 26)).candidates]
    assert found == [
        (
            "Ruritanian Chamber of Commerce",
            "one in three companies expects delays in deliveries this spring",
            "2031-02-24",
        )
    ]


def test_a_programme_named_in_quotation_marks_before_she_said_that_is_not_her_quote():
    text = (
        "Flights\n\n"
        'Among them was Ana Ruiz, 36, a nail technician. In an interview with the programme "Evening Hour", she said '
        "that her husband is on the list for one of the flights.\n"
    )
    assert seen(text) == [("Ana Ruiz", "paraphrase", "her husband is on the list for one of the flights")]


def test_a_statement_sent_to_an_outlet_may_end_a_postposed_attribution():
    text = (
        "Flights\n\n"
        "Two deportation flights will leave next week, the Ruritanian Interior Ministry confirmed on Wednesday in a "
        "statement sent to Radio Nord.\n"
    )
    assert paraphrases(text) == [("Ruritanian Interior Ministry", "Two deportation flights will leave next week")]


def test_a_midwife_or_a_broker_placed_where_they_work_speaks_not_the_place():
    text = (
        "Camp\n\n"
        "Ana Ruiz said that a midwife in the camp had told her on Monday that women were giving birth in the dark.\n\n"
        "He said the customs broker in Dunmore had told him that the certificates could be issued only there.\n"
    )
    speakers = [speaker for speaker, _ in paraphrases(text)]
    assert "midwife in the camp" in speakers and "customs broker in Dunmore" in speakers


def test_an_agency_that_said_a_judgment_in_its_own_name_speaks():
    text = (
        "Drills\n\n"
        "Norway's official Northern Telegraph Agency said Wednesday that the naval patrols were \"a rehearsal for "
        'invasion".\n'
    )
    found = [(c.speaker, c.kind, c.text) for c in extract(text, DIRECTORY, datetime.date(2031, 3, 22)).candidates]
    assert found == [
        ("Northern Telegraph Agency", "paraphrase", 'the naval patrols were "a rehearsal for invasion"'),
        ("Northern Telegraph Agency", "direct_quote", "a rehearsal for invasion"),
    ]


def test_a_ship_after_a_navy_prefix_is_no_person_and_the_commander_is_its_commanding_officer():
    text = (
        "Frigate\n\n"
        "Families waited on the pier as HMCS Lac Brûlé returned to port.\n\n"
        '"We saw every transfer," the frigate\'s commanding officer told reporters on Friday.\n\n'
        "The commander said the crew had logged more than 20 tankers.\n"
    )
    assert paraphrases(text) == [("frigate's commanding officer", "the crew had logged more than 20 tankers")]


def test_a_portfolio_of_two_abstract_nouns_after_minister_for_is_no_name():
    text = (
        "Aid\n\n"
        "Ruritania's Minister for Regional Development Cooperation and Trade said on Tuesday that the border "
        "crossing would reopen.\n"
    )
    assert paraphrases(text) == [
        ("Ruritania's Minister for Regional Development Cooperation and Trade", "the border crossing would reopen")
    ]


def test_the_ministry_added_is_the_ministry_not_its_spokeswoman():
    text = (
        "Hospitals\n\n"
        "Ruritanian hospitals will admit 30 more patients, the Ministry of Health said on Tuesday.\n\n"
        "The patients will arrive by train, the ministry's spokeswoman told reporters.\n\n"
        "The cost will be covered from public funds, the ministry added.\n"
    )
    assert paraphrases(text)[-1] == ("Ministry of Health", "The cost will be covered from public funds")


def test_the_hour_and_the_medium_between_the_hearer_and_that_still_open_the_relayed_clause():
    text = (
        "Storm\n\n"
        "Pedro Alves, who runs the harbour cafe, told Reuters on Tuesday that the port authority had told the trawlers "
        "by radio shortly after 5 a.m. that a storm was coming.\n"
    )
    found = [(c.speaker, c.text, c.date_said) for c in extract(text, DIRECTORY, datetime.date(2031, 4, 2)).candidates]
    assert ("port authority", "a storm was coming", "2031-04-01") in found


def test_a_hearer_told_after_landing_is_still_told_the_clause_after_that():
    text = (
        "Flight\n\n"
        "Marta Lind, a nurse, told the agency after landing on Sunday that the road to the airport had been closed "
        "for two days.\n"
    )
    found = [(c.speaker, c.text, c.date_said) for c in extract(text, DIRECTORY, datetime.date(2031, 4, 2)).candidates]
    assert found == [("Marta Lind", "the road to the airport had been closed for two days", "2031-03-30")]


def test_a_landlord_or_a_captain_placed_where_they_are_speaks_not_the_place():
    text = (
        "Siege\n\n"
        "Marta Lind said her landlord in Kassala had told her last week that the water would be cut off.\n\n"
        "Tomas Berg said a captain in Valparaiso had told him on Monday that two frigates had sailed north.\n"
    )
    speakers = [speaker for speaker, _ in paraphrases(text)]
    assert "her landlord in Kassala" in speakers and "captain in Valparaiso" in speakers
    assert "Kassala" not in speakers and "Valparaiso" not in speakers


def test_a_readouts_long_call_between_commas_before_that_still_opens_the_clause():
    text = (
        "Readout\n\n"
        "His Excellency the Minister of Foreign Affairs affirmed, during a telephone call today with His Excellency "
        "the Minister of Foreign Affairs and International Cooperation of the Republic of Ruritania, that the two "
        "countries would open a joint trade office next year.\n"
    )
    assert paraphrases(text) == [
        ("Minister of Foreign Affairs", "the two countries would open a joint trade office next year")
    ]


def test_the_last_sentence_of_a_bracketed_translation_after_a_quote_is_no_paraphrase():
    text = (
        "Road\n\n"
        "Ana Ruiz, a farmer in Cusco, told the paper that the road had been closed since Monday.\n\n"
        '"Mana yaku kanchu. Ñankuna wichqasqa kachkan" (There is no water. The roads are closed), Ruiz said in '
        "Quechua.\n"
    )
    assert seen(text) == [
        ("Ana Ruiz", "paraphrase", "the road had been closed since Monday"),
        ("Ana Ruiz", "direct_quote", "Mana yaku kanchu. Ñankuna wichqasqa kachkan"),
    ]


def test_a_postposed_attribution_at_a_post_event_briefing_held_somewhere_today():
    text = (
        "Aid\n\n"
        "The Cabinet has approved a donation of rice and blankets to the people of Sudan, the Cabinet Spokesman "
        "announced at the weekly post-Cabinet press briefing held at the Department of Information today.\n"
    )
    found = [(c.speaker, c.text, c.date_said) for c in extract(text, DIRECTORY, datetime.date(2031, 4, 2)).candidates]
    assert found == [
        (
            "Cabinet Spokesman",
            "The Cabinet has approved a donation of rice and blankets to the people of Sudan",
            "2031-04-02",
        )
    ]


def test_a_title_without_an_article_opening_a_sentence_is_the_office_speaking():
    text = (
        "Grain\n\n"
        "In a statement to the agency on Tuesday, Minister of Trade and Industry affirmed that the shipment will cover "
        "the needs of the bakeries for a month.\n"
    )
    assert paraphrases(text) == [
        ("Minister of Trade and Industry", "the shipment will cover the needs of the bakeries for a month")
    ]


def test_migrant_workers_and_police_after_an_office_are_its_portfolio_not_a_name():
    text = (
        "Crew\n\n"
        "The Secretary of Migrant Workers said the department would fly the crew home.\n\n"
        "Varna Superintendent of Police said a case had been registered against the smugglers.\n"
    )
    assert paraphrases(text) == [
        ("Secretary of Migrant Workers", "the department would fly the crew home"),
        ("Varna Superintendent of Police", "a case had been registered against the smugglers"),
    ]


def test_a_company_after_an_office_is_whose_post_it_is_not_a_person():
    text = "Port\n\nDirector General of Varna Port Company told the agency that unloading will take four days.\n"
    assert paraphrases(text) == [("Director General of Varna Port Company", "unloading will take four days")]


def test_he_after_a_charge_daffaires_is_the_charge_daffaires():
    text = (
        "Grain\n\n"
        "The Minister of Trade said the port was open.\n\n"
        "For his part, Chargé d'Affaires of the Ruritanian Embassy in Varna said in a statement that Ruritania sees "
        "the port as a gateway.\n\n"
        "He added that strikes had delayed the ship by a week.\n"
    )
    assert paraphrases(text)[-1] == (
        "Chargé d'Affaires of the Ruritanian Embassy in Varna",
        "strikes had delayed the ship by a week",
    )


def test_a_weekday_in_a_papers_name_does_not_date_the_interview():
    text = (
        "Interview\n\n"
        "Ana Ruiz, the festival director, spoke to the Sunday Times in Porto on Thursday about tickets. Excerpts:\n\n"
        "Q: Is the festival sold out?\n\n"
        "A: Every ticket went in an hour.\n"
    )
    found = [(c.speaker, c.text, c.date_said) for c in extract(text, DIRECTORY, datetime.date(2031, 4, 20)).candidates]
    assert found == [("Ana Ruiz", "Every ticket went in an hour.", "2031-04-17")]


def test_a_records_office_label_with_its_body_after_a_comma_speaks_every_paragraph_of_the_turn():
    text = (
        "Parliament, 12th sitting: Question Time\n\n"
        "Stenographic Record\n\n"
        "President: I call question 4, from a member of the Liberal group. The Secretary of State will "
        "answer.\n\n"
        "Member (Liberal): How many nationals are still waiting to leave the country?\n\n"
        "Secretary of State, Federal Ministry of the Interior: About forty families are still waiting at "
        "the border.\n\n"
        "We expect the first of them to cross next week.\n\n"
        "President: A supplementary question.\n\n"
        "Member (Liberal): Will the government charter a flight?\n\n"
        "Secretary of State, Federal Ministry of the Interior: A flight is not ruled out.\n"
    )
    office = "Secretary of State, Federal Ministry of the Interior"
    assert quotes(text) == [
        (office, "About forty families are still waiting at the border."),
        (office, "We expect the first of them to cross next week."),
        (office, "A flight is not ruled out."),
    ]


def test_a_deputy_ministers_second_portfolio_after_for_is_no_persons_name():
    text = (
        "Clinics\n\n"
        "The Deputy Minister of Health for Hospital Networks said on Monday that two clinics would reopen in May.\n"
    )
    assert paraphrases(text) == [("Deputy Minister of Health for Hospital Networks", "two clinics would reopen in May")]


def test_words_quoted_after_thanks_for_its_are_the_thankers_not_a_name_of_the_thanked():
    text = 'Aid\n\nAna Ruiz, the mayor of Tarija, thanked the Red Cross for its "tireless work" during the floods.\n'
    assert quotes(text) == [("Ana Ruiz", "tireless work")]


def test_an_office_with_portfolios_listed_by_commas_before_a_relative_clause_speaks_whole():
    text = (
        "Visas\n\n"
        "Manitoba's Minister of Labour, Immigration and Trade, who met the families on Friday, said the province "
        "would speed up the visas.\n"
    )
    assert paraphrases(text) == [
        ("Manitoba's Minister of Labour, Immigration and Trade", "the province would speed up the visas")
    ]


def test_a_chamber_of_the_named_industry_speaks_whole_not_as_a_person_named_after_of_the():
    text = "Exports\n\nThe Chamber of the Shipping Industry said on Monday that the delays would not last.\n"
    assert paraphrases(text) == [("Chamber of the Shipping Industry", "the delays would not last")]


def test_the_age_and_trade_of_the_person_named_before_speak_as_that_person():
    text = (
        "Blackout\n\n"
        "Marta Lind has not heard from her parents since Sunday.\n\n"
        "The 52-year-old civil engineer, who came to Calgary in 2015, said on Tuesday that the phone lines were down.\n"
    )
    assert paraphrases(text) == [("Marta Lind", "the phone lines were down")]


def test_a_relative_clause_after_an_analyst_at_a_firm_belongs_to_the_name_before_the_apposition():
    text = (
        "Freight\n\n"
        '"Every idle day costs the farmer," said Tomas Berg, an analyst at a Rotterdam shipping broker, who added that '
        "freight rates had doubled.\n"
    )
    assert paraphrases(text) == [("Tomas Berg", "freight rates had doubled")]


def test_an_inverted_verb_then_its_owners_office_and_the_holders_name_gives_the_holder():
    text = (
        "Convoy\n\n"
        "The association has sent nine trucks since 2022. «Every truck is a hospital on wheels», says its "
        "president, Marta Lind, who grew up in Lviv.\n"
    )
    assert quotes(text) == [("Marta Lind", "Every truck is a hospital on wheels")]


def test_a_country_named_again_in_brackets_before_in_stays_inside_the_ambassadors_office():
    text = (
        "Coffee\n\n"
        "The Ambassador of the Republic of Ruritania (Borduria) in Lima said on Monday that coffee imports would "
        "double.\n"
    )
    assert paraphrases(text) == [
        ("Ambassador of the Republic of Ruritania (Borduria) in Lima", "coffee imports would double")
    ]


def test_an_outlets_line_translated_from_a_language_is_no_person_a_later_he_stands_for():
    text = (
        "Veterans\n\n"
        "Radio Caribe, translated from Spanish\n"
        "Cartagena, 3 May 2031\n\n"
        'The Defence Minister was blunt: "Nobody will recruit our veterans again," he said in an interview.\n'
    )
    assert quotes(text) == [("Defence Minister", "Nobody will recruit our veterans again,")]


def test_a_lead_attribution_ending_on_a_profile_on_a_social_network_closes_the_clause_before_it():
    text = (
        "Doctors\n\n"
        "The 300 nurses of the mission will stay at their posts, the Minister of Health affirmed this Monday on his "
        "profile on the social network X.\n"
    )
    assert paraphrases(text) == [("Minister of Health", "The 300 nurses of the mission will stay at their posts")]


def test_a_programmes_quoted_title_is_no_quote_and_ends_the_attribution_with_the_channel():
    text = (
        "Field hospital\n\n"
        "Marta Lind, a surgeon, has returned from Khan Younis. The wards are fuller than at any time this year, she "
        'said this morning in the programme "Night shift" on Radio 2.\n'
    )
    assert seen(text) == [("Marta Lind", "paraphrase", "The wards are fuller than at any time this year")]


def test_an_agency_under_a_ministry_speaks_whole_after_the_clause_it_reports():
    text = (
        "Workers\n\n"
        "All 300 workers on the farms are safe, the Agency for Labour Migration under the Ministry of Employment "
        "reported on Thursday.\n"
    )
    assert paraphrases(text) == [
        ("Agency for Labour Migration under the Ministry of Employment", "All 300 workers on the farms are safe")
    ]


def test_a_committee_the_words_were_given_in_stands_between_the_verb_and_its_day_and_clause():
    text = (
        "Aid\n\n"
        "The Minister of Foreign Affairs announced in the Senate's foreign affairs committee on Thursday that the "
        "country would send two more medical teams.\n"
    )
    found = [(c.speaker, c.text, c.date_said) for c in extract(text, DIRECTORY, datetime.date(2031, 4, 15)).candidates]
    assert found == [("Minister of Foreign Affairs", "the country would send two more medical teams", "2031-04-10")]


def test_the_ministry_after_a_countrys_ministry_of_something_is_named_with_its_portfolio():
    text = (
        "Debris\n\n"
        "Ruritania's Ministry of Foreign Affairs on Monday summoned the ambassador.\n\n"
        "The fragments came from a cruise missile, the ministry said in a statement on Monday.\n"
    )
    assert paraphrases(text) == [
        ("Ruritania's Ministry of Foreign Affairs", "The fragments came from a cruise missile")
    ]


def test_a_translated_releases_ministry_with_and_in_its_name_is_the_ministry_its_release_speaks_for():
    text = (
        "Release\n\n"
        "Ministry of Foreign Affairs and Cooperation, translated from Spanish\n"
        "Press Release No. 12\n\n"
        "The Ministry reports that the two nationals have crossed the border safely.\n"
    )
    assert paraphrases(text) == [
        ("Ministry of Foreign Affairs and Cooperation", "the two nationals have crossed the border safely")
    ]


def test_a_person_presented_after_one_of_is_the_she_who_speaks_next():
    text = (
        "Clinic\n\n"
        "The hospital will open a new ward in June, the health minister said on Monday.\n\n"
        "One of the nurses moving there is Ana Ruiz, a midwife from Braga.\n\n"
        '"We have waited three years for this ward," she says.\n'
    )
    assert quotes(text) == [("Ana Ruiz", "We have waited three years for this ward,")]


def test_a_press_release_reading_out_a_telephone_call_is_read_sentence_by_sentence():
    text = (
        "Telephone conversation of the Foreign Minister of Ruritania\n\n"
        "Ministry of Foreign Affairs of Ruritania\nPress release\n03.04.2031\n\n"
        "On April 3, Minister of Foreign Affairs of Ruritania had a telephone conversation with Minister of Foreign "
        "Affairs of Borduria.\n\n"
        "Minister of Foreign Affairs of Ruritania emphasized that the border posts remain open to trucks and buses.\n\n"
        "The Ministry of Foreign Affairs continues to follow the situation in the region closely.\n"
    )
    assert quotes(text) == []
    assert paraphrases(text) == [
        ("Minister of Foreign Affairs of Ruritania", "the border posts remain open to trucks and buses")
    ]


def test_he_reports_after_a_clause_is_his_attribution_not_a_noun():
    text = (
        "Soldiers\n\n"
        "One of the patients is Taras, a sergeant from Poltava.\n\n"
        "The surgeons had saved his left arm, he reports.\n"
    )
    assert paraphrases(text) == [("Taras", "The surgeons had saved his left arm")]


def test_according_to_an_owners_agency_named_by_its_work_is_that_body_not_a_wire():
    text = (
        "Camps\n\n"
        "About 3 million people have fled the fighting since March, according to the U.N. refugee agency.\n\n"
        "Two schools were hit, according to the state news agency.\n"
    )
    assert paraphrases(text) == [("UN refugee agency", "About 3 million people have fled the fighting since March")]


def test_communicated_after_a_clause_is_translated_copys_said():
    text = "Debris\n\nThe fragments belong to a reconnaissance drone, the Ministry of Defence communicated.\n"
    assert paraphrases(text) == [("Ministry of Defence", "The fragments belong to a reconnaissance drone")]


def test_according_to_the_quoted_source_is_whoever_spoke_last():
    text = (
        "Debris\n\n"
        "The fragments belong to a reconnaissance drone, the Ministry of Defence said.\n\n"
        "According to the quoted source, the area was cordoned off by the police.\n"
    )
    assert paraphrases(text)[-1] == ("Ministry of Defence", "the area was cordoned off by the police")


def test_informed_by_a_company_named_after_its_kind_is_the_company_speaking():
    text = (
        "Flights\n\n"
        "The Ministry has been informed by the carrier Ruritanian Airways that all flights to Varna are cancelled.\n"
    )
    assert paraphrases(text) == [("Ruritanian Airways", "all flights to Varna are cancelled")]


def test_a_reporters_label_with_her_outlet_after_a_slash_is_a_question():
    text = (
        "Ferries\n\n"
        "SPOKESPERSON: The ferry service to the islands resumes on Friday.\n\n"
        "ANA REYES/RADYO BAYAN: Will fares go up?\n\n"
        "SPOKESPERSON: Fares stay as they are until the end of the year.\n"
    )
    assert quotes(text) == [
        ("Spokesperson", "The ferry service to the islands resumes on Friday."),
        ("Spokesperson", "Fares stay as they are until the end of the year."),
    ]


def test_an_office_in_capitals_the_briefings_title_names_answers_as_that_office():
    text = (
        "Press Briefing of the Harbour Press Officer\n\n"
        "Port Authority\n"
        "June 3, 2031, 10:00 A.M.\n\n"
        "HARBOUR PRESS OFFICER: The ferry service to the islands resumes on Friday.\n\n"
        "Q: Will fares go up?\n\n"
        "HARBOUR PRESS OFFICER: Fares stay as they are until the end of the year.\n"
    )
    found = [(c.speaker, c.text, c.date_said) for c in extract(text, DIRECTORY, datetime.date(2031, 6, 3)).candidates]
    assert found == [
        ("Harbour Press Officer", "The ferry service to the islands resumes on Friday.", "2031-06-03"),
        ("Harbour Press Officer", "Fares stay as they are until the end of the year.", "2031-06-03"),
    ]


def test_a_bodys_initials_before_its_chairman_are_no_family_name():
    text = "Workers\n\nSpeaking to the paper, the NWB Chairman said the board had contacted every worker abroad.\n"
    assert paraphrases(text) == [("NWB Chairman", "the board had contacted every worker abroad")]


def test_a_portfolio_before_minister_is_no_given_name_and_surname():
    text = "Quota\n\nDeputy Tourism Minister told Parliament that the quota had already been filled.\n"
    assert paraphrases(text) == [("Deputy Tourism Minister", "the quota had already been filled")]


def test_a_titles_last_portfolio_may_take_its_own_complement_after_the_lists_and():
    text = (
        "Aid\n\n"
        "The ceremony was chaired by the Minister of Health, Welfare and Protection of Children, in the presence of "
        "donors.\n\n"
        "In her speech, the minister said that the clinics would open in June.\n"
    )
    assert paraphrases(text) == [
        ("Minister of Health, Welfare and Protection of Children", "the clinics would open in June")
    ]


def test_the_diplomat_of_a_country_is_its_unnamed_ambassador_introduced_before():
    text = (
        "Aid\n\n"
        "The minister received the Ambassador of the Republic of Kenya to Togo at the airport.\n\n"
        "The minister said the flights would resume.\n\n"
        "The Kenyan diplomat said the cargo would leave on Friday.\n"
    )
    assert paraphrases(text)[-1] == ("Ambassador of the Republic of Kenya to Togo", "the cargo would leave on Friday")


def test_what_he_called_is_said_by_the_subject_before_it_not_the_last_speaker():
    text = (
        "Aid\n\n"
        "The ceremony was chaired by the Minister of Health, in the presence of the Ambassador of Kenya to Togo.\n\n"
        "In her speech, the minister said that the clinics would open in June.\n\n"
        'For his part, the Kenyan diplomat saluted what he called "the patience of the nurses" and said more '
        "staff were needed.\n"
    )
    assert [(c.speaker, c.text) for c in extract(text, DIRECTORY).candidates][-2:] == [
        ("Ambassador of Kenya to Togo", "the patience of the nurses"),
        ("Ambassador of Kenya to Togo", "more staff were needed"),
    ]


def test_made_it_known_that_reports_speech():
    text = "Aid\n\nThe Minister of Health made it known that a second shipment is planned before the end of June.\n"
    assert paraphrases(text) == [("Minister of Health", "a second shipment is planned before the end of June")]


def test_a_place_opening_the_sentence_is_not_the_body_with_an_acronym_and_an_apposition():
    text = (
        "Reactor\n\n"
        "In Vienna, the Agency for Nuclear Safety (ANS), the watchdog of the treaty, said on Monday that the "
        "reactor had been shut.\n"
    )
    assert paraphrases(text) == [("Agency for Nuclear Safety", "the reactor had been shut")]


def test_a_body_a_briefings_answer_names_relays_its_own_words():
    text = (
        "Briefing\n\n"
        "SPOKESPERSON: We are monitoring the storm. The Harbour Authority tells us that no ferry has left port "
        "since noon.\n\n"
        "Q: When will they sail?\n\n"
        "SPOKESPERSON: Not before tomorrow.\n"
    )
    assert ("Harbour Authority", "no ferry has left port since noon") in paraphrases(text)
