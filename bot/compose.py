"""Extractive answers: the sentences that answer a question, quoted verbatim with citations.

Nothing is stated that is not in a cited sentence, so the composer needs no language model and
cannot invent a fact. Its one judgement is whether the evidence supports an answer at all.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Sequence

from bot.models import Answer, Citation
from bot.names import (
    CITY_WORDS,
    CURRENCY_NAMED,
    CURRENCY_OF,
    EURO_COUNTRIES,
    LOCAL_CURRENCY,
    PEOPLE_OF,
    PLACE_FORMS,
    PLACE_WORDS,
    REGION_FORMS,
)
from bot.question import CHAT_WORDS, EXPANSIONS
from bot.retrieval import (
    AGE_IN_WORDS,
    CAREER_ASKED,
    CAREER_SAID,
    DEED_AT_AGE,
    DONE_ASKED,
    LEADER_UNTITLED,
    LEFT_POST,
    MONTH_WORDS,
    NAMED_WITH_AGE,
    PERSON_TITLE,
    POPULATION_ASKED,
    POPULATION_SAID,
    QUESTION_WORDS,
    SUCCESSOR_REACH,
    SUCCESSOR_SAID,
    UNIT_DIMENSION,
    UNSHAPED_NUMBER,
    WHEN_AHEAD,
    YEAR_THEN_BEFORE,
    YES_NO,
    Evidence,
    Retrieval,
    asked_kind,
    asks_earlier_value,
    asks_leader,
    asks_why,
    came_after,
    counted_synonym,
    dated_words,
    forms_in,
    gives_earlier_value,
    has_synonyms,
    holder_now_asked,
    is_common,
    kind_match,
    leader_title,
    meaning_in,
    other_dimension,
    question_kind,
    relative_years,
    role_told,
    says_name,
    score_unsaid,
    stem,
    stems,
    synonym_matches,
    tells_place,
    tells_reason,
    term_matches,
)
from ingest.dates import parse_date
from ingest.keywords import STOPWORDS, content_terms, without_dateline
from ingest.models import StoredArticle

MAX_ANSWER_CHARS = 600
REFUSAL = "I couldn't find that in the indexed articles."
#: A second (third) sentence joins the answer when its score is within this margin of the best.
SECOND_MARGIN = 0.25
THIRD_MARGIN = 0.35
#: A sentence holding the kind of thing asked (a date for "when") leads the answer over a
#: better-scored one without it, when within this margin.
KIND_MARGIN = 0.15
#: When the best sentences lack a name the question gives (the price "in the UK"), a sentence
#: holding it is tried instead, when within this margin of the best.
NAMED_MARGIN = 0.3
#: How long a word's start must be to count as the same family ("champion", "championship").
KIN_PREFIX = 6
#: How far behind a sentence of the best one's story may be and still lead, when it holds the
#: kind of thing asked and the best holds none.
STORY_KIND_MARGIN = 0.4
#: How far behind a sentence of the best one's story may be when it holds the shape of number
#: asked (a margin, a score, a length) and the best holds a number of another shape.
SHAPED_STORY_MARGIN = 0.8
#: How far down the candidates a sentence holding the kind asked may come from any article.
TYPED_RANKS = 6
#: How much less support a follow-up needs when the story under discussion holds the kind of
#: thing it asks.
FOLLOW_UP_SLACK = 0.08
#: Logistic model of "the best evidence answers the question" (answerable questions answered
#: right vs unanswerable ones), fitted by ``tests/eval/fit_support.py`` on ``kinds_a`` to
#: ``kinds_d``, ``extra_qa`` and ``dev_qa``; ``fresh``, ``kinds_e`` and ``kinds_f`` (other
#: articles) were held out of the fit. Threshold: ``min_support`` (0.56).
SUPPORT_WEIGHTS = {
    "bias": -5.39,
    "dense": 2.50,
    "coverage": 0.02,
    "unknown": 0.18,
    "context": 1.74,
    "kind": 3.59,
    "missing": -2.19,
    "absent": -0.05,
    "article": 0.01,
    "specific": 1.07,
    "predicate": 0.91,
    "no_predicate": -0.81,
    "other_year": -0.96,
    "absent_term": -0.52,
}


def support_features(retrieval: Retrieval, chosen: Sequence[Evidence] = ()) -> dict[str, float]:
    """The features of :func:`support`, by name (see ``SUPPORT_WEIGHTS``).

    ``kind`` comes from the chosen sentences together: a headline names no one, but the lead
    sentence chosen with it may name the person asked about. ``absent_term`` is set when the
    question uses a word (not a question word or an abbreviation) that no article ever uses.
    """
    best = retrieval.evidence[0]
    kind = max([best.kind, *(e.kind for e in chosen)])
    if kind == LEADER_UNTITLED and any(
        leader_title(retrieval.query).search(text)
        for e in chosen
        for text in (e.sentence.text, e.article.title)
    ):
        # "Who is the FIA president?": the headline says "FIA president", the sentence names him
        kind = 1.0
    predicate = max([best.predicate, *(e.predicate for e in chosen)])
    absent_term = any(
        n == 0 and len(t) >= 4 and t.isalpha() and t not in EXPANSIONS
        for t, n in retrieval.frequency.items()
    )
    return {
        "bias": 1.0,
        "dense": best.dense,
        "coverage": best.coverage + best.title,
        "unknown": retrieval.unknown,
        "context": best.context,
        "kind": kind,
        "missing": best.missing,
        "absent": retrieval.absent,
        "article": retrieval.article_coverage,
        "specific": max([best.specific, *(e.specific for e in chosen)]),
        "predicate": predicate,
        "no_predicate": 1.0 if predicate == 0 else 0.0,
        "other_year": retrieval.other_year,
        "absent_term": 1.0 if absent_term else 0.0,
    }


def support(retrieval: Retrieval, chosen: Sequence[Evidence] = ()) -> float:
    """How likely (0-1) the best evidence answers the question; compared to ``min_support``."""
    if not retrieval.evidence:
        return 0.0
    features = support_features(retrieval, chosen)
    z = sum(SUPPORT_WEIGHTS.get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-z))


def citation(n: int, article: StoredArticle, quote: str) -> Citation:
    return Citation(
        n=n,
        article_id=article.article_id,
        title=article.title,
        publisher=article.publisher,
        published=article.published,
        url=article.url,
        quote=quote,
    )


def refusal(question: str, closest: Sequence[StoredArticle], message: str = REFUSAL) -> Answer:
    """A refusal that offers the closest articles as a hint (cited without quotes)."""
    hints = tuple(citation(i, a, "") for i, a in enumerate(closest, start=1))
    return Answer(question=question, text=message, refused=True, citations=hints)


def _lead_holds(title: Evidence, evidence: Sequence[Evidence]) -> bool:
    """Whether ``title`` is a headline whose lead sentence, among the candidates, holds some
    of the kind of thing asked: the headline then leads to it."""
    return title.is_title and _lead_kind(title, evidence) > 0


def _lead_kind(title: Evidence, evidence: Sequence[Evidence]) -> float:
    """How much of the kind asked the lead sentence under headline ``title`` holds, among the
    candidates: a headline and its lead are quoted together, so they hold it together."""
    return max(
        (
            e.kind
            for e in evidence
            if e.article.article_id == title.article.article_id
            and e.sentence.sentence_index == 0
            and not e.is_title
        ),
        default=0.0,
    )


def select_sentences(evidence: Sequence[Evidence], leader: bool = False) -> list[Evidence]:
    """The best sentence, plus up to two more of the same article when they are nearly as good.

    Staying within one article keeps the answer coherent. A title always brings a body sentence,
    preferably the lead: a headline frames a fact ("..., FIA president says") that the lead names.
    Sentences holding the kind of thing asked (a name, a date, a number) come first. Asked for
    a ``leader``, the best sentence, naming someone without the title asked, may still stand
    beside the one holding it ("... the new warden is Marta Rizzi, 34").
    """
    best = evidence[0]
    displaced: Evidence | None = None
    if best.kind < 1.0:
        held = max(best.kind, _lead_kind(best, evidence)) if best.is_title else best.kind
        typed = [e for e in evidence[1:4] if e.kind > held and e.score >= best.score - KIND_MARGIN]
        if not typed and best.kind in (0.0, LEADER_UNTITLED) and not _lead_holds(best, evidence):
            # a sentence holding nothing of the kind asked, or someone but not the leader asked
            # for ("who runs honor"), gives way to one holding it from
            # further behind: among the best few, or in its own story, whose headline and lead
            # say what happened and a sentence further in the figure ("revenue ... reached
            # 22.4 billion yuan"); a headline leads to its lead sentence, if that holds it
            typed = [
                e
                for rank, e in enumerate(evidence[1:12], start=1)
                if e.kind == 1.0
                and (
                    e.score >= best.score - 2 * KIND_MARGIN
                    if rank < TYPED_RANKS
                    else e.article.article_id == best.article.article_id
                    and e.score >= best.score - STORY_KIND_MARGIN
                )
            ]
            if typed and not typed[0].is_title:
                # the displaced sentence of the same story stays beside the figure: it holds
                # what the question named ("the week before the Turnbull LinkedIn post")
                displaced = evidence[0]
        if not typed and best.kind == UNSHAPED_NUMBER:
            # "how much did hamilton win by": the story's sentence with a margin ("4.318
            # seconds ahead"), though it names neither him nor the race, over one with a
            # number of another shape
            typed = [
                e
                for e in evidence[1:40]
                if e.kind == 1.0
                and e.article.article_id == best.article.article_id
                and e.score >= best.score - SHAPED_STORY_MARGIN
            ]
        if typed:
            best = typed[0]
    same = [
        e
        for e in (evidence if leader and evidence[0].kind == LEADER_UNTITLED else evidence[1:])
        if e.article.article_id == best.article.article_id
        and e.sentence.text != best.sentence.text
        and not e.is_title
    ]
    margins: tuple[float, ...]
    if best.is_title:
        same.sort(key=lambda e: (e.sentence.sentence_index != 0, -e.kind, -e.score))
        margins = (math.inf, THIRD_MARGIN)
    else:
        same.sort(key=lambda e: (-e.kind, -e.score))
        margins = (SECOND_MARGIN, THIRD_MARGIN)
    chosen = [best]
    length = len(best.sentence.text)
    if (
        displaced is not None
        and displaced.article.article_id == best.article.article_id
        and length + len(displaced.sentence.text) + 10 <= MAX_ANSWER_CHARS
    ):
        chosen.append(displaced)
        length += len(displaced.sentence.text)
        margins = margins[1:]
    for margin in margins:
        fitting = [
            e
            for e in same
            if e not in chosen
            and e.score >= best.score - margin
            and length + len(e.sentence.text) + 10 * len(chosen) <= MAX_ANSWER_CHARS
        ]
        if not fitting:
            break
        chosen.append(fitting[0])
        length += len(fitting[0].sentence.text)
    return chosen


#: "How many X": units any count answers; another unit must be named by the evidence.
GENERIC_UNITS = frozenset(
    "people persons times years days months weeks hours minutes seconds points jobs".split()  # noqa: SIM905
)
_HOW_MANY = re.compile(
    r"\bhow many (?:[a-z]+ ){0,2}?([a-z]+)"
    + UNIT_DIMENSION
    + r"(?: (?:do|did|does|are|is|were|was|will|have|has|had|"
    r"can|could|would|r)\b|\W*$|"
    # "how many viewers watched", "how many flights got cancelled": the counted, then its deed
    r"(?: (?:actually|really|eventually|ultimately|finally|officially|still|already|ever|"
    r"just))? (?!(?:need|feed|speed|seed|bed|red|shed|bled|breed|weed)\b)([a-z]{2,}ed|got|"
    r"went|came|saw|took|made|won|lost|ran|left|died|fell|rose|rode|flew|swam|drove)\b"
    # "signed up", "turned out": a phrasal verb, of another meaning than its verb
    r"(?! (?:up|out|off|down|back|away)\b))"
)
#: "how many students study at ...": what is counted, named right after "how many".
_HOW_MANY_NOUN = re.compile(
    r"\bhow many (?!(?:lit(?:er|re)|(?:kilo|centi|milli)?met(?:er|re)|mile|tonne|ton|kilo|"
    r"kilogram|gram|pound|euro|dollar|unit|item|thing|degree|point|inch|yard|acre|hectare|"
    r"kilowatt|megawatt|gigawatt|barrel|bottle|cup)s\b)([a-z]{3,}s)\b|"
    # "how many antarctica visitors": people counted, after a word saying where or which
    r"\bhow many [a-z]*[a-rt-z] (visitors|tourists|pilgrims|passengers|fans|spectators|"
    r"employees|workers|members|subscribers|customers|users|guests|runners|climbers|students|"
    r"patients|volunteers|residents)\b"
)
_HOW_MUCH = re.compile(
    # "how big a fine did nordhav get": the fine must be told, whatever the sum
    r"\bhow (?:big|large|hefty|heavy|steep) an? (?!(?:chunk|share|part|portion|piece|slice|bit|"
    r"proportion|percentage|deal|difference|role|increase|rise|drop|cut|jump|fall|gap|margin|"
    r"lead|number|amount|sum|figure)\b)([a-z]+)\b|"
    r"\bhow much (?:extra |additional |new )?"
    r"(?!(?:do|does|did|is|was|were|are|will|would|has|have|had|can|could|money|cash|dosh|"
    r"more|"
    r"less|extra|additional|of|the|it|they|he|she|we|you|r|per|a|an|each|every|"
    # "how much went to china": an amount sent, whatever it is
    r"went|goes|go|gone|came|comes|come|left|got|gets)\b)([a-z]+)|"
    # "how much was marbridge lacrosse in debt": the debt must be told
    r"\bhow much (?:is|was|are|were|r) [\w' .-]+? in (debt|arrears)\b"
)
_MODIFIER = (
    r"(?:(?:weekly|annual|yearly|monthly|net|gross|total|current|exact|full|real|new|latest|next|"
    r"upcoming|first|last|former|top|biggest|largest) )?"
)
_OWN_ATTRIBUTE = re.compile(
    # "what happened at brazil's big parade" asks no attribute of Brazil's
    rf"\b(?:what|when)(?:'s| is| was| are| were|s)? (?!happened\b|happens\b)"
    rf"(?:the )?(?:[\w'-]+ ){{0,3}}?[\w'-]+'s? "
    rf"{_MODIFIER}([a-z]+(?:-[a-z]+)*)\b(?!['-]?\d)"
)
#: "How much is Lisbon's tourist tax?": the thing of someone's that is priced, its last word.
_HOW_MUCH_OWN = re.compile(
    r"^how much (?:is|are|was|were|r|does|do|did) (?:the )?[\w&.-]+'s? (?:[a-z-]+ )?([a-z]+)"
    r"(?: (?:cost|costs|now|today|these days))?\W*$"
)
#: An amount asked in a place's own currency: "in singapore dollars", "in swiss francs".
_LOCAL_CURRENCY_ASKED = re.compile(
    r"\bin (?:the )?([a-z]+(?: [a-z]+)?) (?:dollars?|francs?|crowns?|kron(?:a|e|er|or)|pesos?|"
    r"rupees?|won|yuan|pounds?|euros?|reais|rand|lira|zloty)\b"
)
#: An amount asked in one currency ("in yen", "in US dollars"), by the code of ``CURRENCY_NAMED``.
_CURRENCY_ASKED = re.compile(
    r"\bin (?:(?:the )?(?P<usd>(?:us|u\.s\.|american) dollars|usd)|(?P<jpy>yen)|(?P<eur>euros?)|"
    r"(?P<gbp>pounds?|sterling|gbp)|(?P<cny>yuan|rmb|renminbi)|(?P<inr>rupees?))\b"
)
_MADE_VERBS = frozenset({"make", "made", "earn", "earned", "pay", "paid", "spend", "spent"})
_OF_ATTRIBUTE = re.compile(rf"\bwhat(?:'s| is| was|s)? the {_MODIFIER}([a-z]+) (?:of|for) ")
#: "How much did tickets for the final cost?": what is priced must be in the evidence.
_PRICED = re.compile(
    # "what does a guided trolltunga tour cost", not "what did nye cost": a thing of two words
    r"^(?:how much (?:did|do|does|will|would|is|are|was|were)|what (?:did|do|does|will|would)"
    r"(?= (?:the |a |an )?(?!(?:the|a|an)\b)[a-z][a-z0-9]* [\w'-]+ (?:[\w'-]+ ){0,5}?"
    r"cost\b)) "
    r"(?:the |a |an )?(?:(?:one|each) of (?:the |those |these |their |its |his |her )?)?"
    r"(?:(?:us|uk|eu) )?"  # "how much did us tariffs cost": the tariffs are priced
    r"(?:(?:regular|standard|basic|normal|base|cheapest|cheap|single|typical|average|plain|"
    r"ordinary|full|annual|monthly|top|new) )?([a-z][a-z0-9]*)\b"
    r"(?: [\w'-]+){0,6}? (?:cost|costs|sell for|sold for|go for|went for)\b|"
    # "whats the toboggan ride cost at mutianyu", "whats the senior fare on the shuttle"
    r"^(?:what(?:'s| is|s| was) |wats )(?:the |a |an )?(?:(?:new|old|current|standard|regular|"
    r"basic|full|estimated|expected|total|projected|likely|final|overall|average|typical|usual) )?"
    r"(?!(?:new|old|estimated|total|expected)\b)([a-z][a-z0-9]*) (?:[\w'-]+ )?"
    r"(?:cost|costs|price|fare|fee)\b|"
    # "how much is reykjaviks landing fee for cruise passengers"
    r"^how much (?:is|are|was|were|r) (?:the |a |an )?([a-z][a-z0-9']*)(?: [\w'-]+){1,3}? "
    r"(?:fee|fare|toll|levy|tax|charge)s?\b"
)


#: "when are they demolishing X": the deed whose time is asked, which its answer must tell.
_WHEN_DOING = re.compile(
    r"^(?:and |so )?when (?:are|is|r|will|were|was) (?:they|it|he|she|we|the \w+|\w+) "
    r"(?:going to |gonna )?(?!going\b)(\w{4,}ing)\b"
)
#: Words between a priced thing and "cost" that ask, not name: "gonna", "going to".
_PRICE_ASKING = frozenset(
    "gonna going to be will would actually really now eventually finally end up ended".split()  # noqa: SIM905
)
_ENTRY_SAID = re.compile(r"\b(?:enter|enters|entering|entry|entrance|admission)\b", re.I)


def _priced_phrase(m: re.Match[str], q: str) -> list[str]:
    """The words of a priced thing of several words ("aurora tours"), its own last."""
    start = max(m.start(1), m.start(3))  # "how much ... cost" or "how much is ... fee"
    if start < 0:
        return []
    phrase = q[start : m.end()].split()[:-1]
    phrase = [w for w in phrase if w not in ("sell", "sold", "go", "went")]
    # "a brand new arena": a new arena
    phrase = [w for i, w in enumerate(phrase) if w != "brand" or phrase[i + 1 : i + 2] != ["new"]]
    # "how much is the a1 widening near bern gonna cost": the widening, however it is asked
    while phrase and phrase[-1] in _PRICE_ASKING:
        phrase.pop()
    # "the two satellites on the tystie rocket": the satellites are priced, not the rocket
    ends = [
        i
        for i, w in enumerate(phrase)
        if w in ("on", "of", "in", "at", "for", "from", "to", "near", "by", "over")
    ]
    phrase = phrase[: ends[0]] if ends else phrase
    return [] if len(phrase) < 2 or phrase[-1] in STOPWORDS else phrase


def _priced_head(m: re.Match[str], q: str) -> str | None:
    """The thing itself of a priced thing of several words: "trip" of "devils pool trip"."""
    phrase = _priced_phrase(m, q)
    return phrase[-1] if phrase else None


def _priced_head_held(
    m: re.Match[str], q: str, words: frozenset[str], story: frozenset[str]
) -> bool:
    """Whether a priced thing of several words ("aurora tours") is held by its last word, the
    thing itself, in the quoted words, with the others somewhere in its story."""
    phrase = _priced_phrase(m, q)
    return bool(phrase) and (
        term_matches(phrase[-1], words)
        and all(term_matches(w, story) for w in phrase[:-1] if w not in STOPWORDS)
    )


#: "How much did it cost to train X?", "how much did LIV offer Y?": the deed that is priced.
_PRICED_DEED = re.compile(
    r"\bcosts? (?:[\w'-]+ ){0,3}?to ([a-z]+)\b|"
    # "how much did veldhoorn pay to borrow the mobile carillon": the borrowing must be told
    r"\bhow much (?:did|does|do|will|would) [\w' -]+? (?:pay|spend) to ((?!get\b|go\b)[a-z]+)\b|"
    r"^how much (?:money )?(?:did|does|do|will|would|has|have|is|are|was|were|can|could|may|"
    r"might) (?:[\w'-]+ ){1,4}?"
    r"(offer|offered|offering|give|gave|giving|lend|lent|donate|donated|promise|promised|bid|"
    r"fine|fined|charged|sued|compensated)\b|"
    r"\b(valued|valuation)\b"
)
#: A pay asked of people by their trade: "how much do balloon pilots in bagan get paid" is told
#: by a sentence paying pilots, not by a ticket's price.
_PAID_WHO = re.compile(
    r"^how much (?:do|does|did|will|would|can|could|are|is|were|was) (?:the |a |an )?"
    r"(?!(?:it|they|he|she|we|you|u|i)\b)(?:[\w'-]+ ){0,2}?"
    # the winner's purse is told by naming the winner
    r"(?!(?:company|firm|business|group|club|team|bank|get|got|the|winners?|losers?|champions?|"
    r"victors?|runners?-up)\b)([a-z]+) (?:(?:in|at|on|for|of) (?:the )?(?:[\w'-]+ ){0,2}?[\w'-]+ )?"
    r"(?:get paid|got paid|earn|earned|take home|paid|make a (?:year|month|week|day|hour))\b"
)
#: Deeds whose price is the price of what they make: "a 21 billion yuan theme park" says what
#: the park cost to build.
_BUILT = frozenset(["build", "construct", "erect", "complete", "make", "develop", "produce"])
#: Attributes any answer of the asked type has: "the result of the vote" is its tally.
_ANY_ANSWER = frozenset(["result", "results", "outcome", "upshot"])
#: What a price gets you in, which a sentence giving the price need not say: "what do
#: peruvians pay for a ticket" is answered by "Peruvians ... will pay 64 soles".
_ENTRY = frozenset(["ticket", "tickets", "entry", "admission", "entrance"])
#: "which galway hospital took part": places whose names carry what they are ("University
#: Hospital Galway", "the Aarhus pilot plant"), which the answer must then say.
_WHICH_THING = re.compile(
    r"^(?:which|what) (?:[a-z'-]+ ){0,2}?(hospital|clinic|school|university|airport|stadium|"
    r"museum|hotel|prison|mine|farm|plant|factory|bridge|tunnel|station|port|court|ship|vessel|"
    r"odds)s?\b"
)
#: "Who bought ...?": verbs that are the fact asked, not a way of asking.
_WHO_DID = re.compile(
    r"^(?:and |n |so )?who (?:is |are |'s |s )?(bought|buys|acquired|owns|owned|founded|"
    r"started|sold|sued|married|hired|"
    r"replaced|replace|replaces|invented|designed|succeeded|succeeds|beat|defeated|won|wins|win|"
    r"buying|acquiring|suing|hiring)\b"
)
#: "who won ...": told as a win in other words too ("the contract was awarded to AltaVia").
_WON = frozenset(["won", "win", "wins"])
#: Words that ask for a value without naming what it is, or name one that its type satisfies
#: ("what is the cost of ...?" is answered by an amount, whatever the sentence calls it).
ASKING_WORDS = GENERIC_UNITS | frozenset(
    [
        "name",
        "names",
        "title",
        "number",
        "amount",
        "total",
        "figure",
        "value",
        "kind",
        "type",
        "reason",
        "point",
        "cost",
        "costs",
        "price",
        "prices",
        "fee",
        "fees",
        "worth",
        "sum",
        "date",
        "day",
        "year",
        "time",
        "role",
        "job",
        "position",
        "size",
        # "how much quicker is the drone than the ferry": a difference, whatever its unit
        "quicker",
        "faster",
        "slower",
        "cheaper",
        "dearer",
        "bigger",
        "larger",
        "smaller",
        "longer",
        "shorter",
        "higher",
        "lower",
        "heavier",
        "lighter",
        "older",
        "younger",
        "further",
        "farther",
    ]
)
_WIN_FORMS = (
    "won",
    "win",
    "winner",
    "victory",
    "champion",
    "title",
    "triumph",
    "beat",
    "beating",
    "clinched",
    "claimed",
)
#: "who sold it", "who was selling the carpet": the seller, whom a price does not name.
_WHO_SOLD = re.compile(
    r"^(?:and |so |ok )?who (?:sold|was selling|is selling|were selling|sells|consigned|put "
    r"(?:[\w'-]+ ){0,3}up for (?:sale|auction))\b"
)
_SELLER = re.compile(
    r"\bsold by\b|\bsellers?\b|\bvendors?\b|\bconsign(?:ed|or|ors)\b|\b(?:decided|agreed|"
    r"chose|planned|plans|wanted|wants|offered) to sell\b|\bput (?:[\w'-]+ ){1,3}up for "
    r"(?:sale|auction)\b|\b(?:is|was|were|are) selling\b",
    re.IGNORECASE,
)
#: What is won by being given it: "the young artists' prize went to the singer Rocío Heredia".
_AWARD = re.compile(r"\b(?:prize|award|medal|trophy|honour|honor|scholarship|grant)s?\b")
_GIVEN_TO = re.compile(
    r"\b(?:went|goes|go|going|awarded|presented|given|handed) to\b", re.IGNORECASE
)
#: How a story gives its word for something: what "the islanders call" it.
_TERM_FORMS = ("word", "term", "call", "called", "calls", "known", "dubbed", "nicknamed", "named")
#: A word the asker wants the story's name for: "the word for the masons".
_TERM_WORDS = frozenset({"word", "term"})
#: A word of no common English glossed after it: "the koudaraioi, the itinerant builders".
_GLOSSED = re.compile(r"\b(?:the|a|an) ([a-z]+), (?:the|an?|or) [a-z]")
#: Words an attribute may be stated with instead of its own.
ATTRIBUTE_FORMS = {
    # not "pay" (nor "paid", its form): "ordered to pay 61 million euros" is no salary
    "salary": ("salary", "wage", "earn", "earns"),
    "talks": ("talks", "negotiations", "negotiating", "discussions", "discussing"),
    "wage": ("wage", "salary", "earn", "earns"),
    "price": ("price", "cost", "priced", "costs", "sell"),
    "cost": ("cost", "price", "priced", "costs"),
    "rent": ("rent", "rental", "rented", "renting", "hire"),
    # "how much was it in debt": "the club owes about £410,000"
    "debt": ("debt", "debts", "owes", "owed", "owing"),
    "arrears": ("arrears", "owes", "owed", "owing"),
    "entry": ("entry", "entrance", "admission"),
    "admission": ("admission", "entrance", "entry"),
    # an estimate is told as the bill a story expects, or the cost someone "put" at a sum
    "estimate": ("estimate", "estimated", "bill", "cost", "put"),
    "bought": ("bought", "buy", "acquired", "acquire", "purchase", "purchased", "takeover"),
    "prize": ("prize", "purse", "winnings", "cheque", "check", "earned", "collected", "pocketed"),
    "founded": ("founded", "founder", "founders", "co-founder", "co-founded", "started", "set up"),
    "started": ("founded", "founder", "founders", "co-founder", "co-founded", "started", "set up"),
    "acquired": ("bought", "buy", "acquired", "acquire", "purchase", "purchased", "takeover"),
    "buying": ("bought", "buy", "buyer", "acquire", "purchase", "takeover", "bid", "offer"),
    "acquiring": ("bought", "buy", "buyer", "acquire", "purchase", "takeover", "bid", "offer"),
    "owns": ("owns", "owned", "owner", "stake"),
    "owned": ("owns", "owned", "owner", "stake"),
    "own": ("owns", "owned", "owner", "stake"),
    "valued": ("valued", "valuation", "value", "worth"),
    "valuation": ("valued", "valuation", "value", "worth"),
    "offer": ("offer", "offered", "bid", "proposal"),
    "target": ("target", "aim", "aiming", "aims", "goal", "plan", "plans", "planned"),
    "goal": ("goal", "target", "aim", "aiming", "aims", "plan", "plans", "planned"),
    "offered": ("offer", "offered", "bid", "proposal"),
    "bid": ("bid", "offer", "offered", "proposal"),
    "fined": ("fine", "fined", "penalty", "penalised", "penalized"),
    "fine": ("fine", "fined", "penalty", "penalised", "penalized"),
    "fix": ("fix", "repair", "repairs", "repaired", "rebuild", "restore"),
    # "how much would the games cost to run": their operating budget
    "run": ("run", "running", "operating", "operate", "operations"),
    # "what does it cost a farmer to make a kilo": its production cost
    "make": ("make", "made", "produce", "produced", "production", "producing"),
    # "how much does it cost to buy a franchise": what one is sold for
    "buy": ("buy", "bought", "purchase", "acquire", "sold", "sell", "fee", "price"),
    # "who replaced rachel okafor": her successor, whoever took over
    "replaced": ("replaced", "replace", "succeeded", "successor", "took over", "appointed"),
    "replace": ("replaced", "replace", "succeeded", "successor", "take over", "appointed"),
    # "who designed conwy castle": "Built ... by his master mason, James of St George"
    "designed": ("designed", "design", "designer", "architect", "mason", "drew", "built by"),
    "invented": ("invented", "inventor", "invention", "created", "devised", "first made"),
    "rain": ("rain", "rainfall", "millimetres", "millimeters", "mm", "inches"),
    "rainfall": ("rain", "rainfall", "millimetres", "millimeters", "mm", "inches"),
    "snow": ("snow", "snowfall", "centimetres", "centimeters", "cm", "inches"),
    # "whats the word for how they cut the bark": what "the islanders call" it
    "word": _TERM_FORMS,
    "term": _TERM_FORMS,
    # "how much land burned": an area, told in hectares
    "land": ("land", "area", "hectares", "acres", "square"),
    "area": ("land", "area", "hectares", "acres", "square"),
    "electricity": ("electricity", "power", "energy", "gigawatt", "megawatt", "kilowatt"),
    "energy": ("electricity", "power", "energy", "gigawatt", "megawatt", "kilowatt"),
    "charged": ("charge", "charged", "charges", "fee"),
    "sued": ("sue", "sued", "lawsuit", "damages"),
    "beat": ("beat", "defeated", "won", "victory"),
    "defeated": ("beat", "defeated", "won", "victory"),
    "won": _WIN_FORMS,
    "wins": _WIN_FORMS,
    "win": _WIN_FORMS,
    "winning": _WIN_FORMS,
}
#: "how many metres of cloth": a measure of something, whatever the story calls the stuff.
_MEASURE_OF = re.compile(
    r"\bhow many (metres|meters|kilometres|kilometers|miles|tonnes|tons|kilos|kilograms|litres|"
    r"liters|gallons|barrels|hectares|acres|bottles|crates|cases|bags|sacks|boxes|hectolitres) "
    r"of\b"
)
#: Things asked of whose measure another sentence of the story may give: "how much would the
#: games cost to run" (their operating budget), "how much rain fell" (in millimetres).
_MEASURED = frozenset(
    "salary wage price cost prize fix run electricity energy rain rainfall snow debt".split()  # noqa: SIM905
)
#: A sentence saying the fact asked is not known: it never answers it.
_UNDISCLOSED = re.compile(
    r"\b(?:did not|didn't|does not|doesn't|would not|wouldn't|declined to|refused to) "
    r"(?:disclose|reveal|say|give(?! up\b| way\b| in\b)|specify|comment on|put a figure on|"
    r"name|identify)\b|"
    r"\b(?:was|were|is|are|has not been|have not been|remains?) (?:not )?(?:undisclosed|"
    r"not disclosed|unknown|not known|unclear|not yet (?:known|decided|clear))\b|"
    r"\b(?:undisclosed|unspecified) (?:fee|sum|amount|price|terms)\b",
    re.IGNORECASE,
)
#: "A spokesperson for Joe Rogan's podcast could not be reached": nothing said, when what
#: someone said is asked (the sentence may still name whom: "Vexa's owner, Halden Group,
#: declined to comment").
_NO_COMMENT = re.compile(
    r"\b(?:could not|couldn't) be reached\b|\bdeclined to comment\b|"
    r"\bdid not (?:immediately )?respond to (?:a )?requests? for comment\b",
    re.IGNORECASE,
)


#: A price kept back, which says nothing of who paid it.
_UNDISCLOSED_SUM = re.compile(
    r"\b(?:undisclosed|unspecified) (?:fee|sum|amount|price)\b", re.IGNORECASE
)
_UNDISCLOSED_WHEN = re.compile(
    r"\b(?:disclose|reveal|say|give|specify|known|clear|decided)\w* (?:when|the date|a date|the "
    r"timing|a timetable|a timeline)\b",
    re.IGNORECASE,
)


#: What a sentence keeps back, when it is a sum: "(declined to give) the price".
_PRICE_KEPT = re.compile(
    r" (?:the |a |its |their |any )?(?:price|fee|sum|cost|value|terms|amount|figure paid|"
    r"financial terms|how much)\b",
    re.IGNORECASE,
)


def _undisclosed(text: str, kind: str | None = None) -> bool:
    """Whether the sentence says what it tells is not known: "the fee was not disclosed", but
    not "Nine have been killed on roads, ... and the fate of the others is unknown". A name
    kept back ("a Formula One team, which the co-operative declined to name, bought 40 hats")
    keeps back no number."""
    return any(
        not re.search(
            r"\b(?:others|rest|remaining|remainder)\b", text[max(0, m.start() - 40) : m.start()]
        )
        and not (kind not in (None, "who", "name") and re.search(r"(?:name|identify)$", m.group(0)))
        # "ordered 4,000 bars ..., who declined to give the price": a count is told
        and not (kind not in (None, "money") and _PRICE_KEPT.match(text, m.end()))
        # "The recall itself ended up costing about 23 million zlotys, ..., and Babunia
        # reached settlements ..., on terms it did not disclose": a figure told, then another
        # clause keeping back something else
        and not (kind in ("money", "number") and re.search(r"\d.*, and ", text[: m.start()]))
        for m in _UNDISCLOSED.finditer(text)
    )


#: "in Japan", "at Haas": a word after one of these that no article uses is a qualifier the
#: evidence cannot satisfy.
_QUALIFIER = re.compile(
    r"\b(?:in|at|on|for|against|during|to|from|inside|across|versus|vs) (?:the )?([a-z][a-z-]{3,})"
)


#: Who bought something, asked: "who bought the lot", "who purchased it".
_BUYING = frozenset(["bought", "buy", "buys", "purchased", "acquired"])
#: A sale told from the seller's side: "the lot ... went to Hamdan Tea Blenders", "The buyer,
#: Masato Iwasaki".
_SOLD_TO = re.compile(
    r"\b(?:went|sold|goes|go) to (?:the )?[A-Z]|"
    r"\b[Tt]he (?:buyer|winning bidder|purchaser)s?, [A-Z]"
)


def _tells_buyer(deed: str, text: str) -> bool:
    """Whether a buying deed asked ("who bought the lot") is told from the seller's side."""
    return deed in _BUYING and _SOLD_TO.search(text) is not None


