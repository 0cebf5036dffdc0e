"""Statement extraction on the habits of other presses (the fifth unseen batch's miss classes): roles named by
periphrasis or party, names in another order or after a post, speakers introduced in relative or copular clauses,
delegations and blocs, quoted requests, and the date cues of translated copy. Invented sentences, one per rule."""

import datetime

import pytest

from tracker.extraction import ActorEntry, Directory, extract

pytestmark = pytest.mark.filterwarnings("error")

DIRECTORY = Directory(
    actors=[
        ActorEntry("Luiz Inácio Lula da Silva", "lula", "person", "President of Brazil", "BR", ("Lula",)),
        ActorEntry("Fumio Kishida", "fumio-kishida", "person", "Prime Minister of Japan", "JP"),
        ActorEntry("Marco Rubio", "marco-rubio", "person", "Secretary of State of the United States", "US"),
        ActorEntry("Kirill Dmitriev", "kirill-dmitriev", "person", "Special Envoy of the President of Russia", "RU"),
    ],
)
PUBLISHED = datetime.date(2026, 7, 10)  # a Friday


def seen(text):
    """(speaker, kind, text) of every candidate, as the review table shows them."""
    return [(c.speaker, c.kind, c.text) for c in extract(text, DIRECTORY).candidates]


def speakers(text):
    return [c.speaker for c in extract(text, DIRECTORY).candidates]


def dates(text, published=PUBLISHED):
    """(speaker, date said) of every candidate."""
    return [(c.speaker, c.date_said) for c in extract(text, DIRECTORY, published).candidates]


# --- roles ----------------------------------------------------------------------------------------


def test_the_head_of_state_is_the_president_who_spoke_not_the_one_he_named():
    text = (
        "President Lula said on Monday that he had called the Argentine leader, President Javier Milei.\n\n"
        '"We agreed to disagree," the head of state told reporters.'
    )
    assert speakers(text) == ["Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva"]


def test_the_head_of_a_countrys_diplomacy_is_its_foreign_minister():
    text = (
        "Foreign Minister Mauro Vieira said the talks would continue in August. "
        'The head of Brazilian diplomacy accused the mining lobby of "lying to the public".'
    )
    assert speakers(text) == ["Mauro Vieira", "Mauro Vieira"]


def test_the_party_politician_is_the_person_the_article_is_about():
    text = (
        "Finance Minister Lars Klingbeil presented the budget in Berlin. "
        '"This is a budget for security," the SPD politician said.'
    )
    assert seen(text) == [("Lars Klingbeil", "direct_quote", "This is a budget for security,")]


def test_a_title_between_commas_before_a_name_serves_a_later_role():
    text = (
        "The statement was read by the Secretary General of the Pacific Forum, Henry Puna, after the meeting. "
        'Mr Puna said the ocean was rising. "The ocean is our home," the Forum secretary said.'
    )
    assert speakers(text) == ["Henry Puna", "Henry Puna"]


# --- names ----------------------------------------------------------------------------------------


def test_a_name_written_family_name_first_is_the_directorys_actor():
    assert speakers("Prime Minister Kishida Fumio said Japan would lodge a protest.") == ["Fumio Kishida"]


def test_a_surname_transliterated_another_way_is_the_directorys_actor():
    assert speakers("Dmitriyev said the talks in Miami had been useful.") == ["Kirill Dmitriev"]


def test_an_envoy_of_the_president_is_not_the_president():
    text = "Lula met Kirill Dmitriev. Dmitriev said the talks were useful. The President said Brazil would help."
    assert speakers(text) == ["Kirill Dmitriev", "Luiz Inácio Lula da Silva"]


def test_an_ambassadors_post_before_the_name_is_not_part_of_it():
    text = "Brazil's Ambassador to Beijing Marcos Galvão told Xinhua News Agency (XNA) that trade would grow."
    assert seen(text) == [("Marcos Galvão", "paraphrase", "trade would grow")]


def test_the_elder_bearer_of_a_surname_is_the_relative_the_article_named():
    text = (
        "His brother, Pedro Rubio, a retired teacher, smiles at the question. "
        '"Marco never lost an argument," he says. The elder Rubio says he warned him about politics.'
    )
    assert speakers(text) == ["Pedro Rubio", "Pedro Rubio"]


def test_a_place_opening_a_sentence_is_never_the_antecedent_of_a_pronoun():
    text = "Rubio arrived on Monday. In Brussels the tone has changed. He says that Europe must act."
    assert seen(text) == [("Marco Rubio", "paraphrase", "Europe must act")]


def test_a_name_after_an_abbreviation_inside_a_clause_is_not_the_antecedent_of_he():
    text = (
        "Rubio said Washington had set no date for talks between Lula and U.S. President Donald Trump. "
        "However, he said Lula was willing to travel."
    )
    assert speakers(text) == ["Marco Rubio", "Marco Rubio"]


def test_a_headlines_bare_plural_is_the_body_speaker_whose_name_holds_it():
    text = (
        "Growers say they are 'out of patience'\n\n"
        "The Coffee Growers Federation said on Monday that prices had collapsed."
    )
    assert set(speakers(text)) == {"Coffee Growers Federation"}


def test_sentences_glued_without_a_space_are_still_two():
    assert seen("Lula said the talks had failed.He said Brazil would try again in May.") == [
        ("Luiz Inácio Lula da Silva", "paraphrase", "the talks had failed"),
        ("Luiz Inácio Lula da Silva", "paraphrase", "Brazil would try again in May"),
    ]


# --- relative and copular clauses ----------------------------------------------------------------


