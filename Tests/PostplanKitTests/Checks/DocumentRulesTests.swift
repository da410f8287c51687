import Testing

@testable import PostplanKit

/// A LinkedIn document post whose one media entry is `entry`, with a `title:` unless `titled` is false.
private func documentPost(_ entry: String, titled: Bool = true) -> String {
    planOnEveryPlatform(
        """
          - id: guide
            kind: post
            channels: [li-page]
            at: 2026-12-09 09:00
        """ + (titled ? "\n    title: The quarter-planning guide" : "") + """

                text: Our guide to planning a quarter in one afternoon.
                media: [\(entry)]

            """)
}

@Suite("Platform checks: LinkedIn documents")
struct DocumentRulesTests {
    @Test("a 300-page, 100 MB PDF under a title passes; the extension's case does not matter")
    func documentAtLimits() throws {
        try expectFindings(documentPost("{ type: document, file: guide.PDF, pages: 300, size: 100MB }"), [], stages: .checks)
    }

    @Test("a 301-page document is document-pages at the page count")
    func tooManyPages() throws {
        try expectFindings(
            documentPost("{ type: document, file: guide.pdf, pages: 1️⃣301 }"),
            [finding(DocumentPagesRule.description, at: "1️⃣", message: "the document has 301 pages; LinkedIn takes 300; cut 1")],
            stages: .checks)
    }

    @Test("a 100.5 MB document is document-size at the size, in 1,000-based megabytes")
    func tooLarge() throws {
        try expectFindings(
            documentPost("{ type: document, file: guide.pdf, size: 1️⃣100.5MB }"),
            [finding(DocumentSizeRule.description, at: "1️⃣", message: "the document is 100.5 MB; LinkedIn takes up to 100 MB")],
            stages: .checks)
    }

    @Test("a Keynote file is document-format at the file, naming the formats LinkedIn takes")
    func keynoteFile() throws {
        try expectFindings(
            documentPost("{ type: document, file: 1️⃣assets/guide.key }"),
            [finding(DocumentFormatRule.description, at: "1️⃣", message: "LinkedIn takes documents as pdf, ppt, pptx, doc, docx", "export it as PDF")],
            stages: .checks)
    }

    @Test("a file without an extension is document-format")
    func fileWithoutExtension() throws {
        try expectFindings(
            documentPost("{ type: document, file: 1️⃣assets.v2/guide }"),
            [finding(DocumentFormatRule.description, at: "1️⃣", message: "'assets.v2/guide' is none of them")],
            stages: .checks)
    }

    @Test("a document post without a title is title-required at the document")
    func documentWithoutTitle() throws {
        try expectFindings(
            documentPost("1️⃣{ type: document, file: guide.pdf }", titled: false),
            [
                finding(
                    TitleRequiredRule.description, at: "1️⃣", message: "carries a document, which LinkedIn shows under a title",
                    "add 'title:' to 'guide'")
            ],
            stages: .checks)
    }

    @Test("an image post without a title on LinkedIn passes: only documents need one")
    func imageWithoutTitle() throws {
        try expectFindings(documentPost("{ type: image, file: chart.png, size: 2MB }", titled: false), [], stages: .checks)
    }
}

@Suite("Decoding: media pages and size")
struct MediaMetadataDecodingTests {
    @Test("a size in words is invalid-value at the size, saying how to write one")
    func sizeInWords() throws {
        try expectFindings(
            documentPost("{ type: document, file: guide.pdf, size: 1️⃣twelve megs }"),
            [finding(InvalidValueRule.description, at: "1️⃣", message: "'twelve megs' is not a file size", "like 800KB, 12MB or 1.5GB")])
    }

    @Test("a page count of 0 or a fraction is invalid-value at the count")
    func pagesNotAPositiveNumber() throws {
        try expectFindings(
            documentPost("{ type: document, file: guide.pdf, pages: 1️⃣0 }"),
            [finding(InvalidValueRule.description, at: "1️⃣", message: "'0' is not a positive whole number")])
        try expectFindings(
            documentPost("{ type: document, file: guide.pdf, pages: 1️⃣2.5 }"),
            [finding(InvalidValueRule.description, at: "1️⃣", message: "'2.5' is not a positive whole number")])
    }

    @Test("sizes read in bytes: a bare number, B, KB, MB and GB, 1,000-based, any case")
    func sizeUnits() {
        #expect(ScalarSyntax.byteSize("2048") == .success(2048))
        #expect(ScalarSyntax.byteSize("512 B") == .success(512))
        #expect(ScalarSyntax.byteSize("800kb") == .success(800_000))
        #expect(ScalarSyntax.byteSize("1.5GB") == .success(1_500_000_000))
        #expect(ScalarSyntax.byteSize("12 MB") == .success(12_000_000))
        #expect(ScalarSyntax.byteSize("1.5") != .success(2))
        #expect(ScalarSyntax.byteSize("-3MB") != .success(0))
    }
}
