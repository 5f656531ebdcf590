import Foundation
import Testing
@testable import Extraction

@Suite("Noise stability")
struct NoiseStabilityTests {
    struct Edit: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var apply: @Sendable (inout NoisyArticle) -> Void
    }

    static let edits: [Edit] = [
        Edit(testDescription: "timestamps") {
            $0.updated = "2024-02-13T17:45:00Z"
            $0.visibleUpdated = "Updated 5:45 p.m. GMT"
            $0.relativeTime = "2 hours ago"
        },
        Edit(testDescription: "byline") { $0.byline = "By Amaia Etxeberria and Tomasz Wilk" },
        Edit(testDescription: "ads") {
            $0.topAd = "New: the Glenmoor Post crossword app, free for subscribers."
            $0.inlineAd = "Win a weekend for two in the Highlands! Enter now, text WIN to 60123."
        },
        Edit(testDescription: "related links") {
            $0.relatedLinks = ["Board denies plan to privatise water supply", "12 more towns may face restrictions",
                               "Drought: the full list of affected streets"]
        },
        Edit(testDescription: "most-read list") { $0.mostRead = ["Council tax to rise 4.9%"] },
        Edit(testDescription: "cookie text") {
            $0.cookieText = "This site and our 212 partners store cookies on your device. Accept to continue."
        },
        Edit(testDescription: "boilerplate before the article") { $0.boilerplateBeforeArticle = true },
        Edit(testDescription: "sidebar boxes swapped") { $0.sidebarFirst = true },
        Edit(testDescription: "everything at once") {
            $0.updated = "2024-02-14T06:00:00Z"
            $0.visibleUpdated = "Updated Wednesday 6:00 a.m."
            $0.byline = "Staff reporter"
            $0.inlineAd = "Advertise with us: reach 2 million readers."
            $0.relatedLinks = []
            $0.cookieText = "Cookies help us deliver our services."
            $0.boilerplateBeforeArticle = true
            $0.sidebarFirst = true
        },
    ]

    @Test("the base page yields the article and nothing else")
    func baseText() throws {
        let page = try MainTextExtractor.extract(html: NoisyArticle().html, url: nil)
        #expect(page.paragraphs == NoisyArticle.paragraphs)
    }

    @Test("a noise-only edit leaves the text unchanged", arguments: edits)
    func noiseEdit(_ edit: Edit) throws {
        var edited = NoisyArticle()
        edit.apply(&edited)
        let before = try MainTextExtractor.extract(html: NoisyArticle().html, url: nil)
        let after = try MainTextExtractor.extract(html: edited.html, url: nil)
        #expect(after.text == before.text)
    }

    @Test("a changed sentence does change the text")
    func realEdit() throws {
        let edited = NoisyArticle().html.replacingOccurrences(of: "61% of capacity", with: "58% of capacity")
        let before = try MainTextExtractor.extract(html: NoisyArticle().html, url: nil)
        let after = try MainTextExtractor.extract(html: edited, url: nil)
        #expect(after.text != before.text)
        #expect(after.text.contains("58% of capacity"))
    }
}
