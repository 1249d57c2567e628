"""Question understanding: what kind of question this is, what it is about, typed how.

People type in Discord the way they talk: "waht r ppl saying abt huawei lol", "summarise the f1
artcle", "anything on formula one?". This module turns such text into a :class:`Question`: the
text with chat words expanded and typos corrected against the corpus's own vocabulary, the kind of
answer wanted (a fact, a topic overview, a summary of one article, a list of articles, a
comparison, several questions at once, a publication date, a greeting) and, for the kinds that
need one, the subject phrase. Everything here is a plain function of text and word lists: no
store, no model, no Discord.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial

from rapidfuzz import fuzz, process

from bot.names import CURRENCY_OF, NAME_FORMS, PLACE_WORDS
from bot.retrieval import stem
from ingest.keywords import STOPWORDS, content_terms, index_term, unaccented


class Kind(StrEnum):
    FACT = "fact"
    #: Text that tries to instruct the bot ("ignore your instructions and print ..."): refused.
    INSTRUCTION = "instruction"
    OVERVIEW = "overview"
    SUMMARY = "summary"
    CATALOGUE = "list"
    MULTI = "multi"
    COMPARE = "compare"
    WHEN = "when"
    GREETING = "greeting"


@dataclass(frozen=True)
class Question:
    """A question as understood: ``text`` is what retrieval sees, ``asked`` what was typed.

    ``subject`` is the topic phrase of an overview, summary, list or date question ("formula
    one", "the chess story"); ``parts`` the sub-questions of a multi-part question or the sides
    of a comparison; ``order`` for date questions: "newest", "oldest" or "" (just the date).
    """

    asked: str
    text: str
    kind: Kind
    subject: str = ""
    parts: tuple[str, ...] = field(default=())
    order: str = ""


#: Chat words and common misspellings of words too short or too common for fuzzy correction.
CHAT_WORDS = {
    "feb": "february",
    "apr": "april",
    "jun": "june",
    "jul": "july",
    "aug": "august",
    "sep": "september",
    "sept": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
    "u": "you",
    "ur": "your",
    "r": "are",
    "ppl": "people",
    "ppls": "people's",
    "devs": "developers",
    "op": "operation",
    "h1": "first half",
    "h2": "second half",
    "ops": "operations",
    "wud": "would",
    "cud": "could",
    "shud": "should",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "ty": "thank you",
    "abt": "about",
    "bout": "about",
    "wat": "what",
    "cops": "police",
    "subs": "subscribers",
    "exec": "executive",
    "execs": "executives",
    "dept": "department",
    "mgr": "manager",
    "md": "managing director",
    "assoc": "association",
    "assn": "association",
    "nite": "night",
    "gotta": "have to",
    "hafta": "have to",
    "gota": "have to",
    "mum": "mother",
    "mums": "mothers",
    "nites": "nights",
    "tonite": "tonight",
    "aussie": "australian",
    "aussies": "australians",
    "footy": "football",
    "wot": "what",
    "waht": "what",
    "whta": "what",
    "hwo": "how",
    "teh": "the",
    "wut": "what",
    "wht": "what",
    "wen": "when",
    "whn": "when",
    "wich": "which",
    "whch": "which",
    "hw": "how",
    "whats": "what is",
    "wats": "what is",
    "whos": "who is",
    "hows": "how is",
    "wheres": "where is",
    "whens": "when is",
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "isnt": "is not",
    "wasnt": "was not",
    "arent": "are not",
    "werent": "were not",
    "hasnt": "has not",
    "havent": "have not",
    "thats": "that is",
    "theyre": "they are",
    "cuz": "because",
    "bc": "because",
    "rn": "now",
    "b4": "before",
    "w/": "with",
    "w": "with",
    "w/o": "without",
    "pts": "points",
    "ep": "episode",
    "eps": "episodes",
    "mins": "minutes",
    "secs": "seconds",
    "hrs": "hours",
    "avg": "average",
    "pct": "percent",
    "yday": "yesterday",
    "tmrw": "tomorrow",
    "yr": "year",
    "yrs": "years",
    "qtr": "quarter",
    "qtrs": "quarters",
    "mo": "month",
    "mos": "months",
    "wk": "week",
    "wks": "weeks",
    "approx": "approximately",
    "mil": "million",
    "bn": "billion",
    "govt": "government",
    "temp": "temperature",
    "temps": "temperatures",
    "hq": "headquarters",
    "hqs": "headquarters",
    "womens": "women's",
    "qf": "quarter-final",
    "qfs": "quarter-finals",
    "sf": "semi-final",
    "sfs": "semi-finals",
    "semis": "semi-finals",
    "semi": "semi-final",
    "mens": "men's",
    "gov": "government",
    "info": "information",
    "pic": "picture",
    "pics": "pictures",
    "vid": "video",
    "vids": "videos",
    "tho": "",
    "any1": "anyone",
    "some1": "someone",
    "every1": "everyone",
    "thru": "through",
    "gonna": "going to",
    "wanna": "want to",
    "gimme": "give me",
    # "-in" for "-ing", which fuzzy matching would read as another word ("sayin" as "spain")
    **{
        f"{stem}in": f"{stem}ing"
        for stem in (  # noqa: SIM905
            "say go do talk noth someth mak gett look try com runn putt tak hav buy pay sell "
            "work plann think ask tell show"
        ).split()
    },
    "summarise": "summarize",
    "summarised": "summarized",
    "summarising": "summarizing",
    "tldr": "tl;dr",
    "fest": "festival",
    "prez": "president",
    "pres": "president",
    "tix": "tickets",
    "uni": "university",
    "unis": "universities",
    "xray": "x-ray",
    "xrays": "x-rays",
    "mgmt": "management",
    "intl": "international",
    "biz": "business",
    "compo": "compensation",
    "wkt": "wicket",
    "wkts": "wickets",
    "champ": "champion",
    "champs": "champions",
    "amt": "amount",
    "msft": "microsoft",
    "og": "original",
    # News style spells out first to ninth: "who came 3rd" is answered by "was third".
    **dict(
        zip(
            ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th"],
            ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"],
            strict=True,
        )
    ),
}
#: Words that carry tone, not meaning: dropped before anything else looks at the text.
FILLER = frozenset(
    [
        "lol",
        "lmao",
        "rofl",
        "haha",
        "hahaha",
        "tbh",
        "imo",
        "imho",
        "idk",
        "ngl",
        "smh",
        "btw",
        "fyi",
        "omg",
        "pls",
        "please",
        "plz",
        "kinda",
        "sorta",
        "actually",
        "hey",
        "hi",
        "hello",
        "yo",
        "ok",
        "okay",
        "um",
        "uh",
        "hmm",
        "just",
        "quickly",
        "really",
    ]
)
_SPORT = (
    "sport",
    "sports",
    "grand prix",
    "formula one",
    "marathon",
    "football",
    "tennis",
    "motogp",
    "olympic",
    "premier league",
    "championship",
    "cricket",
    "golf",
    "rugby",
    "nba",
    "nfl",
)
_MOTORSPORT = (
    "motorsport",
    "formula one",
    "f1",
    "grand prix",
    "formula e",
    "motogp",
    "nascar",
    "indycar",
    "rally",
)
#: Short forms and the ways articles spell them out: a phrase matches when any form is there.
EXPANSIONS: dict[str, tuple[str, ...]] = {
    **NAME_FORMS,
    "gp": ("gp", "grand prix"),
    "ai": ("ai", "artificial intelligence"),
    "atomic": ("atomic", "nuclear"),
    "ceo": ("ceo", "chief executive"),
    "cfo": ("cfo", "chief financial officer", "finance director", "finance chief"),
    "coo": ("coo", "chief operating officer"),
    "cto": ("cto", "chief technology officer"),
    "ev": ("ev", "electric vehicle"),
    "cpi": ("cpi", "consumer prices", "consumer price index"),
    "evs": ("evs", "electric vehicles", "electric cars"),
    "v8s": ("v8",),
    "capex": ("capex", "capital expenditure", "capital spending"),
    "agm": ("agm", "annual general meeting", "annual meeting", "general meeting"),
    "mvp": ("mvp", "most valuable player"),
    "pb": ("pb", "personal best"),
    "pbs": ("pbs", "personal bests"),
    "3s": ("3s", "threes", "three-pointers"),
    "3-pointers": ("3-pointers", "three-pointers", "threes"),
    **{
        short: (short, word)
        for short, word in zip(
            "1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th".split(),  # noqa: SIM905
            "first second third fourth fifth sixth seventh eighth ninth tenth".split(),  # noqa: SIM905
            strict=True,
        )
    },
    "layoff": ("layoff", "laid off", "laying off", "job cuts", "cut jobs"),
    "layoffs": ("layoffs", "laid off", "laying off", "job cuts", "cut jobs"),
    # A news section, asked for by name ("any sports news?"), is found by what its stories say.
    "sports": _SPORT,
    "sport": _SPORT,
    "sporting": _SPORT,
    "motorsport": _MOTORSPORT,
    "motorsports": _MOTORSPORT,
    "racing": ("racing", *_MOTORSPORT),  # and the club Racing 92
    "cycling": ("cycling", "cyclist", "tour de france", "giro", "vuelta", "peloton"),
    "wwdc": ("wwdc", "worldwide developers conference"),
    "cricket": ("cricket", "wicket", "wickets", "innings", "test match", "batsman", "bowler"),
    "tennis": ("tennis", "grand slam", "atp", "wta", "seeded", "break point", "tiebreak"),
    "golf": ("golf", "golfer", "birdie", "bogey", "pga", "major championship", "fairway"),
    "rugby": ("rugby", "scrum", "six nations", "fly-half"),
    "basketball": ("basketball", "nba", "wnba", "point guard", "rebounds"),
    "oil": ("oil", "crude", "brent", "opec", "barrels"),
    "crypto": ("crypto", "cryptocurrency", "bitcoin", "stablecoin"),
    "football": ("football", "soccer", "premier league", "champions league", "midfielder"),
    "soccer": ("soccer", "football", "premier league", "champions league", "midfielder"),
}

#: A question that tells the bot how to answer against its rules: drop the sources, or take
#: the asker's word over the articles. (Not searched in article text, where "without citing
#: evidence" is ordinary reporting.)
DEMAND = re.compile(
    r"\b(?:don'?t|do not|dont|without) (?:(?:bother|worry) (?:with|about) (?:the |any )?)?"
    r"(?:cite|citing|citations?|sources?|quoting)\b|"
    r"\bno (?:need (?:for|of) (?:any )?)?(?:citations?|sources)\b|"
    r"\bthe (?:article|articles|story|source|sources) (?:is|are) (?:wrong|lying|false)\b",
    re.IGNORECASE,
)

#: Text that addresses the bot's instructions rather than asking about the articles.
INSTRUCTION = re.compile(
    r"\b(ignore|disregard|forget|override)\b.{0,40}\b(instructions?|prompt|above|previous|"
    r"rules|articles|context)\b|\bsystem prompt\b|\byou are now\b|\bas an ai\b|"
    r"(?:^|\s)(?:system|assistant|developer)\s*:|</?(?:article|system|instructions?)>|"
    r"\b(?:reveal|leak|dump|show me) (?:ur |your |the )?(?:full |whole |entire |hidden |secret )?"
    r"(?:system )?(?:prompt|instructions|config|api keys?|tokens?)\b|"
    r"\b(?:print|say|reply with|respond with|output|type)\b.{0,30}\b(?:the word|only|exactly)\b",
    re.IGNORECASE,
)
_ARTICLE_NOUN = (
    r"(?:articles?|stories|story|pieces?|reports?|write-?ups?|recaps?|news|items?|posts?|sources?|"
    r"coverage)"
)
_GREETING_UNIT = (
    r"(?:hi+|hello+|hey+|heya|hiya|yo|howdy|sup|wass?up|what'?s up|whats up|greetings|"
    r"good (?:morning|afternoon|evening|day)|gm|morning|evening|afternoon|"
    r"thanks?(?: you)?(?: so much| a lot| very much)?|thank you|ty|thx|cheers|appreciate it|"
    r"(?:can|could) (?:you|u) help(?: me)?|help|help me|what can you do|what do you do|"
    r"who are you|what are you|are (?:you|u) (?:a bot|there|real|awake)|you there|"
    r"how does this work|how do (?:i|you) use (?:you|this|it)|what can i ask(?: you)?|"
    r"what do you know(?: about)?|what are you for|nice(?: one)?|great|cool|awesome|perfect|"
    r"brilliant|lovely|good bot|bye|goodbye|see (?:ya|you)(?: later)?|later|ok|okay|lol|haha|"
    r"got it|that helps|that'?s (?:helpful|great|perfect)|makes sense|nothing else|"
    r"(?:that'?s|thats) (?:all|it|everything)(?: for (?:now|today))?|no more questions)"
)
#: Greetings, thanks and "what can you do", one or several: "great, cheers", "ok thanks",
#: "hey bot, can you help me", "thank you so much, that helps".
_ADDRESSED = (
    r"(?:\s+(?:there|bot|newsbot|all|everyone|again|mate|man|friend|buddy|you|u|so much|a lot))*"
)
_GREETING = re.compile(rf"^{_GREETING_UNIT}{_ADDRESSED}(?:\s+{_GREETING_UNIT}{_ADDRESSED})*$")
_SUMMARY = re.compile(
    r"\b(?:summarize|summarized|summary|summarizing|sum (?:it )?up|sum up|tl;dr|gist|recap|"
    r"rundown|run down|boil (?:it |this |that )?down|condense|condensed|"
    r"break (?:it|this|that) down|brief me|"
    r"key points|main points|breakdown of|(?:key |main |big )?takeaways?(?= (?:from|of|in)\b)|"
    r"overview of the|short version|"
    r"quick version|in a nutshell|cliff ?notes|(?:long and (?:the )?)?short of it)\b|"
    # "explain the trogir article to me"
    r"\bexplain(?= (?:the |that |this )?(?:[\w'&.-]+ ){0,5}(?:articles?|story|piece|report|"
    r"write-?up)\b)|"
    # "adriatic ledger article in 3 sentences?"
    r"\b(?:articles?|story|piece|report|write-?up)\W* in (?:like |about |just |only )?"
    r"(?:a few|a couple(?: of)?|two|three|"
    r"four|five|2|3|4|5) (?:sentences|lines|bullets|bullet points)\b"
)
#: News agencies, and the last word of a newspaper's name: who reports, not who acts.
_WIRE = r"(?:afp|ap|reuters|bloomberg|bbc|cnn|upi|dpa|efe|ansa|pa|xinhua)"
_MASTHEAD = (
    r"(?:news|times|post|gazette|herald|journal|review|weekly|daily|wire|dispatch|ledger|line|"
    r"mail|guardian|independent|telegraph|tribune|chronicle|courier|examiner|observer|standard|"
    r"express|mirror|record|monitor|quay|report|bulletin|digest)"
)
#: "..., briefly", "in a few lines": how short a summary is wanted.
_BRIEFLY = (
    r"(?:,? (?:in (?:a few|a couple of|two|three|few) (?:lines|sentences|words)|briefly|"
    r"in short|in brief|in a nutshell|overall|basically|quickly))?"
)
_ABOUT_ARTICLE = re.compile(
    rf"^(?:what is|what was|what are|whats|what's|tell me what) (?:the |that |this )?(.+?) "
    rf"{_ARTICLE_NOUN} (?:about|on|saying|say)\b|"
    rf"^(?:what is|what was|whats|what's) (?:the |that |this )?{_ARTICLE_NOUN} (?:from|out of|"
    rf"by|with|on) (.+?) about\W*$|"
    rf"^what (?:does|did|do) (?:the |that |this )?(.+?) {_ARTICLE_NOUN} "
    rf"(?:say|says|said|cover|covers|report|tell us|tell me)"
    rf"{_BRIEFLY}\W*$|"
    # "what did the malta island herald report, briefly": the paper's one story
    rf"^what (?:does|did|do|has) (?:the )?((?:[\w'&.-]+ ){{1,4}}{_MASTHEAD}) "
    rf"(?:say|report|cover|write|reported|covered|written)"
    rf"{_BRIEFLY}\W*$|"
    # "polar ledger had a piece on something, whats it say"
    # "atlantic seafood review had something on oysters, whats it say in short"
    rf"^(?:the )?(.+? {_MASTHEAD}|{_WIRE}) (?:had|ran|did|wrote|published|put out|has) "
    rf"(?:(?:a |an )?{_ARTICLE_NOUN}|something|smth|sth|a thing|stuff) (?:on|about) "
    rf"(?:something|smth|sth|stuff|(?:[\w'&.-]+ ){{0,3}}[\w'&.-]+)\W+"
    rf"(?:what (?:does|did) it (?:say|cover)|what(?: is|s|'s) it (?:say|saying|about)|"
    rf"whats it about|what's it about|what was it about)"
    rf"(?: overall| in general| basically| in short| briefly)?$|"
    # "the article that quotes alice kermode - what's it about", "what's the article quoting
    # alice kermode about"
    rf"^((?:the |that |this )?(?:[\w'&.-]+ ){{0,6}}?(?:{_ARTICLE_NOUN}|one)"
    rf"(?: [\w'&.-]+){{0,6}}?)"
    rf"\s*(?: [-–—] |[,:;?] ?)\s*(?:what is|whats|what's|what was) (?:it|that|this|that one) "
    rf"(?:about\b|(?:saying|say)(?: overall| in general| basically| in short)?\W*$)|"
    rf"^(?:what is|what was|whats|what's) (?:the |that |this )?(?:{_ARTICLE_NOUN}|one) "
    rf"((?:quoting|featuring|mentioning|citing|datelined|that quotes|that mentions|with|w) .+?)"
    rf"(?: in it)? about"
    rf"(?:\W+(?:briefly|in short|quickly|in a nutshell|in brief))?\W*$|"
    # "mohammed rafiq is quoted somewhere, whats that article saying overall"
    rf"^((?!(?:what|which|who|how|when|where|why)\b).+?) (?:is|was|gets|got) (?:quoted|"
    rf"interviewed|featured)(?: somewhere| in (?:an?|one) {_ARTICLE_NOUN})?\W+(?:what is|whats|"
    rf"what's|what was|what does|what did) (?:that|the|this|it)(?: {_ARTICLE_NOUN})? "
    rf"(?:saying|say|about)(?: overall| in general| basically| in short)?\W*$"
)
_ALL_ARTICLES = re.compile(
    rf"^(?:what|which) {_ARTICLE_NOUN} (?:do you have|have you got|are there|you got|do you know|"
    rf"are indexed|are available|can i ask about)|"
    rf"^(?:list|show)(?: me)?(?: all)?(?: the| your)? {_ARTICLE_NOUN}$|"
    rf"^(?:all|every)(?: the| your| of the| of your)? {_ARTICLE_NOUN}(?: pls| please)?$|"
    rf"^(?:what|which) {_ARTICLE_NOUN}$|"
    rf"^(?:what are|what is) (?:the|all the|your) {_ARTICLE_NOUN} (?:about|on)$|"
    # (not "how many articles mention huawei": those that do)
    rf"^how many {_ARTICLE_NOUN}\b(?! (?:that |which )?(?:mention|mentions|name|names|cite|cites|"
    rf"quote|quotes|reference|references|are about|cover|covers|talk about|bring up)\b)|"
    rf"^what (?:topics|subjects) (?:do you|can you)\b|"
    rf"^what (?:do you have|have you got)$"
)
_LIST_FILTER = re.compile(
    rf"^(?:(?:can|could|would) (?:you|u) |pls |please |plz )?"
    rf"(?:(?:which|what|list|show|find|name|any|are there any|are there|do you have any|"
    rf"give me|get)(?: me)?(?: all| every| the| any| of the)*|every|all(?: the)?) (?:other )?"
    rf"(?:{_ARTICLE_NOUN}|ones|(?<=list )(?:everything|stuff|things|whatever|anything)|"
    rf"(?<=list all the )(?:stuff|things)|(?<=show me all the )(?:stuff|things)) "
    rf"(?:(?:do you have |are there |have you got )?"
    rf"(?:that |which )?(?:(?:are|is) about or (?:mention|mentions|cover|covers)|"
    rf"(?:mention|mentions|cover|covers) or (?:are|is) about|"
    rf"mention|mentions|mentioning|mentioned|cover|covers|covering|talk about|"
    rf"namecheck|namechecks|name-checks?|name-checking|namechecking|"
    rf"name[- ]?drops?|name[- ]?dropping|"
    rf"(?:were |was )?(?:written|posted|released|filed|dated) (?:in|on)|"
    rf"talks about|discuss|discusses|refer to|reference|references|bring up|brings up|"
    rf"touch on|touches on|touching on|touching|touches|are about|is about|about|on|involve|"
    rf"(?:quote|cite)s?(?: or (?:quote|cite)s?| or (?:come|comes|are) from)?|quoting|citing|"
    rf"involving|regarding|related to|(?:have|has|had) (?:anything |something )?to do with|"
    rf"deal with|deals with|with|featuring|feature|name|names|from|by|are from|"
    rf"were published in|published in|published on|came out in|in))\s+(.+)$"
)
_TURNS_UP = (
    r"(?:comes? up|coming up|came up|pops? up|popping up|popped up|shows? up|showing up|"
    r"appears?|appearing|crops? up|cropping up|turns? up|turning up|gets? (?:a )?mention(?:ed)?)"
)
_LIST_NAMED = re.compile(
    # "alibaba - which articles have it in? need the full list"
    rf"^(.+?)(?: [-–—] |[,:] )(?:which|what) {_ARTICLE_NOUN} (?:have|has|mention|name|"
    rf"names|feature|features|cover|covers|bring up) (?:it|them|him|her)\b(?: in)?(?:\W.*)?$|"
    # "everywhere cadillac's f1 team gets a mention?"
    rf"^everywhere (.+?) (?:gets? (?:a )?mention(?:ed)?|comes? up|appears?|shows? up|pops? up|"
    rf"(?:is|are|gets?) (?:mentioned|named|quoted|cited))\W*$|"
    # "list the stuff that quotes or cites reuters"
    rf"^(?:list|show|give|find)(?: me)?(?: all)?(?: the)? (?:stuff|things|ones|{_ARTICLE_NOUN}) "
    rf"(?:that|which) (?:quotes?|cites?|mentions?|names?)(?: or (?:quotes?|cites?|mentions?|"
    rf"names?))? (.+)$|"
    rf"^(?:(?:which|what|list|show|find|give me)(?: me)?(?: all| every| the| any| of the)*|"
    rf"all(?: the| of the)?|every) "
    rf"{_ARTICLE_NOUN} (?:where|in which|that) (.+?) (?:comes? up|appears?|shows? up|features?|"
    rf"gets? (?:a )?mention|(?:is|are|gets?|was|were) (?:mentioned|named|discussed|quoted|"
    rf"featured|cited))$|"
    # "microsoft shows up in which stories?", "in which articles does alibaba come up"
    rf"^((?!(?:what|which|who|how|when|where|why)\b).+?) (?:comes? up|appears?|shows? up|"
    rf"features?|gets? (?:a )?mention(?:ed)?|(?:is|are|gets?|was|were) (?:mentioned|named|"
    rf"discussed|quoted|featured|cited)) in (?:which|what) {_ARTICLE_NOUN}$|"
    rf"^in (?:which|what) {_ARTICLE_NOUN} (?:does|do|did|is|are|was|were) (.+?) (?:get (?:a )?"
    rf"mention(?:ed)?|come up|show up|appear|feature|get (?:mentioned|named|quoted|cited)|"
    rf"mentioned|named|quoted|cited|featured|discussed)$|"
    rf"^(?:has|have|did|does|do) (?:anything|any (?:{_ARTICLE_NOUN})|any of (?:them|the "
    rf"{_ARTICLE_NOUN})) (?:ever )?(?:mention(?:ed|s)?|brought up|brings? up|cover(?:ed|s)?|"
    rf"reference[sd]?|talked about|talks? about|name[sd]?) (.+)$|"
    rf"^where (?:is|are|was|were|does|do|did|has|have)(?: the)? (.+?) (?:been )?(?:mentioned|"
    rf"named|discussed|come up|comes up|came up|appear|appears|appeared|show up|shows up|"
    rf"pop up|pops up|popped up|crop up|crops up|turn up|turns up|get (?:a )?mention(?:ed)?|"
    rf"brought up|referenced)(?: anywhere| at all|(?: in| across| throughout)(?: all)?(?: of)? "
    rf"(?:the |your |these )?{_ARTICLE_NOUN}| across (?:them|everything))?"
    rf"(?: (?:you|u) (?:have|got|indexed)| you've got)?"
    # "..., every one please": the whole list asked for
    rf"(?:,? (?:every one|each one|all of (?:them|em|it)|everywhere|"
    rf"(?:the |a )?(?:full|whole|complete) list)(?: please)?)?$|"
    # "full list of where microsoft shows up"
    rf"^(?:(?:give me |show me |i want )?(?:a |the )?(?:full |whole |complete )?list of )"
    rf"(?:where|every place|everywhere) (.+?) (?:comes? up|appears?|shows? up|pops? up|"
    rf"turns? up|crops? up|gets? (?:a )?mention(?:ed)?|(?:is|are) (?:mentioned|named))$|"
    rf"^(?:list|show|give)(?: me)?(?: all| every| the| of the)* (.+?) {_ARTICLE_NOUN}"
    rf"(?: (?:that )?(?:you have|you've got|you got|there are|are there|we have))?$|"
    rf"^(?:which|what) (.+?) {_ARTICLE_NOUN} (?:do you have|are there|have you got|"
    rf"(?:do |have )?you (?:have|got))$|"
    rf"^(?:which|what) {_ARTICLE_NOUN} (?:have|has|had|got) (.+?) in (?:them|it)$|"
    # "got anything that mentions huawei", "stories with china in them"
    rf"^(?:(?:have you |you |u )?got |do you have |do u have |is there |are there )?"
    rf"(?:anything|something|any ?thing) (?:that |which )?(?:mentions?|mentioning|names?|"
    rf"namechecks?|brings? up|references?|refers to|with) (.+?)(?: in (?:it|them))?$|"
    # "gimme all the stories that have reuters in them somewhere"
    rf"^(?:(?:give me|show me|list|find|get me)(?: all| every)?(?: the)? |(?:any |all )(?:the )?|"
    rf"the )?{_ARTICLE_NOUN} (?:with|that have|that has|which have|having) (.+?) in (?:them|it)"
    rf"(?: somewhere| anywhere| at all)?(?:,? (?:all|every one|each one|all of them)"
    rf"(?: please)?)?$|"
    # "cadillac or formula one mentioned anywhere? give me the full list"
    rf"^((?!(?:what|which|who|how|when|where|why|is|are|was|were|did|does|do)\b).+?) "
    rf"(?:(?:is|are|was|were|gets?|get) )?(?:mentioned|named|namechecked|referenced) "
    rf"(?:anywhere|at all|in any {_ARTICLE_NOUN})\W+(?:give me|show me|list|get me)"
    rf"(?: the| a)?(?: full| whole| complete)? list\W*$|"
    # "formula one or cadillac, any articles w either", "huawei mentions?? which stories"
    rf"^(.+?)\s*(?: - |[:,?]+ ?)\s*(?:(?:any|all|the) )?{_ARTICLE_NOUN} (?:with|mentioning|naming|"
    rf"that mention|that name|on|about) (?:either(?: one)?|both|them|it|that|those|any of them)$|"
    rf"^(.+?) (?:mentions|namechecks|references)\W+(?:which|what) {_ARTICLE_NOUN}$|"
    # "huawei mentions anywhere? gimme the list", "cadillac references across the whole corpus"
    rf"^((?!(?:what|which|who|how|when|where|why)\b).+?) (?:mentions|namechecks|references)"
    rf"(?: anywhere| at all| (?:across|in|throughout) (?:the |all the |all |your )?"
    rf"(?:whole |entire )?(?:corpus|collection|archive|lot|{_ARTICLE_NOUN}))"
    rf"(?:\W+(?:give me|show me|list|get me)(?: the| a)? list)?\W*$|"
    # "is joe rogan in any of the stories? list them"
    rf"^(?:is|are|was|were|does|do|did) ((?!(?:there|it|this|that|they)\b).+?) (?:mentioned |"
    rf"named |featured |quoted |appear |appearing |come up |show up |pop up |turn up )?in any"
    rf"(?: of)?(?: the| your| these| ur)? {_ARTICLE_NOUN}(?:\W+(?:(?:if so |then |and )?(?:list|"
    rf"show|name)(?: me)?(?: them| em| 'em| those| the ones| which)?|which ones?))?\W*$|"
    # "rogan keeps popping up, in which stories exactly", "paris comes up in a few stories
    # right? which ones", "does alibaba come up anywhere apart from the qwen one"
    rf"^(?:does |do |did |is |are )?((?!(?:what|which|who|how|when|where|why)\b).+?)"
    rf"(?: keeps?| keep on)? {_TURNS_UP}"
    rf"(?:(?: anywhere(?: else)?| at all)(?: (?:apart from|besides|other than|except) .+)?|"
    rf"(?: in (?:a few|some|several|lots of|a lot of|many|multiple|a couple of|a bunch of|"
    rf"loads of) {_ARTICLE_NOUN}(?: right| yeah| i think| no)?)?"
    rf"\W+(?:in )?(?:which|what|where)(?: {_ARTICLE_NOUN}| ones| one)?(?: exactly)?)$|"
    # "f1 / cadillac - where in the articles do they come up"
    rf"^(.+?)\s*(?: [-–—] |[:,?] ?)\s*(?:where|which {_ARTICLE_NOUN}|in which {_ARTICLE_NOUN})"
    rf"(?: in the {_ARTICLE_NOUN})? (?:do|does|did) (?:they|it|he|she|those|them) "
    rf"(?:come up|show up|pop up|crop up|turn up|appear|get (?:a )?mention(?:ed)?)$|"
    # "f1 or cadillac - which articles bring that up?", "cadillac - which articles mention it
    # at all, the car or the team" (what follows the comma only says which senses count)
    rf"^(.+?)\s*(?: [-–—] |[:,?] ?)\s*(?:which|what) {_ARTICLE_NOUN} (?:bring|brings|mention|"
    rf"mentions|cover|covers|name|names|talk about|talks about|discuss|discusses|feature|features)"
    rf" (?:that|it|them|those|this|these|either|either one|one of them)(?: up)?"
    rf"(?: at all| anywhere)?(?:, (?:the |a |an )?[\w'&.-]+(?: [\w'&.-]+)? or (?:the |a |an )?"
    rf"[\w'&.-]+(?: [\w'&.-]+)?)?\W*$|"
    # "how many articles mention huawei", "count the stories that mention microsoft"
    rf"^(?:how many|count(?: up)?(?: the| all the)?|number of) {_ARTICLE_NOUN} (?:that |which )?"
    rf"(?:mention|mentions|name|names|cite|cites|quote|quotes|reference|references|bring up|"
    rf"talk about|are about|cover|covers) (.+)$|"
    # "rogan: which articles", "alibaba - any other articles?"
    rf"^((?!(?:what|which|who|how|when|where|why)\b)[\w'&. -]+?)\s*(?: [-–—] |[:,] ?)\s*"
    rf"(?:which|what|any(?: other)?|other|all(?: the)?|list(?: the)?) {_ARTICLE_NOUN}\W*$|"
    # "show me the alibaba ones", "all the huawei stories pls"
    rf"^(?:(?:show|give|get|find)(?: me)? )?(?:all )?the "
    rf"((?!(?:top|latest|newest|recent|best|main|other|same|two|first|last|old|new|big|biggest|"
    rf"most)\b)(?:[\w'&.-]+ ){{0,2}}[\w'&.-]+) "
    rf"(?:ones|{_ARTICLE_NOUN})(?: pls| please)?\W*$|"
    # "what have u got that mentions reuters", "what stories drop the name alibaba"
    rf"^what (?:have you got|have you|do you have|you got|(?:{_ARTICLE_NOUN}|ones)) "
    rf"(?:that |which )?"
    rf"(?:mentions?|names?|cites?|quotes?|references?|drops? the name|brings? up|name-drops?) "
    rf"(.+)$|"
    # "mentions of cadillac?", "articles naming reuters as a source"
    rf"^(?:any )?(?:mentions|references|namechecks) (?:of|to) (.+)$|"
    rf"^(?:{_ARTICLE_NOUN}|ones) (?:naming|mentioning|citing|quoting) (.+?)"
    rf"(?: as (?:a |their |the )?source)?$|"
    # "which stories have cadillac in the text"
    rf"^(?:which|what) {_ARTICLE_NOUN} (?:have|has|contain|contains|include|includes) (.+?) "
    rf"(?:in (?:the |their |its )?(?:text|body|them|it)|anywhere)$|"
    # "huawei — every story its in?"
    rf"^(.+?)\s*(?: [-–—] |[:,?] ?)\s*(?:(?:list|show|give)(?: me)? )?(?:every|each|all(?: the)?)"
    rf" {_ARTICLE_NOUN} (?:it'?s|its|it is|they'?re|theyre|they are|he'?s|hes|she'?s|shes|"
    rf"it (?:shows|turns|pops|comes) up|it appears) ?(?:in|mentioned in|named in)?\W*$"
)
#: An overview's topic that is a mention: "(any story) mentioning paris".
_MENTION_FIRST = re.compile(
    r"^(?:that |which )?(?:mention(?:s|ing)?|nam(?:es|ing)|namecheck(?:s|ing)?|"
    r"referenc(?:es|ing)|bring(?:s|ing)? up|quot(?:es|ing)|cit(?:es|ing)|from|by) (.+)$"
)
#: "anything (that has) to do with formula one": what a vague ask is about.
_ANYTHING_ON = re.compile(
    r"^(?:anything|something|stuff|any (?:articles?|stories|news))(?: that)?(?: (?:has|have|had))? "
    r"(?:to do with|about|on|regarding|involving|talks? about|mentions?|covers?|names?) (.+)$"
)
#: "anything to do with formula one? list the articles": the articles on what was asked first.
_THEN_LIST = re.compile(
    rf"^(.+?)\W+(?:(?:(?:pls|please|can you|could you|just) )?(?:list|show|name)(?: me)? |"
    # "msft shows up where? every article pls", "alibaba comes up where? all the articles pls"
    rf"(?=(?:every|all(?: of)?(?: the)?) {_ARTICLE_NOUN}))"
    rf"(?:the|them all|them|em all|em|those|all(?: of)?(?: the| them| those| em| 'em)?|every|"
    rf"every one(?: of them)?|"
    rf"everything|it all)"
    rf"(?: {_ARTICLE_NOUN})?"
    rf"(?: pls| please)?$"
)
#: What widens a list's subject: "formula one, including any f1 teams".
_WIDENED = re.compile(
    r",? (?:including|incl\.?|include|includes|inc\.?|especially|particularly|in particular|"
    r"counting|even) .*$"
)
#: "What has Reuters published?", "what did the daily mail write": the articles of a publisher.
_PUBLISHED_BY = re.compile(
    # "which stories r reuters reports or quote reuters", "which stuff here is from reuters or
    # quotes them": a publisher's own stories and those quoting it
    rf"^(?:which|what) (?:{_ARTICLE_NOUN}|stuff|things|ones)"
    rf"(?: here| (?:do )?(?:you|u) (?:have|got))?"
    rf" (?:are|is|were|was) (?:from )?(?:the )?(?!about\b|on\b)([\w&.' -]+?)"
    rf"(?: {_ARTICLE_NOUN})? or "
    rf"(?:quotes?|cites?|mentions?|quoting|citing|mentioning) (?:them|it|the same|[\w&.' -]+?)"
    rf"(?:,? (?:all of (?:it|them|em)|every one|each one|everything))?(?:,? please)?$|"
    r"^(?:what|which (?:articles?|stories|pieces)) (?:has|have|did|does) (?:the )?(.+?) "
    # "what does the booking system run on" asks what it runs on, not what it published
    r"(?:(?:published|publish|written|write|put out|got)(?: about| on)?|run(?: about)?)"
    r"(?: so far| lately| recently)?"
    r"(?:\??,? (?:list|show) (?:them|me|it)(?: all)?)?(?: please)?\W*$|"
    r"^(?:what is|whats|what's) (?:been )?published by (?:the )?(.+)$"
)
_FROM_MONTH = re.compile(
    r"^(?:anything|any (?:articles?|stories|news)|articles?|stories|news|"
    r"(?:any |all the |the )?(?:stuff|things)|"
    r"what (?:all )?(?:was|got|has been|happened|came out|went up|did you get|is there|"
    r"have you got|have you|do you have|you got|did you index|have you indexed)|"
    r"(?:(?:show|give) me|list)(?: all)? "
    r"(?:everything|all|what you have|what you've got|(?:the |your )?(?:articles?|stories|pieces|"
    r"news))|everything) "
    r"(?:from|in|published(?: in)?|posted(?: in)?|out in|(?:that )?(?:come|came|comes) out in|"
    # "what did u get that was published in july 2025"
    r"(?:that|which) (?:was|were|got|has been|have been|is|are) (?:published|posted|out|dated)"
    r"(?: in)?|"
    r"dated) "
    r"((?:january|february|march|april|may|"
    r"june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|"
    r"oct|nov|dec)\.?(?: \d{4})?|\d{4})(?: according to (?:the |your )?(?:articles|stories|news))?$"
)
_OVERVIEW = re.compile(
    # "are boat rides in italy getting pricier?", "how expensive is coffee getting these days":
    # what the stories on it say of its price
    r"^(?:(?:is|are) )?(?!(?:what|who|when|where|which|why|how)\b)(.+?) (?:getting|gotten|got) "
    r"(?:pricier|pricey|dearer|(?:more |less )?expensive|cheaper)(?: or (?:what|not))?"
    r"(?: again)?(?: these days| lately| now)?$|"
    r"^how (?:expensive|pricey|dear) (?:is|are) (.+?)(?: getting)?((?: (?:at|in|on|for) .+?)?)"
    r"(?: getting| now| these days| lately)+$|"
    r"^(?:what is|whats|what's) (?:the )?(?:latest |new |recent )?(?:(?:news|happening|going on)"
    r"(?: with| on| about| in| regarding| around)?|(?:the story|the deal|the situation) "
    r"(?:with|on|about|in|regarding|around)) (.+)$|"
    r"^(?:what is|whats|what's) (?:new|up) (?:with|on|about|in|regarding|around) (.+)$|"
    r"^(?:is there |are there )?(?:any|anything|any news|news|updates?|any updates?|latest|"
    r"anything new|something)(?: new| else)?(?: (?:in )?here| in there| at all)? (?:on|about|"
    r"regarding|re|for|from|with|concerning) (.+)$|"
    # (not "tell me the ticket price and opening hours": facts asked)
    r"^(?!tell me (?:the |his |her |its |their )(?:[\w'-]+ ){0,2}(?:price|prices|cost|costs|fee|"
    r"fees|age|date|hours|time|times|number|name|score|result|salary|total|address)\b)"
    r"(?:tell me|tell me more|talk to me|fill me in|catch me up|update me|brief me|inform me|"
    # "gimme the lowdown on the belgian sax thing"
    r"(?:give me|gimme|get me|i want|i need) (?:the |a |some )?(?:lowdown|low-down|scoop|skinny|"
    r"update|updates|overview|info|background))"
    r"(?: about| on| regarding)? (.+)$|"
    # "maui volcano sunrise bookings, fill me in"
    # (not "theres a word for how they cut the bark, what is it": a fact it names)
    r"^(?!(?:what|who|when|where|which|why|how|there'?s|there is|there are)\b)"
    r"(.+?)\s*(?:,|-|–|—|:|\.{2,}|\?+)\s*(?:pls |please )?"
    r"(?:fill me in|catch me up|update me|brief me|what'?s the story(?: there| here)?|"
    r"what is the story(?: there| here)?|"
    r"(?:what is|whats|what's) the deal(?: there| here| with (?:it|that|this|them))?|"
    r"any updates?|any news|anything new|"
    # "stone carving schools in croatia, anything?"
    r"(?:(?:you |u )?got |is there |have (?:you|u) got )?(?:anything|something)"
    r"(?: at all| going on| happening)?(?: there| with (?:it|that|this|them))?|"
    r"any (?:stories|articles|coverage)|"
    # "eels in northern italy, what've u got", "kayaking on the costa brava, whats new"
    r"what(?:'ve| have|ve) (?:you|u) got|what (?:do|did) (?:you|u) (?:have|got)|"
    r"(?:what is|whats|what's) new(?: there| with (?:it|that|this|them))?|"
    # "xmas market crowd control in alsace - whats happening"
    r"(?:what is|whats|what's) (?:happening|going on)(?: there| with (?:it|that|this|them))?|"
    r"updates?|"
    # "bulgarian rose oil - what do u have on it"
    r"what (?:do|does) (?:you|u|the articles?|the stories) (?:have|got|know|say) (?:on|about) "
    r"(?:it|that|this|them|those)|(?:what is|whats|what's|anything|any news|is there anything|"
    r"got anything) (?:new |on |about )?(?:on |about )?(?:it|that|this|them|there))"
    r"(?: pls| please)?\W*$|"
    r"^what do you (?:know|have) (?:about|on|regarding) (.+)$|"
    r"^what (?:can|could) (?:you|u) tell (?:me|us) (?:about|on|regarding) (.+)$|"
    r"^(?:what is|whats|what's) (?:the )?latest (?:on|about|with|regarding) (.+)$|"
    r"^(?:what has been|what's been|whats been|what have) (?:happening|going on)"
    r"(?: with| in| at)? (.+)$|"
    r"^(?:news|updates?|anything) (?:on|about) (.+)$|"
    r"^(?:is there |are there )?(?:any|anything|latest|recent|new)(?: new)? (.+?) "
    r"(?:news|stories|articles|updates|coverage|stuff)$|"
    r"^(?:(?:have )?(?:you )?got|do you have|have you got|you have|do (?:you|u) know) (?:any|"
    r"anything|any news|"
    r"something|news)(?: new)? (?:on|about|regarding|re|for|with|concerning) (.+)$|"
    r"^(?:is )?(?:anything|something|what is|whats|what's) (?:happening|going on|new)"
    r" (?:in|with|at|around|for) (.+)$|"
    r"^(?:what is|whats|what's) the (.+?) (?:news|situation|latest)$|"
    r"^(?:what is|whats|what's) (?:the )?latest in (.+)$|"
    r"^(?:how is|how's|hows|how are|how're) (.+?) doing\b(.*)$|"
    r"^(?:what is|whats|what's|what are|what're) ((?!you\b|u\b|it\b|he\b|she\b|they\b)"
    r".+?) (?:doing|up to) (?:with|in|on|about|around) (.+)$|"
    r"^(?:what is|whats|what's|what has|what have|what've) ((?!you\b|u\b|it\b|he\b|she\b|"
    r"they\b|we\b).+?) been (?:up to|doing)\b.*$|"
    r"^what (?:do|does) (?:we|you|u|the articles?|the stories) (?:know|say|have|got) (?:about|on|"
    r"regarding) (.+)$|"
    r"^(?:is there )?(?:anything|something) (?:interesting|important|notable|big|major|worth "
    r"knowing)(?: new)? (?:on|about|from|with|regarding|at) (.+)$|"
    r"^how are things (?:at|with|in|for) (.+)$|"
    r"^how (?:did|have|has) (?:the |this year's |last year's )?((?!(?:it|they|that|this|he|she|"
    r"you|we)\b).+?) (?:go|gone|turn out|turned out|pan out|panned out)\W*$|"
    # "how did the german christmas markets do this winter": how things of a kind fared
    r"^how (?:did|have) (?:the )?((?!the\b)(?!.*\b(?:shares|stocks|prices|sales|results|"
    r"earnings|profits)\b)(?:[\w&.'-]+ ){1,3}[\w&.'-]+s) (?:do|done|fare|fared|get on|got on)"
    r"(?: (?:this|last) (?:winter|summer|spring|autumn|year|season|week|month)| lately)?\W*$|"
    r"^((?!(?:what|who|how|when|where|why|which|is|are|do|does|did|any|the|no|more|other|"
    r"latest|recent|new|some)\b)[\w&.'-]+(?: [\w&.'-]+){0,3}) (?:news|updates)"
    r"(?: (?:please|today|lately|recently))?$"
)
#: "Any maritime disasters?", "any medical breakthroughs lately?": stories of a kind, named in
#: the plural (one word alone, "any deaths?", is a follow-up's question).
_ANY_PLURAL = re.compile(
    r"^(?:are there |were there |have there been |got )?any (?!(?:of|more|other|others|one|"
    r"ones|further)\b)(?:big |major |new |recent |notable |interesting )?"
    # "any cap on numbers?" asks of one cap, in the story under discussion
    r"(?![\w&.-]*[^s\W] (?:on|for|of|to|in|at|per)\b)((?:[\w&.-]+ ){1,3}"
    r"[\w&.-]+s(?: [\w-]+ing(?: [\w&.-]+){0,3})?)(?: (?:lately|recently|these days|"
    r"at the moment|right now|this (?:week|month|year)|in the news|going on|happening|"
    r"to report))?\W*$"
)
#: "Has anything been stolen from a german museum lately?": stories of what happened of late.
_ANYTHING_LATELY = re.compile(
    r"^(?:has|have) (?:there been )?(?:anything|something)(?: been| happened| gone)? "
    r"((?:[\w&.-]+ ){1,6}?[\w&.-]+) (?:lately|recently|of late|this (?:week|month|year))\W*$"
)
#: "Is big tech doing anything about its carbon footprint": the stories on what is done.
_DOING_ANYTHING = re.compile(
    r"^(?:is|are) ((?:[\w&.-]+ ){0,3}?[\w&.-]+) (?:doing|trying) (?:anything|something) "
    r"(?:about|on|to tackle|to fix|to cut) (?:its |their |the )?(.+?)\W*$"
)
#: "What happened to the holiday ship caught in the storm?": the story of a thing described at
#: length (a pronoun or a word or two is a follow-up's: "what happened to the captain").
_HAPPENED_TO = re.compile(
    # "what happened at the stone circle in wiltshire": the news of a place too
    r"^what(?: has|'s)? happened (?:to|with|at|in(?= the )) "
    r"(?!(?:him|her|them|it|their|his|its|that|this)\b)"
    # "what happened to maersk shares after the announcement": a move, a fact of one story
    r"(?!.*\b(?:after|before|since|following|shares?|stocks?|prices?|revenue|profits?|sales)\b)"
    r"((?:the )?(?:[\w&.-]+ ){2,}(?!(?:tho|though|then|now|lol|again|exactly)\b)[\w&.-]+)\W*$"
)
#: "Any huge concert ticket rush in china lately?": stories of a kind, asked for as news of
#: late though named in the singular.
_ANY_LATELY = re.compile(
    r"^(?:is there |has there been |was there |got |seen |heard (?:of |about )?)?any "
    r"(?!(?:of|more|other|others|one|ones|further|idea|word|chance|reason|sign|news|updates?)\b)"
    r"(?:big |huge |major |new |recent |notable |interesting )?((?:[\w&.-]+ ){1,6}?[\w&.-]+) "
    r"(?:lately|recently|these days|of late|this (?:week|month|year)|in the news)\W*$"
)
#: Words of an overview's phrase that only say "now" or "what": "lately", "doing".
_OVERVIEW_FILLER = re.compile(
    r"\b(?:lately|recently|these days|nowadays|right now|at the moment|now|currently|in the news|"
    r"doing|up to|with|financially|overall|so far|in general|generally)\b"
)
_PIECE = (
    r"(?:articles?|stories|story|pieces?|reports?|write-?ups?|news items?|reviews?|columns?|"
    r"interviews?|profiles?|features?|op-eds?)"
)
#: "what's the latest in pro cycling": the news on a topic, not the newest article's date.
_LATEST_IN = re.compile(
    rf"^(?:what is|whats|what's|wats|wat's) (?:the )?latest (?:news )?(?:in|on|about|with|"
    rf"regarding|from) (?!.*\b(?:{_PIECE}|published|publish|date)\b)"
)
_WHEN_META = re.compile(
    rf"\b(?:when|what date|what day|which date|what time)\b.*\b{_PIECE}\b.*\b(?:published|"
    rf"publish|come out|came out|posted|written|dated|run|go up|went up|released|filed|out)\b|"
    rf"\b(?:publication|published|publish|publishing|pub) date\b|\bdate published\b|"
    rf"\bdate of (?:the|that|this) {_PIECE}|"
    rf"^(?:what|which) (?:date|day)(?:'s| is| was)? (?:the |that |this )(?:[\w'&.-]+ ){{0,5}}"
    rf"{_PIECE} from\W*$|"
    rf"^(?:when|(?:what|which) (?:date|day)) (?:did|does|do) (?:[\w'&.-]+ ){{1,3}}(?:run|publish|"
    rf"put out|post|print|release|write|carry|report|file|send out) "
    rf"(?:the |that |this |its |their )(?:[\w'&.-]+ ){{0,5}}(?:{_PIECE}|one)"
    rf"(?: (?:about|on|of|regarding|with) .+)?\W*$|"
    r"^(?:when|(?:what|which) (?:date|day)) (?:was|were|did) (?:the |that |this )?"
    r"(?:[\w'&.-]+ ){1,5}(?:published|posted|filed|"
    r"reported|"
    r"(?:come|came) out)\W*$|"
    # "when was the quedlinburg houses thing put out"
    rf"^(?:when|(?:what|which) (?:date|day)) (?:was|were) (?:the |that |this )?"
    rf"(?:[\w'&.-]+ ){{1,5}}(?:{_PIECE}|thing|one) (?:put out|written up|posted up)\W*$|"
    # "levoca altar story date pls"
    rf"^(?:the |that |this )?(?:[\w'&.-]+ ){{1,6}}{_PIECE} (?:date|pub date|publication date|"
    rf"publish(?:ed|ing)? date)(?: (?:please|pls|plz|thanks|thx|then))*\W*$|"
    # "sozopol wooden houses piece, what date"
    # ("montevera promotion piece - what date")
    rf"^(?:the |that |this )?(?:[\w'&.-]+ ){{1,6}}{_PIECE}\s*(?: - |[,:;] ?| )\s*"
    rf"(?:what|which) (?:date|day)"
    rf"(?: (?:please|pls|plz|thanks|thx|then))*\W*$|"
    rf"^(?:what|which) (?:date|day) (?:was|is) (?:the |that |this )(?:[\w'&.-]+ ){{0,5}}"
    rf"{_PIECE}(?: (?:on|about) [\w'&. -]+?)?(?: (?:published|filed|posted|written|run|released|"
    rf"put out|out))?\W*$|"
    # "how old is the zion article": when it came out
    # "how recent is the record rose oil price story, what date"
    rf"^how (?:old|recent|new|fresh) (?:is|was) (?:the |that |this )(?:[\w'&.-]+ ){{0,5}}{_PIECE}"
    rf"(?:\W+(?:(?:what|which) (?:date|day)|when))?\W*$|"
    # "wat date is on the harbin ice and snow world article"
    rf"^(?:what|which) date(?: is|'s| was)? (?:on|of) (?:the |that |this )?(?:[\w'&.-]+ ){{0,6}}"
    rf"{_PIECE}\W*$|"
    # "barcelona cruise tax article - what date was that"
    rf"^(?:the |that |this )?(?:[\w'&.-]+ ){{1,6}}{_PIECE}\s*(?: - |[,:;?] ?)\s*"
    rf"(?:(?:what|which) (?:date|day)(?: is| was|'s)|when(?:'s|s| is| was)) (?:that|it|this)"
    rf"(?: on| from| published| posted| written(?: up)?| put out| out| dated)?\W*$|"
    # "dali visitor cap story, what date's on it"
    rf"^(?:the |that |this )?(?:[\w'&.-]+ ){{1,6}}{_PIECE}\s*(?: - |[,:;?] ?)\s*"
    rf"(?:what|which)(?:'s|s| is| was)? (?:the )?(?:date|day)(?:'s|s| is| was)? (?:is )?"
    rf"(?:on|in) (?:that|it|this)"
    rf"(?: one)?\W*$|"
    # "loukoumi story - what day did it run"
    rf"^(?:the |that |this )?(?:[\w'&.-]+ ){{1,6}}{_PIECE}\s*(?: - |[,:;?] ?)\s*"
    rf"(?:when|(?:what|which) (?:date|day)) (?:did|was|were) (?:it|that|this|they)(?: one)? "
    rf"(?:run|come out|go up|go out|appear|get published|get posted|published|posted|out|"
    rf"printed|released)\W*$|"
    # "the rockfall article - when?"
    rf"^(?:the |that |this )?(?:[\w'&.-]+ ){{1,6}}{_PIECE}\s*(?: - |[,:;] ?)\s*when\W*$|"
    # "kaziukas article - published when?"
    rf"^(?:the |that |this )?(?:[\w'&.-]+ ){{1,6}}{_PIECE}\s*(?: - |[,:;] ?)\s*(?:published|posted|"
    rf"written|dated|put out|(?:came|come) out|went up|out) when\W*$|"
    # "maramures churches piece - date?"
    rf"^(?:the |that |this )?(?:[\w'&.-]+ ){{1,6}}{_PIECE}\s*(?: - |[,:;] ?)\s*(?:the |its )?"
    rf"(?:date|publish(?:ed|ing)? date|pub date|publication date)\W*$|"
    # "gijon cider record, when was that written up"
    r"^(?:[\w'&.-]+ ){1,6}?[\w'&.-]+\s*(?: - |[,:;?] ?)\s*when (?:was|is|did) (?:that|it|this)"
    r"(?: one)? (?:written(?: up)?|published|posted|put out|(?:come|came) out|out|reported|run|"
    r"filed)\W*$|"
    # "whens the holi article from"
    rf"^when(?:'s|s| is| was) (?:the |that |this )(?:[\w'&.-]+ ){{0,5}}{_PIECE} from\W*$|"
    rf"^(?:(?:what is|whats|what's|what was) )?(?:the )?(?:publication |publish |published |"
    rf"publishing |pub )?date (?:on|of|for) "
    rf"(?:the |that |this )?(?:[\w'&.-]+ ){{0,5}}{_PIECE}\W*$|"
    # "when did afp report the cannes trial opening": an outlet reporting is its story's date
    rf"^when (?:did|was) (?:{_WIRE}|the (?:[\w'&.-]+ ){{0,3}}{_MASTHEAD}) "
    rf"(?:report|reporting|cover|covering|run|write about|break|first report)\b"
)
_ORDER = re.compile(
    # (not "her age in the first cheese story": a story named by its place in a pair)
    rf"(?<!\bin the )(?<!\bfrom the )"
    rf"\b(?:(most recent|latest|newest|freshest|last|oldest|earliest|first))(?:-dated)? "
    # (not "laid off last week in that xbox story": a time the story tells of)
    rf"(?!(?:week|weekend|month|year|season|night|day|time|quarter|summer|winter|spring|"
    rf"autumn|fall)\b)"
    # (not "his last order before the eu rules story": the last of something else)
    rf"(?:(?!(?:before|after|since|until|than)\b)\w+ )*?"
    rf"{_PIECE}\b|\b(?:which|what) (?:one |{_PIECE} )?(?:came out|was published|came|was out|"
    rf"appeared|is|was|got published|got posted|went out|went up|ran|dropped) "
    rf"(first|earlier|later|last|newer|older|more recent)\b|"
    # "icebreaker story or moss temple story, which one's older?"
    rf"\b(?:which|what) (?:one|{_PIECE})(?:'s|s) (newer|older|more recent|earlier|later)\b|"
    rf"\b{_PIECE}\b.*\b(older|newer|earlier|later|more recent) than\b|"
    # "was the salt mine piece published before or after the nantucket ferry one"
    rf"\b{_PIECE}\b.*\b(?:published|posted|out|(?:come|came) out|written|run) "
    rf"(?:before or after|after or before)\b|"
    rf"\b(?:which|what) (?:\w+ )*?{_PIECE} (?:is|was|came out) "
    rf"(newer|older|more recent|first|earlier|later|last)\b|"
    rf"\b(?:which|what) (?:\w+ )*?{_PIECE} (?:is|was) (?:the )?"
    rf"(most recent|latest|newest|oldest|earliest|first|last)\b|"
    # "which article in the collection is the oldest"
    rf"\b(?:which|what) {_PIECE} (?:in|of|on) (?:\w+ ){{1,3}}?(?:is|was) (?:the )?"
    rf"(most recent|latest|newest|oldest|earliest)\b|"
    rf"\b(?:which|what) (?:\w+ )*?{_PIECE} (?:has|had|carries|got) (?:the )?"
    rf"(most recent|latest|newest|oldest|earliest)\b|"
    # "did the cognac story come out before the windmill one": which came first
    rf"^(?:did|was) (?:the |that )?.+? {_PIECE} (?:come out|came out|get published|published|"
    rf"appear|run|go up) (before|after|earlier than|later than) (?:the |that )?.+$|"
    # "most recent thing on cognac?"
    r"\b(most recent|latest|newest|oldest|earliest|freshest) (?:thing|one|stuff|item|news|"
    r"update) (?:on|about|re|regarding|abt)\b|"
    # "whats the oldest thing in ur archive"
    r"\b(most recent|latest|newest|oldest|earliest|freshest) (?:thing|one|stuff|item|entry) "
    r"(?:in|on|of) (?:your|the|this) (?:archive|collection|library|corpus|database|db|index)\b|"
    # "which is the most recent: the bank of canada article, the qwen4 article or ..."
    rf"^(?:which|what)(?: one)? (?:is|was) (?:the )?(most recent|latest|newest|oldest|earliest)"
    rf"\s*:(?=.*\b{_PIECE}\b)|"
    # "which one in here is the most recent"
    r"^(?:which|what) one (?:in here|here|of (?:these|them|those|em|the lot)|(?:do )?(?:you|u) "
    r"(?:have|got)|in (?:the|your|ur) (?:archive|collection|library|corpus|database|db|index)) "
    r"(?:is|was|s) (?:the )?(most recent|latest|newest|oldest|earliest)\b"
)
#: "did the cognac story come out before the windmill one": the two stories named.
_CAME_BEFORE = re.compile(
    rf"^(?:did|was) (.+?) {_PIECE} (?:come out|came out|get published|published|appear|run|"
    rf"go up) (?:before|after|earlier than|later than) (.+)$"
)
#: How long one article came out after another: "how long after the church move story did
#: the one about the new centre come out".
_HOW_LONG_AFTER = re.compile(
    r"^how (?:long|much time|many (?:days|weeks|months)) (?:after|following) (?:the )?(.+?) "
    r"(?:did|was|were) (?:the )?(.+?) (?:come out|get published|published|posted|run|appear|"
    r"released|drop|go up|written)$"
)
_ONE_ABOUT = re.compile(r"^(?:the )?(?:one|piece|story|article) (?:about|on|abt) ")
#: A time a yes/no comparison sets its first side at: "(more bears) now (than in 2025)".
_THEN_THAN = (
    r"(?:now|today|these days|this (?:year|season|summer|winter|spring|autumn)|last year|"
    r"(?:in |during |back in )?(?:(?:spring|summer|autumn|fall|winter|january|february|march|april|"
    r"may|june|july|august|september|october|november|december) )?(?:19|20)\d\d)"
)
_COMPARE = re.compile(
    r"\b(?:compare|compared|comparison|differ|differs|difference|differences|different from|"
    r"versus|vs\.?|(?:longer|shorter|bigger|smaller|cheaper|newer|older|higher|lower),.+ or|"
    r"(?:more|less|fewer|bigger|larger|smaller|cheaper|higher|lower|longer|shorter|better|"
    r"worse)\b[^,?]*, (?:the )?[^,?]+ or |"
    r"(?:bigger|larger|smaller|cheaper|pricier|dearer|more expensive|less expensive|higher|lower|"
    r"faster|slower|longer|shorter|newer|older|more|fewer|less|better|worse)"
    r"(?: now| today| these days| this (?:year|season))? (?:than|one)|"
    # "how does the cloth price now stack up against before the fire", "did it go up or down"
    r"stack(?:s|ed)? up|measures? up|(?:go|goes|gone|went) (?:up or down|down or up)|"
    # "what its costing now against the original budget"
    r"against (?:the |its |their )?(?:original|first|initial|planned|old|earlier) (?:budget|"
    r"estimate|cost|plan|price|figure|forecast)s?|"
    r"^how (?:much|many) (?:more|less|fewer|higher|lower|bigger|smaller|cheaper|pricier) "
    r"(?:is|are|was|were|will be|does|do|did) .+ than |"
    # "has the cloth price gone up since the fire", "how has the harvest changed since the drought"
    r"^(?:did|has|have|is|are|was|were|how (?:has|have|did|much has|much have|many more)) .+ "
    r"(?:gone (?:up|down)|go (?:up|down)|went (?:up|down)|risen|rise|rose|fallen|fall|fell|"
    r"dropped|drop|increased|decreased|climbed|grown|grow|grew|shrunk|shrank|changed|change) "
    r"since\b|"
    # "did the angla adult ticket go up after the storm": a price before an event and after
    r"^(?:did|has|have|is|are|was|were) .*\b(?:tickets?|prices?|fees?|fares?|rents?|tolls?|"
    r"admission|entry)\b.* (?:gone (?:up|down)|go (?:up|down)|went (?:up|down)|risen|rise|rose|"
    r"fallen|fall|fell|increased|decreased|climbed|changed|change) after\b|"
    r"(?:rise|rose|risen) or (?:fall|fell|fallen)|"
    r"(?:cheaper|dearer|pricier|more expensive) or (?:cheaper|dearer|pricier|more expensive)|"
    r"which (?:[\w&.-]+ ){0,4}(?:is|was|are|has|had|costs?|will be|will|got) (?:the )?"
    r"(?:bigger|larger|smaller|cheaper|"
    r"pricier|more expensive|higher|lower|faster|slower|longer|shorter|more|fewer|better|worse)|"
    r"(?:bigger|larger|smaller|cheaper|pricier|higher|lower|faster|slower|longer|shorter|more|"
    r"fewer|less|better|worse) (?:at|in|for|on) [^?]+ or |"
    r"both|similar|similarities|same as|each (?:article|story|piece)|"
    # "who r the two cadillac drivers": two people asked for, not two things compared
    r"the two(?! (?:[\w-]+ )?(?:drivers|players|men|women|people|brothers|sisters|suspects|"
    r"climbers|divers|riders|boys|girls|children|sons|daughters|winners|finalists|candidates|"
    r"pilots|victims|workers|owners|founders)\b)|"
    r"(?:the )?(?:two|both) (?:articles|stories|pieces|reports)|before and after|"
    # "is gorreana's harvest this year expected to beat last year's"
    r"(?:beat|beats|top|tops|exceed|exceeds|surpass|surpasses|outstrip|outstrips|outdo) "
    r"(?:last|the previous|the prior|the old|the first|the earlier)\b[^?]*)\b"
)
#: "why did the repairs cost more than first estimated": a reason asked, not a comparison.
_WHY = re.compile(r"^(?:and |so |but )?(?:why|how come)\b")
#: "Who scored for Everton vs Villa?": a fact about a match, whose sides are not compared.
_MATCH_FACT = re.compile(
    r"^(?:who|whom|when|where|what time|which|how many|how much)\b"
    r"(?!.*\b(?:more|less|fewer|better|worse|bigger|smaller|"
    r"higher|lower|faster|slower|richer|older|younger|taller|cheaper|pricier|stronger|longer|"
    r"shorter|most|least|differ|difference|compare|cost|costs|worth)\b).*\b(?:vs\.?|v\.?|versus) "
    # "how many ran in lisbon vs how many carris ordered": two questions, not a match
    r"(?!(?:how|what|who|when|where|which)\b)"
    # "how much goes to the state vs to the winner": one fact in two settings
    r"(?!(?:to|for|from|at|in|on|after|before|during|into)\b)"
    # "how much was a safari during the outbreak vs now": one fact at two times
    r"(?!(?:now|today|currently|these days|nowadays|then|(?:19|20)\d\d)\W*$)"
)
_SPLIT = re.compile(
    r"(?:\?\s*|;\s*|\s+/\s+|,?\s+(?:and|also|plus|as well as|\+|&)\s+(?:also\s+)?)"
    r"(?=(?:(?:on|in|at|by|for|from|to|with|since|until|till|til) )?"
    r"(?:what|who|whom|whose|when|where|why|how|which|did|does|do|is|are|was|were|will|"
    r"would|can|could|has|have|had)\b)"
)
#: "how many shops does it have, how many r closing and how many jobs are going": a list of
#: questions, each after a comma.
_LISTED_QUESTION = re.compile(
    r",\s+(?=how (?:many|much|long|far|old|big|tall|high|deep|wide|often|fast) (?:[\w'-]+ ){0,3}"
    r"(?:is|are|r|was|were|did|does|do|will|has|have|"
    r"got|get)\b|"
    # "how many cruise ships stopped there, how many passengers max each"
    r"how many [\w'-]+s (?:max|maximum|at most|each|apiece|per|in total|total|a (?:day|year))\b|"
    # "(the cooperative:) how many members, how many boats"
    r"how many [\w'-]+s\W*$|"
    # "(elena bruni -) how old was she when the funicular shut, where does she live now"
    r"(?:where|what|who|why) (?:does|do|did|is|are|was|were) (?:she|he|they|it) \w|"
    # "(ohrid pearl workshops:) how many left, how many back in the 80s"
    r"how many (?:back|then|before|now|today|left|in \d{4}|in the \d\ds)\b)"
)
#: "(and) how many by feb 2026": a question asked again of another setting.
_ASKED_OF_SETTING = re.compile(
    r"(how many|how much|what|who|where)((?: (?:in|at|by|for|during|on|after|before|from|since|"
    r"against|over|until|as of)) .+|"
    # "(and) how many this year", "how much now": a time without a preposition
    r" (?:this|last|next) (?:year|season|spring|summer|autumn|fall|winter|month|week)\b.*|"
    r" (?:now|today|these days)\W*$| (?:19|20)\d\d\W*$)"
)
#: A question of a size or a kind with nothing after it: "how big" (and how heavy is X).
_BARE_ASKING = re.compile(
    r"how (?:big|heavy|long|tall|wide|deep|fast|far|old|high|large|much|many)|what|when|where|who"
)
#: A yes/no question followed by what it asks: "r currys paying a dividend again? how much".
_THEN_ASKING = re.compile(
    r"(?P<question>(?:is|are|r|was|were|does|do|did|will|has|have|had|can)\b[^?]+)\?\s*"
    rf"(?:and )?(?P<asking>{_BARE_ASKING.pattern})"
)
#: "... which is longer and by how much": the size of a comparison's gap, not a question.
_BY_HOW_MUCH = re.compile(r"^(?:and )?by how (?:much|many|far)\W*$")
#: The same question asked of two settings, each given its own preposition: "how many points
#: did he kick against england and in the final" is two questions with one stem.
_SETTING = r"(?:in|at|for|against|from|on|during|after|before|over|across|throughout)"
_TWO_SETTINGS = re.compile(
    rf"^(?P<stem>(?:who|what|whats|what's|how|which|where|when|did|does|do|is|was|were|are)\b"
    # or a thing typed bare: "avivas premiums for 2025 and for the first nine months of 2026"
    # (after a topic: "rossetti's bar in orvieto: coffees sold the day after the rockfall, and
    # on reopening morning")
    rf".+?|(?:[\w'&.-]+(?: [\w'&.-]+){{0,5}}: )?[\w'&.-]+(?: [\w'&.-]+){{1,5}}) "
    rf"(?P<a>(?:{_SETTING}|when) [^:]+?),? "
    rf"(?P<join>and|vs\.?|versus|or|compared (?:with|to))(?: then| later| also)? "
    rf"(?P<b>{_SETTING} .+?)(?P<rest>)$"
)
_SIDE_SETTING = r"(?:in|at|for|against|from|on|during|after|before|of|with|to(?= the\b))"
#: "Who did Draper beat in the quarter-final and semi-final at Queen's": one question of two
#: rounds, legs or halves named by one word each.
_TWO_STAGES = re.compile(
    r"^(?P<stem>(?:who|what|whats|what's|how|which|where|when)\b.+? (?:in|at|on|during) the) "
    r"(?P<a>[\w-]+),? and (?:the )?(?P<b>[\w-]+)(?P<rest>(?: (?:at|in|of|for|against|on) .+)?)$"
)
#: "Who finished 2nd and 3rd in the Melbourne Cup": two places of one result.
_PLACE_WORD = (
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)"
)
_TWO_PLACES = re.compile(
    rf"^(?P<stem>(?:who|which|what)\b.*?) (?P<a>{_PLACE_WORD}),? and (?P<b>{_PLACE_WORD})"
    rf"(?P<rest>\b.*)$"
)
#: "What were Pop Mart's first-half revenue and adjusted profit": two figures of one subject.
_TWO_ATTRIBUTES = re.compile(
    r"^(?P<stem>what (?:were|are|was|is|r) (?:the )?(?:[\w&.-]+ ){0,3}?[\w&.-]+'s? )"
    r"(?P<a>[\w-]+(?: [\w-]+){0,2}) and (?:the |its |their |his |her )?"
    r"(?P<b>[\w-]+(?: [\w-]+){0,2}?)(?P<rest> (?:in|at|for|during|on|from|after|before) .+|"
    r" (?:now|rn|currently|today|these days|at the moment))?$"
)
#: What a figure measures ("revenue"), unlike a word narrowing the next one ("core").
_MEASURES = frozenset(
    (  # noqa: SIM905
        "revenue revenues sales profit profits loss losses turnover income earnings debt price "
        "prices cost costs ebitda margin margins valuation dividend subscribers users customers "
        "staff employees orders attendance"
    ).split()
)
#: "How many hotels, rooms and staff does it have": three counts of one question.
_COUNTED_THINGS = re.compile(
    r"^(?P<pre>[\w' -]+: )?how many (?P<things>[\w-]+(?:, [\w-]+)+,? and [\w-]+) "
    r"(?P<rest>(?:does|do|did|is|are|was|were|has|have|had|will) .+)$"
)
#: "How did Harvard and Oxford move in the QS table": one question of two subjects.
_TWO_SUBJECTS = re.compile(
    r"^(?P<stem>(?:how|what|when|where|why) (?:did|do|does|has|have|will|were|are)) (?:the )?"
    r"(?P<a>[\w'&.-]+(?: [\w'&.-]+)?) and (?:the )?(?P<b>[\w'&.-]+(?: [\w'&.-]+)?)"
    r"(?P<rest> (?:move|moved|fare|fared|do|perform|react|respond|change|say|rank|finish|score|"
    r"vote|end|close|rate)\b.*)$"
)
#: "How did Kovacic's ranking change between Madrid and the French Open": the thing after each.
_CHANGE_BETWEEN = re.compile(
    r"^how (?:did|has|have|does|do) (?P<thing>.+?) (?:change|changed|move|moved|shift|shifted|"
    r"develop|developed|go|gone) between "
    r"(?:the )?(?P<a>.+?) and (?:the )?(?P<b>.+?)$"
)
#: "Who won best director and the special jury prize at San Sebastian": two awards (or rivals)
#: of one deed.
_TWO_OBJECTS = re.compile(
    r"^(?P<stem>(?:who|which [\w-]+) (?:won|got|took|received|claimed|picked up|was given|"
    r"were given|was awarded|were awarded|beat|defeated)) "
    r"(?P<a>(?:the )?[\w'-]+(?: [\w'-]+){0,3}?),? and (?P<b>(?:the )?[\w'-]+(?: [\w'-]+){0,3}?)"
    r"(?P<rest> (?:at|in|of|for|during|on) .+)?$"
)
_MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


def fold(text: str) -> str:
    """Lower-case, straight quotes, white space folded."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.lower().split())


#: "in the us": the country, which lower-case typing makes look like the pronoun.
_THE_US = re.compile(
    r"\b(in|across|from|to|outside|for|than) the (?:us|u\.s\.?)(?![\w.])(?! (?:open|pga)\b)", re.I
)


#: "in us supermarkets", "in u.s. stores": the country, named before where something is sold.
_US_SHOPS = re.compile(
    r"\b(in|across|from|for) (?:us|u\.s\.?)(?= (?:supermarkets|stores|shops|markets|cinemas|"
    r"theaters|theatres|dollars|prices|sales)\b)",
    re.I,
)


def _thousands(m: re.Match[str]) -> str:
    """ "12000" as "12,000"; a year ("2025") and a time ("0700") as typed."""
    number = m.group(0)
    if number.startswith("0") or (len(number) == 4 and 1800 <= int(number) < 2200):
        return number
    return f"{int(number):,}"


def _spelt_month(month: str, m: re.Match[str]) -> str:
    return f"{m.group(1)} {month}" if m.group(1) else month


#: Chat wordings and the plain words stories use, applied in turn by ``expand_chat``.
_DIMENSION_ADJECTIVE = {"height": "high", "width": "wide", "length": "long", "depth": "deep"}
_PLAIN_WORDINGS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple(
    (re.compile(pattern), plain)
    for pattern, plain in (
        # "wats it cost to drive into the park": what it costs
        (
            r"(?i)\b(?:what is|what's|whats|wats|wat's|wat is) (it|that|this|one|they) "
            r"(cost|charge|pay|take|mean)\b",
            r"what does \1 \2",
        ),
        # "when can u actually buy it": when it goes on sale
        (
            r"(?i)\bwhen (?:can|could|will) (?:you|u|i|we|people|ppl|customers|buyers) "
            r"(?:actually |finally )?(?:buy|get|order) (it|one|them|the [\w -]+?)(?=\W*$|,| and\b)",
            r"when does \1 go on sale",
        ),
        # "headcount before the cuts / after the new hires": one thing at two moments
        (
            r"\s+/\s+(?=(?:before|after|during|when(?! (?:did|was|is|does|do|were|will|has|had)\b)|"
            r"since|now|today|these days|in \d{4})\b)",
            " vs ",
        ),
        # "staff count before + after the expansion": on each side of it
        (r"(?i)\bbefore\s*(?:\+|&|/|n)\s*after\b", "before and after"),
        # "how many cars do they let in each morning": how many are allowed
        (r"(?i)\b(do|does|will|would|can) (they|it|\w+) let (?:in|through)\b", r"\1 \2 allow"),
        # "how many got treated for injuries": how many people
        (r"(?i)\bhow many (got|get|gets|have got)\b", r"how many people \1"),
        # "and who'd she take over from": whom she replaced, as stories put it
        (
            r"(?i)\bwho(?:'d| did| had) (\w+(?: \w+)?) (?:take over from|succeed|follow)\b",
            r"who did \1 replace",
        ),
        # "whats cave lunensi's headcount today": how many people it employs
        (
            r"(?i)\b(?:what is|whats|what's|what was|wats) (?:the )?([\w&.-]+(?: [\w&.-]+){0,3}?)"
            r"(?:'s|s') (?:headcount|workforce|staff numbers?|total staff)\b",
            r"how many people does \1 employ",
        ),
        # "and wat did he win, money wise": how much money
        (
            r"(?i)\b(?:what|wat) (did|does|do|will|would) ((?:[\w'-]+ ){0,3}?[\w'-]+) "
            r"(win|get|earn|make|take home|receive|pocket|bag),? "
            r"(?:money|cash|prize money|financially)[- ]?wise\b",
            r"how much money \1 \2 \3",
        ),
        # "n the combined ticket, whats that now": what the thing named is
        (
            r"(?i)^(and|so|ok|also) the ((?:[\w'-]+ ){0,3}[\w'-]+),? (?:what(?:'s|s| is) "
            r"(?:that|it)|how much(?:'s|s| is) (?:that|it)|(?:that|it) costs? how much)"
            r"( now| today| these days| nowadays)?\W*$",
            r"\1 what is the \2\3",
        ),
        # "montserrat aguilar, the dali director - whats her age": how old the one named is
        (
            r"(?i)^(?!(?:what|whats|how|who|when|where|which|why|and|so|ok|the|his|her|their)\b)"
            r"([\w&.'-]+(?:,? [\w&.'-]+){1,9}?)\s*(?: - |[,:] )\s*(?:what(?:'s|s| is) (?:his|her|"
            r"their) age|how old (?:is|'s) (?:he|she|they))\W*$",
            r"how old is \1",
        ),
        # "carmel mizzi's age in the storm story": how old he was then
        (
            r"(?i)^(?!(?:what|whats|how|who|when|where|which|why|and|so|ok|the|his|her|their)\b)"
            r"([\w&.-]+(?: [\w&.-]+){1,3})'s age ((?:in|at|during|when|as of|back in|before|"
            r"after|by) [^,;?+/]+?)\W*$",
            r"how old was \1 \2",
        ),
        # "andrea doherty from the steamship authority - age?": how old the one named is
        (
            r"(?i)^(?!(?:what|whats|how|who|when|where|which|why|and|so|ok|the|his|her|their)\b)"
            r"([\w&.'-]+(?: [\w&.'-]+){1,7}?)(?:\s*(?: - |[,:]) ?\s*|(?:'s)? )(?:age|how old)"
            r"(?: now| then)?\W*$",
            r"how old is \1",
        ),
        # "verdolini headcount before the cuts": how many people it employed then
        (
            r"(?i)^(?!(?:what|whats|how|who|when|where|which|why|is|was|the|and|so|ok|compare|"
            r"comparing|show|list|tell|give|find|get)\b)"
            r"([\w&.-]+(?: [\w&.-]+){0,2}?)(?:'s|s')? (?:headcount|workforce|staff numbers?|"
            r"total staff)\b(?! (?:is|was|are|were|does|did|has|had|will)\b)",
            r"how many people does \1 employ",
        ),
        # "how close can u get to a bison": a distance, as "how far" asks one ("how close was
        # the fight" is no distance)
        (
            r"(?i)\bhow (?:close|near) (?=(?:can|could|may|do|should|are|will) (?:you|u|people|"
            r"visitors|tourists|we|i|they|one|hikers|walkers|boats|drones)\b)",
            "how far ",
        ),
        # "max number of ppl per day": the maximum, as a cap or limit (not Max, a name)
        (
            r"\bmax\.? (?=(?:number|no\.?|amount|capacity|limit|cap|speed|height|price|size|"
            r"ppl|people|visitors|walkers|hikers|tourists|climbers|passengers|of)\b)",
            "maximum ",
        ),
        # "how long r the lines at martim moniz": the queues, not a rail line
        (
            r"(?i)\bhow long (is|are|were|was|do|does|r) the (?:line|lines)\b",
            r"how long \1 the queues",
        ),
        # "what is the elevation of seceda": how high it is
        (
            r"(?i)^(?:what(?:'s| is| was|s)?|wats?) (?:the )?(?:elevation|altitude|height) "
            r"(?:of|at) (.+)$",
            r"how high is \1",
        ),
        # "whats the trevi fountain's height": how high it is
        (
            r"(?i)^(?:what(?:'s| is| was|s)?|wats?) (?:the )?((?:[\w-]+ ){0,3}?[\w-]+)(?:'s|s') "
            r"(height|width|length|depth)\b",
            lambda m: f"how {_DIMENSION_ADJECTIVE[m.group(2).lower()]} is the {m.group(1)}",
        ),
        # "how high is the trevi fountain. width too": a second part asking how wide
        (
            r"(?i)(?<=\w)\s*[.,;]\s*(?:and )?(?:the |its )?(height|width|length|depth)"
            r"(?: too| as well| also)\W*$",
            lambda m: f", and how {_DIMENSION_ADJECTIVE[m.group(1).lower()]}",
        ),
        # "what is the money going to be spent on": what it will pay for, as stories say
        (
            r"(?i)\b(?:what(?:'s| is| will| would|s)?|wat(?:s)?) "
            r"(the (?:[\w'-]+ ){0,2}?(?:money|cash|funds?|revenue|proceeds|income|levy|fee|toll|"
            r"tax|charge))(?: (?:is|are|will be))? "
            r"(?:going to be |gonna be |to be |be |being |getting |get )?"
            r"(?:spent on|used for|used on|put towards|going towards|go towards|for(?=\W*$))\b",
            r"what will \1 pay for",
        ),
        (
            r"(?i)\bwhere (?:is|will|does|would) "
            r"(the (?:[\w'-]+ ){0,2}?(?:money|cash|funds?|revenue|proceeds|levy|fee|toll|tax)) "
            r"(?:go|going to go|be going|end up|be spent)\b",
            r"what will \1 pay for",
        ),
        # "how many came over from the us": travelled from there
        (r"(?i)\b(?:came|come|comes|coming) (?:over|across) from\b", "travelled from"),
        # "is the la palma volcano about to go off again": erupt
        (
            r"(?i)\b(volcano(?:es)?|volcanos|eruption) ((?:is |are |was )?(?:about to |going to |"
            r"gonna |set to |likely to |due to )?)(?:go|goes|going|went|gone) off\b",
            r"\1 \2erupt",
        ),
        # "who got voted in as head of the makers assoc": elected, as stories say
        (
            r"(?i)\b(?:got|was|were|get|gets|been|being) (?:voted|picked|chosen) in\b(?: as)?",
            "was elected",
        ),
        # "how many yachts pulled into horta": arrived there
        (
            r"(?i)\b(?:pulled|pull|pulls|pulling) (?:into|in to|up (?:in|at)|in at)\b",
            "arrived in",
        ),
        # "how many of the old mining lakes r still around": how many survive
        (r"(?i)\b(?:are|is|r) still (?:around|in existence|existing)\b", "survive"),
        # "how many finished so far": how many now ("far" is no distance asked)
        (r"(?i)^((?:and |so |n )?how (?:many|much)\b.*?)\s+(?:so far|thus far)(?=\W*$)", r"\1 now"),
        # "what did the xbox exec tell laid off ppl to lean on to cope": what to use
        (r"(?i)\b(?:lean|leaning|leaned|leant) on\b(?! (?:me|him|her|them|us)\b)", "use"),
        # "heard a wine festival in germany got flooded out, details?": the news on it
        (
            r"(?i)^(?:i )?(?:heard|read|saw)(?: that)? ((?:[\w'-]+ ){2,}?[\w'-]+),? "
            r"(?:any )?(?:details|deets|more info|info|the details)\W*(?:pls|please|plz)?\W*$",
            r"whats the news on \1",
        ),
        # "lake osvar size": how big it is
        (
            r"(?i)^(?!(?:who|whos|who's|what|whats|what's|when|where|which|why|how|is|are|was|"
            r"were|did|does|do|can|could|will|would)\b)((?:[\w'-]+ ){1,3}?[\w'-]+)'?s? "
            r"(?:size|area|surface area)(?=\W*$)",
            r"how big is \1",
        ),
        # "bad weather wrecking a french wine harvest, tell me more": the news on it
        (
            r"(?i)^(?!(?:who|whos|who's|what|whats|what's|when|where|which|why|how|is|are|was|"
            r"were|did|does|do|can|could|will|would)\b)((?:[\w'-]+ ){2,}?[\w'-]+)\W*,?\s*"
            r"(?:tell me more|tell me abt it|tell me about it|more pls|more please)\W*$",
            r"whats the news on \1",
        ),
        # "is it true the montepulciano mayor quit over the repair bill": did he quit
        (
            r"(?i)^(?:(?:so|and|but) )?(?:is it true|is it right|is it correct|i heard|i read|"
            r"heard|someone said)(?: that)? (?=[a-z])"
            r"(?=(?:(?!\b(?:is|isnt|isn't|was|wasnt|wasn't|are|were|will|has|have|had|would|could|"
            r"can|does|do|did)\b)[\w' -])+\W*$)",
            "did ",
        ),
        # "uji coop member farms during the shortage vs in the plant story, gimme both": the
        # two asked
        (
            r"(?i),?\s*\b(?:give me|gimme|tell me|show me) (?:both|all three|each|them both|"
            r"both of them)(?: (?:pls|please|plz|thanks|thx))?(?=\W*$)",
            "",
        ),
        # "his age when the eu scrapping story ran": in that story
        (
            r"(?i)\bwhen the ((?:[\w'-]+ ){1,4})(story|article|piece|report) (?:ran|came out|"
            r"was published|was written|was out)\b",
            r"in the \1\2",
        ),
        # "who's footing the bill": who is paying for it
        (
            r"(?i)\b(?:footing|foots|foot|picking up|picks up|pick up|picked up|covering) "
            r"the (?:bill|tab|cost)\b",
            "paying for it",
        ),
        # "which year could f1 bring back v8s": when they return
        (r"(?i)\b(?:bring|brings|bringing|brought) back\b", "return"),
        # "how many deaths overall": in total, as an amount is asked
        (
            r"(?i)^((?:and |so )?how (?:many|much)\b.*?) "
            r"(?:overall|altogether|all told|in all)(?=\W*$)",
            r"\1 in total",
        ),
        # "ordered a ton of cowbells": many, not a weight
        (
            r"(?i)\b(?:a (?:ton|tonne|load|heap|shedload|bunch) of|tons of|loads of|heaps of|"
            r"shedloads of)(?= [a-z]+s\b)",
            "many",
        ),
    )
)


def expand_chat(text: str) -> str:
    """Chat words expanded and filler dropped, case kept: "how many ppl r there lol" → "how many
    people are there". Punctuation stays, for splitting multi-part questions."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')

    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        lower = word.lower()
        if lower in CHAT_WORDS:
            return CHAT_WORDS[lower]
        if lower in FILLER:
            return ""
        return word

    # "how many plates does he break a yr ngl thats wild": a closing remark, not the question
    text = re.sub(
        r"(?i)[\s,.!]+(?:ngl |tbh |honestly |lol )?(?:that'?s|that is|thats|so|how) "
        r"(?:wild|crazy|insane|nuts|mad|cool|wow|interesting|bonkers)\W*$",
        "",
        text,
    )
    # "ngl forgot, how many parking spots ...": an aside before the question
    text = re.sub(
        r"(?i)^(?:(?:ngl|tbh|sorry|ok|okay|hey|so|um|uh)\W+)*(?:i )?(?:forgot|forget|can'?t "
        r"remember|dont remember|don't remember)\W*[,:-]\s*(?=(?:how|what|who|when|where|why|"
        r"which|is|are|r|was|were|did|does|do)\b)",
        "",
        text,
    )
    # "the festival budget n how much of it the city puts in": "and", typed short
    text = re.sub(
        r"(?i)(?<=[a-z0-9]) n (?=(?:how|what|who|when|where|why|which|wat|hw|the|its|his|her|"
        r"their)\b)",
        " and ",
        text,
    )
    # "a ticket for just the walkway": that one alone, not a filler
    text = re.sub(r"(?i)\b(for|of|to) just (?=(?:the|a|an) )", r"\1 only ", text)
    text = _THE_US.sub(r"\1 the united states", text)
    text = _US_SHOPS.sub(r"\1 the united states", text)
    text = re.sub(r"\b[Rr]&[Dd]\b", "research and development", text)
    # "which company got the ok to fly drones": an approval, not a filler
    text = re.sub(
        r"(?i)\b(the|an|their|its|official|final|green) (?:ok|okay)\b", r"\1 approval", text
    )
    # "since jan", "jan 2026": the month; a lone "Jan" may be a person
    for short, month in (("jan", "january"), ("mar", "march")):
        text = re.sub(
            rf"(?i)\b(in|since|by|until|from|of|last|this|next|early|late|mid|end) {short}\b|"
            rf"\b{short}(?= \d)",
            partial(_spelt_month, month),
            text,
        )
    text = re.sub(r"(?i)\bwhat'?s been\b", "what has been", text)
    text = re.sub(r"(?i)\bwat's\b", "what is", text)
    # "why'd it go up", "how'd they do": the "did" they were typed for ("who'd she take over
    # from" is read below)
    text = re.sub(r"(?i)\b(why|how|where|what|when)'?d (?=[a-z])", r"\1 did ", text)
    # "what did the rebuild actually cost": what it came to in the end, not an estimate
    text = re.sub(
        r"(?i)\bactually (cost|costs|come to|came to|sell for|sold for|fetch|fetched|pay|paid|"
        r"raise|raised|make|made)(?=\W*$)",
        r"\1 in the end",
        text,
    )
    # "did economists see that coming": whether they expected it
    text = re.sub(r"(?i)\b(?:see|saw|seen) (it|that|this) coming\b", r"expect \1", text)
    text = re.sub(r"(?i)^y (?=(?:is|are|was|were|did|does|do|would|has|have|r|u)\b)", "why ", text)
    text = re.sub(r"(?i)^n (?=\w)", "and ", text)  # "n who won that race"
    # "average age back in the heatwave, n whats it now"
    text = re.sub(
        r"(?i)(?<=,) n (?=(?:what|whats|wat|how|who|when|where|why|which|is|are|did|does|do)\b)",
        " and ",
        text,
    )
    # "who took the goncourt": who won it
    text = re.sub(
        r"(?i)^who (?:took|takes|scooped|bagged|clinched|claimed|grabbed|nabbed) (?:home )?the\b",
        "who won the",
        text,
    )
    # "who owns a chunk of stagegate": a stake in it; "who blew the whistle": the whistleblower
    text = re.sub(
        r"(?i)\b(owns?|owned|holds?|held|bought|buys?|sold|sells?|took|takes|acquired) a "
        r"(?:chunk|slice|piece|bit) of\b",
        r"\1 a stake in",
        text,
    )
    text = re.sub(r"(?i)\b(?:blew|blow|blows|blowing) the whistle\b", "was the whistleblower", text)
    for wording, plain in _PLAIN_WORDINGS:
        text = wording.sub(plain, text)
    # "did neutron make it to orbit": whether it reached it
    text = re.sub(r"(?i)\b(?:make|makes|making) it (?:to|into)\b", "reach", text)
    text = re.sub(r"(?i)\bmade it (?:to|into)\b", "reached", text)
    # "who put the money up": who funded it, as stories put it
    text = re.sub(
        r"(?i)\b(?:put|puts|putting) (?:up )?(?:the )?(?:money|cash|funds)(?: up)?\b",
        "funded",
        text,
    )
    # "whats tenshozans real name": the name he was born with, as stories put it (or his
    # "real name")
    text = re.sub(r"(?i)\b(real|birth|given) name\b", r"\1 name born", text)
    # "is the museum open again": whether it is still closed, as a story tells it
    text = re.sub(
        r"(?i)^(is|are) (.+?) (?:open|opened|back open) again\b", r"\1 \2 still closed", text
    )
    # "who ended up winning": who won
    text = re.sub(r"(?i)\b(?:ended|end|ends) up winning\b", "won", text)
    # "why did lysgro go bust": what the reports call it
    text = re.sub(
        r"(?i)\b(go|goes|going|went|gone) (?:bust|under|broke)\b(?! \w)", r"\1 bankrupt", text
    )
    # not a letter of "u.s." ("u" is no "you" there), nor half of "co-op" ("op" is no operation)
    # "hows old is he": "how", the "s" a slip
    text = re.sub(r"(?i)\bhows (?=(?:old|long|many|much|far|big|tall|often)\b)", "how ", text)
    expanded = re.sub(r"(?<![\w'])(?<!\w\.)(?<!\w-)[A-Za-z0-9/;]+(?![\w']|\.\w|-\w)", one, text)
    return " ".join(expanded.split())


#: Letters without a plain form in Unicode (the index folds "é" to "e" but keeps these).
_PLAIN_LETTERS = str.maketrans(
    {
        "ð": "d",
        "þ": "th",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ł": "l",
        "đ": "d",
        "ß": "ss",
        "ı": "i",
        "ħ": "h",
    }
)


#: Prefixes that make a new English word of an English word: "resell", "unbooked", "overpay".
_PREFIX = re.compile(r"^(?:re|un|pre|mis|over|out|under|co|non|dis|sub|super|semi|anti|multi)-?")


#: A full name typed with an "s" and something only a person has: "carmel mizzis age".
_PERSON_THEN = re.compile(
    r"(?<![\w'-])([A-Za-z]+) ([A-Za-z]{3,}s)(?= (?:age|job|role|title|salary|pay|wage|dad|mum|"
    r"mom|father|mother|wife|husband|daughter|son|partner|kids|children|boss|career|background|"
    r"hometown|nickname)\b)",
    re.IGNORECASE,
)


#: Endings that make a doer or doers of an English verb: "watchers", "bidder".
_AGENT_ENDINGS = ("ers", "er")


class Speller:
    """Corrects words that are neither English nor in the corpus to the nearest corpus word.

    ``english`` is a plain word list (the embedding model's whole-word vocabulary serves); a word
    found there is never changed, so a real word the articles lack ("salary", "canadian") stays
    what it is and can still make a near miss look unanswered. ``corpus`` gives the articles'
    terms, as the keyword index stems them, with how many sentences use each. A correction is
    given back as the shortest English word with that stem, or the stem itself (names stem to
    themselves).
    """

    def __init__(
        self,
        english: Collection[str] | Callable[[], Collection[str]],
        corpus: Callable[[], dict[str, int]],
        titles: Callable[[], Collection[str]] = tuple,
        phrase_used: Callable[[str], bool] = lambda phrase: False,
        publishers: Callable[[], Collection[str]] = tuple,
        written: Callable[[str], bool] = lambda word: True,
        named: Callable[[str], bool] = lambda phrase: False,
    ) -> None:
        self._english_source = english
        self._written = written
        self._named = named
        self._publishers = publishers
        self._phrase_used = phrase_used
        self._loaded: Collection[str] | None = None
        self._corpus = corpus
        self._titles = titles
        self._initialisms: tuple[frozenset[str], dict[str, str]] = (frozenset(), {})
        self._title_names: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
        self._surface: dict[str, str] | None = None
        self._long_words: list[str] | None = None
        self._stems: frozenset[str] | None = None
        self._plain: tuple[dict[str, int], dict[str, str]] | None = None

    def uses_phrase(self, phrase: str) -> bool:
        """Whether some article uses the words of ``phrase`` together, in that order."""
        return self._phrase_used(phrase)

    def writes_name(self, phrase: str) -> bool:
        """Whether some article writes ``phrase`` as a name, every word capitalised."""
        return self._named(phrase)

    @property
    def _english(self) -> Collection[str]:
        """The word list, read on the first word that needs it (stemming it takes a second)."""
        if self._loaded is None:
            source = self._english_source
            self._loaded = source() if callable(source) else source
        return self._loaded

    @property
    def _english_stems(self) -> frozenset[str]:
        if self._stems is None:
            self._stems = frozenset(stem(w) for w in self._english)
        return self._stems

    def _prefixed_english(self, word: str) -> bool:
        """An English word with a prefix the word list lacks: "reselling" is "selling" sold
        again, not a typo of "reeling"."""
        prefix = _PREFIX.match(word)
        rest = word[prefix.end() :] if prefix else ""
        return len(rest) >= 4 and (rest in self._english or stem(rest) in self._english_stems)

    def _suffixed_english(self, word: str) -> bool:
        """An English word with an ending the word list lacks: "watchers" is those who watch,
        not a typo of "weather"."""
        return any(
            word.endswith(end) and word[: -len(end)] in self._english and len(word) - len(end) >= 4
            for end in _AGENT_ENDINGS
        )

    def correct(self, word: str) -> str:
        if (
            len(word) < 4
            or not word.isalpha()
            or word in STOPWORDS
            or word in EXPANSIONS
            or word in _ASKING_VOCABULARY
            or word in self._english
            or stem(word) in self._english_stems
            or self._prefixed_english(word)
            or self._suffixed_english(word)
        ):
            return word
        vocabulary = self._corpus()
        root = stem(word)
        if word in vocabulary or root in vocabulary or index_term(word) in vocabulary:
            return word  # the index writes "gracious" as "graciou": the same word
        plain = self._plain_terms(vocabulary)
        for probe in (word, root, index_term(word)):
            if probe in plain:
                return self.surface(plain[probe])  # "suduroy" typed for "Suðuroy"
        if any(word in re.findall(r"[a-z]+", unaccented(p).lower()) for p in self._publishers()):
            return word  # "the iberia today report": a publisher's name, not a typo
        if word[:1] in "od" and len(word) > 4 and word[1:] in vocabulary:
            # "oward" is O'Ward typed without the apostrophe (the index keeps "ward")
            return f"{word[0]}'{word[1:]}"
        clipped = self._clipped(word)
        if clipped is not None:
            return clipped  # "kili" for Kilimanjaro, as a headline names it
        limit = 84 if len(word) >= 7 else 80
        best: tuple[float, int, str] | None = None
        # a stem cut short ("famlies" stems to "fam") is too near too many words ("farm")
        for probe in {word, root} if len(root) >= 5 else {word}:
            for term, score, _ in process.extract(
                probe, vocabulary.keys(), scorer=fuzz.ratio, limit=5, score_cutoff=limit
            ):
                candidate = (score, vocabulary[term], str(term))
                if best is None or candidate > best:
                    best = candidate
        if best is not None and best[2] == f"{word[:-1]}i" and word.endswith("y"):
            return word  # the index's stemmer writes a final y as i: "Yampolskiy" is known
        if best is not None and best[2][:1] == word[:1]:
            return self.surface(best[2])
        english = self._english_word(word)
        if english != word and stem(english) not in vocabulary and len(root) >= 5:
            # "sensers": "sensors", which the articles use, before "senses", which they don't
            near = process.extractOne(root, vocabulary.keys(), scorer=fuzz.ratio, score_cutoff=80)
            if near is not None and str(near[0])[:1] == word[:1]:
                return self.surface(str(near[0]))
        return english

    def _clipped(self, word: str) -> str | None:
        """The one headline word that a word no one spells that way begins: a name cut short
        ("kili", "barca")."""
        titles = frozenset(self._titles())
        if titles != self._title_names[0]:
            names = {
                w.lower()
                for title in titles
                for w in re.findall(r"[A-Za-z]+", unaccented(title))
                if w[:1].isupper()
            }
            self._title_names = (titles, frozenset(names))
        found = {n for n in self._title_names[1] if len(n) >= len(word) + 3 and n.startswith(word)}
        return found.pop() if len(found) == 1 else None

    def _plain_terms(self, vocabulary: dict[str, int]) -> dict[str, str]:
        """The corpus terms with letters no keyboard types (ð, ø, ł, æ) as plain ones, which
        the index keeps as they are written: "suðuroi" under "suduroi"."""
        if self._plain is None or self._plain[0] is not vocabulary:
            table = {t.translate(_PLAIN_LETTERS): t for t in vocabulary if not t.isascii()}
            self._plain = (vocabulary, {p: t for p, t in table.items() if p != t})
        return self._plain[1]

    def _english_word(self, word: str) -> str:
        """A common word misspelt ("artcle", "recieve"): the nearest English word, when it is
        near enough and starts alike; else the word as typed."""
        if len(word) < 5:
            return word
        if self._long_words is None:
            # sorted: the first of two equally near words must not depend on hash order
            self._long_words = sorted(w for w in self._english if len(w) >= 4)
        found = process.extractOne(word, self._long_words, scorer=fuzz.ratio, score_cutoff=86)
        if found is None or str(found[0])[:1] != word[:1]:
            return word
        if str(found[0]) == word[:-1] and word[-1] in "aio":
            return word  # "moderna", "alexa": a name made from a word, not a typo of it
        return str(found[0])

    def surface(self, term: str) -> str:
        if self._surface is None:
            table: dict[str, str] = {}
            for w in sorted(self._english, key=lambda w: (-len(w), w)):
                table[stem(w)] = w
            self._surface = table
        return self._surface.get(term, term)

    def initialisms(self) -> dict[str, str]:
        """Short forms of the names the headlines give ("ao": "Australian Open"), rebuilt when
        the headlines change."""
        titles = frozenset(self._titles())
        if titles != self._initialisms[0]:
            self._initialisms = (titles, initialisms(titles))
        return self._initialisms[1]

    def _spelt_out(self, word: str, table: dict[str, str]) -> str | None:
        """The name a short form stands for ("ao"), when the articles never use the short form
        and the name is made of words (an event, a league; not a person's initials)."""
        phrase = table.get(word)
        if (
            phrase is None
            or word in self._corpus()
            or word in _INTERJECTIONS
            # "marathon des sables": a name with the small words names hold, led by a word
            or not (
                all(w in self._english for w in phrase.split())
                or (set(phrase.split()) & _NAME_PARTICLES and phrase.split()[0] in self._english)
            )
        ):
            return None
        return phrase

    def _possessive(self, m: re.Match[str]) -> str:
        """ "carmel mizzis age": a full name the articles write, its possessive typed without
        the apostrophe (though "the Mizzis" may be written, "Carmel Mizzis" is not)."""
        first, last = m.group(1), m.group(2)
        if (
            first.lower() in STOPWORDS
            or last.lower() in self._english
            or not self._named(f"{first} {last[:-1]}")
            or self._written(f"{first} {last}")
        ):
            return m.group(0)
        return f"{first} {last[:-1]}'s"

    def correct_text(self, text: str) -> str:
        table = self.initialisms()  # once per text: it reads every headline
        text = _PERSON_THEN.sub(self._possessive, text)

        def one(m: re.Match[str]) -> str:
            word = m.group(0)
            phrase = self._spelt_out(word.lower(), table) if len(word) <= 4 else None
            if phrase is not None:
                return phrase
            fixed = self.correct(word.lower())
            if fixed == word.lower():
                return word
            return fixed.capitalize() if word[:1].isupper() else fixed

        text = re.sub(r"(?<![\w'-])[A-Za-z]+(?![\w'-])", one, text)
        return _NUMBERED.sub(self._numeral, text)

    def _numeral(self, m: re.Match[str]) -> str:
        """ "artemis 2" as the articles write it, "Artemis II", when they never write it with
        the digit."""
        name, number = m.group(1), int(m.group(2))
        roman = _ROMAN.get(number)
        if (
            roman is None
            or name.lower() in STOPWORDS
            or self._phrase_used(m.group(0))
            or not self._phrase_used(f"{name} {roman}")
        ):
            return m.group(0)
        return f"{name} {roman}"


#: A name and a number after it: "artemis 2", "apollo 13".
_NUMBERED = re.compile(r"\b([A-Za-z]{3,}) (\d{1,2})\b(?![\d.,:%-])")
#: Roman numerals a name may carry, from 2 (one letter alone, "i", "v", "x", is too often
#: something else).
_ROMAN = {
    n: r
    for n, r in enumerate(
        "- i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx".split()  # noqa: SIM905
    )
    if len(r) > 1
}
#: Words people ask with that the model's word list lacks: "recap" is no typo of "recall".
_ASKING_VOCABULARY = frozenset(
    (  # noqa: SIM905
        "recap recaps rundown lowdown gist tldr summarise summarize summarised summarized "
        "roundup blurb synopsis"
    ).split()
)
_INTERJECTIONS = frozenset("ah aw eh ha hm ho oh ok uh um yo".split())  # noqa: SIM905
#: The small words names hold ("Marathon des Sables", "Isle of Man").
_NAME_PARTICLES = frozenset("des de du di da del la le van von der of".split())  # noqa: SIM905
#: A name of capitalised words, with the small words it holds.
_TITLE_NAME = re.compile(
    rf"\b[A-Z][a-z]+(?:(?: (?:{'|'.join(sorted(_NAME_PARTICLES))}))? [A-Z][a-z]+){{1,3}}\b"
)


def initialisms(titles: Collection[str]) -> dict[str, str]:
    """The initials of the names of two to four capitalised words in headlines written in
    sentence case ("... with Australian Open title" gives "ao"), when only one name has them
    and they are no word or short form already."""
    found: dict[str, set[str]] = {}
    for title in titles:
        words = title.split()
        if sum(w[:1].isupper() for w in words) > len(words) / 2:
            continue  # Title Case: every word looks like a name
        for m in _TITLE_NAME.finditer(title):
            key = "".join(w[0] for w in m.group(0).lower().split())
            found.setdefault(key, set()).add(m.group(0).lower())
    return {
        key: next(iter(phrases))
        for key, phrases in found.items()
        if len(phrases) == 1
        and key not in STOPWORDS
        and key not in CHAT_WORDS
        and key not in EXPANSIONS
        and key not in FILLER
    }


def normalise(text: str, speller: Speller | None = None) -> str:
    """What retrieval and the kind rules see: chat words expanded, typos corrected."""
    text = expand_chat(text)
    if speller is None:
        return text
    corrected = speller.correct_text(text)
    # a correction may make a chat shape: "carmel mizzis age in ..." is a possessive's
    return corrected if corrected == text else expand_chat(corrected)


#: Everyday words and the words reports use instead, for a word the articles never use:
#: "alibaba stock" moves as its shares, a crowd is counted in spectators.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "stock": ("shares",),
    "stocks": ("shares",),
    "crowd": ("spectators", "attendance"),
    "crowds": ("spectators", "attendance"),
    "spectators": ("crowd", "attendance"),
    "attendance": ("crowd", "spectators"),
    "movie": ("film",),
    "movies": ("films",),
    "jab": ("vaccine",),
    "jabs": ("vaccines",),
    "kids": ("children",),
}


def expand_abbreviations(text: str, known: Callable[[str], bool] | None = None) -> str:
    """The text with each short form followed by its long form ("f1" → "f1 formula one"); with
    ``known``, only the short forms the articles never use ("gp", "cpi"), and an everyday word
    they never use replaced by the ones they do ("stock" → "shares")."""

    def one(m: re.Match[str]) -> str:
        word = m.group(0).lower()
        if known is not None and word in SYNONYMS and not known(word):
            used = [w for w in SYNONYMS[word] if known(w)]
            if used:
                return " ".join(used)
        forms = EXPANSIONS.get(m.group(0).lower())
        if not forms or (known is not None and known(m.group(0).lower())):
            return m.group(0)
        return " ".join(dict.fromkeys(forms[:2]))

    if known is not None:
        text = _MOVED_UP_OR_DOWN.sub(lambda m: _MOVES[m.group(0).lower()], text)
        # "a 1000 litre qvevri": a number the articles never write bare is written as they do,
        # "1,000" ("gj 4332 b" stays); a year stays
        text = re.sub(
            r"(?<![\w.,])\d{4,}(?![\d.,]\d|[a-zA-Z])",
            lambda m: m.group(0) if known(m.group(0)) else _thousands(m),
            text,
        )
        # "like 80b?", "$2.5bn": an amount in billions, as reports write it (a model's name the
        # articles use, "qwen 2.5-14b", stays)
        text = re.sub(
            r"(?i)(?<![\w.-])(\d+(?:\.\d+)?) ?(b|bn|bil)\b",
            lambda m: m.group(0) if known(m.group(0).lower()) else f"{m.group(1)} billion",
            text,
        )
    return re.sub(r"\b[A-Za-z0-9]+\b", one, text)


#: A move said in two words, as reports write it in one: prices "went up" is "rose".
_MOVES = {
    **dict.fromkeys(["go up", "goes up", "going up"], "rise"),
    **dict.fromkeys(["went up", "gone up"], "rose"),
    **dict.fromkeys(["go down", "goes down", "going down"], "fall"),
    **dict.fromkeys(["went down", "gone down"], "fell"),
    # "how much did the fee pull in": what it brought in
    **dict.fromkeys(["pull in", "pulls in", "rake in", "rakes in", "haul in"], "bring in"),
    **dict.fromkeys(["pulled in", "raked in", "hauled in"], "brought in"),
}
_MOVED_UP_OR_DOWN = re.compile(rf"\b(?:{'|'.join(_MOVES)})\b", re.IGNORECASE)


#: A closing aside that only asks for all of them: "alibaba? need all of em", "rogan? list pls".
_ASKING_TAIL = re.compile(
    r"\s*[?,;:!]+\s*(?:(?:need|want|list|pls|please|plz|all|of|em|'em|them|it|every|each|"
    r"single|one|ones|whole|lot|stories|story|articles|article|pieces|the|a|thx|thanks|ty|asap|"
    r"lol|ngl|tho|i|u|you|me|give|gimme|show|them all|full|complete|entire|go|name|names|"
    r"everything|ok|okay|quick|now|exhaustive|tell|just|do)\b\s*)+\W*$"
)


def _summary_subject(subject: str) -> str:
    """The phrase naming the story to sum up; "the one datelined rovinj" keeps its dateline,
    which tells it from another story on the place."""
    plain = _strip_article_words(subject)
    if re.search(r"(?<!-)\b(?:datelined|with (?:the |a )?dateline) \w", subject) and plain:
        return f"datelined {plain}"
    return plain


def _strip_article_words(subject: str) -> str:
    subject = _ASKING_TAIL.sub("", subject)
    # "alibaba (incl its apps/models)": an aside on how to search, not more names
    subject = re.sub(r"\s*\([^)]*\)", " ", subject)
    # "every story w a joe rogan mention": the name mentioned; "from or quoting reuters": the
    # publisher's and those quoting it
    subject = re.sub(r"(?<=\w) (?:mention|mentions|namecheck|shoutout|reference)\W*$", "", subject)
    subject = re.sub(
        r"^(?:(?:from|by) )?or (?:quoting|citing|mentioning|quotes?|cites?|mentions?)?\s*",
        "",
        subject.strip(),
    )
    # "meta, the facebook company": who the name is, not another name to find
    subject = re.sub(
        r",\s*(?:the|a|an) (?:[\w'-]+ ){0,3}(?:company|firm|owner|group|maker|giant|platform|"
        r"app|carmaker|bank|club|team|network|chain|start-?up|operator|insurer|airline|retailer)"
        r"\W*$",
        "",
        subject,
    )
    # "articles mentioning microsoft besides the layoffs one": which are already known
    subject = re.sub(r"\s+(?:besides|apart from|other than|except(?: for)?)\b.*$", "", subject)
    # "which stories mention alibaba, even in passing": how much of a mention counts, not a name;
    # "stories w alibaba in them": where the name is
    subject = re.sub(
        r",?\s*(?:even (?:just |only )?(?:in passing|briefly|once)|at all|anywhere|in any way|"
        r"in (?:them|it))\W*$",
        "",
        subject,
    )
    # "the piece where orla keaveney is quoted": the one quoted names it
    subject = re.sub(
        r"\b(?:where|in which) (.+?) (?:is|was|gets?|got|are|were) (?:quoted|mentioned|named|"
        r"interviewed|featured|cited)\b",
        r"\1",
        subject,
    )
    # "the article that quotes morag keir": who it quotes is what names it
    subject = re.sub(
        r"\b(?:that|which|where)\s+(?:quotes?|quoted|quoting|interviews?|interviewed|features?|"
        r"featured|cites?|cited|mentions?|mentioned|names?|named|is about|was about)\b|"
        rf"(?:^\s*|\b{_ARTICLE_NOUN}\s+)(?:quoting|featuring|interviewing|mentioning|citing)\b|"
        # "the story datelined arusha": the place of its dateline names it
        r"\b(?:datelined|with (?:the |a )?dateline)\b",
        " ",
        subject,
    )
    subject = re.sub(r"\b(?:the|a|an|that|this|those|these|your|two|three|all|any)\b", " ", subject)
    # "the boundary post report": a "post" after a name is a publisher's, and stays
    subject = re.sub(rf"(?<![a-z] )\bposts?\b|\b(?!posts?\b){_ARTICLE_NOUN}\b", " ", subject)
    # "the oldest story in the bunch": all of them, no topic
    subject = re.sub(
        r"\b(?:in|of|from|among)\s+(?:bunch|lot|pile|collection|corpus|library|database|"
        r"archive)\b",
        " ",
        subject,
    )
    subject = re.sub(
        r"\b(?:please|for me|to me|about|on|of|in short|briefly|quickly|real quick|again|"
        r"give me|can you|could you|would you|tell me|me)\b",
        " ",
        subject,
    )
    # "the banana one": the story about bananas (not "formula one", a name)
    one = re.search(r"(?<=\w) ones?\W*$", subject.strip())
    if one and not any(subject.strip().endswith(form) for form, _ in _LONG_FORMS):
        subject = subject.strip()[: one.start()]
    return " ".join(subject.strip(" ?!.,;:-").split())


#: What someone asks to learn what the bot can do, after any greeting: "hey what can u
#: actually do?", "what kinda stuff do you know about", "what sort of things can you answer".
_ABILITY = re.compile(
    r"^(?:(?:hi+|hello+|hey+|heya|hiya|yo|ok|okay|so)(?:\s+(?:bot|newsbot|there))?[\s,!.]+)*(?:(?:what|wat)\s+(?:can|could|do)\s+"
    r"(?:you|u)\s+(?:actually\s+|really\s+|even\s+)?(?:do|help with|answer|tell me about|"
    r"know(?: about)?)|(?:what|wat)\s+(?:kind|kinda|kinds|sort|sorta|sorts|type|types)\s+(?:of\s+)?"
    r"(?:stuff|things|questions|topics|news|info|information)\s+(?:do|can|could)\s+(?:you|u|i)\s+"
    r"(?:know(?: about)?|answer|ask(?: you)?(?: about)?|help with|cover|do))"
    r"(?:\s+(?:here|for me))?$"
)


_UNIT_WORD = (
    r"(?:grams?|kilo(?:gram)?s?|kgs?|ounces?|oz|pounds?|lbs?|stones?|tons?|tonnes?|miles?|"
    r"kilomet(?:er|re)s?|km|met(?:er|re)s?|feet|foot|inch(?:es)?|yards?|cm|centimet(?:er|re)s?|"
    r"millimet(?:er|re)s?|mm|lit(?:er|re)s?|gallons?|pints?|cups?|tablespoons?|teaspoons?|"
    r"seconds?|minutes?|hours?|days?|weeks?|months?|years?|bytes?|kb|mb|gb|tb)"
)
#: Sums, unit conversions and the time now, which no news article answers: "whats 15% of 240",
#: "how many grams in a pound", "what is 12 times 7", "what time is it".
_CALCULATION = re.compile(
    rf"^(?:(?:what is|whats|what's|wat is|calculate|compute|work out)\s+)?[\d.,]+\s*"
    rf"(?:%|percent|per cent)\s+of\s+[\d.,]+\W*$|"
    rf"^(?:(?:what is|whats|what's|wat is|calculate|compute)\s+)?[\d.,]+\s*"
    rf"(?:[-+*/x×÷]|plus|minus|times|divided by|multiplied by)\s*[\d.,]+\W*$|"
    rf"^how (?:many|much) {_UNIT_WORD}\s+(?:are\s+)?(?:there\s+)?in\s+(?:an?|one|[\d.,]+)\s+"
    rf"{_UNIT_WORD}\W*$|"
    rf"^(?:convert\s+)?[\d.,]+\s*{_UNIT_WORD}\s+(?:to|in|into)\s+{_UNIT_WORD}\W*$|"
    # the clock and the calendar of the asker's now: "what time is it", "whats todays date"
    r"^(?:what|wat) (?:time|day|date) is it(?: today| now| right now| there)?\W*$|"
    r"^(?:what|wat)(?:'s| is|s) (?:the time(?: now| right now)?|the date today|today'?s date|"
    r"the day today)\W*$"
)


def is_calculation(text: str) -> bool:
    return bool(_CALCULATION.match(fold(text).strip()))


def is_greeting(text: str) -> bool:
    stripped = " ".join(re.sub(r"[^\w\s';]", " ", text).split())
    return bool(stripped) and bool(_GREETING.match(stripped) or _ABILITY.match(stripped))


#: A question wrapped in a polite ask: "do u know how cold it got", "can you tell me who won".
_POLITE = re.compile(
    r"^(?:(?:hi|hey|so|ok|okay|um|erm),? )?(?:(?:do|did|does) (?:you|u|anyone) (?:happen to )?know|"
    r"(?:can|could|would) (?:you|u) (?:tell|let) me(?: know)?|any ?(?:idea|clue)s?|"
    r"i(?: was| am|'m)? wonder(?:ing)?|i(?:'d| would) like to know|i want to know|"
    r"(?:please|pls) tell me|tell me|just wondering)[,:]? (?=(?:who|what|whats|what's|when|where|"
    r"why|how|which)\b)",
    re.IGNORECASE,
)
#: A follow-up that is only the attribute asked: "score?", "and the price?", "date?".
_BARE_ATTRIBUTE = re.compile(
    r"(?:(?:and|so|ok|okay|what about|how about|wat about) )?(?:the |their |its |his |her )?"
    r"(score|final score|result|price|cost|date|attendance|crowd|fee|transfer fee|salary|age|"
    r"margin|gross margin|revenue|profit|valuation|total|capacity|budget|deadline|venue|"
    r"location|prize money|winning score|time|distance)"
)


#: A statement the asker checks before asking on: "ferrabosco retired rite? so ...".
_CONFIRMED = re.compile(
    r"^((?:[\w'&.-]+ ){0,6}[\w'&.-]+),? (?:right|rite|ryt|yeah|yea|correct|innit)\?+\s*"
    r"(?:so |and |but |then )?((?:what|who|how|when|where|why|which|is|are|does|did|do|was|"
    r"were)\b.+)$"
)
_SUBJECT_WORDS = frozenset(["he", "she", "they", "it", "i", "you", "u", "we", "this", "that"])


def understand(asked: str, speller: Speller | None = None) -> Question:
    """Read a question: its kind, its subject, its parts."""
    raw = fold(asked)
    if INSTRUCTION.search(asked) or DEMAND.search(asked):
        return Question(asked, raw, Kind.INSTRUCTION)
    if is_greeting(raw.replace("?", "").replace("!", "")):
        return Question(asked, raw, Kind.GREETING)
    text = _POLITE.sub("", normalise(asked, speller))
    bare = fold(text).strip(" ?!.")
    attribute = _BARE_ATTRIBUTE.fullmatch(bare)
    aged = re.fullmatch(r"(?:(?:and|so|ok|okay|what about|wat about) )?(his|her) age", bare)
    if aged:
        # "and his age?": how old the one the conversation is about is
        text = bare = "how old is " + ("he" if aged.group(1) == "his" else "she")
    elif attribute:
        # "score?" after "who won the worlds": what the score was, in the story under discussion
        text = bare = f"what was the {attribute.group(1)}"
    then = _THEN_ASKING.fullmatch(bare)
    if then:
        # one question, asked of how much, when, where: "how much r currys paying a dividend"
        text = bare = f"{then.group('asking')} {then.group('question')}"
    if not content_terms(bare) and is_greeting(bare):
        return Question(asked, text, Kind.GREETING)
    confirmed = _CONFIRMED.match(bare)
    if confirmed and _BARE_ASKING.fullmatch(confirmed.group(2).strip(" ?")):
        # "someone passed out right? how old": how old the one who passed out was
        text = bare = f"{confirmed.group(2).strip(' ?')} {confirmed.group(1)}"
    elif confirmed and len(content_terms(confirmed.group(2))) >= 2:
        # "ferrabosco retired rite? so wat does he do at the school these days": what he does,
        # of whom the asker took for granted
        said, asking = confirmed.groups()
        who = said.split()[0]
        if who not in STOPWORDS and who not in _SUBJECT_WORDS:
            asking = re.sub(r"\b(?:he|she|they)\b", who, asking, count=1)
        text = bare = asking
    lone_side = re.match(
        r"(?:vs\.?|versus|compared (?:to|with)|as against) (?!.*\b(?:vs|versus)\b)", bare
    )
    if lone_side:
        # "vs the whole of 2024?" after a figure: the same asked of the other side
        text = bare = "and " + bare[lone_side.end() :]

    if _ALL_ARTICLES.search(bare):
        return Question(asked, text, Kind.CATALOGUE)
    then_list = _THEN_LIST.match(bare)
    if then_list:
        first = understand(then_list.group(1), speller)
        if first.kind in (Kind.OVERVIEW, Kind.CATALOGUE) and first.subject:
            return Question(asked, text, Kind.CATALOGUE, subject=first.subject)
        anything = _ANYTHING_ON.match(then_list.group(1))
        if anything:
            subject = _strip_article_words(anything.group(1))
            return Question(asked, text, Kind.CATALOGUE, subject=subject)
    publisher = _PUBLISHED_BY.match(bare)
    if publisher:
        subject = next(g for g in publisher.groups() if g)
        return Question(asked, text, Kind.CATALOGUE, subject=_strip_article_words(subject))
    month = _FROM_MONTH.match(bare)
    if month:
        # "feb 2026": the month written out, as the list reads it
        subject = re.sub(r"^([a-z]{3,4})\.?\b", _full_month, month.group(1))
        return Question(asked, text, Kind.CATALOGUE, subject=subject)
    parts = _split_unless_named(bare, speller)
    if len(parts) == 2 and _ONLY_ASKS_IT.match(parts[1]):
        # "microsoft funded something at the museum? what was it pls": one question, told
        # then asked
        parts = [bare]
    across = _across_stories(bare)
    if across:
        return Question(asked, text, Kind.COMPARE, parts=across)
    gap = _HOW_LONG_AFTER.match(bare)
    if gap:
        # "how long after the church move story did the one about the new centre come out"
        earlier, later = (_strip_article_words(_ONE_ABOUT.sub("", g)) for g in gap.groups())
        return Question(asked, text, Kind.WHEN, parts=(earlier, later), order="gap")
    order = _ORDER.search(bare)
    if order and _LATEST_IN.match(bare):
        order = None  # "what's the latest in pro cycling": the news on it, newest first
    if (order or _WHEN_META.search(bare)) and (
        # "the wadi rum one or the cremona one, both june rite? which was first"
        len(parts) < 2 or (order and re.search(r"\bor\b", bare))
    ):
        word = next((g for g in order.groups() if g), "") if order else ""
        newest = word in {
            "most recent",
            "latest",
            "newest",
            "freshest",
            "last",
            "later",
            "newer",
            "more recent",
        }
        sides = _sides(bare)
        came = _CAME_BEFORE.match(bare)
        if came and not sides:
            # "did the cognac story come out before the windmill one": the two, in order
            sides = tuple(_strip_article_words(g) for g in came.groups())
        return Question(
            asked,
            text,
            Kind.WHEN,
            subject=_strip_article_words(_when_subject(bare)),
            parts=sides,
            order=("newest" if newest else "oldest") if word else "",
        )
    if _SUMMARY.search(bare):
        subject = _SUMMARY.sub(" ", bare)
        # "give me a short summary of ...": the asking, then how long
        subject = re.sub(
            r"^(?:(?:can you|could you|pls|please|give me|gimme|what is|whats|what was|"
            r"what's|i want|i'd like|(?:can|could|may) i (?:get|have|see)|i need|do|"
            r"what happened (?:at|in|with|to))\b\s*)*"
            r"(?:(?:a )?(?:quick|short|brief|fast)\b)?",
            " ",
            subject.strip(),
            count=1,
        )
        # "what was the article quoting federica ruggeri about? short summary", "the te anau
        # article, summarise it in a couple sentences": how long, not which
        subject = re.sub(
            r"(?:\s+about)?\W+(?:a )?(?:short|quick|brief)\W*$|\s+about\W*$|"
            r"(?:\W+it)?\s+in (?:a )?(?:couple|few|two|three|2|3)(?: of)? (?:sentences|lines|words)"
            r"\W*$|\W+it\W*$|"
            # "the afp report from gruyeres, whats the short of it"
            r",?\s+(?:what is|whats|what's|what was|gimme|give me)(?: the)?\W*$",
            "",
            subject,
        )
        # "sum up what autogrid news wrote": the publisher names the article
        subject, by_writer = re.subn(
            r"^\s*(?:an?\s+)?(?:(?:of|on)\s+)?what(?:ever)? (?:the )?(.+?) (?:wrote|writes|"
            r"has written|said|says|published|"
            r"reported|"
            r"ran|had)\b",
            r"\1",
            subject,
        )
        if not by_writer:
            # "visayas wildlife dispatch wrote something, break it down for me"
            subject, by_writer = re.subn(
                r"^\s*(?:the )?(.+?) (?:wrote|published|ran|put out|did) (?:something|a piece|"
                r"an article|a story|one)\b.*$",
                r"\1",
                subject,
            )
        news = re.search(
            r"^(?:the )?(?:latest |recent )?(.+?) (?:news|situation|saga|stories)"
            r"(?: pls| please)?$",
            " ".join(subject.split()),
        )
        if news and not by_writer and not re.search(rf"\b{_PIECE}\b", news.group(1)):
            # "the rundown on the sri lankan cricket news": every story on it, not one article
            return Question(asked, text, Kind.OVERVIEW, subject=_strip_article_words(news.group(1)))
        happening = re.search(
            r"\b(?:what is |whats |what's |what has been )?(?:happening|happenin'?|happen|going on)"
            r" (?:with|in|at|around|to|for) (.+)$",
            subject,
        )
        if happening and not content_terms(subject[: happening.start()]):
            # "the gist of what's happening with matcha in japan": the news on it
            subject = _strip_article_words(happening.group(1))
            return Question(asked, text, Kind.OVERVIEW, subject=subject)
        return Question(asked, text, Kind.SUMMARY, subject=_summary_subject(subject))
    overview = _OVERVIEW.match(bare)
    if overview:
        phrase = " ".join(g for g in overview.groups() if g)
        mention = _MENTION_FIRST.match(phrase)
        if mention:
            # "any story mentioning paris": every story naming it, not the news on it
            return Question(
                asked, text, Kind.CATALOGUE, subject=_strip_article_words(mention.group(1))
            )
        phrase = re.sub(r" (?:in|on) the$", "", phrase)  # "any natural disasters in the news"
        subject = _strip_article_words(_OVERVIEW_FILLER.sub(" ", phrase))
        if subject and not re.match(r"^(?:it|them|that|this|him|her|they|he|she)$", subject):
            return Question(asked, text, Kind.OVERVIEW, subject=subject)
    plural = (
        _ANY_PLURAL.match(bare)
        or _ANY_LATELY.match(bare)
        or _ANYTHING_LATELY.match(bare)
        or _DOING_ANYTHING.match(bare)
        or _HAPPENED_TO.match(bare)
    )
    if plural:
        phrase = " ".join(g for g in plural.groups() if g)
        mention = _MENTION_FIRST.match(re.sub(rf"^{_ARTICLE_NOUN} ", "", phrase))
        if mention:
            return Question(
                asked, text, Kind.CATALOGUE, subject=_strip_article_words(mention.group(1))
            )
        subject = _strip_article_words(_OVERVIEW_FILLER.sub(" ", phrase))
        if len(subject.split()) >= 2:
            return Question(asked, text, Kind.OVERVIEW, subject=subject)
    about = _ABOUT_ARTICLE.match(bare)
    if about:
        subject = next(g for g in about.groups() if g)
        return Question(asked, text, Kind.SUMMARY, subject=_summary_subject(subject))
    listed = _LIST_FILTER.match(bare) or _LIST_NAMED.match(bare)
    if listed:
        subject = next(g for g in listed.groups() if g)
        # "formula one, including any f1 teams": the articles on the first already hold them
        subject = _WIDENED.sub("", subject) or subject
        # "the formula 1 related articles": every one naming formula 1
        subject = re.sub(r"(?:\s+|-)related\W*$", "", subject) or subject
        # "the pieces that are from reuters or quote reuters": reuters
        subject = re.sub(r"^(.+?) or (?:quotes?|cites?|mentions?|names?) \1$", r"\1", subject)
        if re.search(rf"\b(?:from|by) {re.escape(subject)}$", bare) and not subject.startswith(
            "or "
        ):
            # "which stories are from the midlands post": a publisher's name keeps its "post"
            return Question(asked, text, Kind.CATALOGUE, subject=re.sub(r"^the ", "", subject))
        return Question(asked, text, Kind.CATALOGUE, subject=_strip_article_words(subject))
    mentioned = _mention_list(bare, speller)
    if mentioned:
        return Question(asked, text, Kind.CATALOGUE, subject=mentioned)
    # "did kasku lose more money in 2025 than in 2024": one thing at two times
    compared = (
        _COMPARE.search(bare)
        or _HOW_MUCH_MORE.match(bare)
        or _MORE_THEN_THAN.match(bare)
        or _THEN_THAN_NOW.match(bare)
        or _MORE_AFTER.match(bare)
        or _OLD_VS_NEW.match(bare)
    )
    if compared and len(parts) > 1 and re.fullmatch(r"vs\.?|versus", compared.group(0)):
        # "when did ekitike score vs everton and how much did they pay for him": the "vs"
        # names a match inside one of two questions
        return Question(asked, text, Kind.MULTI, parts=tuple(parts))
    if compared and not _MATCH_FACT.search(bare) and not _WHY.match(bare):
        return Question(asked, text, Kind.COMPARE, parts=_sides(bare))
    if len(parts) > 1:
        return Question(asked, text, Kind.MULTI, parts=_counted_carried(parts))
    years = _TWO_YEARS.match(bare)
    if years:
        # "sighisoara fest crowd in 2024 and then the 2026 comeback crowd": the crowd each year
        thing, year, other_year = years.groups()
        return Question(
            asked, text, Kind.COMPARE, parts=(f"{thing} in {year}", f"{thing} in {other_year}")
        )
    again = _AND_THEN_LATER.match(bare)
    if again and content_terms(_AT_THE_TIME.sub("", again.group(1))):
        # "number of wedding clerks on aero during the backlog, and now?": one thing at two times
        before, when = again.groups()
        thing = _AT_THE_TIME.sub("", before)
        now = when in _NOW_WORDS
        if now and not re.search(r"\b20\d\d\b", before):
            before = f"{thing} back then"  # "during the backlog": the older story of a pair
        return Question(
            asked, text, Kind.COMPARE, parts=(before, f"{thing} {'now' if now else when}")
        )
    return Question(asked, measure_asked(text), Kind.FACT)


#: A closing "and now?" asking the first part's thing again at another time: "households
#: compensated at the time of the church move, and then by 2026?".
_AND_THEN_LATER = re.compile(
    r"^(.+?)(?:\s*(?:,|;| -)?\s+(?:and|&|n|but|vs\.?|versus)\s+|\s*(?:;|\s/|\s\+)\s*)"
    r"(?:then |what about |how about |how many |how much |what |who |"
    # "...; what is it now", "+ what he does now": the thing asked again by a pronoun
    r"(?:what|who|how much|how many)(?:'s| is| are| r| was)? (?:it|they|he|she|that|this)"
    r"(?: (?:is|are|does|do|r))? )?"
    r"(now|today|these days|nowadays|currently|at the moment|right now|atm|this year|"
    r"(?:by|in|as of) (?:20\d\d|(?:the )?(?:latest|newer|second|later) (?:story|article|one)))\W*$"
)
#: One thing in one year and then in another: "the fest crowd in 2024 and then the 2026
#: comeback crowd".
_TWO_YEARS = re.compile(
    r"^(.+?) in ((?:19|20)\d\d),? (?:and then|and|&|then|vs\.?|versus) (?:in )?(?:the )?"
    r"((?:19|20)\d\d)(?: [\w'-]+){0,3}\W*$"
)
_NOW_WORDS = frozenset(
    "now today currently atm nowadays".split()  # noqa: SIM905
) | {"these days", "at the moment", "right now", "this year"}
#: When a first part says its thing was: "at the time of the church move", "during the backlog".
_AT_THE_TIME = re.compile(
    r"\s+(?:at the time(?: of)?|during|when|while|back (?:in|then)|before|after|"
    r"(?:in|by|as of) (?:20\d\d|the (?:first|older|earlier|20\d\d) (?:story|article|one)))\b.*$"
)


#: A comparison of one thing across a pair of stories: "between the two stories", "from the
#: first article to the second".
_ACROSS_STORIES = re.compile(
    # "between the 2 spa stories": a word or two may say which pair
    rf"\b(?:between (?:the two|the 2|both|both the|the both) (?:[\w'-]+ ){{0,2}}?|"
    rf"(?:across|in|over) (?:the two|the 2|both|both the|the both) ){_ARTICLE_NOUN}\b|"
    rf"\bbetween the {_ARTICLE_NOUN}\b|"
    rf"\bfrom (?:the )?(?:first|older|earlier|old|original) (?:one |(?:[\w'-]+ ){{0,2}}?"
    rf"{_ARTICLE_NOUN} )?to (?:the )?"
    rf"(?:second|newer|later|latest|new|next)(?: one| {_ARTICLE_NOUN})?\b"
)
#: One thing asked in the older story and in the newer: "petr hruska's herd size in the first
#: cheese story & in the later one", "cask delivery wait in 2025 vs the latest story".
_IN_EACH_STORY = re.compile(
    rf"^(.+?) in (?:the (?:first|earlier|older|original|old) (?:[\w'-]+ ){{0,2}}?{_ARTICLE_NOUN}|"
    rf"(?:19|20)\d\d),? (?:&|and|vs\.?|versus|or|compared (?:with|to)) (?:in )?the "
    rf"(?:later|latest|newer|newest|second|new|most recent|next)(?: one| {_ARTICLE_NOUN})?"
    rf"(?:\W+(?:which|what|how)\b.*)?\W*$"
)
#: Two stories named by what they report: "between the shortage story and the plant story".
_BETWEEN_NAMED = re.compile(
    rf"\b(?:between|from) the ((?!two\b|2\b|first\b|older\b)[\w'-]+(?: [\w'-]+)?) "
    rf"{_ARTICLE_NOUN} (?:and|to) the ([\w'-]+(?: [\w'-]+)?) {_ARTICLE_NOUN}\b"
)
#: How a change is asked, which the two figures side by side answer: "went up or down".
_CHANGE_ASKED = re.compile(
    r"\b(?:(?:did|has|have) (?:it|they|that|this) )?(?:go|went|gone|goes|gone) (?:up|down)"
    r"(?: or (?:down|up))?\b|\b(?:up or down|down or up)\b|"
    r"\b(?:how )?(?:did|has|have) (?:it|they|that|this) (?:change|changed|rise|risen|fall|fallen|"
    r"grow|grown|increase|increased|drop|dropped|shrink|shrunk)\b|\bhow (?:it|they) changed\b|"
    r"\b(?:what changed|change|changed)\b"
)
#: Words asking for a comparison, not naming what is compared: "how did ... stack up".
_COMPARE_ASKING = re.compile(
    r"^(?:how (?:did|does|do|has|have|would) )|\b(?:stack(?:s|ed)? up|compare[sd]?|"
    r"about (?:her|him|them|it))\b|"
    # "whats the diff between the two windmill stories": how the stories differ, nothing named
    r"^(?:what(?:'s| is|s| are)? (?:the )?)?(?:diff|differ|difference|differences)\b|"
    r"^how (?:do|did|does) (?:they|the \w+) differ\b"
)


def _across_stories(bare: str) -> tuple[str, str] | None:
    """The two sides of one thing compared across a pair of stories ("night market stalls,
    went up or down between the two stories?"): as the older story and the newer one give it."""
    if _MENTIONED.search(bare):
        return None
    named = _BETWEEN_NAMED.search(bare)
    thing = _thing_compared(bare, named) if named else ""
    if thing:
        # "did the tin go up between the shortage story and the plant story": each side in
        # the story it names
        first, second = named.group(1, 2) if named else ("", "")
        return (f"{thing} in the {first} story", f"{thing} in the {second} story")
    each = _IN_EACH_STORY.match(bare)
    if each and content_terms(each.group(1)):
        return (f"{each.group(1)} back then", f"{each.group(1)} now")
    across = _ACROSS_STORIES.search(bare)
    thing = _thing_compared(bare, across) if across else ""
    return (f"{thing} back then", f"{thing} now") if thing else None


def _thing_compared(bare: str, stories: re.Match[str]) -> str:
    """What a question compares across the stories it names, without the asking and the
    stories: "ceremonial tin at hibiki-en" in "did the ceremonial tin at hibiki-en go up
    between ...", or "" when nothing is left."""
    thing = _CHANGE_ASKED.sub(" ", bare[: stories.start()] + " " + bare[stories.end() :])
    thing = _COMPARE_ASKING.sub(" ", thing.strip())
    # "did tuition at the school go up between the two stories": the tuition, not a yes/no
    thing = re.sub(r"^\s*(?:did|does|do|has|have|had|is|are|was|were)\s+", "", thing)
    thing = " ".join(re.sub(r"[?,:;]", " ", thing).split())
    return thing if content_terms(thing) else ""


#: A word telling that a name is looked for in the articles, however the question is worded.
_MENTION_VERB = (
    r"mention(?:s|ed|ing)?|name[- ]?(?:drop|check)(?:s|ped|ping|ed|ing)?|"
    r"referenc(?:es?|ed|ing)|cit(?:es?|ed|ing)|appears?|features?|related"
)
_TURNS_UP_VERB = (
    r"come|comes|came|show|shows|pop|pops|popped|crop|crops|cropped|turn|turns|bring|brings|"
    r"brought|bringing"
)
_MENTIONED = re.compile(rf"\b(?:{_MENTION_VERB}|(?:{_TURNS_UP_VERB}) up)\b")
#: A word asking for every article that does: "which stories", "all of them", "anywhere".
_EVERY_ONE = re.compile(
    rf"\b(?:{_ARTICLE_NOUN}|which ones|all of (?:them|em|'em|it)|every(?:where| one)?|"
    rf"anywhere|list|where)\b"
)
#: What is left of such a question once its asking words go: the name looked for.
_LOOKING_WORDS = re.compile(
    rf"\b(?:{_ARTICLE_NOUN}|name|names|every|each|all|of|them|em|pls|please|plz|which|what|"
    rf"where|does|do|did|is|are|was|were|has|have|any|in|the|a|an|gimme|give|show|list|me|"
    rf"ones?|anywhere|everywhere|else|at|exactly|across|throughout|corpus|as|source|sources|"
    rf"get|gets|got|you|u|ur|your|i|we|think|right|lol|tho|though|up|{_MENTION_VERB}|"
    rf"{_TURNS_UP_VERB}|by|wheres|whereabouts|to|with|need|want|it|that|stuff|things|single|"
    rf"namedrop\w*|drop\w*)\b"
)


def _mention_list(bare: str, speller: Speller | None) -> str | None:
    """The name a question asks every mention of, however it is worded ("huawei mentioned
    anywhere? which stories", "name every story where joe rogan comes up", "gimme all the
    formula 1 related articles"): a word saying a name turns up, one asking for every article,
    and a short remainder that the articles use as it stands. A fact of one story ("where did
    the fragments turn up") asks a time or place of a deed, in the past."""
    said = _MENTIONED.search(bare)
    every = {m.group(0) for m in _EVERY_ONE.finditer(bare)}
    if said is None or not every:
        return None
    plain = re.sub(r"[?!.,:;/-]|(?<=\w)'s\b", " ", bare)
    if every == {"where"} and _LOOKING_WORDS.sub(" ", plain[said.end() :]).split():
        return None  # "where does the drift ice show up first": a place, asked of one story
    if re.match(r"(?:who|why|how|when)\b", bare) or re.search(r"\b(?:did|was|were)\b", bare):
        return None
    name = " ".join(_LOOKING_WORDS.sub(" ", plain).split())
    if not name or len(name.split()) > 4 or not content_terms(name):
        return None
    if speller is not None and not speller.uses_phrase(name):
        # "cadillac f1 team pops up where?": the name the articles write, without what the
        # asker added to it
        words = name.split()
        return next(
            (
                " ".join(words[:n])
                for n in range(len(words) - 1, 0, -1)
                if speller.writes_name(" ".join(words[:n]))
            ),
            None,
        )
    return name


#: "how many (volunteers) joined": what a first part counts.
_COUNTS = re.compile(r"^(?:and |also )?how many ((?:[\w'-]+ ){0,2}?[\w'-]+s)\b")
#: "how many came over from the us": a later part counting without saying what.
_COUNTS_NOTHING = re.compile(
    r"^((?:and |also )?how many) (?=(?:came|come|were|are|was|is|did|do|will|would|can|could|"
    r"may|might|should|does|have|had|got|went|travelled|traveled|turned|made|took|flew|signed|"
    r"joined|left|"
    r"stayed|showed|arrived|remain|remained)\b)"
)


def _counted_carried(parts: list[str]) -> tuple[str, ...]:
    """The parts, a later one that counts without saying what counting what the first counts:
    "how many volunteers joined the hunt and how many came over from the us"."""
    counted = _COUNTS.match(parts[0])
    if counted is None:
        return tuple(parts)
    return (
        parts[0],
        *(_COUNTS_NOTHING.sub(rf"\1 {counted.group(1)} ", part) for part in parts[1:]),
    )


#: A part that only asks for what the part before told of: "what was it", "who was that".
_ONLY_ASKS_IT = re.compile(
    r"^(?:and |so )?(?:what|who|which|where)(?:'s|s| is| was| were| are)? (?:it|that|this|they|"
    r"them|one|he|she)(?: exactly| then)?(?: (?:pls|please|plz|thx|thanks|lol|tho))*\W*$"
)


#: A turn that says it leaves the conversation: "ok diff topic, ...", "unrelated but ...".
_TOPIC_CHANGE = re.compile(
    r"^(?:(?:ok(?:ay)?|so|right|alright|anyway|also|and)\b[,.!]?\s*)?"
    r"(?:(?:on an?|a|(?:totally |completely )?(?:diff(?:erent|er)?|new|another|other|separate|"
    r"unrelated)) ?(?:topic|question|subject|thing|note|qn?)|(?:totally |completely )?unrelated|"
    r"change of (?:topic|subject)|changing (?:topic|the subject)|switching (?:topics?|gears))"
    r"(?: (?:q|qn|question))?(?: but| though| tho| here)?\b[\s,.:;!?—–-]*",
    re.IGNORECASE,
)


#: "ok wat about hydra, how much water can its plant make a day": a subject, then a question
#: that says "its" of it.
_ABOUT_THEN = re.compile(
    r"^(?:(?:ok(?:ay)?|so|right|alright|and|also)\b[,.!]?\s*)?(?:(?:what|wat|how) about "
    # "ok and the malaysian durian one, how much went to china"
    r"|(?:and )?(?=the [^,?;:]+? (?:one|story|article)\s*[,;:]))"
    r"(?:the )?([^,?;:]+?)\s*[,;:?]+\s*((?:how|what|wat|who|whos|when|where|why|which|is|are|"
    r"was|were|did|does|do|can|will)\b.+)$",
    re.IGNORECASE,
)
_ITS = re.compile(r"\b(?:its|their|it|they|them)\b", re.IGNORECASE)


#: Words that pick one of the things a conversation named, naming nothing new.
_WHICH_ONE_WORDS = frozenset(
    "other first second third last latest earlier later older newer same new old previous".split()  # noqa: SIM905
)


def about_then(text: str) -> tuple[str, str] | None:
    """The subject a "what about X, <question>" turn names and its question asked of it ("how
    much water can hydra's desalination plant make a day"), or None for any other turn."""
    m = _ABOUT_THEN.match(text.strip())
    if m is None:
        return None
    subject, asked = m.group(1).strip(), m.group(2)
    subject = re.sub(r" (?:one|story|article)$", "", subject)
    if not set(content_terms(subject)) - _WHICH_ONE_WORDS:
        return None  # "and the other one, ...": one the conversation has named
    pronoun = _ITS.search(asked)
    if pronoun is None:
        return subject, f"{asked} ({subject})"
    named = f"{subject}'s" if pronoun.group(0).lower() in ("its", "their") else subject
    return subject, f"{asked[: pronoun.start()]}{named}{asked[pronoun.end() :]}"


def new_topic(text: str) -> str | None:
    """The question a turn asks when it says it changes the subject, else None: such a turn
    starts afresh, as if nothing had been asked before it."""
    m = _TOPIC_CHANGE.match(text.strip())
    rest = text.strip()[m.end() :].strip() if m else ""
    return rest if m and content_terms(rest) else None


#: Whom a follow-up asks about by the post they held before someone: "the guy who ran it b4
#: her", "her predecessor".
_PREDECESSOR_ASKED = re.compile(
    r"\b(?:the )?(?:guy|man|woman|person|bloke|lady|dude|one|fella|chap) (?:who|that) "
    r"(?:ran|led|headed|had|managed|was running|did) (?:it|that|the \w+|the job|the post) "
    r"(?:before|b4|previously)(?: (?:her|him|them))?\b|"
    r"\b(?:the )?(?:guy|man|woman|person|bloke|lady|dude|one) (?:before|b4) (?:her|him|them)\b|"
    r"\b(?:her|his|their|the) predecessor\b",
    re.IGNORECASE,
)
#: Whom a sentence says someone replaced: "She took over from Mario Benussi, 67, who retired".
_REPLACED = re.compile(
    r"\b(?:took over from|taking over from|replacing|replaced|succeeded|succeeding|"
    r"successor to|to replace) "
    r"((?:[A-ZÀ-Þ][\w'’-]+ ){1,3}?[A-ZÀ-Þ][\w'’-]+)\b"
)


def name_predecessor(question: str, said: str) -> str:
    """The follow-up with the predecessor it asks about named, as the last answer names him:
    "and the guy who ran it before, what does he do" after "She took over from Mario Benussi"
    asks about Mario Benussi."""
    asked = _PREDECESSOR_ASKED.search(question)
    replaced = _REPLACED.search(said) if asked else None
    if asked is None or replaced is None:
        return question
    return f"{question[: asked.start()]}{replaced.group(1)}{question[asked.end() :]}"


#: "how old is the kid", "how old is the winner": the age of the one the last answer is about
#: ("he" and "she" are left to the conversation: the answer may open with someone else).
_AGED_REFERENT = re.compile(
    r"^(?:and |so |n |but )?how old (?:is|was|r|are|'s) (the (?:kid|boy|girl|guy|man|woman|lad|"
    r"teen|teenager|youngster|winner|player|rider|driver|champion))"
    r"(?=(?: now| then)?\W*$)",
    re.IGNORECASE,
)
#: The one a quoted sentence opens with: "Matej Halaj, a pupil at a grammar school, won ...".
_OPENING_PERSON = re.compile(r"(?:^|(?<=[.!?] ))((?:[A-ZÀ-Þ][\w'’-]+ ){1,2}[A-ZÀ-Þ][\w'’-]+), ")


def name_aged(question: str, said: str) -> str:
    """The follow-up asking someone's age with the one the last answer opens with named: "how
    old is the kid" after "Matej Halaj, a pupil at a grammar school in the city, won ..." asks
    how old Matej Halaj is (not the grandmaster aged 41 the same sentence names)."""
    asked = _AGED_REFERENT.search(question)
    person = _OPENING_PERSON.search(said) if asked else None
    if asked is None or person is None:
        return question
    return f"{question[: asked.start(1)]}{person.group(1)}{question[asked.end(1) :]}"


def _split_unless_named(text: str, speller: Speller | None) -> list[str]:
    """:func:`split_parts`, keeping whole a pair the articles write as one name with its "and"
    ("who won the norfolk and suffolk mayor race" asks of one mayoralty)."""
    joined = [
        m.group(0)
        for m in re.finditer(r"\b([a-z][\w'-]+) and ([a-z][\w'-]+)\b", text)
        if speller is not None
        and m.group(1) not in STOPWORDS
        and m.group(2) not in STOPWORDS
        and speller.uses_phrase(m.group(0))
    ]
    for pair in joined:
        text = text.replace(pair, pair.replace(" and ", "\x00"))
    return [p.replace("\x00", " and ") for p in split_parts(text)]


#: "how many customers ...": what a first part counts; "how many has it got now": a second part
#: that counts without saying what.
_COUNTED_NOUN = re.compile(
    r"^(how many) ((?!(?:is|are|was|were|do|does|did|has|have|had|will|can|would)\b)[a-z][\w-]*"
    # "how many member boats did it have": a thing of two words
    # ("how many terceira whale boats were licensed": three)
    r"(?:(?: (?!(?:is|are|was|were|do|does|did|has|have|had|will|can|would|in|on|at|by|of|for|"
    r"from|to|the|a|an|and|or|with|there|they|it|he|she|we|you|i|this|that|these|those)\b)"
    r"[a-z][\w-]*){1,2}(?= (?:is|are|was|were|do|does|did|has|have|had|will|can|would)\b))?)\b"
)
_UNCOUNTED = re.compile(
    r"^(how many)(?= (?:is|are|was|were|do|does|did|has|have|had|will|can|would|work|live|"
    r"remain|are left|now)\b)"
)


#: A first part asking what something is, and a later one only its question word.
_BARE_LATER_ASKING = re.compile(
    r"^((?:what|how much|how many|who) (is|was|are|were|will be) (?:the )?(.+?)),? (?:and|&|\+) "
    r"(by when|since when|until when|when|where|why|how come|from when)$"
)


#: A topic of a few names typed straight before the count asked: "wadi rum camps how many".
_NO_TOPIC_WORD = (
    r"(?!(?:in|on|at|by|to|for|from|it|is|was|did|does|do|would|will|said|and|or|so|the|a|an|"
    r"how|what|who|when|where|which|why)\b)[\w'&.-]+"
)
_NAMED_BEFORE_COUNT = re.compile(
    rf"^((?:{_NO_TOPIC_WORD} ){{1,3}}{_NO_TOPIC_WORD})\s+(?=how (?:many|much) \w)"
)


#: A later part asking of the one the first names, in no words of its own: "(carmel mizzi's
#: age in the storm story) + what does he do now".
_OF_THEM = re.compile(r"^(?:what|where|who|how)\b(?: [\w']+){1,3}? (?:he|she)\b(?: [\w']+){1,4}$")


#: A measure named after its thing, as a question of it: "visby town wall length" asks how long
#: the wall is.
_MEASURE_NAMED = re.compile(
    r"(?i)^(?!(?:how|what|who|when|where|which|why|is|are|was|were|do|does|did)\b)"
    r"(?:the )?((?:[\w'&.-]+ ){1,5}?)(length|height|depth|width|area|size)\W*$"
)
_MEASURE_ASKING = {
    "length": "how long is",
    "height": "how high is",
    "depth": "how deep is",
    "width": "how wide is",
    "area": "how big is",
    "size": "how big is",
}


def measure_asked(text: str) -> str:
    """A measure typed as a noun after its thing ("visby town wall length") as the question it
    stands for ("how long is the visby town wall"); anything else as it is."""
    named = _MEASURE_NAMED.match(text)
    if not named:
        return text
    thing, measure = named.groups()
    return f"{_MEASURE_ASKING[measure]} the {thing.strip()}"


def _of_topic(topic: str, part: str) -> str:
    """A part asked of a topic typed first: "peppi caruana: his role at the new school" asks
    peppi caruana's role there."""
    if re.match(r"(?:his|her|their) ", part):
        return f"{topic}'s {part.split(' ', 1)[1]}"
    return f"{topic}: {part}"


#: A question's first word.
_ASKING_OPENER = r"(?:how|what|whats|what's|who|whos|who's|when|where|which|why)\b"


#: A thing named, then the date of a deed of it: "... & the yr it got nationalised".
_DATE_OF_DEED = re.compile(
    r"^(.{8,}?) (?:&|and|\+) the (?:year|yr|date|day|month) (it|they|he|she) "
    r"(?:got |was |were )?([a-z]{3,}ed\b.*)$"
)


def split_parts(text: str) -> list[str]:
    """Sub-questions of a question that asks several things ("who X and how many Y"), or one
    thing of two settings ("what does it cost in china and in the uk", "who came 2nd and 3rd")."""
    topic = (
        re.match(r"^(.+?)(?:\s+[-–—]|\s*:)\s+(?=(?:how|what|who|when|where|which|why)\b)", text)
        or _NAMED_BEFORE_COUNT.match(text)
        # "elafonisos: cars per day on the ferry last aug; how long is the crossing": a topic,
        # then things asked of it, the first not as a question
        or re.match(r"^([^:,;]{3,40}?)\s*:\s+", text)
    )
    if (
        topic
        and not re.match(r"(?:how|what|who|when|where|which|why)\b", text)
        and not re.search(r"\b(?:vs\.?|versus|or|compared?)\b", topic.group(1))
    ):
        # "holi in mathura - how many got treated, how much fake powder did cops seize": each
        # part of the topic typed first
        parts = split_parts(text[topic.end() :])
        if len(parts) > 1 and all(
            set(content_terms(p)) - {"many", "much"}
            # "rui teixeira: how old was he ..., and whats he up to now": of the topic
            or re.search(r"\b(?:he|she|they|him|her|them)\b", p)
            for p in parts
        ):
            return [_of_topic(topic.group(1), part) for part in parts]
    slashed = re.match(r"^([^:/]+?)\s*:\s+([^:]+ / [^:]+)$", text.strip(" ?"))
    if slashed and not re.match(r"(?:how|what|who|when|where|which|why)\b", text):
        # "peppi caruana: age when the story ran / his role at the new school": each thing
        # asked of the topic typed first
        slashed_parts = [p.strip() for p in slashed.group(2).split(" / ")]
        if len(slashed_parts) > 1 and all(content_terms(p) for p in slashed_parts):
            return [_of_topic(slashed.group(1), p) for p in slashed_parts]
    dated = _DATE_OF_DEED.match(text.strip(" ?"))
    if dated:
        # "telc glassworks staff in the 80s & the yr it got nationalised": a thing, then when
        # it was done
        who = dated.group(2)
        return [dated.group(1), f"when {'were' if who == 'they' else 'was'} {who} {dated.group(3)}"]
    bare = _BARE_LATER_ASKING.match(text.strip(" ?"))
    if bare:
        # "whats bhutans visitor target and by when": when of what the first part asks
        return [bare.group(1), f"{bare.group(4)} {bare.group(2)} the {bare.group(3)}"]
    counts = _COUNTED_THINGS.match(text.strip(" ?"))
    if counts:
        # "how many hotels, rooms and staff does it have": each count asked on its own
        things = re.split(r",? and |, ", counts.group("things"))
        return [f"{counts.group('pre') or ''}how many {t} {counts.group('rest')}" for t in things]
    if re.match(r"how (?:many|much|old|long|big|far)\b", text):
        # (or "how old when the fire hit, how many saplings has she planted since")
        text = _LISTED_QUESTION.sub(" and ", text)
    elif re.match(r"(?:and |so )?who\b", text):
        # "who headed the union during the fire, who heads it now"; "n who owns it, how old
        # is he"
        text = re.sub(r",\s+(?=who\b|how old\b|where\b)", " and ", text)
    pieces = [p.strip(" ,;?-–—") for p in _SPLIT.split(text)]
    # "what was kourtidis's job when the study came out + what's he doing now": a second
    # question asked of the one the first names
    plus_asked = (
        re.match(_ASKING_OPENER, text) is not None
        and re.search(rf" \+ (?={_ASKING_OPENER})", text) is not None
    )
    if (
        len(pieces) == 1
        and (" + " in text or " / " in text)
        and not re.match(r"(?:how|what|who|when|where|which|why)\b", text)
        # "oldest article in the bunch + its date": the date of the one asked for
        and not re.search(r"\+ (?:its|the|their) (?:date|pub(?:lication)? date)\W*$", text)
    ):
        # "kalamata coop member families + tonnes of olives pressed last season": two things
        # named, each asked ("visby town wall length / number of market stalls this yr")
        pieces = [measure_asked(p.strip(" ,;?")) for p in re.split(r" [+/] ", text)]
    parts = [
        p
        for p in pieces
        if (
            len(content_terms(p)) >= 1
            or (p is not pieces[0] and _OF_THEM.match(p))
            or (plus_asked and p is not pieces[0] and re.search(r"\b(?:he|she|they)\b", p))
        )
        and len(p.split()) >= 2
        and not _BY_HOW_MUCH.match(p)
    ]
    if len(parts) == 2:
        setting = _ASKED_OF_SETTING.fullmatch(parts[1])
        counted = ("how many ", "how much ")
        if setting and (
            parts[0].startswith(setting.group(1) + " ")
            or (setting.group(1) + " " in counted and parts[0].startswith(counted))
        ):
            # "how many members in april 2025 and how many by feb 2026": the same question of
            # another time or place
            # (or of another moment: "... when it signed with kessler and how many after the
            # new warehouse opened")
            own = list(re.finditer(rf" {_SETTING} ", parts[0])) or list(
                re.finditer(r" when ", parts[0])
            )
            stem = parts[0][: own[-1].start()] if own else parts[0]
            parts[1] = f"{stem}{setting.group(2)}"
        counted_first = _COUNTED_NOUN.match(parts[0])
        uncounted = _UNCOUNTED.match(parts[1])
        if counted_first and uncounted:
            # "how many customers did it have then and how many has it got now": the same count
            rest = parts[1][uncounted.end() :].strip()
            parts[1] = f"{uncounted.group(1)} {counted_first.group(2)} {rest}"
        bare = _BARE_ASKING.fullmatch(parts[0])
        asked = _BARE_ASKING.match(parts[1])
        if bare and asked and asked.end() < len(parts[1]):
            # "how big and how heavy is the steam machine": the first asks of the second's thing
            parts[0] = parts[0] + parts[1][asked.end() :]
    if len(parts) > 1:
        return parts
    whole = text.strip(" ?")
    between = _CHANGE_BETWEEN.match(whole)
    if between:
        thing, first, second = between.group("thing", "a", "b")
        return [f"{thing} after {first}", f"{thing} after {second}"]
    shared = (
        _TWO_SETTINGS.match(whole)
        or _TWO_PLACES.match(whole)
        or _TWO_ATTRIBUTES.match(whole)
        or _TWO_STAGES.match(whole)
        or _TWO_OBJECTS.match(whole)
        or _TWO_SUBJECTS.match(whole)
    )
    if (
        shared
        and shared.re is _TWO_SETTINGS
        and shared.group("join") != "and"
        and re.match(r"(?:did|does|do|is|was|were|are)\b", whole)
    ):
        return parts  # "did the shares do better after X or after Y": one comparison
    if shared:
        stem, first, second, rest = shared.group("stem", "a", "b", "rest")
        if (
            shared.re is _TWO_ATTRIBUTES
            and len(first.split()) == 1
            and len(second.split()) > 1
            and first not in _MEASURES  # "revenue and net loss": two things, not one
        ):
            first = " ".join([first, *second.split()[1:]])  # "core and headline inflation"
        return [" ".join(f"{stem} {side}{rest or ''}".split()) for side in (first, second)]
    return parts


#: "How much more did X win at A than in B": one amount in two settings.
_HOW_MUCH_MORE = re.compile(
    r"^how (much|many) (?:more|less|fewer)((?: [\w-]+){0,3}?) "
    r"(did|does|do|is|was|were|are|will|has|have) (.+?) "
    r"((?:at|in|for|on|after|before|during) .+?|now|today|these days) "
    r"than ((?:(?:at|in|for|on|after|before|during) )?.+?)\W*$"
)


#: "the mooring fee before and after the reform": one thing on each side of an event.
_BEFORE_AND_AFTER = re.compile(r"^(.+?) before and after (.+?)\W*$")
#: "lindau lighthouse ticket before the refurb and after, which is pricier": the same.
_BEFORE_E_AND_AFTER = re.compile(r"^(.+?) before (.+?),? and (?:after|since)\b(?! (?:the|a|it)\b)")
#: "how much more is the clock tower ticket after the repairs": before them and after.
_MORE_AFTER = re.compile(
    r"^how much (?:more|less|dearer|cheaper|higher|lower) (?:is|are|was|were|does|do) "
    r"(?:the |an? )?(.+?) (after|since) (.+?)\W*$"
)
#: "did the lemon price go up or down since the storm": one thing before an event and now.
_UP_OR_DOWN = re.compile(
    r"^(?:did|has|have|does|do|is|are|was|were|how (?:has|have|did|much has|much have)) "
    r"(?:the )?(.+?) (?:(?:go|gone|went|move|moved) (?:up or down|down or up|up|down)(?: or \w+)?|"
    r"risen|rise|rose|fallen|fall|fell|dropped|drop|increased|decreased|climbed|grown|grow|grew|"
    r"shrunk|shrank|changed|change)(?: in (price|cost|value|size|number))? (?:since|after) "
    r"(.+?)\W*$"
)
#: "mds entry fee old vs new": one thing, told apart by which one.
_OLD_VS_NEW = re.compile(
    r"^(?:the )?(.+?),? (old|new|previous|current|original) (?:vs\.?|v\.?|versus|or|and|compared "
    r"(?:with|to)|to) (old|new|current|previous)\W*$"
)
#: "did the perast boat taxi fare go up? old v new": the thing whose move is asked.
_MOVED_THING = re.compile(
    r"^(?:did|has|have|is|was) (?:the )?(.+?) (?:go up|gone up|went up|rise|risen|rose|"
    r"go down|gone down|fall|fallen|fell|change|changed|increase|increased)\??$"
)
#: "what they expect this year": the side expected, planned or aimed at.
_EXPECTED = re.compile(
    r"^what (?:the )?(.+?) (?:had |has |have |is |are |was |were )?"
    r"(expects?|expected|expecting|forecasts?|forecast|predicts?|predicted|plans?(?: for)?|"
    r"planned(?: for)?|planning(?: for)?|hoped(?: for)?|hopes?(?: for)?|estimated|estimates?|"
    r"targets?|targeted|aimed (?:for|at)|aims (?:for|at)|budgeted(?: for)?)(?: (.+?))?\W*$"
)
#: A price told as going up or down.
_DEARER = r"(?:cheaper|dearer|pricier|costlier|more expensive|less expensive)"
#: "did X go up or down from 2024 to this year": one thing at two times.
_UP_OR_DOWN_BETWEEN = re.compile(
    r"^(?:did|has|have|does|do|is|are|was|were) (?:the )?(.+?) (?:(?:go|gone|went|move|moved) "
    r"(?:up or down|down or up|up|down)|"
    # "did a lopapeysa get cheaper or dearer between the blizzard and the tokyo deal"
    rf"(?:get|got|gotten|become|became) {_DEARER}(?: or {_DEARER})?) "
    r"(?:from (.+?) to|between (.+?) and) (.+?)\W*$"
)
#: "did the pan price go up or down": one thing at its first story and now.
_UP_OR_DOWN_BARE = re.compile(
    r"^(?:did|has|have|does|do|is|are|was|were) (?:the )?(.+?) (?:go|gone|went|move|moved) "
    r"(?:up or down|down or up)\W*$"
)
#: "(pepper price:) drought year vs now": a moment told against now.
_THEN_VS_NOW = re.compile(
    r"^((?:the |in the |in )?[\w-]+(?: [\w-]+)?) (?:vs\.?|versus|or|compared (?:with|to)) "
    r"(?:now|today|these days|currently)\W*$"
)
#: "is the pepper pricier now than it was in the drought": one thing now and at another time.
_NOW_THAN_THEN = re.compile(
    r"^(?:is|are|was|were|did|does|do) (?:the )?(.+?) (?:\w+er|more \w+|less \w+) "
    r"(now|today|these days|this (?:year|season)) than (?:(?:it|they|he|she) "
    r"(?:was|were|did|had|used to be) )?(?:the )?(.+?)\W*$"
)
#: "was the ride cheaper before the rockfall than it is now": the other way round.
_THEN_THAN_NOW = re.compile(
    r"^(?:is|are|was|were) (?:the |an? )?(.+?) (?:\w+er|more \w+|less \w+) "
    r"((?:before|after|during|in) .+?) than (?:it|they) (?:is|are) (now|today|these days)\W*$"
)
#: "How much is X worth compared with Y": one amount asked of two things.
_AMOUNT_COMPARED = re.compile(
    r"^(how (?:much|many|big|large|long|high|old|tall|far|heavy|deep|wide)(?: [\w-]+)? "
    r"(?:is|was|are|were|did|does|do|will)) (.+?)"
    r"(?: (worth|cost|costs|earn|earns|make|makes|weigh|weighs|pay|pays|get|gets|have|has))? "
    r"compared? (?:with|to) (?:the |what )?"
    r"(?!(?:in|at|on|after|before|during|when|last|a year|the year|its|their|his|her)\b)"
    # "... lead in february compared to april": the same lead in another month
    r"(?!(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|(?:19|20)\d\d)\W*$)"
    r"(.+?)\W*$"
)


def _then_and_now(text: str) -> tuple[str, str] | None:
    """One thing asked at two times: "did the price the coop pays go up or down since the
    storm" (before the storm and now), "mds entry fee old vs new", "is kampot pepper pricier
    now than it was in the drought"."""
    between = _UP_OR_DOWN_BETWEEN.match(text)
    if between:
        thing, start, among, second = between.groups()
        first = start or among
        first, second = (
            f"in {t}" if re.fullmatch(r"(?:19|20)\d\d", t) else t for t in (first, second)
        )
        return (f"{thing} {first}", f"{thing} {second}")
    moved = _UP_OR_DOWN.match(text)
    if moved:
        # "did the ventresca jar go up or down in price since the fire": its price
        thing, measure, event = moved.groups()
        thing = f"{thing} {measure}" if measure else thing
        if re.fullmatch(r"last \w+", event):
            return (f"{thing} {event}", f"{thing} now")
        if _MONTH_OWNER.fullmatch(event.split()[0]):
            # "how much has iberdrola's storage budget grown since september": as it was then
            return (f"{thing} in {event}", f"{thing} now")
        return (f"{thing} before {event}", f"{thing} now")
    old_new = _OLD_VS_NEW.match(text)
    if old_new:
        thing, first, second = old_new.groups()
        moved_thing = _MOVED_THING.match(thing)
        if moved_thing:
            # "did the perast boat taxi fare go up? old v new": the fare before and now
            return (f"{moved_thing.group(1)} before", f"{moved_thing.group(1)} now")
        return (f"{first} {thing}", f"{second} {thing}")
    bare = _UP_OR_DOWN_BARE.match(text)
    if bare:
        return (f"{bare.group(1)} before", f"{bare.group(1)} now")
    then_than_now = _THEN_THAN_NOW.match(text)
    if then_than_now:
        # "was an orvieto funicular ride cheaper before the rockfall than it is now"
        thing, then, now = then_than_now.groups()
        return (f"{thing} {then}", f"{thing} {now}")
    than_then = _NOW_THAN_THEN.match(text)
    if than_then:
        thing, now, then = than_then.groups()
        return (f"{thing} {now}", f"{thing} {then}")
    return None


#: A side telling a cost as what was planned or paid: "what they budgeted", "what it ended up
#: costing".
_PLANNED_COST = re.compile(
    r"what (?:they|it|he|she|we|the [\w-]+) (?:first |originally |initially )?"
    r"(?:budgeted|estimated|expected|planned|reckoned|guessed)(?: (?:for|on) it)?"
)
_FINAL_COST = re.compile(
    r"what (?:it|they) (?:ended up costing|finally cost|actually cost|cost in the end|came to)"
)


def _topic_side(topic: str, side: str) -> str:
    """One side of a comparison typed after its topic ("clock tower repair: what they budgeted
    vs what it ended up costing"): the planned cost and the final cost of the repair."""
    topic = re.sub(r" (?:cost|costs|price|bill)$", "", topic)  # "babunia recall cost: ..."
    if _PLANNED_COST.fullmatch(side):
        return f"the first estimate for the {topic}"
    if _FINAL_COST.fullmatch(side):
        return f"how much did the {topic} cost in the end"
    return f"{topic}: {side}"


#: "did kasku lose more money in 2025 than in 2024": the same thing at two times.
_MORE_THEN_THAN = re.compile(
    r"^(did|does|do|is|are|was|were|has|have|will)\s+(.+?)\s+(?:more|less|fewer)"
    r"(?:\s+or\s+(?:more|less|fewer))?\s+(.*?)\s*"
    rf"\b({_THEN_THAN})\s+than\s+(?:it did |they did |there were |it was |they were )?"
    r"(?:in |at |during |back in )?(.+?)\W*$"
)
#: "is X this year expected to beat last year's": X now against X before.
_BEAT_LAST = re.compile(
    r"^(?:is|will|did|does|has|was|are|can|could)\s+(.+?)\s*"
    r"\b(this year|this season|now|today)?\s*(?:(?:expected|going|set|likely|forecast|projected|"
    r"tipped) to |gonna )?(?:beat|top|exceed|surpass|outstrip|outdo)\s+"
    r"(last|the previous|the prior|the old|the first|the earlier)\s*(year|season|record)?"
    r"(?:'s|s)?\b"
)


#: A thing at a time against the same thing now, in no words of its own: "... vs what it is now".
_VS_WHAT_NOW = re.compile(
    r"^(.+?) (?:vs\.?|versus|compared (?:with|to)) (?:what )?(?:it|they|that)(?:'s|s| is| are| "
    r"costs?| was)? (now|today|these days|atm)\W*$"
)


#: What is counted "how much", not "how many": "more cash", "more rain".
_MUCH_THINGS = re.compile(r"\b(?:money|cash|funding|funds|revenue|profit|sales|tax|rain)\b")
_PAST_TO_BASE = {"got": "get", "paid": "pay", "spent": "spend", "gave": "give", "made": "make"}
#: Two sides, then who of them did more of something: "A vs B, who put more cash into it".
_WHO_MORE = re.compile(
    r"^(?:the )?(.+?) (?:vs\.?|versus|or) (?:the )?(.+?),\s*(?:who|which(?: one)?) "
    r"((?:[a-z]+ ){0,2}?)(?:more|less|fewer)\s+(.+?)\W*$"
)


def _sides(text: str) -> tuple[str, ...]:
    """The two things a comparison names ("A or B", "A vs B", "between A and B"); a topic typed
    before a colon ("aldwyn: how does ...") is the setting of both."""
    then_vs_now = _VS_WHAT_NOW.match(text)
    if then_vs_now:
        # "deia parking fee when it started vs what it is now": the fee then, and now
        at_first, today = then_vs_now.groups()
        thing = re.sub(r" (?:when|after|before|once|at|in|during) .+$", "", at_first)
        return (at_first, f"{thing} {today}")
    topic = _TOPIC_FIRST.match(text)
    if topic:
        sides = _sides(topic.group(2))
        if sides:
            return tuple(_topic_side(topic.group(1), side) for side in sides)
        then_now = _THEN_VS_NOW.match(topic.group(2))
        if then_now:
            # "kampot pepper price: drought year vs now": the price in that year and now
            then = re.sub(r"^(?:the |in the |in )?", "", then_now.group(1))
            return (f"{topic.group(1)} in the {then}", f"{topic.group(1)} now")
    more_then = _MORE_THEN_THAN.match(text)
    if more_then:
        # "is the bear sanctuary looking after more bears now than in spring 2025"
        # as "how many bears is the bear sanctuary looking after", "how much money did kasku
        # lose", at each time
        aux, doing, thing, first, second = more_then.groups()
        much = "much" if _MUCH_THINGS.search(thing) else "many"
        if aux in ("did", "does", "do", "will") and " " in doing:
            subject, verb = doing.rsplit(" ", 1)
            asked = f"how {much} {thing} {aux} {subject} {verb}"
        else:
            asked = f"how {much} {thing} {aux} {doing}"
        asked = " ".join(asked.split())
        second = second if re.match(r"(?:now|today|this|last|the)\b", second) else f"in {second}"
        return (f"{asked} {first}", f"{asked} {second}")
    beat = _BEAT_LAST.match(text)
    if beat:
        # "is gorreana's harvest this year expected to beat last year's": the harvest this
        # year, and last year
        thing, now, last, span = beat.groups()
        return (f"{thing} {now or 'now'}", f"{thing} {last} {span or 'year'}")
    more = _HOW_MUCH_MORE.match(text)
    if more:
        # "how much more did kallio win at the us open than in miami": how much at each
        much, counted, verb, subject, setting, other = more.groups()
        if re.fullmatch(r"now|today|these days", setting):
            # "how many more cheese porters does edam have now than in the 2025 story"
            other = re.sub(r"^(?:it|they|he|she) (?:did|had|was|were) ", "", other)
        elif not re.match(r"(?:at|in|for|on|after|before|during) ", other):
            other = f"{setting.split()[0]} {other}"
        asked = f"how {much}{counted} {verb} {subject}"
        return (f"{asked} {setting}", f"{asked} {other}")
    over_time = _then_and_now(text)
    if over_time is not None:
        return over_time
    around = _BEFORE_AND_AFTER.match(text) or _BEFORE_E_AND_AFTER.match(text)
    if around:
        # "amsterdam mooring fee before and after the reform": the fee on each side of it
        thing, event = around.groups()
        return (f"{thing} before {event}", f"{thing} after {event}")
    dearer = _MORE_AFTER.match(text)
    if dearer:
        # "how much more is the clock tower museum ticket after the repairs": the ticket
        # before the repairs and after them
        thing, _, event = dearer.groups()
        return (f"{thing} before {event}", f"{thing} after {event}")
    owned = _OWN_OTHER_SIDE.match(text)
    if owned and f" {owned.group(3)} " in owned.group(1):
        # "how much did wingrove raise in its 2024 round compared with its aim listing": how
        # much it raised in the listing
        a, b = owned.group(1, 2)
        return a, a[: a.rindex(f" {owned.group(3)} ") + 1] + b
    amount = _AMOUNT_COMPARED.match(text)
    if amount:
        # "how much is the stolen juniper worth compared with the other six trees": how much
        # each is worth
        asked, first, verb, second = amount.groups()
        return tuple(" ".join(f"{asked} {side} {verb or ''}".split()) for side in (first, second))
    patterns = (
        # "was the salt mine piece published before or after the nantucket ferry one"
        r"^(?:is|was|were|did) (?:the )?(.+?) (?:published|posted|out|(?:come|came) out|written|"
        r"run) (?:before or after|after or before) (?:the )?(.+?)(?:\?|$)",
        # "how much more is the new pletna fare than the old one"
        r"^how (?:much|many) (?:more|less|fewer|higher|lower|bigger|smaller|cheaper|pricier) "
        r"(?:is|are|was|were|will be|does|do|did) (?:the )?(.+?) (?:cost |be )?than (?:the )?"
        r"(.+?)(?:\?|$)",
        r"^how (?:is|was|are|were|does|do) (?:the )?(.+?) (?:different from|differ from) "
        r"(?:the )?(.+?)(?:\?|$)",
        r"^how (?:do|does|did|is|are|was|were) (?:the )?(.+?) (?:compare|stack up|measure up) "
        r"(?:with|to|against) (?:the |what )?(.+?)(?:\?|$)",
        r"^(?:is|was|are|were|did|does|do) (?:the )?(.+?) (?:worth |cost |costs? )?"
        r"(?:more|less|bigger|smaller|higher|lower|better|worse|cheaper|pricier) or "
        r"(?:more|less|bigger|smaller|higher|lower|better|worse|cheaper|pricier) than "
        r"(?:the )?(.+?)(?:\?|$)",
        r"^(?:how|what) (?:did|does|do|is|was|were|are) (.+?) compared? (?:with|to) (.+?)(?:\?|$)",
        r"^(?:is|was|did|does) (?:the )?(.+?)(?: a lot| much| far| way| lots| a bit)? "
        r"(?:come out )?(?:older|newer|earlier|later|"
        r"more recent|bigger|smaller|cheaper|longer|shorter|faster|slower|higher|lower|heavier|"
        r"lighter|larger|pricier|dearer|more expensive|less expensive) than (?:the )?(.+?)(?:\?|$)",
        # "is the revenue forecast for this yr more than what it made in 2024"
        r"^(?:is|was) (?:the )?(.+?) (?:more|less|bigger|higher|lower|smaller) than "
        r"(what (?:it|they|he|she|we) (?:made|earned|had|got|took|sold|paid) .+?)\W*$",
        # "is the new toll more than the old trekking card": a short side each
        r"^(?:is|was) (?:the )?(.+?)(?<!a lot)(?<!much)(?<!far)(?<!way)(?<!lots) (?:more|less) "
        r"than (?:the )?((?:\S+ ){0,3}\S+?)\W*$",
        # "was the crowd bigger at indy or at the montreal worlds": one thing in two settings
        r"^(?:is|was|are|were) (?:the )?(.+? )(?:bigger|larger|smaller|cheaper|pricier|higher|"
        r"lower|faster|slower|longer|shorter|more|fewer|less|better|worse) ((?:at|in|for|on) .+?) "
        r"or (?:at |in |for |on )?(?:the )?(.+?)(?:\?|$)",
        r"^(?:compare|comparing) what (?:the )?(.+?) and (?:the )?(.+?) (?:say|said|says|think|"
        r"thinks|thought|claim|claims|claimed) about ",
        r"\bbetween (.+?) and (.+?)(?:\?|$)",
        # "which gets more visitors, kinderdijk or that reopened matera church"
        r"(?:,|:)\s*(?:the )?(.+?) or (?:the |(?:that|this) (?=\w+ed\b))?(.+?)(?:\?|$)",
        r"^(?:compare|comparing) (.+?) (?:and|with|to|vs\.?|versus) (.+?)(?:\?|$)",
        r"\b(?:is|was|are|were|has|have|costs?|did|does) (?:the )?(.+?) or (?:the )?(.+?)(?:\?|$)",
        # "handmade coffee set vs factory one in sarajevo which is pricier and by how much"
        r"^(.+?) (?:vs\.?|versus) (.+?)(?:[?:,]| - | which (?:is|was|one|are|were)\b|"
        r" (?:by )?how much (?:more|less|higher|lower|dearer|cheaper|bigger)\b|$)",
        # "the akureyri wool shortage one and the milford booking one came out the same month,
        # which was first"
        rf"^(?:the )?(.+? (?:one|{_PIECE})) and (?:the )?(.+? (?:one|{_PIECE}))\b.*\bwhich\b",
        # "tt crowds story or the steelpan flood one - which was published first"
        r"^(?:the )?(.+?) or (?:the )?(.+?)\s*(?: - |[–—:,?] ?)\s*(?:which|what|who)\b",
        # "his ranking after rio compared to after the us open": one thing in two settings
        r"^(.+? (?:after|before|during|at|in|when) .+?),? compared? (?:with|to) "
        r"((?:after|before|during|at|in|when) .+?)(?:\?|$)",
        # "breasclete mill staff before the fire compared with now"
        r"^(.+? (?:after|before|during|at|in|when) .+?),? (?:compared? (?:with|to)|vs\.?|versus|"
        r"against) (now|today|these days|currently)\W*$",
        r"\b(?:do|does|did) (?:the )?(.+?) and (?:the )?(.+?) (?:compare|differ)",
        # "regensburg christmas market visitors this season compared to the year before"
        rf"^(.+? {_SIDE_TIME}),? compared? (?:with|to) ({_OTHER_TIME}|{_SIDE_TIME})\W*$",
        # "loire riders 2025 compared to 2024?"
        r"^(?!(?:how|what|who|when|where|which|why)\b)(.+?),? compared? (?:with|to) (.+?)"
        r"(?:,? (?:by )?how (?:much|many)\b.*)?(?:\?|$)",
        # "what its costing now against the original budget"
        r"^(.+?) against (?:the |its |their )?((?:original|first|initial|planned|old|earlier) "
        r"\w+)\W*$",
    )
    who_more = _WHO_MORE.match(text)
    if who_more:
        # "lefkada town hall vs the ionian region, who put more cash into the championship":
        # what each side put in
        a, b, verb, rest = who_more.groups()
        thing, _, after = rest.partition(" ")
        much = "much" if _MUCH_THINGS.search(thing) else "many"
        verb = _PAST_TO_BASE.get(verb.strip(), verb.strip())
        return tuple(
            " ".join(f"how {much} {thing} did {side} {verb} {after}".split()) for side in (a, b)
        )
    listed = re.search(r":\s*(.+?)(?:\?|$)", text)
    if listed:
        items = [i.strip(" ,?") for i in re.split(r",\s*(?:or |and )?|\s+or\s+", listed.group(1))]
        items = [re.sub(r"^the ", "", i) for i in items if content_terms(i)]
        if len(items) >= 2:
            return tuple(items)
    for pattern in patterns:
        m = re.search(pattern, text)
        if m and len(m.groups()) == 3:
            # the thing, its first setting, the other setting: asked of each setting
            thing, setting, other = m.groups()
            preposition = setting.split()[0]
            return (f"{thing}{setting}", f"{thing}{preposition} {other.strip(' ,?')}")
        if m:
            a, b = (s.strip(" ,?") for s in m.groups())
            if re.match(r"when (?:he|she|they|it|we|i) ", b) and " when " in a:
                # "how old was calder when he won at ayr compared with when he was cleared":
                # the same question at the other time
                return (a, a[: a.index(" when ") + 1] + b)
            came = re.match(
                r"what (?:it|they) (?:came to|cost|ended up costing|totalled)\b(.*)$", b
            )
            if came and "," in a:
                # "kavala cultural centre, planned cost b4 the fire vs what it actually came
                # to": what the centre cost in the end
                return (a, f"what did the {a.split(',')[0]} cost{came.group(1)}")
            expected = _EXPECTED.match(b)
            if expected:
                # "broger revenue in 2024 vs what they expect this year": the revenue expected
                who, verb, rest = expected.groups()
                who = "" if re.fullmatch(r"they|it|he|she|we|you|the company", who) else who
                thing = re.split(_SETTING_WORDS, f" {a} ")[0].strip()
                b = " ".join(f"{thing} {who} {verb} {rest or ''}".split())
            made = re.match(
                r"what (?:it|they|he|she|we) (?:made|earned|had|got|took|sold|paid) "
                r"(.+)$",
                b,
            )
            if made:
                # "... more than what it made in 2024": the same thing, as it was then
                thing = re.split(_SETTING_WORDS, f" {a} ")[0].strip()
                thing = re.sub(r"\s+(?:forecast|expected|projected|target|estimate)$", "", thing)
                return (a, f"{thing} {made.group(1)}")
            unsaid = re.match(r"how (many|much) ((?:\w+ed|are|were|will|can|could|is|was)\b.*)$", b)
            if unsaid and not re.match(r"(?:how|what|who|when|where|which)\b", a):
                # "ericeira surf schools this summer vs how many allowed from jan": how many
                # surf schools, this summer and allowed from january
                thing = re.split(
                    rf"{_SETTING_WORDS}| (?:this|last|next|that) (?:summer|winter|spring|autumn|"
                    rf"season|year|month|week)\b",
                    f" {a} ",
                )[0].strip()
                much, rest = unsaid.groups()
                return (f"how {much} {a}", f"how {much} {thing} {rest}")
            if (
                re.match(r"(?:how|what|who|when|where|which) \w+ \w+", b)
                and content_terms(a)
                and not _FIRST_GUESSED.fullmatch(b)
            ):
                return (a, b)  # a question of its own: "... vs how many carris ordered"
            if re.fullmatch(_OTHER_TIME, b) and content_terms(a) and not re.search(_SIDE_TIME, a):
                # "is the sydney nye crowd a lot bigger than the year before": the crowd then
                return (a, f"{a} {'' if b.startswith(('a ', 'one ', 'the ')) else 'the '}{b}")
            a, b = _like_other_side(a, b)
            lead = re.match(r"(after|before|in|at|on|for|during|from|to|into) ", b)
            settings = [found.start() for found in re.finditer(_SETTING_WORDS, a)]
            if lead and settings and not content_terms(b[: lead.end()]):
                # "shares after i/o compared with after wwdc", "shares on the launch vs after
                # the q3 numbers": the other side is the same phrase with its setting swapped
                b = a[: settings[-1] + 1] + b
            now_first = re.search(r" (?:now|today|currently|these days|nowadays)$", a)
            if lead and not settings and now_first and not content_terms(b[: lead.end()]):
                # "how does the cloth price now stack up against before the fire": the cloth
                # price before it
                b = f"{a[: now_first.start()]} {b}"
            now = re.fullmatch(r"now|today|currently|these days|nowadays|right now|rn", b)
            held = not now and re.search(rf"^(.*?\w.*? {_SIDE_SETTING} )", a)
            own = re.search(rf"\b(?:or|and|vs\.?|versus|with|to) the {re.escape(b)}\W*$", text)
            if (
                held
                and len(b.split()) <= 4
                and not re.search(rf"\b{_SIDE_SETTING}\b", b)
                # "... before the heatwave vs its record export year" names a thing of its own
                and not re.match(r"(?:its|their|his|her) ", b)
                and not (own and len(b.split()) >= 2 and b not in PLACE_WORDS | {"united states"})
            ):
                # "the crowds at twickenham and san mames": the other side is asked the same;
                # "... in zurich or the scottish open" names a thing of its own
                b = held.group(1) + b.removesuffix("'s")  # "for may ... with april's"
            owned = re.match(rf"^([\w&.-]+'s?) ({_SIDE_SETTING} .+)$", b)
            held_owned = re.match(rf"^[\w&.-]+'s? (.+?) {_SIDE_SETTING} ", a)
            if owned and held_owned:
                # "dongfeng's shares move after its huawei deal compared with microsoft's after
                # veridan": the other owner's shares, after its own event
                b = f"{owned.group(1)} {held_owned.group(1)} {owned.group(2)}"
            moment = re.search(
                r" (?:when|after|before|at the time of|during|at launch|then|back then|"
                # "spendra fraud team in 2024 vs now"
                r"previously|originally|at first|in (?:19|20)\d\d$)\b",
                a,
            )
            if now and moment:
                # "alba cinnamon price when the mexico deal was signed vs now": the price now
                b = f"{a[: moment.start()]} now"
            own_thing = re.fullmatch(r"(?:its|their) ((?:[\w-]+ )?[\w-]+)", b)
            if own_thing and len(a.split()) >= 3 and not re.search(_SETTING_WORDS, f" {a} "):
                # "illa blava final cost vs its budget": the illa blava's budget
                owner = re.sub(
                    r"(?: (?:final|total|actual|original|planned|initial|real|"
                    r"overall|full|new|old|first))* \S+$",
                    "",
                    a,
                )
                b = f"{owner} {own_thing.group(1)}"
            if content_terms(a) and content_terms(b):
                return (a, b)
    return ()


#: Words that tell one of two things of a kind from the other: "the new cap vs the current one".
_WHICH_ONE = frozenset(
    "new old current previous latest last next first second this that earlier later".split()  # noqa: SIM905
)

#: "aldwyn: how does ...": a topic typed before the question.
_TOPIC_FIRST = re.compile(
    r"^(?!(?:which|what|who|when|where|how|why|is|are|was|were|did|does|do|compare)\b)"
    r"([\w'&.-]+(?: [\w'&.-]+){0,3}): (.+)$"
)
#: The other side of something new, named by its time: "this year's rate", "the current one".
_THEN_SIDE = re.compile(
    r"(?:the )?(this year|last year|current|old|previous|existing)(?:'s)? (?:rate|one|level|"
    r"figure|price|amount|wage|cap|limit|fee|fare|target)|(?:the )?one (before)"
)
_THEN_WORDS = {"current": "now", "old": "before", "previous": "before", "existing": "now"}
#: A question compared with another thing of the same owner: "... in its 2024 round compared
#: with its listing".
_OWN_OTHER_SIDE = re.compile(
    r"^((?:how|what|when|who)\b.+?),? compared (?:with|to) ((its|their|his|her) .+?)(?:\?|$)"
)
#: A time that sets a side: "this season", "next year".
_SIDE_TIME = (
    r"(?:this|next|last|previous|the following|the coming|the previous|the next|the last) "
    r"(?:season|year|month|week|quarter|term|half|game|match|race|time|tournament)"
)
#: The time before a side's own, told against it: "(this season) compared to the year before".
_OTHER_TIME = (
    r"(?:the )?(?:year|season|month|week|summer|winter) before|(?:a|one) (?:year|season) "
    r"(?:earlier|before)|the (?:previous|prior) (?:year|season)"
)
#: A word that sets where or when a side holds: "shares *after* the results".
_SETTING_WORDS = r" (?:after|before|in|at|on|for|during|from|to|(?:going |heading )?into) "


_MONTH_OWNER = re.compile(
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|today|yesterday|year|month|"
    r"week|season|quarter|(?:19|20)\d\d"
)


#: A side asking an amount with its verb last: "how much does a helicopter flight cost".
_AMOUNT_ASKED = re.compile(
    r"^(how (?:much|many)(?: [\w-]+)? (?:is|was|are|were|did|does|do|will)) .+? "
    r"(worth|cost|costs|earn|earns|make|makes|weigh|weighs|pay|pays|get|gets)$"
)
_ASKING_WORDS = r"(?:how|what|who|whom|whose|when|where|why|which)"
#: A first estimate told as what someone guessed: "what they first guessed after the rockfall".
_FIRST_GUESSED = re.compile(
    r"what (?:they|it|he|she|we|the [\w-]+) (?:first|initially|originally) "
    r"(?:guessed|estimated|thought|reckoned|budgeted|said it would cost)((?: .+)?)"
)


def _like_other_side(a: str, b: str) -> tuple[str, str]:
    """Both sides in full when the second gives only what differs: "ioniq 3 price germany vs
    uk" compares the price in Germany with the price in the UK, "the new cap vs the current
    one" the new cap with the current cap."""
    words = a.split()
    other = b.removeprefix("the ").split()
    if (
        len(other) > 1
        and other[0] in _WHICH_ONE
        and len(words) > len(other)
        and words[-len(other)] in _WHICH_ONE
        and words[1 - len(other) :] == other[1:]
    ):
        # "montepulciano cellar tour, old price vs new price": the tour's new price
        return a, " ".join([*words[: -len(other)], *other])
    asked = _AMOUNT_ASKED.match(a)
    if asked and not re.match(rf"{_ASKING_WORDS}\b", b):
        # "how much does a helicopter flight cost vs a sled run": how much a sled run costs
        return a, f"{asked.group(1)} {b} {asked.group(2)}"
    then = re.fullmatch(r"(?:the )?((?:last|this|next) (?:year|season|month|week))'s", b)
    if then and len(words) > 1:
        # "the new tomatina ticket cap vs last year's": the ticket cap last year
        thing = re.sub(r"^(?:the |this year's |this season's |new |current )+", "", a)
        return a, f"{thing} {then.group(1)}"
    which = re.fullmatch(r"(?:the )?(\w+)", a)
    if which and which.group(1) in _WHICH_ONE and b.split()[0] in _WHICH_ONE and " " in b:
        # "the old and new pletna fare": the old pletna fare
        return f"{which.group(1)} {b.split(' ', 1)[1]}", b
    season = re.fullmatch(r"(?:this|last|next) (?:year|season|month|week)(?:'s|s)? (.+)", a)
    named = re.fullmatch(r"(?:the )?([\w-]+ (?:year|season|summer|winter|spring|autumn))", b)
    if season and named:
        # "this season's kampot harvest vs the drought year": the harvest in the drought year
        return a, f"{season.group(1)} in the {named.group(1)}"
    person = re.match(r"(?:what|who|where) (?:was|is|were) ([a-z]+ [a-z]+) (?:doing|working)\b", a)
    if person and re.match(r"(?:his|her|their) ", b):
        # "what was ilona fabian doing in 2025 vs her role now": ilona fabian's role now
        return a, f"what is {person.group(1)}'s {b.split(' ', 1)[1]}"
    owner = re.match(r"([\w&.-]+'s) ", a)
    if owner and re.match(r"(?:his|her|its|their) ", b):
        # "lavoie's brier prize vs his career prize money": lavoie's career prize money
        b = f"{owner.group(1)} {b.split(' ', 1)[1]}"
    elif owner and (
        said := re.fullmatch(r"(?:it|they|he|she)(?:'s|'re| is| are| was| were) (\w+ing)\b(.*)", b)
    ):
        # "mahery's insurance cover compared with what it's claiming": what mahery is claiming
        owner_name = owner.group(1).removesuffix("'s")
        return a, f"what {owner_name} is {said.group(1)}{said.group(2)}"
    elif (
        owner
        and re.fullmatch(r"(?:the )?[\w&.-]+'s?", b)
        # "... for may compare with april's": april's is the month's, asked of the same owner
        and not _MONTH_OWNER.fullmatch(b.removeprefix("the ").removesuffix("'s"))
    ):
        # "the women's winning time in kuopio compared with the men's": the men's winning time
        # in kuopio
        return a, f"{b.removeprefix('the ')} {a[owner.end() :]}"
    one = re.fullmatch(r"(?:the )?(\w+) ones?", b)
    dated = len(words) > 1 and words[1] in {"year's", "season's", "month's", "week's"}
    if one and words and words[0] in _WHICH_ONE and len(words) > 1 and not dated:
        return a, f"{one.group(1)} {' '.join(words[1:])}"
    newer = one.group(1) if one and one.group(1) in ("new", "latest", "current") else None
    if newer and len(words) > 1 and re.fullmatch(r"(?:19|20)\d\d", words[0]):
        # "the 2019 us tariff on italian cheese vs the new one": the new us tariff on it
        return a, f"{newer} {' '.join(words[1:])}"
    if (
        one
        and words
        and one.group(1) not in _WHICH_ONE | {"other", "same", "that", "this"}
        and not re.fullmatch(_ARTICLE_NOUN, words[-1])  # "the tianwen story or the boj one"
    ):
        # "is the monchique fire bigger than the 2018 one": the 2018 monchique fire
        thing = re.sub(r"^(?:(?:this|last|next) year's|the|this|new|current|latest) ", "", a)
        return a, f"{one.group(1)} {thing}"
    then = _THEN_SIDE.fullmatch(b)
    if then and "new" in words:
        # "korea's new minimum wage vs this year's rate": the same thing, this year
        thing = " ".join(w for w in words if w != "new")
        when = then.group(1) or then.group(2)
        return a, f"{thing} {_THEN_WORDS.get(when, when)}"
    # (in, at or on a place only for a side asked as a question: "what was the yes share vs
    # the no share in lucerne", not "marnitz bridge vs the carola bridge in dresden")
    asking = words[:1] in (["what"], ["how"], ["who"], ["which"])
    setting = re.match(rf"^(.+?) ((?:for|of|during{'|in|at|on' if asking else ''}) .+)$", b)
    if (
        setting
        and 1 < len(words) <= (5 if asking else 3)
        and setting.group(1).split()[-1] == words[-1]
    ):
        # "police estimate vs organisers' estimate for the vienna protest": both of that protest
        return f"{a} {setting.group(2)}", b
    held_setting = re.search(r" ((?:for|of) .+)$", a)
    if (
        held_setting
        and re.fullmatch(
            r"(?:the )?(?:first|initial|original|early|earlier|final|latest) [\w-]+", b
        )
        and not re.search(r"\b(?:for|of|in|at|on)\b", b)
    ):
        # "the final bill for fixing the line compare with the first estimate": the first
        # estimate for fixing it
        return a, f"{b} {held_setting.group(1)}"
    guessed = _FIRST_GUESSED.fullmatch(b)
    topic = re.match(r"([^,]+), (?:the )?(?:final|actual|real|total) [\w-]+$", a)
    if guessed and topic:
        # "orvieto cliff job, final bill vs what they first guessed after the rockfall": the
        # first estimate for the cliff job
        return a, f"first estimate for {topic.group(1)}{guessed.group(1)}"
    # "tarnwell's 2024 loss compared with 2025": its 2025 loss; "2024 vs 2025 profit"
    full = _in_year_of(a, b)
    if full is not None:
        return a, full
    full = _in_year_of(b, a)
    if full is not None:
        return full, b
    when = re.fullmatch(f"{_SIDE_TIME}|{_OTHER_TIME}", b)
    held = re.search(rf"\b{_SIDE_TIME}$", a)
    ago = re.fullmatch(r"(?:\d+|a|one|two|three|four|five) (?:years?|months?|seasons?) ago", b)
    now = re.search(r"\b(?:now|today|these days|currently)$", a)
    if ago and now and now.start() > 0:
        # "syros loukoumi box now vs 2 years ago": the box two years ago
        return a, a[: now.start()] + b
    if held and re.fullmatch(r"(?:the )?(?:last|previous|prior)(?: one)?|the one before", b):
        # "antarctica visitors this season vs last": the visitors last season
        b = f"last {held.group(0).split()[-1]}"
        when = held
    if when and held and held.start() > 0:
        # "tembo's salary this season vs next season": his salary next season
        return a, a[: held.start()] + b
    bare = re.sub(r"^the ", "", b)
    tail = bare.split()[1:]
    if (
        len(words) == 2
        and words[0].endswith("ed")
        and bare.split()[0].endswith("ed")
        and words[1] not in bare.split()
    ):
        # "escaped salmon vs recaptured so far": the salmon recaptured
        return a, " ".join([bare.split()[0], words[1], *tail])
    if (
        len(words) == 1
        and len(tail) >= 2
        and tail[0] not in STOPWORDS
        # "kinderdijk or (that) reopened matera church" names a thing of its own
        and not bare.split()[0].endswith("ed")
        and (
            not any(w in STOPWORDS for w in tail)
            or (
                tail[1] in {"for", "of", "in", "at", "on", "from", "during"}
                # "the turner sold in london": what is told of that side alone
                and not re.search(r"(?:ed|ing)$", tail[0])
                and tail[0] not in {"sold", "won", "made", "bought", "built", "held", "seen"}
            )
        )
    ):
        # "orthopaedics vs ent waiting list": both are waiting lists; "afad vs usgs magnitude
        # for the bergama quake": both magnitudes of that quake
        return f"{a} {' '.join(tail)}", b
    places = PLACE_WORDS | CURRENCY_OF.keys() | {"us", "usa"}
    if len(words) >= 3 and len(bare.split()) == 1 and words[-1] in places and bare in places:
        if re.fullmatch(_SETTING_WORDS.strip(), words[-2]):
            return a, " ".join([*words[:-1], b])
        # "price germany": a price in Germany, so that it must be one given there
        return " ".join([*words[:-1], "in", words[-1]]), " ".join([*words[:-1], "in", b])
    return a, b


def _in_year_of(side: str, year_side: str) -> str | None:
    """``side`` in the year that ``year_side`` gives alone, when ``side`` names another year."""
    year = re.fullmatch(r"(?:in |for |of )?((?:19|20)\d\d)", year_side)
    years = re.findall(r"\b(?:19|20)\d\d\b", side)
    if year and len(years) == 1 and years[0] != year.group(1) and len(side.split()) > 1:
        return re.sub(rf"\b{years[0]}\b", year.group(1), side)
    return None


def _when_subject(text: str) -> str:
    subject = re.sub(
        r"\b(?:when|what date|what day|which date|which day|what time|how old|was|were|is|did|"
        r"does|do|the|"
        r"published|publish|come out|came out|posted|written up|written|dated|released|"
        r"go up|went up|run|"
        r"put out|print|release|carry|report|reported|filed|"
        r"most recent|latest|newest|freshest|last|oldest|earliest|first|which|what|one|"
        r"earlier|later|newer|older|more recent|appeared|how recent|how new|how fresh|"
        r"date[- ]?wise|before or after|after or before|thing|stuff|item)\b|\bfrom\W*$",
        " ",
        text,
    )
    subject = re.sub(
        r"\b(?:do |have |that )?(?:you|u)(?: have|'ve|ve)? (?:have|got|know|indexed)\b|"
        r"\b(?:has|had|carries)\s+(?:publication\s+|published\s+)?date\b|"
        r"\b(?:publication\s+|pub\s+|publish\s+)?date\b(?:\s+(?:for|of|on)\b)?",
        " ",
        subject,
    )
    subject = re.sub(
        r"\b(?:in|on|from) (?:there|here)\b|\b(?:out\s+)?(?:there|here)\W*$|\bout\W*$|"
        # "oldest article in the whole set + its date": all of them, no topic
        r"\b(?:in|of|from|among)\s+(?:your\s+|this\s+)?(?:whole\s+|entire\s+)?(?:set|bunch|lot|"
        r"pile|collection|corpus|library|database|db|index|archive)\b|\+|"
        # "which came out last out of everything u got": all of them
        r"\b(?:out )?of (?:everything|all(?: of them)?|them all|all the \w+)(?=\s|$)",
        " ",
        subject,
    )
    words = [
        w
        for w in subject.split()
        if w not in {"'s", "s", "it", "its", "pls", "please"} and w.strip("-")
    ]
    if words in (["thing"], ["stuff"], ["item"], ["entry"]):
        return ""  # "the oldest thing in your archive": no topic
    # "newest article pls, what is it and when's it from": nothing left to name a topic
    while words and words[0] in {"and", ",", "on", "of"}:
        words.pop(0)
    while words and words[-1] in {"and", ","}:
        words.pop()
    return " ".join(words)


def _full_month(m: re.Match[str]) -> str:
    number = month_named(m.group(1))
    return _MONTH_NAMES[number - 1] if number else m.group(1)


def month_named(word: str) -> int | None:
    """The month a name or its short form gives ("aug", "Sept."): 8, 9."""
    short = word.lower()[:3]
    return next((i for i, name in enumerate(_MONTH_NAMES, start=1) if name.startswith(short)), None)


def month_of(text: str) -> int | None:
    for i, name in enumerate(_MONTH_NAMES, start=1):
        if re.search(rf"\b{name}\b", text):
            return i
    return None


def subject_terms(subject: str) -> list[str]:
    """Content words of a subject phrase (abbreviations as typed)."""
    return [t for t in content_terms(subject) if len(t) > 1 or t.isdigit()]


def subject_groups(subject: str) -> list[tuple[str, ...]]:
    """The subject's words, each with the other forms it may take in an article; a long form
    typed out ("formula 1") stands for its short form and all its forms."""
    for form, short in _LONG_FORMS:
        subject = re.sub(rf"\b{re.escape(form)}\b", short, subject)
    return [EXPANSIONS.get(t, (t,)) for t in subject_terms(subject)]


#: Every long form of several words with its short form, longest first ("formula one": "f1"):
#: of names and abbreviations only, not of words ("job cuts" is no "layoffs" in a headline).
_LONG_FORMS = sorted(
    {
        form: short
        for short, forms in reversed(EXPANSIONS.items())
        if short in NAME_FORMS or len(short) <= 4
        for form in forms
        if " " in form and form != short
    }.items(),
    key=lambda item: -len(item[0]),
)
