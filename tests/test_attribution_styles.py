"""Speaker attribution in every outlet's style (issue 16): sentence-level cases written after
AP, Reuters, NYT, Washington Post, Guardian, BBC, Al Jazeera, Yonhap and Xinhua conventions,
and the traps the issue lists. Each case is a short story run through the real analysis."""

from __future__ import annotations

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story

QUOTE = "We will not accept this deal in its current form"


def speakers(body: str) -> dict[str, str | None]:
    """Direct quote text -> speaker name, for the story ``body``."""
    story = analyze_builtin(Story(title="t", body=body))
    return {q.text.rstrip(",.?!"): q.speaker.name for q in story.quotes if q.kind == "direct"}


def speaker_of(body: str, quote: str = QUOTE) -> str | None:
    found = speakers(body)
    assert quote in found, found
    return found[quote]


# (outlet style, story body, expected speaker of QUOTE)
STYLES = [
    # AP: name and verb after the quote, party-state tags, honorific-free surnames
    (
        "AP surname",
        f'Lindsey Graham spoke on Tuesday.\n\n"{QUOTE}," Graham said.',
        "Lindsey Graham",
    ),
    (
        "AP party tag",
        f'The hearing ended.\n\n"{QUOTE}," Sen. Lindsey Graham, R-S.C., said.',
        "Lindsey Graham",
    ),
    (
        "AP leader with tag",
        f'The vote was close.\n\n"{QUOTE}," Senate Majority Leader Mitch McConnell, R-Ky., '
        "said Tuesday.",
        "Mitch McConnell",
    ),
    (
        "AP parenthesised tag",
        f'The vote was close.\n\n"{QUOTE}," added Rep. Jim Clyburn (D-S.C.), the assistant leader.',
        "Jim Clyburn",
    ),
    (
        "AP tag before the verb",
        f"The vote was close.\n\n“{QUOTE},” Sen. Chuck Schumer (D-N.Y.) said Tuesday.",
        "Chuck Schumer",
    ),
    # Reuters: verb first, apposition after the name, dateline
    (
        "Reuters apposition",
        f'LONDON (Reuters) - Talks stalled.\n\n"{QUOTE}," said Mona Lamberson, 59, a trader.',
        "Mona Lamberson",
    ),
    (
        "Reuters bare apposition",
        f"WASHINGTON (Reuters) - Talks stalled.\n\n“{QUOTE},” Amy Pope, deputy homeland "
        "security adviser, said on a call with reporters.",
        "Amy Pope",
    ),
    # NYT: Mr./Ms. with a point
    ("NYT Mr.", f'The hearing ended.\n\n"{QUOTE}," said Mr. Morgan.', "Morgan"),
    ("NYT Ms.", f'The hearing ended.\n\n"{QUOTE}," said Ms. Warren.', "Warren"),
    (
        "NYT title and statement",
        f"Congress balked.\n\n“{QUOTE},” said House Speaker Paul Ryan in a statement.",
        "Paul Ryan",
    ),
    # Washington Post: told reporters, a body before a title
    (
        "WaPo told",
        f'Elizabeth Warren spoke.\n\n"{QUOTE}," Warren told reporters.',
        "Elizabeth Warren",
    ),
    (
        "WaPo organisation before a title",
        f"Congress balked.\n\n“{QUOTE},” said ACLU executive Director Anthony Romero in a "
        "statement.",
        "Anthony Romero",
    ),
    # Guardian: colon introduction
    (
        "Guardian colon",
        f'Jacinda Ardern was asked about the plan. She told reporters: "{QUOTE}."',
        "Jacinda Ardern",
    ),
    (
        "Guardian first names no list knows",
        f'Talks ended.\n\n"{QUOTE}," said Jacinda Ardern.',
        "Jacinda Ardern",
    ),
    # BBC: Mr without a point, verb before the name
    ("BBC Mr", f'Tony Blair spoke.\n\n"{QUOTE}," said Mr Blair.', "Tony Blair"),
    # Al Jazeera: particles and the al- prefix
    (
        "Al Jazeera particle",
        f'Talks ended.\n\n"{QUOTE}," Ahmed al-Mansouri told Al Jazeera.',
        "Ahmed al-Mansouri",
    ),
    # Yonhap: the name first, the verb after a title apposition
    (
        "Yonhap apposition",
        f'Talks ended.\n\n"{QUOTE}," Moon Jae-in, the South Korean president, said.',
        "Moon Jae In",
    ),
    # Xinhua: a ministry spokesperson speaks for the ministry
    (
        "Xinhua spokesperson",
        f'Talks ended.\n\n"{QUOTE}," a Foreign Ministry spokesperson said.',
        "Foreign Ministry",
    ),
]


@pytest.mark.parametrize(("style", "body", "expected"), STYLES, ids=[s[0] for s in STYLES])
def test_outlet_style(style: str, body: str, expected: str) -> None:
    assert speaker_of(body) == expected, style


