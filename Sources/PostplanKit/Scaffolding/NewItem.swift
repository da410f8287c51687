import YAMLTree

/// `postplan new`: an item of a kind, made so that it validates in the plan repo it goes
/// into, or refused with the reason. The repo is read through the file system given, with the
/// new item laid over it in memory, and checked the way `postplan validate` checks it.
public struct NewItem: Sendable {
    /// Where the item goes: printed to paste into some plan file of the repo, or appended to a
    /// plan file (whose text is given, as read).
    public enum Destination: Sendable {
        case print
        case append(path: String, text: String)
    }

    /// What `new` made: the text to print or to write to the file, and the channel it is for.
    public struct Made: Sendable, Equatable {
        public var text: String
        public var channel: String
    }

    public enum Refusal: Error, Equatable, CustomStringConvertible {
        /// `--channel` names no channel of the repo (a usage error).
        case unknownChannel(String, folder: String, known: [String])
        /// The repo declares no channel at all.
        case noChannels(folder: String)
        /// The item would have findings of its own: those of the channel asked for, or of the
        /// first channel of the repo when none fits.
        case findings(kind: ItemKind, channel: String, folder: String, [Diagnostic], triedEveryChannel: Bool)

        public var description: String {
            switch self {
            case .unknownChannel(let channel, let folder, let known):
                let hint = Suggestion.hint(for: channel, among: known, listUpTo: 12)
                return "no channel '\(channel)' in '\(folder)'\(hint)"
            case .noChannels(let folder):
                return "'\(folder)' declares no channels; add one under 'channels:' first, or name the plan folder with --plans"
            case .findings(let kind, let channel, let folder, let diagnostics, let triedEveryChannel):
                let subject =
                    triedEveryChannel
                    ? "no channel in '\(folder)' takes a \(kind.rawValue) without findings; on '\(channel)', the first of them, it would get"
                    : "a \(kind.rawValue) on '\(channel)' would not validate in '\(folder)'; it would get"
                var findings = TextReporter.render(diagnostics)
                while findings.hasSuffix("\n") { findings.removeLast() }
                return "\(subject):\n" + findings
            }
        }
    }

    public let fileSystem: any FileSystem
    /// The plan folder the item is checked in; nil when there is none (the item is then made
    /// for the channel asked for, unchecked).
    public let planFolder: String?
    public let today: Today
    /// The zone today is taken in without a repo (with one, the repo's default zone).
    public let machineZone: TimeZoneID

    public init(fileSystem: any FileSystem, planFolder: String?, today: Today, machineZone: TimeZoneID) {
        self.fileSystem = fileSystem
        self.planFolder = planFolder
        self.today = today
        self.machineZone = machineZone
    }

    /// The item for `channel`, or, without one, for the first channel of the repo (by id) on
    /// which it validates.
    public func make(_ kind: ItemKind, id: String, channel: String?, to destination: Destination) throws -> Made {
        guard let planFolder else {
            let channel = channel ?? Self.placeholderChannel
            let item = try Scaffolding.item(kind, id: id, channel: channel, date: today.date(in: machineZone).adding(days: Self.leadDays))
            return Made(text: try Self.text(of: item, id: id, for: destination), channel: channel)
        }
        let repo = try PlanRepository.open(paths(in: planFolder, for: destination), on: fileSystem, today: today)
        let workspace = repo.workspace, today = repo.today
        let known = workspace.channels.keys.sorted()
        let candidates: [String]
        if let channel {
            guard workspace.channels[channel] != nil else { throw Refusal.unknownChannel(channel, folder: planFolder, known: known) }
            candidates = [channel]
        } else {
            guard !known.isEmpty else { throw Refusal.noChannels(folder: planFolder) }
            candidates = known
        }
        var firstFindings: [Diagnostic] = []
        for candidate in candidates {
            let profile = workspace.channels[candidate].flatMap(workspace.profile(of:))
            let item = try Scaffolding.item(kind, id: id, channel: candidate, date: Self.date(for: kind, on: profile, today: today))
            let text = try Self.text(of: item, id: id, for: destination)
            let findings = try findings(of: text, itemLines: Self.lineCount(item), in: planFolder, for: destination, today: today)
            if findings.isEmpty { return Made(text: text, channel: candidate) }
            // An id already taken is taken on every channel.
            if findings.contains(where: { $0.ruleID == DuplicateIDRule.id }) {
                throw Refusal.findings(kind: kind, channel: candidate, folder: planFolder, findings, triedEveryChannel: false)
            }
            if firstFindings.isEmpty { firstFindings = findings }
        }
        throw Refusal.findings(
            kind: kind, channel: candidates[0], folder: planFolder, firstFindings, triedEveryChannel: channel == nil && candidates.count > 1)
    }

