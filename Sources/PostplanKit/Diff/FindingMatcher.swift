/// Matches the findings of two sides of a diff by rule, message form, item and channel rather
/// than by line, so that a finding an edit above it moved, or one in an item moved to another
/// file, is the same finding. A finding in a channel's definition is matched by that channel;
/// one outside every item and channel by its message.
struct FindingMatcher {
    /// What a finding is matched by.
    private struct Key: Hashable {
        var messageID: String
        var item: String?
        var channel: String?
        /// The message, for a finding outside every item only.
        var message: String?
    }

    /// The findings of one side, keyed, in reading order.
    private struct Side {
        var findings: [(key: Key, finding: DiffFinding)] = []
        var counts: [Key: Int] = [:]

        init(_ diagnostics: [Diagnostic], in workspace: Workspace) {
            var itemsByFile: [String: [Int]] = [:]
            for (index, item) in workspace.items.enumerated() { itemsByFile[item.range.path, default: []].append(index) }
            let channels = workspace.channels.values.sorted { $0.range < $1.range }
            for diagnostic in diagnostics {
                let at = diagnostic.range
                func contains(_ range: SourceRange) -> Bool { range.path == at.path && range.start <= at.start && at.start <= range.end }
                let item = itemsByFile[at.path]?.lazy.map { workspace.items[$0] }.first { contains($0.range) }
                let channel =
                    if let item { item.channels.first { diagnostic.message.contains("'\($0.value)'") }?.value } else {
                        channels.first { contains($0.range) || contains($0.id.range) }?.id.value
                    }
                let key = Key(
                    messageID: diagnostic.messageID, item: item?.id.value, channel: channel,
                    message: item == nil && channel == nil ? diagnostic.message : nil)
                let finding = DiffFinding(
                    ruleId: diagnostic.ruleID, messageId: diagnostic.messageID, severity: diagnostic.severity.rawValue,
                    message: diagnostic.message, item: item?.id.value, channel: channel, location: at.description)
                findings.append((key, finding))
                counts[key, default: 0] += 1
            }
        }

        /// The findings beyond as many of each key as `other` has.
        func beyond(_ other: Side) -> [DiffFinding] {
            var left = other.counts
            return findings.compactMap { key, finding in
                if let count = left[key], count > 0 {
                    left[key] = count - 1
                    return nil
                }
                return finding
            }
        }
    }

    /// The head's findings the base lacks.
    let new: [DiffFinding]
    /// The base's findings the head lacks.
    let fixed: [DiffFinding]

    init(base: [Diagnostic], in baseWorkspace: Workspace, head: [Diagnostic], in headWorkspace: Workspace) {
        let base = Side(base, in: baseWorkspace), head = Side(head, in: headWorkspace)
        new = head.beyond(base)
        fixed = base.beyond(head)
    }
}