def test_names_no_list_knows_are_names() -> None:
    # a surname met alone is the full name met before; an apostrophe is part of a name
    assert speaker_of(f"Marvin Teske, 53, backs her.\n\n“{QUOTE},” Teske said.") == "Marvin Teske"
    assert speaker_of(f'The hearing ended.\n\n"{QUOTE}," said O\'Dowd.') == "O'Dowd"
    # a surname that is also a title
    assert speaker_of(f'Peter King spoke.\n\n"{QUOTE}," King said.') == "Peter King"
    # a given name that is also a common word
    assert speaker_of(f"Bill Clinton spoke.\n\n“{QUOTE},” Bill Clinton said.") == "Bill Clinton"


def test_a_sentence_that_only_says_who_spoke() -> None:
    # a quote closed by a full stop, then "Trump said.": nothing else that sentence could say
    body = f"Donald Trump spoke in Iowa.\n\n“{QUOTE}.” Trump said."
    assert speaker_of(body) == "Donald Trump"
    # ... but "he said" after a full stop keeps the pronoun's caution
    body = f'Mitch Kapor spoke.\n\nOne fan said he was unsure. "{QUOTE}." he said.'
    assert speaker_of(body) is None


def test_interviewer_questions_are_not_the_answer() -> None:
    body = (
        "Larry King interviewed the minister.\n\n"
        '"Will you run for the presidency next year?" King asked.\n\n'
        f'"{QUOTE}."'
    )
    found = speakers(body)
    assert found["Will you run for the presidency next year"] == "Larry King"
    assert found[QUOTE] is None  # the interviewee's answer is not the interviewer's


def test_organisations_speak_as_the_story_names_them() -> None:
    assert speaker_of(f'Talks ended.\n\n"{QUOTE}," a Pentagon spokesman said.') == "Pentagon"
    body = f'Shares in Cairn Energy fell on Monday.\n\n"{QUOTE}," the company said.'
    assert speaker_of(body) == "Cairn Energy"
    body = f'Russia\'s Foreign Ministry criticised the plan.\n\n"{QUOTE}," the ministry said.'
    assert speaker_of(body) == "Foreign Ministry"
    # no organisation named: the honest null
    assert speaker_of(f'Talks ended.\n\n"{QUOTE}," the company said.') is None


def test_places_that_speak_are_not_people() -> None:
    story = analyze_builtin(Story(title="t", body=f'Talks ended.\n\n"{QUOTE}," Moscow said.'))
    assert not any(a.kind == "person" and a.name == "Moscow" for a in story.actors)


def test_role_nouns_and_pronouns() -> None:
    body = f'Sen. Bernie Sanders (I-Vt.) spoke.\n\n"{QUOTE}," the senator said.'
    assert speaker_of(body) == "Bernie Sanders"
    body = f'Angela Merkel arrived late.\n\n"{QUOTE}," she said.'
    assert speaker_of(body) == "Angela Merkel"


def test_continuation_over_paragraphs_and_colon_paragraphs() -> None:
    body = (
        f"Chuck Schumer spoke.\n\n“{QUOTE},” Schumer said.\n\n"
        "“And we will keep saying so until the vote is held next week.”"
    )
    found = speakers(body)
    assert found["And we will keep saying so until the vote is held next week"] == "Chuck Schumer"
    body = f"Sanders spoke at length in Iowa.\n\nBernie Sanders told the crowd:\n\n“{QUOTE}.”"
    assert speaker_of(body) == "Bernie Sanders"


def test_unnamed_speakers_stay_unresolved() -> None:
    assert speaker_of(f'Talks ended.\n\n"{QUOTE}," said one senior Democrat.') is None
    assert speaker_of(f'Talks ended.\n\n"{QUOTE}," a trader at a European bank said.') is None


def test_datelines_and_party_tags_are_no_speakers() -> None:
    body = f'WASHINGTON (AP) — Talks ended.\n\n"{QUOTE}," Sen. Lindsey Graham, R-S.C., said.'
    story = analyze_builtin(Story(title="t", body=body))
    names = {a.name for a in story.actors}
    assert not names & {"WASHINGTON", "R-S", "C", "S.C."}


def titled_speaker(body: str) -> tuple[str | None, str | None]:
    """(name, title) of the speaker of QUOTE in ``body``."""
    story = analyze_builtin(Story(title="t", body=body))
    found = [q.speaker for q in story.quotes if q.text.rstrip(",.?!") == QUOTE]
    assert found, [q.text for q in story.quotes]
    return found[0].name, found[0].title


RANKED = [
    # a descriptor, then a military rank, then the name
    (
        f"The drills began.\n\nPhilippine exercise director Brigadier General Vicente Blanco "
        f"told reporters: “{QUOTE}.”",
        ("Vicente Blanco", "Brigadier General"),
    ),
    # a body, a post, a rank and the name in one capitalised run
    (
        f"The drills began.\n\n“{QUOTE},” Philippine Marine Corps Commandant Major General "
        "Arturo Rojas said.",
        ("Arturo Rojas", None),
    ),
    # an outlet and a hyphenated job title
    (
        f"The paper spoke.\n\n“{QUOTE},” Reuters Editor-in-Chief Alessandra Galloni said.",
        ("Alessandra Galloni", "Editor-in-Chief"),
    ),
    (
        f"The talks ended.\n\n“{QUOTE},” said Oxfam Executive Director Winnie Byanyima.",
        ("Winnie Byanyima", "Executive Director"),
    ),
    (
        f"The talks ended.\n\n“{QUOTE},” said Lt. Col. Dana Whitfield, a spokeswoman.",
        ("Dana Whitfield", None),
    ),
    (
        f"The talks ended.\n\n“{QUOTE},” Vice Admiral Karl Thomas told reporters.",
        ("Karl Thomas", None),
    ),
]


