"""Wrong speakers on unseen pages, round 2 (issue 16, precision; session 12): constructions
that gave a quote to someone who did not say it, each with sentences in an outlet's style (the
misfire) and the reading that must stay, run through the real analysis.

* a name inside the description of an unnamed speaker, after a relative pronoun or a
  preposition ('," says a woman who auditioned for Ailes in 1968'), is its object, not the
  speaker (`cues_after._named_after_verb`);
* an indefinite speaker whose cue runs past an abbreviation's point ('," a former News Corp.
  executive said') is an unnamed speaker, who ends the continuation
  (`cues_after._speaks_past_point`);
* a quoted title of a work after a possessive or a work noun ('on NPR's "Wait, Wait … Don't
  Tell Me!"', 'TIME's video "Oil Spill Anxiety on the Bayou."') is nobody's words
  (`work_titles.work_title`);
* the continuation does not give a quote to someone its own subject rules out ('"…," he
  rejoined' after a woman spoke; '"…?" Trump went on' after Kelly spoke:
  `continuation.subject_after_differs`), nor give the answer after a question that closes the
  paragraph to the one who asked it (`continuation._question`).
"""

from __future__ import annotations

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def speakers(body: str) -> dict[str, str | None]:
    story = analyze_builtin(Story(title="t", body=body))
    return {q.text.rstrip(",.?!"): q.speaker.name for q in story.quotes if q.kind == "direct"}


# --- 1. a name in the description of an unnamed speaker -----------------------------------

NAME_IN_DESCRIPTION = [
    # New York magazine: a relative clause with a preposition and a year after the name
    ("Roger Ailes ran the network for twenty years.\n\n"
     '"The feeling I got was repulsion and contempt," says a woman who auditioned for Ailes '
     "in 1968 when she was a student.", "The feeling I got was repulsion and contempt"),
    # AP: "who worked with" and a place
    ("Senator Mark Jones spoke on Monday.\n\n"
     '"He never listened to anyone," said a man who worked with Jones in Ohio.',
     "He never listened to anyone"),
    # Guardian: "that" and a preposition
    ("Theresa Walsh chairs the committee.\n\n"
     '"It was a disaster from the start," said an official that reported to Walsh during the '
     "inquiry.", "It was a disaster from the start"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "quote"), NAME_IN_DESCRIPTION)
def test_name_inside_an_unnamed_speakers_description_is_not_the_speaker(
    body: str, quote: str
) -> None:
    found = speakers(body)
    assert found[quote] is None, found


def test_descriptor_then_name_after_the_verb_is_still_the_speaker() -> None:
    # '," said ACLU executive director Anthony Romero in a statement': the name is the subject
    body = (
        "The court ruled on Friday.\n\n"
        '"This is a victory for privacy," said ACLU executive director Anthony Romero in a '
        "statement."
    )
    assert speakers(body)["This is a victory for privacy"] == "Anthony Romero"


# --- 2. an indefinite speaker past an abbreviation ----------------------------------------

ABBREVIATED_UNNAMED = [
    # New York magazine: "Corp." inside the description
    ("Rupert Murdoch said the budgets were fine. \u201cWhen you make that much money, we "
     "didn\u2019t go line by line,\u201d a former News Corp. executive said.",
     "When you make that much money, we didn\u2019t go line by line"),
    # Bloomberg: "Inc." inside the description
    ("Tim Cook said sales were strong. \"Nobody expected it to sell this well,\" an Apple Inc. "
     "engineer said.", "Nobody expected it to sell this well"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "quote"), ABBREVIATED_UNNAMED)
def test_indefinite_speaker_past_an_abbreviation_ends_the_continuation(
    body: str, quote: str
) -> None:
    found = speakers(body)
    assert found[quote] is None, found


# --- 3. the title of a work -----------------------------------------------------------------

WORK_TITLES = [
    # CNN: a show after a possessive, run into the cue's sentence
    ("Elizabeth Prelogar argued the case. \u201cIf you want a through-line, I like to go in "
     "front of judges,\u201d Prelogar said recently on NPR\u2019s \u201cWait, Wait \u2026 "
     "Don\u2019t Tell Me!\u201d The early work helped.", "Wait, Wait \u2026 Don\u2019t Tell Me"),
    # TIME: a video after a work noun, in parentheses
    ('"Until we put a hard number on it, we cannot know," says Samantha Joye, a biologist. '
     '(Watch TIME\'s video "Oil Spill Anxiety on the Bayou.")', "Oil Spill Anxiety on the Bayou"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "quote"), WORK_TITLES)
def test_title_of_a_work_has_no_speaker(body: str, quote: str) -> None:
    found = speakers(body)
    assert found[quote] is None, found


