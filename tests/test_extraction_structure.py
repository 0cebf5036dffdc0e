"""Statement extraction on the ninth unseen batch's miss classes, written as structure rather than word lists:
where a subject starts and ends, what "the court" or "the group" stands for, transcript furniture, clauses
joined or nested, and the cues that date a recording. Invented sentences (not the batch's), one per rule."""

import datetime

import pytest

from tracker.extraction import ActorEntry, Directory, extract

pytestmark = pytest.mark.filterwarnings("error")

DIRECTORY = Directory(
    actors=[
        ActorEntry("Abdel Fattah el-Sisi", "abdel-fattah-el-sisi", "person", "President of Egypt", "EG", ("Sisi",)),
        ActorEntry("Hakan Fidan", "hakan-fidan", "person", "Minister of Foreign Affairs of Turkey", "TR"),
        ActorEntry("European Union", "european-union", "organisation", "", "", ("EU",)),
        ActorEntry("Nicolás Maduro", "nicolas-maduro", "person", "President of Venezuela", "VE", ("Maduro",)),
    ],
)
PUBLISHED = datetime.date(2026, 11, 20)  # a Friday
EMPTY = Directory()


def seen(text, directory=DIRECTORY):
    """(speaker, kind, text) of every candidate, as the review table shows them."""
    return [(c.speaker, c.kind, c.text) for c in extract(text, directory).candidates]


def speakers(text, directory=DIRECTORY):
    return [c.speaker for c in extract(text, directory).candidates]


def dates(text, published=PUBLISHED):
    """(speaker, date said) of every candidate."""
    return [(c.speaker, c.date_said) for c in extract(text, EMPTY, published).candidates]


# --- where the subject starts and ends ----------------------------------------------------------


def test_a_conjunction_opening_the_sentence_is_not_part_of_the_name():
    text = 'But Senate leader Maria Oyelaran rejected the plan, calling it "a blank cheque".'
    assert speakers(text, EMPTY) == ["Maria Oyelaran"]


def test_a_when_clause_opens_with_the_speaker_not_with_when():
    text = 'When Tomas Varga arrived in Vienna and called the talks "a last chance", nobody objected.'
    assert speakers(text, EMPTY) == ["Tomas Varga"]


def test_a_pronoun_after_an_opening_phrase_is_the_whole_subject():
    text = (
        "Helga Marsh, the finance minister, spoke to farmers in Aarhus.\n\n"
        'In a radio interview in March she said the subsidy would "not survive the year".'
    )
    assert speakers(text, EMPTY) == ["Helga Marsh", "Helga Marsh"]


def test_a_day_opening_the_sentence_without_a_comma_is_not_part_of_the_subject():
    text = (
        'Last week the foreign ministry said that talks were "off the table".\n\n'
        'Yesterday the army said that the border was "closed for now".'
    )
    assert speakers(text, EMPTY) == ["foreign ministry", "foreign ministry", "army", "army"]


def test_an_adverb_of_frequency_stands_between_subject_and_verb():
    text = 'Lena Sauer chairs the committee. In those years she often told colleagues that the rules were "a maze".'
    assert speakers(text, EMPTY) == ["Lena Sauer", "Lena Sauer"]


def test_on_his_part_between_subject_and_verb_is_not_the_subject():
    text = 'Energy Minister Paulo Teixeira on his part dismissed the report, saying the grid was "fully secure".'
    assert set(speakers(text, EMPTY)) == {"Paulo Teixeira"}
    complement = 'The head of her party said the vote was "rigged".'  # a noun's complement, not an aside
    assert set(speakers(complement, EMPTY)) == {"head of her party"}


def test_an_abbreviated_office_inside_a_title_is_not_part_of_the_name():
    text = 'Health CS Aden Duale said the clinics would open "by January".'
    assert set(speakers(text, EMPTY)) == {"Aden Duale"}


def test_a_corrected_attribution_goes_to_the_person_named_before_not():
    text = (
        "Turkish Foreign Minister Hakan Fidan spoke to reporters in Ankara.\n\n"
        "Correction: It was the interior minister, Ali Yerlikaya, not Fidan, who said on Monday that the border "
        'would stay "closed to smugglers".'
    )
    assert set(speakers(text)) == {"Ali Yerlikaya"}


def test_a_name_that_only_qualifies_a_body_does_not_speak_for_it():
    text = "The EU Ombudsman Office on Tuesday closed the inquiry, ruling that the delay had been lawful."
    assert seen(text) == [("EU Ombudsman Office", "paraphrase", "the delay had been lawful")]


# --- what "the court", "the group", a role or a heading stand for --------------------------------


def test_the_court_is_the_court_the_article_named():
    text = (
        "The Federal Constitutional Court on Thursday struck down the law.\n\n"
        "In its reasoning, the court said the legislature had ignored the budget rules."
    )
    assert seen(text, EMPTY) == [
        ("Federal Constitutional Court", "paraphrase", "the legislature had ignored the budget rules")
    ]


def test_the_group_is_the_body_labelling_the_line():
    text = 'Reactions:\n\n- Amnesty International: the law "criminalises dissent", the group said.\n'
    assert speakers(text, EMPTY) == ["Amnesty International", "Amnesty International"]


def test_a_label_with_an_apposed_role_names_the_person():
    text = 'Reactions:\n\n- Petra Lind, the Nordic Council president: "A good day for the region."\n'
    assert seen(text, EMPTY) == [("Petra Lind", "direct_quote", "A good day for the region.")]


def test_a_body_of_the_eu_is_not_the_eu():
    text = 'A spokesperson for the Court of Auditors of the EU said the report would be "published in full".'
    assert set(speakers(text)) == {"Court of Auditors of the EU"}
    assert set(speakers(text, EMPTY)) == {"Court of Auditors of the EU"}


def test_a_minister_by_portfolio_introduces_the_name_apposed_to_him():
    text = (
        "The Minister of Trade and Industry, Mr Themba Khoza, today met investors.\n\n"
        "The Minister stressed that the new rules would cut delays, and underlined that exporters had been heard."
    )
    assert seen(text, EMPTY) == [
        ("Themba Khoza", "paraphrase", "the new rules would cut delays"),
        ("Themba Khoza", "paraphrase", "exporters had been heard"),
    ]


def test_a_party_named_in_title_case_before_leader_is_the_person_spoken_of():
    text = 'Opposition leader Rose Achieng spoke in Kisumu.\n\n"We are tired of promises," the Orange leader said.'
    assert speakers(text, EMPTY) == ["Rose Achieng"]


def test_a_surname_in_a_heading_is_the_full_name_given_below_it():
    text = (
        "Digest\n\nBarrow: the budget is 'fair'\n\n"
        'Finance Minister Clara Barrow said the budget was "fair to every region".\n'
    )
    assert "Barrow" not in speakers(text, EMPTY)
    assert set(speakers(text, EMPTY)) == {"Clara Barrow"}


