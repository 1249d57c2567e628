"""Questions that ask several things at once, and comparisons: each part answered from its own
article and cited, side by side."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.answers.citing import LONG_LIMIT, Citations, Fact, cut, headline, sentence
from bot.compose import IN_THE_END, REFUSAL
from bot.library import (
    ArticleMatch,
    Library,
    lead_name,
    newest_first,
    published_date,
    title_names,
)
from bot.models import Answer, Turn
from bot.question import Question, expand_abbreviations, expand_chat, fold
from bot.retrieval import (
    MONTH_WORDS,
    THEN_ASKED,
    gives_earlier_value,
    question_kind,
    stems,
    term_matches,
)
from ingest.keywords import STOPWORDS, content_terms
from ingest.models import StoredArticle

_COMPARE_WORDS = re.compile(
    r"\b(?:compare|compared|comparison|differ|differs|difference|differences|versus|vs\.?|"
    r"how do|how does|which|is|was|the two|both|each|in numbers|bigger|larger|smaller|cheaper|"
    r"more|fewer|less|higher|lower|newer|older|than|one|stories|articles|story|article|pieces?|"
    # "how does x stack up against y", "did x go up or down since y", "difference between"
    r"between|against|stack(?:s|ed)? up|measures? up|up or down|down or up|go|goes|gone|went|"
    r"since|pricier|dearer|diff|diffs|what|whats|what's)\b"
)


#: What a comparative compares: "cheaper" is a price, "bigger crowd" a crowd.
_MEASURES = {
    r"\b(?:cheaper|pricier|more expensive|less expensive|costs? more|costs? less)\b": "price",
    r"\b(?:bigger|larger|smaller) crowds?\b|\bcrowds?\b.*\b(?:bigger|larger|smaller)\b": "crowd",
    r"\b(?:faster|slower|quicker)\b": "speed",
    r"\bwon by (?:more|less|a (?:bigger|larger|smaller|wider) margin)\b": "margin",
    r"\blost (?:more|less|the most)\b": "loss",
    r"\b(?:went|lasted|took|ran) (?:longer|shorter)\b": "duration",
    # "the box now vs 2 yrs ago, how much more": an amount at each
    r"\bhow much (?:more|less|dearer|cheaper|higher|lower)\b": "amount",
}
#: Measures the articles name as such ("the price", "the crowd"): named in each side's question.
_NAMED_MEASURES = frozenset(["price", "crowd", "speed"])
_PAIR = re.compile(r"\b(?:two|both|each)\b")
#: Words that ask for each article in general ("what's each one about?"), not a topic.
_EACH_WORDS = frozenset(["each", "about", "say", "says", "cover", "covers", "what's", "whats"])
_ARTICLE_WORD = re.compile(r"\b(?:article|story|piece|report|one)s?\b")


def answer_multi(question: Question, library: Library, fact: Fact) -> Answer:
    """Answer each sub-question on its own; a later part is asked as a follow-up of the one
    before it, so one without a subject ("and what has DB offered?") borrows it, while one
    naming its own starts afresh. Parts set after two events of one company are each read in
    the story of its event."""
    parts = _moments_asked_alike(question.parts)
    if parts != question.parts:
        question = replace(question, parts=parts)
    stories = _event_stories(question.parts, library)
    subject = _subject_of_pair(question.parts[0], library) if stories else None
    # "how old was lewis harrop when he lost the final, and how old is he now": the "he" of
    # the later part is whom the first names before its own "he"
    named = _SUBJECT_BEFORE_PRONOUN.search(question.parts[0])
    answers: list[tuple[str, Answer]] = []
    # "how old was fiona macrae when the ferry was delivered, and how old is she in the
    # compensation story": each part without its moment, in its story, of her
    in_story = _in_story(question.parts, stories, library) if stories else []
    person = _asked_about(question.parts[0], person=True) or _named_first(question.parts[0])
    thing = None if subject else _asked_about(question.parts[0]) or _led(question.parts[0])
    # "who was kaamos's head musher ..., and who holds the job now": the job is head musher
    owned = _OWNED_ROLE.match(_asked_about(question.parts[0]) or "")
    for i, part in enumerate(question.parts):
        if stories:
            asked = _named_as(
                _value_named(in_story[i], question.parts[0], in_story[0]), person or subject, thing
            )
            if i and owned:
                asked = _THE_JOB.sub(f"the {owned.group(2)}", asked)
            # (read again as typed alone: "franc ceh's age" asks how old he is)
            answers.append((part, fact(expand_chat(asked), article=stories[i])))
            continue
        earlier = [Turn.of(a) for _, a in answers[-1:]]
        side = _STORY_OF_PAIR.search(part)
        paired = _story_of_side(part, side.group(1) is not None, library) if side else None
        if paired is not None:
            # "nadia borcard's age in the first gruyère story + ...": that part in that story
            answers.append((part, fact(part, earlier, article=paired)))
            continue
        dated = _dated_story(part, library)
        if dated is not None:
            # "franc ceh's age in the jan 2025 piece, and ...": that part in that story
            answers.append((part, fact(dated[1], earlier, article=dated[0])))
            continue
        asked = part
        if i and (named or person) and _SUBJECT_PRONOUN.search(part):
            # named by the surname alone, as a later story writes it ("Harrop, 34, was first
            # reserve"), the part is asked afresh: its moment may be another story's
            # ("nadia borcard's age ... + what job she got later": she is Borcard)
            who = named.group(1) if named else person or ""
            asked, earlier = _named_as(part, who.split()[-1]), []
        elif i and person and _AGE_ELIDED.match(part):
            # "how old was tadeusz mrozek when the recall hit, and how old at the ipo": his
            # age asked afresh, at a moment another story may tell
            asked, earlier = _AGE_ELIDED.sub(rf"\1 was {person} ", part, count=1), []
        elif i and person and _OWNER_PRONOUN.search(part) and not _SUBJECT_PRONOUN.search(part):
            # "how old was chiara verdolini in the energy bill story, and what's her new job":
            # her job asked afresh, in whichever story gives it
            asked, earlier = _named_as(part, person), []
        if (
            i
            and earlier
            and not _LEANS_ON_EARLIER.search(asked)
            and _asks_otherwise(question.parts[0], asked)
        ):
            # "how many calves were counted, also how close can u get to a bison": a part
            # asking its own kind of thing of what it names stands alone, when it is answered
            # from the first part's story
            answer = fact(asked)
            first_stories = {c.article_id for c in answers[0][1].citations}
            if answer.refused or not {c.article_id for c in answer.citations[:1]} & first_stories:
                answer = fact(asked, earlier)
        else:
            answer = fact(asked, earlier)
        quoted = set().union(*(_quotes(a) for _, a in answers))
        if quoted and (
            answer.refused
            or _quotes(answer) <= quoted
            or _opens_on(answer, quoted, question.parts[i - 1], part)
        ):
            # "who came 2nd and 3rd": the sentence naming the runner-up answers the first part;
            # the second is asked again without it, and keeps it only when nothing else answers
            # ("what is it called and how old is it": one sentence may say both). A part
            # refused is asked again without it too: the first part's sentence, best for the
            # words both share, may have crowded out its own ("... selling for per kilo this
            # week, and what did last year's top auction lot fetch?").
            again = fact(asked, earlier, quoted)
            answer = answer if again.refused else again
        answers.append((part, answer))
    if len(answers) > 1 and not stories:
        answers[0] = (question.parts[0], _first_in_story_of(question.parts[0], answers, fact))
    return _side_by_side(question, answers, kind="multi")


#: A part that leans on the one before: "how much did *they* pay", "what about *there*".
_LEANS_ON_EARLIER = re.compile(
    r"\b(?:it|its|it's|they|them|their|theirs|he|him|his|she|her|hers|there|that|those|these|"
    r"this|one|ones|same|else|also|too|either|both|each)\b"
)
#: How a question asks for a measure: "how many", "how far", "how long".
_ASKING_HOW = re.compile(r"^(?:and |also |so )?(how \w+)\b")


def _asks_otherwise(first: str, later: str) -> bool:
    """Whether a later part asks another measure than the first ("how far" after "how many")
    and names something of its own."""
    a, b = _ASKING_HOW.match(first), _ASKING_HOW.match(later)
    return bool(a and b and a.group(1) != b.group(1) and len(content_terms(later)) >= 2)


#: Someone's role asked of a first part: "*kaamos*'s *head musher*".
_OWNED_ROLE = re.compile(r"([\w&.-]+)'s? (.+)$")
#: A later part's word for the role the first part named: "who holds *the job* now".
_THE_JOB = re.compile(r"\b(?:the|that|this) (?:job|post|role|position)\b")


#: A part that is only a moment, told as a clause, not asked: "(how old was darlene haskell when
#: the chinese deal was signed and) when the plant closure was announced".
_BARE_MOMENT = re.compile(
    r"^(?:and )?(?:when|after|before|once|at the time of|by the time) "
    r"(?!(?:was|were|is|are|did|does|do|will|would|has|have|had|can|could|should)\b)"
)


def _moments_asked_alike(parts: tuple[str, ...]) -> tuple[str, ...]:
    """A later part that only names another moment asks what the first part asked at that
    moment."""
    if len(parts) != 2 or not _AT_MOMENT.search(parts[0]) or not _BARE_MOMENT.match(parts[1]):
        return parts
    moment = parts[1].removeprefix("and ")
    return (parts[0], f"{_thing_of(parts[0])} {moment}")


_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she)\b")
#: A later part asking an age with neither verb nor whom: "and how old at the ipo".
_AGE_ELIDED = re.compile(
    r"^((?:and |also |so )?how old)\s+(?=(?:at|when|in|after|before|on|during|by)\b)"
)
_OWNER_PRONOUN = re.compile(
    r"\b(?:his|her) (?=(?:(?:new|current|present|next|latest|old|former|previous) )?"
    r"(?:role|job|title|position|post)\b)"
)
#: Whom a part names before its own "he" or "she": "how old was lewis harrop when he lost".
_SUBJECT_BEFORE_PRONOUN = re.compile(
    r"^(?:how old|how much|how many|what|where|who|which)\b.*?\b(?:was|is|were|did|does|had|has)"
    r" ((?:[a-z][\w'-]* ){0,2}[a-z][\w'-]*) (?:when|after|before|as|once|while) (?:he|she)\b"
)


#: Whom a first part asks of, before the moment it is set at: "how old was fiona macrae when
#: the ferry was delivered".
_ASKED_OF = re.compile(
    r"^(?:how old|how much|how many|how big|how large|how long|how tall|how high|how deep|what|"
    r"where|who|which)\b.*?\b(?:was|is|were|did|does|had|has)"
    r" ((?:[a-z][\w'-]* ){0,2}[a-z][\w'-]*) (?:when|after|before|as|once|while|in|at|during)\b"
)
#: Words that end a clause's verb, not a name: "did tamarugal have (when ...)".
_VERB_ENDS = frozenset(
    (  # noqa: SIM905
        "have has had cost make made pay paid get got earn say said do take took grow grew "
        "produce produced employ employed sell sold own owned run ran charge charged carry "
        "carried hold held need needed"
    ).split()
)


def _asked_about(part: str, person: bool = False) -> str | None:
    """Whom or what a first part asks about, before its verb and moment: "darlene haskell" in
    "how old was darlene haskell when ...", "ledgemere" in "how many boats did ledgemere have
    when ..."; for a ``person``, none when a verb ends the words ("did tamarugal have")."""
    m = _ASKED_OF.search(part)
    if m is None:
        return None
    words = m.group(1).split()
    if words[-1] in _VERB_ENDS:
        if person:
            return None
        words = words[:-1]
    if not person and len(words) > 1 and words[0] == "the":
        words = words[1:]  # "how big was the okada herd before the cull": the okada herd
    # "don crispin ruiz" is named by his title, which "don't" leaves among the stopwords
    opening = words[0] in STOPWORDS and not (words[0] == "don" and len(words) > 1)
    return " ".join(words) if words and not opening else None