def test_a_relative_clause_after_an_appositive_title_belongs_to_the_name():
    text = (
        "Also speaking was Amina Diallo, Special Representative for the Sahel, who said that the elections had "
        "been postponed. She urged donors to keep funding schools."
    )
    assert seen(text) == [
        ("Amina Diallo", "paraphrase", "the elections had been postponed"),
        ("Amina Diallo", "paraphrase", "to keep funding schools"),
    ]


def test_a_long_relative_clause_between_name_and_verb_keeps_the_name():
    text = (
        "Samir Haddad, whose village was shelled twice in March and whose son is still missing, "
        "said the ceasefire had changed nothing."
    )
    assert seen(text) == [("Samir Haddad", "paraphrase", "the ceasefire had changed nothing")]


def test_a_paragraph_ending_in_a_dash_and_its_speaker_is_an_unmarked_quote():
    text = (
        "Lula spoke to the press in Brasília.\n\n"
        "We will never accept a deal written without us. Our partners know this. – stated the head of state.\n\n"
        "The talks must go on, and Brazil will help them. – Lula emphasized."
    )
    assert seen(text) == [
        (
            "Luiz Inácio Lula da Silva",
            "direct_quote",
            "We will never accept a deal written without us. Our partners know this.",
        ),
        ("Luiz Inácio Lula da Silva", "direct_quote", "The talks must go on, and Brazil will help them."),
    ]


# --- delegations, blocs, requests ------------------------------------------------------------------


def test_a_delegation_named_by_its_country_speaks_for_the_country():
    text = "The representative of Mali said the mission must leave. Norway's delegate said aid must continue."
    assert speakers(text) == ["Mali", "Norway"]


def test_a_delegates_he_or_she_after_a_named_leader_is_still_the_delegation():
    text = (
        "The representative of Japan said the launch had been reckless. He recalled that Prime Minister Fumio "
        "Kishida had condemned it on Tuesday. Those who shielded the launch, he added, bore part of the blame."
    )
    assert [(speaker, words) for speaker, kind, words in seen(text) if kind == "paraphrase"] == [
        ("Japan", "the launch had been reckless"),
        ("Japan", "Prime Minister Fumio Kishida had condemned it on Tuesday"),
        ("Japan", "Those who shielded the launch"),
    ]


def test_a_blocs_members_speak_as_the_bloc_named_by_its_acronym():
    text = (
        "Foreign ministers of the Association of Southeast Asian Nations (ASEAN) on Friday urged both sides to "
        'exercise restraint. The regional ministers also voiced concern over "the militarisation of the sea".'
    )
    assert seen(text) == [
        ("ASEAN", "paraphrase", "to exercise restraint"),
        ("ASEAN", "direct_quote", "the militarisation of the sea"),
    ]


def test_a_request_whose_infinitive_is_quoted_is_a_paraphrase_and_a_quote():
    assert seen('Rubio urged Moscow to "stop the killing now."') == [
        ("Marco Rubio", "paraphrase", 'to "stop the killing now."'),
        ("Marco Rubio", "direct_quote", "stop the killing now."),
    ]


def test_a_clause_opening_with_but_before_its_attribution_is_reported_speech():
    assert seen("But Brazil wants a ceasefire before any talks, Lula said.") == [
        ("Luiz Inácio Lula da Silva", "paraphrase", "Brazil wants a ceasefire before any talks")
    ]


def test_said_this_or_it_before_a_preposition_is_an_object_not_a_clause():
    assert seen("Lula said this during a chat with journalists. He said it in Recife.") == []
    assert seen("Lula said this was a mistake.") == [("Luiz Inácio Lula da Silva", "paraphrase", "this was a mistake")]


def test_an_aside_between_the_verb_and_that_is_skipped():
    text = "Lula said on Sunday, after a mass in Recife, that Brazil would host the talks."
    assert seen(text) == [("Luiz Inácio Lula da Silva", "paraphrase", "Brazil would host the talks")]
    assert dates(text) == [("Luiz Inácio Lula da Silva", "2026-07-05")]


# --- when it was said -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "said_on"),
    [
        ("Rubio said after the cabinet meeting last Wednesday that talks would go on.", "2026-07-08"),
        ("Rubio, speaking to a public radio on Tuesday morning, said talks would go on.", "2026-07-07"),
        ('"Talks will go on," Rubio told me last month in Lisbon.', "2026-06"),
    ],
)
def test_date_cues_of_translated_and_magazine_copy(text, said_on):
    assert dates(text) == [("Marco Rubio", said_on)] or [date for _, date in dates(text)] == [said_on] * 2


def test_a_flashback_in_the_pluperfect_does_not_date_what_follows():
    text = (
        "Rubio said on Thursday that talks would go on.\n\n"
        "Lula had said on Monday that Brazil would mediate.\n\n"
        "Kishida, for his part, said Japan would help."
    )
    assert dates(text) == [
        ("Marco Rubio", "2026-07-09"),
        ("Luiz Inácio Lula da Silva", "2026-07-06"),
        ("Fumio Kishida", "2026-07-09"),
    ]


def test_questions_labelled_by_the_outlet_asking_do_not_date_the_answers():
    text = (
        "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference\n\n"
        "Kyodo: The Japanese side said yesterday that it would protest. What is your comment?\n\n"
        "Mao Ning: We have noted the remarks. Our position is consistent.\n\n"
        "Reuters: Will the minister travel to Europe this month?\n\n"
        "Mao Ning: I have no information to release."
    )
    assert dates(text) == [("Mao Ning", "2026-07-10"), ("Mao Ning", "2026-07-10")]


# --- the sixth batch's classes: shared names, titles glued to names, asides, relayed answers, month cues ----