def test_a_quote_in_a_live_pages_post_heading_is_the_named_speakers():
    text = (
        'Live updates, 20 November\n\n18:20\nFidan: talks "on the right track"\n\n'
        'Turkish Foreign Minister Hakan Fidan told reporters in Ankara that the talks were "on the right track, step '
        'by step".\n'
    )
    assert ("Hakan Fidan", "direct_quote", "on the right track") in seen(text)


def test_the_arabic_article_spelt_al_finds_the_actor_spelt_el():
    text = 'Egyptian President Abdel Fattah al-Sisi said the crossing would reopen "within days".'
    assert {c.speaker_slug for c in extract(text, DIRECTORY).candidates} == {"abdel-fattah-el-sisi"}


# --- transcripts ----------------------------------------------------------------------------------


def test_a_podcasts_timecodes_before_the_labels_make_a_transcript():
    text = (
        "Host Ana Ruiz talks to the Irish trade minister, Declan Moore.\n\n"
        "[00:00:10] ANA RUIZ: Minister, are the tariffs coming?\n\n"
        "[00:00:18] DECLAN MOORE: They are coming, and we are ready for them.\n\n"
        "[00:00:40] ANA RUIZ: Thank you for joining us.\n"
    )
    assert seen(text, EMPTY) == [("Declan Moore", "direct_quote", "They are coming, and we are ready for them.")]


def test_moderators_named_in_the_introduction_ask_and_stage_directions_say_nothing():
    text = (
        "A transcript of the debate between Ivo Petrov and Dana Kirova. The moderators were Lea Stone and Max Hill.\n\n"
        "STONE: Mr Petrov, will you raise taxes?\n\n"
        "PETROV: No. Not a single tax.\n\n"
        "[CROSSTALK]\n\n"
        "HILL: Ms Kirova, your answer.\n\n"
        "KIROVA: He said the same four years ago.\n"
    )
    assert seen(text, EMPTY) == [
        ("Ivo Petrov", "direct_quote", "No. Not a single tax."),
        ("Dana Kirova", "direct_quote", "He said the same four years ago."),
    ]


# --- clauses ----------------------------------------------------------------------------------------


def test_a_belief_relayed_by_a_spokesman_is_the_believers():
    text = "President Sisi believes the border must stay open to aid, his spokesman said on Tuesday."
    found = extract(text, DIRECTORY).candidates
    assert [(c.speaker, c.text) for c in found] == [("Abdel Fattah el-Sisi", "the border must stay open to aid")]


def test_the_believers_clause_inside_a_spokesmans_words_is_relayed():
    text = (
        "Presidential spokesman Omar Hamdy spoke after President Sisi met the envoy.\n\n"
        "The president also believed that the talks should resume in Cairo, Hamdy added."
    )
    found = [(c.speaker, c.text, c.relayed_by) for c in extract(text, DIRECTORY).candidates]
    assert found == [("Abdel Fattah el-Sisi", "the talks should resume in Cairo", "Omar Hamdy")]


def test_a_second_clause_after_a_wholly_quoted_first_is_read():
    text = 'The mayor, Ines Kral, replied that "nobody is leaving" and that the city was "ready for winter".'
    assert ("Ines Kral", "paraphrase", 'the city was "ready for winter"') in seen(text, EMPTY)


def test_a_speech_act_as_the_purpose_of_an_address_reports():
    text = "Chancellor Ida Berg used her speech to the Bundestag on Friday to argue that defence needed a new fund."
    assert seen(text, EMPTY) == [("Ida Berg", "paraphrase", "defence needed a new fund")]


def test_a_surname_given_in_full_before_opens_a_clause_before_a_colon():
    text = (
        'Prime Minister Jonas Holm spoke for twenty minutes.\n\nHolm closed with a line he often uses: "We carry '
        'what we can."'
    )
    assert ("Jonas Holm", "direct_quote", "We carry what we can.") in seen(text, EMPTY)


def test_in_its_judgment_the_court_said_is_the_courts_not_a_view():
    text = "The Supreme Court on Monday upheld the ban.\n\nIn its judgment, the court said the ban was proportionate."
    assert seen(text, EMPTY) == [("Supreme Court", "paraphrase", "the ban was proportionate")]


# --- dates ----------------------------------------------------------------------------------------


def test_a_recording_note_dates_the_transcript():
    text = (
        "Host Ana Ruiz talks to Declan Moore. Recorded on Tuesday 17 November.\n\n"
        "ANA RUIZ: Are the tariffs coming?\n\n"
        "DECLAN MOORE: They are coming.\n\n"
        "ANA RUIZ: Thank you.\n"
    )
    assert dates(text) == [("Declan Moore", "2026-11-17")]


def test_back_in_a_month_dates_the_verb_after_an_aside():
    text = (
        "Back in March 2022, a month after the invasion, Senator Ella Grant wrote on her blog that the debate was over."
    )
    assert dates(text) == [("Ella Grant", "2022-03")]


def test_a_month_after_the_hearers_dates_what_they_were_told():
    text = "The envoy, Rafael Soto, told leaders in September that nine members had pledged troops."
    assert dates(text) == [("Rafael Soto", "2026-09")]


def test_he_in_an_answer_is_the_person_the_question_asked_about_not_one_named_earlier():
    text = (
        "A briefing by spokesman Tom Lane.\n\n"
        'QUESTION: President Maduro said on Monday that the deployment was "a threat". Your response?\n\n'
        "MR LANE: We do not comment on that.\n\n"
        "QUESTION: Did the Secretary set a deadline?\n\n"
        "MR LANE: No. He made clear that the offer stands until the parties are ready.\n"
    )
    assert "Nicolás Maduro" not in [speaker for speaker, kind, _ in seen(text) if kind == "paraphrase"]


def test_a_briefings_unlabelled_opening_in_the_first_person_is_the_one_person_answering():
    text = (
        "Briefing by Interior Ministry Spokeswoman Ilse Marquardt, Vara, November 19, 2026\n\n"
        "On the floods in the north\n\n"
        "We have sent two thousand rescuers to the northern provinces, and the evacuation of the valley towns is "
        "now complete.\n\n"
        "Answers to media questions:\n\n"
        "Question: Will the government declare an emergency?\n\n"
        "Ilse Marquardt: The decision rests with the cabinet, which meets tomorrow.\n\n"
        "Question: How many people are missing?\n\n"
        "Ilse Marquardt: Eleven, and the search continues.\n"
    )
    assert [(speaker, kind) for speaker, kind, _ in seen(text, EMPTY)] == [("Ilse Marquardt", "direct_quote")] * 3
    assert seen(text, EMPTY)[0][2].startswith("We have sent two thousand rescuers")


def test_a_briefings_highlights_about_someone_else_are_not_the_spokesmans_words():
    text = (
        "Noon briefing, 19 November 2026\n\n"
        "The following is a near-verbatim transcript of today's briefing by Anton Merel, Spokesman for the Council.\n\n"
        "FLOODS\n\n"
        "The President of the Council is saddened by the loss of life in the northern provinces and has sent his "
        "condolences to the families.\n\n"
        "Question: Will he visit the region?\n\n"
        "Spokesman: Not this week. He has spoken to the governors.\n\n"
        "Question: Any other travel?\n\n"
        "Spokesman: None to announce.\n"
    )
    assert [quoted for _, kind, quoted in seen(text, EMPTY) if kind == "direct_quote"] == [
        "Not this week. He has spoken to the governors.",
        "None to announce.",
    ]


