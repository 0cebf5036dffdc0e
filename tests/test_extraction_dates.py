"""The date each statement was said (tracker/extraction/dates.py): cues of speaking, counted days, a live page's posts,
a communiqué's date line. Invented sentences, one per rule."""

import datetime

import pytest

from tracker.extraction import Directory, extract

pytestmark = pytest.mark.filterwarnings("error")

PUBLISHED = datetime.date(2026, 11, 20)  # a Friday


def dates(text):
    """(speaker, date said) of every candidate."""
    return [(c.speaker, c.date_said) for c in extract(text, Directory(), PUBLISHED).candidates]


def test_a_weekday_last_week_is_that_day_of_the_week_before():
    text = 'Spokesperson Lena Dahl had told a briefing on Thursday last week that Oslo "firmly opposes" the levy.'
    assert set(dates(text)) == {("Lena Dahl", "2026-11-12")}


def test_an_opening_participle_dated_by_the_cue_dates_the_words_of_its_subject():
    text = (
        "General Tomas Berg vowed to fight on. Addressing troops in Lund on Wednesday, he said there would be "
        '"no truce with the militia".'
    )
    assert set(dates(text)) == {("Tomas Berg", "2026-11-18")}


def test_a_cue_before_saying_dates_the_words_said():
    text = 'Chief Secretary Tomas Berg also expressed concern on Wednesday, saying Oslo was "closely following" events.'
    assert set(dates(text)) == {("Tomas Berg", "2026-11-18")}


def test_a_cue_before_saying_does_not_date_the_words_when_it_dates_what_they_are_about():
    text = (
        "The military government defended its plan to hold a second round of voting in January, saying the "
        'ballot would go ahead "in every township".'
    )
    assert {date for _, date in dates(text)} == {"2026-11-20"}


def test_a_verb_used_as_a_noun_modifier_does_not_take_the_cue():
    text = (
        "Prime Minister Ola Lund said on Thursday that the talks would go on.\n\n"
        'Foreign Minister Tomas Berg said on state television NRK on Monday that Norway would "never recognise" it.'
    )
    assert dates(text)[-2:] == [("Tomas Berg", "2026-11-16"), ("Tomas Berg", "2026-11-16")]


def test_a_statement_issued_on_a_day_dates_its_words():
    text = 'In a statement issued on Tuesday evening, the Ministry of Trade said the talks had been "productive".'
    assert set(dates(text)) == {("Ministry of Trade", "2026-11-17")}


def test_a_bracketed_date_after_the_day_leaves_the_verb_to_the_cue():
    text = 'Norway on Monday (16 November) termed the remarks "irresponsible" and said Oslo would "not give in".'
    assert set(dates(text)) == {("Norway", "2026-11-16")}


def test_a_day_after_counts_back_from_the_day_its_sentence_gives():
    text = (
        "President Ana Lund on Tuesday rejected any strikes, a day after Defence Secretary Kim Holt said strikes "
        'were "not off the table".\n\n"We do not take orders," Lund said at her morning news conference.'
    )
    assert dates(text) == [
        ("Kim Holt", "2026-11-16"),
        ("Kim Holt", "2026-11-16"),
        ("Ana Lund", "2026-11-17"),
    ]


def test_a_day_after_counts_back_from_the_statement_before():
    text = (
        '"Talks cannot go on forever," Defence Minister Tomas Berg said on Tuesday.\n\n'
        "His remarks came a day after army spokesman Ola Sund said the attackers had come from across the border."
    )
    assert dates(text) == [("Tomas Berg", "2026-11-17"), ("Ola Sund", "2026-11-16")]


def test_a_day_later_counts_on_from_the_statement_before():
    text = (
        '"Talks cannot go on forever," Defence Minister Tomas Berg said on Tuesday.\n\n'
        '"Words are not enough," opposition leader Kari Vik told reporters two days later.'
    )
    assert dates(text) == [("Tomas Berg", "2026-11-17"), ("Kari Vik", "2026-11-19")]


def test_a_live_page_post_is_not_dated_by_the_post_before_it():
    text = (
        "Live updates: talks in Geneva\n\n"
        "9:40 AM EST\nRubio: deal close\n\n"
        'Secretary of State Marco Rubio, speaking to reporters on Wednesday night, said a deal was "close".\n\n'
        "7:02 AM EST\nDrone barrage hits the grid\n\n"
        "Ukrenergo, the national grid operator, said power stations in three regions had been damaged.\n"
    )
    assert dates(text)[-1] == ("Ukrenergo", "2026-11-20")


def test_a_communique_dated_at_its_foot_dates_its_undated_words():
    text = (
        "Joint Communiqué on the Talks between Norway and Sweden\n\n"
        "1. The parties reaffirmed the truce agreed in Oslo on 19 October 2025.\n\n"
        "2. The Norwegian side stated that the presence of armed groups remained the main obstacle to peace.\n\n"
        "3. The Swedish side stated that its territory is not used against any country.\n\n"
        "Stockholm, 18 November 2026\n"
    )
    assert {date for _, date in dates(text)} == {"2026-11-18"}


def test_a_day_given_since_the_last_dated_words_dates_the_words_after_it():
    text = (
        'Senator Rand Moss said on Thursday that Congress had "abdicated its duty".\n\n'
        "Defence Secretary Pete Holt defended the strikes at a briefing on Tuesday. "
        '"Every target was legitimate," he said.'
    )
    assert dates(text)[-1] == ("Pete Holt", "2026-11-17")