KIN_DIRECTORY = Directory(
    actors=[
        ActorEntry("Kim Jong Un", "kim-jong-un", "person", "Supreme Leader of North Korea", "KP", ("Kim Jong-un",)),
        ActorEntry("Kim Yo Jong", "kim-yo-jong", "person", "Vice Department Director", "KP", ("Kim Yo-jong",)),
        ActorEntry("NATO", "nato", "organisation", "", "", ("the alliance",)),
    ],
)


def test_a_surname_two_people_share_is_the_one_who_has_been_speaking():
    text = (
        'Kim Yo-jong, the sister of leader Kim Jong-un, on Wednesday dismissed the offer as "a daydream." '
        '"We will never meet them," Kim said. She said talks were pointless.'
    )
    assert [c.speaker for c in extract(text, KIN_DIRECTORY).candidates] == ["Kim Yo Jong"] * 3


@pytest.mark.parametrize(
    "sentence",
    [
        "The opposition Armenia Alliance said it would hold a rally on Friday.",
        "The Alliance of Sahel States said it would hold a summit on Friday.",
    ],
)
def test_a_common_noun_alias_inside_another_bodys_name_is_not_that_actor(sentence):
    assert [c.speaker_slug for c in extract(sentence, KIN_DIRECTORY).candidates] == [None]
    assert [c.speaker for c in extract("The alliance said it would meet on Friday.", KIN_DIRECTORY).candidates] == [
        "NATO"
    ]


ADMINISTRATION_DIRECTORY = Directory(
    actors=[ActorEntry("Government of Norland", "norland", "government", "", "", ("the administration",))],
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Roofs were torn off two houses, according to the city military administration.",
        "The district administration said the school would reopen on Monday.",
        "The regional civil-military administration said the school would reopen on Monday.",
    ],
)
def test_a_lower_tiers_administration_is_not_the_directorys_administration(sentence):
    assert [c.speaker_slug for c in extract(sentence, ADMINISTRATION_DIRECTORY).candidates] == [None]
    said = extract("The administration said it would reply on Friday.", ADMINISTRATION_DIRECTORY).candidates
    assert [c.speaker for c in said] == ["Government of Norland"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The city council asked for help and the administration said on Friday that it would send water.",
        "After a week of talks with the town the administration said it would rebuild the bridge.",
    ],
)
def test_a_lower_tier_word_outside_the_bodys_noun_phrase_does_not_make_it_a_lower_tiers(sentence):
    assert [c.speaker_slug for c in extract(sentence, ADMINISTRATION_DIRECTORY).candidates] == ["norland"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Opposition MP Hana Dessie told the House that the war must end first.", "Hana Dessie"),
        ("The Department of Foreign Affairs (DFA) said it had lodged a protest.", "Department of Foreign Affairs"),
        ("Replying, the Armed Forces Minister, Al Ferris, insisted the money was new.", "Al Ferris"),
    ],
)
def test_titles_ranks_and_portfolios_are_not_part_of_a_name(sentence, speaker):
    assert speakers(sentence) == [speaker]


def test_a_rank_before_a_name_is_not_part_of_it_when_the_surname_comes_again():
    text = (
        '"This was deliberate," Coast Guard spokesperson for the West Philippine Sea Commodore Ana Reyes said. '
        "Reyes said two crew members were hurt."
    )
    assert speakers(text) == ["Ana Reyes", "Ana Reyes"]


def test_a_reflexive_after_a_name_and_a_hearer_before_a_colon_are_neither_speaker_nor_statement():
    text = (
        'Ilham Aliyev met envoys. Aliyev himself repeated the demand, telling a forum in Shusha: "The ball is theirs."'
    )
    assert seen(text) == [("Ilham Aliyev", "direct_quote", "The ball is theirs.")]


def test_a_headline_names_a_person_by_the_given_name_the_body_gives_in_full():
    text = "Abiy tells parliament Ethiopia will not go to war\n\nPrime Minister Abiy Ahmed said Ethiopia wanted a port."
    assert speakers(text) == ["Abiy Ahmed", "Abiy Ahmed"]


def test_a_named_person_opening_a_clause_that_ends_in_a_colon_speaks_the_quote():
    text = 'Kaja Kallas put it plainly to me last month: "We keep saying Europe must do more."'
    assert seen(text) == [("Kaja Kallas", "direct_quote", "We keep saying Europe must do more.")]
    assert dates(text) == [("Kaja Kallas", "2026-06")]


@pytest.mark.parametrize(
    ("named", "again", "speaker"),
    [
        ("Finance minister Ana Ruiz", "The minister", "Ana Ruiz"),
        ("Prince Faisal Rashid", "The prince", "Faisal Rashid"),
    ],
)
def test_a_title_with_the_opening_a_clause_that_ends_in_a_colon_names_the_quotes_speaker(named, again, speaker):
    text = f'{named} said the budget was balanced. {again} was blunter on debt: "We cannot borrow more."'
    assert seen(text)[-1] == (speaker, "direct_quote", "We cannot borrow more.")


def test_a_long_title_and_name_after_an_opening_phrase_before_a_colon_speak_the_quote():
    text = (
        "Addressing an open session of parliament on Monday, Speaker of the National Assembly Ana Maria Ruiz was "
        'blunt: "We will not approve a budget that cuts pensions."'
    )
    assert seen(text) == [("Ana Maria Ruiz", "direct_quote", "We will not approve a budget that cuts pensions.")]


def test_speech_relayed_in_a_transcript_answer_is_the_inner_speakers():
    text = (
        "Department Press Briefing\n\nTommy Pigott, Principal Deputy Spokesperson\n\n"
        "MR PIGOTT: Good afternoon. Marco Rubio spoke this morning with the two ministers. He welcomed the "
        "progress and urged them to sign the agreement without delay.\n\nQUESTION: Did he set a deadline?\n\n"
        "MR PIGOTT: No."
    )
    relayed = [(c.speaker, c.text, c.relayed_by) for c in extract(text, DIRECTORY).candidates if c.relayed_by]
    assert relayed == [("Marco Rubio", "to sign the agreement without delay", "Tommy Pigott")]


