/// The plan both results suites publish on: channels on X, Bluesky and a LinkedIn profile,
/// and a LinkedIn poll; each suite puts its own posts between them.
enum ResultFixtures {
    /// `postplan: 1`, the three channels, and `items:`.
    static let channels = """
        postplan: 1
        timezone: Europe/Berlin
        channels:
          acme-x: { platform: x, handle: acme }
          acme-bluesky: { platform: bluesky, handle: acme.bsky.social }
          urs-linkedin: { platform: linkedin, account: profile }
        items:
        """

    /// The poll 'cert-poll' on 'urs-linkedin', a week from 2026-11-24 09:00, and `results:`.
    static let certPollAndResults = """
          - id: cert-poll
            kind: poll
            channels: [urs-linkedin]
            at: 2026-11-24 09:00
            question: Are certifications worth it?
            options: [Yes, No]
            other-option: true
            duration: 1w
        results:
        """
}
