"""Mechanisms for unseen stories, round five (texts written for these tests): denials in other
words (a negating verb before "to", a flat "will not", "at no point", "at any stage"), a
participle that tells of the noun before it, measure words as written, verbs that split a
sum, and a denial the figures already tell."""

from __future__ import annotations

import importlib
from collections.abc import Callable

import pytest

from counterpoint.compare import compare
from counterpoint.compare.mentions import build_index
from counterpoint.model import ArticleFacts

Factory = Callable[..., ArticleFacts]
negation_mod = importlib.import_module("counterpoint.compare.negation")


def _conflicts(facts_factory: Factory, one: str, other: str) -> list[str]:
    a = facts_factory(one, outlet="Valley Wire", published="2026-06-10")
    b = facts_factory(other, outlet="Evening Ledger", published="2026-06-11")
    return [f.explanation for f in compare([a, b]).findings if f.kind == "conflict"]


PLAN_APPROVED = (
    "The crowd safety plan for the regatta was approved by the harbour board last month."
)


@pytest.mark.parametrize(
    "denial",
    [
        "The harbour board declined to approve the crowd safety plan for the regatta.",
        "The harbour board refused to approve the crowd safety plan for the regatta.",
        "The harbour board failed to approve the crowd safety plan for the regatta.",
    ],
)
def test_a_negating_verb_before_to_denies_the_action(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch, denial: str
) -> None:
    found = _conflicts(facts_factory, PLAN_APPROVED, denial)
    assert len(found) == 1
    assert "approved by the harbour board" in found[0] and "to approve" in found[0]
    monkeypatch.setattr(negation_mod, "NEGATING_VERBS", frozenset())
    assert not _conflicts(facts_factory, PLAN_APPROVED, denial)


def test_a_negating_verb_needs_its_to(facts_factory: Factory) -> None:
    # "declined" here is a fall, not a refusal: nothing is denied
    assert not _conflicts(
        facts_factory,
        "Bookings for the regatta grandstand declined sharply after the storm warning.",
        "Bookings for the regatta grandstand rose sharply after the storm warning.",
    )


@pytest.mark.parametrize(
    ("denial", "conflict"),
    [
        ("Deposits paid for the regatta moorings will not be returned, the club said.", True),
        ("Deposits paid for the regatta moorings won't be returned, the club said.", True),
        # a conditional or a wish still says nothing about what is done
        ("Deposits paid for the regatta moorings would not be returned, the club said.", False),
        ("Deposits paid for the regatta moorings may not be returned, the club said.", False),
    ],
)
def test_a_flat_will_not_is_a_denial(facts_factory: Factory, denial: str, conflict: bool) -> None:
    found = _conflicts(
        facts_factory, "Deposits paid for the regatta moorings are being returned in full.", denial
    )
    assert bool(found) is conflict


@pytest.mark.parametrize(
    ("plan", "conflict"),
    [
        ("Most of the ferry crews will face compulsory redundancies, the union warned.", True),
        # a modal of chance is no plan told as fact
        ("Most of the ferry crews could face compulsory redundancies, the union warned.", False),
    ],
)
def test_two_plans_told_as_facts_can_contradict(
    facts_factory: Factory, plan: str, conflict: bool
) -> None:
    """Crews to face no compulsory redundancies in one report, and to face them in another:
    each tells what is to happen, and they disagree, in the future tense."""
    found = _conflicts(
        facts_factory,
        "Tarrow Ferries said its ferry crews will face no compulsory redundancies.", plan,
    )
    assert bool(found) is conflict
    if conflict:
        assert "one says it will happen, the other that it will not" in found[0]


def test_a_denial_beside_a_conflict_of_other_figures_stands(facts_factory: Factory) -> None:
    """A count conflict in other clauses of the same two sentences ("1,100 jobs" / "1,400
    jobs") is another disagreement: the denial of compulsory redundancies is told as well."""
    a = facts_factory(
        "Some 1,100 jobs will go over three years, and deckhands will face no compulsory "
        "redundancies, Tarrow Ferries said.",
        outlet="Tarrow Ferries", published="2026-06-10",
        quantities=(("Some 1,100 jobs", 1100, 1100, 1100, None, "count", "approx", "job"),),
    )
    b = facts_factory(
        "Tarrow Ferries is cutting 1,400 jobs, and dozens of deckhands will be handed "
        "compulsory redundancy notices, the union said.",
        outlet="Harbour Bugle", published="2026-06-11",
        quantities=(("1,400 jobs", 1400, 1400, 1400, None, "count", "exact", "job"),),
    )
    found = [f.explanation for f in compare([a, b]).findings if f.kind == "conflict"]
    assert len(found) == 2, found
    assert any("compulsory redundancy notices" in f and "will not" in f for f in found)