@pytest.mark.parametrize(
    ("text", "said_on"),
    [
        ('In November 2019, Rubio told a magazine that the alliance was "brain dead."', "2019-11"),
        ('When leaders met in The Hague last June, the line came from Rubio, who called it "a success."', "2026-06"),
        ("Asked about the incident on Monday, Rubio told reporters that talks would go on.", "2026-07-06"),
        ("Rubio said on state television VTV on Wednesday that talks would go on.", "2026-07-08"),
    ],
)
def test_month_cues_and_cues_in_asides_date_the_main_verb(text, said_on):
    assert {date for _, date in dates(text)} == {said_on}


def test_a_cue_in_a_participle_aside_dates_every_verb_of_its_subject():
    text = (
        "Lula said yesterday that Brazil would mediate.\n\n"
        "Rubio, addressing supporters on Sunday, accused Caracas of lying and said talks would go on."
    )
    assert dates(text)[-1] == ("Marco Rubio", "2026-07-05")


def test_the_day_of_the_event_the_lead_reports_dates_the_statements_without_a_cue():
    text = (
        "Commons backs drone package\n\nMPs on Wednesday approved a package of drones for Ukraine after a "
        "three-hour debate in which ministers and opposition members clashed over its cost.\n\n"
        "Opening the debate, Defence Secretary John Hale told the Commons that the package would help."
    )
    assert dates(text) == [("John Hale", "2026-07-08")]


def test_a_cue_of_the_relayed_speakers_words_dates_them_inside_the_source_statement():
    text = (
        "Kishida told his counterpart in a phone call on Monday that Lula had said Brazil was ready to mediate, "
        "a diplomatic source said."
    )
    assert ("Fumio Kishida", "2026-07-06") in dates(text)


# --- the seventh batch's classes: labels with asides, meeting records, nicknames, signatures, bodies' names --


def test_transcript_labels_with_an_interpreter_aside_are_the_same_speakers_turns():
    text = (
        "Joint press statements\n\nMAIA SANDU: Good afternoon. We discussed energy security.\n\n"
        "QUESTION (Reuters, through interpreter): What is your answer to Tiraspol?\n\n"
        "MAIA SANDU (through interpreter): We will not negotiate under pressure."
    )
    assert seen(text) == [
        ("Maia Sandu", "direct_quote", "Good afternoon. We discussed energy security."),
        ("Maia Sandu", "direct_quote", "We will not negotiate under pressure."),
    ]


def test_a_meeting_records_delegates_speak_and_its_chair_is_not_the_delegate_before():
    text = (
        "Security Council, 10123rd meeting\n\nThe President (spoke in French): I give the floor to Ms. Ana Keller.\n\n"
        "Ms. Keller: The ceasefire is not holding.\n\nThe President: I give the floor to the representative of Rwanda."
        "\n\nMr. Rwamucyo (Rwanda): Rwanda rejects these accusations."
    )
    assert [(speaker, words) for speaker, _, words in seen(text)] == [
        ("Ana Keller", "The ceasefire is not holding."),
        ("Rwamucyo", "Rwanda rejects these accusations."),
    ]


def test_the_interviewer_named_by_whose_interview_it_is_asks_nobodys_statements():
    text = (
        "This is an edited transcript of Matt Galloway's interview with Greenland Premier Jens-Frederik Nielsen.\n\n"
        "MATT GALLOWAY: Is that enough?\n\nJENS-FREDERIK NIELSEN: It is a start.\n\n"
        "MATT GALLOWAY: And Canada?\n\nJENS-FREDERIK NIELSEN: A good neighbour."
    )
    assert {speaker for speaker, _, _ in seen(text)} == {"Jens-Frederik Nielsen"}


def test_a_nickname_in_quotation_marks_after_the_name_is_neither_a_quote_nor_a_gap_before_the_verb():
    text = 'Somaliland\'s president, Abdirahman Mohamed Abdullahi "Irro", said recognition was "a matter of when".'
    assert seen(text) == [
        ("Abdirahman Mohamed Abdullahi", "paraphrase", 'recognition was "a matter of when"'),
        ("Abdirahman Mohamed Abdullahi", "direct_quote", "a matter of when"),
    ]


def test_sheikh_inside_a_name_is_part_of_it_and_the_occasion_after_a_quote_ends_the_clause():
    text = (
        "MOGADISHU - President Hassan Sheikh Mohamud has warned that recognition would "
        '"open the door to a regional war", in remarks to the federal parliament on Tuesday.'
    )
    [(speaker, clause, said_on), _] = [
        (c.speaker, c.text, c.date_said) for c in extract(text, DIRECTORY, PUBLISHED).candidates
    ]
    assert (speaker, clause, said_on) == (
        "Hassan Sheikh Mohamud",
        'recognition would "open the door to a regional war"',
        "2026-07-07",
    )


def test_a_term_quoted_between_a_possessive_and_its_noun_is_not_the_subjects_words():
    assert seen('Mogadishu rejects Ethiopia\'s "recognition" talk. Rubio praised the "historic" deal.') == [
        ("Marco Rubio", "direct_quote", "historic")
    ]