def test_the_events_day_in_the_lead_dates_the_speakers_after_a_background_month():
    text = (
        "Event summary\n\n"
        "On November 18, the Vara Institute hosted a discussion in Lund on the fisheries accord.\n\n"
        "In March 2025, the Coastal Party announced that it would leave the accord talks.\n\n"
        "Ilse Marquardt argued that the accord could still be saved. Tomas Berg warned that time was short.\n"
    )
    assert dates(text) == [
        ("Coastal Party", "2025-03"),
        ("Ilse Marquardt", "2026-11-18"),
        ("Tomas Berg", "2026-11-18"),
    ]


def test_a_subheading_without_a_full_stop_is_not_the_lead_whose_day_dates_the_words():
    text = (
        "Donors pledge $9 billion\n\n"
        "The pledges fall far short of what the country needs to rebuild its roads and its schools\n\n"
        "Donors pledged $9 billion at a meeting in Lund on Wednesday, the largest gathering of its kind since the "
        "fall of President Lars Holm in December 2024.\n\n"
        "Foreign Minister Tomas Berg said the first funds would go to the power grid.\n"
    )
    assert dates(text) == [("Tomas Berg", "2026-11-18")]


@pytest.mark.parametrize("occasion", ["yesterday's post-Cabinet press briefing", "Thursday's weekly briefing"])
def test_a_cue_owning_the_occasion_after_at_dates_the_words(occasion):
    text = (
        "Nurses\n\nIn a notice published on Tuesday, the US State Department said it would deny visas.\n\n"
        f"Minister Ana Ruiz told reporters at {occasion} that the deal was fair.\n"
    )
    assert dates(text) == [("US State Department", "2026-11-17"), ("Ana Ruiz", "2026-11-19")]


def test_a_bodys_long_name_between_the_verb_and_the_cue_does_not_hide_the_verb():
    text = (
        "Canal\n\n"
        "Five countries share the lake, which has lost half of its water since 1990.\n\n"
        "The countries must agree first, Minister Omar Saleh said at the meeting of the Interstate Commission for "
        "Water Coordination of the International Fund for Saving the Lake (IFSL) in Tashkent on Tuesday.\n"
    )
    assert dates(text) == [("Omar Saleh", "2026-11-17")]


def test_the_speaker_was_speaking_on_a_day_in_the_next_sentence_dates_the_words_before_and_after():
    text = (
        "Aid\n\n"
        "Prime Minister Tomas Berg says the islands will not cancel the deal.\n\n"
        "Berg was speaking to the island's radio on Wednesday, after Norway confirmed it would withhold funding.\n\n"
        '"It is not the end of the road," he says.\n'
    )
    assert dates(text) == [("Tomas Berg", "2026-11-18"), ("Norway", "2026-11-18"), ("Tomas Berg", "2026-11-18")]


def test_the_statement_made_on_a_day_after_the_speakers_quote_dates_the_lead_and_the_quote():
    text = (
        "Ore ban\n\n"
        "Jakarta - Mines Minister Omar Saleh affirmed that the ban on raw ore exports will stay.\n\n"
        '"We will not go back to selling soil," he remarked.\n\n'
        "The minister made the statement during a working meeting with the House commission here on Tuesday.\n"
    )
    assert dates(text) == [("Omar Saleh", "2026-11-17"), ("Omar Saleh", "2026-11-17")]


@pytest.mark.parametrize(
    "occasion", ["told journalists at his office on Monday", "said in response to our query on Monday"]
)
def test_a_cue_after_where_or_to_what_the_words_were_given_dates_them(occasion):
    text = (
        "Ore ban\n\n"
        "The ministry published its figures on Friday.\n\n"
        f'"The ban is a separate matter," Minister Omar Saleh {occasion}.\n'
    )
    assert dates(text)[-1] == ("Omar Saleh", "2026-11-16")


@pytest.mark.parametrize("document", ["a notice published", "a note released"])
def test_a_notice_or_a_note_made_public_on_a_day_dates_the_words_in_it(document):
    text = (
        "Visas\n\n"
        "The Government has defended its agreement with Osterland after Norland widened visa restrictions on "
        "officials linked to its missions.\n\n"
        f"In {document} on Tuesday, the Norland foreign ministry said it would deny visas to officials.\n"
    )
    assert dates(text)[-1][1] == "2026-11-17"


def test_told_the_same_briefing_takes_the_day_of_the_words_said_at_the_briefing():
    text = (
        "Escorts\n\n"
        "Briefing journalists on his return yesterday, Minister Omar Saleh said the escorts would begin soon.\n\n"
        "The trader Ali Musa said on Monday that the roads were unsafe.\n\n"
        "Envoy Ana Ruiz, who went with the minister, told the same briefing that trade was worth $1 billion.\n"
    )
    assert dates(text) == [("Omar Saleh", "2026-11-19"), ("Ali Musa", "2026-11-16"), ("Ana Ruiz", "2026-11-19")]


@pytest.mark.parametrize(
    ("cue", "day"), [("on Monday (November 16)", "2026-11-16"), ("this Wednesday (18)", "2026-11-18")]
)
def test_a_weekdays_date_in_brackets_between_the_verb_and_that_is_an_adverbial(cue, day):
    text = f"Shoals\n\nThe Norland Foreign Ministry said in a statement {cue} that the vessel had come within 200m.\n"
    assert dates(text) == [("Norland Foreign Ministry", day)]