#: Someone typed first, before what is asked of them: "per arne vik, what was his job ...".
_NAMED_FIRST = re.compile(
    r"^((?:[a-z][\w'-]* ){1,2}[a-z][\w'-]*)\s*(?:,|:|\s[-–—])\s+"
    r"(?=(?:what|whats|who|how|when|where|which)\b.*\b(?:his|her|he|she)\b)"
)


def _named_first(part: str) -> str | None:
    """Whom a part names before its question, when the question says "his" or "her"."""
    m = _NAMED_FIRST.match(part)
    if m is None or any(w in STOPWORDS for w in m.group(1).split()):
        return None
    return m.group(1)


def _named_as(part: str, subject: str | None, thing: str | None = None) -> str:
    """A later part read in its own story with whom it is about named: "how old was he when he
    retired" is asked of Lavoie, whom the first part named, not of whoever the story quotes."""
    if (
        thing is not None
        and thing not in part.lower()
        and not _SUBJECT_PRONOUN.search(part)
        and _THING_PRONOUN.search(part)
    ):
        # "and how much does it grow now": the estate the first part named
        return _THING_PRONOUN.sub(rf"\1 {thing}", part, count=1)
    if thing is not None and thing not in part.lower() and _LED_PRONOUN.search(part):
        # "(who ran the slow boat association in 2025;) who runs it now"
        return _LED_PRONOUN.sub(rf"\1 the {thing}", part, count=1)
    if subject is None or subject in part.lower():
        return part
    if not _SUBJECT_PRONOUN.search(part):
        # "and whats his role now": Ruggirello's role
        return _OWNER_PRONOUN.sub(f"{subject}'s ", part, count=1)
    return _SUBJECT_PRONOUN.sub(subject, part, count=1)


#: A later part asking the value itself again: "(what was the tin price when ...) and what
#: was it when the mine flooded".
_VALUE_PRONOUN = re.compile(
    r"^((?:and )?(?:what|how much|how many) (?:was|is|were|are)) (?:it|they)\b"
)
#: The value a first part asks, before its moment: "the tin price" in "what was the tin price
#: when wheal tressa shipped its first ore".
_VALUE_ASKED = re.compile(
    r"^(?:what|how much|how many) (?:was|is|were|are) ((?:the |its |their )(?:[\w'-]+ ){0,3}?"
    r"[\w'-]+) (?:when|after|before|at|in|during|on|by)\b"
)


def _value_named(part: str, first: str, first_in_story: str = "") -> str:
    """A later part's "it" named as the value the first part asked, when it asks that value
    again at another moment: "what was the tin price when ..." or a value typed bare ("hado
    divers average age back in the heatwave, n whats it now")."""
    value = _VALUE_ASKED.match(first)
    if value:
        return _VALUE_PRONOUN.sub(rf"\1 {value.group(1)}", part, count=1)
    bare = re.sub(r"\s+(?:back|then|at the time|before|earlier)$", "", first_in_story)
    bare = re.sub(r"\s+(?:in|from) the (?:[\w-]+ ){0,2}(?:story|article|report|one)$", "", bare)
    if bare and not _ASKS.match(first):
        alone = _ASKED_ALONE.match(part)
        if alone and not content_terms(alone.group(2)):
            # "burano lace school student count in the 2025 story and how many now"
            return f"{alone.group(1)} {bare} {alone.group(2)}".strip()
        return _VALUE_PRONOUN.sub(rf"\1 the {bare}", part, count=1)
    return part


#: A later part asking only how many or how much, at its own moment: "and how many now".
_ASKED_ALONE = re.compile(r"^((?:and |so )?(?:how many|how much))\b\W*(.*)$")


#: A part that asks in words: a bare value ("hado divers average age") asks nothing by itself.
_ASKS = re.compile(
    r"^(?:and |so )?(?:what|whats|who|whom|whose|when|where|why|how|which|is|are|was|were|did|"
    r"does|do|has|have|had|can|could|will|would)\b"
)


_THING_PRONOUN = re.compile(r"\b(does|did|is|was|has|had|will|do|are|were|have) (?:it|they)\b")
#: Whom a first part asks as the one leading something: "who ran the slow boat association in
#: jan 2025" asks of the association.
_LED_ASKED = re.compile(
    r"^(?:and )?who (?:ran|runs|run|led|leads|headed|heads|chaired|chairs|managed|manages|"
    r"owned|owns|(?:was|is) (?:running|in charge of|(?:the )?head of|the boss of)) (?:the )?"
    r"((?:[a-z][\w'-]* ){0,4}?[a-z][\w'-]*)"
    r"(?: (?:when|after|before|in|at|during|back|then|until|by)\b.*)?$"
)
#: A later part asking who leads "it": "who runs it now", "who's in charge of it today".
_LED_PRONOUN = re.compile(
    r"\b(runs|run|ran|leads|lead|led|heads|head|headed|chairs|chair|manages|manage|owns|own|"
    r"in charge of|head of|boss of) (?:it|them)\b"
)


def _led(part: str) -> str | None:
    """What a first part asks the leader of: "the slow boat association"."""
    m = _LED_ASKED.match(part)
    return m.group(1) if m else None


def _first_in_story_of(part: str, answers: Sequence[tuple[str, Answer]], fact: Fact) -> Answer:
    """The first part read in the story the second is answered from, when it was answered from
    another: "how many ships are waiting and how many crew were on the Huron Ridge" asks of
    the ships waiting at the Welland Canal, which only the second part names. Read as a
    follow-up of the second, a first part naming its own story stays in it ("who won in Monaco
    and who won in Canada")."""
    first, second = answers[0][1], answers[1][1]
    if second.refused or not second.citations:
        return first
    story = second.citations[0].article_id
    if first.citations and first.citations[0].article_id == story and not first.refused:
        return first
    again = fact(part, [Turn.of(second)])
    if again.refused or not again.citations or again.citations[0].article_id != story:
        return first
    return again


