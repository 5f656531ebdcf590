/// PLACEHOLDER until extraction lands.
public enum MainTextExtractor {
    public static func extract(html: String, url: String?, selector: String? = nil) throws(ExtractionError) -> ExtractedPage {
        throw .unparseable("main-text extraction is not written yet")
    }
}