# --- a spokesperson's readout ---------------------------------------------------------------------


def test_a_spokespersons_statement_in_the_third_person_is_narration_of_what_the_others_said():
    text = (
        "Chancellor spoke with President\n\n"
        "Government spokesperson Eva Lind issued the following statement:\n\n"
        "Federal Chancellor Karl Brandt spoke by telephone with the President of Moldova, Ion Rusu, this afternoon.\n\n"
        "The Federal Chancellor assured President Rusu that Germany would continue to support Moldova. "
        "Both agreed that the talks must go on.\n"
    )
    assert seen(text, EMPTY) == [
        ("Karl Brandt", "paraphrase", "Germany would continue to support Moldova"),
        ("Karl Brandt and Ion Rusu", "paraphrase", "the talks must go on"),
    ]


def test_the_title_as_the_article_writes_it_finds_the_person_the_directory_titles_otherwise():
    directory = Directory(
        actors=[
            ActorEntry("Karl Brandt", "karl-brandt", "person", "Chancellor of Germany", "DE", ("Brandt",)),
            ActorEntry("Ion Rusu", "ion-rusu", "person", "President of Moldova", "MD", ("Rusu",)),
        ],
    )
    text = (
        "Call\n\n"
        "Federal Chancellor Brandt spoke by telephone with President Rusu on Monday. President Rusu informed the "
        "Federal Chancellor about the attacks. The Federal Chancellor said that Germany would send more aid.\n"
    )
    assert seen(text, directory) == [("Karl Brandt", "paraphrase", "Germany would send more aid")]


# --- a verbatim report's turns and a press conference's labels (batch 20) -------------------------


def test_a_verbatim_reports_turns_closed_by_a_full_stop_and_a_dash_are_the_named_speakers_words():
    text = (
        "Fisheries agreement (debate)\n\n"
        "President. – The next item is the debate on the fisheries agreement.\n\n"
        "Karin Holm, Member of the Commission. – Madam President, the agreement protects our fleets and the stocks.\n\n"
        "Jonas Weber, on behalf of the Green Group. – Madam President, this agreement empties the sea.\n\n"
        "Paula Reis (EPP), blue-card question. – Mr Weber, do you want our fleets to stay in port?\n\n"
        "Jonas Weber (Greens), blue-card answer. – No, I want them to have fish to catch next year.\n"
    )
    assert [(speaker, text[:20]) for speaker, kind, text in seen(text, EMPTY) if speaker != "President"] == [
        ("Karin Holm", "Madam President, the"),
        ("Jonas Weber", "Madam President, thi"),
        ("Paula Reis", "Mr Weber, do you wan"),
        ("Jonas Weber", "No, I want them to h"),
    ]


def test_a_long_stage_direction_in_brackets_between_turns_is_no_ones_words():
    text = (
        "Fisheries agreement (debate)\n\n"
        "Karin Holm, Member of the Commission. – Madam President, the agreement protects our fleets and the stocks.\n\n"
        "Jonas Weber, on behalf of the Green Group. – Madam President, this agreement empties the sea.\n\n"
        "(The speaker agreed to take a blue-card question from a member)\n\n"
        "Paula Reis (EPP), blue-card question. – Mr Weber, do you want our fleets to stay in port?\n\n"
        "Jonas Weber (Greens), blue-card answer. – No, I want them to have fish to catch next year.\n"
    )
    assert not [found for found in seen(text, EMPTY) if "blue-card" in found[2]]


def test_a_label_with_a_role_in_ordinary_case_on_its_own_line_opens_a_turn_of_several_paragraphs():
    text = (
        "Minister's press conference\n\n"
        "Jane Dorsey, Minister of Finance and Planning:\n\n"
        "It has been an honour to host the ministers here this week for our talks.\n\n"
        "Question (Daily Post): Minister, will the budget be cut?\n\n"
        "Minister Dorsey: No. The budget will grow next year, as it did this year.\n"
    )
    assert seen(text, EMPTY) == [
        ("Jane Dorsey", "direct_quote", "It has been an honour to host the ministers here this week for our talks."),
        ("Jane Dorsey", "direct_quote", "No. The budget will grow next year, as it did this year."),
    ]


def test_a_greeting_opening_a_turn_of_several_paragraphs_is_not_a_statement():
    text = (
        "Minister's press conference\n\n"
        "JANE DORSEY:\n\n"
        "Good morning, and welcome to the ministry.\n\n"
        "We have agreed a budget that will protect the poorest households.\n\n"
        "QUESTION: Will taxes rise?\n\n"
        "JANE DORSEY: They will not rise this year.\n"
    )
    assert [text for _, _, text in seen(text, EMPTY)] == [
        "We have agreed a budget that will protect the poorest households.",
        "They will not rise this year.",
    ]


# --- a ministry's regular press conference ---------------------------------------------------------


def test_bare_answer_labels_are_the_spokesperson_the_introduction_names_and_her_announcement_is_hers():
    text = (
        "Regular press conference of the Foreign Ministry, 19 November 2026\n\n"
        "On the afternoon of 19 November, the Foreign Ministry held its regular press conference, chaired by "
        "Spokesperson Ilse Marquardt. The following are the Spokesperson's remarks and her answers to questions.\n\n"
        "The President of Norland will pay a state visit to Vara from 2 to 4 December.\n\n"
        "Question (Reuters): Will the two sides sign the fisheries accord?\n\n"
        "Answer: The accord is ready. As Deputy Foreign Minister Karl Brandt told the Norlandic envoy yesterday, "
        "both sides hope to sign it during the visit.\n\n"
        "Question (AFP): Is there a date?\n\n"
        "Answer: We will announce it in due course.\n"
    )
    assert seen(text, EMPTY) == [
        (
            "Ilse Marquardt",
            "direct_quote",
            "The President of Norland will pay a state visit to Vara from 2 to 4 December.",
        ),
        (
            "Ilse Marquardt",
            "direct_quote",
            "The accord is ready. As Deputy Foreign Minister Karl Brandt told the Norlandic envoy yesterday, both "
            "sides hope to sign it during the visit.",
        ),
        ("Karl Brandt", "paraphrase", "both sides hope to sign it during the visit"),
        ("Ilse Marquardt", "direct_quote", "We will announce it in due course."),
    ]


def test_as_someone_told_a_hearer_opening_a_sentence_reports_the_words_after_the_comma():
    text = "Fisheries\n\nAs Karl Brandt told the envoy on Monday, the two sides hope to sign the accord soon.\n"
    assert seen(text, EMPTY) == [("Karl Brandt", "paraphrase", "the two sides hope to sign the accord soon")]


def test_and_said_after_a_comma_closing_relayed_speech_is_the_relayers_statement():
    text = (
        "Accession\n\n"
        "Tomas Berg said the door remained open.\n\n"
        'He recalled that Prime Minister Karl Brandt had told parliament that the country would join "on its own '
        'terms," and said that no candidate had ever set its own terms.\n'
    )
    assert seen(text, EMPTY)[-1] == ("Tomas Berg", "paraphrase", "no candidate had ever set its own terms")
    assert ("Karl Brandt", "paraphrase", 'the country would join "on its own terms,"') in seen(text, EMPTY)