def test_a_background_month_gives_way_to_the_day_of_the_leads_words_when_the_lead_has_no_cue():
    text = (
        "Ore ban\n\n"
        "Jakarta - Mines Minister Omar Saleh affirmed that the ban on raw ore exports will stay.\n\n"
        "The minister made the statement during a working meeting with the House commission here on Tuesday.\n\n"
        "A WTO panel ruled against Norland in November 2022, but the government appealed.\n\n"
        "Member of Commission XII Budi Santoso backed the minister. According to him, smelters must meet standards.\n"
    )
    assert dates(text)[-1] == ("Budi Santoso", "2026-11-17")


# --- batch 24: a round-up's lead under a dek, a post's day, a meeting, a period, an answer's narration ----------


def test_a_period_since_a_month_does_not_date_the_words():
    text = 'The Arakan Army, which has held the border since December 2024, said the boats had "violated" its waters.'
    assert set(dates(text)) == {("Arakan Army", "2026-11-20")}


def test_a_statement_posted_on_a_day_dates_the_words_said_in_it():
    text = (
        "The navy said on Monday that the crew was safe.\n\n"
        "The coast guard's spokesperson, Liu Wen, said in a statement posted on WeChat on Sunday evening that the "
        'vessel had "illegally intruded" into the waters.'
    )
    assert dates(text)[1:] == [("Liu Wen", "2026-11-15"), ("Liu Wen", "2026-11-15")]


def test_a_dek_above_the_date_line_is_not_the_lead_whose_day_the_reactions_take():
    text = (
        "Border treaty: what leaders said\n\n"
        "Leaders from Oslo to Riga welcomed the treaty, though one neighbour voiced caution over the new route.\n\n"
        "Published On 20 Nov 2026\n\n"
        "The presidents of Norland and Sudmark signed a border treaty in Bergen on Tuesday, ending a long dispute.\n\n"
        'Norland\'s President Ana Lund called the signing "the end of a long quarrel".'
    )
    assert set(dates(text)) == {("Ana Lund", "2026-11-17")}


def test_a_meeting_on_a_day_dates_the_words_said_at_it():
    text = (
        "Deputy Minister Ola Sund met the ambassador, Ivan Petrov, on Tuesday afternoon and raised the drills. "
        "Ambassador Petrov explained that the exercises were not directed against any third country."
    )
    assert set(dates(text)) == {("Ivan Petrov", "2026-11-17")}


def test_words_telling_what_was_done_on_a_day_were_said_no_earlier():
    text = (
        'Speaking at a rally on Wednesday, General Tomas Berg warned that the army "will respond".\n\n'
        "Foreign Minister Ola Lund said he had summoned the envoy on Thursday morning to protest against what he "
        'called "a campaign of lies".'
    )
    assert dates(text)[-2:] == [("Ola Lund", "2026-11-19"), ("Ola Lund", "2026-11-19")]


def test_a_day_opening_the_clause_after_a_colon_dates_its_words():
    text = (
        "The line was closed for the second time this month: on November 3, the Ministry of Transport said a "
        "signalling cable had been cut near the border."
    )
    assert set(dates(text)) == {("Ministry of Transport", "2026-11-03")}


def test_a_day_in_a_transcripts_answer_dates_the_words_it_relays():
    text = (
        "Regular Press Briefing by Spokesperson Ana Lund\n\n"
        "Q: Did the government raise the drills with the Russian side?\n\n"
        "A: Yes. The vice minister met the Russian ambassador, Ivan Petrov, on Tuesday afternoon and conveyed "
        "our concerns. Ambassador Petrov explained that the drills were not directed against anyone. We do not "
        "find that explanation persuasive.\n\n"
        "Q: Will the minister travel to Moscow?\n\n"
        "A: Nothing has been decided at this point."
    )
    assert ("Ivan Petrov", "2026-11-17") in dates(text)


def test_a_qa_interviews_answers_are_dated_by_the_day_the_introduction_gives_the_interview():
    text = (
        "Minister on the river treaty\n\n"
        "Foreign Minister Tomas Ferreira spoke to Daily Ledger on Tuesday, a day after Prime Minister Ana Lund "
        "said on Monday that talks were possible.\n\n"
        "Q: Are you ready to talk?\n\n"
        "A: Talks cannot begin while the dams keep filling.\n\n"
        "Q: Will you meet her next month?\n\n"
        "A: I will be at the summit. Who I meet there depends on the schedule."
    )
    assert [pair for pair in dates(text) if pair[0] == "Tomas Ferreira"] == [
        ("Tomas Ferreira", "2026-11-17"),
        ("Tomas Ferreira", "2026-11-17"),
    ]


def test_today_ending_an_outlets_name_is_not_the_day_the_words_were_said():
    text = (
        "Foreign Minister Tomas Ferreira spoke to Lisbon Today on Tuesday. Edited excerpts:\n\n"
        "Q: Will the port reopen?\n\n"
        "A: The port stays closed until the dams stop filling."
    )
    assert dates(text) == [("Tomas Ferreira", "2026-11-17")]


def test_a_day_owning_the_occasion_dates_the_words_said_at_it():
    text = (
        "MPs adopted the report on Friday.\n\n"
        "Opening Wednesday's debate on behalf of the committee, Senator Ana Ruiz told the chamber that the port "
        'was "closed for good."'
    )
    assert dates(text) == [("Ana Ruiz", "2026-11-18"), ("Ana Ruiz", "2026-11-18")]


