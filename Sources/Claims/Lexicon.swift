/// Word lists the quantity rules share. (Stance words are no longer listed anywhere: the learned
/// model decides stances.)
enum Lexicon {
    /// Markers that place what a sentence says in the past ("Previously, …", "Historically, …").
    static let historical: Set<String> = stems(["previously", "earlier", "initially", "originally", "once", "historically",
                                                "formerly", "long", "repeatedly", "consistently", "first", "then", "past"])
    static let prepositions: Set<String> = ["in", "at", "from", "near", "for", "with", "to", "of", "on", "about", "against",
                                            "over", "into", "across", "inside", "outside", "within", "via", "among", "around",
                                            "toward", "towards", "under", "behind", "beyond", "by", "like"]

    static func stems(_ words: [String]) -> Set<String> {
        Set(words.map { WordStem.stem($0) })
    }
}