def test_a_month_and_year_between_the_verb_and_that_is_not_part_of_the_clause():
    text = "Reconstruction\n\nThe Vara Bank estimated in October 2025 that rebuilding would cost $216 billion.\n"
    assert seen(text, EMPTY) == [("Vara Bank", "paraphrase", "rebuilding would cost $216 billion")]


def test_the_company_told_a_hearer_after_a_clause_its_name_opens_is_that_company():
    text = (
        "Licence\n\n"
        "Norland Refining (NR) has received a licence to resume purchases, the company told the stock exchanges on "
        "Thursday, reopening a supply route shut since April.\n"
    )
    assert seen(text, EMPTY) == [
        ("Norland Refining", "paraphrase", "Norland Refining (NR) has received a licence to resume purchases")
    ]


def test_a_participle_after_a_when_clause_is_its_subjects_words_dated_by_the_day_before_when():
    text = (
        "Pipeline\n\n"
        "The pipeline had been idle since November 2, when the State Organization for Marketing of Salt stopped "
        "buying, saying the region had failed to deliver the volumes agreed.\n"
    )
    assert [(c.speaker, c.text, c.date_said) for c in extract(text, EMPTY, PUBLISHED).candidates] == [
        (
            "State Organization for Marketing of Salt",
            "the region had failed to deliver the volumes agreed",
            "2026-11-02",
        )
    ]


# --- the twenty-second unseen batch: a podcast's host and a clip inside a turn ------------------


def test_a_podcasts_host_named_by_talks_to_asks_and_a_clip_is_the_clipped_speakers():
    text = (
        "The Week Abroad: Can the dam deal hold?\n\n"
        "Podcast transcript | 12 March 2027\n\n"
        "Lena Fuchs talks to Omar Saleh, a fellow at the institute, and Mira Tanaka, an economist.\n\n"
        "Lena Fuchs: Hello and welcome. The dam has been closed for a year. Omar, what changed?\n\n"
        "Omar Saleh: The money ran out. Both sides need the water and the power.\n\n"
        "Lena Fuchs: Mira, what about the banks?\n\n"
        "Mira Tanaka: The banks want a signed treaty first. Listen to what the minister said in May.\n\n"
        "[Clip] Karl Brandt (voice of interpreter): We will sign when the river is shared fairly.\n\n"
        "Lena Fuchs: Thank you both.\n"
    )
    assert seen(text, EMPTY) == [
        ("Omar Saleh", "direct_quote", "The money ran out. Both sides need the water and the power."),
        (
            "Mira Tanaka",
            "direct_quote",
            "The banks want a signed treaty first. Listen to what the minister said in May.",
        ),
        ("Karl Brandt", "direct_quote", "We will sign when the river is shared fairly."),
    ]


# --- the twenty-second unseen batch: a committee report ------------------------------------------


def test_a_committee_reports_name_role_and_body_between_commas_is_the_person_dated_by_the_header():
    text = (
        "River Dam Phase II: delays\n\n"
        "Energy | Portfolio Committee | 4 March 2027\n\n"
        "Chairperson: Ms A Berg\n\n"
        "Briefing by the Authority\n\n"
        "Mr K Osei, Chief Executive Officer, RDA, said the first power had been moved to 2029.\n\n"
        "Ms L Dube, Chief Financial Officer, RDA, said the cost had risen by a fifth.\n"
    )
    assert [(c.speaker, c.date_said) for c in extract(text, EMPTY, datetime.date(2027, 3, 6)).candidates] == [
        ("K Osei", "2027-03-04"),
        ("L Dube", "2027-03-04"),
    ]


def test_a_portfolio_after_a_titles_colon_in_a_committee_report_is_not_the_name():
    text = (
        "Briefing by the Department\n\n"
        "Ms L Dube, Deputy Director-General: Power Stations, DOE, said the Department had ordered load-shedding "
        "plans. She noted that the reservoir stood at 40% on 2 March.\n"
    )
    assert speakers(text, EMPTY) == ["L Dube", "L Dube"]


def test_a_meeting_reports_sentence_of_reported_speech_after_said_is_the_same_speakers():
    text = (
        "River Dam Phase II: delays\n\n"
        "Energy | Portfolio Committee | 4 March 2027\n\n"
        "Mr K Osei, Chief Executive Officer, RDA, said the first power had been moved to 2029. The two turbines "
        "at the lower station had been damaged in a flood in 2026.\n"
    )
    assert seen(text, EMPTY) == [
        ("K Osei", "paraphrase", "the first power had been moved to 2029"),
        ("K Osei", "paraphrase", "The two turbines at the lower station had been damaged in a flood in 2026."),
    ]


def test_a_clip_is_dated_by_the_sentence_announcing_it_in_the_turn_before():
    text = (
        "The Week Abroad: Can the dam deal hold?\n\n"
        "Podcast transcript | 20 November 2026\n\n"
        "Lena Fuchs talks to Omar Saleh, a fellow at the institute. This episode was recorded on Wednesday 18 "
        "November.\n\n"
        "Lena Fuchs: Omar, what changed?\n\n"
        "Omar Saleh: The money ran out. Listen to what the minister told parliament in May.\n\n"
        "[Clip] Karl Brandt (voice of interpreter): We will sign when the river is shared fairly.\n\n"
        "Lena Fuchs: Thank you.\n"
    )
    assert dates(text)[-1] == ("Karl Brandt", "2026-05")


# --- a document printed in full ------------------------------------------------------------------


def test_a_press_release_printed_in_full_is_one_quote_by_the_body_it_speaks_of_without_its_frame():
    text = (
        "Arland condemns attack on mediators\n\n"
        "Ministry of Foreign Affairs | Republic of Arland\n\n"
        "PRESS RELEASE\n\n"
        "VELMA, 7 October 2027 — The Government of the Republic of Arland condemns the attack on the mediation team "
        "in Osk, in which two guards lost their lives.\n\n"
        "The Government extends its condolences to the families of the victims and calls on the authorities in Osk "
        "to bring the perpetrators to justice without delay.\n\n"
        "The Government reiterates that attacks against mediators may constitute serious violations of law.\n\n"
        "ISSUED BY THE MINISTRY OF FOREIGN AFFAIRS, VELMA\n\n"
        "###\n"
    )
    first = text.index("The Government of the Republic")
    last = text.index("violations of law.") + len("violations of law.")
    assert seen(text, EMPTY) == [("Government of the Republic of Arland", "direct_quote", text[first:last])]


