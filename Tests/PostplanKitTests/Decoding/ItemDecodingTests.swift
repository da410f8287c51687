import Testing

@testable import PostplanKit

/// The contract's example (DESIGN.md, "Plan format v1"), on LinkedIn channels only: every kind
/// of item decodes, with what only its kind has.
@Suite("Decoding: every kind of item")
struct ItemDecodingTests {
    static let plan = """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-linkedin: { platform: linkedin, account: company-page, handle: acme }
          urs-linkedin:  { platform: linkedin, account: profile }
        items:
          - id: cert-poll
            kind: poll
            channels: [urs-linkedin]
            at: 2026-11-24 09:00
            question: Are project-management certifications worth it?
            options: [Yes, No, Depends on the role]
            other-option: true
            duration: 1w
          - id: launch-teaser
            kind: post
            channels: [acme-linkedin, urs-linkedin]
            at: 2026-11-25 10:00
            text: |
              Our planner goes live in three weeks. What should it never do?
            variants:
              urs-linkedin: { text: "Planner goes live in 3 weeks. What should it never do?" }
            media: [{ type: image, file: assets/teaser.png, alt: Screenshot of the week view }]
            pillar: insights
            intent: dialogue
          - id: planner-page
            kind: product-page
            channels: [acme-linkedin]
            name: Acme Planner
            category: Social Media Management Software
            cta: { type: request-demo, url: https://acme.example/demo }
            launch: 2026-12-15
          - id: winter-ad
            kind: ad
            channels: [acme-linkedin]
            placement: sponsored-content
            at: 2026-12-01 08:00
            until: 2026-12-14
            text: Plan a quarter of posts in one afternoon.
            cta: { type: learn-more, url: https://acme.example }
          - id: behind-the-scenes
            kind: story
            channels: [acme-linkedin]
            at: 2026-11-26 12:00
            media: [{ type: video, file: assets/office.mp4 }]
          - id: weekly-tip
            kind: post
            channels: [urs-linkedin]
            repeat: { every: week, on: [tue, thu], at: "08:30", from: 2026-11-24, until: 2026-12-31 }
            text: One planning tip, every Tuesday and Thursday.
            checklist: [Reply to every comment within 24 hours]
        """

    static func item(_ id: String) throws -> Item {
        let items = try validItems(plan)
        return try #require(items.first { $0.id.value == id }, "no item '\(id)'")
    }

    @Test("the contract's example decodes without findings, every item in order")
    func decodesCompletely() throws {
        let items = try validItems(Self.plan)
        #expect(items.map(\.id.value) == ["cert-poll", "launch-teaser", "planner-page", "winter-ad", "behind-the-scenes", "weekly-tip"])
        #expect(items.map(\.kind) == [.poll, .post, .productPage, .ad, .story, .post])
    }

    @Test("a poll keeps its question, options, other option and duration")
    func poll() throws {
        let poll = try Self.item("cert-poll").poll()
        #expect(poll.question.value == "Are project-management certifications worth it?")
        #expect(poll.allOptions.map(\.value) == ["Yes", "No", "Depends on the role", "Other, see comments"])
        #expect(poll.duration.value == PlanDuration(amount: 1, unit: .weeks))
    }

    @Test("a post keeps its text, variants, media, pillar and intent")
    func post() throws {
        let post = try Self.item("launch-teaser")
        #expect(post.text?.value == "Our planner goes live in three weeks. What should it never do?\n")
        #expect(post.variants.map(\.channel.value) == ["urs-linkedin"])
        #expect(post.variants.first?.media == nil, "a variant without media keeps the item's")
        #expect(post.media.map(\.type.value) == [.image])
        #expect(post.media.first?.alt?.value == "Screenshot of the week view")
        #expect(post.pillar?.value == .insights)
        #expect(post.intent?.value == .dialogue)
    }

    @Test("a product page has no schedule but a launch date and a call to action")
    func productPage() throws {
        let page = try Self.item("planner-page")
        #expect(page.schedule == nil)
        guard case .productPage(let details) = page.details else {
            Issue.record("not a product page")
            return
        }
        #expect(details.launch.value == date(2026, 12, 15))
        #expect(details.cta?.type?.value == "request-demo")
        #expect(details.cta?.url?.value == "https://acme.example/demo")
    }

    @Test("an ad's 'until' date means the end of that day")
    func adUntil() throws {
        let ad = try Self.item("winter-ad")
        guard case .ad(let details) = ad.details else {
            Issue.record("not an ad")
            return
        }
        #expect(details.until?.value == .endOfDay(date(2026, 12, 14)))
        #expect(ad.onceAt == DateTimeValue(date: date(2026, 12, 1), time: time(8, 0)))
    }

    @Test("a story without 'expires' keeps the platform default")
    func storyExpiry() throws {
        guard case .story(let story) = try Self.item("behind-the-scenes").details else {
            Issue.record("not a story")
            return
        }
        #expect(story.expires == nil)
    }

    @Test("a repeat keeps its frequency, weekdays, time and end")
    func repeatRule() throws {
        let rule = try #require(try Self.item("weekly-tip").recurrence)
        #expect(rule.every.value == .week)
        #expect(rule.on.map(\.value) == [.tue, .thu])
        #expect(rule.at.value == time(8, 30))
        #expect(rule.until?.value == date(2026, 12, 31))
    }

    @Test("every decoded value keeps the place it was written")
    func positionsAreKept() throws {
        let poll = try Self.item("cert-poll")
        #expect(poll.id.range.description == "plan.yaml:7:9")
        #expect(poll.channels.first?.range.description == "plan.yaml:9:16")
    }
}