#: A side that asks how a market met an event, stripped of the "how did" the question began
#: with: "alibaba stock react to the quark launch".
_MOVED = re.compile(
    r"^(?!how |what )\S.*\b(?:stock|stocks|shares|share price)\b.*\b(?:react|respond|move|fare|"
    r"perform|do)\b"
)


#: A side that asks what someone earned or paid, stripped of the "did" the question began with
#: and of the comparative: "fonseca earn more in rio".
_EARNED = re.compile(
    r"^(?!how |what |who |when |where |which )(\S.*?\b(?:earn|make|pay|spend|cost|raise|get|"
    r"win|sell for))(?: (?:more|less|most|least))?\b(.*)$"
)


def _asked(side: str) -> str:
    """A side of a comparison as a question of its own: a market's move is asked in numbers, what
    someone earned or paid in money."""
    if _MOVED.match(side):
        return f"how did {side}"
    earned = _EARNED.match(side)
    if earned:
        return " ".join(f"how much did {earned.group(1)}{earned.group(2)}".split())
    return side


#: Words a comparison's leftover holds that ask nothing: "which had the bigger crowd, the X
#: or the Y" leaves "the or the".
_GLUE_WORDS = (
    "the a an or and did does do was were is are had has have than vs how with to against "
    "his her its their it's they're he's she's it they that "
    # "x in 2019 n today?": the time of the other side, typed after "and"
    "n & now today nowadays currently atm"
)
_GLUE = frozenset(_GLUE_WORDS.split())

#: What a side's amount is in when the comparison names it: "spain's fine", "the damages".
_AMOUNT = re.compile(
    r"\b(?:fines?|damages|fees?|bill|payouts?|bonus(?:es)?|awards?|compensation|settlements?|"
    r"salary|salaries|wages?|dividends?|prices?|costs?|fares?|tolls?|levy|levies|surcharges?|"
    r"tickets?|pass(?:es)?)\b"
)


#: "old v new" closing a question of one thing's move: "did the fare go up? old v new".
_OLD_V_NEW = re.compile(
    r"\b(?:old|new|before|now) (?:v\.?|vs\.?|versus) (?:old|new|before|now)\W*$"
)
_MOVE_WORDS = re.compile(
    r"\b(?:(?:go|gone|went) )?(?:up|down)\b|\b(?:rise|rose|risen|fall|fell|fallen|change|changed)\b"
)

#: A company's figures, asked bare as a side: "tamarugal's 2024 profit".
_EARNINGS = re.compile(r"\b(?:profit|revenue|sales|earnings|income|turnover)s?\b")

_ASKING = r"(?:what|who|whom|whose|when|where|why|how|which)\b"
#: A side that is a clause of its own ("what she won in bucharest"), not a bare name whose
#: thing is the other side's ("red bull" after "aston martin's fine").
_CLAUSE = re.compile(rf"(?:{_ASKING}|(?:she|he|they|it|we|i|you)\b)")


#: A side that names people or animals counted: "antarctica visitors this season".
_COUNTED_SIDE = re.compile(
    r"^(?:the )?(?:all )?(?:[\w'&.-]+ ){0,2}(?:visitors|tourists|pilgrims|passengers|people|fans|"
    r"spectators|staff|employees|workers|members|subscribers|customers|users|deaths|jobs|"
    r"arrivals|guests|runners|climbers|students|patients|bison|cattle|cows|sheep|elephants|"
    r"crossings|collisions|visits|bookings|animals)\b"
    r"(?! (?:of|who|that|which)\b)"
)


#: A side that is a quantity gathered or made: "the gozo salt harvest", "last year's catch".
_GATHERED_SIDE = re.compile(
    r"\b(?:harvests?|crops?|catch(?:es)?|output|production|yields?|vintage)\b(?! (?:of|who|that|"
    r"which|festival|season|date|month|week)\b)"
)


def _measured(side: str, attribute: str, measure: str) -> str:
    """One side asked as the comparison asks it: "which had the bigger crowd, the X or the Y"
    asks how big the crowd was at each; "which was bigger, spain's fine or the dutch damages"
    asks how much each was."""
    asked = f"{side} {attribute}".strip()
    if _MOVED.match(asked) or _EARNED.match(asked) or re.match(_ASKING, asked):
        return _asked(asked)
    if measure == "crowd":
        place = re.sub(r"^(?:the )?(?:crowds?|attendances?) (?:at|for|in|of) ", "", side)
        place = re.sub(r"\s*\bcrowds?$", "", place)
        return f"how big was the crowd at {place}"
    if _AMOUNT.search(asked) or (_EARNINGS.search(side) and not attribute):
        return f"how much was {asked}"  # "tamarugal's 2024 profit": an amount
    if measure == "price":
        return f"how much is {side}"
    if measure == "amount":
        return f"how much was {side}"
    if measure == "margin":
        return f"by how much did {side} win"
    if measure == "loss":
        rest = re.sub(r"\b(?:lost|lose|loses|losing)\b|\bmoney\b", " ", attribute)
        return " ".join(f"how much did {side} lose {rest}".split())
    if measure == "duration":
        noun = re.sub(r"\b(?:went|lasted|took|ran|was|were|longer|shorter)\b", " ", attribute)
        return " ".join(f"how long was the {noun} {side}".split())
    if _COUNTED_SIDE.search(asked):
        return f"how many {asked}"  # "camino pilgrims 2025 vs 2024": how many each year
    if _GATHERED_SIDE.search(side):
        return f"how big was the {side}"  # "gozo salt harvest 2026 vs 2024": in tonnes
    if _COUNTED_SIDE.match(attribute) and not _CLAUSE.match(side):
        # "which gets more visitors a yr, kinderdijk or the matera church": how many at each
        per = re.sub(r"^(\w+) (year|day|week|month|night|season)\b", r"\1 a \2", attribute)
        return f"how many {per} at {side}"
    return asked


#: "How many customers has each got": the question asked of each side in turn.
_OF_EACH = re.compile(
    r"\b(how (?:many|much)(?: [\w'-]+){0,3}?) (has|have|did|does|do|is|are|was|were) "
    r"(?:each(?: one| of them)?|they|both|it)(?: (got|get|have|had|make|made|cost|sell|sold|"
    r"employ|carry|carried|raise|raised))?\b"
)
#: "Which one's longer": the size asked of each side, by its comparative.
_WHICH_MORE = re.compile(
    r"\bwhich(?: one)?(?:'s| is| was| are| were| will be)? (?:the )?(longer|shorter|taller|"
    r"deeper|wider|heavier|lighter)\b"
)
#: Only comparatives of one measure: "bigger" may be a crowd, an amount or a size, "higher" a
#: price or a rate, and those sides are asked as ``_measured`` asks them.
_SIZE_ASKED = {
    **dict.fromkeys(["longer", "shorter"], "how long is {}"),
    "taller": "how tall is {}",
    "deeper": "how deep is {}",
    "wider": "how wide is {}",
    **dict.fromkeys(["heavier", "lighter"], "how heavy is {}"),
}


def _side_template(text: str) -> str | None:
    """The question a comparison asks of each side, when it says it in words of its own ("how
    many customers has each got", "which one's longer"): the side stands in for "each"."""
    each = _OF_EACH.search(text)
    if each:
        asked, verb, done = each.groups()
        return " ".join(f"{asked} {verb} {{}} {done or ''}".split())
    which = _WHICH_MORE.search(text)
    if which:
        return _SIZE_ASKED[which.group(1)]
    return None


def _quotes(answer: Answer) -> set[str]:
    return {q for c in answer.citations for q in c.quote.split(" … ") if q}


#: The record a new figure beat: "the old record", "aonami's previous record".
_OLD_RECORD = re.compile(r"\b(?:old|previous|former|earlier|last) record\b")


def _opens_on(answer: Answer, quoted: set[str], a: str, b: str) -> bool:
    """Whether the answer to side or part ``b`` opens on a sentence already quoted for ``a``,
    one that does not name what tells the two apart: "The Japan Sumo Association said 112,350
    people attended" answers this year's attendance, not the old record; but "A registered nurse
    in Queensland earns about 25% more than one in New Zealand" answers "queensland vs nz"."""
    lead = answer.text.split(" [", 1)[0]
    if lead not in quoted:
        return False
    said = stems(expand_abbreviations(lead))
    first, second = (set(content_terms(expand_abbreviations(side))) for side in (a, b))
    return not all(term_matches(t, said) for t in first ^ second)


