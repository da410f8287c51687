import Testing

@testable import PostplanKit

@Suite("Suggestions: did you mean")
struct SuggestionTests {
    @Test(
        "edit distance counts insertions, deletions and substitutions",
        arguments: [
            ("kitten", "sitting", 3),
            ("options", "optoins", 2),
            ("", "abc", 3),
            ("abc", "", 3),
            ("same", "same", 0),
            ("Berlín", "Berlin", 1),
        ])
    func editDistance(a: String, b: String, expected: Int) {
        #expect(Suggestion.editDistance(a, b, limit: 10) == expected)
    }

    @Test("edit distance gives up with limit + 1 once the words are further apart than the limit")
    func editDistanceLimit() {
        #expect(Suggestion.editDistance("abcdef", "uvwxyz", limit: 2) == 3)
        #expect(Suggestion.editDistance("a", "abcdef", limit: 2) == 3)
    }

    @Test("a typo suggests the closest candidate")
    func typo() {
        #expect(Suggestion.closest(to: "optoins", among: ["options", "question", "duration"]) == "options")
    }

    @Test("a word differing only in case suggests the candidate as written")
    func caseInsensitive() {
        #expect(Suggestion.closest(to: "LinkedIn", among: ["x", "linkedin"]) == "linkedin")
    }

    @Test("a word that spells out an abbreviation suggests the abbreviation")
    func spelledOut() {
        #expect(Suggestion.closest(to: "monday", among: Weekday.allCases.map(\.rawValue)) == "mon")
    }

    @Test("a word that abbreviates a candidate suggests the candidate")
    func abbreviated() {
        #expect(Suggestion.closest(to: "insight", among: Pillar.allCases.map(\.rawValue)) == "insights")
    }

    @Test("a word close to nothing suggests nothing")
    func nothingClose() {
        #expect(Suggestion.closest(to: "article", among: ItemKind.allCases.map(\.rawValue)) == nil)
        #expect(Suggestion.closest(to: "anything", among: [String]()) == nil)
    }

    @Test("the hint is a did-you-mean when a candidate is close")
    func hintWithMatch() {
        #expect(Suggestion.hint(for: "brnad", among: ["brand", "people"]) == "; did you mean 'brand'?")
    }

    @Test("without a close candidate, the hint lists a short list of candidates")
    func hintFallsBackToList() {
        #expect(Suggestion.hint(for: "article", among: ["post", "poll", "ad"]) == "; expected one of post, poll, ad")
    }

    @Test("without a close candidate, a list longer than the limit is not listed")
    func hintOmitsLongList() {
        #expect(Suggestion.hint(for: "article", among: ["post", "poll", "ad"], listUpTo: 2) == "")
        #expect(Suggestion.hint(for: "article", among: []) == "")
    }
}
