import ClaimwatchModel
import Testing
@testable import Claims

/// The forms `EntityVariants` derives from configured names, and the person test.
struct EntityVariantsTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var names: [String]
        var variant: String
        /// The rule expected to make it; nil: no such variant.
        var rule: String?
        var testDescription: String { "\(names.joined(separator: "/")) → \(variant): \(rule ?? "none")" }
    }

    static let rows: [Row] = [
        Row(names: ["Russia"], variant: "Russia", rule: "name"),
        Row(names: ["Russia"], variant: "Russian officials", rule: "demonym-body"),
        Row(names: ["Russia"], variant: "Russian foreign ministry", rule: "demonym-body"),
        Row(names: ["Russia"], variant: "Russia government", rule: "name-body"),
        Row(names: ["Russia"], variant: "Russia foreign ministry", rule: "name-body"),
        Row(names: ["Russia"], variant: "Russian", rule: nil),                     // a bare adjective is no speaker
        Row(names: ["North Korea"], variant: "North Korean military", rule: "demonym-body"),
        Row(names: ["North Korea"], variant: "North Korean", rule: nil),
        Row(names: ["North Korea"], variant: "Korea", rule: nil),                  // a place is no person: no surname
        Row(names: ["Ukraine"], variant: "Ukrainian defence ministry", rule: "demonym-body"),
        Row(names: ["France"], variant: "French embassy", rule: "demonym-body"),
        Row(names: ["United States"], variant: "American officials", rule: "demonym-body"),
        Row(names: ["United States"], variant: "US military", rule: "demonym-body"),
        Row(names: ["USA"], variant: "U.S. officials", rule: "demonym-body"),     // an alias finds the row
        Row(names: ["United Kingdom"], variant: "British government", rule: "demonym-body"),
        Row(names: ["Britain"], variant: "UK prime minister", rule: "demonym-body"),
        Row(names: ["Netherlands"], variant: "Dutch authorities", rule: "demonym-body"),
        Row(names: ["Türkiye"], variant: "Turkish forces", rule: "demonym-body"),
        Row(names: ["Korvania"], variant: "Korvanian foreign ministry", rule: "demonym-rule"),
        Row(names: ["Dravenia"], variant: "Dravenian officials", rule: "demonym-rule"),
        Row(names: ["Vastria"], variant: "Vastrian army", rule: "demonym-rule"),
        Row(names: ["Norvessa"], variant: "Norvessan government", rule: "demonym-rule"),
        Row(names: ["North Korvania"], variant: "North Korvanian officials", rule: "demonym-rule"),
        Row(names: ["Varistan"], variant: "Varistani leadership", rule: "demonym-rule"),
        Row(names: ["Korvania"], variant: "Korvanian", rule: nil),
        Row(names: ["Ostrel"], variant: "Ostreli officials", rule: nil),            // no rule for -el
        Row(names: ["Halden"], variant: "Halden government", rule: "name-body"),
        Row(names: ["Marrowind Shipping"], variant: "Marrowind Shipping officials", rule: "name-body"),
        Row(names: ["Marrowind Shipping"], variant: "Marrowind Shipping government", rule: nil), // organisations have no government
        Row(names: ["Marrowind Shipping"], variant: "Shipping", rule: nil),
        Row(names: ["Ivo Brandt"], variant: "Brandt", rule: "surname"),
        Row(names: ["Marta Okafor-Lind"], variant: "Okafor-Lind", rule: "surname"),
        Row(names: ["Jan van Dijk"], variant: "Dijk", rule: "surname"),
        Row(names: ["Ivo Brandt"], variant: "Ivo Brandt officials", rule: nil),
        Row(names: ["Kessler Lines", "Kessler"], variant: "Kessler", rule: "name"),
        Row(names: ["Kessler Lines"], variant: "Lines", rule: nil),
    ]

    @Test(arguments: rows)
    func variant(_ row: Row) {
        let variants = EntityVariants(WatchedEntity(id: "e", names: row.names)).variants
        let found = variants.first { EntityVariants.key($0.text) == EntityVariants.key(row.variant) }
        #expect(found?.rule == row.rule)
    }

    @Test func surnameNeedsItsFullName() {
        let surname = EntityVariants(WatchedEntity(id: "brandt", names: ["Ivo Brandt"])).variants.first { $0.rule == "surname" }
        #expect(surname?.requiresEarlier == "Ivo Brandt")
        #expect(surname?.person == true)
    }

    @Test(arguments: [
        ("Ivo Brandt", true), ("Marta Okafor-Lind", true), ("Jan van Dijk", true), ("Kim Jong Un", true),
        ("Halden Energy", false), ("Maritime Safety Agency", false), ("North Korea", false), ("South Sudan", false),
        ("New Korvania", false), ("São Paulo", false), ("Kessler", false), ("ESPA Group", false), ("Central Bank of Norvessa", false),
        ("Bray & Holt", false), ("Red Cross", false), ("Dockworkers Union", false),
    ])
    func person(_ name: String, _ expected: Bool) {
        #expect(EntityVariants.looksLikePerson(name) == expected)
    }

    @Test func tableCoversTheWorld() {
        #expect(DemonymTable.rows.count >= 200)
        #expect(DemonymTable.rows.allSatisfy { !$0.names.isEmpty && !$0.adjectives.isEmpty && !$0.people.isEmpty })
        #expect(DemonymTable.row(named: "Cote d'Ivoire")?.adjectives == ["Ivorian"])
        #expect(DemonymTable.row(named: "the netherlands")?.adjectives == ["Dutch"])
    }

    @Test(arguments: [("zürich", "zurich"), ("são", "sao"), ("łódź", "lodz"), ("kessler", "kessler"), ("straße", "strasse")])
    func folding(_ word: String, _ folded: String) {
        #expect(NameFolding.fold(word) == folded)
    }
}