#: Two sides that are one figure and two years: "suez canal revenue 2023" and "2024".
_TWO_YEARS = re.compile(r"^(.+?) (?:in )?((?:19|20)\d\d) \| (?:in )?((?:19|20)\d\d)$")
#: The side of a comparison that is only an earlier time of the other: "profit this year vs
#: last year", "... vs the same quarter a year earlier".
_EARLIER = re.compile(
    r"^(?:the |a )?(?:same (?:quarter|period|month|half|time|stage) )?(?:(?:last|previous|prior|"
    r"a) (?:year|quarter|season|month|half)|(?:a|one|the) year (?:earlier|before|ago)|"
    r"(?:19|20)\d\d)(?: earlier| before| ago)?$"
)
_NOW = re.compile(
    r"\b(?:this|the current|current) (?:year|quarter|season|month|half|q[1-4])\b|\bnow\b"
)
#: "... compare with stratos in size": what the second side is compared in belongs to both.
_IN_MEASURE = re.compile(
    r" (in (?:terms of )?(?:size|price|cost|numbers|value|scale|length|speed))$"
)


def answer_compare(question: Question, library: Library, fact: Fact) -> Answer:
    years = _TWO_YEARS.match(" | ".join(question.parts)) if len(question.parts) == 2 else None
    if years:
        # "suez canal revenue 2023 vs 2024": the same figure in each year, asked of each
        thing, first, second = years.groups()
        question = replace(question, parts=(f"{thing} in {first}", f"{thing} in {second}"))
    if len(question.parts) == 2 and _EARLIER.match(question.parts[1]):
        # A figure and its year-earlier value: the report gives both in one sentence ("rose 14%
        # to 936 million from 820 million"), so the figure is asked once.
        figure = " ".join(_NOW.sub(" ", question.parts[0]).split())
        if not question_kind(figure):
            money = re.search(
                r"\b(?:profit|revenue|sales|earnings|income|loss|price|cost|fee)s?\b", figure
            )
            figure = f"{'how much' if money else 'what'} was {figure}"
        single = fact(f"{figure} from a year earlier")
        if single.refused:
            # "new luzzu price now vs 2025": "now costs about 110,000 euros, ... compared with
            # about 85,000 two years ago" sets today's figure against an earlier one
            now = fact(figure)
            against = _SETS_AGAINST.search(now.citations[0].quote) if now.citations else None
            if not now.refused and against and re.search(r"\d", against.string[against.end() :]):
                single = now
        year = re.fullmatch(r"(?:19|20)\d\d", question.parts[1])
        if single.refused and year:
            # "trullo price per square metre now compared to 2016": "about twice the price of
            # 2016", no year-earlier figure
            single = fact(f"{figure} compared with {year.group(0)}")
        return replace(single, question=question.asked, kind="compare")
    if len(question.parts) == 2:
        a, b = question.parts
        measured = _IN_MEASURE.search(b)
        if measured:
            b = b[: measured.start()]
        rest = _COMPARE_WORDS.sub(" ", fold(question.text))
        old_new = _OLD_V_NEW.search(rest)
        if old_new:
            # "did the perast boat taxi fare go up? old v new": the fare's two values asked
            rest = _MOVE_WORDS.sub(" ", rest[: old_new.start()])
        for side in (a, b):
            rest = rest.replace(side, " ")
        attribute = " ".join(rest.split()).strip(" ?,:")
        if measured:
            attribute = f"{attribute} {measured.group(1)}".strip()
        # "..., how do they compare": the asking, not what is compared
        attribute = re.sub(
            r"\bhow (?:do|does|did|would) (?:they|these|those|both|the two|it|the numbers)\b",
            " ",
            attribute,
        ).strip(" ?,:")
        attribute = re.sub(
            r"^(?:(?:what|who|the|and|or|of|a|got|gets|get|drew|draws|had|has)\b\W*)+",
            "",
            attribute,
        )
        # "which is cheaper in europe": what the comparison is in, as the articles state it
        measure = next((n for w, n in _MEASURES.items() if re.search(w, question.text)), "")
        if measure in _NAMED_MEASURES and measure not in attribute:
            attribute = f"{measure} {attribute}".strip()
        if b.endswith("'s") and "'s " in a:
            b = b + " " + a.split("'s ", 1)[1]  # "alibaba's price cuts vs huawei cloud's"
        elif a.endswith("'s") and "'s " in b:
            a = a + " " + b.split("'s ", 1)[1]  # "compare alibaba's and huawei's revenue growth"
        elif (
            "'s " in a
            and "'s" not in b
            and not _AMOUNT.search(b)
            and not _CLAUSE.match(b)
            # "vs its record export year", "with the orders it has this year"
            and not re.match(r"(?:its|their|his|her) ", b)
            and not _SIDE_PRONOUN.search(b)
            # "havran's exports in 2024 with its exports in 2025" names its own thing
            and not set(content_terms(a.split("'s ", 1)[1])) & set(content_terms(b))
        ):
            b = b + " " + a.split("'s ", 1)[1]  # "aston martin's fine compare with red bull's"
        shared = re.search(r" ((?:on|about|over|regarding) .+)$", b)
        if shared and not re.search(r" (?:on|about|over|regarding) ", a):
            # "ben sulayem vs toto wolff on v8s": what both sides are asked about
            b, attribute = b[: shared.start()], f"{shared.group(1)} {attribute}"
        named = [_named_article(side, library) for side in (a, b)]
        if all(named) and named[0] != named[1] and not _moment_stories((a, b), library):
            # "the rogan article vs the huawei one", not "a lace piece now vs a year before"
            return _articles_side_by_side(question, library, [m for m in named if m], attribute)
        # Each side is asked on its own, with only the words neither side holds: a side that
        # borrowed the other's phrase ("... after deepseek v4") leaves none of it behind.
        sided = set(f"{a} {b}".split()) | _GLUE
        attribute = " ".join(w for w in re.sub(r"[,?:]", " ", attribute).split() if w not in sided)
        if (_AT_MOMENT.match(b) and not _AT_MOMENT.match(a)) or _BARE_TIME.match(b):
            # "his weight now compare with when he got promoted", "oktoberfest beer now vs 20
            # yrs ago": the first side's thing, then
            b = f"{_thing_of(a)} {b}"
        elif (short := _SHORT_SIDE.match(b)) and _AT_MOMENT.search(a):
            # "the espadin agave price when tres cerros got fined compared with the price in
            # 2026": the agave price in 2026
            thing = _thing_of(a)
            if set(content_terms(short.group(1))) <= set(content_terms(thing)):
                b = f"{thing} {short.group(2)}"
        template = _side_template(fold(question.text))
        side_questions = [
            template.format(side) if template else _measured(side, attribute, measure)
            for side in (a, b)
        ]
        priced = [bool(_AMOUNT.search(f"{side} {attribute}")) for side in (a, b)]
        if not template and not measure and any(priced) and not all(priced):
            # "is the new toll more than the old trekking card": an amount against an amount
            i = priced.index(False)
            side = (a, b)[i]
            if not _CLAUSE.match(side) and not _COUNTED_SIDE.search(side):
                side_questions[i] = f"how much is {side} {attribute}".strip()
        record = _OLD_RECORD.search(side_questions[1])
        if record:
            # "how does the delft cell compare to the previous record": the record it set, and
            # the one before, which the articles call the previous record
            side_questions[1] = _OLD_RECORD.sub("previous record", side_questions[1])
            if "record" not in side_questions[0]:
                side_questions[0] = f"{side_questions[0]} record"
        stories = _event_stories((a, b), library)
        if stories:
            # "h&m shares after the results vs after the closures news": each side is read in
            # the story of its own event
            in_story = _in_story(side_questions, stories, library)
            first = fact(in_story[0], article=stories[0])
            second = fact(in_story[1], article=stories[1])
            return _side_by_side(question, [(a, first), (b, second)], kind="compare")
        first = fact(side_questions[0])
        if _says_both(first, b):
            # "what does a hand split one cost vs a machine one": "A hand-split shingle costs
            # about 3 lei, compared with less than 1 leu for a machine-made one" answers both
            return replace(first, question=question.asked, kind="compare")
        # The second side leans on the first as a follow-up does when it asks the whole of the
        # first one's thing ("the cost of the whole thing" after the first section's), the
        # record before it ("the previous record"), or says "it" or "they" of its subject
        # ("what it expects this year") without a moment of its own ("... during the strike").
        leans = (
            record
            or _WHOLE_OF.search(b)
            or (
                _SIDE_PRONOUN.search(b) and not _SIDE_PRONOUN.search(a) and not _AT_MOMENT.search(b)
            )
        )
        earlier = [] if first.refused or not leans else [Turn.of(first)]
        second = fact(side_questions[1], earlier)
        quoted = _quotes(first)
        if (
            quoted
            and not second.refused
            and (_quotes(second) <= quoted or _opens_on(second, quoted, a, b))
        ):
            # both sides answered by the same sentences: the second side is asked again
            # without them ("his ranking after the us open" is not the one after rio), and
            # keeps them only when nothing else answers (one sentence may give both figures)
            split = _each_in_its_story((a, b), side_questions, (first, second), library, fact)
            if split != (first, second):
                first, second = split
            else:
                again = fact(side_questions[1], earlier, quoted)
                if not again.refused and _names_side(again, b, library):
                    second = again
        return _side_by_side(question, [(a, first), (b, second)], kind="compare")
    topic = " ".join(_COMPARE_WORDS.sub(" ", question.text).split()).strip(" ?,")
    if not content_terms(topic):
        matches = []
    elif _PAIR.search(question.text):
        ranked = library.rank(topic, limit=2)
        matches = [m for m in ranked if m.score >= ranked[0].score / 2]
    else:
        matches = library.about(topic)
    if len(matches) < 2:
        single = fact(question.text)
        return Answer(
            single.question,
            single.text,
            single.refused,
            single.citations,
            single.support,
            kind="compare",
        )
    # "How do the two Rogan episodes differ? Who were the guests?": the clause that asks for a
    # name, number or date leads the query, so each side's quote holds one.
    asked = next((c for c in re.split(r"[?:;]\s*", fold(question.text)) if question_kind(c)), "")
    pair = matches[:2]
    if not asked and not _beyond_titles(topic, pair):
        # "compare the two Microsoft articles": nothing asked but the articles, so each is
        # shown by its opening, which says what it reports.
        return _articles_side_by_side(question, library, pair, "", opening=True)
    return _articles_side_by_side(question, library, pair, f"{asked} {topic}".strip())