def test_a_quote_of_the_day_is_signed_by_the_name_after_the_dash():
    text = (
        "BRIEFING: Ministers meet today.\n\n"
        'QUOTE OF THE DAY: "We are a people." — Turkish Cypriot leader Tufan Erhürman, speaking on Sunday.'
    )
    assert [(c.speaker, c.text, c.date_said) for c in extract(text, DIRECTORY, PUBLISHED).candidates] == [
        ("Tufan Erhürman", "We are a people.", "2026-07-05")
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Serb List, the main party of Kosovo Serbs, said the closure was a consequence.", "The Serb List"),
        (
            "Tajikistan's State Committee on Land Management said the parties had come closer.",
            "Tajikistan's State Committee on Land Management",
        ),
    ],
)
def test_a_bodys_name_is_not_cut_at_its_preposition_nor_replaced_by_its_description(sentence, speaker):
    assert speakers(sentence) == [speaker]


@pytest.mark.parametrize(
    ("text", "said_on"),
    [
        ("In March, the committee said the parties had come closer.", "2026-03"),
        ("When he briefed the Council in October, Rubio told members the process was stalling.", "2025-10"),
        ("Kishida told Playbook last night that the summit would go ahead.", "2026-07-09"),
    ],
)
def test_a_month_without_a_year_is_the_last_such_month_and_last_night_the_evening_before(text, said_on):
    assert [date for _, date in dates(text)] == [said_on]


def test_a_role_owned_by_a_country_apposed_to_a_name_introduces_the_next_he():
    text = (
        'Aminatou Haidar has heard it all. "I have no answer," she said.\n\n'
        "Morocco's foreign minister, Nasser Bourita, sees it differently. He told parliament last week that the "
        "plan was the only solution."
    )
    assert speakers(text) == ["Aminatou Haidar", "Nasser Bourita"]


def test_an_object_after_a_verb_of_speech_is_not_a_clause():
    text = "Rubio said the same thing to journalists on Monday. Lula answered him two days later."
    assert seen(text) == []


# --- the eighth batch's formats and dates -----------------------------------------------------------


def test_a_parliamentary_records_speakers_on_lines_of_their_own_each_say_the_line_below():
    text = (
        "Ukraine: Energy Grid\n\nHansard | Volume 790: debated on Tuesday 7 July 2026\n\n"
        "Anna Field (Wrexham North) (Lab)\nWill the Minister say when the transformers will arrive?\n\n"
        "The Minister for Europe (Tom Barrow)\nThe first six are already in Lviv, and more will follow.\n\n"
        "Mr Speaker\nI call the shadow Minister.\n\n"
        "Jo Reeve (Hexham) (Con)\nThe House has heard promises before. When will the rest be delivered?\n\n"
        "Tom Barrow\nBefore the winter, as I told the House last month.\n"
    )
    found = [(c.speaker, c.text, c.date_said) for c in extract(text, DIRECTORY, PUBLISHED).candidates]
    assert found == [
        ("Anna Field", "Will the Minister say when the transformers will arrive?", "2026-07-07"),
        ("Tom Barrow", "The first six are already in Lviv, and more will follow.", "2026-07-07"),
        ("Jo Reeve", "The House has heard promises before. When will the rest be delivered?", "2026-07-07"),
        ("Tom Barrow", "Before the winter, as I told the House last month.", "2026-07-07"),
    ]


def test_a_title_case_line_above_a_paragraph_is_not_a_speaker_outside_a_record():
    text = "Talks Resume In Geneva\nThe two delegations met for three hours on Thursday, officials said.\n"
    assert [c.speaker for c in extract(text, DIRECTORY).candidates] == ["officials"]


def test_an_interviews_initials_label_the_people_the_introduction_names_with_them():
    text = (
        "The border will stay closed\n\n"
        "Finnish Foreign Minister Elina Valtonen (EV) spoke to our editor Paul Roth (PR) in Helsinki on Tuesday.\n\n"
        "PR: Minister, is the border safe?\n\n"
        "EV: It is closed, and it will stay closed while the pressure lasts.\n\n"
        "PR: For how long?\n\n"
        "EV: As long as it takes.\n"
    )
    found = [(c.speaker, c.text, c.date_said) for c in extract(text, DIRECTORY, PUBLISHED).candidates]
    assert found == [
        ("Elina Valtonen", "It is closed, and it will stay closed while the pressure lasts.", "2026-07-07"),
        ("Elina Valtonen", "As long as it takes.", "2026-07-07"),
    ]


def test_the_leads_day_dates_the_speakers_after_it_whatever_verb_it_goes_with():
    text = (
        "Visa row mars Brazil's opener\n\n"
        "Brazil's campaign began under a cloud on Monday after two officials were refused visas.\n\n"
        '"We came here to play," the coach, Dorival Santos, told reporters.'
    )
    assert dates(text) == [("Dorival Santos", "2026-07-06")]


def test_two_clauses_joined_by_and_that_are_two_statements_unless_the_second_is_a_quote():
    text = (
        'Foreign Minister Abbas Araghchi has told Iranian state television that the round was "serious" and that '
        "a third round would be held soon. Salome Zourabichvili told the rally that Georgians had chosen Europe "
        'and that "no court will take that choice away".'
    )
    assert [(c.speaker, c.kind, c.text) for c in extract(text, DIRECTORY).candidates] == [
        ("Abbas Araghchi", "paraphrase", 'the round was "serious"'),
        ("Abbas Araghchi", "direct_quote", "serious"),
        ("Abbas Araghchi", "paraphrase", "a third round would be held soon"),
        ("Salome Zourabichvili", "paraphrase", "Georgians had chosen Europe"),
        ("Salome Zourabichvili", "direct_quote", "no court will take that choice away"),
    ]


def test_a_long_hearer_before_that_is_skipped():
    text = (
        "Abbas Araghchi, for his part, told reporters on the sidelines of the cabinet meeting that a reply was ready."
    )
    assert [(c.speaker, c.text) for c in extract(text, DIRECTORY).candidates] == [
        ("Abbas Araghchi", "a reply was ready")
    ]