def test_a_statement_under_a_ministrys_letterhead_is_one_quote_by_the_office_ending_at_its_closing_dateline():
    text = (
        "Arland rejects the accusations of its neighbour\n\n"
        "Republic of Arland\n"
        "Ministry of Foreign Affairs\n"
        "[Unofficial translation]\n\n"
        "The Republic of Arland rejects in the strongest terms the accusations made yesterday about its border "
        "posts and its fishing fleet.\n\n"
        "These accusations are part of a campaign that seeks to justify new measures against the people of Arland.\n\n"
        "Arland remains committed to dialogue on the basis of respect and to good neighbourliness.\n\n"
        "Velma, 21 April 2028\n\n"
        "Long live the free and sovereign homeland of all of us!\n"
    )
    first = text.index("The Republic of Arland")
    last = text.index("to good neighbourliness.") + len("to good neighbourliness.")
    assert seen(text, EMPTY) == [("Ministry of Foreign Affairs", "direct_quote", text[first:last])]


def test_a_release_in_its_own_voice_that_turns_into_a_readout_of_its_principal_is_one_quote_before_it():
    text = (
        "Rocket fire answered; Prime Minister meets commanders\n\n"
        "Prime Minister's Office\n"
        "Velma\n"
        "April 20, 2028\n\n"
        "Arland will not allow the militia to rebuild its positions along the river at any point.\n\n"
        "The rocket fired this morning from the hills is a grave violation of the truce, and Arland holds the "
        "militia fully responsible for it.\n\n"
        "Prime Minister Ana Ruiz held a security consultation this evening with the army chief and the heads of the "
        "security services.\n\n"
        'At the start of the consultation, Prime Minister Ruiz said: "They are testing us, and they will learn '
        'quickly that this is a mistake."\n'
    )
    found = seen(text, EMPTY)
    first = text.index("Arland will not")
    last = text.index("fully responsible for it.") + len("fully responsible for it.")
    assert found[0] == ("Prime Minister's Office", "direct_quote", text[first:last])
    assert [(speaker, kind) for speaker, kind, _ in found[1:]] == [("Ana Ruiz", "direct_quote")]


def test_an_offices_readout_under_its_letterhead_is_read_sentence_by_sentence_not_as_one_quote():
    text = (
        "The Secretary's meeting with the Foreign Minister of Osk\n\n"
        "Readout\n"
        "Office of the Spokesperson\n"
        "November 18, 2027\n\n"
        "Secretary of State Ana Ruiz met today with the Foreign Minister of Osk, Ivo Petrov, in Velma.\n\n"
        "Secretary Ruiz underscored that the ceasefire along the river must hold and that the militia must "
        "disarm.\n\n"
        "The Secretary and the Foreign Minister agreed to remain in close coordination in the coming weeks.\n"
    )
    assert ("Ana Ruiz", "paraphrase") in [(speaker, kind) for speaker, kind, _ in seen(text, EMPTY)]
    assert "direct_quote" not in [kind for _, kind, _ in seen(text, EMPTY)]


def test_a_speech_as_delivered_is_split_at_its_applause_without_the_greeting_and_the_thanks():
    text = (
        "Excerpts: the Prime Minister's address to the Assembly\n\n"
        "Government Information Service | Arland\n\n"
        "NEW YORK, September 24, 2027 — The following are excerpts of the address by Prime Minister Ana Ruiz to the "
        "General Assembly, as delivered.\n\n"
        "Thank you, Mr President.\n\n"
        "I come from a small country, and I stand here again to say that the rules of finance are failing the many.\n\n"
        "(Applause)\n\n"
        'My predecessor Ivo Petrov told this Assembly in 1986 that we would be "friends of all, satellites of none." '
        "We remain so, and we will work with anyone who works with us.\n\n"
        "I thank you.\n\n"
        "(Sustained applause)\n"
    )
    found = seen(text, EMPTY)
    assert [(speaker, kind) for speaker, kind, _ in found] == [
        ("Ana Ruiz", "direct_quote"),
        ("Ana Ruiz", "direct_quote"),
        ("Ivo Petrov", "paraphrase"),
        ("Ivo Petrov", "direct_quote"),
    ]
    assert found[0][2].startswith("I come from") and found[0][2].endswith("failing the many.")
    assert found[1][2].startswith("My predecessor") and found[1][2].endswith("works with us.")


def test_an_op_ed_is_its_bylined_writers_words_and_only_words_relayed_in_marks_are_anothers():
    text = (
        "Our two countries can write the rules of the sea together\n\n"
        "Opinion | Ana Ruiz | Velma, Thu, October 14, 2027\n\n"
        "When I first visited Velma as foreign minister, I was struck by how close our two countries are.\n\n"
        "This week I return for the annual meeting of our ministers. The rules that kept our region at peace are "
        "under pressure, and the fishing fleets report that stocks are falling.\n\n"
        'President Ivo Petrov has often said that for Osk "a thousand friends are too few." We agree, and we will '
        "be one of those friends.\n\n"
        "The writer is Foreign Minister of Arland.\n"
    )
    found = seen(text, EMPTY)
    assert [(speaker, kind) for speaker, kind, _ in found] == [
        ("Ana Ruiz", "direct_quote"),
        ("Ivo Petrov", "paraphrase"),
        ("Ivo Petrov", "direct_quote"),
    ]
    assert found[0][2].endswith("be one of those friends.")


def test_a_declaration_is_one_quote_for_each_section_by_the_authors_it_names():
    text = (
        "Velma Declaration of the Northern Forum Leaders\n\n"
        "Government Offices | News | 26 October 2027\n\n"
        "1. We, the Heads of State and Government of the Northern Forum (NF) participating nations, have met today "
        "in Velma to reaffirm our shared determination to keep the region secure.\n\n"
        "2. We reaffirm our unwavering support for the independence of our neighbours and our commitment to peace.\n\n"
        "Protecting undersea cables\n\n"
        "3. We condemn the repeated damage to undersea cables and pipelines, and we will hold those responsible to "
        "account.\n"
    )
    assert [(speaker, kind) for speaker, kind, _ in seen(text, EMPTY)] == [
        ("Heads of State and Government of the Northern Forum", "direct_quote"),
        ("Heads of State and Government of the Northern Forum", "direct_quote"),
    ]


def test_a_statement_a_story_prints_in_full_is_its_issuers_dated_by_the_introduction_up_to_the_story_again():
    text = (
        "Embassy objects to reception\n\n"
        "By Ana Ruiz\n\n"
        "VELMA — The embassy has objected to a reception held in Velma on Saturday.\n\n"
        "The statement, posted on the embassy's Facebook page on Sunday night, reads in full:\n\n"
        "The Embassy of the People's Republic of Osterland in Arland has noted that a reception was held in Velma, "
        "and that an official of the Arland Government attended the event.\n\n"
        "We urge the relevant side to abide by its commitments and to avoid sending wrong signals to the region.\n\n"
        "The post drew more than 400 comments within hours.\n"
    )
    found = [(c.speaker, c.kind, c.text, c.date_said) for c in extract(text, EMPTY, PUBLISHED).candidates]
    block = found[-1]
    assert block[:2] == ("Embassy of the People's Republic of Osterland in Arland", "direct_quote")
    assert block[2].startswith("The Embassy of") and block[2].endswith("wrong signals to the region.")
    assert block[3] == "2026-11-15"  # the Sunday before the Friday it was published


