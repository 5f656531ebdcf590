import Testing
import Configuration

@Suite struct SizeParserTests {
    @Test(arguments: [
        ("4096", 4096),
        ("4096B", 4096),
        ("512KiB", 512 * 1024),
        ("512K", 512 * 1024),
        ("512k", 512 * 1024),
        ("10MiB", 10 * 1024 * 1024),
        ("10M", 10 * 1024 * 1024),
        ("10mib", 10 * 1024 * 1024),
        ("10 MiB", 10 * 1024 * 1024),
        ("1GiB", 1 << 30),
        ("1G", 1 << 30),
        ("2TiB", 2 << 40),
        ("10KB", 10_000),
        ("10MB", 10_000_000),
        ("1GB", 1_000_000_000),
        ("1.5MiB", 1_572_864),
        ("0.5K", 512),
        (" 1K ", 1024),
        ("0", 0),
    ])
    func parses(text: String, expected: Int) {
        #expect(SizeParser.parse(text) == expected)
    }

    @Test(arguments: ["", "MiB", "10XB", "-1", "+1", "1.", ".5K", "10 M iB", "1e6", "10MiBs", "10 bytes",
                      "99999999999999999999", "9999999999TiB"])
    func rejects(text: String) {
        #expect(SizeParser.parse(text) == nil)
    }
}
