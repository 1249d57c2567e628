"""Places a question may name, in both the forms articles use: "Portugal" and "Portuguese".

A country is a name however it is typed ("the portuguese motogp"), so a near miss about a race
or a price in a country no sentence mentions is refused even when no article uses the word.
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
}
#: Words that name a country (or its people) however they are typed: a place is always a name.
PLACE_WORDS = frozenset(PEOPLE_OF).union(PEOPLE_OF.values(), ["uk", "britain", "british"])
#: Each place word with its other form: "portuguese" also matches "portugal".
PLACE_FORMS: dict[str, tuple[str, ...]] = {
    **{country: (country, people) for country, people in PEOPLE_OF.items()},
    **{people: (people, country) for country, people in PEOPLE_OF.items()},
}