#: A date something must be done by: "had until October 20 to", "is due by March 1".
_UNTIL_DATE = re.compile(
    r"\b(?:until|till|by|before|due on|due by)\s+(?:the end of\s+)?(?:\d{1,2}\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)
#: "when does it kick in fully": an "in" that ends a verb, not one before a place.
_PHRASAL_IN = re.compile(
    r"\b(?:kick|phase|phas|roll|come|came|step|check|fill|sign|give|gave|cave|log|move|chip|"
    r"pitch|weigh|tune|sink|sank|set|settle|settl|lock|factor|fit|join|hand|pay|plug|wade|"
    r"cash|take|took|put|let)(?:s|ed|d|ing|ting)? in $"
)
#: "have to repay": a "to" before a verb, not before a place or a party.
_VERB_AFTER_TO = re.compile(
    r"\b(?:have|has|had|need|needs|needed|want|wants|wanted|going|plan|plans|planned|set|due|"
    r"able|got|gotta|used|expected|likely|trying|tried|agreed|refused|allowed|forced) to $|"
    # "what caused the tunnel to cave in": a deed someone or something was brought to
    r"\b(?:caused?|causing|led|forced|made|allowed|ordered|told|asked|pushed|prompted) "
    r"(?:[\w'-]+ ){1,3}to $|"
    # "where did huawei put it for developers to download": what it was put there for
    r"\bfor (?:[\w'-]+ ){1,3}to $|"
    # "whats the deadline to sort it out": what the deadline is for
    r"\b(?:deadline|time|chance|plan|plans|bid|effort|money|cash|funds|way|attempt|decision|"
    r"permission|order|orders|push|drive|race) to $"
)
#: Words that say which kind of a thing, not a thing measured: "how much was *real* marble".
_KIND_OF_THING = frozenset(
    "real genuine authentic actual true fake cheap proper original imitation".split()  # noqa: SIM905
)
#: Qualifiers a report leaves to its context: "the women's 800m" in a story about Hodgkinson.
#: ("at the worst point": when, which a report tells by its figure, "peaked at").
_UNSAID_QUALIFIERS = frozenset(
    "women womens men mens ladies female male girls boys worst peak height most moment".split()  # noqa: SIM905
)
#: Words that make an idiom with the word before, not a setting: "who's *in charge*", "how many
#: *in total*".
_IDIOM_WORDS = frozenset(
    "charge total general person advance fact particular public private short".split()  # noqa: SIM905
)

#: Words of names that articles also write as short forms ("UK", "US", "EU", "F1").
_SPELT_OUT = frozenset(EXPANSIONS).union(
    w for forms in EXPANSIONS.values() for form in forms if " " in form for w in form.split()
)
#: "the Turnbull story": words that say which article is meant, not what it must state.
_THE_STORY = re.compile(r"\bthe ((?:[\w'-]+ ){1,3})(?:story|article|piece|report|interview)\b")
#: "in Malaysia", "for the UK": a place the asked fact must hold in.
_IN_PLACE = re.compile(
    r"\b(?:in|at|for|across|inside|outside|from) (?:the )?"
    r"(?!(?:in|at|for|across|inside|outside|from|on|to)\b)([a-z]+)"
    # "in the chinese deal": which deal, not where a price holds
    r"(?! (?:deal|contract|agreement|takeover|buyout|bid|offer|order)s?\b)"
)
#: "What did X decide / announce / say ...": a deed, reported when it happens.
_EVENT = re.compile(
    r"^(?:what|who|how|why)(?: (?:time|score|place|position|round))? (?:did|has|have)\b|"
    r"\b(?:decided?|announced?|said|unveiled|launched|"
    r"held|voted|died|killed|injured|hurt|happened|struck|sank|crashed|erupted|evacuated|"
    # "final score when kragso won the danish title in 2026": a match reported that week
    r"won|lost|beat|scored)\b|"
    # "who quit as coach ... in march 2025": whoever did a deed, reported when it was done
    r"^(?:and |so )?who (?:[a-z]+ed|quit|left|won|lost|took|became|got|sold|bought|beat)\b|"
    # "how many rabelos raced at sao joao in 2026": a race is reported the week it is run
    r"^how many (?:[\w-]+ ){1,2}?(?:raced|competed|took part|started|finished|entered|turned up|"
    r"showed up|came|attended)\b"
)
#: "which sponsor invited ...": a thing asked to be named.
_WHICH_ONE = re.compile(
    r"^(?:and |so )?which ([a-z]{3,}) (?:[a-z]+ed|is|was|are|were|has|had|runs|won|paid|got|"
    r"made|sent|gave|took|sold|bought|built)\b"
)
#: "which rioja winery did ivan rodriguez work at": a workplace asked to be named.
_WORKED_AT_WHICH = re.compile(
    r"^(?:and |so )?which (?:[a-z]+ )?([a-z]{3,}) (?:did|does|do|has|had) (?:[\w'-]+ ){1,3}"
    r"(?:work|worked|train|trained|study|studied|play|played|serve|served|start|started|"
    # "which market did the babunia couple start out at"
    r"start out|started out|begin|began) (?:at|for|in|with|from)\b"
)
#: "the name of the american sommelier who hyped babic": someone asked to be named.
_NAME_OF_ONE = re.compile(r"\bnames? of (?:the|that|this) (?:[a-z]+ ){0,2}?([a-z]{4,}) who\b")
#: A year's edition of an event the question is asked ahead of: "b4 the 2025 carnival".
_BEFORE_EDITION = re.compile(r"\b(?:before|ahead of|in the run-up to) the (?:19|20)\d\d [a-z]")
_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
#: An age given with a name: "the 29-year-old Calvet", "Calvet, 29, said".
_AGE = re.compile(
    rf"\b\d{{1,3}}-year-old\b|(?i:{AGE_IN_WORDS.pattern})|"
    r", \d{1,3},|(?<=[a-z]), \d\d(?=\.(?!\d)|$)|"
    # "Franco Soraperra, who retired at 67", "Don Crispín Ruiz, retired at 82"
    rf",(?: who)? {DEED_AT_AGE}\d\d\b|"
    # "Its master distiller, Don Crispín Ruiz, is 81 and has run ..."
    r", (?:is|was) (?:now )?\d\d(?=[,.;]| and\b| but\b)"
)
_MONTH_OR_YEAR = re.compile(
    r"\b(january|february|march|april|june|july|august|september|october|november|december|"
    r"(?:19|20)\d\d)\b"
)


#: A yes/no question asks whether something happened: the deed (the first word after the
#: subject, up to a preposition) is the fact asked.
_DEED_ENDS = frozenset(
    [
        "in",
        "at",
        "on",
        "to",
        "from",
        "for",
        "after",
        "before",
        "against",
        "with",
        "by",
        "of",
        "off",
        "over",
        "since",
        "during",
        "into",
        "than",
        "this",
        "next",
        "last",
    ]
)
#: Words that carry no deed of their own ("is X going to ...", "did X end up winning ...").
_LIGHT = frozenset(
    [
        "going",
        "doing",
        "getting",
        "get",
        "end",
        "ended",
        "up",
        "still",
        "really",
        "actually",
        "ever",
        "already",
        "now",
        "also",
        "yet",
        "planning",
        # "is switzerland trying to host the winter games again": hosting is the deed
        "trying",
        "try",
        "tried",
        "hoping",
        "aiming",
        "set",
        # "why did fez put a new treatment station under the tannery": the station is there
        "put",
        "about",
        "any",
        "some",
        "more",
    ]
)
#: "is X in talks to ...", "is X going to ...": the deed ahead (or the talks) is asked.
_AHEAD = re.compile(
    r"^(?:[a-z0-9'-]+ ){0,2}?(?:in (talks|negotiations|discussions)|(?:going|planning|set|about|"
    r"due|expected|poised|preparing) to)\b"
)
_SUBJECT_PRONOUNS = frozenset(
    """it its they their them he his him she her this that anyone anybody someone somebody
    everyone everybody anything something nobody people there""".split()  # noqa: SIM905
)


#: Words in "-ing" that are no deed: "is big tech doing anything about ...".
_ING_WORDS = frozenset(
    [
        "anything",
        "something",
        "nothing",
        "everything",
        "thing",
        "king",
        "ring",
        "spring",
        "string",
        "morning",
        "evening",
        "wing",
        "ceiling",
        "earnings",
        "building",
        "meeting",
        "funding",
        "ranking",
        "rankings",
        "training",
        "clothing",
        "housing",
        "shipping",
        "banking",
        "listing",
        "offering",
        "spending",
        "pricing",
    ]
)


_PARTICLE = r"(?:out|up|back|off|down|over|in|on|away|through)$"
_GO = frozenset(["go", "goes", "went", "gone"])
#: What "go ..." says of a company that failed: "go bust", "go under", "went broke".
_FAILED = frozenset(["bust", "under", "broke", "bankrupt", "insolvent", "bankrupts"])


#: Verbs telling a figure's move: "(will the rents) go up", "(did prices) fall".
#: What a figure is the price of: "did the angla adult *ticket* go up" asks a price's move.
_PRICED_NOUNS = frozenset(
    (  # noqa: SIM905
        "ticket tickets price fee fees fare fares rent toll admission entry wage pay salary cost"
    ).split()
)
_FIGURE_MOVES = frozenset(
    (  # noqa: SIM905
        "go goes went rise rises rose fall falls fell increase increases drop drops climb climbs "
        "double doubles shrink shrinks grow grows"
    ).split()
)


def yes_no_deed(question: str, names: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Who a yes/no question is about and what it asks they did: ``(("alonso",),
    ("retiring",))`` for "is alonso retiring after this season", ``(("cadillac",), ("score",))``
    for "did cadillac score any points". Only for a subject that is a name typed bare ("does
    the FIA president think ...?" has a subject this cannot delimit) and, after "is", a deed in
    "-ing" ("is Pangu the first ...?" asks what something is, not what it does)."""
    q = question.lower().strip(" ?!.")
    if re.search(r"\b(?:take|takes|taking|took|taken) place\b", q):
        return (), ()  # "when is the luge world cup race taking place": when it is held
    staged = _STAGING.search(q)
    if staged:
        # "is cadw doing a light show on the conwy castle towers": the show must be told
        return (), tuple(w for w in staged.groups() if w)
    done = DONE_ASKED.match(q)
    m = YES_NO.match(q) or WHEN_AHEAD.match(q) or done
    named = set(names)
    words = re.findall(r"[a-z0-9][a-z0-9'-]*", m.group(1)) if m else []
    if words[:1] == ["the"] and len(words) > 2 and words[1].removesuffix("'s") in named:
        words.pop(0)  # "is the museu oceano lending ...": a name with its article
    first_name = len(words) > 1 and words[0] not in named and words[0] not in STOPWORDS
    if first_name and words[1].removesuffix("'s") in named:
        words.pop(0)  # a first name the articles never give alone: "is jorge martin ..."
    elif first_name and words[1] == "of" and len(words) > 2 and words[2] in named:
        del words[:2]  # a name made with "of": "was house of adunni pulled ..."
    if not words or words[0].removesuffix("'s") not in named:
        return _unnamed_doing(q, words)
    subject = words[0].removesuffix("'s")
    rest = words[1:]
    if done and rest and rest[0].removesuffix("'s") in named:
        return (), ()  # "when did the rogan yampolskiy ep drop": no one subject
    while rest and rest[0].removesuffix("'s") in named:
        rest.pop(0)
    content = [
        w
        for w in rest
        if w not in _LIGHT and w not in STOPWORDS and w not in _DEED_ENDS and not w.isdigit()
    ]
    if not content:
        return (), ()
    if any(
        w in _FIGURE_MOVES
        and (
            (rest[i - 1].endswith("s") and rest[i - 1] != content[0])
            or rest[i - 1] in _PRICED_NOUNS
        )
        for i, w in enumerate(rest[1:], start=1)
    ):
        # "will riga fish pavilion rents go up": the rents' move is asked, and "fish" is a
        # word of what pays them, no deed
        return (), ()
    deed = content[0]
    ahead = re.search(r"\b(?:about|going|set|due|likely) to ([a-z]+)\b", " ".join(rest))
    if (
        ahead
        and YES_NO.match(q)
        and ahead.group(1) not in STOPWORDS
        and ahead.group(1) not in _LIGHT
    ):
        # "is the la palma volcano about to erupt again": erupting is the deed, not the volcano
        deed = ahead.group(1)
    while (
        deed in _SUBJECT_NOUNS
        and rest[:1] == [deed]
        and len(content) > 1
        # (a deed done, not "does the fia president think ...", a view this cannot delimit)
        and q.startswith("did ")
    ):
        # "did the dali museum director quit": the museum's director is who, quitting the deed
        rest, content = rest[1:], content[1:]
        deed = content[0]
    after = rest[rest.index(deed) + 1 :] if deed in rest else []
    if deed in _GO and after[:1] and after[0] in _FAILED:
        deed = "bankrupt"  # "why did lysgro go bust", "went under": what happened to it
    elif deed in _GO and len(content) > 1:
        deed = content[1]  # "did the deal go ahead": "go" only carries what it became
    if done and q.startswith(("why was ", "why were ")) and not re.search(r"(?:ed|en)$", deed):
        return (), ()  # "why was the glacier moving": what it was doing, not what was done to it
    if done and (rest[:1] != [content[0]] or re.match(_PARTICLE, " ".join(rest[1:2]))):
        # "when did locarno hand out ...", "when did the episode with X come out": only a verb
        # right after its subject, and not a phrasal one, is read as the deed
        return (), ()
    participle = next((w for w in content[1:3] if _PARTICIPLE.search(w)), None)
    if q.startswith(("has ", "have ", "had ")) and not _PARTICIPLE.search(deed) and participle:
        deed = participle  # "has chile's supreme court frozen ...": the court is still its name
    ahead = _AHEAD.search(" ".join(rest))
    if ahead and ahead.group(1):
        deed = ahead.group(1)  # "is byd in talks to build ...": the talks are the fact asked
    stative = q.startswith(("is ", "are ", "was ", "were ", "when is ", "when are "))
    to_be = re.search(r"\b(?:going to|gonna|about to|set to|due to) be (\w+(?:ed|en))\b", q)
    if stative and to_be:
        # "is pena palace gonna be closed on mondays": what will be done to it
        return (subject,), (to_be.group(1),)
    doing = next((w for w in content[1:] if w.endswith("ing") and w not in _ING_WORDS), None)
    if stative and words[0].endswith("'s") and not deed.endswith("ing") and doing and not ahead:
        # "is natwest's chairman stepping down": what is theirs, and what it is doing
        return (subject,), (deed, doing)
    if stative and rest[:1] == [deed] and doing and not deed.endswith("ing") and not ahead:
        return (subject,), (doing,)  # "is the fenlight festival moving ...": the name's noun
    if stative and re.search(r"\b(?:going|heading) into \w", " ".join(rest)) and content:
        # "is medway vale going into special administration": where it is going is the fact
        return (subject,), (content[-1],)
    passive = (
        rest[:2] == ["being", deed]
        or (rest[:1] == [deed] and rest[1:2] == ["by"])
        or (rest == [deed] and deed.endswith("ed"))
    )
    if stative and passive and not ahead:
        # "is hallorans being sold to lidl", "was wingrove bought by amazon": what is done to it
        return (subject,), (deed,)
    state = re.search(r"\bon (strike|trial)\b", " ".join(rest))
    if stative and state:
        return (subject,), (state.group(1),)  # "are algarve fishermen on strike": do they strike
    if stative and not deed.endswith("ing") and not ahead:
        return (), ()
    if stative and not ahead and rest[:1] == [deed]:
        # "is vietnam banning overnight cruises": what it is doing it to is the fact asked too
        run = list(itertools.takewhile(lambda w: w not in STOPWORDS and w not in named, rest[1:]))
        if run and run[-1] not in _LIGHT and not run[-1].isdigit():
            return (subject,), (deed, run[-1])
    return (subject,), (deed,)


_NEGATED = re.compile(r"\b(?:no|not|without|lack|lacks|lacking|never)\b", re.IGNORECASE)
#: Nouns that go on naming a yes/no question's subject after its name: "the dali museum
#: director", "the kalamata coop president".
_SUBJECT_NOUNS = frozenset(
    """museum museums director directors ceo boss president chairman chairwoman chair mayor
    minister coach manager owner owners team club company firm council government board union
    festival foundation cooperative coop co-op school church winery bakery hotel restaurant shop
    family families workers staff fishermen growers farmers makers""".split()  # noqa: SIM905
)
#: A past participle, what "has ... frozen", "had ... sold", "have ... done" asks was done.
_PARTICIPLE = re.compile(r"(?:ed|en|wn|ung|ought|aught|ut|id|one)$")
#: "-ing" words after "is" that say how something is asked, not what is done.
_ASKING_ING = frozenset(["being", "going", "heading", "having", "getting", "doing", "saying"])


#: "is the accordion museum (in castelfidardo) closing": the words before the deed in "-ing".
_DOER_HEAD = re.compile(
    r"^(?:is|are) (?:the |a |an |its |their )?((?:[a-z'-]+ ){0,3}?[a-z'-]+)"
    r"(?: (?:in|at|of|on|for|near) .+?)? (\w+ing)\b"
)


def _doer_head(q: str, deed: Sequence[str]) -> str | None:
    """The noun a yes/no question's deed is asked of, when no name: "museum" in "is the
    accordion museum in castelfidardo closing down"."""
    m = _DOER_HEAD.match(q)
    if m is None or m.group(2) not in deed:
        return None
    word = m.group(1).split()[-1]
    return None if word in STOPWORDS or word in _PRONOUN_SUBJECTS else word


def _unnamed_doing(q: str, words: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What "is/are X doing ...?" asks is done when X is no bare name ("is the port of basel
    stopping oil deliveries", "are other networks giving free roaming"): its first verb in
    "-ing", which the story must tell in some word of that meaning."""
    anyone = _ANYONE_DOING.match(q)
    if anyone and anyone.group(1) not in STOPWORDS and anyone.group(1) not in _LIGHT:
        # "do u have to pay a fee to walk on the walls", "can u get married in the tunnels":
        # what anyone would do there, which the story must tell
        return (), (anyone.group(1),)
    if q.startswith(("why was ", "why were ")):
        # "why was the golden shell winner banned": a deed done to it, which the story must tell
        done = [w for w in words[1:] if w.endswith("ed") and len(w) > 4 and w not in _LIGHT]
        return (), tuple(done[:1])
    if not q.startswith(("is ", "are ", "was ", "were ")):
        return (), ()
    for before, word in itertools.pairwise(words):
        if before in {"the", "a", "an", "of", "for", "to", "in", "on", "with"}:
            continue  # "is the opening ceremony ...": a noun in "-ing"
        if (
            word.endswith("ing")
            and len(word) > 5
            and word not in _ING_WORDS | _ASKING_ING
            and word not in _LIGHT
        ):
            return (), (word,)
    if q.startswith(("was ", "were ")) and words[:1] and words[0] not in _PRONOUN_SUBJECTS:
        # "was a distillery worker arrested for ...", "were two brothers arrested in berlin":
        # the deed done to someone the question describes, which the story must tell; someone
        # described without "the" is no one the story has named, so it must tell of them too
        for before, word in itertools.pairwise(words):
            if before in _DETERMINERS or word in _LIGHT or len(word) < 5:
                continue
            if word.endswith("ed"):
                someone = (before,) if words[0] in _INDEFINITE and before != words[0] else ()
                return someone, (word,)
    return (), ()


#: What someone is asked to be putting on: "doing a light show", "holding a festival".
_STAGING = re.compile(
    r"^(?:is|are|was|were) (?:[\w'-]+ ){1,4}?(?:doing|having|holding|staging|putting on|"
    r"planning|hosting|running|throwing) (?:a|an|any|some) (?:([a-z-]+) )?"
    r"(show|festival|concert|parade|fair|market|exhibition|event|party|race|sale|tour|ball|"
    r"display|contest|competition|auction|referendum|strike|protest|vote)\b"
)
#: A price asked of one thing on its own: "a ticket for just the walkway".
_ALONE_ASKED = re.compile(
    r"\b(?:just|only) (?:the |a |an )?[a-z]|\b(?:on its own|by itself|alone|separately)\b"
)
#: Things bought on a visit that no entry charge prices: "how much is a room at ...".
_BOUGHT_THING = re.compile(
    r"^how much (?:is|are|was|were|r|does|do|did|would|will) (?:a|an|one|the) (?:[a-z-]+ )?"
    r"(room|rooms|meal|dinner|lunch|breakfast|pint|beer|coffee|drink|night|haircut|menu)\b"
)
#: A price of several things together: "a new combined ticket for the bridge, the walkways".
_COMBINED_SAID = re.compile(
    r"\b(?:combined|joint|bundled?|package|combo|all-in-one|pass for all)\b", re.I
)
#: A yes/no question of what anyone may or must do: "do u have to book the baths online".
_ANYONE_DOING = re.compile(
    r"^(?:do|does|will|would|can|could|must|should) (?:you|u|i|we|people|ppl|visitors|tourists|"
    r"walkers|hikers|drivers|guests|cyclists|one) (?:(?:still|now|really|actually|even) )?"
    r"(?:(?:have|need|has|needs|got) to |hafta |gotta |must )?(?:get )?([a-z]+)\b"
)
_PRONOUN_SUBJECTS = frozenset(
    "anyone anybody someone somebody that this it they he she there".split()  # noqa: SIM905
)
_DETERMINERS = frozenset("the a an of for to in on with by at".split())  # noqa: SIM905
_INDEFINITE = frozenset("a an two three four five any some".split())  # noqa: SIM905


#: A word of a sentence standing for something the sentence before names; as the subject it
#: opens on, for what that sentence is about, named in its first words.
_REFERS_BACK = re.compile(r"\b(?:it|its|they|them|their)\b", re.IGNORECASE)
_REFERS_TO_SUBJECT = re.compile(r"(?:It|They) ")
_OPENING_WORDS = 5


def _month_cut_short(month: str, texts: Sequence[str]) -> bool:
    """Whether a text gives the month cut short before a day: "Oct. 1", "Sept 3", "Feb 18"."""
    return any(re.search(rf"\b{month[:3]}[a-z]?\.? \d", t, re.IGNORECASE) for t in texts)


def _described_again(text: str, question: str) -> bool:
    """Whether a sentence opens on the thing the question asks of, as one the story has already
    introduced: "The mill charges ..." for "what does the machairado mill charge"."""
    opening = re.match(r"(?:The|This|That) ([a-z]{3,})\b", text)
    return opening is not None and stem(opening.group(1)) in {
        stem(t) for t in content_terms(question)
    }


def _refers_to(name: str, text: str, before: str) -> bool:
    """Whether a pronoun of ``text`` stands for the name the sentence before gives: "The 11
    chalets around Charmey that make it produced about 38 tonnes" after a sentence on alpine
    Gruyère; but "It had annual recurring revenue ..." after "Veridan was founded in 2019 by Noa
    Adler" tells Veridan's, not Noa Adler's."""
    if not _REFERS_BACK.search(text):
        return False
    if _REFERS_TO_SUBJECT.match(text):
        before = " ".join(before.split()[:_OPENING_WORDS])
    return _named_in(name, stems(before))


#: A sentence that opens on who it is about as a pronoun: "It blamed slow sales partly on ...".
_PRONOUN_LEAD = re.compile(r"^(?:it|he|she|they|the company|the firm|the group)\b", re.I)


def _told_of(chosen: Sequence[Evidence]) -> list[str]:
    """Sentences that open on a pronoun, joined to the sentence before and the headline that
    name who the pronoun is: "Tresca ... It blamed slow sales partly on a pause in deliveries"
    tells what Tresca did."""
    return [
        " ".join([e.article.title, _sentence_before_of(e, chosen), e.sentence.text])
        for e in chosen
        if _PRONOUN_LEAD.match(e.sentence.text)
    ]


def _sentence_before_of(e: Evidence, chosen: Sequence[Evidence]) -> str:
    """The sentence before ``e`` in its story: the one read with it, or else one chosen beside
    it ("The Irish Oyster Opening Championship ... returned" before "It was won by ...")."""
    if e.previous is not None:
        return e.previous.text
    return next(
        (
            c.sentence.text
            for c in chosen
            if c.article.article_id == e.article.article_id
            and c.sentence.sentence_index == e.sentence.sentence_index - 1
        ),
        "",
    )


#: "close" said of nearness, not of a closing.
_NEAR = re.compile(r"\b(?:close|closer|closest) (?:to|by|behind|enough|call|friend)\b", re.I)


def _deed_held(
    subject: Sequence[str], deed: Sequence[str], texts: Sequence[str], loose: bool = False
) -> bool:
    """Whether one sentence holds every word of the deed (in one of its forms; ``loose``, or a
    word of its meaning: "picked" as "chose") and the subject: "Oscar Piastri retired" does not
    say that Alonso is retiring. A deed asked as done ("why did aurelia pick ...") is told in
    the story's own words; one asked yes or no ("did benfica sack ...") must be said as asked,
    since a word of a wide meaning ("cut in from the left") may say something else."""
    for text in texts:
        # "people close to retirement" closes nothing
        words = stems(_NEAR.sub(" ", text))
        if all(_named_in(n, words) for n in subject) and all(
            any(
                # (a short deed by its own stem: "strict limits" are no strike)
                stem(f) in words if len(f) <= 6 else term_matches(f, words)
                for f in ATTRIBUTE_FORMS.get(d, (d,))
            )
            or (loose and synonym_matches(d, words))
            for d in deed
        ):
            return True
    return False


_NET_WORTH = r"\bnet worth\b|\bfortune\b|\bwealth\b|\brich list\b"
#: "a week", "per year", "monthly": the period an amount is asked per.
#: "per culled hen", "for each ticket": what a sum is counted by.
_AS_WHO = re.compile(
    r"\b(?:if|when|as) (?:you|your|you're|youre|ur|u|i'm|im|i|we're|we)(?: are| r| am)? an? "
    r"[a-z]+\W*$"
)
_PER_THING = re.compile(
    r"\b(?:per|for each|for every|a) (?:[a-z]+ed )?([a-z]{3,})\W*$|"
    # "per cubic metre of water": the metre
    r"\bper (?:cubic |square )?([a-z]{3,}) of [a-z]+\W*$"
)
_PER_PERIOD = re.compile(
    r"\b(?:a|an|per|each|every) (week|month|year|day|hour|season|share)\b|"
    r"\b(weekly|monthly|yearly|annual|annually|daily|hourly)\b|"
    # "how much for a full day": a day's price, not an hour's
    r"\b(?:a|one|1|the) (?:full|whole|entire|single) (week|month|year|day|hour|season)\b|"
    r"\b(?:full|whole)[- ](day|week)\b"
)
_PERIOD_UNIT = {
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annual": "year",
    "annually": "year",
    "daily": "day",
    "hourly": "hour",
}
_PERIOD_FORMS = {
    # "a one-hour rental costs ..." is a price for an hour
    unit: rf"\b(?:a|an|per|each|every|/) ?{unit}\b|\b{adverb}\b|{unit}s? (?:from|through|to)|"
    rf"\b(?:one|1)-{unit}\b"
    for unit, adverb in (
        ("week", "weekly"),
        ("month", "monthly"),
        # a sponsor's or a player's year is a season: "Calora pays about 800,000 euros a season"
        ("year", "(?:yearly|annual|annually|per annum|(?:a|per|each|every) season)"),
        ("day", "daily"),
        ("hour", "hourly"),
        ("season", "(?:per|a) season"),
    )
} | {"share": r"\b(?:a|per|each) share\b(?! (?:of|in|sale))"}


#: Someone's relative asked of: "keo sreymom's *daughter*".
_KIN_ASKED = re.compile(
    r"\b[a-z]{3,}(?:'s|s'|s) (daughter|son|wife|husband|father|mother|brother|sister|partner|"
    r"child|children|kids|grandson|granddaughter|grandmother|grandfather|dad|mum|mom)s?\b"
)
#: A family tie a story tells, either way round: "his father", "the daughter of Giorgio".
_KIN_SAID = re.compile(
    r"\b(?:father|dad|mother|mum|mom|sons?|daughters?|wife|husband|partner|child|children|"
    r"kids|grandsons?|granddaughters?|grandmother|grandfather|brothers?|sisters?|parents?)\b",
    re.IGNORECASE,
)
#: An amount a yes/no question states as the one it asks about: "going up to *50* euros"; not
#: one it measures against ("more than 50 euros").
_AMOUNT_CLAIMED = re.compile(
    r"(?<!than )(?<!over )(?<!above )(?<!under )(?<!below )(?<!least )(?<!most )"
    r"(?<![\w.,$€£])(?:[$€£])?(\d[\d,.]*)(?:%| ?(?:euros?|dollars?|pounds?|yen|yuan|francs?|"
    r"kronor|krone|rupees?|percent|per cent|million|billion|bn|m|k)\b)"
)


def _number_said(number: str, text: str) -> bool:
    """Whether a text states a number, as written or with its thousands separated."""
    bare = number.replace(",", "").rstrip(".")
    return bool(re.search(rf"(?<![\d.,]){re.escape(bare)}(?![\d]|[.,]\d)", text.replace(",", "")))


def unanswered(
    question: str, chosen: Sequence[Evidence], retrieval: Retrieval | None = None
) -> str | None:
    """What the question asks for that the chosen sentences cannot hold, if anything.

    A near miss names what the articles mention but asks what they never state: "how old is
    Joe Rogan?" is answered by no sentence holding an age, "how many megapixels ..." by none
    naming megapixels, "what is Satya Nadella's salary?" by none saying "salary", "how much is
    the Xbox in Japan?" by none, since no article says "Japan". The asked type (an age, an
    amount, a number, a date, a name) must be in the quoted sentences (or the sentence naming a
    speaker), and so must a unit, an attribute or a deed ("who bought ...") the question names
    (in one of its forms); a qualifier no article uses at all cannot be satisfied.

    A name the question gives ("who won the Monaco Grand Prix?") must be in the quoted
    sentences or in what their article is about (its title and lead), and a month or year it
    gives must be somewhere in that article: the Canadian race report does not answer for Monaco.
    """
    q = question.lower()
    texts = [e.sentence.text for e in chosen] + [e.previous.text for e in chosen if e.previous]
    quoted_stems = stems(" ".join(texts))
    kind = question_kind(question)
    common = retrieval.common if retrieval is not None else frozenset()
    if kind is not None and not any(kind_match(kind, t, question, common) for t in texts):
        return kind
    if kind == "number" and score_unsaid(question, texts):
        return "score"
    dimension = other_dimension(question, texts) if kind == "number" else None
    if dimension:
        return dimension
    ticket = _TICKET_ASKED.search(q) if kind == "money" else None
    money_told = [t for t in texts if kind_match("money", t, question)]
    if ticket and money_told and all(_WAGE_SAID.search(t) for t in money_told):
        # "how much is the ferry ticket to aero": "posts paying about 38,000 kroner a month"
        # is a wage, whatever ferry the sentence goes on to name
        return ticket.group(0)
    if (
        kind == "money"
        and re.search(r"\b(?:tickets?|admission|entry fee|entrance fee)\b", q)
        and money_told
        and all(
            not _VISIT_PRICED.search(t)
            # "a house in the old centre was listed for 5.5 million euros" prices no visit
            and (_OTHER_FEE_SAID.search(t) or not _CHARGE_SAID.search(t))
            for t in money_told
        )
    ):
        # "how much is a ticket to the ducal palace": "will pay a loan fee of 350,000 euros" is
        # the price of something else
        return "ticket"
    bought = _BOUGHT_THING.search(q) if kind == "money" else None
    if (
        bought
        and money_told
        and not any(meaning_in(bought.group(1), stems(t)) for t in [*money_told, *texts[:1]])
    ):
        # "how much is a room at one of clovellys inns": the village's entry charge prices no
        # room, nor a meal
        return bought.group(1)
    if (
        kind == "money"
        and _ALONE_ASKED.search(q)
        and money_told
        and _COMBINED_SAID.search(money_told[0])
    ):
        # "what does a ticket for just the aguieiras walkway cost": a combined ticket for it
        # and two other sights is no price of it alone
        return "alone"
    # the year asked, given by the sentence before, holds for the figure after it: "Alongside
    # the exit, Gobbl reported its 2025 results. Revenue rose 17% ..."
    asked_years = set(_YEAR_ASKED.findall(q))
    told = [
        f"{e.previous.text} {e.sentence.text}"
        if e.previous and asked_years & set(_YEAR_ASKED.findall(e.previous.text))
        else e.sentence.text
        for e in chosen
    ]
    dated = [parse_date(e.article.published) for e in chosen]
    ago = _YEARS_AGO.search(q)
    of_year = q
    if ago and dated[0] is not None:
        # "how many deer lived there ten years ago": the year that was, counted from the story's
        years = int(ago.group(1)) if ago.group(1).isdigit() else _COUNT_WORDS[ago.group(1)]
        of_year = f"{q[: ago.start()]}in {dated[0].year - years}{q[ago.end() :]}"
    other_year = _other_year(of_year, question, kind, told, [d.year if d else None for d in dated])
    if other_year:
        return other_year
    if (
        kind is not None
        and _undisclosed(chosen[0].sentence.text, kind)
        # "Volvo Cars reported ... on Thursday ... and did not give a forecast": a date asked is
        # not what it keeps back, unless it keeps back when
        and (kind != "when" or _UNDISCLOSED_WHEN.search(chosen[0].sentence.text))
        # "Takumi Nishida ... bought the farm ... for an undisclosed sum" names the buyer
        and not (kind == "who" and _UNDISCLOSED_SUM.search(chosen[0].sentence.text))
    ):
        # "Goalhanger did not disclose the fee": the story says it does not know
        return "undisclosed"
    if kind == "quote" and _NO_COMMENT.search(chosen[0].sentence.text):
        return "comment"
    period = _PER_PERIOD.search(q)
    if kind == "money" and period:
        # "how much does he earn a week?" is not answered by a transfer fee.
        unit = next(g for g in period.groups() if g)
        unit = _PERIOD_UNIT.get(unit, unit)
        if not any(re.search(_PERIOD_FORMS[unit], t, re.IGNORECASE) for t in texts):
            return unit
    each = _PER_THING.search(q)
    if each and _AS_WHO.search(q):
        each = None  # "how much is a ride if ur a tourist": who pays, not what a price is per
    if kind == "money" and each and not period:
        # "how much are farmers paid per culled hen" is not answered by a price per 100 eggs
        thing = each.group(1) or each.group(2)
        held = frozenset[str]().union(*(stems(t) for t in texts))
        if (
            thing not in _ENTRY
            and not term_matches(thing, held)
            and not synonym_matches(thing, held)
        ):
            return thing
    if "net worth" in q and not any(re.search(_NET_WORTH, t, re.IGNORECASE) for t in texts):
        return "net worth"  # a deal "worth up to $250 million" is no fortune
    rank = _RANKED_ROLE.search(q)
    if rank and not any(re.search(rf"\b{rank.group(1)}\b", t, re.IGNORECASE) for t in texts):
        return rank.group(0)  # the deputy governor is not the governor
    kin = _KIN_ASKED.search(q)
    if kin and not any(_KIN_SAID.search(t) for t in texts):
        return kin.group(1)  # "how old is keo sreymom's daughter" is not answered by her age
    claimed = _AMOUNT_CLAIMED.search(q) if YES_NO.match(q) else None
    if claimed and not any(_number_said(claimed.group(1), t) for t in texts):
        # "is the cruise tax going up to 50 euros": a story giving another amount does not
        # answer for that one
        return claimed.group(1)
    asked_of = YES_NO.match(q)
    if asked_of and retrieval is not None:
        # "is sony buying kestrel forge": who a yes/no question is about must be in some
        # article; a name none uses cannot have done what the question asks
        who = re.match(r"[a-z0-9][\w&.'-]*", asked_of.group(1))
        name = who.group(0).removesuffix("'s") if who else ""
        if (
            retrieval.frequency.get(name) == 0
            and name not in STOPWORDS | _SUBJECT_PRONOUNS
            # "do motorbikes pay the same": a word the quoted sentences write another way
            # ("Motorcycles pay 10 lei")
            and not synonym_matches(name, quoted_stems)
        ):
            return name
        # "is ferrowatt doing a deal with vattenfall": a name (no English word) that no article
        # uses cannot be a party to what the question asks
        unheard = [
            t
            for t in content_terms(question)
            if retrieval.frequency.get(t) == 0
            and len(t) >= 4
            and t.isalpha()
            and t not in EXPANSIONS
            and retrieval.common
            and not is_common(t, retrieval.common)
            and not synonym_matches(t, quoted_stems)
        ]
        if unheard:
            return unheard[0]
    owner = _THEIR_NEXT.search(q)
    if (
        owner
        and owner.group(1) not in _NOT_OWNERS
        and not any(_AHEAD_SAID.search(t) for t in texts)
    ):
        # "what's microsoft's next quantum chip called" is not answered by the one it unveiled
        return "next"
    edition = _EDITION.search(chosen[0].sentence.text)
    if edition and asked_years and not asked_years & set(_YEAR_ASKED.findall(texts[0])):
        # "who's headlining glastonbury 2027" is not answered by "the 2025 festival was
        # headlined by ...": that sentence is about another year's edition
        return sorted(asked_years)[0]
    currency = _CURRENCY_ASKED.search(q)
    local = _LOCAL_CURRENCY_ASKED.search(q)
    if local and not currency and local.group(1) in CURRENCY_OF:
        currency = local  # "in singapore dollars": the currency of that place
    if currency and kind == "money":
        said = CURRENCY_OF.get(currency.group(1)) or CURRENCY_NAMED[str(currency.lastgroup)]
        if not any(
            kind_match(kind, t, question) and re.search(said, _CONVERSION.sub("", t), re.IGNORECASE)
            for t in texts[:2]
        ):
            # "in yen": not a price in another currency, nor one converted into yen ("40
            # dirhams a gram ($4.30)" is no price in the US)
            return currency.group(0)
    quoted_words = frozenset().union(*(stems(t) for t in texts))
    words = quoted_words | stems(chosen[0].article.title)
    # what the sentence before set the scene with: "Attention now turns to the ... Auction ...
    # Last year the top lot ... was bought for 140,000 euros"
    scene = stems(_sentence_before(chosen[0], retrieval)) if retrieval is not None else frozenset()
    for pattern in (
        _HOW_MANY,
        _HOW_MANY_NOUN,
        _HOW_MUCH,
        _HOW_MUCH_OWN,
        _PAID_WHO,
        _PRICED,
        _PRICED_DEED,
        _OWN_ATTRIBUTE,
        _OF_ATTRIBUTE,
        _WHO_DID,
        _WHICH_THING,
    ):
        m = pattern.search(q)
        asked = next((g for g in m.groups() if g), "") if m else ""
        if not m or asked in ASKING_WORDS or asked in EXPANSIONS or asked in STOPWORDS:
            continue
        if asked in _PRO_FORMS:
            continue  # "how much did they pay for the new ones": whatever the story is about
        if asked in _KIND_OF_THING:
            continue  # "how much was real paros marble": the marble, real as against imitation
        if pattern is _HOW_MANY and asked in _NO_THING_COUNTED:
            continue  # "(ohrid pearl workshops:) how many left": the workshops, still making
        if asked in _ANY_ANSWER:
            continue  # "what was the result of the vote": whatever the vote gave
        if kind == "when" and asked in ("deadline", "deadlines"):
            continue  # "whats the deadline": the date, "the club has until July 15"
        if pattern is _OWN_ATTRIBUTE and asked in _MADE_VERBS:
            continue  # "what did marrick's make": what it made, not a thing called a "make"
        # what "how many" counts is counted by a quoted sentence: a headline naming it ("Beehive
        # thieves hit ...") does not make "the crop was worth $5.2 billion" a count of hives
        held = quoted_words if pattern in (_HOW_MANY, _HOW_MANY_NOUN) else words
        if pattern in (_HOW_MANY, _HOW_MANY_NOUN) and _counts_only_other(asked, texts):
            # "how many reindeer does sanna kangas have": "Sanna Kangas, 41, ... whose family
            # has kept reindeer for five generations" gives her age and counts generations
            return asked
        if pattern in (_HOW_MANY, _HOW_MANY_NOUN) and _counts_other(asked, texts):
            # "how many visitors this season": "78 vessels had operated ... this season" counts
            # ships, whatever the sentence before set the scene with
            scene = frozenset()
        if pattern is _PAID_WHO:
            paid = [e for e in chosen if kind_match("money", e.sentence.text, question)]
            if paid and not any(
                term_matches(asked, stems(e.sentence.text))
                # "Marta Lobo, 29, sings at three fado houses ... She is paid about 60 euros"
                or any(
                    _goes_on(n, e) and term_matches(asked, stems(n.sentence.text)) for n in chosen
                )
                for e in paid
            ):
                return asked
            continue
        if pattern is _PRICED and retrieval is not None:
            # "whats the toboggan ride cost": the toboggan, whose ride a ticket may be
            head = _priced_head(m, q) if m.group(1) or m.group(3) else m.group(2)
            if head in _ENTRY:
                head = None  # "whats the entry fee": "Admission ... costs 100 pesos" is it
            priced = [e for e in chosen if kind_match("money", e.sentence.text, question)]
            own = frozenset().union(*(stems(e.sentence.text) for e in priced or chosen))
            own |= retrieval.about.get(chosen[0].article.article_id, frozenset())
            # "Boat taxis now carry about 380,000 visitors ... The return fare rose ...": the
            # fare the sentence opens with is the boat taxis' of the sentence before
            own = own.union(
                *(
                    stems(_sentence_before(e, retrieval))
                    for e in priced
                    if re.match(r"(?:The|Its|Their) ", e.sentence.text)
                )
            )
            if head and not term_matches(head, own) and not synonym_matches(head, own):
                # "how much does a devils pool trip cost": "its guided trips are fully booked"
                # before "Visitors from abroad pay 20 U.S. dollars to enter the park" does not
                # make the entry fee a trip's price
                return head
        if any(term_matches(form, held | scene) for form in ATTRIBUTE_FORMS.get(asked, (asked,))):
            continue
        if asked in _TERM_WORDS and any(
            (m := _GLOSSED.search(t)) and not is_common(m.group(1).lower(), common) for t in texts
        ):
            # "the word for the wandering masons": "the koudaraioi, the itinerant builders"
            continue
        measure = _MEASURE_OF.search(q) if pattern is _HOW_MANY else None
        if (
            measure
            and asked != measure.group(1)
            and any(re.search(rf"\d {measure.group(1)}", t, re.IGNORECASE) for t in texts)
        ):
            continue  # "how many metres of cloth": "4,200 metres of ... cotton and silk"
        if asked == "deadline" and any(_UNTIL_DATE.search(t) for t in texts):
            continue  # "what's skarven's deadline": "the team had until October 20 to ..."
        if asked == "odds" and any(_ODDS.search(t) for t in [*texts, chosen[0].article.title]):
            continue  # "33-1 shot Bracken Law"
        # what was priced may be written another way ("US tariffs" as "customs duties"), and
        # what is counted ("81,200 employees" for staff), but a word of that meaning in passing
        # ("excluding research, staff ...") is no count
        if pattern in (_PRICED, _PRICED_DEED) and synonym_matches(asked, words):
            continue
        if (
            pattern is _PRICED
            and retrieval is not None
            and _priced_head_held(
                m, q, words, retrieval.words.get(chosen[0].article.article_id, frozenset())
            )
        ):
            continue  # "one of those aurora tours": the tours are priced, in an aurora story
        if pattern is _WHO_DID and asked in _WON and synonym_matches(asked, words):
            continue  # "who won the contract" told as "it was awarded to AltaVia"
        if (
            pattern is _WHO_DID
            and asked.startswith(("invent", "design"))
            and synonym_matches(asked, words)
        ):
            # "who invented ovos moles": they "were first made by the nuns"; "who designed
            # portmeirion": it "was built ... by the architect Clough Williams-Ellis"
            continue
        if pattern is _WHO_DID and any(_tells_buyer(asked, t) for t in texts):
            continue  # "who bought the record purple tea lot": it "went to Hamdan Tea Blenders"
        if (
            pattern is _WHO_DID
            and asked in _WON
            and _AWARD.search(q)
            and any(_GIVEN_TO.search(t) for t in texts)
        ):
            continue  # "who won the young artists prize": it "went to the singer Rocío Heredia"
        if (
            pattern is _PRICED_DEED
            and asked == "get"
            and re.search(r"\bto get (?:in|into)\b", q)
            and any(_ENTRY_SAID.search(t) for t in texts)
        ):
            continue  # "how much does it cost a foreigner to get in": "pay 20 dollars to enter"
        if pattern is _PRICED_DEED and asked in _BUILT:
            continue  # "how much did jadewave park cost to build": the price of the thing built
        if pattern in (_HOW_MANY, _HOW_MANY_NOUN) and any(counted_synonym(asked, t) for t in texts):
            continue
        if (
            pattern in (_HOW_MANY, _HOW_MANY_NOUN)
            and asked.startswith("un")
            and any(synonym_matches(asked, stems(t)) and _NEGATED.search(t) for t in texts)
        ):
            continue  # "how many unlicensed": "About 140 of them have no licence at all"
        if (
            pattern in (_HOW_MANY, _HOW_MANY_NOUN)
            and retrieval is not None
            and any(_BARE_COUNT.search(t) for t in texts)
            and term_matches(asked, retrieval.about.get(chosen[0].article.article_id, frozenset()))
        ):
            continue  # "how many pilgrims": "he expected more than 700,000 in 2027", of pilgrims
        if (
            pattern is _HOW_MUCH
            and retrieval is not None
            and any(_MEASURED_AMOUNT.search(t) for t in texts)
            and term_matches(asked, retrieval.about.get(chosen[0].article.article_id, frozenset()))
        ):
            continue  # "how much whisky does claggain make": litres "of alcohol", in a whisky story
        if (
            retrieval is not None
            and asked in retrieval.names
            and re.match(r"(?:It|Its|They|Their)\b", chosen[0].sentence.text)
            and _named_in(asked, retrieval.about.get(chosen[0].article.article_id, frozenset()))
        ):
            # "how much did the illa blava cost": "It cost about 81 million euros", in the story
            # that opens with the Illa Blava
            continue
        return asked
    undone = _WHEN_DOING.match(q) if kind == "when" else None
    if undone and not any(
        meaning_in(undone.group(1), stems(t)) for t in [*texts, chosen[0].article.title]
    ):
        # "when r they demolishing the carrer de mallorca blocks" is not answered by a
        # resident who "has lived on Carrer de Mallorca since 1989"
        return undone.group(1)
    uncounted = _uncounted_deed(q, chosen)
    if uncounted:
        return uncounted
    other = _other_one(q, chosen, texts)
    if other:
        return other
    place = _PLACE_ASKED.search(q)
    if (
        place
        and retrieval is not None
        and kind in ("money", "number")
        and not any(_place_said(place.group(1), t) for t in texts)
        and not any(
            kind_match(kind, t, question)
            and bool(retrieval.names)
            and all(_named_in(n, stems(t)) for n in retrieval.names)
            for t in texts
        )
    ):
        # "prize money for second place": the winner's prize is not the runner-up's, unless
        # the amount is told of the one asked about ("Scheffler took home $1.76 million")
        return place.group(1)
    if retrieval is None:
        return None
    if _SOMEONE_YES_NO.match(q):
        # "did a museum guard give the thieves the codes?", "were two brothers arrested": a
        # yes/no question about someone no article has written of in any word asked
        unheard = [
            t
            for t in retrieval.terms
            if retrieval.frequency.get(t, 1) == 0 and t not in ASKING_WORDS and t not in CHAT_WORDS
        ]
        if unheard:
            return unheard[0]
    if _WEATHER_ASKED.search(q) and not any(_WEATHER_SAID.search(t) for t in texts):
        return "weather"  # "whats the weather in nagano this weekend": no snow monkey park
    ruled = _RULE_ASKED.match(q)
    if ruled and not meaning_in(ruled.group(1), quoted_stems):
        # "are smartphones banned in the tents": a rule about them, which a ban on backpacks
        # is not
        return ruled.group(1)
    subject, deed = yes_no_deed(question, retrieval.any_names)
    # "when is skiathos airport shutting": a deed taken as given, told in the story's own words
    # ("will close from April 1")
    done = bool(DONE_ASKED.match(q) or WHEN_AHEAD.match(q))
    anyone = _ANYONE_DOING.match(q) if deed and not subject else None
    if anyone:
        # "can visitors play chopins pleyel piano": the Pleyel, which the headline does not
        # name, must be what is played ("a Polish pianist would play the preludes" is not it)
        title = stems(chosen[0].article.title)
        subject = tuple(
            name
            for word in re.findall(r"[a-z][a-z'-]*", q[anyone.end() :].split(" if ")[0])
            for name in [word.removesuffix("'s")]
            if name in retrieval.any_names and not term_matches(name, title)
        )[:1]
    head = _doer_head(q, deed) if deed and not subject else None
    if head and (
        term_matches(head, quoted_stems)
        or term_matches(head, retrieval.words.get(chosen[0].article.article_id, frozenset()))
    ):
        # "is the accordion museum closing down": the museum the quoted story names must be
        # what closes ("open and closed on his bench" closes no museum)
        subject = (head,)
    if deed and not _deed_held(
        subject,
        deed,
        [*texts, *_told_of(chosen), chosen[0].article.title],
        loose=done or not subject,
    ):
        return " ".join(deed)
    if POPULATION_ASKED.search(q) and not any(POPULATION_SAID.search(t) for t in texts):
        # "how many ppl live on gozo": "two young people from Żebbuġ" counts no population
        return "population"
    unpaid = (
        _unpaid(q, chosen, retrieval)
        or _price_for_whom(q, texts)
        or _other_ticket(q, texts)
        or _unbought(q, chosen)
        or _paid_to_others(q, chosen, retrieval)
        if kind == "money"
        else None
    )
    ticket = _PRICE_FOR.search(q) if kind is None else None
    if not unpaid and ticket and ticket.group(2):
        # "whats a childs ticket": a price, though not asked as "how much"
        unpaid = _price_for_whom(q, texts)
    if unpaid:
        return unpaid
    for m in _QUALIFIER.finditer(q):
        if (
            retrieval.frequency.get(m.group(1)) == 0
            and not _VERB_AFTER_TO.search(q[: m.start(1)])
            and not _PHRASAL_IN.search(q[: m.start(1)])
            and m.group(1) not in EXPANSIONS
            and m.group(1) not in ASKING_WORDS  # "going to cost": how it is asked
            and m.group(1) not in _SPELT_OUT  # "in the united states" where articles say "US"
            and not _MONTH_OR_YEAR.fullmatch(m.group(1))  # checked against the date below
            and m.group(1) not in _UNSAID_QUALIFIERS
            and m.group(1) not in _IDIOM_WORDS
            # "in the coop": the cooperative the quoted sentences name; "during the shutdown":
            # the story's headline "... shuts its Kraków plant"
            and not synonym_matches(m.group(1), words)
            # "for reroofing": the "re-roof" a quoted sentence prints
            and not term_matches(m.group(1), quoted_stems)
        ):
            return m.group(1)
    which = _WHICH_ONE.match(q) or _WORKED_AT_WHICH.match(q) or _NAME_OF_ONE.search(q)
    noun = which.group(1) if which else ""
    plural = f"{noun[:-1]}ies" if noun.endswith("y") else f"{noun}s"
    if which and any(re.search(rf"\b(?:{noun}|{plural})\b", t, re.IGNORECASE) for t in texts):
        thing = rf"\b(?:{noun}|{plural})\b"
        # (not "an analyst at Ashby Kerr, Freya Lindqvist": named after all)
        # ("an American sommelier praised Babić": the one asked to be named is not Babić)
        named_after = (
            r"(?!(?-i:,? (?:named |called )?[A-Z]))"
            if which.re is _NAME_OF_ONE
            else r"(?!(?-i:,? (?:[a-z]+ ){0,2}[A-Z]))"
        )
        unnamed = (
            rf"\b(?:a|an|one|some|another) (?:[\w'-]+ ){{0,2}}(?:{noun}|{plural})\b"
            rf"{named_after}|"
            # "15 years at wineries in La Rioja": of a kind, none named
            rf"\b(?:at|in|for|with|from) (?:[a-z]+ )?{plural}\b"
            r"(?!(?-i: (?:called|named)\b|,? [A-Z]))"
        )
        # ("Matt Turnbull, an executive producer at Xbox": named before his title)
        # ("Matej Lah, 34, spends his weekdays as a software tester": one named with an age)
        named_before = which.re is _NAME_OF_ONE and any(
            re.search(rf"[A-Z][\w'-]+, (?:a|an|the|one) (?:[\w'-]+ ){{0,2}}{thing}", t)
            or (re.search(thing, t, re.IGNORECASE) and NAMED_WITH_AGE.search(t))
            for t in texts
        )
        if not named_before and all(
            len(re.findall(thing, t, re.IGNORECASE)) == len(re.findall(unnamed, t, re.IGNORECASE))
            for t in texts
        ):
            # "which sponsor invited them": "invited by a San Marino sponsor" names none
            return which.group(1)
    unsaid = _unsaid_in_story(q, chosen, retrieval)
    if unsaid:
        return unsaid
    part = _part_unsaid(q, chosen, retrieval, texts)
    if part:
        return part
    return _unnamed(question, chosen, retrieval, texts, words)


#: A count that leaves its noun to the story: "he expected more than 700,000 in 2027".
_BARE_COUNT = re.compile(
    r"\b(?:expect(?:s|ed)?|forecasts?|predict(?:s|ed)?|estimate[sd]?|project(?:s|ed)?|"
    r"reach(?:es|ed)?|hit|top(?:s|ped)?|(?:up|down|rose|fell|risen|fallen) (?:[\w.%]+ ){0,2}from|"
    r"(?:number|figure|total|count) (?:was|is|of|stood at|rose to|fell to))"
    r"(?: (?:more than|about|around|nearly|almost|over|some|roughly|"
    r"up to|at least))? \d[\d,.]*(?: (?:million|billion|thousand))?"
    r"(?= (?:in|by|this|next|last|a year|per|each)\b|[.,;]|$)"
)
#: Words naming one part of a whole that a story tells part by part: "the northern reef".
_PART_WORDS = frozenset(
    "northern southern eastern western central upper lower inner outer".split()  # noqa: SIM905
)


def _part_unsaid(
    q: str, chosen: Sequence[Evidence], retrieval: Retrieval, texts: Sequence[str]
) -> str | None:
    """The part asked ("northern reef coral cover") when the story tells that part elsewhere and
    the quoted sentences speak of the whole or of another part."""
    said = stems(" ".join(texts))
    story = retrieval.words.get(chosen[0].article.article_id, frozenset())
    parts = {stem(w) for w in _PART_WORDS} & story
    for word in re.findall(r"[a-z]+", q):
        # a story telling other parts too ("in the central region ..."), not one set in a part
        side = re.sub(r"ern$", "", word)  # "in the west" tells the western part
        if (
            word in _PART_WORDS
            and not {stem(word), side} & said
            and stem(word) in story
            and len(parts) > 1
            # "Riga Central Market": a part of a name the headline gives is no part asked
            and not re.search(rf"\b{word.capitalize()} [A-Z]", chosen[0].article.title)
        ):
            return word
    return None


def _after_story(year: str, evidence: Evidence) -> bool:
    """Whether the year is later than the story's own."""
    published = parse_date(evidence.article.published)
    return published is not None and int(year) > published.year


#: A count of something: "78 vessels", "about 1.2 million visitors".
_COUNT_OF = re.compile(r"\b\d[\d,.]*(?: (?:million|billion|thousand))? ([a-z]{3,}s)\b")


#: A number and the words after it, in figures or in words.
_NUMBER_THEN = re.compile(
    r"(?<![\w$£€¥])(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|hundreds|dozen|dozens|thousand|thousands)\b"
    r"(?=((?:[ -][\w'-]+){0,3}))",
    re.IGNORECASE,
)
#: What makes a number no count: an amount of money or a share, a year, a measure of time.
_NOT_A_COUNT = re.compile(
    # "a 48-million-euro rebuild", "3.4 million euros"
    r"^[ -](?:(?:million|billion|thousand)[ -])?(?:euros?|dollars?|pounds?|kroner|krone|kronor|"
    r"yen|yuan|francs?|zloty|pesos?|marks|"
    r"%|percent|per cent|p\.m|a\.m|o'clock|years? old|year-old)\b",
    re.IGNORECASE,
)
#: Spans of time a number may count, which no count of things asked is: "five generations".
_SPANS = frozenset(
    "generations generation years decades centuries months weeks days hours minutes seasons".split()  # noqa: SIM905
)


def _counts_only_other(asked: str, texts: Sequence[str]) -> bool:
    """Whether every number the quoted sentences give is an age ("Sanna Kangas, 41,"), a year,
    an amount of money or a span of time ("for five generations"), so that none can say how
    many of what is asked there are. Any other number may count it ("rose to 3,000", "140 of
    them", "36 million monthly active users")."""
    seen = False
    for text in texts:
        for m in _NUMBER_THEN.finditer(text):
            number, after = m.group(1), m.group(2)
            before = text[max(0, m.start() - 2) : m.start()]
            if (before.endswith(", ") and after[:1] in ("", ",")) or re.fullmatch(
                r"(?:19|20)\d\d", number
            ):
                continue  # an age set off by commas, a year
            if re.search(r"\b(?:aged?|ages) (?:\d+ (?:and|to|or) |\d+-)?$", text[: m.start()]):
                continue  # "a development team for riders aged 17 and 18"
            words = after.replace("-", " ").lower().split()
            if before.endswith(("$", "£", "€")) or _NOT_A_COUNT.match(after):
                # "a 48-million-euro rebuild" counts no fishmongers ("how many euros" is told)
                seen = seen or not any(meaning_in(asked, stems(w)) for w in words)
                continue
            if any(meaning_in(asked, stems(w)) for w in words):
                return False
            while words[:1] and words[0] in ("more", "further", "extra", "additional", "straight"):
                words = words[1:]  # "by two more seasons": a span
            if not words or words[0] not in _SPANS:
                return False  # a count of something, which may be what is asked
            seen = True
    return seen


def _counts_other(asked: str, texts: Sequence[str]) -> bool:
    """Whether every quoted sentence counts something, none of it what is asked."""
    counts = [[m.group(1) for m in _COUNT_OF.finditer(t)] for t in texts]
    return all(counts) and not any(
        meaning_in(asked, stems(noun)) for nouns in counts for noun in nouns
    )


#: Whom a price is asked for: "how much is petra by night for kids".
_PRICE_FOR = re.compile(
    r"\bfor (?:a |an |the )?(kids?|children|child|students?|seniors?|pensioners?|residents?|"
    r"locals?|members?|families|family|teenagers?|teens?|babies|baby|infants?|pupils?)\b|"
    # "whats a childs ticket": the ticket of that kind of visitor
    r"\b(kids?|child|students?|seniors?|pensioners?|family|teen|student|youth)(?:'?s)? "
    r"(?:ticket|fare|price|pass|admission|entry|rate)s?\b"
)


#: Kinds of ticket, each not the other: a return fare is no one-way fare.
_ONE_WAY = re.compile(r"\b(?:one[- ]way|single)\b", re.IGNORECASE)
_RETURN = re.compile(r"\b(?:return|round[- ]trip)\b", re.IGNORECASE)


def _other_ticket(q: str, texts: Sequence[str]) -> str | None:
    """The kind of ticket asked when the quotes price only the other kind: "how much is a one
    way ticket on the cable car" is not answered by "A return ticket from Ortisei costs 52
    euros"."""
    for asked, other in ((_ONE_WAY, _RETURN), (_RETURN, _ONE_WAY)):
        m = asked.search(q)
        if (
            m
            and re.search(r"\b(?:ticket|fare|trip|ride|journey|pass)\b", q)
            and not any(asked.search(t) for t in texts)
            and any(other.search(t) for t in texts)
        ):
            return m.group(0).lower()
    return None


def _price_asked_for(question: str) -> str | None:
    """Whom a price is asked for ("a kids ticket"), if anyone."""
    m = _PRICE_FOR.search(question.lower())
    return next(g for g in m.groups() if g) if m else None


def _price_for_whom(question: str, texts: Sequence[str]) -> str | None:
    """Whom a price is asked for, when no quoted sentence names them: the price for adults
    or for everyone is no price for children."""
    asked = _price_asked_for(question)
    if asked is None:
        return None
    return None if meaning_in(asked, stems(" ".join(texts))) else asked


#: An amount measured in a unit of volume or mass: "about 1.2 million litres".
_MEASURED_AMOUNT = re.compile(
    r"\b\d[\d,.]*(?: (?:million|billion|thousand))? (?:litres|liters|tonnes|tons|barrels|gallons|"
    r"cubic metres|cubic meters|kilograms|kilos|pounds|bottles|megawatt hours|gigawatt hours)\b",
    re.IGNORECASE,
)
#: A yes/no question about someone it describes, not names: "did a museum guard give ...".
#: "are smartphones banned in the tents": whether a rule covers a thing, which the answer
#: must name.
_RULE_ASKED = re.compile(
    r"^(?:is|are|was|were|will) (?:the |a |an )?(?:[a-z][\w-]* )?([a-z][\w-]*) "
    r"(?:now |still |also |going to be |gonna be |be )?(?:banned|allowed|permitted|prohibited|"
    r"forbidden|compulsory|mandatory|outlawed)\b"
)
_SOMEONE_YES_NO = re.compile(r"^(?:did|was|were|has|have|had|is|are) (?:a|an|any|two|three|some) ")
#: Words of a yes/no question that say how it is asked, not what happened.
_YES_NO_LIGHT = frozenset(
    [
        "going",
        "gonna",
        "still",
        "really",
        "actually",
        # how sure or strict, not what: "or is it strictly bare feet"
        "strictly",
        "definitely",
        "totally",
        "completely",
        "entirely",
        "officially",
        "literally",
        "seriously",
        "absolutely",
        "anyone",
        "anything",
        "someone",
        "something",
        "ever",
        "else",
        "already",
        "officially",
        "planning",
        "plans",
        "plan",
        "about",
        "over",
        "after",
        "before",
        "during",
        "because",
        "since",
        "being",
    ]
)


#: "what sentence did vukovic get": the thing someone got, which the story must name.
_WHAT_GOT = re.compile(
    r"^what (?:kind of |sort of )?([a-z]{4,}) (?:did|does|do|will|has|have|is|was) .+? "
    r"(?:get|got|receive|received|serve|served|face|faced|win|won|earn|earned|land|landed|"
    r"be given|been given|given)\b"
)


#: "more cash or more stock": the words either side of an "or".
_EITHER_OR = re.compile(r"\b([a-z]+) or (?:(?:more|less|a|an|the) )?([a-z]+)\b")
#: Verbs of what someone thinks, wants or needs: how a yes/no question asks, not what it asks.
_OPINION_VERBS = frozenset(
    "think thinks thought believe believes expect expects reckon reckons feel feels "  # noqa: SIM905
    "want wants hope hopes say says need needs".split()
)


def _unsaid_in_story(q: str, chosen: Sequence[Evidence], retrieval: Retrieval) -> str | None:
    """A word of a yes/no question that the story answering it never uses, in any form or word
    of its meaning: "is nematov playing an exhibition match against carlsen" is not told by a
    story that never says "exhibition", nor "did a tuskar bank turbine blade snap" by one that
    never says "snap"; nor is "what sentence did vukovic get" by a story that says no sentence."""
    words = retrieval.words.get(chosen[0].article.article_id)
    got = _WHAT_GOT.match(q)
    thing = got.group(1) if got else ""
    if thing and words and thing not in ASKING_WORDS | _YES_NO_LIGHT and not _says(thing, words):
        return thing
    if not YES_NO.match(q) or not words:
        return None
    # the first words name whom it is about, in the asker's words ("the cannes robbers" for the
    # story's "gang"); what they did comes after. Either side of an "or" may be unsaid ("more
    # cash or more stock"), and what someone "thinks" is how the question asks, not the fact.
    alternatives = {w for m in _EITHER_OR.finditer(q) for w in m.groups()}
    for term in content_terms(q)[2:]:
        if term in alternatives or term in _OPINION_VERBS:
            continue
        if (
            len(term) < 4
            or not term.isalpha()
            or term in QUESTION_WORDS
            or term in _YES_NO_LIGHT
            or term in EXPANSIONS
            or term in ASKING_WORDS
        ):
            continue
        if not _says(term, words) and not _kin_said(term, words):
            return term
    return None


def _kin_said(term: str, words: frozenset[str]) -> bool:
    """Whether the story uses a word of the term's family that stemming keeps apart: a world
    "championship" won is told by "the new world chess champion"."""
    return any(
        min(len(w), len(term)) >= KIN_PREFIX and (term.startswith(w) or w.startswith(term))
        for w in words
    )


def _says(term: str, words: frozenset[str]) -> bool:
    """Whether a story's stems hold the term in one of its forms or a word of its meaning."""
    forms = ATTRIBUTE_FORMS.get(term, (term,))
    return any(term_matches(f, words) for f in forms) or synonym_matches(term, words)


#: Betting odds as reports write them: "a 33-1 outsider", "the 5/2 favourite".
_ODDS = re.compile(r"\b\d+[-/]\d+\b(?! (?:win|victory|defeat|draw|lead|score|vote))|\bodds-on\b")
#: A finishing place asked of: "how much did le gall get for second place".
_PLACE_ASKED = re.compile(
    r"\b(?:for|in) (?:finishing )?(second|third|fourth|fifth|2nd|3rd|4th|5th)(?: place)?\b"
    r"(?! (?:half|quarter|round|leg|stage|test|day|set|season|year|time|game|match|race|"
    r"edition)\b)"
)
#: The ordinals a place may be asked by, with their figures.
_ORDINALS = {"second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th"}


def _place_said(asked: str, text: str) -> bool:
    """Whether the text tells the finishing place asked ("second", "2nd", "runner-up")."""
    word = next(w for w, figure in _ORDINALS.items() if asked in (w, figure))
    runner_up = r"|\brunner[- ]up\b" if word == "second" else ""
    return bool(re.search(rf"\b(?:{word}|{_ORDINALS[word]})\b{runner_up}", text, re.IGNORECASE))


#: A clause naming the year a figure is compared with.
#: "beating the previous record ... set in the 2019-20 season": another season's figure.
_PREVIOUS_SEASON = re.compile(
    r"\b(?:against|compared with|compared to|versus|up from|down from|beating|beat|previous|"
    r"record of|before)\b[^;]*?\b(?:19|20)\d\d-\d\d\b"
)
_COMPARED_YEAR = re.compile(
    r"\b(?:against|compared with|compared to|versus|up from|down from|than)\b[^,.;]*?"
    r"\b(?:19|20)\d\d\b|"
    # "the largest regatta since the race began in 1983": the year it is measured from
    r"\bsince (?:[\w'-]+ ){0,3}?(?:began|started|opened|was founded|was first held|first ran) "
    r"in (?:19|20)\d\d\b"
)
#: The year before, told of the old figure: "has fallen back to 12 pesos, from a peak of 22
#: pesos last year" gives the story's price and last year's.
_FROM_LAST_YEAR = re.compile(
    r"\b(?:up |down )?from [^,;.]*?\b(?:last year|a year (?:ago|earlier)|the year before)\b"
)


_COUNT_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twenty": 20,
}
_YEARS_AGO = re.compile(rf"\b(\d{{1,2}}|{'|'.join(_COUNT_WORDS)}) years? ago\b")


#: A year told relative to the story's own: "last year", "this year", "next year".
_YEAR_NAMED = re.compile(r"(?i)\b(last|this|next) year\b")
_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}


#: A price of travel or entry asked: what a wage is not.
_TICKET_ASKED = re.compile(r"\b(?:tickets?|fares?|admission|entry fee|crossing|day pass)\b")
#: A fee that is the price of something other than a visit: a loan, a licence, a transfer.
_OTHER_FEE_SAID = re.compile(
    r"\b(?:loan|licen[cs]e|licensing|transfer|rights|insurance|consultancy|legal|management|"
    r"membership|stall|mooring|parking) (?:fees?|costs?)\b",
    re.IGNORECASE,
)
#: A price of a visit: a ticket, an entry, what visitors pay.
_VISIT_PRICED = re.compile(
    r"\b(?:tickets?|admission|entry|entrance|enter|visitors?|adults?|per person|a head)\b",
    re.IGNORECASE,
)
#: A sum said as something charged or paid, which may be a visit's price.
_CHARGE_SAID = re.compile(
    r"\b(?:fees?|fares?|charges?|charged|charging|pay|pays|paid|paying|costs?|costing|price|"
    r"prices|priced)\b",
    re.IGNORECASE,
)
#: A wage: an amount paid to someone by the month, week, day or hour.
_WAGE_SAID = re.compile(
    r"\b(?:paying|pays|paid|earns?|earning|earned|salary|salaries|wages?)\b[^.;]*?\d[^.;]*?"
    r"\b(?:a|per|an|each) (?:month|week|hour|day|year)\b",
    re.IGNORECASE,
)


def _other_year(
    q: str,
    question: str,
    kind: str | None,
    texts: Sequence[str],
    published: Sequence[int | None] = (),
) -> str | None:
    """The year an amount or count is asked for ("net profit for 2025"), when every sentence
    giving one names another year and not that one: a forecast "for 2026" is no 2025 profit.
    A sentence naming no year tells of its story's year or the year before, not of an earlier
    one ("Revenue rose 23%" in a story of 2026 is no revenue of 2023); ``published`` gives each
    story's year."""
    asked = set(_YEAR_ASKED.findall(q))
    # "who won the 1986 elfstedentocht" is not answered by who won it in 1997 either
    if not asked or kind not in ("money", "number", "who"):
        return None

    def another(text: str, year: int | None) -> bool:
        # "rose 17% to 1.31 billion euros ... against a loss of 64 million euros in 2024": the
        # year compared with is not the figure's own
        compared = {y for m in _COMPARED_YEAR.finditer(text) for y in _YEAR_ASKED.findall(m[0])}
        compared |= {str(int(m.group(1)) - 1) for m in YEAR_THEN_BEFORE.finditer(text)}
        if asked & compared:
            # "down from about 40 in 1990", "385,000 in 2025, down from about 430,000 the year
            # before": the figure of the year asked, too
            return False
        own = _FROM_LAST_YEAR.sub(" ", _COMPARED_YEAR.sub("", text))
        said = set(_YEAR_ASKED.findall(own))
        if year is not None:
            # "sold beer in 46 countries last year", in a story of 2025: 2024's count
            said |= {str(year + _YEAR_SHIFT[m.group(1).lower()]) for m in _YEAR_NAMED.finditer(own)}
        if said:
            return not asked & said
        # (a later year may be the story's plans: "the 2026 rules" in a story of 2025)
        return year is not None and all(int(a) < year - 1 for a in asked)

    years = list(published) + [None] * (len(texts) - len(published))
    giving = [
        (t, y) for t, y in zip(texts, years, strict=True) if kind_match(kind, t, question) >= 1
    ]
    if giving and all(another(t, y) for t, y in giving):
        return sorted(asked)[0]
    return None


def _other_one(q: str, chosen: Sequence[Evidence], texts: Sequence[str]) -> str | None:
    """What the question singles out that the quoted text tells of another one: another
    numbered line, another round, or someone other than the successor asked for."""
    numbered = _other_numbered(q, [chosen[0].article.title])
    if numbered:
        return numbered
    if _SUCCESSOR_ASKED.search(q) and any(_SEARCH_ON.search(t) for t in texts):
        # "who will replace fiona marr": "the board had begun a search" names no one
        return "successor"
    if _NEXT_AFTER.search(q) and not any(_SUCCESSION_SAID.search(t) for t in texts):
        # "who's gonna be cave master after pierre combes retires": "Combes ... will retire in
        # December" says when he goes, not who comes after him
        return "next"
    replaced = _REPLACED_ASKED.search(q)
    if replaced and not any(_replaces(replaced.group(1), t) for t in texts):
        # "who will replace bearman at haas": "Bearman will race for Ferrari, replacing
        # Hamilton" says whom he replaces, not who replaces him
        return "successor"
    stage = _STAGE_ASKED.search(q)
    top = [chosen[0].sentence.text, chosen[0].previous.text if chosen[0].previous else ""]
    if stage and not any(_stage_said(stage, t) for t in top):
        # "what did he shoot in the first round": the final round's 65 is not it, nor is "a
        # cold front delayed the first round" quoted beside it
        return stage.group(0)
    return None


#: "who is going to be cave master after pierre combes retires": whoever comes next.
_NEXT_AFTER = re.compile(
    r"\bwho(?:'s| is| will| would)?(?: going to| gonna)? (?:be|become|take over as) .+ after "
    r"(?:[\w'-]+ ){0,3}(?:retires|leaves|goes|steps down|quits|dies)\b"
)
_SUCCESSION_SAID = re.compile(
    r"\b(?:successor|succeed|succeeds|succeeded|replace|replaces|replaced|take over|takes over|"
    r"took over|taking over|will become|to become|heir)\b",
    re.IGNORECASE,
)
#: "Who will replace Marr?", "who's the next ceo": a successor, whom a story may not have yet.
_SUCCESSOR_ASKED = re.compile(
    r"\bwho (?:will|is going to|'ll|would) (?:replace|succeed|take over from)\b|"
    r"\bwho(?:'s| is| will be| are)\b.*\b(?:next|new)\b"
)
#: Whom the successor asked for replaces: "who will replace *bearman* at haas".
_REPLACED_ASKED = re.compile(
    r"\bwho (?:will|is going to|'ll|would|is set to|is to) (?:replace|succeed|take over from) "
    r"([a-z][\w'-]*)"
)
#: A story saying the successor is still being looked for.
_SEARCH_ON = re.compile(
    r"\b(?:(?:begun|began|started|launched) (?:a|the) search|search for a (?:new|successor|"
    r"replacement)|yet to (?:name|appoint|find)|has not (?:yet )?(?:named|appointed)|until a "
    r"(?:successor|replacement) is (?:found|named|appointed)|(?:will|would|is to|are to|plans "
    r"to|expects to) (?:name|appoint|announce) (?:a|its|their|his|her) (?:new|successor|"
    r"replacement))\b",
    re.IGNORECASE,
)


def _replaces(name: str, text: str) -> bool:
    """Whether a text says someone takes the place of the one named, or names someone to a
    post ("named Graham Tully chief executive")."""
    if _APPOINTED.search(text):
        return True
    return bool(
        re.search(
            rf"\b(?:replac\w*|succeed\w*|takes? over from|took over from|in place of|successor "
            rf"(?:to|of)) (?:[\w'-]+ ){{0,5}}{re.escape(name)}\b|\b{re.escape(name)}'s? "
            rf"(?:successor|replacement)\b",
            text,
            re.IGNORECASE,
        )
    )


#: A text naming someone to a post: "named finance director Graham Tully chief executive".
_APPOINTED = re.compile(
    r"\b(?:named|appointed|hired|promoted|chose|picked)\b.*\b(?:chief executive|ceo|successor|"
    r"manager|coach|head|chair(?:man|woman)?|president|director|boss|principal)\b",
    re.IGNORECASE,
)
#: A round or leg asked by its order ("in the first round", "the second leg"); not a half,
#: which is mostly a half-year ("revenue in the first half").
_STAGE_ASKED = re.compile(
    r"\b(first|second|third|fourth|final|last|opening|closing) (round|leg|set|innings)\b"
)
_STAGE_ORDER = {
    "first": ("first", "opening", "1st"),
    "opening": ("first", "opening", "1st"),
    "second": ("second", "2nd"),
    "third": ("third", "3rd"),
    "fourth": ("fourth", "4th", "final", "last", "closing"),
    "final": ("final", "last", "closing", "fourth"),
    "last": ("final", "last", "closing", "fourth"),
    "closing": ("final", "last", "closing", "fourth"),
}


def _stage_said(stage: re.Match[str], text: str) -> bool:
    """Whether a text names the round (or leg) asked by its order: "an opening 64"."""
    orders = "|".join(_STAGE_ORDER[stage.group(1)])
    return bool(
        re.search(
            rf"\b(?:{orders})[- ](?:(?!time\b)[\w-]+ )?{stage.group(2)}s?\b", text, re.IGNORECASE
        )
        or re.search(rf"\b(?:an?|his|her|their|its) (?:{orders}) \d", text, re.IGNORECASE)
    )


#: A thing named by its number: "line 8", "stage 12", "game 4", "season 3".
_NUMBERED = re.compile(
    r"\b(line|stage|round|game|season|series|terminal|phase|episode|chapter|platform|route|"
    r"generation|gen|lap|hole|test|leg|gate|runway|reactor|unit|block) (\d{1,3})\b",
    re.IGNORECASE,
)


def _other_numbered(q: str, texts: Sequence[str]) -> str | None:
    """A numbered thing the question asks of ("santiago's line 8") where the headline names
    only another of that number ("Metro Line 7"): the story is about a different one. A
    sentence naming another ("Sunday's stage 15") may be looking ahead from the one asked."""
    said = {(n.group(1).lower(), n.group(2)) for t in texts for n in _NUMBERED.finditer(t)}
    for m in _NUMBERED.finditer(q):
        thing, number = m.group(1).lower(), m.group(2)
        numbers = {n for t, n in said if t == thing}
        if numbers and number not in numbers:
            return m.group(0)
    return None


def _uncounted_deed(q: str, chosen: Sequence[Evidence]) -> str | None:
    """The deed of a count ("how many people died in the 2015 flood"), when no sentence counts
    what is asked together with that deed (in the year the question gives, by the sentence or
    its article's date): "forcing 1,400 people from their homes" counts no deaths."""
    m = _HOW_MANY.search(q)
    if m is None or not m.group(2) or not has_synonyms(m.group(2)):
        return None  # "how many turned up": a deed of no known meaning, left to the count
    counted, deed = m.group(1), m.group(2)
    years = set(_YEAR_ASKED.findall(q))
    for e in chosen:
        text = e.sentence.text
        words = stems(text)
        said = set(_YEAR_ASKED.findall(text)) | {(e.article.published or "")[:4]}
        holds = meaning_in(deed, words)
        if not holds or (years and not years & said):
            continue
        if counted_synonym(counted, text) or re.search(_NUMBER_SAID, text):
            return None
    return deed


#: A count given in a sentence: digits, a number in words, or none at all ("no one has died"),
#: which answers "how many died" though it is no number to the kind rules.
_NUMBER_SAID = (
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|"
    r"thousands?|no one|nobody|none)\b"
)


#: A role below or standing in for the one named: the answer must give that rank.
_RANKED_ROLE = re.compile(
    r"\b(deputy|vice|assistant|acting|interim)[- ](?:governor|chair(?:man|woman|person)?|"
    r"president|chief|ceo|director|minister|manager|captain|coach|editor|head|leader|"
    r"principal|chancellor|mayor|secretary)\b"
)
#: A question of what was earned (not what something costs): "how much did nvidia make in
#: china" is answered in dollars.
_EARNED_IN = re.compile(
    r"\b(?:make|made|revenue|sales|profits?|earn\w*|income|spend\w*|spent|invest\w*|"
    r"build\w*|built)\b"
)
#: Something of someone's still to come ("jeremy hansen's next mission"), which a sentence
#: about what they have done does not give.
_THEIR_NEXT = re.compile(r"\b([\w-]+)'s next\b")
#: "what's next for ...": "'s" that is "is", not someone's.
_NOT_OWNERS = frozenset("what who where when how that it there here he she".split())  # noqa: SIM905
_AHEAD_SAID = re.compile(
    r"\b(?:next|upcoming|will|plans?|planned|planning|due|set to|expected to|future|later this)\b",
    re.IGNORECASE,
)
#: A year naming one edition of something: "the 2025 festival", "the 2024 season".
_EDITION = re.compile(r"\b[Tt]he (?:19|20)\d\d (?!and\b|to\b|or\b)[a-z]+")
_YEAR_ASKED = re.compile(r"\b(?:19|20)\d\d\b")

#: "How much is Amazon paying Fervo ...": who pays, and who is paid.
_PAID_TO = re.compile(
    r"\b(?:how much|what) (?:is|are|was|were|did|does|do|will|has|have) (?:the )?([\w' .-]+?) "
    r"(?:pay|paying|paid|give|giving|gave|offer|offering|offered) (?:the )?([\w'-]+(?: [\w'-]+)?)"
)


#: "How much did Cinevia pay for the F1 rights in Spain": what was paid for, its last word.
_PAID_FOR = re.compile(
    r"\bhow much (?:money )?(?:did|does|do|will|would|has|have|is|are|was|were) [\w' .-]+? "
    r"(?:pay|paying|paid|spend|spending|spent) (?:for|on) (?:the |a |an |its |their |his |her )?"
    r"((?:[\w'-]+ ){0,3}?[\w'-]+?)(?: (?:in|at|from|to|during|over|last|this|next|back|so|"
    r"with|after|before)\b.*)?\W*$"
)


#: Words standing for a thing named before: "(pay for) the new ones", "(pay for) them".
_PRO_FORMS = frozenset(["him", "her", "them", "it", "that", "this", "one", "ones"])


def _unbought(question: str, chosen: Sequence[Evidence]) -> str | None:
    """What a payment was for ("the f1 rights"), when the sentence giving the amount (the one
    before it, or its headline) does not say it: a plan's price in Spain is no price of the
    rights there."""
    m = _PAID_FOR.search(question)
    if m is None:
        return None
    thing = m.group(1).split()[-1]
    if thing in _SUBJECT_PRONOUNS | STOPWORDS | _PRO_FORMS:
        return None
    amount = next((e for e in chosen if kind_match("money", e.sentence.text, question)), None)
    if amount is None:
        return None
    said = stems(amount.sentence.text) | stems(amount.article.title)
    if amount.previous:
        said |= stems(amount.previous.text)
    forms = EXPANSIONS.get(thing, (thing,))  # "capex": "capital expenditure"
    if forms_in(forms, said) or synonym_matches(thing, said):
        return None
    return thing


def _unpaid(question: str, chosen: Sequence[Evidence], retrieval: Retrieval) -> str | None:
    """The payer or payee a payment question names that its amount's sentence does not.

    "How much is easyJet paying Microsoft?" is not answered by easyJet's profit, nor "how
    much is Amazon paying Fervo?" by a government price target in the Fervo story: the
    sentence giving the amount (or the one before it) names both sides, or one of them while
    the story's headline names the other (a side named alone may be the headline's)."""
    paid = _PAID_TO.search(question)
    if not paid:
        return None
    named = [[n for n in retrieval.names if n in g.split()] for g in paid.groups()]
    sides = [side for side in named if side]
    amount = next((e for e in chosen if kind_match("money", e.sentence.text, question)), None)
    if amount is None or not sides:
        return None
    said = stems(amount.sentence.text) | (
        stems(amount.previous.text) if amount.previous else frozenset()
    )
    title = stems(amount.article.title)
    # one word of a side names it: "Vestergaard sets Danish record" for Maja Vestergaard
    in_text = [any(_named_in(n, said) for n in side) for side in sides]
    in_title = [any(_named_in(n, title) for n in side) for side in sides]
    # "paying sri lankan growers": a side the name only describes is told of by a story about
    # the place ("Wijesekara Cinnamon, the Sri Lankan exporter ...")
    after = re.match(r" ([a-z]+)", question[paid.end(2) :])
    described = bool(after and after.group(1) not in STOPWORDS and sides == [named[1]])
    # (or a side alone that the amount's sentence calls "it" or "the brewery": "The brewery is
    # paying about 145 euros a stere", in the story whose lead names Brauerei Kesselring)
    referred = len(sides) == 1 and bool(_PRONOUN_LEAD_OR_KIND.match(amount.sentence.text))
    if described or referred:
        about = retrieval.about.get(amount.article.article_id, frozenset())
        in_title = [
            h or any(_named_in(n, about) for n in side)
            for side, h in zip(sides, in_title, strict=True)
        ]
    if (
        after
        and named[1]
        and re.search(rf"\bthe {re.escape(after.group(1))}\b", amount.sentence.text, re.IGNORECASE)
    ):
        # "pay the castle combe parish": "The production paid £9,000 to the parish" names it by
        # its kind, in the story whose headline names the village
        in_text[sides.index(named[1])] = True
    held = [t or h for t, h in zip(in_text, in_title, strict=True)]
    if all(held) and (len(sides) == 1 or any(in_text)):
        return None
    return " ".join(next(side for side, t in zip(sides, in_text, strict=True) if not t))


#: A sentence opening on its subject as a pronoun or a kind ("The brewery is paying ...").
_PRONOUN_LEAD_OR_KIND = re.compile(
    r"(?:(?:And|But|So|Now) )?(?:[Ii]t|[Tt]hey|The (?:[a-z]+ ){0,2}?[a-z]+) "
    r"(?:is|are|was|were|has|have|had|pays|paid|will)\b"
)


#: What someone is paid, asked of them: "how much does aino lehtovaara get paid".
_EARNS_ASKED = re.compile(
    r"\bhow much (?:does|did|do|is|was|will|has|have) (.+?) (?:get paid|getting paid|earn|earns|"
    r"earned|earning|paid|take home|took home)\b"
)
_SAYS = re.compile(r"\b(?:said|says|told)\b")


def _paid_to_others(question: str, chosen: Sequence[Evidence], retrieval: Retrieval) -> str | None:
    """The pay asked of someone, when the amount's sentence has them only saying what others
    earn: "Kasku's chief executive, Aino Lehtovaara, said couriers still earned an average of
    17.40 euros" is no pay of hers ("she said she earned ..." would be)."""
    asked = _EARNS_ASKED.search(question)
    names = [n for n in retrieval.names if asked and n in asked.group(1).split()]
    amount = next((e for e in chosen if kind_match("money", e.sentence.text, question)), None)
    if not names or amount is None:
        return None
    said = _SAYS.search(amount.sentence.text)
    if said is None:
        return None
    speaker, told = amount.sentence.text[: said.start()], amount.sentence.text[said.end() :]
    paid = content_terms(asked.group(1)) if asked else []
    if (
        all(_named_in(n, stems(speaker)) for n in names)
        # "how much do kasku couriers earn": told of the couriers, whoever says it
        and not any(term_matches(w, stems(told)) for w in paid)
        and not re.match(r"\s*(?:that\s+)?(?:he|she|i|they|it)\b", told, re.IGNORECASE)
        and kind_match("money", told, question)
    ):
        return "pay"
    return None


#: Places whose currency others share: the euro says no more than "somewhere in the eurozone".
_SHARED_CURRENCY_PLACES = frozenset(
    form for country in EURO_COUNTRIES for form in (country, PEOPLE_OF[country])
)


def _surname_after(name: str, q: str) -> str | None:
    """The word a first name is typed before ("bastos" after "rui"), which a story goes on
    naming him by."""
    m = re.search(rf"\b{re.escape(name)} ([a-z][\w'-]+)", q)
    return m.group(1).removesuffix("'s") if m and m.group(1) not in STOPWORDS else None


def _unnamed(
    question: str,
    chosen: Sequence[Evidence],
    retrieval: Retrieval,
    texts: Sequence[str],
    words: frozenset[str],
) -> str | None:
    """What of the names, months and years a question gives the evidence does not hold:
    a name must be in the quoted sentences or what their article is about (title and lead),
    with the age or the deed asked about it; a month or year must be in the article's text."""
    q = question.lower()
    article = chosen[0].article.article_id
    referring = {w for m in _THE_STORY.finditer(q) for w in m.group(1).split()}
    priced = asked_kind(question, retrieval.query) == "money"
    # A follow-up keeps the place its conversation asked about: "what was it before?" after
    # "what's Premium in the UK?" asks the UK price; but "when can i buy one" after the US
    # price asks a date of its own, wherever it holds.
    kind = question_kind(question)
    asked_in = q if kind not in (None, "money") else f"{q} {retrieval.query.lower()}"
    qualifying = {m.group(1) for m in _IN_PLACE.finditer(asked_in)}
    names = [
        n
        for n in retrieval.names
        if (retrieval.frequency.get(n, 0) > 0 or n in PLACE_WORDS or n in CITY_WORDS)
        and (n not in _SPELT_OUT or n in EXPANSIONS)
        # "who quit as coach ... in march 2025", of a story of March 2025: the month it came
        # out, which its lead need not name
        and not (_MONTH_OR_YEAR.fullmatch(n) and n in dated_words(chosen[0].article))
    ]
    asked_names = set(content_terms(question))
    # "what did the ECB decide in September": a story reports the deed when it happens, so the
    # month it came out counts; a figure "for November" must be in the text.
    # So does "before the 2025 carnival", a story of that year ahead of it, and "the jan 2025
    # piece", which names the story by its date.
    dated = (
        dated_words(chosen[0].article)
        if _EVENT.search(q)
        or _BEFORE_EDITION.search(q)
        # "back in 2025 how many seats was it meant to have": as the story of that year told
        or re.search(r"\bback in (?:(?:19|20)\d\d|[a-z]+ (?:19|20)\d\d)\b", q)
        or any(w in MONTH_WORDS or _YEAR_ASKED.fullmatch(w) for w in referring)
        else frozenset()
    )
    # the sentence before the quote may say where it holds: "Prices paid to growers in Uruapan
    # fell sharply. Packers offered about 31 pesos ..."
    before = _sentence_before(chosen[0], retrieval)
    for name in names:
        if priced and name in qualifying and (name in PLACE_WORDS or name in CURRENCY_OF):
            # "How much is Leo a month in Germany?": a price holds where its sentence says; a
            # launch in Germany, or promotions in India, do not make the US price theirs.
            currency = CURRENCY_OF.get(name)
            top = [
                chosen[0].sentence.text,
                chosen[0].previous.text if chosen[0].previous else "",
                before,
            ]
            title = stems(chosen[0].article.title)
            about = retrieval.about.get(article, frozenset())
            if not any(
                kind_match("money", t, question)
                and (
                    # "launched in Europe at €449 ... after US sanctions" gives no US price:
                    # a place with a currency of its own is priced in it
                    bool(
                        currency
                        and re.search(currency, _CONVERSION.sub("", t))
                        and not _priced_elsewhere(name, currency, t)
                        # a price in euros is no German one in a Dutch story that names no
                        # country: a currency many countries share says where only with them
                        and (
                            name not in _SHARED_CURRENCY_PLACES
                            or _named_in(name, stems(t) | title | about)
                        )
                    )
                    # what a company makes in a place is reported in its own currency
                    or bool(_EARNED_IN.search(q) and _named_in(name, stems(t)))
                    # a place without a currency of its own: the sentence says where the
                    # figure holds, or, naming no other place, the story's headline does
                    # ("Scottish budget raises ...")
                    or (
                        not currency
                        and (
                            _named_in(name, stems(t))
                            or (_named_in(name, title) and not _elsewhere(name, t))
                        )
                    )
                    # "wat does a puffin boat trip cost in iceland": "12,900 kronur ($105)"
                    or bool(name in LOCAL_CURRENCY and re.search(LOCAL_CURRENCY[name], t))
                )
                for t in top
            ):
                return name
            continue
        if _named_in(name, words) or name in dated or synonym_matches(name, words):
            continue  # "gpus", no English word, told as "4,096 Nvidia H100 chips"
        if name in MONTH_WORDS and _month_cut_short(name, texts):
            continue  # "back in feb 2025": a dateline's "Feb 18, 2025"
        if _named_in(name, stems(chosen[0].article.publisher or "")):
            continue  # "according to the daily mail": the story the Daily Mail published
        if name in qualifying and _named_in(name, stems(before)):
            continue
        if _refers_to(name, chosen[0].sentence.text, before):
            continue
        if _described_again(chosen[0].sentence.text, question) and _named_in(
            name, retrieval.words.get(article, frozenset())
        ):
            # "The mill charges 9 cents for every kilo", two sentences after "the co-operative
            # mill in Machairado": the thing asked of, by the word the story named it with
            continue
        surname = _surname_after(name, q)
        if (
            surname in retrieval.names
            and _named_in(surname, words)
            and _named_in(name, retrieval.words.get(article, frozenset()))
        ):
            continue  # "what did rui bastos do before": "Bastos worked ...", in his story
        # A place that describes what is asked about ("UK inflation") may be the setting of
        # the whole story, said once, so the article's text counts; a place the fact must hold
        # in ("the price in Malaysia"), a person or a thing must be in the article's lead.
        setting = name in PLACE_WORDS and name not in qualifying
        # a name only the conversation gave ("in the us" two turns back) is its setting too
        borrowed = name not in asked_names and name not in qualifying
        # ("the one who replaced overgaard": whom they came after, told anywhere in the story)
        scope = (
            retrieval.words
            if name in referring or setting or borrowed or came_after(name, q)
            else retrieval.about
        )
        if not _named_in(name, scope.get(article, frozenset())):
            return name
    # "how old is she" names no one: who she is comes from the conversation, not its places
    own_names = [n for n in names if n in content_terms(question)]
    topic = re.match(r"^([^:]+): how old\b", q)
    if topic:
        # "dóra szalontai: how old was she when harangozó walked out": her age, not his
        own_names = [n for n in own_names if _named_in(n, stems(topic.group(1)))] or own_names
    aged_one = _AGED_ONE.search(q)
    if aged_one and any(n in aged_one.group(1).split() for n in own_names):
        # "how old was elise devriendt at the easter record": her age, told without Easter
        own_names = [n for n in own_names if n in aged_one.group(1).split()]
    own_names = _aged_names(q, own_names)
    if kind == "age" and own_names:
        # "How old is Lindqvist?": the age must be given with the name, not another player's.
        aged_evidence = [e for e in chosen if kind_match(kind, e.sentence.text, question)]
        aged = [f"{e.previous.text if e.previous else ''} {e.sentence.text}" for e in aged_evidence]
        # "The 32-year-old from Merthyr Tydfil ended the fight": the age of whom the headline
        # is about, told as the subject of the sentence
        epithet = any(
            # (or, after the sentence's setting: "At Ayr on Saturday, ..., the 23-year-old from
            # the Borders won it")
            (
                re.match(r"The \d+-year-old\b", e.sentence.text)
                or re.match(r"(?:At|In|On) [^,]+,(?: [^,]+,)? the \d+-year-old\b", e.sentence.text)
                # "He said the 24-year-old would need ...": the age, then what she does
                or re.search(_AGE_THEN_DEED, e.sentence.text)
            )
            and all(
                _named_in(n, stems(e.previous.text if e.previous else e.article.title))
                or (
                    re.search(_AGE_THEN_DEED, e.sentence.text) is not None
                    and _named_in(n, stems(e.article.title))
                )
                for n in own_names
            )
            for e in chosen
        )
        # "how old is the ice making plant at connswater": "The ammonia refrigeration plant
        # ... is 39 years old", the age of the thing asked of in the story of the name
        things = [t for t in content_terms(question) if t not in own_names]
        of_thing = any(
            term_matches(t, stems(m.group(0)))
            for e in aged_evidence
            for m in [_THING_AGED.search(e.sentence.text)]
            if m
            for t in things
        )
        if (
            not epithet
            and not of_thing
            and not any(
                _age_of(own_names, t) or _surname_aged(own_names, e.article.title, e.sentence.text)
                for e, t in zip(aged_evidence, aged, strict=True)
            )
        ):
            return kind
    asked_day = _WEEKDAY.search(q)
    if asked_day:
        # "Who won the Miami GP on Sunday?" is not answered by what happened on Saturday.
        days = set(_WEEKDAY.findall(chosen[0].sentence.text.lower()))
        if days and asked_day.group(0) not in days:
            return asked_day.group(0)
    if _WHO_SOLD.match(q) and not any(_SELLER.search(t) for t in texts):
        return "seller"  # "who sold it": "sold for £1.9 million" holds the sale, not the seller
    deed = _WHO_DID.search(q)
    # With no name, a year says which one: "who won the 2025 championship" is not answered by
    # a 2025 standing and a win elsewhere.
    names = names or [w for w in _MONTH_OR_YEAR.findall(q) if w.isdigit()]
    if deed and names:
        # "Who won the Monaco GP?": one sentence must say both who won and where; a race report
        # whose title says "wins" and whose last line mentions Monaco does not. The name may be
        # what the deed's article is about: "led by co-founders ..." in the Goalhanger story.
        forms = ATTRIBUTE_FORMS.get(deed.group(1), (deed.group(1),))
        # a prize is won by whom it "went to"
        awarded = forms is _WIN_FORMS and bool(_AWARD.search(q))
        # "It was won by Siobhán Moriarty": what "it" is, the sentence before says
        raw = [*texts, *_told_of(chosen), chosen[0].article.title]
        together = [stems(t) for t in raw]
        about = retrieval.about.get(article, frozenset())
        if not any(
            # whole words: "the championship continues" is no "champion"; a form of words is
            # read in the text ("took over")
            (
                any(
                    bool(re.search(rf"\b{f}\b", raw[i], re.IGNORECASE))
                    if " " in f
                    else stem(f) in ws
                    for f in forms
                )
                or (awarded and _GIVEN_TO.search(raw[i]) is not None)
                # "who bought the lot": it "went to Hamdan Tea Blenders"
                or _tells_buyer(deed.group(1), raw[i])
            )
            and all(
                _named_in(n, ws) or (i < len(texts) and n.isalpha() and _named_in(n, about))
                for n in names
            )
            for i, ws in enumerate(together)
        ):
            return deed.group(1)
    won = _WON_WHAT.match(q)
    if won:
        # "who won the 2022 world cup" is not answered by a race report that never says "cup"
        story = retrieval.words.get(article, frozenset())
        thing = won.group(1).split()[-1]
        heads = [f.split()[-1] for f in EXPANSIONS.get(thing, (thing,))]
        if (
            thing not in _WON_ANYHOW
            and not re.search(r"\d", thing)
            and not any(meaning_in(h, story) for h in heads)
        ):
            return thing
        # "who won the half marathon" is not answered by the marathon's winner: a variant of
        # the event, which a quoted sentence or the headline must name with the win
        variant = _EVENT_VARIANT.search(won.group(1))
        if variant:
            named = _VARIANT_FORMS.get(variant.group(0), re.escape(variant.group(0)))
            if not any(
                re.search(rf"\b(?:{named})", t, re.IGNORECASE) and _WIN_SAID.search(t)
                for t in [*texts, chosen[0].article.title]
            ):
                return variant.group(0)
    charge = _CHARGE_OF.search(q)
    if charge and charge.group(1) not in _ANY_CHARGE and charge.group(1) not in STOPWORDS:
        # "the entry fee for ha long bay" is no kayak's rental cost: which charge must be told
        kind_of = charge.group(1)
        said = stems(" ".join([*texts, chosen[0].article.title]))
        forms = ATTRIBUTE_FORMS.get(kind_of, (kind_of,))
        if not any(term_matches(f, said) for f in forms) and not synonym_matches(kind_of, said):
            return kind_of
    told = relative_years(chosen[0].article, texts)
    for when in _MONTH_OR_YEAR.findall(q):
        if (
            deed
            and when.isalpha()
            and when not in dated_words(chosen[0].article)
            and not any(re.search(rf"\b{when[:3]}", t, re.IGNORECASE) for t in texts)
        ):
            # "who won the july palio": a report of the August race, which names July only
            # as the other race's date, does not say who won in July
            return when
        if (
            kind in ("money", "number")
            and when.isdigit()
            and re.search(rf"\b(?:in|for|by) {when}\b", q)
            and when not in told
            and not any(when in t for t in texts)
            and term_matches(when, retrieval.words.get(article, frozenset()))
            and _after_story(when, chosen[0])
        ):
            # "how many pilgrims does he expect in 2027": a story of 2025 giving a figure for
            # 2027, which its sentences on this year's do not (a story's figures for its own
            # year, or an annual report's for the year before, need not name the year)
            return when
        if (
            when not in dated
            and when not in told
            and not _price_then(q, when, chosen[0])
            and not term_matches(when, retrieval.words.get(article, frozenset()))
            # "in 2023-24": a season, which the year opens (not the record it beat)
            and not (
                when.isdigit()
                and any(re.search(rf"\b{when}-\d\d\b", _PREVIOUS_SEASON.sub("", t)) for t in texts)
            )
            # "took over as chief executive on Oct. 1": the month, cut short before its day
            and not (when.isalpha() and _month_cut_short(when, texts))
        ):
            return when
    return None


#: "who won the 2022 world cup": what was won, which the story must tell of.
_WON_WHAT = re.compile(
    r"^(?:and |so )?who (?:won|wins|win) (?:the |a |an )?([\w' -]+?)"
    r"(?: (?:in|at|on|for|this|last|back|then|lol|again|yesterday)\b.*|\W*)$"
)

#: "the entry fee", "the tourist tax": a charge of a kind, named by the word before it.
_CHARGE_OF = re.compile(r"\b([a-z]{3,}) (?:fee|fees|levy|toll|tolls|tax|surcharge)\b")
_ANY_CHARGE = frozenset(
    "new old current total annual yearly monthly weekly daily average usual standard basic flat "  # noqa: SIM905
    "extra higher lower minimum maximum".split()
)


#: A variant of an event, which its main race's winner did not win: "the half marathon".
_EVENT_VARIANT = re.compile(
    r"\b(?:half|junior|juniors|youth|amateur|veterans|masters|relay|doubles|mixed|indoor|"
    r"sprint|(?:over|under)-\d+|u\d\d|kids|children's|childrens|girls|boys|uphill|downhill)\b"
)
#: A variant a story may name in other words: the kids' race is the children's.
_VARIANT_FORMS = dict.fromkeys(["kids", "children's", "childrens"], "kids|children")
_WIN_SAID = re.compile(r"\b(?:won|wins?|winners?|winning|victory|title|champions?|first)\b", re.I)


#: Things won that a story may tell in other words: a "race" for mayor is an election, the
#: women's "draw" a final.
_WON_ANYHOW = frozenset(
    "race draw opener spot place final title match game round stage tie event contest vote "  # noqa: SIM905
    "election prize award medal gold championship championships tournament it that this one".split()
)


#: A price asked, which holds at a moment: the one a story gives holds when it came out.
_PRICE_ASKED = re.compile(r"\b(?:price|prices|priced|cost|costs|charge|charges|fee|fare|rent)\b")


def _price_then(question: str, year: str, evidence: Evidence) -> bool:
    """Whether the sentence gives a price of the year asked because its story came out that
    year and the sentence names no other: "will rise to 80 euros from 68 euros" in a story of
    2025 is "devriendt's praline price in 2025"."""
    text = evidence.sentence.text
    now = _FROM_LAST_YEAR.sub(" ", text)
    return (
        year.isdigit()
        and bool(_PRICE_ASKED.search(question.lower()))
        and (evidence.article.published or "")[:4] == year
        and not _YEAR_ASKED.search(text)
        and not relative_years(evidence.article, [now])
    )


#: "the 24-year-old would need": an age standing for whom the story is about, before a verb.
_AGE_THEN_DEED = (
    r"\bthe \d+-year-old (?:[a-z]+ )?(?:would|will|could|should|can|may|might|has|had|have|is|"
    r"was|were|said|says|did|does|needs?|faces?|won|took|beat|became|made|lost)\b"
)


#: Whose age is asked: "how old was elise devriendt" before the moment ("at the easter record").
_AGED_ONE = re.compile(
    r"\bhow old (?:is|was|were|are|will|r)(?: (?:the|be))? ([\w' -]+?)"
    r"(?= (?:at|in|when|on|during|after|before|by|for|now|then|today|back)\b|\W*$)"
)


#: The name someone goes by, told after their age: ", known along the waterfront as Peppi".
_KNOWN_AS = re.compile(r"\s*(?:known|nicknamed|called)(?: [\w-]+){0,4}? as ([A-Z][\w'-]+)")


#: "how old was the etretat mayor", "the mayor of etretat": a title, with where it is held.
_TITLE_AGED = re.compile(rf"\b({PERSON_TITLE})(?:$| (?:of|in|at|from)\b)")


def _aged_names(q: str, names: list[str]) -> list[str]:
    """Whom an age asked must be told with: the title when one is asked of a place or a body
    ("Mayor Bernard Lecouturier, 71" is the Étretat mayor's age, which no sentence gives with
    "Étretat"), else the names the question gives."""
    aged_one = _AGED_ONE.search(q)
    whom = aged_one.group(1) if aged_one and names else ""
    title = _TITLE_AGED.search(whom)
    if title and re.search(r"\b(?:old|former|previous|ex|last)\b", whom[: title.start()]):
        return names  # "how old is the former etretat mayor": not whoever holds it now
    return [title.group(1)] if title else names


#: A post held now, told after a name and age: ", 47, who owns Bláhvalur".
_HOLDS_NOW = frozenset("owns runs leads heads manages chairs coaches".split())  # noqa: SIM905


def _age_of(names: Sequence[str], text: str) -> bool:
    """Whether ``text`` gives the age of the one named: "the 29-year-old Calvet" is Calvet's
    age, not that of Verhaegen named later in the sentence."""
    attached = False
    for m in _AGE.finditer(text):
        after = re.split(r"[,.;:]", text[m.end() :], maxsplit=1)[0].split()[:6]
        before = text[: m.start()].rstrip(" ,").split()[-3:] if m.group(0).startswith(",") else []
        near = stems(" ".join(before or after))
        nickname = _KNOWN_AS.match(text[m.end() :]) if before else None
        if nickname:
            # "Guzeppi Caruana, 71, known along the waterfront as Peppi": Peppi Caruana's age
            near |= stems(nickname.group(1))
        if all(_named_in(n, near) for n in names):
            return True
        if (
            before
            and after
            and re.fullmatch(r"[\w&.-]+['’]s?", after[0])
            and all(_named_in(n, stems(" ".join(after))) for n in names)
        ):
            return True  # "Voahangy Randrianarisoa, 52, Mahery's chief executive": Mahery's chief
        if (
            before
            and len(after) > 1
            and (after[0] == "the" or (after[0] == "who" and after[1] in _HOLDS_NOW))
            and all(term_matches(n, stems(" ".join(after[1:3]))) for n in names)
        ):
            # "Ragnheiður Ásgeirsdóttir, 47, who owns Bláhvalur": the owner's age (not that of
            # one "who had been mayor")
            return True
        # "The 23-year-old guard broke the record set by Kemba Walker": the age is the guard's
        role = bool(re.search(r"\bthe $", text[: m.start()], re.IGNORECASE)) and bool(
            after and after[0].islower()
        )
        attached = attached or role or any(w[:1].isupper() for w in before or after)
    return not attached and all(_named_in(n, stems(text)) for n in names)


#: A sum that is no price: "after a $500 million investment" says nothing of what a car costs.
_OTHER_SUM = re.compile(
    r"\b(?:invest(?:ment|ments|ed|ing)?|revenue|sales|profit|loss|funding|raised|valued|"
    r"valuation|budget|grant|fined)\b",
    re.IGNORECASE,
)


#: An amount converted in brackets after the one a story gives: "40 dirhams a gram ($4.30)".
_CONVERSION = re.compile(
    r"\((?:about |around |roughly |some |nearly |almost |over |more than )?"
    r"(?:(?:US|A|C|S|NZ|HK)?\$|[€£¥₹])\s?[\d.,]+(?:\s?(?:million|billion|trillion|bn|m|k)\b)?\)|"
    r"\((?:about |around |roughly |some |nearly |almost |over |more than )?[\d.,]+"
    r"(?: (?:million|billion|trillion))? (?:euros?|dollars?|pounds?|yen|yuan|crowns?|francs?|"
    r"zloty|rupees?)\)",
    re.IGNORECASE,
)
#: A year the chosen sentences lack ("tarnwell's 2025 revenue"): another sentence may give it.
_A_YEAR = re.compile(r"(?:19|20)\d\d")


def _missing_deed(question: str, lacking: str | None, retrieval: Retrieval) -> bool:
    """Whether a "who" question's missing word is its deed ("bought"), not a year or a name."""
    return (
        question_kind(question) == "who"
        and lacking in retrieval.terms
        and bool(lacking)
        and str(lacking).isalpha()
        and lacking not in retrieval.names
    )


def _holds(
    lacking: str, subject: Sequence[str], deed: Sequence[str], retrieval: Retrieval
) -> Callable[[Evidence], bool]:
    """What a sentence must hold to make up for what the chosen ones lack: the deed a yes/no
    question asks about, or a name: in the sentence, or in what its article is about when the
    sentence names another of the question's names ("Aberg collected $4.5 million" in the race
    report whose lead says Sawgrass)."""
    if deed and lacking == " ".join(deed):
        return lambda e: _deed_held(subject, deed, [e.sentence.text], loose=not subject)
    currency = CURRENCY_OF.get(lacking)
    if currency:
        # "brindle flat white price in the uk": the story's price in pounds, not the one in yuan
        return lambda e: (
            bool(re.search(currency, _CONVERSION.sub("", e.sentence.text)))
            and kind_match("money", e.sentence.text, retrieval.query) >= 1
            and not _OTHER_SUM.search(e.sentence.text)
        )
    if lacking == "next":
        story = retrieval.evidence[0].article.article_id
        return lambda e: (
            e.article.article_id == story and bool(_SUCCESSION_SAID.search(e.sentence.text))
        )
    if lacking == _price_asked_for(retrieval.query):
        # "kids ticket": a price in the story's sentence naming children
        story = retrieval.evidence[0].article.article_id
        return lambda e: (
            e.article.article_id == story
            and meaning_in(lacking, stems(e.sentence.text))
            and kind_match("money", e.sentence.text, retrieval.query) >= 1
        )
    if lacking == "population":
        # "how many ppl live on lastovo": "The island has about 790 permanent residents", a
        # sentence of a story about the place that shares no word with the question
        return lambda e: (
            bool(POPULATION_SAID.search(e.sentence.text))
            and bool(re.search(r"\d", e.sentence.text))
            # (the place by its whole name: "lastovo" is no "last")
            and all(
                forms_in(
                    EXPANSIONS.get(n) or (n,),
                    retrieval.words.get(e.article.article_id, frozenset()),
                    strict=True,
                )
                for n in retrieval.names
            )
        )
    if lacking == "seller":
        story = retrieval.evidence[0].article.article_id
        return lambda e: e.article.article_id == story and bool(_SELLER.search(e.sentence.text))
    if lacking == "age":
        # "how old was harrop": the sentence giving his age ("Harrop, 33, takes home ...")
        own = _aged_names(
            retrieval.query.lower(),
            [n for n in retrieval.names if n in content_terms(retrieval.query)],
        )
        return lambda e: (
            bool(own)
            and (
                _age_of(own, e.sentence.text)
                or _surname_aged(own, e.article.title, e.sentence.text)
            )
        )
    if lacking == question_kind(retrieval.query):
        # "what is the name of the new virus": the sentence of the story giving one ("which
        # researchers have provisionally named TNV-L"), though it shares few of the words
        story = retrieval.evidence[0].article.article_id
        return lambda e: (
            e.article.article_id == story
            and kind_match(lacking, e.sentence.text, retrieval.query, retrieval.common) >= 1
            # a name the sentence says something is called, not one it happens to give
            # ("Under the German standard DIN 1076" names no head of department)
            and (lacking != "name" or says_name(e.sentence.text))
        )
    if _A_YEAR.fullmatch(lacking):
        # "tarnwell's 2025 revenue": the sentence giving that year's, in whichever of its stories
        # (or "last year" in a story of the year after)
        # ("who won the 1986 race": a sentence of that year telling a win)
        won = _WON_WHAT.match(retrieval.query.lower()) is not None
        return lambda e: (
            (
                re.search(rf"\b{lacking}\b", e.sentence.text) is not None
                or lacking in relative_years(e.article, [e.sentence.text])
                or _price_then(retrieval.query, lacking, e)
            )
            and (not won or _WIN_SAID.search(e.sentence.text) is not None)
        )
    if _missing_deed(retrieval.query, lacking, retrieval):
        # "who bought the workshop": a sentence of the story naming who did it ("was bought in
        # September by Karin Lindqvist", "Hamdan Tea Blenders bought"), not one using the word
        story = retrieval.evidence[0].article.article_id
        deed = f"(?:{re.escape(lacking)}|{re.escape(stem(lacking))}\\w*)"
        done_by = re.compile(
            rf"(?i:\b{deed})(?: \w+){{0,3}}? by (?:\w+ )?[A-Z]|"
            # a name, not a sentence's opening word: "The 2027 festival ..." names nobody
            rf"(?!(?:The|A|An|It|Its|This|That|Their|He|She|They|In|On|At|For)\b)"
            rf"[A-Z][\w'-]+(?:,? [\w'-]+){{0,3}}? (?i:{deed})\b|"
            # after the doer's age and role: "Gasperoni, 44, a civil engineer, had won the Palio"
            rf"\b[A-Z][\w'-]+, \d{{1,3}}, [^.;]{{0,60}}?, (?:had |has |have )?(?i:{deed})\b"
        )
        # or from the seller's side: "the lot went to Hamdan Tea Blenders", "The buyer, ..."
        return lambda e: (
            e.article.article_id == story
            and bool(done_by.search(e.sentence.text) or _tells_buyer(lacking, e.sentence.text))
        )
    if lacking not in retrieval.names:
        # what a "how many" counts ("how many crew"): another sentence of the story counting it
        # ("the ship's 22 crew"), though it names less of what the question names
        story = retrieval.evidence[0].article.article_id
        return lambda e: (
            e.article.article_id == story
            and (
                any(
                    term_matches(form, stems(e.sentence.text))
                    for form in ATTRIBUTE_FORMS.get(lacking, (lacking,))
                )
                or counted_synonym(lacking, e.sentence.text)
            )
            # "It did not disclose its valuation" holds the word, not the fact
            and not _undisclosed(e.sentence.text)
        )
    others = [n for n in retrieval.names if n != lacking]

    def holds(e: Evidence) -> bool:
        words = stems(e.sentence.text)
        if _named_in(lacking, words):
            return True
        about = retrieval.about.get(e.article.article_id, frozenset())
        # with no other name asked, a sentence of a story about the name speaks of it
        # ("the company has been the official timekeeper of the Cadillac Formula One team")
        return _named_in(lacking, about) and (
            not others or any(_named_in(n, words) for n in others)
        )

    return holds


def _asked_thing(question: str) -> str | None:
    """What kind of place "which ..." asks for ("hospital" in "which galway hospital ...")."""
    m = _WHICH_THING.search(question.lower())
    return m.group(1) if m else None


def _surname_aged(names: Sequence[str], title: str, text: str) -> bool:
    """Whether ``text`` gives an age after a surname that the headline writes after one of
    ``names``: "Power, 29, from the De La Salle club" under "captain Diarmuid Power leads them"."""
    heading = title.lower()
    return any(
        re.search(rf"\b{re.escape(name)} {re.escape(m.group(1).lower())}\b", heading)
        for m in _NAME_AGED.finditer(text)
        for name in names
    )


#: Who came next, told after one leaving: "He will be replaced by Rachel Penhaligon, 46".
_SUCCEEDED_BY = re.compile(
    r"\b(?:replaced by|succeeded by|successor|replacement|took over|takes over|will take over)\b"
)
#: A surname with an age after it: "Power, 29,", "Mikko Lehtonen, 49,".
_NAME_AGED = re.compile(r"\b([A-ZÀ-ÖØ-ÞČĆŁŚŠŽŻ][^\W\d_]+), \d{1,3},")


#: "how old is he", "and how old was she then": an age asked of whom the conversation names.
_PRONOUN_AGE = re.compile(
    r"^(?:and |so |ok )?(?:how old(?: (?:is|was|'s) (?:he|she))?|"
    r"(?:what|whats|what's) (?:is |was )?(?:his|her) age)\b(?: (?:now|then|rn|today))?\W*$"
)


def _career_told(
    question: str, chosen: Sequence[Evidence], retrieval: Retrieval
) -> Evidence | None:
    """The sentence of the story under discussion telling the earlier career a follow-up asks
    about ("what did she do b4 that"), among the chosen."""
    role = retrieval.evidence[0] if retrieval.evidence else None
    if role is not None and role_told(question, role.sentence.text, retrieval.introduced):
        # "whats her day job": "Katla Sigurðardóttir, 38, a sheep farmer from ..." gives it,
        # holding no number or name of the kind a "what" may want
        return role
    if not CAREER_ASKED.search(question.lower()) or not retrieval.focus:
        return None
    return next(
        (
            e
            for e in chosen
            if e.article.article_id in retrieval.focus and CAREER_SAID.search(e.sentence.text)
        ),
        None,
    )


def _own_age_only(question: str, chosen: list[Evidence], retrieval: Retrieval) -> list[Evidence]:
    """ "how old was carmel mizzi": of the chosen sentences, those giving his age, without one
    giving someone else's ("Carmel's daughter Josette Mizzi, 34, ...")."""
    own = [n for n in retrieval.names if n in content_terms(question)]
    if question_kind(question) != "age":
        return chosen
    if not own and re.search(r"\b(?:he|she)\b", question.lower()):
        # "how old is he": the age of whom the last answer opened with ("chief executive Mikko
        # Lehtonen, 49"), not another quoted beside it ("Tiina Rantanen, 57, the ... shop
        # steward"), nor the best sentence's if it is someone else's
        units = re.split(r"\[\d+\]", retrieval.said)
        opening = units[0]
        if len(units) > 1 and LEFT_POST.search(opening) and _SUCCEEDED_BY.search(units[1]):
            # "Mark Trevithick, 59, ... will leave [1] He will be replaced by Rachel
            # Penhaligon, 46": "whos the new ceo" was answered by the second
            opening = units[1]

        def of_whom(e: Evidence) -> bool:
            return any(m.group(1) in opening for m in _NAME_AGED.finditer(e.sentence.text))

        aged = [e for e in chosen if of_whom(e)]
        if not opening or not aged:
            return chosen
        return aged + [e for e in chosen if e not in aged and not _AGE.search(e.sentence.text)]
    if not own:
        return chosen
    texts = " ".join(e.sentence.text for e in retrieval.evidence)
    for n in list(own):
        # "carmel mizzi": a first name the question types before a name the stories write
        # together with it, though the word is common ("Carmel")
        first = re.search(rf"\b([a-z]+) {re.escape(n)}\b", question.lower())
        if (
            first
            and first.group(1) not in own
            and first.group(1) not in STOPWORDS
            and re.search(rf"\b{first.group(1).title()} {n.title()}\b", texts)
        ):
            own.append(first.group(1))
    if len(own) < 2:
        return chosen

    def gives(e: Evidence) -> bool:
        return bool(_AGE.search(e.sentence.text)) and _age_of(own, e.sentence.text)

    giving = [e for e in chosen if gives(e)]
    if not giving and any(_AGE.search(e.sentence.text) for e in chosen):
        # the age chosen is someone else's: the sentence giving his, if the story has one
        giving = [e for e in retrieval.evidence[:HOLDING_WINDOW] if gives(e)][:1]
    if not giving:
        return chosen
    return giving + [e for e in chosen if e not in giving and not _AGE.search(e.sentence.text)]


def _said_age_first(question: str, chosen: list[Evidence], retrieval: Retrieval) -> list[Evidence]:
    """ "who's the new ceo" / "how old": the sentence of the last answer giving its one age
    first, wherever it ranks (another of the story may give someone else's)."""
    if not _PRONOUN_AGE.match(question.lower().strip()) or (
        len(_NAME_AGED.findall(retrieval.said)) != 1
    ):
        return chosen
    subject = re.match(r"([A-Z][a-z]+) [a-z]", retrieval.said)
    if subject and subject.group(1) not in _NAME_AGED.findall(retrieval.said):
        # "Baguio replaces Edgardo Lumayag, 64, ...": the age is her predecessor's; hers is
        # told where the story introduces her ("Dr Cristina Baguio, 40, ...")
        own = next(
            (
                e
                for e in retrieval.evidence
                if re.search(rf"\b{subject.group(1)}, \d{{1,3}},", e.sentence.text)
            ),
            None,
        )
        if own is not None:
            return [own]
    aged = next(
        (
            e
            for e in retrieval.evidence
            if e.sentence.text in retrieval.said and _NAME_AGED.search(e.sentence.text)
        ),
        None,
    )
    return [aged] if aged is not None else chosen


def _age_said(question: str, chosen: Sequence[Evidence], retrieval: Retrieval) -> bool:
    """Whether a follow-up asks "how old is he" of an age the last answer quoted with the one
    name it gives an age to ("chief executive Mikko Lehtonen, 49, told Reuters")."""
    best = chosen[0].sentence.text
    return (
        bool(_PRONOUN_AGE.match(question.lower().strip()))
        and best in retrieval.said
        and len(_NAME_AGED.findall(retrieval.said)) == 1
        and _NAME_AGED.search(best) is not None
    )


#: Kinds whose lack another sentence of the story may make up for, though the best ones had
#: too little support: an amount, a name that a sentence says something is called, an age
#: given with the name asked.
_KINDS_HELD_ELSEWHERE = ("money", "name", "age")


def _goes_on(named: Evidence, told: Evidence) -> bool:
    """Whether ``told`` opens with a "she", "he" or "they" that a few sentences after ``named``,
    in the same story, stands for whom ``named`` names."""
    opening = told.sentence.text.split(maxsplit=1)[:1]
    return (
        told.article.article_id == named.article.article_id
        and 0 < told.sentence.sentence_index - named.sentence.sentence_index <= 3
        and bool(opening)
        and opening[0].lower() in ("she", "he", "they")
    )


#: A sentence opening on what the one before told: "The clip was shared ...", "This came ...".
_POINTS_BACK = re.compile(
    r"(?:This|That|These|Those|The (?:clip|video|post|photo|episode|interview|remark|remarks|"
    r"comment|comments|move|decision|announcement|incident|report|study|survey|change|ruling|"
    r"deal|warning|appearance))\b"
)


def _beside_in_story(e: Evidence, retrieval: Retrieval, step: int) -> Evidence | None:
    """The candidate ``step`` sentences after ``e`` in its story (-1: the one before), if it is
    one; none beside a headline, and a headline is none."""
    if e.is_title:
        return None
    return next(
        (
            o
            for o in retrieval.evidence
            if o.article.article_id == e.article.article_id
            and not o.is_title
            and o.sentence.sentence_index == e.sentence.sentence_index + step
        ),
        None,
    )


def _it_goes_on(question: str, best: Evidence, retrieval: Retrieval) -> list[Evidence] | None:
    """The best sentence and the next one of its story, when that one opens with "it" or "they"
    standing for what the best one names and holds the kind of thing asked: "... ordered a
    violin varnished in the team's colours to auction for a children's charity. It sold for
    31,000 euros" answers what the violin fetched."""
    kind = question_kind(question)
    after = _beside_in_story(best, retrieval, 1)
    if after is None or kind is None:
        return None
    opening = after.sentence.text.split(maxsplit=1)[:1]
    if not opening or opening[0].lower() not in ("it", "they", "this", "that"):
        return None
    return (
        [best, after] if kind_match(kind, after.sentence.text, question, retrieval.common) else None
    )


#: Words after "how many" that say when or how much of it, not what is counted.
_NO_THING_COUNTED = frozenset(
    "left remain remaining total altogether now today then back still".split()  # noqa: SIM905
)


def _measured(question: str) -> str | None:
    """What a "how much" question measures ("damage" in "how much damage did the fire do")."""
    m = _HOW_MUCH.search(question.lower())
    return next((g for g in m.groups() if g), None) if m else None


def _counted(question: str) -> str | None:
    """What a "how many" question counts ("crew" in "how many crew were on the ship")."""
    m = _HOW_MANY.search(question.lower()) or _HOW_MANY_NOUN.search(question.lower())
    return next((g for g in m.groups() if g), None) if m else None


#: A thing's age: "The ammonia refrigeration plant ... is 39 years old".
_THING_AGED = re.compile(r"\b[Tt]he [a-z][^.,]*? (?:is|was) \d+ years old\b")
#: "who spotted the painting": a deed done by someone, told in a word of its own.
_WHO_DEED = re.compile(r"^who (?:first |(?:was|were|is|are) )?([a-z]{3,}ed|[a-z]{3,}ing)\b")
#: "when was the kerman carpet bought": a deed done to something, told in a word of its own.
_WHEN_DONE = re.compile(r"^when (?:was|were) .+? ([a-z]{3,}(?:ed|ght|ld|lt|wn|en))\W*$")
#: Deeds reports tell in many ways ("who scored" by "a goal from ..."): no one word marks them.
_COMMON_DEEDS = frozenset(
    [
        "used",
        "based",
        "called",
        "named",
        "scored",
        "finished",
        "played",
        "started",
        "signed",
        "joined",
        "launched",
        "created",
        "owned",
        "directed",
        "produced",
        "designed",
        "opened",
        "announced",
        "reported",
        "killed",
        "injured",
        "arrested",
        "charged",
        "raced",
        "ranked",
        "placed",
        "voted",
        "asked",
        "wanted",
        "needed",
        "helped",
        "worked",
        "lived",
        # who holds a post, however the story words it ("chief executive")
        "running",
        "leading",
        "heading",
        "managing",
        "coaching",
        "going",
        "doing",
        "getting",
        "taking",
        "making",
        "coming",
    ]
)


_COMMON_DEED_STEMS = frozenset(stem(d) for d in _COMMON_DEEDS)


def _telling_deed(question: str, chosen: list[Evidence], retrieval: Retrieval) -> list[Evidence]:
    """The best sentences of the story that tell the deed a "who" question asks, when the
    chosen ones do not: "who spotted the stolen painting" is answered by "It was spotted by
    Jana Kubatova", not by the lead that tells the painting's story."""
    m = _WHO_DEED.match(question.lower()) or _WHEN_DONE.match(question.lower())
    if not m or m.group(1) in _COMMON_DEEDS or stem(m.group(1)) in _COMMON_DEED_STEMS:
        return chosen
    deed = m.group(1)
    kind = "who" if m.re is _WHO_DEED else "when"

    told = stems(chosen[0].sentence.text)
    if meaning_in(deed, told):
        return chosen  # told in its own word or one of its meaning
    top = chosen[0]
    telling = [
        e
        for e in _close_in_story(retrieval, top)
        if term_matches(deed, stems(e.sentence.text))
        and kind_match(kind, e.sentence.text, question, retrieval.common) >= 1
    ]
    return select_sentences(telling) if telling else chosen


#: "who won the eagle festival", "who turned the caber": a deed, whose doer is asked by name.
_WHO_DOER = re.compile(
    r"^(?:and |so )?who (?:first |finally )?(?!(?:is|was|are|were|s)\b)([a-z]{3,})"
)
#: "A 16-year-old Kazakh eagle hunter won ...": a doer described, not named.
_UNNAMED_DOER = re.compile(r"(?:An?|One) ")
#: "..., its new owner said on Monday": a doer told by a role alone, named elsewhere.
_ROLE_DOER = re.compile(
    r"\b(?:its|their|the|his|her)(?: new)? (owner|owners|founder|buyer|buyers|boss|chairman|"
    r"chairwoman|chief executive|director|manager)(?! of\b),? (?!\(?[A-Z])"
)
#: How a story tells that someone came to own something.
_BOUGHT = re.compile(r"\b(?:bought|buys|acquired|took over|owns|owned)\b")
#: "The owner, Renée Baptiste, 41, bought ...": the role, then the name.
_ROLE_THEN_NAME = re.compile(
    r"(?:The|Its|Their) (?:new )?[a-z]+(?: [a-z]+)?, ((?:[A-Z]\w+(?:-[A-Z]\w+)? ){1,2}[A-Z]\w+),"
)
#: "Nurbol Serikbai, from the village of Sagsai, took the title": a sentence opening on a name.
_OPENS_ON_NAME = re.compile(r"((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)? ){1,2}[A-Z][a-z]+)(?:,| [a-z])")

#: Last words of a body's name, which names no one who did a deed: "Gloucestershire Police had
#: again urged people to stay away".
_BODY_WORDS = frozenset(
    "Police Council Association Club Ministry Company Group Bank University Committee "  # noqa: SIM905
    "Federation Union Agency Service Office Department Government Court Society Institute "
    "Foundation Festival Authority Board Party Commission Trust".split()
)


def _naming_doer(question: str, chosen: list[Evidence], retrieval: Retrieval) -> list[Evidence]:
    """The best sentence, then the story's best one opening on someone's name, when a "who"
    question's best sentence only describes whoever did it: "A 16-year-old Kazakh eagle hunter
    won Mongolia's Golden Eagle Festival" is followed by "Nurbol Serikbai ... took the title",
    or gives way to it when both do not fit in one answer."""
    q = question.lower()
    asked = _WHO_DOER.match(q)
    if not asked or asks_leader(q):
        return chosen
    # The sentence describing the doer may come second to one naming no one ("The race is the
    # highlight of the three-day Lamu Cultural Festival"), and it must tell the deed asked ("A
    # 2,300-tonne tunnel boring machine began digging" describes no one who built it).
    deed = asked.group(1)

    def tells_deed(e: Evidence) -> bool:
        words = stems(e.sentence.text)
        # "who owns the mill": "Eilidh Crawford, 45, who bought the mill" tells it
        owning = stem(deed) == "own" and _BOUGHT.search(e.sentence.text) is not None
        return meaning_in(deed, words) or owning

    top = next(
        (
            e
            for e in chosen
            if _UNNAMED_DOER.match(without_dateline(e.sentence.text)) and tells_deed(e)
        ),
        None,
    )
    # "who owns the mill now": "..., its new owner said" tells of the owner without a name; a
    # sentence naming someone must then tell the deed too ("Eilidh Crawford, 45, who bought the
    # mill"), as the story names others who did something else
    by_role = top is None
    if by_role:
        top = next(
            (e for e in chosen[:1] if _ROLE_DOER.search(e.sentence.text) and tells_deed(e)), None
        )
    if top is None:
        return chosen

    def named(e: Evidence) -> bool:
        text = without_dateline(e.sentence.text)
        m = _OPENS_ON_NAME.match(text) or (_ROLE_THEN_NAME.match(text) if by_role else None)
        return (
            m is not None
            and not set(m.group(1).lower().split()) & set(q.split())
            and m.group(1).split()[-1] not in _BODY_WORDS
            and (not by_role or tells_deed(e))
        )

    if any(named(e) for e in chosen):
        return chosen
    # the story names the winner further down than other close sentences go ("Callum Pryor, 26,
    # reached the bottom ..."): any of its candidates opening on a name will do
    doer = next(
        (
            e
            for e in retrieval.evidence
            if e.article.article_id == top.article.article_id and not e.is_title and named(e)
        ),
        None,
    )
    if doer is None:
        return chosen
    fits = len(top.sentence.text) + len(doer.sentence.text) + 10 <= MAX_ANSWER_CHARS
    return [top, doer] if fits else [doer]


def _close_in_story(retrieval: Retrieval, top: Evidence, limit: int = 8) -> list[Evidence]:
    """The best ``limit`` candidates that are sentences of ``top``'s story scoring within twice
    ``NAMED_MARGIN`` of it: the right story's other sentences, nearly as good, among which one
    holding what ``top`` lacks may be quoted instead."""
    return [
        e
        for e in retrieval.evidence[:limit]
        if e.article.article_id == top.article.article_id
        and e.score >= top.score - 2 * NAMED_MARGIN
    ]


#: A sentence saying that reasons follow: "had several causes", "is partly a consequence of
#: last year's disaster", "we have to understand why the ridge failed".
_CAUSES_AHEAD = re.compile(
    r"(?i)\b(?:causes|reasons|factors|consequence|explained|explanation|why)\b"
)


def _with_reason(question: str, chosen: list[Evidence], retrieval: Retrieval) -> list[Evidence]:
    """The best sentence, then the story's best one giving a reason, when a "why" question's
    chosen sentences only tell what happened: "why did borealis pull out of the sled race" is
    answered by "(it) needed to focus its sponsorship closer to home after a difficult year",
    not only by the lead saying that it pulled out."""
    if not asks_why(question):
        return chosen
    top = chosen[0]
    close = [e for e in _close_in_story(retrieval, top) if not e.is_title and e not in chosen]
    for e in [*chosen, *close]:
        # "Doctors said the rise in injuries had several causes." and then the causes
        told = _beside_in_story(e, retrieval, 1) if _CAUSES_AHEAD.search(e.sentence.text) else None
        if told is not None and told not in chosen:
            return [e, told]
    if any(tells_reason(question, e.sentence.text) for e in chosen):
        return chosen
    before = _beside_in_story(top, retrieval, -1) if _POINTS_BACK.match(top.sentence.text) else None
    if before is not None and before not in chosen:
        # "why did americans start ordering tropea onion stuff": "The clip was shared millions
        # of times, and ... orders ... doubled" tells of a clip the sentence before describes
        return [before, top]
    # the story's best sentence giving a reason, or else the one after the deed
    giving = [e for e in close if tells_reason(question, e.sentence.text)]
    reason = giving[0] if giving else _beside_in_story(top, retrieval, 1)
    return chosen if reason is None else [top, reason]


#: How many of the best candidates may stand in for the chosen sentences when these lack
#: what is asked (any of the best story's own, for a doer named doing the deed asked).
HOLDING_WINDOW = 6


def _holding(
    holds: Callable[[Evidence], bool], retrieval: Retrieval, wide: bool = False, deep: bool = False
) -> list[Evidence]:
    """The sentences to quote when the best ones lack a name or the deed asked: the best of
    those holding it, when nearly as good as the best overall (twice the margin for a sentence
    of the best one's own article: the right story, another of its sentences; and for any
    sentence when ``wide``: the kind of thing asked, which the best ones lack)."""
    top = retrieval.evidence[0]
    holding = [
        e
        for i, e in enumerate(retrieval.evidence)
        # for ``deep``, the best story's own sentences however far down, within the margin
        if (i < HOLDING_WINDOW or (deep and e.article.article_id == top.article.article_id))
        and holds(e)
        and e.score
        >= top.score
        - NAMED_MARGIN * (2 if wide or e.article.article_id == top.article.article_id else 1)
    ]
    return select_sentences(holding) if holding else []


def _elsewhere(name: str, text: str) -> bool:
    """Whether the text names a place other than ``name``: "In the US, the Nova goes up to
    $499.99" is no German price."""
    own = {stem(f) for f in PLACE_FORMS.get(name, (name,))}
    return bool((_PLACE_STEMS - own) & stems(text)) or bool(_UNITED_STATES.search(text))


def _priced_elsewhere(name: str, currency: str, text: str) -> bool:
    """Whether the amount a sentence gives in the place's currency is said of another place:
    "priced at 99 crowns a month in Sweden" is no Danish price though both count in crowns.
    The place written right after the amount, in the same clause, says where it holds; else a
    place opening the sentence ("In Britain the car starts at ...")."""
    amount = re.search(currency, text)
    if amount is None:
        return False
    after = _IN_PLACES.search(text, amount.end())
    gap = text[amount.end() : after.start()] if after else ""
    if after and len(gap) <= PLACE_AFTER and not re.search(r"[,;(]| and | or ", gap):
        held = stems(after.group(1))
    else:
        opening = _IN_PLACES.match(text)
        if opening is None or opening.end() > amount.start():
            return False
        held = stems(opening.group(1))
    return bool(_PLACE_STEMS & held) and not _named_in(name, held)


#: "in Sweden", "in France and Germany", "in Sweden, Norway and Denmark".
_IN_PLACES = re.compile(
    r"\b[Ii]n ((?:the )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)?(?:, [A-Z][\w'-]+)*(?:,? and "
    r"[A-Z][\w'-]+)?)"
)
#: How far (in characters) after an amount the place it holds in may be written ("99 crowns
#: a month in Sweden").
PLACE_AFTER = 20
_PLACE_STEMS = frozenset(stem(p) for p in PLACE_WORDS)
_UNITED_STATES = re.compile(r"\bU\.S\.|\bUS\b|\bUnited States\b|\bAmerica\b")


#: A small number a question names ("mochovce 4") as a story may write it ("the fourth reactor").
_NUMERALS = {
    str(n): (name, nth)
    for n, name, nth in zip(
        range(1, 13),
        "one two three four five six seven eight nine ten eleven twelve".split(),  # noqa: SIM905
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(),  # noqa: SIM905
        strict=True,
    )
}


def _sentence_before(item: Evidence, retrieval: Retrieval) -> str:
    """The sentence right before ``item`` in its article, when it is among the evidence."""
    index = item.sentence.sentence_index - 1
    return next(
        (
            e.sentence.text
            for e in retrieval.evidence
            if e.sentence.sentence_index == index
            and e.article.article_id == item.article.article_id
        ),
        "",
    )


def _named_in(name: str, words: frozenset[str]) -> bool:
    """Whether a name, in one of its forms ("UK" or "Britain"; all words of a long form; a
    small number spelt out), is among the stems."""
    forms = EXPANSIONS.get(name) or (name, *_NUMERALS.get(name, ()))
    # A place's forms are whole words ("Indian" is no "individual"); other names keep the
    # looser match ("trifold" in "tri-fold"). A country is held by its regions too.
    forms = (*forms, *REGION_FORMS.get(name, ()))
    return forms_in(forms, words, strict=name in PLACE_WORDS)


#: Every scorer of a match is a list, and gets a list's room.
SCORERS_CHARS = 1200
#: "Who scored Bayern's goals", "who scored in the final": every scorer, not the best sentence.
_EVERY_SCORER = re.compile(
    r"^who scored (?:(?:all |both |the )?(?:[\w'&.-]+ ){0,2}(?:goals|tries)\b|in (?:the )?\w|"
    r"for (?:both|each)\b)(?!.*\b(?:winner|winning|first|last|opener|opening|equali[sz]er|only|"
    r"hat-trick|most|twice|penalty)\b)"
)
_SCORING = re.compile(
    r"\b(?:scor\w*|goals?|header|headed|netted|penalty|tries|try|equali[sz]\w*|volley\w*|"
    r"finished|struck|tapped|fired|converted|took the lead|(?:put|got|sent) \w+ (?:back )?in front|"
    r"tied the (?:game|match|score)|levell?ed|pulled one back|made it \d+-\d+)\b",
    re.IGNORECASE,
)


def _every_scorer(chosen: list[Evidence], evidence: Sequence[Evidence]) -> list[Evidence]:
    """The best sentence and the others of the same story that tell of someone scoring, in
    the story's order, as many as fit; the chosen sentences when no other does."""
    article = chosen[0].article.article_id
    picked = chosen[:1]
    length = len(picked[0].sentence.text)
    more = [
        e
        for e in evidence
        if e.article.article_id == article
        and not e.is_title
        and e not in picked
        and _SCORING.search(e.sentence.text)
        and re.search(r"(?<!^)\b[A-Z][a-z]+", e.sentence.text)
    ]
    if len(more) < 2:
        return chosen
    for e in more:
        if length + len(e.sentence.text) + 10 * (len(picked) + 1) > SCORERS_CHARS:
            continue
        picked.append(e)
        length += len(e.sentence.text)
    return sorted(picked, key=lambda e: (not e.is_title, e.sentence.sentence_index))


#: The weather asked, which only a sentence about the weather tells.
_WEATHER_ASKED = re.compile(r"\bweather\b")
_WEATHER_SAID = re.compile(
    r"\b(?:weather|forecasts?|forecasters?|rain|rainfall|raining|degrees|temperatures?|storms?|"
    r"winds?|sunny|sunshine|cloudy|cloud|showers|heatwave|frost|fog|blizzards?|snowfall|"
    r"celsius|fahrenheit|meteorolog\w*|hail|hailstones?|hailstorms?|thunderstorms?|gales?|droughts?|"
    r"ice storms?)\b",
    re.IGNORECASE,
)


#: "how many points did tembo score (in ...)": the deed a count is asked of.
_COUNT_DEED = re.compile(
    r"^(?:and )?how many (?:[a-z]+ ){0,2}?[a-z]+ (?:did|does|do|will|would|has|have|had) "
    r"(?:[\w'-]+ ){1,3}?([a-z]{3,})(?= (?:in|at|on|for|during|against|over|this|last|per)\b|\W*$)"
)


def _deed_dropped(
    question: str, best: Sequence[Evidence], chosen: Sequence[Evidence]
) -> str | None:
    """The deed a "who won ..." or "how many ... did X score" question asks, when the sentences
    holding what the best ones lacked ("july") no longer tell it: "... in July, when Joe Rogan
    played a clip" names no winner."""
    q = question.lower()
    asked = _WHO_DOER.match(q)
    # or the deed of a count: "how many points did tembo score in the knicks series"
    counted = _COUNT_DEED.match(q)
    deed = asked.group(1) if asked else counted.group(1) if counted else None
    if not deed:
        return None

    def tells(evidence: Sequence[Evidence]) -> bool:
        return any(meaning_in(deed, stems(e.sentence.text)) for e in evidence)

    return deed if tells(best) and not tells(chosen) else None


def compose_answer(question: str, retrieval: Retrieval, min_support: float) -> Answer:
    """Quote the supporting sentences with ``[n]`` markers, or refuse."""
    if not retrieval.evidence:
        return refusal(question, ())
    chosen = _of_now(
        question, select_sentences(retrieval.evidence, leader=asks_leader(question)), retrieval
    )
    chosen = _with_successor(question, chosen, retrieval)
    chosen = _of_the_end(question, chosen, retrieval)
    chosen = _counting(question, _told_after(question, chosen, retrieval), retrieval)
    chosen = _earlier_value(question, chosen, retrieval)
    score = support(retrieval, chosen)
    lacking = unanswered(question, chosen, retrieval)
    named = (
        next(
            (
                e
                for e in chosen[1:]
                if _goes_on(e, chosen[0]) and lacking in e.sentence.text.lower()
            ),
            None,
        )
        if lacking in retrieval.names
        else None
    )
    if named is not None:
        # "She is paid about 60 euros a night per house" ranked above "Marta Lobo, 29, sings
        # at three fado houses": the one naming her goes first, as the story has it
        chosen = [named, chosen[0]]
        score = support(retrieval, chosen)
        lacking = unanswered(question, chosen, retrieval)
    subject, deed = yes_no_deed(question, retrieval.any_names)
    kind_lacking = lacking is not None and lacking == question_kind(question)
    # "kids ticket for a whale trip": the story's sentence pricing it for children
    whom = _price_asked_for(question)
    # "who bought the nusnas workshop": "The company was bought in September by Karin
    # Lindqvist", further down the story whose lead tells of a new owner
    doer = _missing_deed(question, lacking, retrieval)
    if (
        lacking
        # an amount or a name asked, held by another sentence of the story: what the best ones
        # lacked is why their support was low
        and (
            score >= min_support
            or (kind_lacking and lacking in _KINDS_HELD_ELSEWHERE)
            or lacking == whom
        )
        and (
            lacking == whom
            or lacking in retrieval.names
            or deed
            or lacking in (_counted(question), _measured(question))
            or kind_lacking
            or lacking in CURRENCY_OF
            or lacking in _MEASURED
            or lacking in ("age", "seller", "next", "population")
            or lacking in _PART_WORDS
            or _asked_thing(question) == lacking
            or doer
            # a sentence on another year's edition ("the 2025 festival was headlined by") says
            # the one asked of is not reported yet
            or (_A_YEAR.fullmatch(lacking) and not _EDITION.search(chosen[0].sentence.text))
        )
    ):
        best = chosen
        held = _holds(lacking, subject, deed, retrieval)
        asked = question_kind(question)

        def holds(e: Evidence) -> bool:
            # (and gives the kind of thing asked: "About 140 of them have no licence", not
            # "a camp licence will cost 1,500 dinars", for how many are unlicensed)
            return held(e) and (asked is None or kind_match(asked, e.sentence.text, question) > 0)

        deep = bool(doer) or lacking in _PART_WORDS or lacking == "population"
        chosen = (
            (_it_goes_on(question, best[0], retrieval) if kind_lacking else None)
            # "He is training his successor, Théo Marty": the story's one naming who comes next
            or ([e for e in retrieval.evidence if holds(e)][:1] if lacking == "next" else [])
            or _holding(holds, retrieval, wide=kind_lacking, deep=deep)
            or chosen
        )
        score = support(retrieval, chosen)
        lacking = unanswered(question, chosen, retrieval) or _deed_dropped(question, best, chosen)
        if lacking in retrieval.names and _goes_on(best[0], chosen[0]):
            # "Ria Zonneveld, 44, ... watched as a contractor ploughed 3 hectares" names whom
            # "She estimated her loss at about 400,000 euros" is about
            chosen = [best[0], chosen[0]]
            score = support(retrieval, chosen)
            lacking = unanswered(question, chosen, retrieval)
    if not lacking:
        chosen = _telling_deed(question, chosen, retrieval)
        chosen = _naming_doer(question, chosen, retrieval)
        chosen = _with_reason(question, chosen, retrieval)
    if chosen[0].article.article_id in retrieval.focus and (
        (question_kind(question) is not None and chosen[0].kind)
        or tells_place(question, chosen[0].sentence.text)
    ):
        # "How long did it last?" after the trial's size, "where was she speaking" after her
        # words: the story under discussion holds the kind of thing asked, though the
        # follow-up's few words cover little of it.
        min_support -= FOLLOW_UP_SLACK
    chosen = _own_age_only(question, _said_age_first(question, chosen, retrieval), retrieval)
    if _age_said(question, chosen, retrieval):
        # "whos running saunava now" / "how old is he": the age the last answer gave him
        chosen, score = chosen[:1], max(score, min_support)
    career = _career_told(question, chosen, retrieval)
    if career is not None:
        # "who's the new boss" / "what did she do b4 that": the sentence telling her career
        chosen, score, lacking = [career], max(score, min_support), None
    if score < min_support or lacking:
        return refusal(question, _closest_articles(retrieval))
    limit = MAX_ANSWER_CHARS
    if _EVERY_SCORER.search(question.lower()):
        chosen = _every_scorer(chosen, retrieval.evidence)
        limit = SCORERS_CHARS
    units = _quoted_units(chosen, limit)
    numbers: dict[str, int] = {}
    quotes: dict[str, list[str]] = {}
    parts: list[str] = []
    for article, text in units:
        n = numbers.setdefault(article.article_id, len(numbers) + 1)
        quotes.setdefault(article.article_id, []).append(text)
        parts.append(f"{_as_sentence(text)} [{n}]")
    articles = {a.article_id: a for a, _ in units}
    citations = tuple(
        citation(n, articles[article_id], " … ".join(quotes[article_id]))
        for article_id, n in numbers.items()
    )
    return Answer(
        question=question,
        text=_fit(" ".join(parts), limit),
        refused=False,
        citations=citations,
        support=score,
    )


#: "how many reindeer died this winter": the figure of the story's own time.
_NOW_ASKED = re.compile(
    r"\bthis (?:year|winter|summer|spring|autumn|season|month|week)\b|\b(?:now|currently)\b"
)


def _with_successor(question: str, chosen: list[Evidence], retrieval: Retrieval) -> list[Evidence]:
    """For who holds a post now, a sentence telling that someone left it read with the next,
    naming who came after: "Lars-Göran Bäckström ... stepped down in June and became honorary
    chairman. His successor, Per Sjödin, 54, ..." answers "whos the chairman now"."""
    if (
        not chosen
        or not holder_now_asked(question)
        or not LEFT_POST.search(chosen[0].sentence.text)
    ):
        return chosen
    top = chosen[0]
    after = next(
        (
            e
            for e in retrieval.evidence
            if e.article.article_id == top.article.article_id
            and 0 < e.sentence.sentence_index - top.sentence.sentence_index <= SUCCESSOR_REACH
            and SUCCESSOR_SAID.search(e.sentence.text)
        ),
        None,
    )
    return [top, after] if after is not None else chosen


def _of_now(question: str, chosen: list[Evidence], retrieval: Retrieval) -> list[Evidence]:
    """The chosen sentences led by one telling the figure of the story's own time, when the
    question asks of now and the best sentence gives it for an earlier year: "how many reindeer
    died this winter" is told by "lost about 24,000 animals ... this winter", not by "a similar
    winter in 2020, when about 15,000 reindeer died"."""
    q = question.lower()
    kind = question_kind(question)
    if not _NOW_ASKED.search(q) or _YEAR_ASKED.search(q) or kind not in ("money", "number"):
        return chosen

    def earlier(e: Evidence) -> bool:
        published = parse_date(e.article.published)
        said = _YEAR_ASKED.findall(_COMPARED_YEAR.sub("", e.sentence.text))
        return published is not None and bool(said) and all(int(y) < published.year for y in said)

    if not chosen:
        return chosen
    asked_now = _NOW_ASKED.search(q)
    phrase = asked_now.group(0) if asked_now else ""
    top = chosen[0]
    year = (top.article.published or "")[:4]
    if (
        phrase.startswith("this ")
        and phrase not in top.sentence.text.lower()
        and not (year and year in top.sentence.text)
    ):
        # "how much beer is vaurenne brewing this year": "it would brew about 8,500
        # hectolitres this year", not "two crates a month"
        said = next(
            (
                e
                for e in _close_in_story(retrieval, top)
                # a lead sets its story's time ("died in Mongolia this winter"), not the figure's
                if without_dateline(e.sentence.text) == e.sentence.text
                and phrase in e.sentence.text.lower()
                and kind_match(kind, e.sentence.text, question) >= 1
            ),
            None,
        )
        if said is not None:
            return [said]
    if not earlier(chosen[0]):
        return chosen
    story = chosen[0].article.article_id
    now = next(
        (
            e
            for e in retrieval.evidence[:6]
            if e.article.article_id == story
            and e.sentence.text != e.article.title  # a headline says less than its story
            and kind_match(kind, e.sentence.text, question) >= 1
            and not earlier(e)
        ),
        None,
    )
    return [now, *(e for e in chosen if e is not now)] if now else chosen


#: Words that say "what it came to", whatever the figure: "in the end", "eventually".
IN_THE_END = r"in the end|eventually|finally|ultimately"
#: A figure asked as it came out in the end: "how much did the repairs end up costing".
_END_ASKED = re.compile(
    rf"\b(?:end(?:ed|s)? up|{IN_THE_END}|final (?:cost|bill|price|figure|total|tally))\b"
)

#: A figure said to be what something came to: "The final cost was about £2.3 million".
_END_SAID = re.compile(
    r"(?i)\b(?:final (?:cost|bill|price|figure|total|tally|count|sum)|in the end|end(?:ed|s)? "
    r"up (?:costing|at)|came to|eventually cost)\b"
)


def _of_the_end(question: str, chosen: list[Evidence], retrieval: Retrieval) -> list[Evidence]:
    """The chosen sentences of a later story on the same names, when the question asks what a
    figure came to in the end and the best sentence is of an earlier one: "how much did the
    sonnstock repairs end up costing" is told by the reopening story's final bill, not by the
    closure story's estimate."""
    kind = question_kind(question)
    if not chosen or not retrieval.names or kind not in ("money", "number"):
        return chosen
    if not _END_ASKED.search(question.lower()):
        return chosen
    top = chosen[0]
    told = [
        e
        for e in retrieval.evidence[:8]
        if _END_SAID.search(e.sentence.text)
        and kind_match(kind, e.sentence.text, question) >= 1
        and e.score >= top.score - 2 * NAMED_MARGIN
    ]
    if told and told[0] is not top:
        # "how much did the cwm eilir repair end up costing": "The final cost was about £2.3
        # million", not the footplate days at £350 that the story tells first
        return select_sentences(told)
    day = parse_date(top.article.published)

    def later(e: Evidence) -> bool:
        about = retrieval.about.get(e.article.article_id, frozenset())
        published = parse_date(e.article.published)
        return (
            day is not None
            and published is not None
            and published > day
            and all(_named_in(n, about) for n in retrieval.names)
        )

    ending = [
        e
        for e in retrieval.evidence[:12]
        if not e.is_title
        and later(e)
        and kind_match(kind, e.sentence.text, question) >= 1
        and e.score >= top.score - 2 * NAMED_MARGIN
    ]
    return select_sentences(ending) if ending else chosen


#: A figure told ahead of its time: "Havran expects exports to rise ... in 2025".
_FORECAST = re.compile(
    r"\b(?:expects?|expected to|forecasts?|predicts?|projects?|projected|aims? to|targets?|"
    r"plans? to|will)\b",
    re.IGNORECASE,
)
#: A question asking ahead ("what will exports be in 2025"), which a forecast answers.
_AHEAD_ASKED = re.compile(r"\b(?:will|expect\w*|forecast\w*|predict\w*|plan\w*|target\w*|aim\w*)\b")


#: Verbs that only say how the counted are there ("how many rollers work at vuelta real"):
#: "about 420 rollers sit at wooden desks" counts them without the verb.
_COUNTED_AS = frozenset(["work", "live", "employ"])


def _counting(question: str, chosen: list[Evidence], retrieval: Retrieval) -> list[Evidence]:
    """The chosen sentences led by one counting what "how many" asks, when the best one only
    names it: "found the strain ... on 63 farms" tells "how many farms have the virus", not
    "boots moving between farms would have to be disinfected"."""
    if not chosen or chosen[0].kind >= 1 or question_kind(question) != "number":
        return chosen
    if not re.search(r"\bhow many \w", question.lower()):
        return chosen
    first = chosen[0]
    # what the best sentence says of the question beyond the headline, the counting one must
    # say too: "Matt Henry took five for 62" is not displaced by Williamson's "six-wicket win"
    title = stems(first.article.title)
    said = stems(first.sentence.text)
    own = [
        t
        for t in retrieval.terms
        if term_matches(t, said) and not term_matches(t, title) and stem(t) not in _COUNTED_AS
    ]
    counting = next(
        (
            e
            for e in _close_in_story(retrieval, first, limit=6)
            if e.kind >= 1
            and e.sentence.text != e.article.title
            and all(
                term_matches(t, stems(e.sentence.text)) or _place_named(t, e, retrieval)
                for t in own
            )
        ),
        None,
    )
    return [counting, *(e for e in chosen if e is not counting)] if counting else chosen


#: A place named again by what it is: "this oasis town", "the island".
_THIS_PLACE = re.compile(
    r"\b(?:this|the) (?:[\w-]+ )?(?:town|city|village|island|valley|region|resort|port)\b", re.I
)


def _place_named(term: str, e: Evidence, retrieval: Retrieval) -> bool:
    """Whether a sentence names an asked place as "this town" of a story about it: "this oasis
    town in northern Chile, home to about 11,000 people" is San Pedro de Atacama's count."""
    return bool(_THIS_PLACE.search(e.sentence.text)) and _named_in(
        term, retrieval.about.get(e.article.article_id, frozenset())
    )


def _earlier_value(question: str, chosen: list[Evidence], retrieval: Retrieval) -> list[Evidence]:
    """For "and what was it before?", the sentences giving an old value beside a new one
    ("will fall from $100 a night") among the nearly best of the story, when the best gives
    only the new one."""
    if not chosen or not asks_earlier_value(question):
        return chosen
    if any(gives_earlier_value(e.sentence.text) for e in chosen[:1]):
        return chosen
    first = chosen[0]
    kind = asked_kind(question, retrieval.query)
    giving = [
        e
        for e in _close_in_story(retrieval, first)
        if gives_earlier_value(e.sentence.text)
        and (kind is None or kind_match(kind, e.sentence.text, retrieval.query) >= 1)
    ]
    return select_sentences(giving) if giving else chosen


def _told_after(question: str, chosen: list[Evidence], retrieval: Retrieval) -> list[Evidence]:
    """The chosen sentences led by one telling a year's figure after that year, when the best
    one forecast it before: "Havran exported a record 455,000 hectolitres of beer in 2025", in a
    story of 2026, tells "havran's exports in 2025"; "expects exports to rise ... in 2025", in one
    of February 2025, only guessed them."""
    q = question.lower()
    kind = question_kind(question)
    asked = _YEAR_ASKED.findall(q)
    if len(set(asked)) != 1 or _AHEAD_ASKED.search(q) or not chosen:
        return chosen
    year = int(asked[0])

    def published_year(e: Evidence) -> int | None:
        published = parse_date(e.article.published)
        return published.year if published else None

    first = chosen[0]
    before = published_year(first)
    if (
        before is None
        or before > year
        or not _FORECAST.search(first.sentence.text)
        or asked[0] not in first.sentence.text
    ):
        return chosen
    later = next(
        (
            e
            for e in retrieval.evidence[:6]
            if (published_year(e) or 0) > year
            and asked[0] in e.sentence.text
            and not _FORECAST.search(e.sentence.text)
            and (kind is None or kind_match(kind, e.sentence.text, question) >= 1)
            and e.score >= first.score - NAMED_MARGIN
        ),
        None,
    )
    return [later, *(e for e in chosen if e is not later)] if later else chosen


def _quoted_units(
    chosen: Sequence[Evidence], limit: int = MAX_ANSWER_CHARS
) -> list[tuple[StoredArticle, str]]:
    """The sentences to quote, in order: a quote attributed to "he" or "she" is preceded by the
    sentence that names the speaker, as long as the answer stays within its limit (else the
    sentence comes alone: "He will be replaced by Rachel Penhaligon" still names the new boss)."""
    units: list[tuple[StoredArticle, str]] = []
    for item in chosen:
        texts = [t for _, t in units]
        own = [(item.article, item.sentence.text)] if item.sentence.text not in texts else []
        before = (
            [(item.article, item.previous.text)]
            if item.previous is not None and item.previous.text not in texts
            else []
        )
        fitting = [
            candidate
            for candidate in ([*units, *before, *own], [*units, *own])
            if not units or sum(len(t) + 5 for _, t in candidate) <= limit
        ]
        if not fitting:
            break
        units = fitting[0]
    return units


def _as_sentence(text: str) -> str:
    text = text.strip()
    return text if re.search(r"[.!?…'\"’”)]$", text) else f"{text}."


def _fit(text: str, limit: int = MAX_ANSWER_CHARS) -> str:
    """Trim to the answer limit at a word boundary, keeping the final ``[n]`` marker whole."""
    if len(text) <= limit:
        return text
    marker = re.search(r"\s*\[\d+\]$", text)
    suffix = marker.group(0) if marker else ""
    room = limit - len(suffix) - 1
    cut = text[:room].rsplit(" ", 1)[0].rstrip(",;:")
    cut = re.sub(r"\s*\[\d+\]$", "", cut)
    return f"{cut}…{suffix}"


def _closest_articles(retrieval: Retrieval, limit: int = 3) -> list[StoredArticle]:
    seen: dict[str, StoredArticle] = {}
    for item in retrieval.evidence:
        seen.setdefault(item.article.article_id, item.article)
        if len(seen) == limit:
            break
    return list(seen.values())
