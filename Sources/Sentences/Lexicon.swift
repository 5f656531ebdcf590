/// The English word lists behind the boundary rules, all lowercased.
enum Lexicon {
    /// Titles and name prefixes: they stand before a name, so they never end a sentence
    /// ("Lt. Col. Smith", "St. Petersburg", "Mt. Everest").
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "mx", "messrs", "mmes", "mme", "mlle", "dr", "prof", "gen", "gens", "lt",
        "lieut", "col", "maj", "capt", "cpt", "cmdr", "comdr", "cdr", "adm", "brig", "sgt", "cpl", "pvt",
        "gov", "sen", "sens", "rep", "reps", "pres", "rev", "hon", "fr", "msgr", "supt", "insp", "det",
        "atty", "amb", "rt", "st", "mt", "ft", "sra", "srta",
    ]

    /// Abbreviations that stand before a number ("No. 5", "p. 12", "Vol. III", "approx. 40").
    static let beforeNumber: Set<String> = [
        "no", "nos", "nr", "n°", "nº", "vol", "vols", "fig", "figs", "p", "pp", "para", "paras", "ch",
        "chap", "art", "arts", "sec", "secs", "sect", "approx", "ca", "tel", "ext", "pt", "pts", "op",
    ]

    /// Month abbreviations, which stand before a day or a year ("Oct. 28", "Sept. 2024").
    static let months: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Abbreviations that only ever occur inside a sentence ("Roe v. Wade", "approx. half").
    static let midSentence: Set<String> = ["vs", "v", "cf", "viz", "approx", "appx", "incl", "esp", "resp"]

    /// Suffixes of company and personal names: they can end a sentence ("… & Co. It closed"),
    /// but not when another such suffix or a job title follows ("Samsung Electronics Co. Ltd.").
    static let nameSuffixes: Set<String> = [
        "inc", "ltd", "co", "cos", "corp", "jr", "sr", "bros", "llc", "plc", "lp", "llp", "ag", "sa",
        "nv", "bv", "gmbh", "esq", "mfg", "intl",
    ]

    /// Job titles that follow a company name in news style ("Apple Inc. Chief Executive Tim Cook").
    static let jobTitles: Set<String> = [
        "chief", "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chairperson", "chair", "president",
        "vice", "executive", "founder", "co-founder", "spokesman", "spokeswoman", "spokesperson",
        "director", "head", "boss", "owner", "partner", "analyst", "analysts", "economist",
    ]

    /// Capitalised words that start sentences and are not names: after an ambiguous period
    /// ("the U.S.", "6 p.m.", "you and I.") they show that a new sentence has begun.
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i",
        "you", "his", "her", "their", "our", "my", "your", "there", "here", "but", "and", "or", "so",
        "yet", "nor", "if", "when", "while", "where", "what", "who", "whom", "whose", "why", "how",
        "which", "after", "before", "since", "although", "though", "however", "meanwhile", "moreover",
        "also", "then", "now", "still", "instead", "even", "in", "on", "at", "as", "by", "for", "from",
        "with", "without", "of", "to", "into", "during", "under", "over", "is", "are", "was", "were",
        "be", "been", "has", "have", "had", "do", "does", "did", "can", "could", "will", "would",
        "shall", "should", "might", "must", "not", "yes", "some", "many", "most", "all", "both", "each",
        "every", "few", "several", "such", "other", "another", "only", "just", "according", "later",
        "earlier", "today", "yesterday", "tomorrow", "once", "because", "despite", "until", "unless",
        "let", "please", "thanks", "there's", "it's", "that's", "he's", "she's", "we're", "they're",
        "i'm", "i've", "i'd", "i'll", "don't", "didn't", "doesn't", "isn't", "wasn't",
    ]

    /// Prepositions that open a fronted time phrase ("At 5 a.m. Mr. Smith left").
    static let timePrepositions: Set<String> = [
        "at", "by", "from", "until", "till", "before", "after", "around", "about", "since", "on",
        "shortly", "just", "starting", "beginning", "between", "circa", "sometime", "past",
    ]

    /// Words that can follow a clock time in the same sentence ("5 p.m. Monday", "9 a.m. GMT").
    static let afterClockTime: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "et", "est", "edt", "ct",
        "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "ist", "jst", "aest", "eastern", "central",
        "mountain", "pacific", "local", "today", "tomorrow", "tonight",
    ]

    /// Words a wrapped line can end with but a headline cannot: the sentence must go on.
    static let continuationWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "with",
        "from", "into", "onto", "over", "under", "about", "as", "than", "that", "which", "who", "whose",
        "whom", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
        "could", "should", "can", "may", "might", "must", "not", "his", "her", "its", "their", "our",
        "my", "your", "this", "these", "those", "if", "when", "while", "because", "after", "before",
        "since", "until", "amid", "against", "between", "during", "per", "via", "including", "said",
        "says", "told", "near", "without", "within", "such", "some", "any", "each", "every", "very",
        "more", "most", "less", "least", "so", "also", "both", "either", "neither", "where", "whether",
    ]

    /// Words that can open a short phrase after an attribution ("… Peskov said on Monday.").
    static let afterAttribution: Set<String> = [
        "on", "in", "at", "late", "earlier", "later", "today", "yesterday", "tonight", "last", "this",
        "during", "reporters", "journalists",
    ]

    /// Verbs of an attribution that follows a closed quotation ("… ready.” Smith said.").
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "added", "asked", "wrote", "stated", "declared", "replied", "explained",
        "insisted", "noted", "continued", "warned", "tweeted", "posted", "announced", "claimed",
        "argued", "recalled", "concluded", "remarked", "answered", "responded", "admitted", "conceded",
        "acknowledged", "confirmed", "denied", "shouted", "cried", "whispered", "wondered",
    ]
}
