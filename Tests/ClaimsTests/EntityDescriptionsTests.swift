import ClaimwatchModel
import Testing
@testable import Claims

struct EntityDescriptionsTests {
    static let descriptions = EntityDescriptions([
        WatchedEntity(id: "central-bank", names: ["Central Bank of Tarn", "CBT"]),
        WatchedEntity(id: "coop", names: ["Kessler Cooperative Bank", "Kessler"]),
        WatchedEntity(id: "moc", names: ["Medicines Oversight Commission"]),
    ])

    @Test(arguments: [
        (["central", "bank"], "central-bank"),     // every word is in one name
        (["commission"], "moc"),                   // the last word of one multi-word name
        (["cooperative", "bank"], "coop"),
        (["bank"], "coop"),                        // "Bank" ends only Kessler Cooperative Bank's name
        (["ministry"], nil),
        (["oversight", "bank"], nil),              // no name holds both words
    ] as [([String], String?)])
    func resolves(_ words: [String], _ entity: String?) {
        #expect(Self.descriptions.entity(for: words) == entity)
    }
}
