import YAMLTree

/// One example of a rule at work: a small plan repo, its files under `plans/` (and a
/// `.postplan.yml` where the example needs one), as `postplan lint plans` reads it on a given
/// today. In a triggering example, markers (`1️⃣`, `2️⃣`, ...) stand where the rule's findings
/// point; they are not part of the files.
public struct RuleExample: Hashable, Sendable {
    /// One entry of the example's file system.
    public struct File: Hashable, Sendable {
        /// What is at a path.
        public enum Content: Hashable, Sendable {
            /// A text file, with markers.
            case text(String)
            /// A text file saved in ISO 8859-1 (Latin-1) rather than UTF-8, as old editors do;
            /// every character must be one Latin-1 has.
            case latin1(String)
            /// A text file that is its text (with markers in the first copy only) repeated until
            /// it has at least `bytes` bytes.
            case repeated(String, bytes: Int)
            /// A symbolic link to another path of the example.
            case link(to: String)
            /// A file that cannot be read, and why.
            case unreadable(reason: String)
        }

        public var path: String
        public var content: Content
        /// Whether a finding points at the file as a whole (line 1, column 1): the marker of
        /// contents that have no text to put one in.
        public var isReported: Bool

        public init(_ path: String, _ content: Content, isReported: Bool = false) {
            self.path = path
            self.content = content
            self.isReported = isReported
        }

        /// Whether the file is plain text, which needs no heading to say what it is.
        var isPlainText: Bool {
            if case .text = content { true } else { false }
        }

        /// The text with markers, for contents that have one.
        var markedText: MarkedText? {
            switch content {
            case .text(let text), .latin1(let text), .repeated(let text, _): MarkedText(text)
            case .link, .unreadable: nil
            }
        }
    }

    /// The path of a one-file example.
    public static let planPath = "plans/example.yaml"
    /// The day examples take as today unless they say otherwise: Monday of 2026-W48, the week
    /// most examples are planned in.
    public static let defaultToday = LocalDate(year: 2026, month: 11, day: 23)!

    /// The files, in the order they are shown.
    public var files: [File]
    /// The text of `.postplan.yml`, when the example needs a config.
    public var config: String?
    /// The day the example takes as today, when it matters to the rule; otherwise `defaultToday`.
    public var today: LocalDate?

    /// An example of one plan file, `plans/example.yaml`.
    public init(_ plan: String, config: String? = nil, today: LocalDate? = nil) {
        self.init(files: [File(Self.planPath, .text(plan))], config: config, today: today)
    }

    public init(files: [File], config: String? = nil, today: LocalDate? = nil) {
        self.files = files
        self.config = config
        self.today = today
    }

    /// Where the rule's findings must point: the markers, and the files reported as a whole.
    var places: [SourceRange] {
        files.flatMap { file in
            let marked = file.markedText?.places.map { SourceRange(path: file.path, span: Span(at: $0)) } ?? []
            return marked + (file.isReported ? [.startOfFile(file.path)] : [])
        }.sorted()
    }
}

extension String {
    /// The text with `marker` put before its character at `offset`, for examples whose
    /// finding points at a character counted from the start of a long text.
    func inserting(_ marker: String, at offset: Int) -> String {
        let index = self.index(startIndex, offsetBy: offset)
        return String(self[..<index]) + marker + String(self[index...])
    }
}