@pytest.mark.parametrize(
    "text",
    [
        'President Daniel Noboa announced on Wednesday that Ecuador would raise its "security tariff" on imports.',
        'Burundi\'s president pledged to make "Silencing the Guns" the priority of his term.',
    ],
)
def test_a_measures_or_a_campaigns_name_in_quotation_marks_is_nobodys_words(text):
    assert [c.kind for c in extract(text, DIRECTORY).candidates if c.kind == "direct_quote"] == []


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # an appositive ending in an acronym in brackets
        (
            'Mehdi Taj, the president of the Football Federation (FFIRI), said the ban was "a political act".',
            "Mehdi Taj",
            "a political act",
        ),
        # a long clause opened by a named person before the colon
        (
            "Polish Foreign Minister Radosław Sikorski reposted the message with a comment of his own: "
            '"Poland stands with Lithuania."',
            "Radosław Sikorski",
            "Poland stands with Lithuania.",
        ),
        # a plural's trailing "s'" closes a quote when the next single mark opens another
        (
            "Fabian Picardo accused Madrid of 'moving the goalposts' on the treaty, warning that the Rock would "
            "'not be bullied'.",
            "Fabian Picardo",
            "moving the goalposts",
        ),
    ],
)
def test_a_quote_is_the_named_persons_across_brackets_long_colon_clauses_and_single_marks(text, speaker, words):
    assert (speaker, words) in [(c.speaker, c.text) for c in extract(text, DIRECTORY).candidates]


def test_a_lead_that_names_only_a_role_names_the_person_who_speaks_first_in_the_next_paragraph():
    text = (
        "Picardo: Gibraltar will not be bullied\n\n"
        "Gibraltar's chief minister has warned that the Rock would 'not be bullied into signing a bad deal' "
        "over the border treaty.\n\n"
        "Fabian Picardo told the Gibraltar Parliament on Wednesday: 'The text is not closed.'\n\n"
        "Spain's foreign minister, José Manuel Albares, said the agreement was final."
    )
    assert [c.speaker for c in extract(text, DIRECTORY).candidates][1:3] == ["Fabian Picardo", "Fabian Picardo"]


def test_a_companys_chief_executive_in_a_lead_below_a_byline_block_is_the_one_the_next_paragraph_names():
    text = (
        "Chipmaker flags tariff hit\n\nThe Harbour Ledger\n\nMia Tan\n\nPublished Fri, Oct 29, 2027\n\n"
        "KESTREL Packaging expects tariffs to shave four points off its margin next year, its chief executive said "
        "on Friday.\n\nOn a results call with analysts, chief executive Tom Hale said the group had moved some "
        "testing to Penang."
    )
    assert [c.speaker for c in extract(text, DIRECTORY).candidates] == ["Tom Hale", "Tom Hale"]


def test_a_demand_that_is_a_request_and_a_demonym_alone_is_nobody():
    text = (
        'China on Wednesday demanded that Japan "correct its mistakes" over the remarks. '
        "The plan gives in to many Russian demands that Ukraine has refused."
    )
    assert [(c.speaker, c.kind, c.text) for c in extract(text, DIRECTORY).candidates] == [
        ("China", "paraphrase", 'Japan "correct its mistakes" over the remarks'),
        ("China", "direct_quote", "correct its mistakes"),
    ]


def test_what_they_say_in_general_inside_a_quote_is_no_ones_statement():
    directory = Directory(
        actors=[
            ActorEntry("Ali Khamenei", "ali-khamenei", "person", "Supreme Leader of Iran", "IR", ("Khamenei",)),
            ActorEntry("Government of Iran", "iran", "government", "", "IR", ("Iran", "Tehran")),
        ]
    )
    text = (
        "Ayatollah Ali Khamenei said that Iran would never bow to bullying. "
        '"They say come and negotiate, and at the same time they threaten," Ayatollah Khamenei said.'
    )
    assert [(c.speaker, c.kind) for c in extract(text, directory).candidates] == [
        ("Ali Khamenei", "paraphrase"),
        ("Ali Khamenei", "direct_quote"),
    ]


def test_a_lead_that_names_only_a_role_names_the_person_it_names_next_in_the_same_paragraph():
    text = (
        "Gaza ceasefire: live updates\n\n14:52 GMT\n\n"
        'Egypt\'s foreign minister says talks on the second phase of the truce are "moving, but slowly". '
        "Badr Abdelatty told reporters in Cairo that mediators were working on the sequence.\n\n"
        "Benjamin Netanyahu said on Monday that Israel would not withdraw."
    )
    assert [c.speaker for c in extract(text, DIRECTORY).candidates][:3] == ["Badr Abdelatty"] * 3


# --- a foreign ministry's press release in its own voice ------------------------------------------------------


def test_a_ministrys_release_speaks_as_the_ministry_and_relays_statements_made_by_others():
    text = (
        "PRESS RELEASE\n\n"
        "Norland Rejects the Port Agreement\n\n"
        "The Ministry of Foreign Affairs of the Republic of Norland has followed with concern the reports of an "
        "agreement signed in Vara on 16 November 2026.\n\n"
        "The Ministry recalls that only the federal government may conclude international agreements.\n\n"
        "The Ministry has taken note of the statement made on 17 November 2026 by the Spokesperson of the Ministry "
        'of Foreign Affairs of Osterland, Ambassador Karl Brandt, that the agreement is "purely commercial".\n\n'
        'The Ministry further notes that the leader of the region, Mr. Tomas Berg "Tobi", claimed that the deal '
        "was a step towards recognition.\n\n"
        "The Ministry welcomes the statement issued by the Chairperson of the Regional Union, H.E. Ilse Marquardt, "
        'reaffirming the "unwavering support of the Union for the unity of Norland."\n'
    )
    found = [(c.speaker, c.kind, c.text, c.date_said) for c in extract(text, DIRECTORY, PUBLISHED).candidates]
    ministry = "Ministry of Foreign Affairs of Norland"
    assert [row[:2] for row in found] == [
        (ministry, "paraphrase"),
        ("Karl Brandt", "paraphrase"),
        ("Karl Brandt", "direct_quote"),
        (ministry, "paraphrase"),
        ("Tomas Berg", "paraphrase"),
        ("Ilse Marquardt", "paraphrase"),
        ("Ilse Marquardt", "direct_quote"),
    ]
    assert found[2][2:] == ("purely commercial", "2026-11-17")


