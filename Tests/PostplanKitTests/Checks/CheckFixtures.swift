import Testing

@testable import PostplanKit

/// A plan file with one channel of each kind the platform checks tell apart, followed by
/// `items` (entries starting with `  - id:`); markers in `items` keep their places.
///
/// | channel      | platform  | account      |
/// | ------------ | --------- | ------------ |
/// | `li-page`    | linkedin  | company-page |
/// | `li-profile` | linkedin  | profile      |
/// | `bsky`       | bluesky   | profile      |
/// | `x`          | x         | profile      |
/// | `insta`      | instagram | profile      |
/// | `threads`    | threads   | profile      |
/// | `masto`      | mastodon  | profile      |
/// | `fb`         | facebook  | page         |
func planOnEveryPlatform(_ items: String) -> String {
    """
    postplan: 1
    channels:
      li-page: { platform: linkedin, account: company-page }
      li-profile: { platform: linkedin, account: profile }
      bsky: { platform: bluesky }
      x: { platform: x }
      insta: { platform: instagram }
      threads: { platform: threads }
      masto: { platform: mastodon }
      fb: { platform: facebook, account: page }
    items:

    """ + items
}

/// `count` copies of `text`, for texts just over or within a limit.
func repeated(_ text: String, _ count: Int) -> String {
    String(repeating: text, count: count)
}

/// A 40-character https link: Mastodon counts it as 23.
let fortyCharacterURL = "https://acme.example/launch/planner-2026"

/// A family emoji (man, woman, girl, boy joined by ZWJ): one grapheme, 7 code points, 25 UTF-8 bytes.
let familyEmoji = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}"

/// One platform's limit for a text: a text exactly at it, and what one more character (or
/// byte) past it makes the rule say.
struct LimitCase: CustomTestStringConvertible, Sendable {
    let name: String
    /// The channel of `planOnEveryPlatform`.
    let channel: String
    let atLimit: String
    /// Appended to `atLimit` to go one over; the finding points at it.
    let oneMore: String
    let message: String

    var testDescription: String { name }
}

extension LimitCase {
    /// Checks that the plan `place` makes of the text at the limit has no finding.
    /// - Parameter place: puts a text where the limit applies, on `channel`.
    func expectWithin(sourceLocation: SourceLocation = #_sourceLocation, _ place: (String) -> String) throws {
        try expectFindings(place(atLimit), [], stages: .checks, sourceLocation: sourceLocation)
    }

    /// Checks that the plan `place` makes of the text one over the limit has exactly one
    /// finding of `rule`, at the first character past the limit, with `message` and `advice`.
    /// - Parameters:
    ///   - rule: the rule the limit belongs to.
    ///   - advice: a part of the message that says what else to do.
    ///   - place: puts a text where the limit applies, on `channel`.
    func expectOneOver(
        _ rule: Rule, advice: String, sourceLocation: SourceLocation = #_sourceLocation, _ place: (String) -> String
    ) throws {
        try expectFindings(
            place(atLimit + "1️⃣" + oneMore), [finding(rule, at: "1️⃣", message: message, advice)], stages: .checks,
            sourceLocation: sourceLocation)
    }
}