def test_a_story_of_what_a_body_did_is_not_a_document_printed_in_full():
    text = (
        "Council meets on the crisis\n\n"
        "The Council met on Monday to discuss the crisis in Osk.\n\n"
        "The following day, the Council approved a plan to send observers to the border region.\n\n"
        "The Council approved the plan after a long debate. The members of the Council agreed to meet again soon.\n\n"
        "The Council also approved new funds for the mission, which has struggled to pay its staff this year.\n"
    )
    assert seen(text, EMPTY) == []


def test_a_statement_titled_by_its_author_is_theirs_up_to_its_end_mark():
    text = (
        "Statement by the High Representative on behalf of the EU on the elections in Osk\n\n"
        "Brussels, 3 March 2027\n\n"
        "The European Union takes note of the announcement of the results of the elections held in Osk on "
        "1 March.\n\n"
        "The EU calls on all parties to resolve any dispute through peaceful and legal means.\n\n"
        "— ENDS —\n\n"
        "Press contacts: Ana Ruiz, Ivo Petrov.\n"
    )
    found = seen(text)
    assert [(speaker, kind) for speaker, kind, _ in found] == [("European Union", "direct_quote")]
    assert found[0][2].startswith("The European Union takes") and found[0][2].endswith("legal means.")


def test_words_a_document_relays_from_anothers_statement_are_theirs_dated_by_the_day_it_gives():
    directory = Directory(
        actors=[ActorEntry("European Commission", "european-commission", "organisation", "", "", ("Commission",))]
    )
    text = (
        "Arland condemns attack\n\n"
        "PRESS RELEASE\n\n"
        "The Government of Arland condemns the attack on the mediation team in Osk.\n\n"
        "Arland fully associates itself with the statement issued by the Regional Commission on 12 November, which "
        'described the attack as "a cowardly assault on the peace," and calls for calm.\n\n'
        "The Government of Arland remains committed to the mediation and to free elections in Osk.\n"
    )
    found = [(c.speaker, c.kind, c.text, c.date_said) for c in extract(text, directory, PUBLISHED).candidates]
    assert found[1:] == [("Regional Commission", "direct_quote", "a cowardly assault on the peace,", "2026-11-12")]
    assert found[0][:2] == ("Government of Arland", "direct_quote")


def test_an_op_ed_signed_by_a_byline_and_a_tagline_at_its_foot_is_the_writers():
    text = (
        "Why our ports must stay open\n\n"
        "By Ana Ruiz\n\n"
        "When I took office as foreign minister, I promised that our ports would stay open to every honest trader.\n\n"
        "That promise is now under pressure, and I want to explain what we will do to keep it in the months ahead.\n\n"
        "The writer is Foreign Minister of Arland.\n"
    )
    found = seen(text, EMPTY)
    assert [(speaker, kind) for speaker, kind, _ in found] == [("Ana Ruiz", "direct_quote")]
    assert found[0][2].startswith("When I took") and found[0][2].endswith("in the months ahead.")


def test_a_statement_from_its_author_and_a_news_release_line_mark_a_document_in_full():
    statement = (
        "Statement from President Ana Ruiz on the floods in the north\n\n"
        "I am deeply saddened by the loss of life in the floods that struck the northern provinces this week.\n\n"
        "I have asked every ministry to send help at once, and I will visit the region on Sunday.\n"
    )
    assert [(speaker, kind) for speaker, kind, _ in seen(statement, EMPTY)] == [("Ana Ruiz", "direct_quote")]
    release = (
        "Arland welcomes the ceasefire\n\n"
        "NEWS RELEASE\n\n"
        "The Government of Arland welcomes the ceasefire agreed in Osk and commends the mediators for their work.\n\n"
        "The Government of Arland calls on both parties to respect the agreement in full and to free all detainees.\n"
    )
    assert [(speaker, kind) for speaker, kind, _ in seen(release, EMPTY)] == [("Government of Arland", "direct_quote")]


def test_an_open_letter_ends_at_its_closing_regards_before_the_signatures():
    text = (
        "Open letter to the summit\n\n"
        "The following open letter, signed by the mayors of ten coastal cities, was released today.\n\n"
        "Dear leaders,\n\n"
        "We write to you as mayors of cities that the sea will reach first, and we ask you to act this year.\n\n"
        "Our residents cannot wait for another summit, and neither can the harbours that feed them.\n\n"
        "Kind regards,\n\n"
        "Ana Ruiz, Mayor of Velma, on behalf of the mayors.\n"
    )
    found = seen(text, EMPTY)
    assert [(speaker, kind) for speaker, kind, _ in found] == [("mayors of ten coastal cities", "direct_quote")]
    assert found[0][2].startswith("We write") and found[0][2].endswith("the harbours that feed them.")


def test_a_heading_in_capitals_splits_a_document_and_the_issuers_foot_ends_it():
    text = (
        "Velma Declaration of the Coastal States\n\n"
        "1. We, the Heads of Government of the Coastal States, have met today in Velma to agree on common action.\n\n"
        "MARITIME SECURITY\n\n"
        "2. We condemn the damage done to undersea cables this year, and we will hold those responsible to account.\n\n"
        "MINISTRY OF FOREIGN AFFAIRS\n\n"
        "Velma, 3 March 2027. All rights reserved, and no part of this page may be copied.\n"
    )
    found = seen(text, EMPTY)
    assert [(speaker, kind) for speaker, kind, _ in found] == [
        ("Heads of Government of the Coastal States", "direct_quote"),
        ("Heads of Government of the Coastal States", "direct_quote"),
    ]
    assert found[1][2].startswith("2. We condemn") and found[1][2].endswith("to account.")


def test_a_communiques_the_ministers_are_the_ones_its_title_names_with_their_countries():
    text = (
        "Joint Communiqué following the meeting of the Foreign Ministers of the Kingdom of Arland and the Republic "
        "of Osk\n\n"
        "Ministry of Foreign Affairs | Press release | No: 12/27\n\n"
        "1. The Ministers reaffirmed the long friendship between Arland and Osk, founded on a shared commitment to "
        "international law.\n\n"
        "2. The Ministers agreed to hold the next meeting of the Joint Commission in Osk in the spring of 2028.\n"
    )
    assert [(speaker, kind) for speaker, kind, _ in seen(text, EMPTY)] == [
        ("Foreign Ministers of Arland and Osk", "direct_quote")
    ]


def test_a_columnists_page_marked_opinion_alone_is_not_the_governments_document():
    text = (
        "Why the budget fails the north\n\n"
        "Opinion\n\n"
        "The Government has promised a new deal for the northern provinces every year since the last election.\n\n"
        "The Government has also cut the money for roads and schools there, and the region has noticed it.\n"
    )
    assert [kind for _, kind, _ in seen(text, EMPTY)] == []


def test_a_document_a_story_introduces_ends_where_the_reporter_tells_the_story_again():
    text = (
        "Arland protests\n\n"
        "The following statement was issued today by the Government of Arland:\n\n"
        "The Government of Arland protests against the closure of the border crossing at Osk this morning.\n\n"
        "The Government of Arland calls for the crossing to be reopened at once to trucks carrying food.\n\n"
        "Traders at the crossing said the queue of trucks was already ten kilometres long by the afternoon.\n"
    )
    found = seen(text, EMPTY)
    assert [(speaker, kind) for speaker, kind, _ in found][:1] == [("Government of Arland", "direct_quote")]
    assert found[0][2].endswith("carrying food.")