def test_an_interviews_note_of_when_it_took_place_dates_the_answers():
    text = (
        "The harbour and the vote\n\n"
        "The conversation took place on Monday in the mayor's office.\n\n"
        "BLATT: Mayor Ruiz, will the port close?\n\n"
        "LINA RUIZ: No. The port stays open, and I will say so again tomorrow.\n\n"
        "BLATT: And the dockers?\n\n"
        "LINA RUIZ: They have my word."
    )
    assert dates(text) == [("Lina Ruiz", "2026-11-16"), ("Lina Ruiz", "2026-11-16")]


def test_a_day_between_a_named_subject_and_its_verb_dates_the_telling_later_in_the_sentence():
    text = (
        "Prime Minister Lena Dahl on Tuesday declined to retract her comments, telling opposition leader Tomas Berg "
        'in a debate that her answer had been "within the rules".\n\n'
        "The comments, made to a committee earlier this month, angered Stockholm."
    )
    assert set(dates(text)) == {("Lena Dahl", "2026-11-17")}


def test_what_a_readout_says_after_the_call_it_tells_of_is_dated_by_the_call_and_dates_nothing_after_it():
    text = (
        "Dahl and Berg spoke by phone on Monday, according to a readout from the Norland Chancellery. The leaders "
        '"agreed to continue talks" on steel, the readout said.\n\n'
        "Opposition leader Ana Ruiz told reporters at the assembly that the call had achieved nothing."
    )
    assert dates(text) == [
        ("Norland Chancellery", "2026-11-16"),
        ("Norland Chancellery", "2026-11-16"),
        ("Ana Ruiz", "2026-11-20"),
    ]


def test_the_day_the_sentence_before_gives_the_speaker_by_name_dates_what_the_speaker_then_says():
    text = (
        "Chancellor Tomas Berg said on Thursday that the sale would go ahead.\n\n"
        "Vice Chancellor Lena Dahl took a different view at a meeting of her party's deputies on Tuesday. Dahl said "
        "the party had agreed to the rules in good faith."
    )
    assert dates(text) == [("Tomas Berg", "2026-11-19"), ("Lena Dahl", "2026-11-17")]


def test_a_bodys_document_the_copy_dated_dates_its_words_when_the_body_is_named_again():
    text = (
        "Chile and Peru have agreed to reopen the border crossing at Chacalluta, according to a communiqué from the "
        "Chilean Foreign Ministry published on Wednesday night.\n\n"
        "The two sides reached the agreement at a meeting in Lima, the ministry said. It said both governments would "
        "review the arrangement in March."
    )
    assert dates(text) == [("Chilean Foreign Ministry", "2026-11-18"), ("Chilean Foreign Ministry", "2026-11-18")]


def test_a_day_after_the_cabinet_told_dates_the_words_told():
    text = "Prime Minister Lena Dahl told a meeting of the cabinet on Wednesday that the port would reopen."
    assert dates(text) == [("Lena Dahl", "2026-11-18")]


def test_a_noun_before_the_hearing_is_no_verb_the_day_goes_with_told():
    text = (
        "Norway will not send troops, Dahl says\n\n"
        "NRK News\nBy Ola Berg\nPublished 20 November 2026 at 6:40am\n\n"
        "Defence Minister Lena Dahl has ruled out sending troops, but says Norway will fund police training.\n\n"
        "Ms Dahl told a Senate estimates hearing in Oslo on Wednesday that the request had been declined."
    )
    assert dates(text)[-1] == ("Lena Dahl", "2026-11-18")


def test_a_communique_with_an_accent_made_public_on_a_day_dates_the_words_of_its_sentence():
    text = (
        "In a communiqué released on Tuesday, Foreign Minister Ana Ruiz said the releases were lawful. "
        "The minister said the country would accept no lessons."
    )
    assert dates(text) == [("Ana Ruiz", "2026-11-17"), ("Ana Ruiz", "2026-11-17")]


def test_a_day_after_a_place_dates_the_event_held_there_not_the_words_quoted_before_it():
    text = (
        'In a note released on Tuesday, the Ministry of Foreign Affairs said the delegations had met "in good faith" '
        "and would hold a second round in Geneva in April."
    )
    assert [date for _, date in dates(text)] == ["2026-11-17", "2026-11-17"]


def test_the_day_of_an_event_still_to_come_does_not_date_the_words_said_before_it():
    text = (
        "Defence Minister Lena Dahl spoke to NRK this morning.\n\n"
        "Speaking before talks in Brussels on Thursday, Lena Dahl said Norway would not send troops."
    )
    assert dates(text) == [("Lena Dahl", "2026-11-20")]


def test_a_day_after_repeating_a_pledge_dates_the_pledge_not_the_words_repeating_it():
    text = (
        "Foreign Minister Lena Dahl, speaking in parliament on Wednesday, said the ports would stay open. "
        "Norway would not allow its waters to be used against any neighbour, she said, repeating a pledge the "
        "prime minister made in Bergen in March 2025."
    )
    assert dates(text) == [("Lena Dahl", "2026-11-18"), ("Lena Dahl", "2026-11-18")]


