import Foundation
import YAMLTree

/// `thread-first-part`: a thread whose first part does not stand alone.
enum ThreadFirstPartRule: StrategyRule {
    static let description = Rule(
        id: "thread-first-part", category: .strategy, defaultSeverity: .warning,
        summary: "A thread's first part does not stand alone: it ends in a count (\"1/\", \"1/5\"), ends in a colon, or is only a link.",
        rationale: """
            The first part is all that most people see: feeds, shares and link previews show it without \
            the rest. A first part that only announces the rest ("A thread 🧵 1/", "Here is what we learned:") \
            or that is a bare link gives them no reason to open the thread. Make it say the point the \
            thread makes; put a count at its start if you want one, and the link in a later part.
            """,
        examples: ThreadRuleExamples.threadFirstPart)

    /// What is wrong with a first part.
    enum Problem: Equatable {
        case endsInCount, endsInColon, bareLink
    }

    /// - Parameter channel: the channel whose variant splits the thread its own way, if any.
    static func doesNotStandAlone(_ problem: Problem, thread: String, channel: String?) -> Diagnostic.Message {
        let subject = "the first part of thread '\(thread)'\(channel.map { " on '\($0)'" } ?? "")"
        switch problem {
        case .endsInCount:
            return message(
                "ends-in-count",
                "\(subject) ends in a count, which only announces the rest; end it with the point the thread makes (a count can go at its start)")
        case .endsInColon:
            return message(
                "ends-in-colon",
                "\(subject) ends in a colon, which promises the rest instead of saying something; end it with the point the thread makes")
        case .bareLink:
            return message(
                "bare-link", "\(subject) is only a link; say what it leads to and why it matters, and move the link to a later part")
        }
    }

    static func check(_ context: StrategyContext) -> [Diagnostic] {
        let sources = context.workspace.sourceTexts
        return context.workspace.items.flatMap { item -> [Diagnostic] in
            guard case .thread(let thread) = item.details else { return [] }
            // The thread's own parts when a channel uses them, then each variant's split.
            let ownUsed = item.channels.contains { thread.variantParts[$0.value] == nil }
            let splits = (ownUsed ? [(nil, thread.parts)] : []) + thread.variantParts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            return splits.compactMap { channel, parts -> Diagnostic? in
                guard let text = parts.first?.text, let (problem, offset) = problem(of: text.value) else { return nil }
                let position = TextLocator(source: sources[text.range.path]).position(ofCharacter: offset, in: text)
                let range = SourceRange(
                    path: text.range.path, span: Span(start: position, end: Position(line: position.line, column: position.column + 1)))
                return Diagnostic(doesNotStandAlone(problem, thread: item.id.value, channel: channel), at: range)
            }
        }
    }

    /// What keeps a first part from standing alone, and the character the finding points at
    /// (in graphemes from the start): the count, the colon, or the link.
    static func problem(of text: String) -> (Problem, offset: Int)? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        let lead = text.distance(from: text.startIndex, to: text.firstIndex { !$0.isWhitespace && !$0.isNewline } ?? text.startIndex)
        let links = LinkScanner.links(in: trimmed)
        if links.count == 1, links[0] == trimmed.startIndex..<trimmed.endIndex { return (.bareLink, lead) }
        if let count = trailingCount(of: trimmed) { return (.endsInCount, lead + trimmed.distance(from: trimmed.startIndex, to: count)) }
        if trimmed.last == ":" { return (.endsInColon, lead + trimmed.count - 1) }
        return nil
    }

    /// Where a count such as `1/`, `1/5` or `(1/5)` that ends a text starts.
    private static func trailingCount(of text: String) -> String.Index? {
        var end = text.endIndex
        if text.last == ")" { end = text.index(before: end) }
        var index = end
        while index > text.startIndex, text[text.index(before: index)].isASCII, text[text.index(before: index)].isNumber {
            index = text.index(before: index)
        }
        guard index > text.startIndex, text[text.index(before: index)] == "/" else { return nil }
        index = text.index(before: index)
        guard index > text.startIndex, text[text.index(before: index)] == "1" else { return nil }
        index = text.index(before: index)
        // "11/" or "21/" is not the first of a count.
        if index > text.startIndex, text[text.index(before: index)].isNumber { return nil }
        if end < text.endIndex, index > text.startIndex, text[text.index(before: index)] == "(" { index = text.index(before: index) }
        return index
    }
}