#: A sentence setting one figure against another: "..., compared with less than 1 leu for ...".
_SETS_AGAINST = re.compile(r"\b(?:compared (?:with|to)|against|whereas|while|(?<!rather )than)\b")


def _says_both(first: Answer, other: str) -> bool:
    """Whether the first side's answer is one sentence that sets its figure against the other
    side's, naming it."""
    if first.refused or len(first.citations) != 1 or first.text.count("[1]") != 1:
        return False  # (several sentences: "rather than" in one, "a world record" in another)
    quote = first.citations[0].quote
    terms = [t for t in content_terms(other) if t not in _SIDE_GLUE and t != "one"]
    told = _SETS_AGAINST.search(quote)
    return (
        bool(terms)
        and told is not None
        and all(term_matches(t, stems(quote[told.end() :])) for t in terms)
    )


def _names_side(answer: Answer, side: str, library: Library) -> bool:
    """Whether a story the answer cites uses a word of the side: "the old trekking card" is
    not answered by a road's repair bill."""
    terms = [t for t in content_terms(side) if t not in _SIDE_GLUE]
    cited = [a for c in answer.citations if (a := library.article(c.article_id)) is not None]
    return not terms or any(term_matches(t, library.words(a)) for t in terms for a in cited)


#: Words of a side that ask rather than name.
_SIDE_GLUE = frozenset(["old", "new", "previous", "current", "former", "latest", "first"])


#: A side asking what was first planned or estimated, and one asking what it came to.
_FIRST_PLANNED = re.compile(
    r"\b(?:estimate[ds]?|budget(?:ed)?|planned|original(?:ly)?|forecast|promised|first|"
    r"initial|expected|projected)\b"
)
_CAME_TO = re.compile(r"\b(?:final|actual(?:ly)?|end(?:ed)? up|in the end|now|eventually)\b")


def _each_in_its_story(
    sides: Sequence[str],
    asked: Sequence[str],
    answers: tuple[Answer, Answer],
    library: Library,
    fact: Fact,
) -> tuple[Answer, Answer]:
    """Both sides answered by one sentence of the later of a subject's two stories ("the final
    bill ... well above the 8.4 million francs first estimated"): the side asking what was first
    estimated is read in the earlier story, which reported it when it was made."""
    cited = {c.article_id for c in answers[0].citations}
    subject = _subject_of_pair(sides[0], library) or _subject_of_pair(sides[1], library)
    dated = _newest_and_oldest(_titled(subject, library)) if subject else None
    if dated is None or cited != {dated[0]}:
        return answers
    oldest = dated[1]
    for i, side in enumerate(sides):
        other = sides[1 - i]
        if _FIRST_PLANNED.search(side) and _CAME_TO.search(other):
            earlier = fact(asked[i], article=oldest)
            if not earlier.refused:
                return (earlier, answers[1]) if i == 0 else (answers[0], earlier)
    return answers


def _beyond_titles(topic: str, matches: Sequence[ArticleMatch]) -> bool:
    """Whether a topic asks something more than the words both articles' titles share."""
    return any(
        not all(term_matches(t, stems(m.article.title)) for m in matches)
        for t in content_terms(topic)
        if t not in _EACH_WORDS
    )


#: How far the story of a side's event must rank ahead of the next story.
EVENT_MARGIN = 0.05
#: The event a side is set after: "(shares) after the closures news", "react to the results".
_AFTER_EVENT = re.compile(
    r"\b(?:after|to|following) (?:the |its |their |his |her )?(.+?)"
    r"(?: (?:news|announcement|story|article|report))?$"
)


def _event_article(side: str, library: Library) -> ArticleMatch | None:
    """The story of the event a side is set after, when it clearly ranks first for the event
    among the stories whose headlines name whom the side is about: "h&m shares after the
    closures news" is read in the closures story, not in the results story that also gives a
    share price (nor in a power plant's "after closure")."""
    event = _AFTER_EVENT.search(side)
    words = re.findall(r"[\w&.'-]+", side[: event.start()]) if event else []
    about = [w.removesuffix("'s") for w in words if w not in STOPWORDS]
    if event is None or not about or not content_terms(event.group(1)):
        return None
    ranked = [
        m
        for m in library.rank(f"{about[0]} {event.group(1)}", limit=5)
        if about[0].lower() in m.article.title.lower()
    ]
    if not ranked or (len(ranked) > 1 and ranked[0].score - ranked[1].score < EVENT_MARGIN):
        return None
    return ranked[0]


#: A side saying "it" or "they" of a subject: "what it expects this year".
_SIDE_PRONOUN = re.compile(r"\b(?:it|its|they|their|them|there)\b")
#: "the whole thing", "the full line", "in total": the whole of what the other side has a part of.
_WHOLE_OF = re.compile(r"\b(?:whole|entire|overall|full|total|all of it|the rest)\b")
#: A side asked of now ("what does it cost now"); one asked of the start ("what did it cost at
#: launch") is told by ``THEN_ASKED``.
_NOW_SIDE = re.compile(
    r"\b(?:now|currently|today|these days|at the moment|rn|latest|in the end|"
    r"(?:end|ended|ends) up|eventually|finally|actually|"
    # "how many did they hire back later"
    r"(?:hired?|taken|took|brought|come|came) back(?: later)?|"
    # "what's the final bill", "who took over from him": what the later story tells
    r"final (?:bill|cost|price|tally|figure|total|count|sum|budget|amount|number)|"
    r"took over|taken over|succeeded|replaced (?:him|her)|successor|"
    r"this (?:year|season|spring|summer|autumn|fall|winter)(?:'?s)?)\b"
)
#: The moment a side is set at: "(his age) when he won the world title", "at the time of the
#: Events that befall a place, by which a moment of its stories is named: "at the landslide",
#: "in the drought".
_DISASTERS = (
    r"droughts?|floods?|storms?|landslides?|slide|outbreaks?|quake|earthquake|eruption|cyclone|"
    r"typhoon|hurricane|heatwave|frost|hailstorm|hail|blizzard|wildfire|avalanche|rockfall|"
    r"collapse"
)
#: outage", "(the team's budget) when tveit won the giro".
_AT_MOMENT = re.compile(
    r"\b(?:(?:when|after|before|following|during|at the time of|by the time|right after|"
    r"just after|once|"
    # "(what was it charging) the yr the rule started"
    r"the (?:year|season|summer|winter|month|week|day)(?= (?:the|its|their|it|they) \w+ \w))"
    r" (?:the |its |their |his |her |he |she |it |they )?|"
    # "at the reopening", "at its launch": an event, not a place ("at the station")
    r"at (?:the|its|their|his|her) (?=(?:\w+ )?(?:\w+(?:ing|ion|ment)|launch|start|end|results|"
    r"figures|earnings|vote|ruling|deal|sale|auction|strike|fire|crash|final|record|"
    # "(how many families did the coop have) at the landslide"
    rf"{_DISASTERS})\W*$)"
    r"(?!(?:\w+ )?(?:station|region|nation|location|position|mansion|pavilion)\b)|"
    # "(who ran the coop) in the drought": an event that befell the subject
    rf"(?:in|through|since) the (?=(?:\w+ )?(?:{_DISASTERS}|fires?|strikes?|crash|shutdown|"
    r"blackout|pandemic|crisis|cull|scare|freeze|sinkhole|war)\W*$)|"
    # "(the harvest) in the drought year": a year named by what happened in it
    r"in (?:the|that) (?=[\w-]+ (?:year|season|summer|winter|spring|autumn)\W*$)"
    r"(?!(?:same|following|next|previous|last|first|current|whole|entire|calendar|financial|"
    r"fiscal|school|academic|new)\b))(.+?)\W*$"
)


