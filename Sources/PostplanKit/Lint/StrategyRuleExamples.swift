/// The examples of the strategy rules: small, complete plan files dated in the week of Monday
/// 2026-11-23, the examples' today, with markers where the findings point.
enum StrategyRuleExamples {
    static let promotionShare = RuleExamples(
        triggering: [RuleExample(week(intents: ["promotion", "promotion", "dialogue"], marking: .firstIntent))],
        nonTriggering: [RuleExample(week(intents: ["promotion", "dialogue", "information", "dialogue"]))])

    static let formatVariety = RuleExamples(
        triggering: [RuleExample(week(intents: ["dialogue", "information", "dialogue"], marking: .firstID))],
        nonTriggering: [RuleExample(week(intents: ["dialogue", "information", "dialogue"], firstHasImage: true))])

    static let engagementBudget = RuleExamples(
        triggering: [RuleExample(week(intents: ["dialogue", "dialogue", "dialogue"], marking: .firstID), config: "capacity: 30m")],
        nonTriggering: [RuleExample(week(intents: ["dialogue", "dialogue", "dialogue"]), config: "capacity: 2h")])

    static let pollOtherOption = RuleExamples(
        triggering: [RuleExample(poll(otherOption: nil))],
        nonTriggering: [RuleExample(poll(otherOption: "true"))])

    static let blueskyHashtags = RuleExamples(
        triggering: [RuleExample(blueskyPost(text: "Our planner is live 1️⃣#planning #socialmedia"))],
        nonTriggering: [RuleExample(blueskyPost(text: "Our planner is live."))])

    static let campaignChannel = RuleExamples(
        triggering: [RuleExample(campaign(channel: "acme-winterlaunch", marked: true))],
        nonTriggering: [RuleExample(campaign(channel: "acme-linkedin"))])

    static let pillarCoverage = RuleExamples(
        triggering: [
            RuleExample(week(intents: ["dialogue", "dialogue", "dialogue"], pillars: ["brand", "brand", "brand"], marking: .firstID))
        ],
        nonTriggering: [RuleExample(week(intents: ["dialogue", "dialogue", "dialogue"], pillars: ["brand", "insights", "brand"]))])

    static let silentChannel = RuleExamples(
        triggering: [RuleExample(silence(secondChannelDates: ["2026-11-24", "2026-12-20"], marked: true))],
        nonTriggering: [RuleExample(silence(secondChannelDates: ["2026-11-24", "2026-12-05", "2026-12-18"]))])

    static let missingReplyPlan = RuleExamples(
        triggering: [RuleExample(dialogue(checklist: "[Share the link in two groups]", marked: true))],
        nonTriggering: [RuleExample(dialogue(checklist: "[Reply to every comment within 24 hours]"))])

    static let header = """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-linkedin: { platform: linkedin, account: company-page }

        """

    /// Where a week's finding points: nowhere, the first item's id or its intent.
    private enum WeekMarker {
        case none, firstID, firstIntent
    }

    /// Three posts on one channel on Tuesday to Thursday, with the given intents (and pillars).
    private static func week(intents: [String], pillars: [String]? = nil, firstHasImage: Bool = false, marking: WeekMarker = .none) -> String {
        var text = header + "items:\n"
        for (index, intent) in intents.enumerated() {
            let pillar = pillars.map { ", pillar: \($0[index])" } ?? ", pillar: \(["brand", "insights", "people", "relationships"][index % 4])"
            let media = index == 0 && firstHasImage ? ", media: [{ type: image, file: a.png, alt: A chart }]" : ""
            let idMarker = index == 0 && marking == .firstID ? "1️⃣" : ""
            let intentMarker = index == 0 && marking == .firstIntent ? "1️⃣" : ""
            text +=
                "  - { id: \(idMarker)post-\(index + 1), kind: post, channels: [acme-linkedin], at: 2026-11-\(24 + index) 09:00, "
                + "text: Post \(index + 1)., intent: \(intentMarker)\(intent)\(pillar)\(media), checklist: [Reply to every comment] }\n"
        }
        return text
    }

    private static func poll(otherOption: String?) -> String {
        header + """
            items:
              - id: cert-poll
                kind: poll
                channels: [acme-linkedin]
                at: 2026-11-24 09:00
                question: Are certifications worth it?
                options: [\(otherOption == nil ? "1️⃣" : "")Yes, No]\(otherOption.map { "\n    other-option: \($0)" } ?? "")
                duration: 1w
                checklist: [Reply to every comment]

            """
    }

    private static func blueskyPost(text: String) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-bluesky: { platform: bluesky, handle: acme.bsky.social }
        items:
          - { id: live, kind: post, channels: [acme-bluesky], at: 2026-11-24 09:00, text: "\(text)" }

        """
    }

    private static func campaign(channel: String, marked: Bool = false) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          \(marked ? "1️⃣" : "")\(channel): { platform: linkedin, account: company-page }
        items:
          - { id: teaser, kind: post, channels: [\(channel)], at: 2026-11-24 09:00, text: Soon., campaign: winter-launch }

        """
    }

    /// One channel busy every week, and a second one that posts on the given dates only.
    private static func silence(secondChannelDates: [String], marked: Bool = false) -> String {
        var text = """
            postplan: 1
            timezone: Europe/Berlin
            channels:
              acme-linkedin: { platform: linkedin, account: company-page }
              \(marked ? "1️⃣" : "")acme-bluesky: { platform: bluesky }
            items:
              - { id: weekly, kind: post, channels: [acme-linkedin], repeat: { every: week, at: "09:00", from: 2026-11-24, until: 2026-12-22 }, text: Weekly. }

            """
        for (index, date) in secondChannelDates.enumerated() {
            text += "  - { id: sky-\(index + 1), kind: post, channels: [acme-bluesky], at: \(date) 10:00, text: Hello. }\n"
        }
        return text
    }

    /// A product page meant for dialogue (the built-in checklist for product pages has no
    /// reply task, those for posts and polls do), with the given checklist of its own.
    private static func dialogue(checklist: String, marked: Bool = false) -> String {
        header + """
            items:
              - id: \(marked ? "1️⃣" : "")planner-page
                kind: product-page
                channels: [acme-linkedin]
                name: Acme Planner
                category: Software
                cta: { type: request-demo, url: "https://acme.example/demo" }
                launch: 2026-12-20
                media: [{ type: video, file: tour.mp4, alt: A tour }]
                intent: dialogue
                checklist: \(checklist)

            """
    }
}
