/// A mechanical change that resolves a finding, for editors and code review: each
/// replacement puts `text` where its range is (an empty range inserts). SARIF writes it as
/// the result's `fixes`, JSON as the finding's `fix`.
public struct Fix: Hashable, Sendable {
    public struct Replacement: Hashable, Sendable {
        public var range: SourceRange
        public var text: String

        public init(_ range: SourceRange, with text: String) {
            self.range = range
            self.text = text
        }
    }

    /// What the change does, such as "replace 'optoins' with 'options'".
    public var description: String
    public var replacements: [Replacement]

    public init(_ description: String, replacements: [Replacement]) {
        self.description = description
        self.replacements = replacements
    }

    /// Replaces a misspelt word with the one it was likely meant to be.
    public static func replacing(_ word: String, at range: SourceRange, with match: String) -> Fix {
        Fix("replace '\(word)' with '\(match)'", replacements: [Replacement(range, with: match)])
    }
}

extension Diagnostic {
    /// The finding with the fix for a misspelt word when the suggestion found a likely match,
    /// the match is not `taken` (a key the mapping already has, a channel the list already
    /// names: the fix would only make a duplicate), and the range holds just the word, plain or
    /// in quotes, on one line. An anchor, a tag, an escape or a block scalar around the word
    /// would make the replacement cut more than the word: such findings get no fix.
    func fixing(_ word: String, at range: SourceRange, with advice: Suggestion.Advice, unless taken: (String) -> Bool = { _ in false }) -> Diagnostic
    {
        guard let match = advice.match, match != word, !taken(match), range.start.line == range.end.line,
            [0, 2].contains(range.end.column - range.start.column - word.unicodeScalars.count)
        else { return self }
        var fixed = self
        fixed.fix = .replacing(word, at: range, with: match)
        return fixed
    }
}

extension Array where Element == Diagnostic {
    /// The findings with each fix kept on the first finding that proposes it: a key misspelt in
    /// a mapping that several items merge (`<<: *defaults`) is reported for each of them, at
    /// the same place, and a tool that applies every fix must not apply it twice.
    func keepingEachFixOnce() -> [Diagnostic] {
        var seen: Set<[Fix.Replacement]> = []
        return map { diagnostic in
            guard let fix = diagnostic.fix, !seen.insert(fix.replacements).inserted else { return diagnostic }
            var unfixed = diagnostic
            unfixed.fix = nil
            return unfixed
        }
    }
}
