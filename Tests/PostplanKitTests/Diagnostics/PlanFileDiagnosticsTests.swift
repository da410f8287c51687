import Testing

@testable import PostplanKit

@Suite("Decoding diagnostics: the plan file")
struct PlanFileDiagnosticsTests {
    @Test("a YAML mapping without 'postplan: 1' is not a plan, reported where the mapping starts")
    func missingVersionLine() throws {
        try expectFindings(
            """
            # team notes
            1️⃣version: 3
            services: {}
            """,
            [finding(NotAPlanRule.description, at: "1️⃣", message: "no 'postplan: 1' line")])
    }

    @Test("an empty file is not a plan, reported at 1:1")
    func emptyFile() throws {
        try expectFindings("1️⃣", [finding(NotAPlanRule.description, at: "1️⃣", message: "file is empty")])
    }

    @Test("a file holding only comments is not a plan")
    func onlyComments() throws {
        try expectFindings(
            "1️⃣# plans go here\n",
            [finding(NotAPlanRule.description, at: "1️⃣", message: "file holds only comments; a plan file starts with 'postplan: 1'")])
    }

    @Test("a top-level list is not a plan, and the message names what was found")
    func topLevelList() throws {
        try expectFindings(
            """
            1️⃣- postplan: 1
            - items: []
            """,
            [finding(NotAPlanRule.description, at: "1️⃣", message: "found a list")])
    }

    @Test("'postplan: 2' is an unsupported version, reported at the version")
    func unsupportedVersion() throws {
        try expectFindings(
            """
            postplan: 1️⃣2
            items: []
            """,
            [finding(UnsupportedVersionRule.description, at: "1️⃣", message: "'2' is not supported")])
    }

    @Test("'postplan:' without a version is an unsupported version, reported at the key")
    func versionWithoutValue() throws {
        try expectFindings("1️⃣postplan:\nitems: []\n", [finding(UnsupportedVersionRule.description, at: "1️⃣", message: "has no version")])
    }

    @Test("a second YAML document is multiple-documents, and the first document is still decoded")
    func multipleDocuments() throws {
        let repo = try expectFindings(
            """
            postplan: 1
            channels: { acme: { platform: linkedin } }
            ---
            1️⃣postplan: 1
            channels: { other: { platform: linkedin } }
            """,
            [finding(MultipleDocumentsRule.description, at: "1️⃣", message: "2 YAML documents")])
        #expect(repo.workspace.channels.keys.sorted() == ["acme"])
    }

    @Test("a misspelt top-level key is unknown-key with a did-you-mean")
    func unknownTopLevelKey() throws {
        try expectFindings(
            """
            postplan: 1
            1️⃣timezon: Europe/Berlin
            """,
            [finding(UnknownKeyRule.description, at: "1️⃣", message: "unknown key 'timezon' in the plan file; did you mean 'timezone'?")])
    }

    @Test("'items' written as a mapping is wrong-type, reported at the mapping")
    func itemsAsMapping() throws {
        try expectFindings(
            """
            postplan: 1
            items: 1️⃣{ id: teaser, kind: post }
            """,
            [finding(WrongTypeRule.description, at: "1️⃣", message: "'items' must be a list")])
    }

    @Test("'channels' written as a list is wrong-type, reported at the list")
    func channelsAsList() throws {
        try expectFindings(
            """
            postplan: 1
            channels: 1️⃣[acme]
            """,
            [finding(WrongTypeRule.description, at: "1️⃣", message: "'channels' must map channel ids to channels")])
    }

    @Test("an unknown time zone is reported at the value, suggesting the closest IANA name")
    func unknownTimezone() throws {
        try expectFindings(
            """
            postplan: 1
            timezone: 1️⃣Europe/Berlín
            """,
            [finding(UnknownTimezoneRule.description, at: "1️⃣", message: "did you mean 'Europe/Berlin'?")])
    }

    @Test("a time zone that is nothing like an IANA name gets examples of how to write one")
    func unknownTimezoneWithoutSuggestion() throws {
        try expectFindings(
            """
            postplan: 1
            timezone: 1️⃣Somewhere over the rainbow
            """,
            [finding(UnknownTimezoneRule.description, at: "1️⃣", message: "use an IANA name such as Europe/Berlin")])
    }
}

@Suite("Decoding diagnostics: YAML and encoding")
struct YAMLInputDiagnosticsTests {
    @Test("a key written twice is duplicate-key at the second, related to the first, and the first one is used")
    func duplicateKey() throws {
        let repo = try expectFindings(
            planWithItems(
                """
                  - id: teaser
                    kind: post
                    channels: [acme]
                    at: 2026-11-25 10:00
                    1️⃣text: One
                    2️⃣text: Two
                """),
            [finding(DuplicateKeyRule.description, at: "2️⃣", message: "'text' appears twice", related: ["1️⃣"])])
        #expect(repo.workspace.items.first?.text?.value == "One")
    }

    @Test("': ' inside a plain value is yaml-syntax at the second colon")
    func colonInPlainValue() throws {
        try expectFindings(
            planWithItems(
                """
                  - id: teaser
                    kind: post
                    channels: [acme]
                    at: 2026-11-25 10:00
                    text: Plans1️⃣: weekly
                """),
            [finding(YAMLSyntaxRule.description, at: "1️⃣", message: "mapping values are not allowed")])
    }

    @Test("an unterminated quoted value is yaml-syntax at the end of the file, naming where the quote began")
    func unterminatedQuote() throws {
        try expectFindings(
            """
            postplan: 1
            items:
              - id: broken
                text: "unterminated
            1️⃣
            """,
            [finding(YAMLSyntaxRule.description, at: "1️⃣", message: "quoted scalar at 4:11")])
    }

    @Test("a line indented with a tab is tab-indentation at the tab")
    func tabIndentation() throws {
        try expectFindings("postplan: 1\nitems:\n1️⃣\t- id: teaser\n", [finding(TabIndentationRule.description, at: "1️⃣")])
    }

    @Test("a byte that is not UTF-8 is invalid-encoding at its line and column")
    func invalidEncoding() throws {
        // U+FFFD stands for the invalid byte 0xFF, which a Swift string cannot hold.
        try expectFindings(
            files: ["plan.yaml": "postplan: 1\ntimezone: Europe/Berl1️⃣\u{FFFD}n\n"],
            [finding(InvalidEncodingRule.description, at: "1️⃣", message: "0xFF")],
            bytes: { text in Array(text.utf8).replacing([0xEF, 0xBF, 0xBD], with: [0xFF]) })
    }

    @Test("an alias naming no anchor is undefined-alias at the alias")
    func undefinedAlias() throws {
        try expectFindings("postplan: 1\nchannels: 1️⃣*shared\n", [finding(UndefinedAliasRule.description, at: "1️⃣")])
    }
}
