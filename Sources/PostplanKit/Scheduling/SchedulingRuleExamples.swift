/// Examples of the scheduling rules: times the clocks skip or repeat, a product page's
/// review, and channels crowded by the gaps and daily limits a repo sets for its platform.
enum SchedulingRuleExamples {
    static let nonexistentTime = RuleExamples(
        triggering: [RuleExample(post(at: "1️⃣2026-03-29 02:30"))],
        nonTriggering: [RuleExample(post(at: "2026-03-29 03:30"))])

    static let ambiguousTime = RuleExamples(
        triggering: [RuleExample(post(at: "1️⃣2026-10-25 02:30"))],
        nonTriggering: [RuleExample(post(at: "2026-10-25 03:30"))])

    static let reviewLeadTime = RuleExamples(
        triggering: [RuleExample(productPage(launch: "1️⃣2026-11-30"), today: RuleExample.defaultToday)],
        nonTriggering: [RuleExample(productPage(launch: "2026-12-15"), today: RuleExample.defaultToday)])

    static let channelGap = RuleExamples(
        triggering: [RuleExample(crowdedDay(limits: "min-gap: 2h", times: ["09:00", "10:00"], marking: 2))],
        nonTriggering: [RuleExample(crowdedDay(limits: "min-gap: 2h", times: ["09:00", "11:00"]))])

    static let dailyLimit = RuleExamples(
        triggering: [RuleExample(crowdedDay(limits: "max-per-day: 2", times: ["09:00", "12:00", "16:00"], marking: 3))],
        nonTriggering: [RuleExample(crowdedDay(limits: "max-per-day: 2", times: ["09:00", "16:00"]))])

    static let windowLimit = RuleExamples(
        triggering: [RuleExample(crowdedDay(limits: "{ window: 3h, max-per-window: 2 }", times: ["09:00", "10:00", "11:30"], marking: 3))],
        nonTriggering: [RuleExample(crowdedDay(limits: "{ window: 3h, max-per-window: 2 }", times: ["09:00", "10:00", "12:00"]))])

    /// A post at a local time in Berlin, where the clocks go forward on 2026-03-29 at 02:00
    /// and back on 2026-10-25 at 03:00.
    private static func post(at time: String) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-linkedin: { platform: linkedin, account: company-page }
        items:
          - { id: night-owl-tip, kind: post, channels: [acme-linkedin], at: \(time), text: Up late? So is our scheduler. }

        """
    }

    private static func productPage(launch: String) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-linkedin: { platform: linkedin, account: company-page }
        items:
          - id: planner-page
            kind: product-page
            channels: [acme-linkedin]
            name: Acme Planner
            category: Social Media Management Software
            cta: { type: request-demo, url: "https://acme.example/demo" }
            launch: \(launch)
            media: [{ type: video, file: assets/tour.mp4, alt: A tour of the week view }]

        """
    }

    /// Posts on one LinkedIn page on one day, with the team's own schedule limits for LinkedIn;
    /// the time of the post at `marked` (1-based) has a marker.
    private static func crowdedDay(limits: String, times: [String], marking marked: Int? = nil) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        platforms:
          linkedin:
            schedule:
              \(limits)
        channels:
          acme-linkedin: { platform: linkedin, account: company-page }
        items:

        """
            + times.enumerated().map { index, time in
                "  - { id: tip-\(index + 1), kind: post, channels: [acme-linkedin], at: \(index + 1 == marked ? "1️⃣" : "")2026-11-24 \(time), text: Planning tip \(index + 1). }\n"
            }.joined()
    }
}