@pytest.mark.parametrize(("body", "expected"), RANKED)
def test_ranks_and_job_titles_are_no_part_of_the_name(
    body: str, expected: tuple[str, str | None]
) -> None:
    name, title = titled_speaker(body)
    assert name == expected[0]
    if expected[1] is not None:
        assert title == expected[1]


def test_a_title_alone_is_never_the_speaker() -> None:
    body = (
        "The forum opened.\n\nTariq Al Shaikh, Executive Director of Abu Dhabi Ghantoot Centre "
        f"for Consulting and Training, said: “{QUOTE}.”"
    )
    assert speaker_of(body) == "Tariq Al Shaikh"


def test_dotted_country_abbreviations_are_one_word_never_a_person() -> None:
    body = (
        "U.S. and allied troops have spent six years in the region.\n\n"
        f"“{QUOTE},” he said.\n\nThe U.N. Security Council met on Monday."
    )
    story = analyze_builtin(Story(title="t", body=body))
    names = {a.name for a in story.actors}
    assert not any(". " in n for n in names), names
    assert all(q.speaker.name != "U. S." for q in story.quotes)
    # initials are shown as written together, and spaced initials are the same name
    assert speaker_of(f"Talks ended.\n\n“{QUOTE},” said J.K. Rowling.") == "J.K. Rowling"
    assert speaker_of(f"Talks ended.\n\n“{QUOTE},” said J. K. Rowling.") == "J.K. Rowling"


