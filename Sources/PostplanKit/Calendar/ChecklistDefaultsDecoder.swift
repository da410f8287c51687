import YAMLTree

/// Reads a checklist defaults file with the plan files' decoder, so its mistakes are reported
/// the same way, with positions and "did you mean":
///
/// ```yaml
/// postplan-checklists: 1
/// every-item: [Check the text, links and media in the platform's preview]
/// kinds:
///   poll: [Share the poll link into relevant groups]
/// platforms:
///   bluesky:
///     post: [Keep hashtags few]
/// ```
enum ChecklistDefaultsDecoder {
    static let formatVersion = 1
    static let versionKey = "postplan-checklists"
    private static let kindNames = ItemKind.allCases.map(\.rawValue)

    /// The defaults, or nil when the file cannot be read as such (YAML errors, no version
    /// line); `platforms` are the platform ids a `platforms:` entry may name.
    static func decode(_ parsed: YAMLParseResult, path: String, platforms: [String]) -> (ChecklistDefaults?, [Diagnostic]) {
        var context = DecodingContext(path: path)
        parsed.problems.forEach { context.append($0.diagnostic(in: path)) }
        guard !parsed.hasFatalProblem, let root = parsed.documents.first, !root.isNull else {
            if !parsed.hasFatalProblem {
                context.report(
                    MissingFieldRule.emptyChecklistFile(versionKey: versionKey, version: formatVersion), at: Span(at: Position(line: 1, column: 1)))
            }
            return (nil, context.diagnostics)
        }
        let known: Set<String> = [versionKey, "every-item", "kinds", "platforms"]
        guard let fields = Fields(root, owner: "the checklist file", known: known, context: &context) else {
            return (nil, context.diagnostics)
        }
        guard fields[versionKey]?.scalar?.text == String(formatVersion) else {
            let at = fields[versionKey]?.span ?? Span(at: root.span.start)
            context.report(UnsupportedVersionRule.fileVersion(kind: "checklist", versionKey: versionKey, version: formatVersion), at: at)
            return (nil, context.diagnostics)
        }
        var defaults = ChecklistDefaults()
        defaults.everyItem = fields["every-item"].map { tasks($0, key: "every-item", context: &context) } ?? []
        if let kindsNode = fields["kinds"] {
            defaults.kinds = byKind(kindsNode, owner: "'kinds'", context: &context)
        }
        if let platformsNode = fields["platforms"] {
            defaults.platforms = byPlatform(platformsNode, known: platforms, context: &context)
        }
        return (defaults, context.diagnostics)
    }

    /// `{ poll: [...], post: [...] }`.
    private static func byKind(_ node: Node, owner: String, context: inout DecodingContext) -> [ItemKind: [Located<String>]] {
        guard let fields = Fields(node, owner: owner, known: Set(kindNames), context: &context) else { return [:] }
        var lists: [ItemKind: [Located<String>]] = [:]
        for kind in ItemKind.allCases {
            if let list = fields[kind.rawValue] {
                lists[kind] = tasks(list, key: kind.rawValue, context: &context)
            }
        }
        return lists
    }

    /// `{ bluesky: { post: [...] } }`, each platform one postplan knows.
    private static func byPlatform(_ node: Node, known: [String], context: inout DecodingContext) -> [String: [ItemKind: [Located<String>]]] {
        guard let pairs = node.mapping else {
            context.report(
                WrongTypeRule.notAMapping("platforms", of: "platform ids to kinds", like: "{ bluesky: { post: [...] } }", found: node), at: node.span)
            return [:]
        }
        var lists: [String: [ItemKind: [Located<String>]]] = [:]
        for pair in pairs {
            guard let id = context.identifier(pair.key, key: "platforms"), lists[id.value] == nil else { continue }
            guard known.contains(id.value) else {
                context.report(UnknownPlatformRule.notKnown(id.value, hint: Suggestion.hint(for: id.value, among: known)), at: pair.key.span)
                continue
            }
            lists[id.value] = byKind(pair.value, owner: "the '\(id.value)' checklists", context: &context)
        }
        return lists
    }

    /// A list of tasks; empty ones are reported and left out.
    private static func tasks(_ node: Node, key: String, context: inout DecodingContext) -> [Located<String>] {
        let entries = context.textList(node, key: key, example: "[Reply to every comment within 24 hours]") ?? []
        return entries.filter { entry in
            guard entry.value.trimmingSpaces().isEmpty else { return true }
            context.report(MissingFieldRule.emptyTask(in: key), at: entry.range.span)
            return false
        }
    }
}
