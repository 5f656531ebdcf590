import Foundation
import Testing
@testable import Fetching

struct CharsetDecoderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var contentType: String?
        var text: String
        var charset: String
        var origin: DecodedText.Origin
        var testDescription: String { name }
    }

    static let moscow1251: [UInt8] = [0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0]

    static let cases: [Case] = [
        Case(name: "header windows-1251", bytes: moscow1251, contentType: "text/html; charset=windows-1251",
             text: "Москва", charset: "windows-1251", origin: .header),
        Case(name: "quoted header label", bytes: moscow1251, contentType: "text/html; charset=\"CP1251\"",
             text: "Москва", charset: "windows-1251", origin: .header),
        Case(name: "KOI8-R meta", bytes: Array("<html><head><meta charset=\"koi8-r\"></head><body>".utf8) + [0xED, 0xCF, 0xD3, 0xCB, 0xD7, 0xC1],
             contentType: "text/html", text: "<html><head><meta charset=\"koi8-r\"></head><body>Москва", charset: "koi8-r", origin: .declaration),
        Case(name: "http-equiv meta", bytes: Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">".utf8) + moscow1251,
             contentType: nil, text: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">Москва", charset: "windows-1251", origin: .declaration),
        Case(name: "XML prolog ISO-8859-1 read as windows-1252", bytes: Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>caf".utf8) + [0xE9, 0x20, 0x80],
             contentType: "application/xml", text: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>café €", charset: "windows-1252", origin: .declaration),
        Case(name: "UTF-8 BOM", bytes: [0xEF, 0xBB, 0xBF] + Array("héllo".utf8), contentType: nil,
             text: "héllo", charset: "utf-8", origin: .bom),
        Case(name: "UTF-16LE BOM", bytes: [0xFF, 0xFE, 0x68, 0x00, 0xE9, 0x00], contentType: nil,
             text: "hé", charset: "utf-16le", origin: .bom),
        Case(name: "header wins over meta", bytes: Array("<meta charset=koi8-r>".utf8) + moscow1251,
             contentType: "text/html;charset=windows-1251", text: "<meta charset=koi8-r>Москва", charset: "windows-1251", origin: .header),
        Case(name: "Shift_JIS", bytes: [0x93, 0xFA, 0x96, 0x7B], contentType: "text/plain; charset=Shift_JIS",
             text: "日本", charset: "shift_jis", origin: .header),
        Case(name: "EUC-KR", bytes: [0xC7, 0xD1, 0xB1, 0xB9], contentType: "text/plain; charset=euc-kr",
             text: "한국", charset: "euc-kr", origin: .header),
        Case(name: "GB2312 label read as GB18030", bytes: [0xD6, 0xD0, 0xB9, 0xFA], contentType: "text/plain; charset=gb2312",
             text: "中国", charset: "gb18030", origin: .header),
        Case(name: "ISO-8859-2", bytes: [0xA3, 0xF3, 0x64, 0xBC], contentType: "text/plain; charset=iso-8859-2",
             text: "Łódź", charset: "iso-8859-2", origin: .header),
        Case(name: "no declaration: UTF-8", bytes: Array("naïve".utf8), contentType: "text/html",
             text: "naïve", charset: "utf-8", origin: .fallback),
        Case(name: "unknown label falls back to UTF-8", bytes: Array("plain".utf8), contentType: "text/html; charset=x-klingon",
             text: "plain", charset: "utf-8", origin: .fallback),
        Case(name: "data-charset is not a declaration", bytes: Array("<meta data-charset=\"koi8-r\">ok".utf8), contentType: nil,
             text: "<meta data-charset=\"koi8-r\">ok", charset: "utf-8", origin: .fallback),
    ]

    @Test(arguments: cases)
    func decodes(_ testCase: Case) {
        let decoded = CharsetDecoder.decode(Data(testCase.bytes), contentType: testCase.contentType)
        #expect(decoded.text == testCase.text)
        #expect(decoded.charset == testCase.charset)
        #expect(decoded.origin == testCase.origin)
        #expect(!decoded.replacedInvalidBytes)
    }

    @Test func invalidUTF8IsReplacedNotDropped() {
        let decoded = CharsetDecoder.decode(Data([0x61, 0xFF, 0x62]), contentType: nil)
        #expect(decoded.text == "a\u{FFFD}b")
        #expect(decoded.replacedInvalidBytes)
    }

    @Test func invalidLegacyBytesAreReplaced() {
        // 0x98 is unassigned in windows-1251.
        let decoded = CharsetDecoder.decode(Data([0xCC, 0x98, 0xEE]), contentType: "text/plain; charset=windows-1251")
        #expect(decoded.text == "М\u{FFFD}о")
        #expect(decoded.replacedInvalidBytes)
    }
}
