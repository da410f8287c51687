/// "Did you mean ...?": the closest of some candidates to a misspelt word.
enum Suggestion {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a likely
    /// typo: at most max(2, a third of the word's length) edits (one for words of up to four letters), or a case-insensitive match,
    /// or a candidate that the word abbreviates or spells out (`monday` for `mon`).
    static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        // Short words get one edit: two would make 'CET' look like 'GMT'.
        let threshold = word.count <= 4 ? 1 : max(2, word.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let candidateLowered = candidate.lowercased()
            if candidateLowered == lowered { return candidate }
            if lowered.count >= 3, candidateLowered.count >= 3,
                lowered.hasPrefix(candidateLowered) || candidateLowered.hasPrefix(lowered)
            {
                best = best.map { $0.distance <= 1 ? $0 : (candidate, 1) } ?? (candidate, 1)
                continue
            }
            let distance = editDistance(lowered, candidateLowered, limit: threshold)
            if distance <= threshold, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// What to tell a user who wrote `word`: the likely match, if any, and the hint for the
    /// message.
    struct Advice {
        var match: String?
        /// "; did you mean 'x'?" or "; expected one of a, b, c" (for short lists), or "".
        var hint: String
    }

    static func advice(for word: String, among candidates: [String], listUpTo maxListed: Int = 12) -> Advice {
        if let match = closest(to: word, among: candidates) {
            return Advice(match: match, hint: "; did you mean '\(match)'?")
        }
        guard !candidates.isEmpty, candidates.count <= maxListed else { return Advice(hint: "") }
        return Advice(hint: "; expected one of " + candidates.joined(separator: ", "))
    }

    /// "; did you mean 'x'?" or "; expected one of a, b, c" (for short lists), or "".
    static func hint(for word: String, among candidates: [String], listUpTo maxListed: Int = 12) -> String {
        advice(for: word, among: candidates, listUpTo: maxListed).hint
    }

    /// Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