def test_a_day_of_the_remarks_a_reported_clause_judges_does_not_date_the_words_judging_them():
    text = (
        "Harbour dispute\n\n"
        "The Port Authority of Velmar said today that the comments made by the spokesman of Ostria's Trade Office "
        'on Tuesday were "a crude attempt at blackmail", and that the harbour would stay open to all ships.'
    )
    assert set(dates(text)) == {("Port Authority of Velmar", "2026-11-20")}


def test_this_weekday_is_that_day_of_the_publication_week():
    text = (
        "Mayor Rosa Vidal said on Monday that the market would stay shut.\n\n"
        "Governor Luis Ortega said this Wednesday that the bridge would reopen after the inspection."
    )
    assert dates(text) == [("Rosa Vidal", "2026-11-16"), ("Luis Ortega", "2026-11-18")]


def test_a_day_of_the_month_alone_dates_the_words_in_the_publication_month_or_the_month_before():
    text = (
        "Mayor Rosa Vidal said on Monday that the market would stay shut.\n\n"
        "Harbour master Kim Dae-sung said on the 17th that the ferries would run again.\n\n"
        "Fisheries official Oh Min-ji said on the 28th that the catch had fallen."
    )
    assert dates(text) == [
        ("Rosa Vidal", "2026-11-16"),
        ("Kim Dae-sung", "2026-11-17"),
        ("Oh Min-ji", "2026-10-28"),
    ]


def test_an_ordinal_before_a_noun_is_no_day_of_the_month():
    text = (
        "Mayor Rosa Vidal said on Monday that the market would stay shut.\n\n"
        "Harbour master Kim Dae-sung said on the 17th anniversary of the port that the ferries would run again."
    )
    assert dates(text)[-1] == ("Kim Dae-sung", "2026-11-16")


def test_a_dateline_a_day_before_publication_is_the_day_its_today_names():
    text = (
        "Shelling resumes in border sector\n\n"
        "Valley Herald\nHerald Correspondent\nNovember 20, 2026\n\n"
        "SRINAGAR, November 19: Police spokesman Ravi Kaul said today that troops had exchanged fire overnight.\n\n"
        "Interior Minister Farid Lone said the situation was under control."
    )
    assert dates(text) == [("Ravi Kaul", "2026-11-19"), ("Farid Lone", "2026-11-19")]


def test_this_and_a_weekday_in_translated_copy_is_that_weekday():
    text = 'Minister Rosa Calderón rejected this Wednesday the seizure of the ferry, which she called "theft at sea".'
    assert set(dates(text)) == {("Rosa Calderón", "2026-11-18")}


def test_on_the_nth_is_that_day_of_the_publications_month_or_the_month_before():
    text = (
        'Minister Han Do-yun said at a briefing on the 18th that the talks were "in good faith".\n\n'
        'Envoy Seo Mi-rae told reporters on the 27th that the ships were "far from the coast".'
    )
    assert set(dates(text)) == {("Han Do-yun", "2026-11-18"), ("Seo Mi-rae", "2026-10-27")}


def test_an_ordinal_that_counts_something_else_is_no_day():
    text = 'Minister Han Do-yun told the 12th session of the council that the plan was "a fair one".'
    assert set(dates(text)) == {("Han Do-yun", "2026-11-20")}


def test_according_to_a_source_on_a_day_dates_its_clause_that_day():
    text = "Drills\n\nAccording to the Coastal Guard Command (CGC) on the 17th, two frigates left port before dawn."
    assert set(dates(text)) == {("Coastal Guard Command", "2026-11-17")}


def test_someone_elses_words_in_the_past_perfect_leave_the_sentences_day_to_the_words_after_it():
    text = (
        "Envoy Pia Marsh said yesterday that the deal was close.\n\n"
        "Spokesman Omar Lind, at his weekly briefing today, responded to Anna Roth, who had said on Tuesday that the "
        "deal was dead.\n\n"
        "Lind said the talks would resume next month."
    )
    assert ("Omar Lind", "2026-11-20") in dates(text)


def test_words_said_by_someone_who_attended_the_meeting_take_the_meeting_day():
    text = (
        "Speaking on Tuesday at a meeting with donors in Lund, Foreign Minister Tomas Berg said the fund was ready.\n\n"
        "The Treasury said on Wednesday that the bonds would be sold in March.\n\n"
        "Envoy Lena Dahl, who attended the meeting, said the donors backed the plan. The delegates, in a note read out "
        "at the end of the meeting, said they would meet again in spring."
    )
    assert dates(text)[2:] == [("Lena Dahl", "2026-11-17"), ("delegates", "2026-11-17")]


def test_words_said_after_a_drill_take_the_day_the_drill_was_held():
    text = (
        "Port Lund held an evacuation drill on the 18th to move residents by ferry. Speaking to reporters after the "
        "drill, Mayor Tomas Berg said the town had to be ready."
    )
    assert dates(text) == [("Tomas Berg", "2026-11-18")]


def test_what_a_caller_says_in_the_sentence_after_the_call_takes_the_day_of_the_call():
    text = (
        "Minister Lena Dahl told reporters in Lund on Monday that the port would stay open.\n\n"
        "Earlier today, the chancellor received a phone call from Minister Lena Dahl. The minister informed him that "
        "the talks had made progress."
    )
    assert dates(text) == [("Lena Dahl", "2026-11-16"), ("Lena Dahl", "2026-11-20")]


def test_a_day_in_a_relative_clause_on_the_subject_dates_what_the_subject_did_not_the_words():
    text = (
        "Farmers blocked the ring road in Lund on Friday.\n\n"
        "Ms Dahl, who toured the flooded districts with the regional governor last month, said the state would "
        "pay for the repairs."
    )
    assert dates(text) == [("Dahl", "2026-11-20")]