@pytest.mark.parametrize(
    "denial",
    [
        "At no point was the evacuation alarm in the grandstand triggered.",
        "At no time was the evacuation alarm in the grandstand triggered.",
    ],
)
def test_an_adverb_of_negation_denies_the_verb(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch, denial: str
) -> None:
    asserted = "Stewards said the evacuation alarm in the grandstand was triggered twice."
    assert len(_conflicts(facts_factory, asserted, denial)) == 1
    monkeypatch.setattr(negation_mod, "NEVER_PHRASES", frozenset())
    assert not _conflicts(facts_factory, asserted, denial)


def test_commenced_names_the_same_onset_as_began(facts_factory: Factory) -> None:
    from counterpoint.compare import align_story

    a = facts_factory(
        "The dredging work on the Harlow channel began on Monday 2 March, the port said.",
        outlet="Port Wire", published="2026-03-05",
        dates=(("Monday 2 March", "2026-03-02", "2026-03-02", "day"),),
    )
    b = facts_factory(
        "Since the dredging of the channel commenced on 3 March, berths have been closed.",
        outlet="Harbour Notice", published="2026-03-06",
        dates=(("3 March", "2026-03-03", "2026-03-03", "day"),),
    )
    _, groups = align_story([a, b])
    reasons = [r for g in groups if g.kind == "date" for r in g.reasons]
    assert "both clauses name the same event (onset)" in reasons