def test_remarks_or_an_announcement_by_someone_on_a_day_that_are_the_sources_not_the_days():
    text = (
        "Norland protests to Osterland\n\n"
        "The envoy of Osterland was summoned to the ministry in Vara on Thursday, officials said.\n\n"
        "Norland's foreign ministry said the announcement by the Interior Ministry of Osterland on 23 April that "
        "Osterland would close the bridge was a breach of the treaty.\n\n"
        'Remarks by the Defence Minister of Osterland on Tuesday that Osterland would give a "firm answer" were '
        "also raised, the ministry said.\n"
    )
    found = [(c.speaker, c.kind, c.text) for c in extract(text, Directory()).candidates]
    interior = [words for speaker, _, words in found if speaker == "Interior Ministry of Osterland"]
    assert interior and interior[0].startswith("Osterland would close the bridge")
    assert [speaker for speaker, _, words in found if words == "firm answer"] == ["Osterland"]  # the minister's
    assert not any("April" in speaker or "Tuesday" in speaker for speaker, _, _ in found)


# --- the twenty-second unseen batch: written replies to parliamentary questions ------------------


def test_written_replies_are_the_ministers_words_and_the_members_questions_no_ones():
    text = (
        "Minister for Trade Dr Omar Saleh's written replies to Parliamentary Questions on rice imports, 8 July 2026\n\n"
        "Question No. 812\n\n"
        "Ms Anna Berg asked the Minister for Trade whether the Government will raise the rice stockpile, in view of "
        'the statement by the Governor of Norland on 1 July 2026 that exports would be cut "this year".\n\n'
        "Written reply:\n\n"
        "Our stockpile covers four months of demand. We review it every year with the importers.\n\n"
        "Rice imports come from six countries. No single source supplies more than a third of them.\n\n"
        "MINISTRY OF TRADE\n"
    )
    assert dates(text) == [("Omar Saleh", "2026-07-10"), ("Omar Saleh", "2026-07-10")]
    assert [kind for _, kind, _ in seen(text)] == ["direct_quote", "direct_quote"]


def test_a_translation_by_an_outlet_leaves_the_words_to_the_one_who_said_them():
    text = (
        "Strike\n\n"
        'Mayor Ines Varga told a rally that the city was "tired of waiting," according to a translation by the '
        "Danube Courier.\n"
    )
    assert set(speakers(text)) == {"Ines Varga"}


def test_an_outlet_that_reported_citing_a_source_is_no_speaker():
    text = (
        "Water\n\n"
        'Minister Aigerim Sadyk said the canal would need "years of repair," Steppe Wire reported, citing the '
        "ministry.\n"
    )
    assert set(speakers(text)) == {"Aigerim Sadyk"}


def test_a_quote_said_before_according_to_an_outlet_stays_with_the_one_who_said_it():
    text = (
        "Vote\n\n"
        'Mayor Ana Ruiz rejected the plan on Sunday. In a radio address, she said that "the only answer is a vote, '
        'not a deal", according to the Presidency Media Office.\n'
    )
    assert set(speakers(text)) == {"Ana Ruiz"}


def test_a_broadcast_sound_bite_is_the_words_of_the_person_its_bracketed_caption_names():
    text = (
        "Storm floods harbour town\n\n"
        "◀ Report ▶\n"
        "The coast guard said three boats had sunk in the harbour overnight.\n\n"
        "[Oh Mi-rae / Harbour master, Port of Lund]\n"
        '"We have never seen water this high in the harbour. The boats had no chance at all."\n\n'
        "Residents said the sea wall had held until midnight."
    )
    quotes = [(speaker, words) for speaker, kind, words in seen(text) if kind == "direct_quote"]
    words = "We have never seen water this high in the harbour. The boats had no chance at all."
    assert quotes == [("Oh Mi-rae", words)]


# --- the sixty-fifth unseen batch: a body's one official, bodies in capitals, ages in brackets, a trade named --------


def test_one_official_of_a_named_body_speaks_for_the_body_and_so_does_his_he():
    text = (
        "Harbour fees\n\n"
        "The mooring fee would stay at ten dollars, an official of the Lakeside Harbour Board told reporters. "
        "The new pontoon had been finished, he said."
    )
    assert seen(text) == [
        ("Lakeside Harbour Board", "paraphrase", "The mooring fee would stay at ten dollars"),
        ("Lakeside Harbour Board", "paraphrase", "The new pontoon had been finished"),
    ]


def test_an_acronym_in_capitals_before_a_place_after_for_is_a_body_not_a_family_name_first():
    text = 'Clinic reopens\n\nA spokesman for NHS Fernbank said the board was "very proud" of its nurses.'
    assert set(speakers(text)) == {"NHS Fernbank"}


def test_an_opening_phrase_before_the_group_that_accuses_names_no_speaker():
    text = (
        "Hospitals\n\n"
        "The Northern Front has denied attacking the town. In a statement on Telegram last week, the group accused "
        'the army of using the schools "as barracks".'
    )
    assert "In" not in speakers(text)