# Constructions of issue 16's second round (each with its trap)
CONSTRUCTIONS = [
    # verb first, then a title phrase, then the name
    (f"The vote was close.\n\n“{QUOTE},” said Virginia delegate Beau Correll.", "Beau Correll"),
    (
        f"Talks stalled.\n\n“{QUOTE},” explained Los Angeles-based attorney Edgar Martirosyan.",
        "Edgar Martirosyan",
    ),
    # trap: the name is the object of a preposition, not the speaker
    (f"Talks stalled.\n\n“{QUOTE},” said the lawyer for Beau Correll.", None),
    # a name and any verb in the past tense after a comma-closed quote
    (f"Megyn Kelly spoke first.\n\n“{QUOTE},” Kelly charged in her opening.", "Megyn Kelly"),
    (f"Donald Trump spoke last.\n\n“{QUOTE}!” Trump boomed.", "Donald Trump"),
    # trap: a possessive makes the name a modifier of someone unnamed
    (f"Megyn Kelly spoke first.\n\n“{QUOTE},” Kelly's lawyer charged.", None),
    # a quote run on into the reporter's words, the sentence closed by a cue
    (
        f'Polls were close.\n\n"{QUOTE}" if she did not win by more, said David Wasserman, '
        "an analyst at the Cook Political Report.",
        "David Wasserman",
    ),
    (f'Bernie Sanders won.\n\n"{QUOTE}" for the victory, Sanders said.', "Bernie Sanders"),
    # trap: the name after the run-on is an object, not a cue
    (f'Bernie Sanders won.\n\n"{QUOTE}" for the victory, Sanders argued with Jim Smith.', None),
    # a fragment run on into the sentence, its cue last
    (
        f'Hillary Clinton ran in 2008.\n\nClinton won "{QUOTE}" in the 2008 primary, said '
        "professor Paul Beck.",
        "Paul Beck",
    ),
    # a colon closing a sentence whose subject is a person, whatever its verb
    (f'Ohio Gov. John Kasich was asked. Kasich resisted: "{QUOTE}."', "John Kasich"),
    (
        f"Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: "
        f'"{QUOTE}."',
        "Mitch McConnell",
    ),
    # trap: two people open the sentence
    (f'Donald Trump spoke. Marco Rubio answered.\n\nTrump and Rubio met: "{QUOTE}."', None),
    # an apposition with a possessive in it, with or without a determiner
    (
        f'Talks stalled.\n\n"{QUOTE}," Deborah Tamargo, the chairwoman of Florida’s '
        "Hillsborough County GOP, recalled of a June conversation.",
        "Deborah Tamargo",
    ),
    (
        f'Bernie Sanders raised money.\n\n"{QUOTE}," Jeff Weaver, Sanders\' campaign manager, '
        "said in a statement.",
        "Jeff Weaver",
    ),
    # any past-tense verb first, then the name
    (f'Talks stalled.\n\n"{QUOTE}," remembered Roy Verley, a former spokesman.', "Roy Verley"),
    # trap: the name after the verb is its object, in a clause
    (f'Talks stalled.\n\n"{QUOTE}," worried Roy Verley\'s staff.', None),
    # a descriptor holding another person's name
    (
        f"Rabbis met.\n\n“{QUOTE},” former George W. Bush speechwriter Noam Neusner wrote.",
        "Noam Neusner",
    ),
    # a quoted sentence run into one whose subject is a person, whatever the verb
    (f'Megan Moore spoke.\n\nMoore thanked him for "{QUOTE}."', "Megan Moore"),
    # traps: a copula or modal describes the subject; a cue after the quote names another
    (f'Takuo Miyagishima won.\n\nMiyagishima is the recipient of "{QUOTE}."', None),
    (
        f'Prince Harry went.\n\nPrince Harry should see for himself "{QUOTE}", Rabbi Marvin '
        "Hier said.",
        "Marvin Hier",
    ),
    # trap: two people before the verb; neither alone is the speaker
    (
        f'Snow Patrol won.\n\n"{QUOTE}," singer Gary Lightbody and drummer Jonny Quinn said.',
        None,
    ),
    # an outlet reporting a quote nobody else is named as saying is its source
    (f'Waiters protested.\n\n"{QUOTE}," Fox News reported.', "Fox News"),
    # trap: a person named as speaking; the outlet only relays
    (f'Waiters protested.\n\n"{QUOTE}," Fox News reported John Smith said.', "John Smith"),
    # a comma or colon introducing the quote after a sentence whose subject is a person
    (
        f"Donald Trump spoke.\n\nImmediately after the attacks, Trump issued a statement, "
        f'"{QUOTE}."',
        "Donald Trump",
    ),
    # a subordinate clause first: the main clause's subject, not the clause's speaker
    (
        f"Donald Trump spoke. Marco Rubio answered.\n\nWhen Trump suggested that Cuba would "
        f'sue, Rubio hit back forcefully: "{QUOTE}."',
        "Marco Rubio",
    ),
    (
        f"Rudy Giuliani spoke.\n\nIf the law was never tested, Giuliani said, there is a simple "
        f'explanation: "{QUOTE}."',
        "Rudy Giuliani",
    ),
    (
        "Bill Clinton met George Wallace. When Wallace died in 1998, President Clinton released "
        f"the following statement:\n\n“{QUOTE}.”",
        "Bill Clinton",
    ),
    (
        "Donald Trump spoke.\n\nIn response to the attack, Republican presidential nominee "
        f"Donald Trump issued the following statement:\n\n“{QUOTE}.”",
        "Donald Trump",
    ),
    # traps: the person is no subject of the sentence the colon closes
    (
        f'A photograph of Prince Harry appears in the Sun under the headline: "{QUOTE}."',
        None,
    ),
    (
        "Jeremy Paxman and Marion Brown were there. And can you imagine even Jeremy Paxman "
        f'putting the question: "{QUOTE}?"',
        None,
    ),
    # the name after ", said" opens the reported clause: it is not an inverted speaker
    (
        '"We did well," Carly Fiorina said.\n\nIn an interview, Steve Huhn, a former vice '
        f'president, said Fiorina "{QUOTE}."',
        "Steve Huhn",
    ),
    (
        '"We did well," Lord Scarman said.\n\nDame Elizabeth Butler-Sloss, the president of the '
        f'division, said Lord Scarman was "{QUOTE}" and more.',
        "Elizabeth Butler-Sloss",
    ),
    # a curly closing mark glued to the name
    (f"Hillary Clinton spoke.\n\n“{QUOTE},”Clinton said.", "Hillary Clinton"),
    # a quote paragraph after a short one about a person, with no speech in it
    (
        f"Richard Viguerie is upbeat about the race.\n\n“{QUOTE}.”\n\nThe vote is in May.",
        "Richard Viguerie",
    ),
    # trap: the short paragraph names two people
    (
        f"Richard Viguerie is upbeat about Ted Cruz.\n\n“{QUOTE}.”\n\nThe vote is in May.",
        None,
    ),
    # "As X put it", "Said X," (the verb first, opening the sentence)
    (
        "John Cornyn spoke.\n\nAs John Cornyn, the No. 2 in the GOP leadership, put it: "
        f'"{QUOTE}."',
        "John Cornyn",
    ),
    (f'James Comey spoke.\n\nRoof got a gun. Said Comey, "{QUOTE}."', "James Comey"),
    (
        f'Paul Sperry wrote.\n\nAccording to Paul Sperry of Counter Jihad, "{QUOTE}."',
        "Paul Sperry",
    ),
    (f'Fox told a different tale.\n\n"{QUOTE}," Fox News said in a statement.', "Fox News"),
    # a straight closing mark glued to the name
    (f'Katie Packer spoke.\n\n"{QUOTE},"Katie Packer said in a statement.', "Katie Packer"),
    # a signature with a title before the name and a place after it
    (f'Reid spoke.\n\n"{QUOTE}."\n\n-President Barack Obama, tweeting.', "Barack Obama"),
    # trap: a dash line that is a sentence
    (
        f'The vote was close.\n\n"{QUOTE}."\n\n- Barack Obama went to Chicago and stayed '
        "there for the rest of the week with his family and friends, who had come from afar.",
        None,
    ),
    # an interrupted quote goes on in its first part's speaker's words
    (
        '"The risk," said Edward Leamer, an economist who directs the UCLA Anderson Forecast, '
        f'"{QUOTE}."',
        "Edward Leamer",
    ),
    # a surname the people finder takes for a word, named in full before
    (
        f'Charlie Black, Manafort\'s former partner, said so.\n\n"{QUOTE}," Black said.',
        "Charlie Black",
    ),
    # "of" inside a title is no preposition governing the name
    (
        "After a tweet from Donald Trump, Speaker of the House Rep. Paul Ryan (R-WI) said "
        f'"{QUOTE}."',
        "Paul Ryan",
    ),
    # trap: "of" before a place: never "Canterbury" (an honest null)
    (f'Rowan Williams spoke.\n\nThe Archbishop of Canterbury said "{QUOTE}."', None),
    # a person's office speaks for them
    (f"Colin Powell met Hillary Clinton.\n\n“{QUOTE},” Powell's office said.", "Colin Powell"),
    # a quote paragraph signed by the next one (fact checks)
    (f'Hillary Clinton spoke.\n\n"{QUOTE}."\n\n— Clinton\n\nShe has not.', "Hillary Clinton"),
]