def test_a_leader_a_document_names_by_title_and_one_name_is_heard_in_it():
    text = (
        "Our two countries and the sea\n\n"
        "Opinion | Ana Ruiz | Velma, Thu, October 14, 2027\n\n"
        "When I first visited Osk as foreign minister, I was struck by how close our two countries are.\n\n"
        'President Petrov has often said that for Osk "a thousand friends are too few." We agree, and we will be '
        "one of those friends.\n"
    )
    assert [(speaker, kind) for speaker, kind, _ in seen(text, EMPTY)] == [
        ("Ana Ruiz", "direct_quote"),
        ("Petrov", "paraphrase"),
        ("Petrov", "direct_quote"),
    ]


def test_an_applause_mark_closing_a_paragraph_ends_a_passage_of_the_speech():
    text = (
        "Excerpts: the Prime Minister's address\n\n"
        "The following are excerpts of the address by Prime Minister Ana Ruiz to the Assembly, as delivered.\n\n"
        "I come from a small country, and I say again that the rules of finance are failing the many. (Applause)\n\n"
        "So let me be specific, because this Assembly has had enough of promises that are never kept.\n"
    )
    found = seen(text, EMPTY)
    assert [(speaker, kind) for speaker, kind, _ in found] == [
        ("Ana Ruiz", "direct_quote"),
        ("Ana Ruiz", "direct_quote"),
    ]
    assert found[0][2].endswith("failing the many.")


def test_a_time_of_day_ends_its_sentence_before_a_new_subject():
    text = (
        "Patrols\n\nAccording to the Ministry of Fisheries, 12 boats were seen between 5 a.m. and 9 a.m. "
        "The ministry said "
        'it had "sent two cutters" to the area.\n'
    )
    assert ("Ministry of Fisheries", "direct_quote", "sent two cutters") in seen(text, EMPTY)


# --- the sixty-first unseen batch: transcript labels, moderators, an event's day ----------------------------


def test_a_briefings_q_and_r_dash_turns_are_the_spokesperson_the_introduction_names_after_the_ministry():
    text = (
        "Excerpts from the daily press briefing\n\n"
        "The following are excerpts from the briefing given on Friday by the Spokesperson of the Ministry of "
        "Foreign Affairs, Lena Varga.\n\n"
        'Q - President Maduro said on Monday that the talks were "a trap". How do you respond?\n\n'
        "R - We do not see a trap anywhere. We see a table, and we intend to sit at it.\n\n"
        "Q - Will the minister travel to Caracas?\n\n"
        "R - I have nothing to announce on that today.\n"
    )
    found = seen(text)
    assert (
        "Lena Varga",
        "direct_quote",
        "We do not see a trap anywhere. We see a table, and we intend to sit at it.",
    ) in found
    assert ("Lena Varga", "direct_quote", "I have nothing to announce on that today.") in found
    assert ("Nicolás Maduro", "direct_quote", "a trap") in found
    assert not [speaker for speaker, _, text in found if text.startswith(("President Maduro", "Will the minister"))]


def test_a_moderator_the_speakers_list_names_after_her_post_asks_under_an_honorific_label():
    text = (
        "A Conversation with Foreign Minister Ivo Petrov\n\n"
        "Speakers: Ivo Petrov, Minister of Foreign Affairs; Nora Quill, Senior Fellow, Atlantic Forum (moderator)\n\n"
        "NORA QUILL: Good morning, and welcome. We are glad to have the minister with us today.\n\n"
        "FOREIGN MINISTER IVO PETROV: Thank you, Nora.\n\n"
        "MS. QUILL: Will the ceasefire hold through the winter?\n\n"
        "MINISTER PETROV: It will hold if both sides keep their word, and we will hold them to it.\n\n"
        "MS. QUILL: Minister, thank you very much.\n"
    )
    found = seen(text, EMPTY)
    assert (
        "Ivo Petrov",
        "direct_quote",
        "It will hold if both sides keep their word, and we will hold them to it.",
    ) in found
    assert [speaker for speaker, _, _ in found if speaker != "Ivo Petrov"] == []


def test_a_presider_the_speakers_list_names_after_his_role_asks_and_thanks_and_is_quoted_nowhere():
    # batch 63: "Presider: Name, Title" (the role first, as a list entry) marks who welcomes, asks and thanks
    text = (
        "A Conversation With Trade Minister Ivo Petrov\n\n"
        "Atlantic Forum\n"
        "Speaker: Ivo Petrov, Minister of Trade. Presider: Karl Osgood, Senior Fellow for Trade, Atlantic Forum\n\n"
        "OSGOOD: Welcome to this morning's meeting. Minister, we are glad to have you with us.\n\n"
        "PETROV: Thank you, Karl. It is a pleasure to be here.\n\n"
        "OSGOOD: Let me begin with the tariffs. The talks stalled last week. Where do they stand now?\n\n"
        "PETROV: They have not stalled. We meet again in March, and we will bring new offers.\n\n"
        "OSGOOD: On that note, please join me in thanking Minister Petrov.\n"
    )
    found = seen(text, EMPTY)
    assert (
        "Ivo Petrov",
        "direct_quote",
        "They have not stalled. We meet again in March, and we will bring new offers.",
    ) in found
    assert [text for speaker, _, text in found if "Osgood" in speaker or "OSGOOD" in speaker] == []


def test_a_podcast_host_the_header_lists_before_his_guests_asks_under_his_first_name():
    # batch 73: "Host: Name. Guests: …" in the header, then the host and guests labelled by first name only
    text = (
        "Trade Talk: Will the tariffs stay?\n\n"
        "Trade Talk, Atlantic Forum\n"
        "Host: Karl Osgood. Guests: Ivo Petrov, trade economist; Nora Quill, shipping analyst\n\n"
        "Karl Osgood: Welcome to Trade Talk. I'm Karl Osgood, and today we ask whether the tariffs will stay.\n\n"
        "Ivo: Thanks for having me.\n\n"
        "Karl: Ivo, the ministry said the tariffs were temporary. That sounds hopeful.\n\n"
        "Ivo: Temporary tariffs have a way of lasting a decade. I expect these to outlive the government.\n\n"
        "Karl: Nora, do the shippers agree?\n\n"
        "Nora: They do. Nobody is booking new routes on the promise of a review next spring.\n\n"
        "Karl: That's very clear. Thank you both.\n"
    )
    found = seen(text, EMPTY)
    assert [text for speaker, _, text in found if "Karl" in speaker or "Osgood" in speaker] == []
    assert any(text.startswith("Temporary tariffs") for _, _, text in found)


