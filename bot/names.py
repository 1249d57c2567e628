"""Names a question may give, in every form articles use: "Portugal" and "Portuguese", "F1"
and "Formula One", "ECB" and "European Central Bank".

A country is a name however it is typed ("the portuguese motogp"), so a near miss about a race
or a price in a country no sentence mentions is refused even when no article uses the word. And
a name is present in whichever form the article wrote it: "f1 cost cap" is answered in the
article whose headline says "Formula One".
"""

#: Countries and the adjectives for them: "the portuguese race" names Portugal. Words with an
#: everyday meaning besides the place ("polish", "turkey", "english") are left out.
PEOPLE_OF = {
    "argentina": "argentine",
    "australia": "australian",
    "austria": "austrian",
    "belgium": "belgian",
    "brazil": "brazilian",
    "canada": "canadian",
    "china": "chinese",
    "denmark": "danish",
    "egypt": "egyptian",
    "europe": "european",
    "finland": "finnish",
    "france": "french",
    "germany": "german",
    "greece": "greek",
    "hungary": "hungarian",
    "india": "indian",
    "indonesia": "indonesian",
    "ireland": "irish",
    "israel": "israeli",
    "italy": "italian",
    "japan": "japanese",
    "korea": "korean",
    "malaysia": "malaysian",
    "mexico": "mexican",
    "monaco": "monegasque",
    "netherlands": "dutch",
    "nigeria": "nigerian",
    "norway": "norwegian",
    "portugal": "portuguese",
    "qatar": "qatari",
    "russia": "russian",
    "scotland": "scottish",
    "singapore": "singaporean",
    "spain": "spanish",
    "sweden": "swedish",
    "switzerland": "swiss",
    "taiwan": "taiwanese",
    "thailand": "thai",
    "ukraine": "ukrainian",
    "vietnam": "vietnamese",
    "wales": "welsh",
    "chile": "chilean",
    "peru": "peruvian",
    "colombia": "colombian",
    "venezuela": "venezuelan",
    "ecuador": "ecuadorian",
    "bolivia": "bolivian",
    "uruguay": "uruguayan",
    "cuba": "cuban",
    "kenya": "kenyan",
    "ghana": "ghanaian",
    "ethiopia": "ethiopian",
    "tanzania": "tanzanian",
    "uganda": "ugandan",
    "morocco": "moroccan",
    "senegal": "senegalese",
    "iceland": "icelandic",
    "czechia": "czech",
    "slovakia": "slovak",
    "slovenia": "slovenian",
    "croatia": "croatian",
    "serbia": "serbian",
    "romania": "romanian",
    "bulgaria": "bulgarian",
    "estonia": "estonian",
    "latvia": "latvian",
    "lithuania": "lithuanian",
    "cyprus": "cypriot",
    "malta": "maltese",
    "pakistan": "pakistani",
    "bangladesh": "bangladeshi",
    "nepal": "nepalese",
    "bhutan": "bhutanese",
    "mongolia": "mongolian",
    "philippines": "filipino",
    "iran": "iranian",
    "iraq": "iraqi",
    "lebanon": "lebanese",
}
#: Words that name a country (or its people) however they are typed: a place is always a name.
PLACE_WORDS = frozenset(PEOPLE_OF).union(
    PEOPLE_OF.values(),
    ["uk", "britain", "british", "england", "english", "poland"],
    # (named in two words: "enquiries from the United States" name no one)
    [
        "united states",
        "united kingdom",
        "united arab emirates",
        "new zealand",
        "south africa",
        "south korea",
        "north korea",
        "saudi arabia",
        "czech republic",
        "hong kong",
    ],
)
#: Cities a question names however it is typed ("is rome paying for ...", "the paris one"): a
#: name even where no article uses it, so a near miss about a city no story mentions is
#: refused. Not places a price is compared across (a city has no currency of its own).
CITY_WORDS = frozenset(
    """rome paris london berlin madrid tokyo beijing moscow brussels vienna amsterdam dublin
    lisbon athens warsaw prague budapest stockholm oslo copenhagen helsinki geneva zurich milan
    munich barcelona seoul shanghai delhi mumbai sydney melbourne toronto vancouver montreal
    chicago boston seattle istanbul cairo nairobi lagos dubai doha riyadh bangkok jakarta manila
    hanoi osaka kyoto hamburg frankfurt lyon marseille naples florence venice turin seville
    edinburgh glasgow manchester liverpool birmingham cardiff belfast krakow gdansk""".split()  # noqa: SIM905
)
#: Regions and best-known cities a story may name instead of its country: "the german christmas
#: markets" are told of in a story that says "Bavarian" and never "Germany".
REGIONS_OF = {
    "germany": "bavaria bavarian saxony berlin munich hamburg frankfurt cologne nuremberg",
    "france": "provence normandy brittany alsace burgundy paris lyon marseille bordeaux",
    "italy": "sicily sardinia tuscany piedmont lombardy dolomites rome milan naples venice",
    "spain": "catalonia andalusia galicia madrid barcelona seville valencia bilbao",
    "japan": "hokkaido okinawa tokyo osaka kyoto nagano",
    "china": "beijing shanghai shenzhen hangzhou guangdong",
    "india": "kerala gujarat goa delhi mumbai",
    "scotland": "highlands hebrides edinburgh glasgow",
}
#: Each place word with its other form: "portuguese" also matches "portugal".
PLACE_FORMS: dict[str, tuple[str, ...]] = {
    **{country: (country, people) for country, people in PEOPLE_OF.items()},
    **{people: (people, country) for country, people in PEOPLE_OF.items()},
}
#: Each country word with the regions and cities that tell it: "german" also held by "bavarian".
REGION_FORMS: dict[str, tuple[str, ...]] = {
    form: tuple(regions.split())
    for country, regions in REGIONS_OF.items()
    for form in (country, PEOPLE_OF[country])
}
PLACE_FORMS["europe"] = ("europe", "european", "eurozone", "euro zone", "euro area")
PLACE_FORMS["european"] = ("european", "europe", "eurozone", "euro zone", "euro area")
PLACE_FORMS["english"] = ("english", "england")
#: Countries that price in euros: a German price is one in euros.
EURO_COUNTRIES = (
    "germany",
    "france",
    "spain",
    "italy",
    "netherlands",
    "belgium",
    "austria",
    "ireland",
    "portugal",
    "finland",
    "greece",
)
#: The currency a price in a place is given in: "£519.99" is a UK price.
CURRENCY_OF: dict[str, str] = {
    **dict.fromkeys(["uk", "britain", "british", "england"], r"£|\bpounds?\b"),
    **dict.fromkeys(
        [
            "europe",
            "european",
            "eurozone",
            *(form for country in EURO_COUNTRIES for form in (country, PEOPLE_OF[country])),
        ],
        r"€|\beuros?\b",
    ),
    **dict.fromkeys(["japan", "japanese"], r"¥|\byen\b"),
    **dict.fromkeys(["china", "chinese"], r"¥|\byuan\b|\brmb\b"),
    **dict.fromkeys(["australia", "australian"], r"\bA\$|\baustralian dollars?\b"),
    **dict.fromkeys(["canada", "canadian"], r"\bC\$|\bcanadian dollars?\b"),
    **dict.fromkeys(["india", "indian"], r"₹|\brupees?\b"),
    **dict.fromkeys(["korea", "korean"], r"₩|\d won\b"),
    **dict.fromkeys(["nigeria", "nigerian"], r"₦|\bnaira\b"),
    **dict.fromkeys(["sweden", "swedish"], r"\bSEK\b|\bkron(?:or|a)\b|\bcrowns?\b"),
    **dict.fromkeys(["norway", "norwegian"], r"\bNOK\b|\bkron(?:er|e)\b|\bcrowns?\b"),
    **dict.fromkeys(["denmark", "danish"], r"\bDKK\b|\bkron(?:er|e)\b|\bcrowns?\b"),
    **dict.fromkeys(["switzerland", "swiss"], r"\bCHF\b|\bSwiss francs?\b"),
    **dict.fromkeys(["poland", "polish"], r"\bPLN\b|\bzloty\b"),
    **dict.fromkeys(["south africa", "south african"], r"\bZAR\b|\d rand\b|\bR\d"),
    **dict.fromkeys(["brazil", "brazilian"], r"\bR\$|\breais\b"),
    **dict.fromkeys(["mexico", "mexican"], r"\bMXN\b|\bpesos?\b"),
    **dict.fromkeys(["turkey", "turkish"], r"\bTRY\b|\blira\b"),
    **dict.fromkeys(["singapore", "singaporean"], r"\bS\$|\bSGD\b|\bsingapore dollars?\b"),
    **dict.fromkeys(["chile", "chilean"], r"\bCLP\b|\bpesos?\b"),
    **dict.fromkeys(["argentina", "argentine"], r"\bARS\b|\bpesos?\b"),
    # "in the united states" (the question's "in the us"): a dollar price, not S$ or HK$
    "united": r"(?<![A-Za-z])\$|\bUS\$|\bdollars?\b",
}
#: The currency of a place whose prices are as often given in dollars: a price in it is a price
#: there, but one in dollars may be too when the sentence or the headline says where.
LOCAL_CURRENCY: dict[str, str] = {
    **dict.fromkeys(["iceland", "icelandic"], r"\bkr[oó]nur\b|\bISK\b"),
    **dict.fromkeys(["kenya", "kenyan"], r"\bshillings?\b|\bKSh\b|\bKES\b"),
    **dict.fromkeys(["bolivia", "bolivian"], r"\bbolivianos?\b|\bBs\b"),
    **dict.fromkeys(["peru", "peruvian"], r"\bsoles\b|\bsol\b|\bPEN\b"),
    **dict.fromkeys(["thailand", "thai"], r"\bbaht\b|\bTHB\b"),
    **dict.fromkeys(["morocco", "moroccan"], r"\bdirhams?\b|\bMAD\b"),
    **dict.fromkeys(["malaysia", "malaysian"], r"\bringgit\b|\bRM\d"),
    **dict.fromkeys(["hungary", "hungarian"], r"\bforints?\b|\bHUF\b"),
    **dict.fromkeys(["czech"], r"\bkorun[ay]?\b|\bCZK\b"),
    **dict.fromkeys(["sri lanka", "sri lankan"], r"\brupees?\b|\bLKR\b"),
    **dict.fromkeys(["nepal", "nepali", "nepalese"], r"\brupees?\b|\bNPR\b"),
    **dict.fromkeys(["madagascar", "malagasy"], r"\bariary\b|\bMGA\b"),
    **dict.fromkeys(["mongolia", "mongolian"], r"\btugriks?\b|\bMNT\b"),
    **dict.fromkeys(["new zealand"], r"\bNZ\$|\bnew zealand dollars?\b"),
}
#: How a sentence gives an amount in a currency asked by name ("in yen", "in US dollars"), by
#: ISO code: the currencies of the places above, and the US dollar written as one ("1.5 billion
#: New Zealand dollars" is not).
CURRENCY_NAMED: dict[str, str] = {
    "usd": r"(?<![A-Za-z])\$|\bUS\$|\bU\.?S\.? dollars?\b|\bUSD\b",
    "jpy": CURRENCY_OF["japan"],
    "eur": CURRENCY_OF["europe"],
    "gbp": CURRENCY_OF["uk"] + r"|\bsterling\b|\bpence\b",
    "cny": CURRENCY_OF["china"] + r"|\brenminbi\b",
    "inr": CURRENCY_OF["india"],
}
#: Short names of organisations and series, with the long forms articles write.
SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "f1": ("f1", "formula one", "formula 1", "grand prix"),
    "indy": ("indy", "indianapolis"),
    "ecb": ("ecb", "european central bank"),
    "boe": ("boe", "bank of england"),
    "fed": ("fed", "federal reserve"),
    "fomc": ("fomc", "federal open market committee", "fed", "federal reserve"),
    "eu": ("eu", "european union", "european commission"),
    "uk": ("uk", "britain", "british"),
    "usa": ("us", "united states", "american"),
    # "in the us" is read as "in the united states"; articles mostly write "US".
    "united": ("united", "us", "american"),
    "americans": ("americans", "american", "us", "united states"),
    "american": ("american", "americans", "us", "united states"),
    **{
        f"q{n}": (f"q{n}", f"{ordinal} quarter", f"{ordinal}-quarter", months)
        for n, ordinal, months in (
            (1, "first", "january-march"),
            (2, "second", "april-june"),
            (3, "third", "july-september"),
            (4, "fourth", "october-december"),
        )
    },
    "vw": ("vw", "volkswagen"),
    "barca": ("barca", "barcelona"),
    "gm": ("gm", "general motors"),
    "ms": ("ms", "microsoft"),
    "boj": ("boj", "bank of japan"),
    "boc": ("boc", "bank of canada"),
    "pboc": ("pboc", "people's bank of china"),
    "imf": ("imf", "international monetary fund"),
}
#: Every name with its other forms.
NAME_FORMS: dict[str, tuple[str, ...]] = {**PLACE_FORMS, **SHORT_NAMES}
#: A people's word and the ways articles write their country: "american", "United States".
PEOPLE_FORMS: dict[str, tuple[str, ...]] = {
    people: NAME_FORMS[people] for people in (*PEOPLE_OF.values(), "american", "americans")
}
