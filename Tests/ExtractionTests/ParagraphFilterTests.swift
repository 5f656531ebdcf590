import Testing
@testable import Extraction

@Suite("Paragraph filter")
struct ParagraphFilterTests {
    @Test("timestamps are recognised", arguments: [
        "Sep. 3, 7:15 a.m.", "Updated 5 minutes ago", "Published: June 10, 2025 4:00 PM EDT", "2 hours ago",
        "Last updated Wednesday, September 3, 7:15 a.m.", "10:42 GMT", "Yesterday at 18:05",
    ])
    func timestamps(_ text: String) {
        #expect(ParagraphFilter.isTimestampLine(text))
    }

    @Test("sentences with dates are not timestamps", arguments: [
        "The vote is on June 10.", "Police said the fire started at 7:15 a.m. on Tuesday.", "Sept. 11 changed everything",
        "3,000 troops", "Crews hold eastern edge overnight",
    ])
    func notTimestamps(_ text: String) {
        #expect(!ParagraphFilter.isTimestampLine(text))
    }

    @Test("bylines", arguments: ["By Jane Doe", "By Jane Doe and John Roe, Reuters", "BY JANE DOE", "Written by Jane Doe",
                                 "By Jane Doe | Updated 3 hours ago"])
    func bylines(_ text: String) {
        #expect(ParagraphFilter.isBylineLine(text))
    }

    @Test("not bylines", arguments: ["By the end of the year, prices had doubled.", "Byron Bay is busy in summer",
                                     "Jane Doe reports"])
    func notBylines(_ text: String) {
        #expect(!ParagraphFilter.isBylineLine(text))
    }

    @Test("ad and control labels", arguments: ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
                                               "Sponsored", "Share this article", "Comments", "(Advertisement)"])
    func labels(_ text: String) {
        #expect(ParagraphFilter.isAdLabel(text))
    }

    @Test("calls to action", arguments: ["Follow us on Twitter and Facebook.", "Sign up for our daily newsletter",
                                         "Click here to subscribe", "Get our free newsletter: sign up today."])
    func callsToAction(_ text: String) {
        #expect(ParagraphFilter.isCallToAction(text))
    }

    @Test("credits", arguments: ["Photo: Jane Doe/Agency", "(Photo by John Roe)", "Image credit: NASA"])
    func credits(_ text: String) {
        #expect(ParagraphFilter.isCredit(text))
    }
}