def test_the_same_day_dates_relayed_words_by_the_day_named_before_it():
    text = (
        "Mr Berg, who also met the Danish ambassador on Wednesday, said the Danish prime minister had assured him in "
        "a telephone call the same day that Copenhagen would back the bid."
    )
    assert ("Danish prime minister", "2026-11-18") in dates(text)


def test_that_morning_dates_relayed_words_by_the_day_of_the_statement_before():
    text = (
        "Spokeswoman Ana Ruiz told reporters on Wednesday that the plan was dead. She said President Tomas Berg had "
        "told an emergency meeting of the cabinet that morning that Lund would respond firmly. The launch was the "
        "fourth this year. Lund has ignored repeated offers of talks from Berg, who took office in June 2025."
    )
    assert ("Tomas Berg", "2026-11-18") in dates(text)


def test_a_weekday_after_an_email_dates_the_words_the_email_holds():
    text = "A Fisheries Agency spokesperson said in an email Wednesday that the quota would not be raised."
    assert dates(text) == [("Fisheries Agency", "2026-11-18")]


def test_a_weekday_after_by_phone_dates_the_words_relayed_from_the_call():
    text = "Mr Berg said the Danish prime minister had told him by phone on Tuesday that Copenhagen would back the bid."
    assert ("Danish prime minister", "2026-11-17") in dates(text)


def test_a_weekday_after_telling_an_outlet_by_telephone_dates_the_words():
    text = "The delegation's leader, Tomas Berg, told Nordpost by telephone on Tuesday that the visit was private."
    assert dates(text) == [("Tomas Berg", "2026-11-17")]


def test_a_sentence_saying_this_at_an_occasion_dates_the_words_before_it():
    text = (
        "Finance Minister Ana Ruiz has said that the budget would not be cut.\n\n"
        "She said this while addressing a workshop on public debt organised by the Lund Institute of Economics on "
        "Tuesday."
    )
    assert dates(text) == [("Ana Ruiz", "2026-11-17")]


def test_a_government_named_in_the_next_sentence_saying_this_takes_its_day():
    text = (
        "Oslo, November 20, 2026 (NNA) The Federal Government has said that the border with Lund would reopen in "
        "spring.\n\n"
        "The Minister of Trade, Amb. Ola Berg, said this on Wednesday in Oslo when he received a delegation of the "
        "Nordic Council.\n\nBerg said the customs posts would be staffed again."
    )
    assert [date for _, date in dates(text)] == ["2026-11-18", "2026-11-18"]


def test_a_statement_carried_by_an_agency_on_a_day_dates_its_words():
    text = (
        "In a statement carried by the Lund News Agency yesterday, General Tomas Berg called the drills "
        '"a provocation" and warned that the army would respond.'
    )
    assert dates(text)[-1] == ("Tomas Berg", "2026-11-19")


def test_a_weekday_after_telling_a_news_agency_dates_the_words():
    text = (
        "Mayor Rosa Vidal said on Monday that the bridge would stay shut.\n\n"
        "Spokesman Ivan Petrov told the Lund news agency on Tuesday that the talks had failed."
    )
    assert dates(text)[-1] == ("Ivan Petrov", "2026-11-17")


def test_a_day_in_a_clause_of_place_in_the_past_perfect_dates_what_was_done_there():
    text = (
        "Foreign Minister Ana Ruiz said on Tuesday that the fund was ready.\n\n"
        "Mr Berg, who arrived from Oslo, where he had met the Danish king on Monday, thanked Lund for its help and "
        "said the port would reopen."
    )
    assert dates(text)[-1] == ("Berg", "2026-11-17")


def test_the_papers_date_line_does_not_date_a_lead_filed_the_day_before():
    text = (
        "Traders shut shops over tax\n\n"
        "Valley Herald\nNovember 20, 2026\n\n"
        "SRINAGAR, November 19 (Herald News Service): Traders shut their shops here on Thursday against the new "
        "tax, officials said.\n\n"
        "Union leader Ravi Kaul, who led the protest, said the tax would ruin small shops."
    )
    assert dates(text)[-1] == ("Ravi Kaul", "2026-11-19")


def test_a_lecture_on_a_date_dates_the_words_said_at_it():
    text = (
        "Envoy Ola Berg, who died on Monday, was a patient mediator. In retirement he taught. In a lecture at the "
        'University of Lund in March 2019 he said: "A mediator has only time."'
    )
    assert dates(text)[-1] == ("Ola Berg", "2019-03")


def test_words_relayed_in_the_past_perfect_do_not_date_the_relayer_s_next_words():
    text = (
        "Harbour row\n\n"
        "TALLINN, Nov. 20 (BNS) - Estonia will not close the port, Deputy Minister Kaur Lepik said today.\n\n"
        'The deputy minister said the premier had told him on Monday that Tallinn "will not be rushed".\n\n'
        '"We keep every channel open," Lepik said.'
    )
    found = dates(text)
    assert ("Kaur Lepik", "2026-11-20") in found[-1:]