def test_whoever_opens_a_transcript_with_a_welcome_and_asks_presides_without_a_speakers_list():
    # batch 63: no list names the presider; his first turn welcomes, his later ones ask and thank
    text = (
        "A Conversation on Trade\n\n"
        "Atlantic Forum\n\n"
        "OSGOOD: Good morning, everyone, and welcome to the Forum. Minister, we are glad to have you with us.\n\n"
        "PETROV: Thank you, Karl. It is a pleasure to be here.\n\n"
        "OSGOOD: Let me begin with the tariffs. The talks stalled last week. Where do they stand now?\n\n"
        "PETROV: They have not stalled. We meet again in March, and we will bring new offers.\n\n"
        "OSGOOD: On that note, please join me in thanking Minister Petrov.\n"
    )
    found = seen(text, EMPTY)
    assert (
        "Petrov",
        "direct_quote",
        "They have not stalled. We meet again in March, and we will bring new offers.",
    ) in found
    assert [speaker for speaker, _, _ in found if speaker != "Petrov"] == []


def test_an_event_transcripts_header_line_dates_the_turns_by_the_event_not_the_posting():
    text = (
        "A Conversation with Minister Ivo Petrov\n\n"
        "Atlantic Forum\nEvent transcript: Wednesday, November 18, 2026\nPosted November 20, 2026\n\n"
        "HOST: Will the ceasefire hold?\n\n"
        "IVO PETROV: It will hold if both sides keep their word.\n\n"
        "HOST: Thank you.\n"
    )
    assert dates(text) == [("Ivo Petrov", "2026-11-18")]


def test_an_event_held_line_or_a_day_before_its_posting_dates_the_turns_by_the_event():
    turns = (
        "HOST: Will the ceasefire hold?\n\n"
        "IVO PETROV: It will hold if both sides keep their word.\n\n"
        "HOST: Thank you.\n"
    )
    held = (
        "A Conversation\n\nAtlantic Forum\n"
        "Event held Tuesday, November 17, 2026; transcript published November 19, 2026\n\n"
    )
    posted = (
        "A Conversation\n\nAtlantic Forum, Oslo\nTuesday, November 17, 2026 (transcript posted November 19, 2026)\n\n"
    )
    assert dates(held + turns) == [("Ivo Petrov", "2026-11-17")]
    assert dates(posted + turns) == [("Ivo Petrov", "2026-11-17")]


def test_featuring_in_an_event_header_is_not_the_guests_given_name():
    text = (
        "A Conversation With the Minister\n\n"
        "Featuring Ivo Petrov, Minister of Trade (remarks through an interpreter). Moderated by Ana Ruiz\n\n"
        "Ana Ruiz: Good afternoon. Minister, welcome. Will the tariffs stay?\n\n"
        "Minister Petrov (through interpreter): They will stay until the spring.\n\n"
        "Ana Ruiz: And after that?\n\n"
        "Minister Petrov (through interpreter): We will review them with our partners.\n"
    )
    assert speakers(text, EMPTY) == ["Ivo Petrov", "Ivo Petrov"]


def test_a_body_with_a_long_name_and_its_acronym_opens_a_clause_before_a_postposed_spokesman():
    text = (
        "Drone downed\n\n"
        "KATHUA, Nov 19: The Sashastra Seema Bal (SSB) brought down a drone carrying rifles near the river, an SSB "
        "spokesman said here today."
    )
    assert seen(text, EMPTY) == [
        ("SSB", "paraphrase", "The Sashastra Seema Bal (SSB) brought down a drone carrying rifles near the river")
    ]


def test_a_release_that_quotes_its_minister_with_stated_is_read_sentence_by_sentence():
    text = (
        "Statement of the Ministry of Foreign Affairs of the Republic of Osk on the loss of two fishermen\n\n"
        "Ministry of Foreign Affairs of the Republic of Osk\n"
        "Press Service, 12.03.2027\n\n"
        "The Ministry of Foreign Affairs of the Republic of Osk regrets the loss of two fishermen off the coast "
        "of Varna.\n\n"
        "Two fishermen were lost at sea, according to the Embassy of the Republic of Osk in Velma.\n\n"
        '"Our fishermen work on boats all over the world, and we will defend their rights wherever they are," '
        "the Minister stated after the call.\n\n"
        "The Ministry calls on all parties to respect the law of the sea and the safety of fishing boats.\n"
    )
    found = seen(text, EMPTY)
    assert ("Embassy of the Republic of Osk in Velma", "paraphrase", "Two fishermen were lost at sea") in found
    assert not any(text.startswith("The Ministry of Foreign Affairs") for _, _, text in found)


def test_a_states_long_name_with_of_opens_a_clause_before_a_postposed_attribution():
    text = (
        "The Ministry of Foreign Affairs of Osk regrets the loss of two fishermen off the coast of Varna today.\n\n"
        "The Republic of Osk reaffirms its position in favour of resolving the dispute by peaceful means, the "
        "Ministry stressed.\n"
    )
    assert seen(text, EMPTY) == [
        (
            "Ministry of Foreign Affairs of Osk",
            "paraphrase",
            "The Republic of Osk reaffirms its position in favour of resolving the dispute by peaceful means",
        )
    ]


def test_a_day_opening_a_sentence_is_not_a_person_the_minister_after_it_stands_for():
    text = (
        "Minister receives the Ambassador of Velma\n\n"
        "This Monday, the Minister of Foreign Affairs received the Ambassador of Velma at the ministry in the "
        "capital.\n\n"
        "Osk supports a two-State solution with its neighbours, the Minister stated after the meeting.\n"
    )
    assert "This Monday" not in speakers(text, EMPTY)


def test_a_releases_the_ministry_is_its_own_not_another_countrys_ministry_named_in_passing():
    text = (
        "The Ministry of Foreign Affairs of Osk regrets the loss of two fishermen off the coast of Varna today.\n\n"
        "Earlier, the Russian Ministry of Defence claimed that its ships had hit a depot near Varna.\n\n"
        "The Ministry states that the Embassy is in constant contact with the port authorities.\n"
    )
    defence = ActorEntry(
        "Ministry of Defence of Russia",
        "russia-defence-ministry",
        "government",
        "",
        "RU",
        ("Russian Ministry of Defence",),
    )
    found = seen(text, Directory(actors=[defence]))
    assert (
        "Ministry of Foreign Affairs of Osk",
        "paraphrase",
        "the Embassy is in constant contact with the port authorities",
    ) in found


def test_the_ministry_keeps_the_state_style_its_letterhead_gives_it():
    body = (
        "The Ministry of Foreign Affairs of the Republic of Osk regrets the loss of two fishermen off the coast of "
        "Varna today.\n\n"
        "The Ministry states that the Embassy is in constant contact with the port authorities.\n\n"
        '"Our fishermen work on boats all over the world, and we will defend them," the Minister stated.\n\n'
        "The Ministry calls on all parties to respect the law of the sea and the safety of fishing boats.\n"
    )
    headed = "Statement on the fishermen\n\nMinistry of Foreign Affairs of the Republic of Osk\nPress Service\n\n"
    assert "Ministry of Foreign Affairs of the Republic of Osk" in speakers(headed + body, EMPTY)
    assert "Ministry of Foreign Affairs of Osk" in speakers(body, EMPTY)
