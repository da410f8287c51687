import Testing

@testable import PostplanKit

@Suite("Built-in platform profiles")
struct BuiltInProfileTests {
    static let registry = ProfileRegistry.builtIn
    static let ids = ["linkedin", "x", "bluesky", "mastodon", "threads", "instagram", "facebook", "xing", "youtube"]

    static func date(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        LocalDate(year: year, month: month, day: day)!
    }

    @Test("the profile files decode without a single problem")
    func profilesDecodeCleanly() {
        let diagnostics = ProfileRegistry.builtInDiagnostics
        #expect(
            diagnostics.isEmpty,
            "\(diagnostics.map { "\($0.range): \($0.message) [\($0.ruleID)]" }.joined(separator: "\n"))")
    }

    @Test("there is one profile for each of the nine platforms, and no other")
    func oneProfilePerPlatform() {
        #expect(Set(Self.registry.profiles.keys) == Set(Self.ids))
        #expect(Self.registry.profiles.count == Self.ids.count)
    }

    @Test("every fact says where it comes from and when that source was read", arguments: ids)
    func everyFactIsSourcedAndDated(id: String) throws {
        let profile = try #require(Self.registry[id])
        for (key, history) in profile.facts {
            for fact in history {
                let hasSource = fact.source.contains { !$0.isWhitespace }
                #expect(hasSource, "\(id) \(key) has no source")
                #expect(fact.checked != nil, "\(id) \(key) has no 'checked' date")
            }
        }
    }

    @Test("every profile says how it counts text", arguments: ids)
    func everyProfileStatesTextCounting(id: String) throws {
        let profile = try #require(Self.registry[id])
        let counting = try #require(profile.word(.textCounting, on: nil), "\(id) has no text.counting")
        #expect(TextCounting(rawValue: counting.0) != nil)
    }

    @Test("Bluesky and XING have no polls", arguments: ["bluesky", "xing"])
    func pollsUnsupported(id: String) throws {
        let profile = try #require(Self.registry[id])
        #expect(profile.flag(.pollSupported, on: Self.date(2026, 11, 24))?.0 == false)
    }

    @Test("LinkedIn stories end with September 2021")
    func linkedInStoriesRetired() throws {
        let linkedin = try #require(Self.registry["linkedin"])
        #expect(linkedin.flag(.storySupported, on: Self.date(2021, 9, 29))?.0 == true)
        #expect(linkedin.flag(.storySupported, on: Self.date(2021, 9, 30))?.0 == false)
    }

    @Test("Instagram allows 30 hashtags before 18 December 2025 and 5 after")
    func instagramHashtagLimitChanged() throws {
        let instagram = try #require(Self.registry["instagram"])
        #expect(instagram.integer(.textMaxHashtags, on: Self.date(2025, 12, 1))?.0 == 30)
        #expect(instagram.integer(.textMaxHashtags, on: Self.date(2026, 1, 1))?.0 == 5)
    }
}
