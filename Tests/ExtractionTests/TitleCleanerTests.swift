import Testing
@testable import Extraction

@Suite("Title cleaning")
struct TitleCleanerTests {
    @Test("site names come off", arguments: [
        ("Storm hits coast | The Daily Planet", nil, "Storm hits coast"),
        ("Storm hits coast - Daily Planet", nil, "Storm hits coast"),
        ("Storm hits the coast — The Daily Planet News Site", "The Daily Planet News Site", "Storm hits the coast"),
        ("LIVE: Fire updates - evacuations, road closures | Larkmoor Ledger", nil, "LIVE: Fire updates - evacuations, road closures"),
        ("Daily Planet | Storm hits the northern coast", "Daily Planet", "Storm hits the northern coast"),
        ("Storm hits coast", nil, "Storm hits coast"),
        ("Up - Down", nil, "Up - Down"),
        ("  Extra   spaces |  Site ", nil, "Extra spaces"),
    ] as [(String, String?, String)])
    func clean(title: String, site: String?, expected: String) {
        #expect(TitleCleaner.clean(title, siteName: site) == expected)
    }

    @Test("with only known sites, an unknown suffix stays")
    func onlyKnownSite() {
        #expect(TitleCleaner.clean("Storm hits coast | Opinion", siteName: "Daily Planet", onlyKnownSite: true)
                == "Storm hits coast | Opinion")
    }
}
