import YAMLTree

/// Suppression comments in plan files, yamllint- and ESLint-style:
///
/// - `# postplan-disable-next-line rule-id [rule-id ...] -- reason`
/// - `# postplan-disable rule-id` ... `# postplan-enable rule-id`
/// - `# postplan-disable-file rule-id`
///
/// Ids may be separated by spaces or commas; text after ` -- ` is the reason.
struct Suppressions {
    struct Directive {
        var ruleID: String
        var path: String
        /// The lines it covers, inclusive.
        var lines: ClosedRange<Int>
        var range: SourceRange
        var used = false
    }

    private(set) var directives: [Directive] = []
    /// Problems with the comments themselves: unknown ids and directives.
    private(set) var diagnostics: [Diagnostic] = []

    static let prefix = "postplan-"
    static let kinds = ["disable-next-line", "disable-file", "disable", "enable"]

    init(workspace: Workspace) {
        // Where each item and channel entry ends, by file and first line.
        var entryEnds: [String: [Int: Int]] = [:]
        for range in workspace.items.map(\.range) + workspace.channels.values.map(\.range) {
            entryEnds[range.path, default: [:]][range.start.line] = max(entryEnds[range.path]?[range.start.line] ?? 0, range.end.line)
        }
        for file in workspace.files {
            read(file, entryEnds: entryEnds[file.path] ?? [:])
        }
    }

    private mutating func read(_ file: PlanFile, entryEnds: [Int: Int]) {
        var open: [String: Directive] = [:]
        let lastLine = Int.max
        for comment in file.comments where comment.text.hasPrefix(Self.prefix) {
            let range = SourceRange(path: file.path, span: Span(at: comment.position))
            let body = comment.text.components(separatedBy: " -- ").first ?? comment.text
            let words = body.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
            guard let head = words.first else { continue }
            let kind = String(head.dropFirst(Self.prefix.count))
            guard Self.kinds.contains(kind) else {
                let hint = Suggestion.hint(for: head, among: Self.kinds.map { Self.prefix + $0 })
                diagnostics.append(Diagnostic(UnknownRuleRule.notADirective(head, hint: hint), at: range))
                continue
            }
            let ids = words.dropFirst().filter { id in
                guard Rule.named(id) != nil else {
                    let hint = Suggestion.hint(for: id, among: Rule.all.map(\.id), listUpTo: 0)
                    diagnostics.append(Diagnostic(UnknownRuleRule.notARule(id, in: head, hint: hint), at: range))
                    return false
                }
                return true
            }
            if ids.isEmpty, words.count == 1 {
                diagnostics.append(
                    Diagnostic(UnknownRuleRule.noRuleNamed(in: head), at: range))
            }
            let line = comment.position.line
            for id in ids {
                switch kind {
                case "disable-next-line":
                    // A comment above `- id: quick-poll` covers the whole item, wherever its finding points.
                    directives.append(Directive(ruleID: id, path: file.path, lines: (line + 1)...(entryEnds[line + 1] ?? line + 1), range: range))
                case "disable-file":
                    directives.append(Directive(ruleID: id, path: file.path, lines: 1...lastLine, range: range))
                case "disable":
                    open[id] = Directive(ruleID: id, path: file.path, lines: line...lastLine, range: range)
                default:  // enable
                    if var started = open.removeValue(forKey: id) {
                        started.lines = started.lines.lowerBound...line
                        directives.append(started)
                    }
                }
            }
        }
        directives += open.values.sorted { $0.range < $1.range }
    }

    /// The diagnostics no directive covers; marks the directives that covered one.
    mutating func filter(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.filter { diagnostic in
            guard
                let index = directives.firstIndex(where: {
                    $0.ruleID == diagnostic.ruleID && $0.path == diagnostic.range.path && $0.lines.contains(diagnostic.range.start.line)
                })
            else { return true }
            directives[index].used = true
            return false
        }
    }

    /// A finding for every directive that suppressed nothing, leaving out those for rules
    /// `isOff` says the config turned off (there is nothing for them to suppress).
    func unused(isOff: (String) -> Bool) -> [Diagnostic] {
        directives.filter { !$0.used && !isOff($0.ruleID) }.map { directive in
            Diagnostic(UnusedSuppressionRule.suppressesNothing(directive.ruleID), at: directive.range)
        }
    }
}
