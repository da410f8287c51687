/// The plans both diff suites (`PlanDiffTests` in the library, `DiffCommandTests` on the
/// command line) start from: two channels, and a week of posts with a weekly series.
public enum DiffFixtures {
    /// `channels.yaml`: a LinkedIn company page and an X account, in Europe/Berlin.
    public static let channels = """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme: { platform: linkedin, account: company-page }
          acme-x: { platform: x }

        """

    /// `week.yaml`: a post on both channels on 2026-12-01, one on `acme` the next day, then
    /// `extraItems` (whole lines of the `items:` list), then a weekly series on Fridays from
    /// 2026-12-04 to 2026-12-18.
    /// - Parameter extraItems: item lines written between the posts and the series.
    public static func week(with extraItems: [String] = []) -> String {
        let lines = [
            "postplan: 1",
            "items:",
            "  - { id: hello, kind: post, channels: [acme, acme-x], at: 2026-12-01 09:00, text: Hello., intent: promotion }",
            "  - { id: again, kind: post, channels: [acme], at: 2026-12-02 09:00, text: Again., intent: promotion }",
        ]
        let series = [
            "  - { id: weekly, kind: post, channels: [acme], text: Weekly., intent: dialogue,",
            "      repeat: { every: week, on: [fri], at: \"10:00\", from: 2026-12-04, until: 2026-12-18 } }",
        ]
        return (lines + extraItems + series).joined(separator: "\n") + "\n\n"
    }
}
