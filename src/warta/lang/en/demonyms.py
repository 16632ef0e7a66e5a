"""English adjectives of nationality and the place they name, for matching reports across languages: English writes
"Iraqi forces", "Chinese workers", Indonesian "pasukan Irak", "pekerja China". Written by hand for warta; the
place is the gazetteer's canonical English name (warta.text.gazetteer)."""

DEMONYMS: dict[str, str] = {
    "afghan": "Afghanistan", "american": "United States", "argentine": "Argentina", "australian": "Australia",
    "austrian": "Austria", "bangladeshi": "Bangladesh", "belgian": "Belgium", "brazilian": "Brazil",
    "british": "United Kingdom", "burmese": "Myanmar (Burma)", "cambodian": "Cambodia", "canadian": "Canada",
    "chinese": "China", "colombian": "Colombia", "cuban": "Cuba", "czech": "Czechia", "danish": "Denmark",
    "dutch": "Netherlands", "egyptian": "Egypt", "emirati": "United Arab Emirates", "english": "United Kingdom",
    "ethiopian": "Ethiopia", "filipino": "Philippines", "finnish": "Finland", "french": "France",
    "german": "Germany", "greek": "Greece", "indian": "India", "indonesian": "Indonesia", "iranian": "Iran",
    "iraqi": "Iraq", "irish": "Ireland", "israeli": "Israel", "italian": "Italy", "japanese": "Japan",
    "jordanian": "Jordan", "kazakh": "Kazakhstan", "kenyan": "Kenya", "korean": "Korea", "kuwaiti": "Kuwait",
    "lebanese": "Lebanon", "libyan": "Libya", "malaysian": "Malaysia", "mexican": "Mexico", "mongolian": "Mongolia",
    "moroccan": "Morocco", "nepalese": "Nepal", "nigerian": "Nigeria", "norwegian": "Norway",
    "pakistani": "Pakistan", "palestinian": "Palestine", "philippine": "Philippines", "polish": "Poland",
    "portuguese": "Portugal", "qatari": "Qatar", "russian": "Russia", "saudi": "Saudi Arabia",
    "singaporean": "Singapore", "somali": "Somalia", "spanish": "Spain", "sudanese": "Sudan", "swedish": "Sweden",
    "swiss": "Switzerland", "syrian": "Syria", "taiwanese": "Taiwan", "thai": "Thailand", "turkish": "Türkiye",
    "ugandan": "Uganda", "ukrainian": "Ukraine", "venezuelan": "Venezuela", "vietnamese": "Vietnam",
    "yemeni": "Yemen", "zimbabwean": "Zimbabwe",
}