@pytest.mark.parametrize(("body", "expected"), CONSTRUCTIONS)
def test_cue_constructions(body: str, expected: str | None) -> None:
    story = analyze_builtin(Story(title="t", body=body))
    found = {q.text.rstrip(",.?!"): q.speaker.name for q in story.quotes if q.kind != "indirect"}
    assert QUOTE in found, found
    assert found[QUOTE] == expected


def test_a_role_noun_run_on_cue_names_no_one() -> None:
    body = (
        "Stephen Cape reported from Westminster.\n\nMinisters believe this will be the "
        '"less painful option for everyone involved", our correspondent added.'
    )
    story = analyze_builtin(Story(title="t", body=body))
    assert all(q.speaker.name is None for q in story.quotes if q.kind != "indirect")


def test_a_pronoun_does_not_skip_a_speaker_the_people_finder_missed() -> None:
    # the sentence before "she said" names its subject with a name no list knows: never the
    # earlier person of that gender (the people finder now reads "X of Y, an investment bank,
    # said" as a person of a body, so the subject is found; recall7)
    body = (
        '"A coalition built on two votes is no coalition," said Anna Herman, a senior member '
        "of the Regions Party.\n\nKatya Malofeeva of Renaissance Capital, an investment bank, "
        f'said the outcome could leave Ukraine without a government.\n\n"{QUOTE}," she said.'
    )
    assert speaker_of(body) == "Katya Malofeeva"
    # a subject the finder does not take for a name (a lower-case particle first, no verb
    # after it) still blocks the earlier person
    body = (
        '"A coalition built on two votes is no coalition," said Anna Herman, a senior member '
        "of the Regions Party.\n\nKatya Malofeeva-Ruiz's comments followed on Monday."
        f'\n\n"{QUOTE}," she said.'
    )
    assert speaker_of(body) != "Anna Herman"
    # trap: a capitalised participle opening the sentence is no name
    body = (
        '"A coalition built on two votes is no coalition," said Anna Herman, a senior member '
        "of the Regions Party.\n\nPraising Celtic and Rangers for their efforts, she went on."
        f'\n\n"{QUOTE}," she said.'
    )
    assert speaker_of(body) == "Anna Herman"


def test_a_question_put_to_someone_is_not_theirs() -> None:
    body = (
        "Shigeru Ishiba spoke.\n\nDuring the session, Ishiba was asked, “Do you feel any "
        "ethical guilt?” The prime minister admitted that he did.\n\nWhen he was asked, “Will "
        "you keep saying that there has not been enough discussion?” Ishiba responded: “We will "
        "reach a conclusion.”"
    )
    found = speakers(body)
    assert found["Do you feel any ethical guilt"] is None
    assert found["Will you keep saying that there has not been enough discussion"] is None
    assert found["We will reach a conclusion"] == "Shigeru Ishiba"
    # trap: an active "asked" is the asker's question
    found = speakers(f'Larry King spoke.\n\nKing asked, "{QUOTE}?"')
    assert found[QUOTE] == "Larry King"


ELBARADEI = (
    "Mohamed ElBaradei, head of the International Atomic Energy Agency, said he feared the "
    "weapons could fall into the hands of extremists.\n\n"
)
SECURE = "Our nuclear weapons are as secure as any other nuclear weapons state"