#: A story a side names by what it reports: "(how old is she) in the compensation story", "(what
#: was its revenue) in its record year", "(us sales:) record year".
_STORY_NAMED = re.compile(
    r"\b(?:in|before) (?:the|its|their|his|her|that) (.+?)[- ](?:story|article|report|piece|one|"
    r"news)\b|"
    r"(?:\bin (?:its|their|his|her|the)|:) ((?:record|best|worst|bumper|boom|first|last)[- ]year)\b"
)
_YEAR_ASKED = re.compile(r"\b(?:19|20)\d\d\b")

#: A side that is only a time: "(beer now vs) 20 yrs ago", "(compare with) back in 2025".
_BARE_TIME = re.compile(
    r"^(?:back |way back |as of |(?:what it|what they) (?:was|were|cost) )?(?:in (?:19|20)\d\d|"
    r"(?:\d+|a|one|two|three|four|five|ten|twenty|a few|several) (?:years?|yrs?|decades?|months?)"
    r" (?:ago|before|earlier)|last (?:year|season|time)|back then|then|before)\W*$"
)


#: A side naming only the thing again with its own time: "the price in 2026", "the fee now".
_SHORT_SIDE = re.compile(
    r"^(?:the |its |their )?((?:[\w'-]+ ){0,2}[\w'-]+) ((?:in|during|by) (?:19|20)\d\d|now|today|"
    r"this year|these days)$"
)


def _moment_spans(side: str) -> list[tuple[re.Match[str], str]]:
    """Where a side names the moment or story it is set at, with the words that name it; not
    at its start ("when did the plant open" asks of a moment), nor a year alone."""
    spans = []
    for pattern in (_AT_MOMENT, _STORY_NAMED):
        m = pattern.search(side)
        if m is not None and m.start() > 0:
            named = next(g for g in m.groups() if g is not None)
            if not _YEAR_ASKED.fullmatch(named):
                spans.append((m, named))
    return spans


def _moment_of(side: str) -> str | None:
    """The words naming the moment or story a side is set at."""
    spans = _moment_spans(side)
    return spans[0][1] if spans else None


def _without_moment(side: str) -> str:
    """A side asked in the story of its moment, which the story already sets: "how many
    employees does it have (at the time of the court ruling)", "how old is she (in the
    compensation story)". What its subject did then stays ("how old was he when he retired":
    "retires at the age of 33"), and so does "now", which the newest story's words answer."""
    spans = _moment_spans(side)
    if spans and not (spans[0][0].re is _AT_MOMENT and _DEED_MOMENT.match(spans[0][0].group(0))):
        m = spans[0][0]
        side = " ".join(f"{side[: m.start()]} {side[m.end() :]}".split()).strip(" ,:") or side
    # "what did the rebuild cost in the end": the later story's figure, whatever words it uses
    return " ".join(_IN_THE_END.sub(" ", side).split()) or side


#: Words that only say "the final figure", which the story of the end already sets.
_IN_THE_END = re.compile(rf"\b(?:{IN_THE_END})\b")


def _thing_of(side: str) -> str:
    """What a side asks without the moment it is set at: "how old was calder (when he won at
    ayr)", "ryuseihos weight (now)"."""
    moment = _AT_MOMENT.search(side)
    if moment is not None and moment.start() > 0:
        side = side[: moment.start()]
    return " ".join(_NOW_SIDE.sub(" ", side).split()) or side


#: A moment told by what the subject did: "when he won the world title", "after it posted".
_DEED_MOMENT = re.compile(r"^\w+(?: \w+)?? (?:he|she|it|they|his|her|its|their)\b")


def _subject_of_pair(side: str, library: Library) -> str | None:
    """The word of a side that two or more headlines share: whom a pair of stories is about
    ("pendry" in "how old was pendry when he won the world title", "pendrys record")."""
    titles = [a.title for a in library.all()]
    for word in re.findall(r"[a-z][\w&-]+", side.lower()):
        for form in dict.fromkeys([word.removesuffix("'s"), word.removesuffix("s")]):
            if form in STOPWORDS or len(form) < 3:
                continue
            # a name, written with a capital ("a year" in two headlines is no subject)
            held = [
                m.group(0)
                for t in titles
                if (m := re.search(rf"\b{re.escape(form)}\b", t, re.IGNORECASE))
            ]
            if len(held) >= 2 and any(h[0].isupper() for h in held):
                return form
    return None


def _moment_stories(sides: Sequence[str], library: Library) -> list[str] | None:
    """The stories of two sides set at two moments of one subject's two stories ("what did the
    nava cost at launch and what does it cost now", "how old was pendry when he won the title
    and when he retired"): each side read in the story of its moment, the newest for "now",
    the oldest for "at launch", else the one that ranks first for its moment. Two moments are
    two stories: the side that ranks its story less clearly takes the other one."""
    if len(sides) != 2:
        return None
    subject = _subject_of_pair(sides[0], library) or _subject_of_pair(sides[1], library)
    if subject is not None:
        pair = _titled(subject, library)
    else:
        # "how old was darlene haskell when the deal was signed and when the plant closure was
        # announced": the two stories that tell of the person asked about
        subject = _asked_about(sides[0]) or _pair_name(sides[0], library)
        if subject is None:
            found = _ranked_pair(sides, library)
            if found is None:
                return None
            subject, pair = found
        else:
            mentioning = library.mentioning(subject)
            owner = _OWNED_ROLE.match(subject)
            if len(mentioning) < 2 and owner:
                # "who was kaamos's head musher during the outbreak": the stories of Kaamos
                mentioning = library.mentioning(owner.group(1))
            pair = [a for a in library.all() if a.article_id in mentioning]
            found = None if len(pair) == 2 else _ranked_pair(sides, library)
            if found is not None:
                # "how big was the okada herd before the cull": no two stories say "okada
                # herd", but the question's words rank a pair first
                pair = found[1]
    ends = _newest_and_oldest(pair)
    if ends is None:
        return None
    newest, oldest = ends
    picks: list[tuple[str | None, float]] = []
    for side in sides:
        dated = _published_in(side, pair)
        if dated is not None:
            picks.append((dated, 1.0))
            continue
        if _OLDER_SIDE.search(side):
            picks.append((oldest, 1.0))
            continue
        if _NOW_SIDE.search(side) or _NEWER_SIDE.search(side):
            picks.append((newest, 1.0))
            continue
        if THEN_ASKED.search(side):
            picks.append((oldest, 1.0))
            continue
        moment = _moment_of(side)
        if moment is None or not content_terms(moment):
            if _YEAR_ASKED.search(side):
                # "... in its record year, and what did it drop to in 2025": a year the text
                # tells, not the story's; the side takes the story the other one does not
                picks.append((None, 0.0))
                continue
            return None  # "when did the plant open": what is asked, not the moment it is asked of
        ids = {newest, oldest}
        ranked = [
            m for m in library.rank(f"{subject} {moment}", limit=6) if m.article.article_id in ids
        ]
        if len(ranked) < 2:
            return None
        picks.append((ranked[0].article.article_id, ranked[0].score - ranked[1].score))
    (first, sure), (second, other_sure) = picks
    if first is None and second is None:
        # "ryuseiho's osaka record in 2025 vs 2026": one story published in each year
        years = [_published_year(side, pair) for side in sides]
        if None in years or years[0] == years[1]:
            # "shetland co-op sales 2024 vs 2025": a year's figures are told the year after
            years = [_reported_after(side, pair) for side in sides]
        if None in years or years[0] == years[1]:
            # "gozo salt harvest 2026 vs 2024": the story of 2026, and the one of 2025 giving
            # "last year's" harvest
            years = [_published_year(s, pair) or _reported_after(s, pair) for s in sides]
        return None if None in years or years[0] == years[1] else [y or "" for y in years]
    if first is None or second is None:
        other_of = {newest: oldest, oldest: newest}
        first = first if first is not None else other_of[second or ""]
        second = second if second is not None else other_of[first]
    if first == second:
        if sure == other_sure:
            return None
        other = oldest if first == newest else newest
        first, second = (first, other) if sure > other_sure else (other, second)
    return [first, second]