def test_a_participle_after_a_comma_tells_of_the_noun_before_it(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    mentions_mod = importlib.import_module("counterpoint.compare.mentions")
    a = facts_factory(
        "The judge ordered the council to pay the residents' legal costs, estimated at £85,000.",
        outlet="Valley Wire", published="2026-02-12",
        quantities=(("£85,000", 85000, 85000, 85000, "dollar", "currency", "exact", None),),
    )
    b = facts_factory(
        "Separately, the council spent £212,000 on its own barristers. The residents' legal "
        "costs, reported at £58,000, fall to the council.",
        outlet="Planning Weekly", published="2026-02-14",
        quantities=(
            ("£212,000", 212000, 212000, 212000, "dollar", "currency", "exact", None),
            ("£58,000", 58000, 58000, 58000, "dollar", "currency", "exact", None),
        ),
    )
    found = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert [sorted(e.text for e in f.evidence) for f in found] == [["£58,000", "£85,000"]]
    monkeypatch.setattr(mentions_mod, "_reduced_relative", lambda *_: False)
    assert not [f for f in compare([a, b]).findings if f.kind == "conflict"]


def test_a_measure_modifier_is_read_as_written(facts_factory: Factory) -> None:
    from counterpoint.compare.mentions import build_index

    def modifiers(text: str) -> set[frozenset[str]]:
        facts = facts_factory(
            text, outlet="Valley Wire", published="2026-03-14",
            quantities=(("Nine climbers", 9, 9, 9, None, "count", "exact", "climber"),),
        )
        return {m.modifiers for m in build_index([facts]).mentions if m.kind == "quantity"}

    # "operation" shares its stem with the measure word "operating" but is not one
    assert modifiers("Nine climbers were brought down in an operation at dawn.") == {frozenset()}
    assert modifiers("Nine climbers slept in the operating base at dawn.") == {
        frozenset({"operat"})
    }


@pytest.mark.parametrize(
    ("text", "summed"),
    [
        ("The new college will teach 4,000 students and employ some 690 staff.", False),
        ("The college has 4,000 students and some 690 staff.", True),
        ("The college has 4,000 students and nearly 690 staff.", True),
    ],
)
def test_a_verb_after_and_starts_a_new_clause_not_a_sum(
    facts_factory: Factory, text: str, summed: bool
) -> None:
    from counterpoint.compare.mentions import build_index

    facts = facts_factory(
        text, outlet="Valley Wire", published="2026-06-11",
        quantities=(
            ("4,000 students", 4000, 4000, 4000, None, "count", "exact", "student"),
            ("690 staff", 690, 690, 690, None, "count", "exact", "staff"),
        ),
    )
    sums = [m for m in build_index([facts]).mentions if m.parts]
    assert bool(sums) is summed


@pytest.mark.parametrize(
    ("text", "summed"),
    [
        # each length sizes a zone of its own
        ("Police set up a 3km exclusion area and a 10km buffer zone around the plant.",
         False),
        # parts of one trip
        ("The convoy drove 3km on a track and 10km on the coast road.", True),
    ],
)
def test_two_measures_each_before_its_own_noun_are_not_parts(
    facts_factory: Factory, text: str, summed: bool
) -> None:
    from counterpoint.compare.mentions import build_index

    facts = facts_factory(
        text, outlet="Valley Wire", published="2026-06-11",
        quantities=(
            ("3km", 3, 3, 3, "kilometer", "length", "exact", None),
            ("10km", 10, 10, 10, "kilometer", "length", "exact", None),
        ),
    )
    sums = [m for m in build_index([facts]).mentions if m.parts]
    assert bool(sums) is summed


def test_at_any_stage_names_nothing_the_claim_is_about(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """"No flares were launched at any stage" denies "the crew launched flares over the
    reef": "at any stage" stresses the denial and is no word of the claim."""
    one = "Witnesses on the pier said the yacht's crew launched two flares over the reef."
    other = "No flares were launched at any stage, the coastguard said."
    found = _conflicts(facts_factory, one, other)
    assert len(found) == 1 and "at any stage" in found[0]
    monkeypatch.setattr(negation_mod, "ANY_PHRASES", frozenset())
    assert not _conflicts(facts_factory, one, other)


TRAINING_DONE = "The regatta stewards completed safety training at the harbour office."


def test_a_negation_that_picks_out_a_group_denies_nothing(facts_factory: Factory) -> None:
    # with no comma before "who", the relative clause says which stewards are meant
    assert not _conflicts(
        facts_factory, TRAINING_DONE,
        "Regatta stewards who have not completed safety training at the harbour office and who "
        "arrive late will wait at the gate.",
    )
    # set off by a comma, it says something of the stewards: that they have not
    assert _conflicts(
        facts_factory, TRAINING_DONE,
        "The regatta stewards, who have not completed safety training at the harbour office, "
        "were sent home.",
    )



def test_a_negation_in_a_that_clause_picking_out_a_thing_denies_nothing(
    facts_factory: Factory,
) -> None:
    inspected = "Inspectors checked the moorings of the harbour pontoons on Monday."
    # "that" before an auxiliary opens a relative clause: which pontoons are meant
    assert not _conflicts(
        facts_factory, inspected,
        "A harbour pontoon that has not had its moorings checked by inspectors is a hazard, "
        "the skipper said.",
    )
    # "that" after a verb of saying opens the claim itself
    assert _conflicts(
        facts_factory, inspected,
        "The skipper said that inspectors never checked the moorings of the harbour pontoons.",
    )


def test_a_that_clause_with_a_plain_verb_picks_out_a_thing(facts_factory: Factory) -> None:
    ferries = "The harbour ferries carry about 1,200 passengers a day across the estuary."
    # "a ferry that carries no passengers" tells which ferry was bought, not that the
    # ferries carry none
    assert not _conflicts(
        facts_factory, ferries,
        "The council bought a ferry that carries no passengers across the estuary, the "
        "skipper said.",
    )
    assert _conflicts(
        facts_factory, ferries,
        "The new ferry carries no passengers across the estuary, the skipper said.",
    )


def test_a_figure_with_a_thousands_comma_stays_in_its_clause(facts_factory: Factory) -> None:
    found = _conflicts(
        facts_factory,
        "The ferry carried 1,240 passengers across the estuary on its last crossing.",
        "The ferry carried no passengers across the estuary on its last crossing, the skipper "
        "said.",
    )
    assert len(found) == 1 and "“The ferry carried 1,240 passengers across" in found[0]


def test_a_contrast_after_not_borrows_the_verb_and_denies_nothing(
    facts_factory: Factory,
) -> None:
    assert not _conflicts(
        facts_factory,
        "The regatta committee met the harbour board on Monday to settle the berthing fees.",
        "The skippers are quarrelling with the marina owners, not with the harbour board.",
    )

def test_a_line_without_an_end_stop_states_no_claim(facts_factory: Factory) -> None:
    """A masthead or kicker line ("harbour news, without the glossy brochures") denies nothing
    that another article asserts; the same words ending a sentence do."""
    spoils = ("The marina scheme was approved.\n\nYou cannot hide that because it spoils a "
              "glossy brochure, he said.")
    later = "\n\nThe marina scheme goes to a vote next week."
    masthead = "Quayside Notes \u2014 harbour news, without the glossy brochures" + later
    assert not _conflicts(facts_factory, spoils, masthead)
    sentence = "Quayside residents heard the news, without the glossy brochures." + later
    assert _conflicts(facts_factory, spoils, sentence)


def test_a_denial_read_from_figures_too_is_one_conflict(facts_factory: Factory) -> None:
    # "no deaths" against "one death": the figures already disagree in these two sentences,
    # so the negation of the same sentences is not told again
    a = facts_factory(
        "No deaths have been blamed on the heater, the maker said on Monday.",
        outlet="Maker", published="2026-06-10",
        quantities=(("No deaths", 0, 0, 0, None, "count", "exact", "death"),),
    )
    b = facts_factory(
        "The heater has been blamed for one death, the paper said on Tuesday.",
        outlet="Paper", published="2026-06-11",
        quantities=(("one death", 1, 1, 1, None, "count", "exact", "death"),),
    )
    found = [f for f in compare([a, b]).findings if f.kind == "conflict"]
    assert [sorted(e.text for e in f.evidence) for f in found] == [["No deaths", "one death"]]
    # without the figures the negation alone tells the disagreement
    a2 = facts_factory(a.article.text, outlet="Maker", published="2026-06-10")
    b2 = facts_factory(b.article.text, outlet="Paper", published="2026-06-11")
    found = [f for f in compare([a2, b2]).findings if f.kind == "conflict"]
    assert len(found) == 1 and "did not" in found[0].explanation


@pytest.mark.parametrize(
    ("denial", "conflict"),
    [
        # the phrase's head and its holder are in the other clause; its modifier need not be
        ("Tarnby parish has no statutory veto over the wind farm.", True),
        # a common head noun ("plans") names no claim by itself
        ("Tarnby parish has no immediate plans for the wind farm.", False),
    ],
)
def test_a_denied_noun_phrase_meets_its_head(
    facts_factory: Factory, denial: str, conflict: bool
) -> None:
    found = _conflicts(
        facts_factory,
        "Tarnby parish keeps a veto over the wind farm until building starts, and plans a "
        "public meeting on it.",
        denial,
    )
    assert bool(found) is conflict


@pytest.mark.parametrize(
    ("state", "conflict"),
    [
        ("Stewards inspected the exit gates at the crowd barriers with an open mind.", False),
        ("The exit gates at the crowd barriers remained open, stewards said.", True),
    ],
)
def test_a_state_word_before_its_noun_states_nothing(
    facts_factory: Factory, state: str, conflict: bool
) -> None:
    # "an open mind" describes a mind; "remained open" says the gates were not closed
    closed = "Stewards closed the exit gates at the crowd barriers before the final whistle."
    assert bool(_conflicts(facts_factory, closed, state)) is conflict


@pytest.mark.parametrize(
    ("near", "conflict"),
    [
        ("Stewards stood close to the exit gates at the crowd barriers all afternoon.", False),
        ("Stewards closed the exit gates at the crowd barriers before the final whistle.", True),
    ],
)
def test_close_to_tells_nearness_not_closing(
    facts_factory: Factory, near: str, conflict: bool
) -> None:
    # "remained open" says the gates were not closed; "close to the gates" says where
    # stewards stood
    state = "The exit gates at the crowd barriers remained open, stewards said."
    assert bool(_conflicts(facts_factory, near, state)) is conflict


@pytest.mark.parametrize(
    ("asserted", "conflict"),
    [
        # "the line" is the Morwen Express told by a common noun
        ("Each year the line receives a subsidy worth £4 million from the county, which caps "
         "its fares in return.", True),
        # ... but a clause naming another train tells of that one
        ("Each year the Harlow Flyer receives a subsidy worth £4 million from the county, which "
         "caps its fares in return.", False),
    ],
)
def test_a_denial_naming_its_subject_meets_a_report_using_a_common_noun(
    facts_factory: Factory, asserted: str, conflict: bool
) -> None:
    denied = ("Officials say the Morwen Express receives no public subsidy and must pay for "
              "itself from fares.")
    assert bool(_conflicts(facts_factory, denied, asserted)) is conflict


@pytest.mark.parametrize(
    ("denial", "conflict"),
    [
        # "none" stands for the smoke alarms: nothing is said of smoke reaching the attic
        ("The hall had smoke alarms in the kitchen but none in the attic rooms, the caretaker "
         "said.", False),
        ("No smoke spread into the attic rooms of the hall, the caretaker said.", True),
    ],
)
def test_none_before_a_place_denies_a_noun_told_before_it(
    facts_factory: Factory, denial: str, conflict: bool
) -> None:
    spread = "Smoke spread from the boiler room of the hall into the stairwell and attic rooms."
    assert bool(_conflicts(facts_factory, spread, denial)) is conflict


def test_a_closing_phrase_of_time_is_not_part_of_the_claim(
    facts_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "ahead of the final" says when, as a date would: the claim is "the pitch was rolled"
    rolled = "Groundsmen said the cricket pitch was rolled for two hours on Friday evening."
    denial = "The cricket pitch had not been rolled ahead of the final."
    assert len(_conflicts(facts_factory, rolled, denial)) == 1
    monkeypatch.setattr(negation_mod, "TIME_PHRASE_OPENERS", frozenset())
    assert not _conflicts(facts_factory, rolled, denial)


@pytest.mark.parametrize(
    "denial",
    [
        "About 60 drivers were stuck behind the rockfall for hours. No one was injured.",
        "About 60 drivers were stuck behind the rockfall for hours. No injuries were reported.",
        "About 60 drivers were stuck behind the rockfall for hours. None of the 60 drivers "
        "was hurt.",
    ],
)
def test_a_denial_of_any_injury_meets_a_report_of_someone_hurt(
    facts_factory: Factory, denial: str
) -> None:
    report = ("The rockfall shut the valley road on Monday. One van driver broke his wrist "
              "when a boulder struck his cab, police said.")
    found = _conflicts(facts_factory, denial, report)
    assert len(found) == 1
    assert "broke his wrist" in found[0] and "one reports it happened" in found[0]


@pytest.mark.parametrize(
    ("denial", "report"),
    [
        # only serious harm is denied: minor treatment does not contradict it
        ("No one was seriously hurt in the rockfall on Monday.",
         "Two drivers were treated for cuts after the rockfall on Monday."),
        # the denial names one group, the report another
        ("None of the passengers was hurt when the coach left the road.",
         "Two crew members needed hospital care once the coach left the road."),
        # nobody is counted hurt: "broke away" tells of the rock, not a bone
        ("No one was injured when the rockfall hit the valley road.",
         "A slab of rock broke away from the cliff above the valley road."),
    ],
)
def test_an_injury_denial_stands_against_no_report_of_another_kind(
    facts_factory: Factory, denial: str, report: str
) -> None:
    assert _conflicts(facts_factory, denial, report) == []


def test_a_subject_before_its_relative_clause_and_a_pointing_participle(
    facts_factory: Factory,
) -> None:
    # "who found the leak" sits between the subject and its verb; "concerned" only points back
    # to the porter: the two clauses make one claim, asserted and denied
    found = _conflicts(
        facts_factory,
        "The night porter who found the leak had been dismissed while the matter was looked "
        "into, the manager added.",
        "The manager told councillors that the porter concerned has not been dismissed and "
        "remains at work.",
    )
    assert len(found) == 1 and "has not been dismissed" in found[0]
    # the asserting clause is quoted from its subject on
    assert "“The night porter who found the leak had been dismissed" in found[0]



def test_a_denial_after_and_shares_the_subject_of_the_first_verb(
    facts_factory: Factory,
) -> None:
    # "was not on the urgent repair programme" has no subject of its own: it is the wall's
    found = _conflicts(
        facts_factory,
        "The Penmoor sea wall had no reported cracks and was not on the urgent repair programme, "
        "the council said.",
        "Council papers show the sea wall at Penmoor was put on the urgent repair list in "
        "2029 after an inspection.",
    )
    assert len(found) == 1 and "was not on the urgent repair programme" in found[0]
    # a claim after "and" takes no subject: its words alone must match a denial
    assert _conflicts(
        facts_factory,
        "Grey seals can swim at 20mph and are known to feed in the harbour mouth.",
        "\"Grey seals are not feeding on salmon,\" the warden said.",
    ) == []

@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("No ferry sailed from Quell Harbour while the storm lasted.", True),
        # a flat "will not" refuses, as the clause reading has it
        ("Ferries will not sail from Quell Harbour while the storm lasts.", True),
        # a modal before the verb says what will or may not happen, not what did not
        ("No ferry will sail from Quell Harbour while the storm lasts.", False),
        ("Ferries could not sail from Quell Harbour while the storm lasts.", False),
    ],
)
def test_a_negated_statement_with_a_modal_denies_no_event(
    facts_factory: Factory, sentence: str, negated: bool
) -> None:
    facts = facts_factory(sentence, outlet="Quell Port", published="2026-03-02",
                          statements=(("Quell Harbour", "sail", True),))
    statements = [m for m in build_index([facts]).mentions if m.kind == "statement"]
    assert [m.negated for m in statements] == [negated]


def test_a_participle_after_the_denied_noun_tells_of_it(facts_factory: Factory) -> None:
    # "no foal born in the county" denies that such a foal won, not that a foal was born
    born = "The colt is the first foal born at the Harrow stud in eleven years."
    assert not _conflicts(
        facts_factory, born,
        "No foal born at a stud in the county has ever won the spring derby.",
    )
    # a participle before the noun stays part of what is denied
    assert _conflicts(
        facts_factory, "A trained lifeguard watched the bathers at the Harrow lido all day.",
        "No trained lifeguard watched the bathers at the Harrow lido.",
    )


def test_a_noun_in_ing_after_no_opens_a_denial_when_a_verb_follows(
    facts_factory: Factory,
) -> None:
    # "no warning siren sounded" reports that something did not happen; only a "no" with a
    # gerund and no verb ("No filling new pools") is a rule
    report = ("Flood water reached the houses of Brell on Sunday night. The warning siren on "
              "the church tower sounded at 11pm, the parish council said.")
    denied = "Residents of Brell said no warning siren sounded before the water came in."
    rule = "Residents of Brell read the notice: no warning siren tests during the floods."
    assert len(_conflicts(facts_factory, report, denied)) == 1
    assert _conflicts(facts_factory, report, rule) == []


def test_a_pronoun_said_not_to_be_something_denies_no_event(facts_factory: Factory) -> None:
    # "This is not cheaper bus travel" passes a verdict; it does not deny that a councillor
    # campaigned on cheaper bus travel, though all its words stand in that clause
    campaign = "Councillor Ada Pell, who campaigned on cheaper bus travel, welcomed the vote."
    verdict = ("\"This is not cheaper bus travel, it is a fare rise by the back door,\" one "
               "passenger said.")
    assert _conflicts(facts_factory, campaign, verdict) == []


def test_a_clause_under_a_denial_before_it_asserts_nothing(facts_factory: Factory) -> None:
    """"nothing showed that anyone acted": "anyone" stands only under a negation, so the clause
    after "that" is what the inquiry did not find, not a claim that it happened, and another
    report's denial of the same act does not contradict it."""
    first = "Nothing the inquiry saw showed that anyone acted deliberately."
    second = "The inspector found no deliberate act by any of the signal staff."
    assert not _conflicts(facts_factory, first, second)
    # a claim that someone did act deliberately is still denied by the second report
    assert _conflicts(facts_factory, "One signalman acted deliberately, the inquiry found.",
                      second)


def test_not_owning_a_thing_denies_no_account_of_it(facts_factory: Factory) -> None:
    # a borrowed kiln at work: owning it was never claimed
    assert not _conflicts(
        facts_factory,
        "The pottery's borrowed kiln fires 300 cups a day.",
        "The pottery does not own a kiln.",
    )
    # while a thing said not to be there disputes an account of it being there
    assert _conflicts(
        facts_factory,
        "The pottery's shed has a new kiln.",
        "The pottery's shed does not have a kiln.",
    )


@pytest.mark.parametrize(
    "saying",
    [
        "\"A harbour is not its boats,\" the harbour master said.",
        "\"Harbours are not their boats,\" the harbour master said.",
    ],
)
def test_saying_what_a_thing_is_not_denies_no_event(facts_factory: Factory, saying: str) -> None:
    # a copula, "not" and a determiner describe the harbour: all of the clause's words stand in
    # the report of a sale, yet it denies nothing that happened
    sale = "Members voted to sell the boats of the harbour to a trust."
    assert _conflicts(facts_factory, sale, saying) == []
    # a short denial of an event told in the same few words still meets the report
    assert _conflicts(facts_factory, "The harbour boats were evacuated at dusk.",
                      "The harbour boats were not evacuated.")