@pytest.mark.parametrize(
    "body",
    [
        # the person a reply is about: object of reject / dismiss / respond to, or the
        # possessor of the words a passive rejects
        "ElBaradei's concerns were rejected by Pakistan's foreign ministry, which said: "
        f'"{SECURE}."',
        f'Responding to ElBaradei, a foreign ministry spokesman said: "{SECURE}."',
        f'Rejecting ElBaradei\'s concerns, Pakistan said: "{SECURE}."',
        f'"{SECURE}," Pakistan\'s foreign ministry spokesman said, dismissing '
        "ElBaradei's remarks.",
        f'"{SECURE}," a spokesman said in response to ElBaradei.',
        f'Dismissing the fears voiced by ElBaradei, Pakistan said: "{SECURE}."',
        # the previous speaker is not continued past a sentence that rejects their words
        f'Pakistan dismissed the fears voiced by ElBaradei. "{SECURE}."',
    ],
)
def test_the_person_a_quote_rejects_is_not_its_speaker(body: str) -> None:
    assert speaker_of(ELBARADEI + body, SECURE) != "Mohamed ElBaradei"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # traps: the rejecting person speaks; someone else is the object
        (
            f'Mohamed ElBaradei rejected Pakistan\'s assurances, saying: "{SECURE}."',
            "Mohamed ElBaradei",
        ),
        (
            f'"{SECURE}," ElBaradei said, responding to Tasnim Aslam, a ministry spokeswoman.',
            "Mohamed ElBaradei",
        ),
        (
            f'Tasnim Aslam, a spokeswoman, rejected ElBaradei\'s concerns, saying: "{SECURE}."',
            "Tasnim Aslam",
        ),
        (
            f'Responding to the criticism, ElBaradei said: "{SECURE}."',
            "Mohamed ElBaradei",
        ),
        (
            f'"{SECURE}," ElBaradei said, rejecting the criticism by Tasnim Aslam.',
            "Mohamed ElBaradei",
        ),
    ],
)
def test_the_one_who_rejects_keeps_the_quote(body: str, expected: str) -> None:
    assert speaker_of(ELBARADEI + body, SECURE) == expected


VOLUNTEERS = "Volunteers inside the door are Eva Miller and Gloria Major.\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a cue sentence after a quote closed by ?, ! or a full stop, past an apposition
        (
            f'"{QUOTE}?" Miller, a retired worker from a nuclear plant, said pleasantly into the '
            "phone.",
            "Eva Miller",
        ),
        (f'"{QUOTE}." Miller, a retired worker, said on Monday.', "Eva Miller"),
        # traps: the sentence reports a clause, or agrees with words already quoted
        (f'"{QUOTE}." Miller, a retired worker, said it was a good day.', None),
        (f'"{QUOTE}." Miller, who grew up in the town, agreed.', None),
        # "As X pointed out [in December],": the source named in the as-clause
        (
            f"As RealClearPolitics' David Byler pointed out in December, “{QUOTE}.”",
            "David Byler",
        ),
        (f"As Eva Miller noted, “{QUOTE}.”", "Eva Miller"),
        # trap: another speaker's cue after the as-clause
        (f"As Eva Miller noted, Gloria Major said: “{QUOTE}.”", "Gloria Major"),
    ],
)
def test_cue_sentences_past_an_apposition_and_as_clauses(body: str, expected: str | None) -> None:
    assert speaker_of(VOLUNTEERS + body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # he/she after a sentence whose subject is someone described, never named (the voice on
        # a tape, a caller): not the man named before
        (
            "The tape refers to French President Nicolas Sarkozy, who was elected in May.\n\n"
            "The speaker also repeats his claim of responsibility for the attacks.\n\n"
            f'"{QUOTE}," he says.',
            None,
        ),
        # trap: a role noun for someone the story named keeps the chain
        (
            "Chancellor Gordon Brown spoke in Davos.\n\n"
            "The chancellor also repeated his call for debt relief.\n\n"
            f'"{QUOTE}," he said.',
            "Gordon Brown",
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_described_subject(body: str, expected: str | None) -> None:
    assert speaker_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a name-first cue whose name the people finder does not know: no continuation guess
        (
            '"I don\'t see what the problem is," Tim Kaine said.\n\n'
            f'"{QUOTE}," CBS This Morning co-Anchor DeMarco Morgan said.',
            None,
        ),
        (
            '"I don\'t see what the problem is," Tim Kaine said.\n\n'
            f'"{QUOTE}," Jenna Golden, Twitter\'s director of political advertising, said.',
            "Jenna Golden",  # known since a possessive role apposition makes a person
        ),
        # trap: a quote going on past a clause of its own keeps its speaker
        (
            '"I don\'t see what the problem is," Tim Kaine said. '
            f'"{QUOTE}?" If they say no, he will walk away.',
            "Tim Kaine",
        ),
    ],
)
def test_an_unknown_name_cue_ends_the_chain(body: str, expected: str | None) -> None:
    assert speaker_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an opening curly mark typed for the closing one, glued to the quote's comma
        (
            f"Ben Carson spoke on Monday.\n\n“{QUOTE},“ said Larry Noble, an attorney.",
            "Larry Noble",
        ),
        # a quote closed with no punctuation, then a sentence that ends on its speech verb
        (
            "Ben Carson spoke on Monday.\n\n"
            f'"{QUOTE}" the Post\'s senior politics editor Steven Ginsberg responded.',
            "Steven Ginsberg",
        ),
    ],
)
def test_quote_marks_and_cues_writers_get_wrong(body: str, expected: str) -> None:
    assert speaker_of(body) == expected


def test_a_phrase_run_into_the_reporters_sentence_stays_unattributed() -> None:
    body = (
        "Tony Blair spoke in London.\n\n"
        'But terror would not be defeated by "military might alone but also by demonstrating '
        'the strength of our common values" he added.'
    )
    story = analyze_builtin(Story(title="t", body=body))
    direct = [q for q in story.quotes if q.kind == "direct" and q.text.startswith("military")]
    assert all(q.speaker.name is None for q in direct), direct