    /// The channel id a new item names when there is no repo to take one from.
    public static let placeholderChannel = "your-channel"

    /// How many days from today a new item is planned: a week, time to write it.
    static let leadDays = 7

    /// The date a new item of a kind gets: a week from today; for a kind that waits for
    /// something first (a product page for the platform's `product-page.review-time`), a week
    /// after that would be over.
    static func date(for kind: ItemKind, on profile: PlatformProfile?, today: LocalDate) -> LocalDate {
        guard let wait = kind.definition.scaffoldWait, let (waited, _) = profile?.duration(wait, on: today) else {
            return today.adding(days: leadDays)
        }
        let waitDays = (waited.seconds + 86_399) / 86_400
        return today.adding(days: waitDays + leadDays)
    }

    /// What goes out: the item itself, or the plan file with the item appended.
    private static func text(of item: String, id: String, for destination: Destination) throws(Scaffolding.Failure) -> String {
        switch destination {
        case .print: item
        case .append(let path, let text): try Scaffolding.appending(item, to: text, path: path, id: id)
        }
    }

    /// The paths to read: the plan folder, and the file appended to (read even when it is not
    /// in the folder; a file inside it is read once).
    private func paths(in folder: String, for destination: Destination) -> [String] {
        switch destination {
        case .print: [folder]
        case .append(let path, _): [folder, path]
        }
    }

    /// The findings (errors and warnings) `validate` would report about the new item, with
    /// the repo as it is plus the item: those inside it, or pointing into it.
    private func findings(
        of text: String, itemLines: Int, in folder: String, for destination: Destination, today: LocalDate
    ) throws -> [Diagnostic] {
        let path: String
        let overlaid: OverlayFileSystem
        switch destination {
        case .print:
            path = "\(folder)/.postplan-new-item.yaml"
            overlaid = OverlayFileSystem(base: fileSystem, path: path, text: "postplan: \(PlanFileDecoder.formatVersion)\nitems:\n" + text)
        case .append(let target, _):
            path = target
            overlaid = OverlayFileSystem(base: fileSystem, path: path, text: text)
        }
        let firstLine = Self.lineCount(overlaid.text) - itemLines + 1
        let inItem = { (range: SourceRange) in range.path == path && range.start.line >= firstLine }
        let result = try PlanRepository.open(paths(in: folder, for: destination) + [path], on: overlaid, today: .date(today)).validate()
        let findings = result.diagnostics.filter { diagnostic in
            diagnostic.severity >= .warning && (inItem(diagnostic.range) || diagnostic.related.contains { inItem($0.range) })
        }
        guard case .print = destination else { return findings }
        // The printed item is in no file yet: its findings point into the item as printed.
        func printed(_ range: SourceRange) -> SourceRange {
            guard range.path == path else { return range }
            func shifted(_ position: Position) -> Position { Position(line: position.line - firstLine + 1, column: position.column) }
            return SourceRange(path: Self.printedItemPath, span: Span(start: shifted(range.start), end: shifted(range.end)))
        }
        return findings.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.range = printed(diagnostic.range)
            diagnostic.related = diagnostic.related.map { Diagnostic.Related($0.message, at: printed($0.range)) }
            return diagnostic
        }
    }

    /// What findings in a printed item name as its file.
    static let printedItemPath = "(new item)"

    /// The number of lines of a text that ends with a line break.
    private static func lineCount(_ text: String) -> Int {
        text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }
}

/// A file system with one file's text given in memory, over another: what the repo would be
/// with the new item in it.
struct OverlayFileSystem: FileSystem {
    let base: any FileSystem
    let path: String
    let text: String

    func entry(at path: String) throws(FileSystemError) -> FileSystemEntry {
        path == self.path ? .file : try base.entry(at: path)
    }

    func contentsOfDirectory(at path: String) throws(FileSystemError) -> [String] {
        try base.contentsOfDirectory(at: path)
    }

    func canonicalPath(_ path: String) throws(FileSystemError) -> String {
        guard path == self.path, (try? base.entry(at: path)) == nil, let slash = path.lastIndex(of: "/") else {
            return try base.canonicalPath(path)
        }
        return try base.canonicalPath(String(path[..<slash])) + path[slash...]
    }

    func contents(of path: String, maxBytes: Int) throws(FileSystemError) -> [UInt8] {
        path == self.path ? Array(text.utf8) : try base.contents(of: path, maxBytes: maxBytes)
    }

    func isSymbolicLink(at path: String) -> Bool {
        path == self.path ? false : base.isSymbolicLink(at: path)
    }
}