def test_quote_after_a_title_goes_on_with_the_speaker_before_it() -> None:
    # Washington Post: the cue names the show; the next quote is still the senator's
    body = (
        "Marco Rubio spoke about refugees.\n\n"
        '"We cannot take more refugees," Rubio said on ABC\'s "This Week With George '
        'Stephanopoulos." "Because there is no way to check someone coming from Syria."'
    )
    found = speakers(body)
    assert found["This Week With George Stephanopoulos"] is None, found
    assert found["Because there is no way to check someone coming from Syria"] == "Marco Rubio"


def test_speech_after_a_possessive_keeps_its_speaker() -> None:
    # words in sentence case after "the minister's": speech, not a title
    body = (
        "Health Minister Anna Berg spoke to reporters on Monday.\n\n"
        '"We will open three new hospitals this year," Berg said.'
    )
    assert speakers(body)["We will open three new hospitals this year"] == "Anna Berg"


# --- 4. the continuation against the quote's own subject -----------------------------------

OWN_SUBJECT = [
    # CNN transcript style: "he" and a verb the cues do not know, after a woman spoke: the man
    # the story named, never the woman the continuation would carry on with
    ("Samuel Alito told Elizabeth Prelogar it appeared she wanted to extend it. \u201cNo, "
     "Justice Alito,\u201d Prelogar said. \u201cI was making another point.\u201d\n\n"
     "\u201cThen why were you talking about corporate America,\u201d he rejoined.",
     "Then why were you talking about corporate America", "Samuel Alito"),
    # AP: a name and "went on" after a question, the interviewer having spoken last
    ("Donald Trump told Fox News anchor Megyn Kelly that people who are bullied must fight "
     "back.\n\nKelly responded pointedly: \u201cCan happen when you\u2019re 45.\u201d\n\n"
     "\u201cYou know, it happens, right?\u201d Trump went on, as if he didn\u2019t hear her.",
     "You know, it happens, right", None),
]  # fmt: skip


@pytest.mark.parametrize(("body", "quote", "expected"), OWN_SUBJECT)
def test_continuation_is_not_given_past_the_quotes_own_subject(
    body: str, quote: str, expected: str | None
) -> None:
    found = speakers(body)
    assert found[quote] == expected, found  # never the continued speaker (Prelogar, Kelly)


def test_continuation_of_the_same_speaker_stays() -> None:
    # '," she went on' after the same woman spoke: the continuation is hers
    body = (
        "Elizabeth Prelogar answered the court.\n\n"
        '"There is no basis for that claim," Prelogar said.\n\n'
        '"And the record shows it," she went on.'
    )
    assert speakers(body)["And the record shows it"] == "Elizabeth Prelogar"


def test_answer_after_a_question_closing_the_paragraph_is_not_the_askers() -> None:
    # CNN: the justice's question ends his paragraph; the next paragraph is the answer
    body = (
        "Samuel Alito questioned Elizabeth Prelogar on Monday.\n\n"
        "\u201cBut there is some risk,\u201d Alito interjected. \u201cDo you dispute "
        "that?\u201d\n\n"
        "\u201cThere can be a very minimal risk with respect to some individuals.\u201d"
    )
    found = speakers(body)
    assert found["There can be a very minimal risk with respect to some individuals"] is None


def test_quote_after_a_statement_closing_the_paragraph_continues() -> None:
    # the same shape without a question: the speaker goes on in the next paragraph
    body = (
        "Samuel Alito questioned Elizabeth Prelogar on Monday.\n\n"
        "\u201cBut there is some risk,\u201d Alito interjected. \u201cYou know that.\u201d\n\n"
        "\u201cWe have all read the studies on the matter.\u201d"
    )
    assert speakers(body)["We have all read the studies on the matter"] == "Samuel Alito"


# --- 5. a name inside a fronted subordinate clause --------------------------------------------

FRONTED_CLAUSE = [
    # Breitbart: "After X criticized Y, Z shot back," with Z a given name the finder does not know
    ("Hillary Clinton was an accomplished attorney.\n\n"
     "After former California Gov. Jerry Brown criticized Bill Clinton during a debate, Hillary "
     "shot back, \u201cI suppose I could have stayed home, but I chose my profession.\u201d",
     "I suppose I could have stayed home, but I chose my profession"),
    # Reuters: "When X said …, a senior official replied,"
    ("Prime Minister Ana Costa spoke on Monday.\n\n"
     "When Costa said the talks had failed, a senior official replied, \"Nothing has failed "
     "yet.\"", "Nothing has failed yet"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "quote"), FRONTED_CLAUSE)
def test_subject_of_a_fronted_clause_is_not_the_speaker(body: str, quote: str) -> None:
    found = speakers(body)
    assert found[quote] is None, found