def _ranked_pair(sides: Sequence[str], library: Library) -> tuple[str, list[StoredArticle]] | None:
    """The two stories a question's words rank first, when they are a pair: dated apart and
    headed by a name they share ("Luang Prabang slow boat owners raise Mekong fares" and
    "Luang Prabang slow boats go online"), though the question never says the name ("how many
    slow boats did the association have then, and how many today"); with that name."""
    ranked = library.rank(" ".join(_thing_of(side) for side in sides), limit=4)
    if len(ranked) < 2:
        return None
    one = ranked[0].article
    # (its pair may rank third: "how many pickers got let go" ranks a church's staff second)
    other = next(
        (m.article for m in ranked[1:3] if title_names(one.title) & title_names(m.article.title)),
        ranked[1].article,
    )
    shared = sorted(title_names(one.title) & title_names(other.title))
    if not shared or _newest_and_oldest([one, other]) is None:
        return None
    if any(
        shared[0] in title_names(m.article.title)
        for m in ranked[:3]
        if m.article not in (one, other)
    ):
        return None  # a name three headlines give is no pair's
    return shared[0], [one, other]


#: How a question names the older or the newer story of a pair by its place: "the first (cheese)
#: story", "the later one".
_OLDER_STORY = r"first|older|earlier|original|previous"
_NEWER_STORY = r"second|newer|later|latest|follow-up"
_PAIRED_STORY = r"(?:[\w'-]+ ){0,2}?(?:story|article|piece|report|one)"
#: A side set at the older story of a pair: "back then", "a year before", "in the first one".
_OLDER_SIDE = re.compile(
    r"\b(?:back then|back in the day|previously|at the time(?! of\b)|"
    r"a year (?:before|earlier|prior)|"
    rf"(?:in|from) the (?:{_OLDER_STORY}|old) {_PAIRED_STORY})\b"
)
#: A side set at the newer story: "in the second article", "in the latest one".
_NEWER_SIDE = re.compile(rf"\b(?:in|from) the (?:{_NEWER_STORY}|new|recent) {_PAIRED_STORY}\b")
#: A moment when something began: "the year the rule started", "when the cap came in".
_STARTED_MOMENT = re.compile(
    r"\b(?:when|the (?:year|season|day|month|week)) (?:the |its |their )?(?:[\w'-]+ ){1,3}"
    r"(?:first )?(?:came in|kicked in|took effect|came into force|started|began|"
    r"(?:was|were) (?:introduced|brought in))\b"
)
#: How much better the story of a question's moment must rank than the pair's other story.
MOMENT_MARGIN = 0.05


def answer_at_moment(text: str, library: Library, fact: Fact) -> Answer:
    """A fact set at an event of a subject told by two stories ("who chaired the coop during the
    drought", "who was its chairman in the drought") is read in the story of that event
    when the whole corpus answers it from the pair's other one, whose lead looks back on the
    event but whose figures and people are of its own time. One set in a story named by its
    date ("per the jan 2025 piece") is read in that story alone."""
    dated = _dated_story(text, library)
    if dated is not None:
        return fact(dated[1], article=dated[0])
    answer = fact(text)
    story = _moment_story(text, library)
    if story is None:
        return answer
    if answer.refused:
        # "how old was peppi caruana when the eu scrapping story ran": a story named holds
        # what the whole corpus, read with the story's words, did not support
        if not _ARTICLE_WORD.search(_moment_spans(text)[0][1]):
            return answer
    elif not answer.citations or answer.citations[0].article_id == story:
        return answer
    told = fact(text, article=story)
    return answer if told.refused else told


#: A story named by when it came out: "(how long is the wait,) per the jan 2025 piece".
_DATED_STORY = re.compile(
    r",?\s*\b(?:in|per|from|according to|acc to) the ((?:[a-z]+ )?(?:(?:19|20)\d\d )?)"
    r"(?:story|article|piece|report|one)\b"
)
#: How many of the articles best matching a question the story of its date must be among.
DATED_RANK = 4


def _dated_story(text: str, library: Library) -> tuple[str, str] | None:
    """The story a question names by its month and year, or its year (of those the question's
    words rank among the first), with the question without that naming: "how long r ppl
    waiting for a costume, per the jan 2025 piece" asks the wait of the January 2025 story."""
    m = _DATED_STORY.search(text)
    if m is None:
        return None
    words = m.group(1).split()
    month = next((w for w in words if w in MONTH_WORDS), None)
    year = next((int(w) for w in words if _YEAR_ASKED.fullmatch(w)), None)
    if year is None or len(words) != (2 if month else 1):
        return None  # "in the wildfire story": a story named by what it tells
    dated = {
        a.article_id
        for a in library.all()
        if (day := published_date(a)) is not None
        and day.year == year
        and (month is None or day.strftime("%B").lower() == month)
    }
    # (read again as typed alone: "franc ceh's age" asks how old he is)
    asked = expand_chat(f"{text[: m.start()]}{text[m.end() :]}".strip())
    ranked = [r.article.article_id for r in library.rank(asked, limit=DATED_RANK)]
    story = next((a for a in ranked if a in dated), None)
    return None if story is None else (story, asked)


def _moment_story(text: str, library: Library) -> str | None:
    """The story of a pair that tells the event a question is set at, when it ranks clearly
    first for the pair's subject and that event."""
    side = _STORY_OF_PAIR.search(text)
    if side is not None:
        # "nadia borcard's age in the first gruyère story": the older story of the pair
        return _story_of_side(text, side.group(1) is not None, library)
    spans = _moment_spans(text)
    if not spans or _NOW_SIDE.search(text):
        return None
    found, moment = spans[0]
    if not content_terms(moment) or _DEED_MOMENT.match(found.group(0)):
        # "when it reopened": what the subject did, which either story may tell
        return None
    if re.match(r"(?:after|following|since|once|right after|just after)\b", found.group(0)):
        # "who bought the workshop after the fire": a time the event's story does not reach
        return None
    subject = _subject_of_pair(text, library)
    if subject is not None:
        pair = _titled(subject, library)
    else:
        # "what was sunnmore elferje charging ... the yr the rule started": the two stories the
        # question's words rank first, when they are a pair
        ranked_pair = _ranked_pair((text,), library)
        if ranked_pair is None:
            return None
        subject, pair = ranked_pair
    if len(pair) != 2:
        return None
    ends = _newest_and_oldest(pair)
    if ends is not None and _STARTED_MOMENT.search(text):
        # "the yr the rule started", "when the cap came in": the start is the older story's
        return ends[1]
    years = set(_YEAR_ASKED.findall(moment))
    of_year = [
        a.article_id
        for a in pair
        if (day := published_date(a)) is not None and str(day.year) in years
    ]
    if len(of_year) == 1:
        # "during the 2025 drought": the story of that year, not the later one looking back
        return of_year[0]
    ids = {a.article_id for a in pair}
    ranked = [
        m for m in library.rank(f"{subject} {moment}", limit=6) if m.article.article_id in ids
    ]
    if len(ranked) < 2 or ranked[0].score - ranked[1].score < MOMENT_MARGIN:
        return None
    return ranked[0].article.article_id


#: A story of a pair named by its place: "in the first gruyère story", "in the later one".
_STORY_OF_PAIR = re.compile(
    rf"\b(?:in|from|per) the (?:({_OLDER_STORY})|{_NEWER_STORY}) {_PAIRED_STORY}\b"
)


def _story_of_side(text: str, older: bool, library: Library) -> str | None:
    """The older (or newer) of the two stories the question names or ranks first."""
    subject = _subject_of_pair(text, library)
    if subject is not None:
        pair = _titled(subject, library)
    else:
        ranked_pair = _ranked_pair((_STORY_OF_PAIR.sub(" ", text),), library)
        if ranked_pair is None:
            return None
        pair = ranked_pair[1]
    ends = _newest_and_oldest(pair)
    if ends is None:
        return None
    return ends[1] if older else ends[0]


def _pair_name(side: str, library: Library) -> str | None:
    """A name of a side that exactly two stories give, capitalised: "backlunds" in "how many
    people worked at backlunds before the fire", told by the fire story and the reopening one
    though neither headline names it."""
    for word in content_terms(_thing_of(side)):
        if (
            word in STOPWORDS
            or word in _VERB_ENDS
            or len(word) < 4
            or word in MONTH_WORDS
            or not word.isalpha()
        ):
            continue  # "in february 2025", "in 2019": when, not whom
        mentioning = library.mentioning(word)
        if len(mentioning) == 2 and all(
            re.search(rf"\b{re.escape(word[0].upper() + word[1:])}", row.text)
            for row in mentioning.values()
        ):
            return word
    return None


