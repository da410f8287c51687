/// Builds the example plans of the strategy rules: small, complete plan files dated in the
/// week of Monday 2026-11-23.
enum StrategyExamples {
    static let header = """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-linkedin: { platform: linkedin, account: company-page }

        """

    /// Three posts on one channel on Tuesday to Thursday, with the given intents (and pillars).
    static func week(intents: [String], pillars: [String]? = nil, firstHasImage: Bool = false) -> String {
        var text = header + "items:\n"
        for (index, intent) in intents.enumerated() {
            let pillar = pillars.map { ", pillar: \($0[index])" } ?? ", pillar: \(["brand", "insights", "people", "relationships"][index % 4])"
            let media = index == 0 && firstHasImage ? ", media: [{ type: image, file: a.png, alt: A chart }]" : ""
            text +=
                "  - { id: post-\(index + 1), kind: post, channels: [acme-linkedin], at: 2026-11-\(24 + index) 09:00, "
                + "text: Post \(index + 1)., intent: \(intent)\(pillar)\(media), checklist: [Reply to every comment] }\n"
        }
        return text
    }

    static func poll(otherOption: String?) -> String {
        header + """
            items:
              - id: cert-poll
                kind: poll
                channels: [acme-linkedin]
                at: 2026-11-24 09:00
                question: Are certifications worth it?
                options: [Yes, No]\(otherOption.map { "\n    other-option: \($0)" } ?? "")
                duration: 1w
                checklist: [Reply to every comment]

            """
    }

    static func blueskyPost(text: String) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-bluesky: { platform: bluesky, handle: acme.bsky.social }
        items:
          - { id: live, kind: post, channels: [acme-bluesky], at: 2026-11-24 09:00, text: "\(text)" }

        """
    }

    static func campaign(channel: String) -> String {
        """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          \(channel): { platform: linkedin, account: company-page }
        items:
          - { id: teaser, kind: post, channels: [\(channel)], at: 2026-11-24 09:00, text: Soon., campaign: winter-launch }

        """
    }

    /// One channel busy every week, and a second one that posts on the given dates only.
    static func silence(secondChannelDates: [String]) -> String {
        var text = """
            postplan: 1
            timezone: Europe/Berlin
            channels:
              acme-linkedin: { platform: linkedin, account: company-page }
              acme-bluesky: { platform: bluesky }
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
    static func dialogue(checklist: String) -> String {
        header + """
            items:
              - id: planner-page
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
