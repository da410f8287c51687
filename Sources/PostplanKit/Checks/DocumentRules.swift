/// Document attachments against their platform (LinkedIn document posts): the file's format
/// by its extension, and the pages and size the plan gives (files are not measured).
enum DocumentRules {
    static func check(_ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        for document in post.media where document.type.value == .document {
            DocumentFormatRule.check(document, post, into: &diagnostics)
            DocumentPagesRule.check(document, post, into: &diagnostics)
            DocumentSizeRule.check(document, post, into: &diagnostics)
        }
    }
}

enum DocumentFormatRule: RuleDefinition {
    static let description = Rule(
        id: "document-format", category: .platform, defaultSeverity: .error,
        summary: "A document attachment's file is of a format its platform does not take (LinkedIn: PDF, PPT, PPTX, DOC, DOCX).",
        examples: DocumentRuleExamples.documentFormat)

    static func notTaken(_ file: String, formats: [String], _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "not-taken",
            "\(post.profile.name) takes documents as \(formats.joined(separator: ", ")), and '\(file)' is none of them; export it as PDF\(post.caveat(fact))"
        )
    }

    static func check(_ document: Media, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        guard let (formats, fact) = post.profile.words(.documentFormats, on: post.date) else { return }
        let file = document.file.value
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let format = name.contains(".") ? name.split(separator: ".").last.map { $0.lowercased() } : nil
        if !formats.contains(where: { $0.lowercased() == format }) {
            diagnostics.append(Diagnostic(notTaken(file, formats: formats, post, fact: fact), at: document.file.range))
        }
    }
}

enum DocumentPagesRule: RuleDefinition {
    static let description = Rule(
        id: "document-pages", category: .platform, defaultSeverity: .error,
        summary: "A document has more pages than its platform takes (LinkedIn: 300).",
        examples: DocumentRuleExamples.documentPages)

    static func tooMany(_ pages: Int, maximum: Int, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "too-many",
            "the document has \(pages) pages; \(post.profile.name) takes \(maximum); cut \(pages - maximum) or split it into two posts\(post.caveat(fact))"
        )
    }

    static func check(_ document: Media, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        if let pages = document.pages, let (maximum, fact) = post.profile.integer(.documentMaxPages, on: post.date), pages.value > maximum {
            diagnostics.append(Diagnostic(tooMany(pages.value, maximum: maximum, post, fact: fact), at: pages.range))
        }
    }
}

enum DocumentSizeRule: RuleDefinition {
    static let description = Rule(
        id: "document-size", category: .platform, defaultSeverity: .error,
        summary: "A document file is larger than its platform takes (LinkedIn: 100 MB).",
        examples: DocumentRuleExamples.documentSize)

    static func tooLarge(_ bytes: Int, maximum: Int, _ post: ChannelPost, fact: Fact) -> Diagnostic.Message {
        message(
            "too-large",
            "the document is \(megabytes(bytes)); \(post.profile.name) takes up to \(megabytes(maximum)); compress its images or split it\(post.caveat(fact))"
        )
    }

    /// "100 MB", "100.5 MB": 1,000-based, as sizes are written in plans.
    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 99_999) / 100_000
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }

    static func check(_ document: Media, _ post: ChannelPost, into diagnostics: inout [Diagnostic]) {
        if let size = document.size, let (maximum, fact) = post.profile.integer(.documentMaxSize, on: post.date), size.value > maximum {
            diagnostics.append(Diagnostic(tooLarge(size.value, maximum: maximum, post, fact: fact), at: size.range))
        }
    }
}