def _titled(subject: str, library: Library) -> list[StoredArticle]:
    """The stories whose headlines name the subject."""
    return [a for a in library.all() if re.search(rf"\b{re.escape(subject)}\b", a.title.lower())]


def _newest_and_oldest(pair: Sequence[StoredArticle]) -> tuple[str, str] | None:
    """The newer and the older story of a dated pair, or None for anything else."""
    if len(pair) != 2 or any(published_date(a) is None for a in pair):
        return None
    newest, oldest = (a.article_id for a in newest_first(pair))
    return newest, oldest


#: A side set at a month ("members in april 2025", "quoted in may", "by feb 2026").
_MONTH_SIDE = re.compile(
    r"\b(?:in|by|during|as of|at the end of|back in|from) "
    r"(january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|"
    r"september|sept|sep|october|oct|november|nov|december|dec)\b\.?(?: (20\d\d)\b)?"
)
_MONTH_NUMBERS = "jan feb mar apr may jun jul aug sep oct nov dec".split()  # noqa: SIM905


def _published_in(side: str, pair: Sequence[StoredArticle]) -> str | None:
    """The one story of a pair published in the month a side names: "how many members were
    there in april 2025 and how many by feb 2026" reads each side in the story of its month."""
    m = _MONTH_SIDE.search(side)
    if m is None:
        return None
    month = _MONTH_NUMBERS.index(m.group(1)[:3]) + 1
    year = int(m.group(2)) if m.group(2) else None
    dated = [
        a.article_id
        for a in pair
        if (day := published_date(a)) is not None
        and day.month == month
        and (year is None or day.year == year)
    ]
    return dated[0] if len(dated) == 1 else None


def _in_story(sides: Sequence[str], stories: Sequence[str], library: Library) -> list[str]:
    """Each side as asked in the story of its moment, which sets the moment: without it, and
    without a year that is only each story's year of publication ("ryuseiho's osaka record in
    2025 vs 2026", told "finished the tournament with a 13-2 record")."""
    asked = [_without_moment(side) for side in sides]
    pair = [a for a in library.all() if a.article_id in stories]
    for i, (side, story) in enumerate(zip(sides, stories, strict=True)):
        month = _MONTH_SIDE.search(asked[i])
        if month is not None and _published_in(side, pair) == story:
            # "how many couriers did tiffo say it had in march": the story of march says it
            asked[i] = " ".join(f"{asked[i][: month.start()]} {asked[i][month.end() :]}".split())
    for i, (side, story) in enumerate(zip(sides, stories, strict=True)):
        if _published_year(side, pair) == story:
            # "who ran the bear sanctuary back in 2025": the story of 2025 says who, not when
            asked[i] = " ".join(_IN_YEAR.sub(" ", asked[i]).split()) or asked[i]
            asked[i] = re.sub(r"\s+back$", "", asked[i])
    return asked


_IN_YEAR = re.compile(
    # "in the 2025 piece": the story of that year, named by it
    r"\b(?:(?:in|from|per|according to) the (?:19|20)\d\d (?:story|article|piece|report|one)|"
    r"(?:in |of |for )?(?:19|20)\d\d)\b"
)


def _published_year(side: str, pair: Sequence[StoredArticle]) -> str | None:
    """The one story of a pair published in the year a side names; for a year after both, the
    newer one, which tells what is ahead ("how many have entered for 2027")."""
    year = _YEAR_ASKED.search(side)
    if year is None:
        return None
    days = {a.article_id: published_date(a) for a in pair}
    dated = [i for i, day in days.items() if day is not None and day.year == int(year.group(0))]
    if len(dated) == 1:
        return dated[0]
    known = [(day, i) for i, day in days.items() if day is not None]
    if not dated and len(known) == len(pair) and all(d.year < int(year.group(0)) for d, _ in known):
        return max(known)[1]
    return None


def _reported_after(side: str, pair: Sequence[StoredArticle]) -> str | None:
    """The one story of a pair published the year after the year a side names, which reports
    that year's figures ("sold about 830 garments in 2025", in a story of 2026)."""
    year = _YEAR_ASKED.search(side)
    if year is None:
        return None
    dated = [
        a.article_id
        for a in pair
        if (day := published_date(a)) is not None and day.year == int(year.group(0)) + 1
    ]
    return dated[0] if len(dated) == 1 else None


def _event_stories(sides: Sequence[str], library: Library) -> list[str] | None:
    """The stories of two sides set after two events of one company ("h&m shares after the
    results" and "after the closures news"): two stories whose headlines lead with one name;
    or set at two moments of one subject's stories (:func:`_moment_stories`)."""
    if len(sides) != 2:
        return None
    moments = _moment_stories(sides, library)
    if moments:
        return moments
    one, other = (_event_article(side, library) for side in sides)
    if (
        one is None
        or other is None
        or one.article == other.article
        or lead_name(one.article.title) != lead_name(other.article.title)
    ):
        return None
    return [one.article.article_id, other.article.article_id]


def _named_article(side: str, library: Library) -> ArticleMatch | None:
    """The article a side of a comparison names ("the rogan article"), if it names one."""
    ranked = library.rank(side, limit=2)
    if not ranked or not _ARTICLE_WORD.search(side):
        return None
    best = ranked[0]
    clear = len(ranked) < 2 or best.score - ranked[1].score >= 0.1
    return best if best.title >= 0.5 or best.publisher or clear else None


def _articles_side_by_side(
    question: Question,
    library: Library,
    matches: Sequence[ArticleMatch],
    query: str,
    opening: bool = False,
) -> Answer:
    """Each article's best sentences for the question (or its opening), one line per article."""
    citations = Citations()
    lines = []
    room = LONG_LIMIT // len(matches) - 10
    vector = None if opening else library.vector(query)
    for match in matches:
        head = headline(match.article, 100)
        if vector is None:
            best = library.lead(match.article, room - len(head) - 10)
        else:
            best = library.best_sentences(match.article, query, limit=2, vector=vector)
        quote = cut(" ".join(sentence(r.text) for r in best), room - len(head))
        n = citations.cite(match.article, quote)
        lines.append(f"{head}: {quote} [{n}]")
    return citations.answer(question, "\n".join(lines))


def _one_thing_twice(answers: Sequence[tuple[str, Answer]]) -> bool:
    """Whether two sides ask one thing at two moments: the words of one, but for its years,
    are all in the other ("husavik adult whale ticket in 2025" and "... from next season")."""
    if len(answers) != 2:
        return False
    words = [{t for t in content_terms(part) if not t.isdigit()} for part, _ in answers]
    return bool(words[0] and words[1]) and (words[0] <= words[1] or words[1] <= words[0])


def _side_by_side(question: Question, answers: Sequence[tuple[str, Answer]], kind: str) -> Answer:
    if _one_thing_twice(answers) and answers[0][1].refused != answers[1][1].refused:
        # "husavik adult whale ticket in 2025 vs from next season": "From next season a
        # three-hour trip will cost 13,900 krónur for an adult, up from 11,900" gives both
        told = answers[1][1] if answers[0][1].refused else answers[0][1]
        if len(told.citations) == 1 and gives_earlier_value(told.citations[0].quote):
            answers = [(answers[0][0], told), (answers[1][0], told)]
    if all(a.refused for _, a in answers):
        return Answer(question.asked, REFUSAL, refused=True, citations=(), kind=kind)
    citations = Citations()
    lines = []
    room = LONG_LIMIT // len(answers) - 10
    # Sentences already quoted for an earlier side: one sentence may give both figures ("fell
    # to $4 billion in 2024 from $10.25 billion in 2023"), and it is shown once.
    shown: set[str] = set()
    for part, answer in answers:
        if answer.refused:
            lines.append(f"{cut(part, 80)}: I couldn't find that in the indexed articles.")
            continue
        units = re.findall(r".+?\[\d+\](?=\s|$)", answer.text, re.DOTALL) or [answer.text]
        fresh = [u for u in units if _unmarked(u) not in shown]
        shown.update(_unmarked(u) for u in units)
        if not fresh:
            continue
        text = fresh[0].strip()
        for unit in fresh[1:]:
            if len(text) + len(unit) > room:
                break
            text += unit
        for c in answer.citations:
            n = citations.cite(c)
            for quote in c.quote.split(" … "):
                citations.cite(c, quote)
            text = text.replace(f"[{c.n}]", f"[#{n}]")
        text = text.replace("[#", "[")
        lines.append(cut(text, room) if len(text) > room else text)
    return Answer(
        question.asked,
        "\n".join(lines)[:LONG_LIMIT],
        refused=False,
        citations=citations.build(),
        support=min(a.support for _, a in answers),
        kind=kind,
    )


def _unmarked(unit: str) -> str:
    """A quoted sentence without its ``[n]`` marker, which differs from one answer to another."""
    return re.sub(r"\s*\[\d+\]$", "", unit.strip())