def test_main_clause_subject_after_a_fronted_clause_speaks() -> None:
    body = (
        "Donald Trump and Jeb Bush met in a debate.\n\n"
        "When Donald Trump attacked him on Monday, Jeb Bush said, \u201cHe is not a serious "
        "candidate.\u201d"
    )
    assert speakers(body)["He is not a serious candidate"] == "Jeb Bush"


def test_as_parenthetical_keeps_its_teller() -> None:
    # Politico: "As X explained, …, "…"": the teller speaks
    body = (
        "White House press secretary Josh Earnest spoke on Monday.\n\n"
        "As Josh Earnest explained, three taxes were postponed in the deal, depriving the "
        "government of $35 billion, \u201cwhich sounds like a lot of money. But it is not.\u201d"
    )
    found = speakers(body)
    assert found["which sounds like a lot of money. But it is not"] == "Josh Earnest", found


# --- 6. the one a question is put to ------------------------------------------------------

ASKED = [
    # HBO transcript style: the host's question, put to the senator
    ("Senator Bernie Sanders spoke on Friday's broadcast.\n\n"
     "Sanders was asked by host Bill Maher, who backs Sanders but has dismissed the story, "
     "\u201cNow, you famously said you were tired of hearing about the emails, has it "
     "not?\u201d", "Now, you famously said you were tired of hearing about the emails, has it not"),
    # AP: "was pressed by reporters"
    ("Governor Chris Walsh met reporters on Tuesday.\n\n"
     "Walsh was pressed by reporters, who had waited for hours, \"Will you resign over the "
     "contracts?\"", "Will you resign over the contracts"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "quote"), ASKED)
def test_question_put_to_someone_is_not_theirs(body: str, quote: str) -> None:
    found = speakers(body)
    assert found[quote] is None, found


def test_answer_after_being_asked_is_the_persons() -> None:
    body = (
        "Senator Bernie Sanders spoke on Friday.\n\n"
        "Sanders was asked about the emails and said: \u201cThe story has moved.\u201d"
    )
    assert speakers(body)["The story has moved"] == "Bernie Sanders"


# --- 7. a clause after a verb-first cue's subject ------------------------------------------


def test_name_in_a_clause_after_the_cues_subject_is_not_the_speaker() -> None:
    # Breitbart: ", said Cruz constituent Dan Golvach when asked about Lindsey Graham"
    body = (
        "Senator Lindsey Graham endorsed Ted Cruz.\n\n"
        "\u201cAnyone who refuses to follow our laws puts Americans at risk,\u201d said Cruz "
        "constituent Dan Golvach when asked about Lindsey Graham."
    )
    assert speakers(body)["Anyone who refuses to follow our laws puts Americans at risk"] == (
        "Dan Golvach"
    )


# --- 8. a pronoun opening the main clause after a fronted clause ----------------------------


def test_pronoun_after_a_fronted_clause_is_its_subject() -> None:
    # New York magazine: 'While Ailes released a statement defending Kelly, he privately
    # blamed her …. "…," he told a Fox anchor' is Ailes, not the Kelly named before
    body = (
        "Megyn Kelly asked Donald Trump about his comments. Roger Ailes ran the network.\n\n"
        "Kelly had begun to speculate that Trump had been responsible. While Ailes released a "
        "statement defending Kelly, he privately blamed her for creating the crisis. \u201cIt "
        "was an unfair question,\u201d he told a Fox anchor."
    )
    assert speakers(body)["It was an unfair question"] == "Roger Ailes"


# --- 9. words that open a capitalised run but name no one --------------------------------------


def test_sentence_adverb_is_no_given_name() -> None:
    # New York magazine: "Perhaps Murdoch told him …" is Murdoch, not a "Perhaps Murdoch"
    body = (
        "Rupert Murdoch was vacationing in France. Perhaps Murdoch told him not to bother, "
        "because the trip never happened.\n\n"
        "\u201cI\u2019m here, and I\u2019m in charge,\u201d Murdoch told staff later that "
        "afternoon."
    )
    assert speakers(body)["I\u2019m here, and I\u2019m in charge"] == "Rupert Murdoch"


def test_ordinal_company_name_is_no_person() -> None:
    # "21st Century Fox" is a company: no "Century Fox" to give a "he" to
    body = (
        "Roger Ailes complained to 21st Century Fox general counsel Gerson Zweifach. Fox "
        "executives met on Monday.\n\n"
        "\u201cYou\u2019re going to find me good people,\u201d he reportedly told her."
    )
    assert speakers(body)["You\u2019re going to find me good people"] != "Century Fox"


# --- 10. a colon cue whose name is an object or a teller -------------------------------------