def test_words_relayed_from_a_meal_on_a_weekday_are_dated_by_that_day():
    text = (
        "Harbour row\n\n"
        "TALLINN, Nov. 20 (BNS) - Estonia will not close the port, Deputy Minister Kaur Lepik said today.\n\n"
        "The deputy minister said Prime Minister Ants Kask had assured him at a working lunch on Monday that Tallinn "
        '"will not be rushed".'
    )
    assert dates(text)[-2:] == [("Ants Kask", "2026-11-16"), ("Ants Kask", "2026-11-16")]


def test_a_letter_to_a_named_body_sent_on_a_day_dates_what_it_writes():
    text = (
        "Ferry levy\n\n"
        "Oslo will seek a delay to the levy, Trade Minister Ingrid Solum has told parliament.\n\n"
        "In a letter to the Standing Committee on Business sent on Wednesday, the minister writes that the levy "
        'would be "ruinous" for coastal towns.'
    )
    assert ("Ingrid Solum", "2026-11-18") in dates(text)


def test_talks_ended_on_a_day_date_the_words_said_after_the_meeting():
    text = (
        "The two delegations ended a round of talks in Geneva on Wednesday without agreeing on a text, chief "
        "negotiator Ola Brekke told journalists after the meeting."
    )
    assert set(dates(text)) == {("Ola Brekke", "2026-11-18")}


# --- the publication's date line over the lead (batch 71) --------------------------------------------------------


def test_the_papers_date_line_gives_way_to_the_day_the_lead_gives_the_event():
    # batch 71: "23 June 2030 (Sunday)" over "… held a full-scale drill on the 22nd …", then the mayor's words there
    text = (
        "Islanders board ferries\n\n"
        "Lemna Island Shimbun\n"
        "20 November 2026 (Friday)\n\n"
        "The city and the prefecture held a full-scale evacuation drill on the 19th, and about 600 residents took "
        "part in it.\n\n"
        "After watching the boarding at the port, Mayor Kenji Arakaki told reporters that the plan had worked.\n"
    )
    assert dates(text) == [("Kenji Arakaki", "2026-11-19")]


def test_a_deadline_in_the_lead_is_not_the_day_of_the_news():
    # batch 23's 2408: "Lithuania will inspect every freight train … from April 1", under the publication's line
    text = (
        "Lemna tightens rail checks\n\n"
        "By Ana Ruiz\n"
        "November 20, 2026 at 9:14 AM UTC\n\n"
        "Lemna will inspect every freight train crossing into Korinth from December 1, a step that officials in "
        "Korinth have criticised.\n\n"
        "Foreign Minister Jonas Petrauskas said the checks were needed to enforce the law.\n"
    )
    assert dates(text) == [("Jonas Petrauskas", "2026-11-20")]


def test_a_day_after_since_in_the_lead_is_not_the_day_of_the_words():
    # batch 75: a ministry's statement, "… the exercises conducted since 18 October …", then its own voice
    text = (
        "Statement on the naval exercises\n\n"
        "Ministry of Trade - Republic of Norland\n"
        "Harbourtown, 20 November 2026\n\n"
        "The Republic of Norland notes with concern the naval exercises held since 14 November near its islands.\n\n"
        "Norland reaffirms that freedom of navigation must be respected in its waters.\n"
    )
    assert dates(text) == [("Norland", "2026-11-20")]


def test_a_day_of_the_month_in_brackets_after_yesterday_leaves_the_clause_to_the_verb():
    # batch 75, translated Korean and Chinese copy: "said yesterday (the 27th) that"
    text = "The Harbour Police Station said yesterday (the 19th) that a patrol boat had found the yacht adrift."
    found = [(c.text, c.date_said) for c in extract(text, Directory(), PUBLISHED).candidates]
    assert found == [("a patrol boat had found the yacht adrift", "2026-11-19")]


# --- a place between the verb of speech and its day (batch 82) -----------------------------------------------------


def test_a_place_between_the_telling_and_its_weekday_leaves_the_day_to_the_telling():
    # batch 82's 8311: '"…," the frigate's commanding officer told reporters on the jetty Friday.' under the
    # outlet, byline and date block, then the commander's words the paragraph after, dated by the same day
    text = (
        "Coast guard cutter home after patrol\n\n"
        "The Harbour Gazette\n"
        "By Ana Ruiz\n"
        "Portvik, November 20, 2026\n\n"
        '"We tracked every tanker that tried to slip past the line. The logs now go to our allies," the cutter\'s '
        "captain told reporters on the pier Thursday.\n\n"
        "The captain said the crew had logged more than 40 suspicious vessels during the patrol.\n"
    )
    assert {date for _, date in dates(text)} == {"2026-11-19"}


def test_a_place_after_said_leaves_the_day_to_the_saying():
    text = 'Mayor Ola Brekke said at the ferry terminal on Wednesday that the crossing would "reopen soon".'
    assert set(dates(text)) == {("Ola Brekke", "2026-11-18")}


def test_an_event_at_a_place_after_said_keeps_its_own_day():
    text = "Mayor Ola Brekke said the fire in the harbour warehouse on Monday had destroyed the stock."
    assert set(dates(text)) == {("Ola Brekke", "2026-11-20")}


def test_a_statement_on_its_page_takes_the_day_after_the_page():
    # batch 85's 8605: "In a statement on its Facebook page on Sunday, the Chinese Embassy … said …"
    text = 'In a statement on its Facebook page on Tuesday, the Embassy of Korinth said the drills were "routine".'
    assert set(dates(text)) == {("Embassy of Korinth", "2026-11-17")}