def test_an_age_in_brackets_between_a_speakers_name_and_the_verb_is_skipped():
    text = '"Nobody panics any more when the sirens go," Taro Ishida (58) told the radio station.'
    assert seen(text) == [("Taro Ishida", "direct_quote", "Nobody panics any more when the sirens go,")]


def test_a_lead_that_describes_someone_by_their_trade_names_the_person_opening_the_next_paragraph():
    text = (
        "Back from the front line\n\n"
        'A Dundee nurse who spent a month at a field hospital has described working "by lamplight, with the '
        'windows taped".\n\n'
        "Ms Ella Brodie, 39, a ward sister at Ninewells Hospital, came home on Sunday.\n\n"
        '"We slept in shifts of four hours," she said yesterday.'
    )
    assert set(speakers(text)) == {"Ella Brodie"}


def test_a_trade_in_capitals_before_a_full_name_is_no_part_of_the_name():
    text = "Flood\n\nFarmer Lena Holt (52) said the water had reached her barn by midnight."
    assert speakers(text) == ["Lena Holt"]


def test_a_capitalised_official_in_a_long_title_is_no_official_of_the_body_and_the_named_person_speaks():
    text = (
        "Briefing\n\n"
        "On Tuesday, Official Spokesperson for the Ministry of Foreign Affairs Dr. Omar Haddad told the weekly "
        'briefing that the talks had entered "a decisive phase".'
    )
    assert set(speakers(text)) == {"Omar Haddad"}


def test_a_live_blogs_attribution_told_reporters_at_a_named_building_minutes_ago_is_postposed():
    text = (
        "LIVE: Storm reaches the coast\n\n"
        "09:15\n"
        "The ferries will stay in port until noon, the harbour master told reporters at the Port Authority "
        "a few minutes ago."
    )
    assert seen(text) == [("harbour master", "paraphrase", "The ferries will stay in port until noon")]


def test_an_outlets_line_in_capitals_with_a_bracketed_note_is_no_person_a_role_stands_for():
    text = (
        "LIVE: Storm reaches the coast\n\n"
        "NORTH SEA NEWS (live updates, translated from Dutch)\n"
        "Last updated 4 December 2029, 11:20\n\n"
        "11:20\n"
        "The dykes are holding, the regional governor told reporters."
    )
    assert speakers(text) == ["regional governor"]


def test_a_joint_statement_a_meeting_issued_after_a_colon_is_one_quote_per_headed_section():
    text = (
        "Joint statement by the Foreign Ministers of Chile, Ghana and Iceland on the Sahel\n\n"
        "Ministry of Foreign Affairs | News item\n"
        "Reykjavik, 12 December 2029\n\n"
        "The Foreign Ministers of Chile, Ghana and Iceland met in Reykjavik today and issued the following joint "
        "statement:\n\n"
        "Humanitarian access\n\n"
        "The Ministers are deeply concerned by the hunger spreading across the region. Convoys are delayed every "
        "week.\n\n"
        "The way forward\n\n"
        "There is no military solution. The Ministers call on all parties to return to talks.\n"
    )
    quotes = [words[:40] for _, kind, words in seen(text) if kind == "direct_quote"]
    assert quotes == ["The Ministers are deeply concerned by th", "There is no military solution. The Minis"]


def test_a_weekday_and_its_evening_after_in_a_statement_are_no_part_of_what_was_said():
    text = "Sailor held\n\nThe French foreign ministry said in a statement on Friday evening that consuls had seen him."
    assert seen(text) == [("French foreign ministry", "paraphrase", "consuls had seen him")]


def test_told_his_weekly_press_conference_is_a_hearer_after_a_postposed_clause():
    text = (
        "Trial\n\n"
        "The spokesman, Omid Karimi, said on Monday that the case was closed. The court would hear the appeal in "
        "March, he told his weekly press conference."
    )
    assert ("Omid Karimi", "paraphrase", "The court would hear the appeal in March") in seen(text)


def test_according_to_a_bodys_statement_issued_on_a_day_is_the_bodys_word():
    text = (
        "Power lines\n\n"
        "The Energy Community will pay for half of the new line, according to a Secretariat statement issued on "
        "Monday."
    )
    assert speakers(text) == ["Secretariat"]


def test_a_spokesperson_for_a_body_then_she_said_is_still_the_bodys_word():
    text = (
        "Grid\n\n"
        "Minister Petru Lungu said the lines would double. A spokesperson for Gridline told reporters that work "
        "would begin in the spring. The operator had recorded no damage, she said."
    )
    assert [speaker for speaker, _, _ in seen(text)] == ["Petru Lungu", "Gridline", "Gridline"]


def test_a_full_name_with_an_age_between_commas_opening_a_sentence_is_the_she_of_the_quote_after_it():
    text = (
        "Back from the front line\n\n"
        "Dr Ella Brodie, 39, a ward sister at Ninewells Hospital, came home on Sunday.\n\n"
        '"We slept in shifts of four hours," she said yesterday.'
    )
    assert speakers(text) == ["Ella Brodie"]


def test_an_interviews_initials_label_the_guest_and_host_the_header_lists_by_name():
    # batch 70: "Guest: Lieutenant General (Retd) …, former …" and "Interviewer: …", then "AM:" and "RA:"
    text = (
        "Transcript: the river border\n\n"
        "Recorded 3 July 2026\n"
        "Guest: Major General (Retd) Tomas Varga, former commander of the border brigade\n"
        "Interviewer: Nora Blake, Research Fellow\n\n"
        "NB: General Varga, is the river border quiet?\n\n"
        "TV: Quieter than in spring. The patrols meet twice a week now.\n\n"
        "NB: Will it hold?\n\n"
        "TV: If both sides keep talking, yes.\n"
    )
    assert speakers(text) == ["Tomas Varga", "Tomas Varga"]