def test_said_of_someone_is_not_their_words() -> None:
    # Washington Post: "X, who was …, said of Sanders:" is about Sanders, not by him
    body = (
        "Senator Bernie Sanders campaigned on Monday.\n\n"
        "Recalling that moment, David Axelrod, who was chief strategist for Obama's campaigns, "
        'said of Sanders: "The question is, will he do the same?"'
    )
    assert speakers(body)["The question is, will he do the same"] != "Bernie Sanders"


def test_teller_frame_is_not_the_subject_of_the_verb_after_it() -> None:
    # New York magazine: "Luhn says, Ailes videotaped her and told her:" is not Luhn's line
    body = (
        "Roger Ailes met Laurie Luhn on the campaign.\n\n"
        "(During their first encounter, Luhn says, Ailes videotaped her in a garter belt and "
        "told her: \u201cI am going to put the tape in a safe-deposit box.\u201d)"
    )
    assert speakers(body)["I am going to put the tape in a safe-deposit box"] != "Laurie Luhn"


def test_teller_frame_then_adding_stays_the_tellers() -> None:
    # Nature: '"…," Ibrahim says, adding: "…"' goes on in Ibrahim's words
    body = (
        "Gihad Ibrahim runs the university.\n\n"
        "\u201cIt also had its own laboratories,\u201d Ibrahim says, adding: \u201cWe had to "
        "buy new equipment for all the laboratories.\u201d"
    )
    found = speakers(body)
    assert found["We had to buy new equipment for all the laboratories"] == "Gihad Ibrahim"


# --- 11. pronouns: fronted "Asked …", a described subject, a cue before the quote ---------------


def test_pronoun_in_a_fronted_asked_clause_looks_ahead() -> None:
    # BBC: 'Asked whether he was comfortable …, Mr Howard told the BBC: "…". He said …'
    body = (
        'Mr Griffin told the Independent the plans were "a move onto our turf". He said: "I '
        'accept that the Tories will con enough people." Asked whether he was comfortable '
        'with the comparison, Mr Howard told the BBC: "I reject that entirely". He said he '
        'found the policies "abhorrent" but he said the UK had to take a different approach. '
        '"The government does not want to limit it in any way, we do."'
    )
    found = speakers(body)
    assert found["The government does not want to limit it in any way, we do"] == "Howard", found


def test_name_after_a_described_subjects_verb_is_no_antecedent() -> None:
    # BBC sport: "The Scot initially defended Beattie …. He said:" is the Scot, not Beattie
    body = (
        "Everton manager David Moyes will discipline striker James Beattie.\n\n"
        "The Scot initially defended Beattie, saying Gallas overreacted. But he has had a "
        'rethink. He said: "I believe that I should set the record straight."'
    )
    assert speakers(body)["I believe that I should set the record straight"] != "James Beattie"


def test_thing_opening_the_sentence_keeps_the_role_antecedent() -> None:
    # "The pressure prompted the prime minister to say …. He told MPs:" is the prime minister
    body = (
        "Tory leader Michael Howard has accused Tony Blair of U-turns.\n\n"
        "The pressure prompted the prime minister to say the police would be consulted. He "
        'told MPs: "If we get the right response, we will act."'
    )
    assert speakers(body)["If we get the right response, we will act"] == "Tony Blair"


def test_she_after_an_unresolved_colon_cue_does_not_continue() -> None:
    # BBC Wales: a colon cue names someone the finder does not know, then "she said"
    body = (
        'In response, Ieuan Wyn Jones, leader of the Plaid Cymru group, said: "It is changing '
        'the deckchairs." Kisrty Williams, for the Lib Dems, added: "If the policy goes on, '
        'changing the minister will serve no purpose," she said.'
    )
    found = speakers(body)
    assert found["If the policy goes on, changing the minister will serve no purpose"] is None


# --- 12. the subject of a reported clause ---------------------------------------------------


def test_subject_of_the_reported_clause_is_not_the_fragments_speaker() -> None:
    # Washington Post: 'Trump, who …, said Friday that Curiel "happens to be … Mexican."'
    body = (
        "Judge Gonzalo Curiel ordered the release. Donald Trump railed against the judge.\n\n"
        "Trump, who previously questioned whether Curiel's heritage made him biased, said "
        'Friday that Curiel "happens to be, we believe, Mexican."'
    )
    story = analyze_builtin(Story(title="t", body=body))
    given = {q.text: q.speaker.name for q in story.quotes}
    assert given.get("happens to be, we believe, Mexican.") != "Gonzalo Curiel", given


def test_speaker_of_a_that_clause_fragment_stays() -> None:
    body = (
        "Prime Minister Tony Blair spoke.\n\n"
        'Mr Blair said that the government was "absolutely committed" to the plan.'
    )
    story = analyze_builtin(Story(title="t", body=body))
    given = {q.text: q.speaker.name for q in story.quotes}
    assert given["absolutely committed"] == "Tony Blair", given
