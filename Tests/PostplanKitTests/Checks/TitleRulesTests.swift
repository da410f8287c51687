import Testing

@testable import PostplanKit

/// A video on a YouTube channel with the given `title:` and `text:` lines (or none) and media.
private func video(
    title: String?, text: String = "A two-minute tour of the planner.", media: String = "[{ type: video, file: tour.mp4 }]", channel: String = "yt"
) -> String {
    """
    postplan: 1
    channels:
      yt: { platform: youtube, account: channel }
      li: { platform: linkedin, account: company-page }
    items:
      - id: tour
        kind: post
        channels: [\(channel)]
        at: 2026-12-08 17:00
    """ + (title.map { "\n    title: \"\($0)\"" } ?? "") + """

            text: "\(text)"
            media: \(media)

        """
}

@Suite("Platform checks: YouTube videos")
struct YouTubeVideoTests {
    @Test("a video with a title, a description and one video file passes")
    func validVideo() throws {
        try expectFindings(video(title: "A tour of the planner"), [], stages: .checks)
    }

    @Test("a video without a title is title-required at the channel reference")
    func missingTitle() throws {
        try expectFindings(
            video(title: nil, channel: "1️⃣yt"),
            [finding(TitleRequiredRule.description, at: "1️⃣", message: "post 'tour' on 'yt' (YouTube) has no 'title'", "add 'title:' to 'tour'")],
            stages: .checks)
    }

    @Test("a 100-character title passes, CJK characters counting one each")
    func titleAtLimit() throws {
        try expectFindings(video(title: repeated("計", 50) + repeated("a", 50)), [], stages: .checks)
    }

    @Test("a 101-character title is title-length at its 101st character; an emoji ZWJ sequence counts one")
    func titleOverLimit() throws {
        try expectFindings(
            video(title: familyEmoji + repeated("a", 99) + "1️⃣b"),
            [finding(TitleLengthRule.description, at: "1️⃣", message: "is 101 characters; YouTube allows 100; shorten it by 1")],
            stages: .checks)
    }

    @Test("a '<' in a title is title-character at the '<'")
    func angleBracketInTitle() throws {
        try expectFindings(
            video(title: "Planner 1️⃣<3 teams"),
            [finding(TitleCharacterRule.description, at: "1️⃣", message: "the title contains U+003C", "delete it or say it in words")],
            stages: .checks)
    }

    @Test("a '>' in a description is forbidden-character at the '>'")
    func angleBracketInDescription() throws {
        try expectFindings(
            video(title: "A tour", text: "Plans 1️⃣> spreadsheets"),
            [finding(ForbiddenCharacterRule.description, at: "1️⃣", message: "text contains U+003E, which YouTube rejects")],
            stages: .checks)
    }

    @Test("a 5,000-byte description passes and a 5,001-byte one is text-length at the byte over")
    func descriptionBytes() throws {
        try expectFindings(video(title: "A tour", text: repeated("é", 2500)), [], stages: .checks)
        try expectFindings(
            video(title: "A tour", text: repeated("é", 2500) + "1️⃣a"),
            [finding(TextLengthRule.description, at: "1️⃣", message: "5001")],
            stages: .checks)
    }

    @Test("two videos are media-count at the second, and an image is media-type: a YouTube post is exactly one video")
    func exactlyOneVideo() throws {
        try expectFindings(
            video(title: "A tour", media: "[{ type: video, file: a.mp4 }, 1️⃣{ type: video, file: b.mp4 }]"),
            [finding(MediaCountRule.description, at: "1️⃣", message: "has 2 attachments; YouTube allows 1")],
            stages: .checks)
        try expectFindings(
            video(title: "A tour", media: "[{ type: 1️⃣image, file: a.png }]"),
            [finding(MediaTypeRule.description, at: "1️⃣", message: "YouTube does not take image attachments")],
            stages: .checks)
    }

    @Test("a post with neither media nor a title is a community post: no media-required, no title-required")
    func communityPost() throws {
        try expectFindings(video(title: nil, text: "Which view do you plan your week in?", media: "[]"), [], stages: .checks)
    }

    @Test("an image without a title is still title-required and media-type: only a post without media is a community post")
    func imageWithoutTitle() throws {
        try expectFindings(
            video(title: nil, media: "[{ type: 2️⃣image, file: a.png }]", channel: "1️⃣yt"),
            [
                finding(TitleRequiredRule.description, at: "1️⃣", message: "post 'tour' on 'yt' (YouTube) has no 'title'", "add 'title:' to 'tour'"),
                finding(MediaTypeRule.description, at: "2️⃣", message: "YouTube does not take image attachments"),
            ],
            stages: .checks)
    }

    @Test("a title without media is media-required, pointing to a community post with the not-verified caveat")
    func titleWithoutMedia() throws {
        try expectFindings(
            video(title: "A tour", media: "[]", channel: "1️⃣yt"),
            [
                finding(
                    MediaRequiredRule.description, at: "1️⃣", message: "add 'media' to 'tour', or drop its 'title' to publish it as a community post",
                    "this YouTube fact is not verified")
            ],
            stages: .checks)
    }

    @Test("a plan that sets community-post.supported: false gets media-required and title-required for a text-only post")
    func communityPostsTurnedOff() throws {
        try expectFindings(
            video(title: nil, media: "[]", channel: "1️⃣yt") + "platforms:\n  youtube:\n    community-post: { supported: false }\n",
            [
                finding(MediaRequiredRule.description, at: "1️⃣", message: "every post on YouTube needs at least one image or video"),
                finding(TitleRequiredRule.description, at: "1️⃣", message: "has no 'title'"),
            ],
            stages: .checks)
    }

    @Test("a LinkedIn post's title is the plan's own label: a long one with '<' passes there")
    func titleElsewhereIsALabel() throws {
        try expectFindings(video(title: repeated("a", 150) + " <3", media: "[]", channel: "li"), [], stages: .checks)
    }

    @Test("tags of 500 characters together pass on YouTube, CJK and emoji counting one each")
    func tagsAtLimit() throws {
        let tags = "[\(repeated("計", 200)), \(repeated(familyEmoji, 100)), \(repeated("a", 200))]"
        try expectFindings(video(title: "A tour") + "    tags: \(tags)\n", [], stages: .checks)
    }

    @Test("tags of 501 characters together are tags-length at the tag that goes over")
    func tagsOverLimit() throws {
        let tags = "[\(repeated("a", 250)), \(repeated("b", 250)), 1️⃣c, d]"
        try expectFindings(
            video(title: "A tour") + "    tags: \(tags)\n",
            [
                finding(
                    TagsLengthRule.description, at: "1️⃣",
                    message: "tags of post 'tour' on 'yt' (YouTube) are 502 characters together; YouTube allows 500")
            ],
            stages: .checks)
    }

    @Test("tags are not limited on LinkedIn, which has no tag facts")
    func tagsElsewhere() throws {
        try expectFindings(video(title: "A tour", media: "[]", channel: "li") + "    tags: [\(repeated("a", 600))]\n", [], stages: .checks)
    }

    @Test("a YouTube channel that is not account: channel is unknown-account-type, suggesting channel")
    func channelAccount() throws {
        try expectFindings(
            video(title: "A tour").replacing("yt: { platform: youtube, account: channel }", with: "yt: { platform: youtube, account: 1️⃣profile }"),
            [finding(UnknownAccountTypeRule.description, at: "1️⃣", message: "'profile' is not an account type on YouTube", "channel")],
            stages: .checks)
    }
}
