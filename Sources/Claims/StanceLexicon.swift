/// The words that carry stances, and the words that change or void them. Everything is compared
/// by stem (see `WordStem`), so one entry covers a verb's inflections.
enum StanceLexicon {
    /// Verbs whose subject affirms the proposition of their complement.
    static let affirmVerbs: Set<String> = stems(["confirm", "acknowledge", "admit", "concede", "recognise", "recognize",
                                                 "accept", "assert", "verify", "corroborate", "affirm", "own",
                                                 // Holding another party responsible asserts that it happened.
                                                 "accuse", "blame", "attribute",
                                                 // Citing a fact as a reason asserts it ("citing irregularities").
                                                 "cite", "confess",
                                                 // Apologising for it owns it ("apologised for the breach").
                                                 "apologise", "apologize"])
    /// Verbs that take "responsibility" to affirm ("claimed responsibility for the strike").
    static let responsibilityVerbs: Set<String> = stems(["claim", "take", "accept", "assume", "acknowledge", "admit"])
    /// Verbs that are evasions on their own ("sidestepped questions about …").
    static let evasiveVerbs: Set<String> = stems(["sidestep", "dodge", "deflect", "evade", "parry", "skirt"])
    /// Verbs whose subject denies it.
    static let denyVerbs: Set<String> = stems(["deny", "reject", "dismiss", "refute", "rebuff", "rubbish", "repudiate", "disavow",
                                               "dispute", "contest", "debunk", "contradict"])
    /// Verbs of a finding: with a that-clause their subject affirms it ("the inquiry found that …").
    static let findingVerbs: Set<String> = stems(["find", "found", "conclude", "establish", "determine"])
    /// Nouns naming a stance; they count only with an owner ("Moscow's denial", "a denial from X").
    static let affirmNouns: Set<String> = stems(["confirmation", "acknowledgment", "acknowledgement", "admission", "concession"])
    static let denyNouns: Set<String> = stems(["denial", "rejection", "dismissal", "refutation"])
    /// Words that dismiss a claim when an entity applies them to it ("called the reports baseless").
    static let dismissiveWords: Set<String> = stems(["baseless", "unfounded", "groundless", "false", "fake", "fabricated",
                                                     "fabrication", "lie", "lies", "nonsense", "propaganda", "untrue",
                                                     "absurd", "ridiculous", "fiction", "fantasy", "slander", "smear",
                                                     "rubbish", "provocation", "disinformation", "misinformation", "hoax",
                                                     "inaccurate", "incorrect", "misleading", "speculative",
                                                     "unsubstantiated", "wrong", "erroneous"])
    /// Verbs that apply such a word: "called … baseless", "described … as fabricated".
    static let labellingVerbs: Set<String> = stems(["call", "label", "brand", "describe", "term", "characterise", "characterize", "dismiss"])
    /// What "declined to …" / "refused to …" / "would not …" must be followed by to be an evasion.
    static let evasionObjects: Set<String> = stems(["comment", "confirm", "say", "discuss", "elaborate", "specify", "respond",
                                                    "answer", "address", "detail", "disclose", "reveal", "speculate", "deny",
                                                    "clarify", "explain", "tell"])
    /// Verbs that turn a following stance verb into an evasion ("declined to confirm").
    static let evasionVerbs: Set<String> = stems(["decline", "refuse", "avoid", "fail", "hesitate"])
    /// Reporting verbs: the speaker asserts what follows ("X said the troops were …").
    static let reportingVerbs: Set<String> = stems(["say", "said", "tell", "told", "state", "insist", "maintain", "claim",
                                                    "announce", "declare", "add", "argue", "warn", "write", "wrote", "report", "allege"])
    /// Words that make what follows non-factual.
    static let hedges: Set<String> = stems(["may", "might", "could", "would", "should", "will", "shall", "can", "must",
                                            "expected", "likely", "unlikely", "set", "poised", "plan", "plans", "planning",
                                            "going", "ready", "prepared", "forced", "want", "wants", "hope", "intend",
                                            "if", "unless", "whether", "any", "possible", "possibly", "perhaps", "probably",
                                            "reportedly", "allegedly", "soon", "eventually", "need", "able", "about"])
    /// Markers that place a stance in the past.
    static let historical: Set<String> = stems(["previously", "earlier", "initially", "originally", "once", "historically",
                                                "formerly", "long", "repeatedly", "consistently", "first", "then", "past"])
    /// Markers of a stance held over time: with the present perfect it still holds ("has
    /// consistently denied"); only with the past perfect ("had long denied") is it over.
    static let continuing: Set<String> = stems(["long", "repeatedly", "consistently", "always", "steadfastly", "persistently"])
    static let negations: Set<String> = ["not", "n't", "never", "no", "nor", "without", "cannot"]
    /// Nouns that refer back to the topic's proposition ("denied these allegations").
    static let anaphoricNouns: Set<String> = stems(["allegation", "report", "claim", "accusation", "rumour", "rumor",
                                                    "suggestion", "story", "speculation", "charge", "assertion",
                                                    // Another party's statements on it ("declined to comment on X's remarks").
                                                    "remark", "statement", "announcement", "finding",
                                                    // Denying a role in the event is denying the event's claim.
                                                    "role", "involvement", "responsibility", "wrongdoing",
                                                    "it", "this", "that",
                                                    "them", "these", "those", "so"])
    static let pronouns: Set<String> = ["it", "he", "she", "they", "we", "i"]
    /// Definite descriptions that refer back to an entity ("the company said").
    static let descriptionNouns: Set<String> = stems(["company", "ministry", "government", "manufacturer", "carrier",
                                                      "club", "bank", "airline", "utility", "firm", "group", "department",
                                                      "agency", "authority", "council", "city", "regulator", "commission",
                                                      "operator", "insurer", "lender", "maker", "developer", "university",
                                                      "hospital", "spokesman", "spokeswoman", "spokesperson", "board",
                                                      "team", "party", "administration", "office", "force", "police",
                                                      "constabulary", "army", "military", "navy", "command", "state",
                                                      "kremlin", "white", "union", "federation", "league", "player",
                                                      "coach", "minister", "president", "chief", "executive", "insurer",
                                                      "owner", "prosecutor", "court", "lab", "laboratory", "institute"])
    /// Function words allowed between a subject and its verb ("Moscow on Tuesday firmly denied").
    static let verbGroupFillers: Set<String> = stems(["has", "have", "had", "is", "are", "was", "were", "be", "been", "being",
                                                      "did", "does", "do", "also", "again", "firmly", "strongly", "flatly",
                                                      "officially", "publicly", "formally", "now", "today", "yesterday",
                                                      "still", "swiftly", "quickly", "immediately", "later", "finally",
                                                      "both", "all", "itself", "themselves", "on", "late", "early", "this",
                                                      "last", "week", "weekend", "morning", "afternoon", "evening", "night",
                                                      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                                      "sunday", "in", "a", "statement", "interview", "briefing", "separately",
                                                      "however", "meanwhile", "though", "too", "just", "at", "news",
                                                      "conference", "press", "emphatically", "categorically", "vehemently",
                                                      "angrily", "explicitly", "openly", "directly", "partially", "partly",
                                                      "effectively", "implicitly", "tacitly", "fully", "indeed"])
    /// Words that end the search for a verb's subject: a new clause starts there.
    static let clauseBoundaries: Set<String> = ["that", "which", "who", "whom", "whose", "whether", "because", "while",
                                                "although", "though", "but", "after", "before", "since", "as", "when",
                                                "where", "if", "despite", "amid", "following", ";", ":", "\"", "“", "”",
                                                "(", ")", "—", "–"]
    static let prepositions: Set<String> = ["in", "at", "from", "near", "for", "with", "to", "of", "on", "about", "against",
                                            "over", "into", "across", "inside", "outside", "within", "via", "among", "around",
                                            "toward", "towards", "under", "behind", "beyond", "by", "like"]
    /// Undeclared speakers: their stance counts for no entity.
    static let undeclaredSpeakers: Set<String> = stems(["analyst", "expert", "source", "official", "observer", "researcher",
                                                        "investigator", "diplomat", "critic", "resident", "witness",
                                                        "people", "journalist", "reporter", "commentator", "economist",
                                                        "lawmaker", "activist", "intelligence", "someone", "person", "insider"])

    static func stems(_ words: [String]) -> Set<String> {
        Set(words.map { WordStem.stem($0) })
    }
}
