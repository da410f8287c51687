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
    /// The finding with the fix for a misspelt word when the suggestion found a likely match.
    func fixing(_ word: String, at range: SourceRange, with advice: Suggestion.Advice) -> Diagnostic {
        guard let match = advice.match, match != word else { return self }
        var fixed = self
        fixed.fix = .replacing(word, at: range, with: match)
        return fixed
    }
}
