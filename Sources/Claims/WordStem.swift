/// A light English stemmer, enough to match a keyword against its inflections
/// ("deployment" / "deployed" / "deploying", "troops" / "troop", "cracks" / "cracked").
enum WordStem {
    static func stem(_ word: String) -> String {
        guard word.count > 3, word.first?.isLetter == true else { return word }
        // "dismiss", "focus", "analysis" end in s without being plurals.
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
        // "-ment" needs a verb of four letters before it: "deployment" → "deploy", but "comment"
        // stays whole (else "comment" and "commented" would part).
        for (suffix, replacement) in suffixes where word.hasSuffix(suffix)
            && word.count - suffix.count >= (suffix.hasPrefix("ment") ? 4 : 3) {
            var stem = String(word.dropLast(suffix.count)) + replacement
            // "stopped" → "stopp" → "stop"; "planning" → "plann" → "plan".
            if replacement.isEmpty, let last = stem.last, stem.count > 3, stem.dropLast().last == last,
               !"aeiouls".contains(last) {
                stem.removeLast()
            }
            return stem
        }
        return word
    }

    private static let suffixes: [(String, String)] = [
        ("ments", ""), ("ment", ""), ("ings", ""), ("ing", ""), ("ied", "y"), ("ies", "y"),
        ("ed", ""), ("es", ""), ("s", ""), ("e", ""),
    ]
}