def test_a_fragment_after_a_passive_speech_verb_takes_the_cue_after_it() -> None:
    body = (
        "Margaret Hoover spoke on Monday.\n\n"
        "Delegates are asked to rank their choices, and the foreign policy group is less likely "
        "to be “overrun with social conservatives,” Hoover said."
    )
    story = analyze_builtin(Story(title="t", body=body))
    found = {q.text.rstrip(","): q.speaker.name for q in story.quotes if q.kind == "fragment"}
    assert found.get("overrun with social conservatives") == "Margaret Hoover", found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "in an interview when asked": the one asked answers; no unnamed speaker is there
        (
            "Marine Le Pen spoke in Paris.\n\n"
            "“It’s everything but Hillary Clinton,” Le Pen told CNN in an interview when asked "
            f"which U.S. candidate she would back.\n\n“{QUOTE}.”",
            "Marine Le Pen",
        ),
        # trap: an unnamed speaker who asks still ends the chain
        (
            "Marine Le Pen spoke in Paris.\n\n"
            "“It’s everything but Hillary Clinton,” Le Pen told CNN. An aide asked about it.\n\n"
            f"“{QUOTE}.”",
            None,
        ),
    ],
)
def test_a_passive_question_verb_is_no_unnamed_speaker(body: str, expected: str | None) -> None:
    assert speaker_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the person the quoted words are about is not the "he" who said them
        (
            'Mohammad Sadiq met reporters. Mr ElBaradei should "be careful about his '
            'statements and stay within his mandate," he said. "We will not accept this deal '
            'in its current form."',
            None,
        ),
        # traps: a speech verb, or a comma, between the name and the quote keeps the name
        (
            'John Smith met the minister. Smith said the talks were "very useful indeed," he '
            'added. "We will not accept this deal in its current form."',
            "John Smith",
        ),
        (
            'John Smith met the minister. When Smith used the words, "not there yet," he was '
            'echoing Brown. "We will not accept this deal in its current form," he said.',
            "John Smith",
        ),
        # and a name in an earlier sentence running into a fragment is still the antecedent
        (
            'Lib Dem leader Charles Kennedy repeated his call for a "pause" in the plans. He '
            'told the BBC that Mr Clarke had a "real opportunity" on Monday. "We will not '
            'accept this deal in its current form."',
            "Charles Kennedy",
        ),
    ],
)
def test_the_subject_of_quoted_words_is_not_the_pronoun_that_said_them(
    body: str, expected: str | None
) -> None:
    assert speaker_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a person, then where they work: the person speaks, not the body
        (
            f"Experts were not surprised.\n\n“{QUOTE},” said Stephen Vladeck of the University "
            "of Texas School of Law.",
            "Stephen Vladeck",
        ),
        (
            f'Markets fell.\n\n"{QUOTE}," said analyst Jason Kenney at ING.',
            "Jason Kenney",
        ),
        (
            f'Markets fell.\n\n"{QUOTE}," said Katya Malofeeva of Renaissance Capital.',
            "Katya Malofeeva",
        ),
        # trap: a title phrase with "of" is one name, and the person still speaks
        (
            f'Talks stalled.\n\n"{QUOTE}," said Secretary of State John Kerry.',
            "John Kerry",
        ),
        # trap: a body with "of" in its name speaks as itself
        (
            f'Markets fell.\n\n"{QUOTE}," said the Bank of England.',
            "Bank of England",
        ),
    ],
)
def test_a_person_of_a_body_speaks_not_the_body(body: str, expected: str | None) -> None:
    assert speaker_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an apostrophe in the introducing sentence is no quote mark
        (
            "Ted Cruz spoke on Monday.\n\nFormer Arkansas Gov. Mike Huckabee is labeling "
            f"Obama’s actions “{QUOTE}.”",
            "Mike Huckabee",
        ),
        (
            "Marco Rubio spoke on Monday.\n\nRubio fired back at Trump’s lawyers and the "
            f"Sanders’ camp: “{QUOTE}.”",
            "Marco Rubio",
        ),
        # trap: a single-quoted phrase inside it is a quote, and its words may be another's
        (
            "Ted Cruz spoke on Monday.\n\nMike Huckabee is labeling the ‘gross overreach’ "
            f"claim “{QUOTE}.”",
            None,
        ),
    ],
)
def test_an_apostrophe_is_no_quote_mark_in_the_introducing_sentence(
    body: str, expected: str | None
) -> None:
    assert speaker_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a speech verb with an unnamed subject inside the previous quote's cue sentence is a
        # clause of that cue: the next quote of the paragraph goes on in the named speaker's
        (
            "Donald Trump spoke.\n\n“We are going to win so much,” Trump said at his victory "
            "party, two hours after news outlets declared him the victor in the primary. "
            f"“{QUOTE}.”",
            "Donald Trump",
        ),
        (
            "Hillary Clinton spoke.\n\n“We were attacked in downtown Manhattan,” Clinton said, "
            "with a passion that almost suggested that the question was out of line. "
            f"“{QUOTE}.”",
            "Hillary Clinton",
        ),
        # trap: an unnamed speaker in a sentence of its own still ends the chain
        (
            '"We will file soon," says Mr Lakhani. One leading broker said the plan was late. '
            f'"{QUOTE}."',
            None,
        ),
    ],
)
def test_an_unnamed_speaker_inside_the_cue_sentence_keeps_the_chain(
    body: str, expected: str | None
) -> None:
    assert speaker_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a description, a comma, then the name and the speech verb: the name speaks
        (
            f"She was visiting her sister.\n\n“{QUOTE},” another friend, Mariam Emara told CNN.",
            "Mariam Emara",
        ),
        (
            f"Paul Ryan spoke.\n\n“{QUOTE},” California Rep. Duncan Hunter’s chief of staff, "
            "Joe Kasper, told POLITICO before Ryan’s interview.",
            "Joe Kasper",
        ),
        # trap: a description ending in a name is not one; the name after it is left alone
        (
            f'Tom Roe spoke.\n\n"{QUOTE}," a friend of Mary Jones, Tom Roe, said.',
            None,
        ),
    ],
)
def test_a_name_after_a_description_speaks(body: str, expected: str | None) -> None:
    assert speaker_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a quote closed by an ellipsis character wants its cue like one closed by a comma
        (
            f'The rally ended.\n\n"Well, yes. {QUOTE}…" Hillary Clinton said.',
            "Hillary Clinton",
        ),
        # "said of …" names the words' topic, however long: the cue sentence only says who spoke
        (
            f'The rally ended.\n\n"{QUOTE}?" Will Estrada, the chairman for the Northern '
            "Virginia exurb, said of the encounter he had last week with Trump on the sidelines "
            "of a campaign rally.",
            "Will Estrada",
        ),
        # trap: a long reported clause after the verb is still not a cue sentence
        (
            f'The rally ended.\n\n"{QUOTE}?" Will Estrada, the chairman for the Northern '
            "Virginia exurb, said the campaign had not yet decided where the next rally "
            "would be held.",
            None,
        ),
    ],
)
def test_an_ellipsis_or_a_topic_keeps_the_cue(body: str, expected: str | None) -> None:
    found = speakers(body)
    quote = next(k for k in found if QUOTE in k)
    assert found[quote] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an apposition whose closing comma the writer left out: the body after its preposition
        # is not the speaker, the person named before it is
        (
            "Private businesses are hit.\n\nAnthony Anton, president and CEO of Washington "
            f"Restaurant Association stated, “{QUOTE}.”",
            "Anthony Anton",
        ),
        (
            f'Shares rose.\n\nMatt Williams, a fund manager at Perpetual Trustees said: "{QUOTE}."',
            "Matt Williams",
        ),
        # trap: a spokesman for a body speaks for the body
        (
            "Jobs went.\n\nTom Roe, who runs a shop, met the party. A spokesman for the Iowa "
            f'Democratic Party said: "{QUOTE}."',
            "Iowa Democratic Party",
        ),
        # trap: a relative clause is no apposition of a role
        (
            f'Jobs went.\n\nTom Roe, who works as a manager at Perpetual Trustees said: "{QUOTE}."',
            None,
        ),
    ],
)
def test_an_apposition_without_its_closing_comma_keeps_the_person(
    body: str, expected: str | None
) -> None:
    assert speaker_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an outlet the people finder had no name for, reporting words no one else is named
        # as saying: the outlet is the source
        (f"The governor spoke.\n\n“{QUOTE},” Politico reported.", "Politico"),
        (f"Emails were released.\n\n“{QUOTE},” CBS News reported.", "CBS News"),
        # trap: an outlet relays a person's words
        (f"“{QUOTE},” Rick Perry told Politico.", "Rick Perry"),
    ],
)
def test_an_outlet_reporting_is_the_source(body: str, expected: str | None) -> None:
    assert speaker_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an excerpt introduced by its source: "More from X:", "From X's post:"
        (
            "Jeffrey M. Jones of Gallup wrote about it.\n\nWhat it means for this year - More "
            f"from Jones: “{QUOTE}.”",
            "Jeffrey M. Jones",
        ),
        (
            f'Jeb Bush said he backed Ted Cruz.\n\nFrom Bush’s Facebook post: "{QUOTE}."',
            "Jeb Bush",
        ),
        # trap: "from" a place or an event of a person's is no source
        (
            f'John Smith died.\n\nMourners returned from Smith’s funeral: "{QUOTE}."',
            None,
        ),
    ],
)
def test_an_excerpt_introduced_by_its_source(body: str, expected: str | None) -> None:
    assert speaker_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an opening phrase with commas of its own: the subject follows the last comma
        # before the first name
        (
            "Chris Stevens was the ambassador.\n\nIn the July 9, 2012, cable, Stevens "
            f"reported, “{QUOTE}.”",
            "Chris Stevens",
        ),
        (
            "Chris Stevens was the ambassador.\n\nIn a cable sent on July 9, 2012, Stevens "
            f"wrote: “{QUOTE}.”",
            "Chris Stevens",
        ),
        # trap: no name after the phrase: an unnamed writer, not the name before it
        (
            "Chris Stevens was the ambassador.\n\nIn the cable, dated July 9, 2012, an aide "
            f"wrote: “{QUOTE}.”",
            None,
        ),
    ],
)
def test_an_opening_phrase_with_commas_keeps_the_subject(body: str, expected: str | None) -> None:
    assert speaker_of(body) == expected
