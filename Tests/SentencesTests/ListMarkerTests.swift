import Testing
@testable import Sentences

@Suite("ListMarker")
struct ListMarkerTests {
    @Test("reads bullets and enumerators", arguments: [
        ("• item", true), ("- item", true), ("* item", true), ("⁃9. item", true), ("1. item", true),
        ("12) item", true), ("3.) item", true), ("(b) item", true), ("iv. item", true), ("a) item", true),
        ("-5 degrees", false), ("2.5 million", false), ("2024. The", false), ("A. Smith", false), ("Item", false),
    ])
    func parses(_ input: String, _ isMarker: Bool) {
        let text = Array(input.unicodeScalars)
        #expect((ListMarker.parse(text, at: 0, limit: text.count, strict: true) != nil) == isMarker)
    }

    @Test("finds the following items of the same list on a line")
    func followingItems() throws {
        let text = Array("1) one 3) skip 2) two 3) three".unicodeScalars)
        let marker = try #require(ListMarker.parse(text, at: 0, limit: text.count, strict: true))
        #expect(marker.followingItems(text, in: 0..<text.count) == [15, 22])
    }

    @Test("a letter list can continue as Roman numerals and back")
    func romanSuccessors() throws {
        let text = Array("(i) one (ii) two (iii) three".unicodeScalars)
        let marker = try #require(ListMarker.parse(text, at: 0, limit: text.count, strict: true))
        #expect(marker.followingItems(text, in: 0..<text.count) == [8, 17])
    }

    @Test("a marker alone is no sentence", arguments: ["1.", "• 9.", "a)", "(iv)", "•", "⁃10."])
    func markerOnly(_ input: String) {
        let text = Array(input.unicodeScalars)
        #expect(ListMarker.isMarkerOnly(text, 0..<text.count))
    }
}