def test_a_call_from_a_place_takes_the_day_after_the_place():
    # batch 80's 8104: "had told her in a phone call from the detention centre on Monday that …"
    text = (
        "Ana Ruiz said that her brother Tomas had told her in a phone call from the detention centre on Monday that "
        "the guards had taken his passport."
    )
    assert ("Tomas", "2026-11-16") in dates(text)


def test_a_hearer_told_before_the_day_leaves_the_day_to_the_telling():
    # batch 82's 8303: "a flight attendant had told the passengers on Sunday evening that …"
    text = "Ana Ruiz said a flight attendant had told the passengers on Tuesday evening that the crew would change."
    assert ("flight attendant", "2026-11-17") in dates(text)


def test_a_meeting_on_a_subject_is_no_place_and_its_month_does_not_date_the_words():
    # batch 52's 5311: "ahead of the informal meeting on the Cyprus problem in July, … said on Thursday"
    text = (
        'The new crossings will be "a test of goodwill" ahead of the meeting on the Korinth question in December, '
        "spokesman Ola Brekke said on Thursday."
    )
    assert {date for _, date in dates(text)} == {"2026-11-19"}


# --- a dateline in capitals, a day in an aside, a lead under the head's lines, a place named again (batches 83–85) --


def test_a_dateline_with_its_month_in_capitals_is_the_day_the_copy_was_filed():
    # batch 83's 8412: "HYDERABAD, MARCH 28: …, the … Association said here today." on copy of March 29
    text = (
        "Harbour strike ends\n\n"
        "The Harbour Gazette\n"
        "Staff Reporter | November 20, 2026\n\n"
        "PORTVIK, NOVEMBER 19: The dockworkers' strike is over, the Portvik Dockers' Union said here today.\n\n"
        "Union secretary Ana Ruiz said the men would return to work on Monday.\n"
    )
    assert {date for _, date in dates(text)} == {"2026-11-19"}


def test_a_weekday_set_beside_the_day_it_names_dates_the_telling():
    # batch 84's 8504: "a Palestinian colleague told him on his last day, Thursday, that …"
    text = (
        "Ana Ruiz returned from the field hospital this week. She says that a local doctor told her on her last day, "
        "Thursday, that the hospital would close within a week."
    )
    assert ("local doctor", "2026-11-19") in dates(text)


def test_a_lead_under_the_outlet_date_and_byline_lines_dates_the_words_after_it():
    text = (
        "Fishermen return home\n\n"
        "Portvik News Agency\n"
        "20 November 2026\n"
        "By Tomas Berg\n\n"
        "Twelve fishermen who had been held abroad returned to Portvik on Sunday aboard a chartered flight.\n\n"
        "Welcoming the fishermen, the Minister of Fisheries said the Government had negotiated for months.\n"
    )
    assert dates(text) == [("Minister of Fisheries", "2026-11-15")]


def test_a_dated_dateline_opening_the_lead_leaves_the_lead_its_own_day():
    # batch 85's 8602: "Freetown, April 7 (SLENA) – Thirty-one … women … arrived … on Sunday …"
    text = (
        "Fishermen return home\n\n"
        "Portvik, November 20 (PNA) – Twelve fishermen who had been held abroad returned to Portvik on Sunday aboard "
        "a chartered flight.\n\n"
        "Welcoming the fishermen, the Minister of Fisheries said the Government had negotiated for months.\n"
    )
    assert dates(text) == [("Minister of Fisheries", "2026-11-15")]


def test_words_at_the_airport_take_the_day_an_earlier_sentence_gave_the_airport():
    # batch 85's 8602: "told SLENA at the airport that …" after "arrived at the Freetown International Airport …
    # on Sunday", with a statement dated Friday between
    text = (
        "Twelve fishermen who had been held abroad arrived at Portvik International Airport on Sunday.\n\n"
        "The Portvik Fishers' Union said in a statement on Wednesday that the men were in good health.\n\n"
        "One of the fishermen, Ola Brekke, told reporters at the airport that the crew had been fed only rice.\n"
    )
    assert ("Ola Brekke", "2026-11-15") in dates(text)


def test_words_at_the_vigil_take_the_day_the_vigil_was_held():
    # batch 74's 7512: "Portland's mayor, who spoke briefly at the vigil, said …" after "gathered … on Thursday evening
    # for a candlelight vigil", with a spokesperson's Tuesday between
    text = (
        "About 300 people gathered in Harbour Square on Wednesday evening for a candlelight vigil.\n\n"
        "A Red Cross spokesperson said on Tuesday that aid was not getting through.\n\n"
        "Portvik's mayor, Ana Ruiz, who spoke briefly at the vigil, said the city stood with its neighbours.\n"
    )
    assert ("Ana Ruiz", "2026-11-18") in dates(text)


def test_an_occasion_named_again_takes_the_day_given_near_it_not_a_later_day_in_its_sentence():
    # batch 81's 8203: "Also speaking at the launch, …, said … a special collection on Sunday 16 February", then
    # "…, who attended the launch, said …": the launch's Friday
    text = (
        "At the launch of the appeal in Portvik on Wednesday, the minister said every gift would count.\n\n"
        "Also speaking at the launch, the Bishop of Portvik, the Right Reverend Tomas Berg, said the churches would "
        "hold a special collection on Sunday 29 November.\n\n"
        "Ola Brekke, a teacher who attended the launch, said he had given his savings to the appeal.\n"
    )
    assert ("Ola Brekke", "2026-11-18") in dates(text)
