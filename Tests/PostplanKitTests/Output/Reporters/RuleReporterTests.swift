import Testing

@testable import PostplanKit

@Suite("Rule reporter: examples")
struct RuleReporterTests {
    @Test("a one-file example is shown as its text, markers out, a caret line under each marked line")
    func caretLines() {
        let example = RuleExample("a: 1️⃣b\nc: d\n\nlist: [2️⃣x, 3️⃣y]\n")
        #expect(
            RuleReporter.render(example, title: "Reported")
                == """
                Reported:
                    a: b
                       ^ reported here
                    c: d

                    list: [x, y]
                           ^  ^ reported here

                """)
    }

    @Test("a tab before a marker stays a tab in the caret line, so the caret stands under its character")
    func tabs() {
        #expect(RuleReporter.render(RuleExample("\t1️⃣kind: post\n"), title: "Reported") == "Reported:\n    \tkind: post\n    \t^ reported here\n")
    }

    @Test("several files, a config, a today and contents other than text get headings; a file reported as a whole a caret under its heading")
    func headings() {
        let example = RuleExample(
            files: [
                RuleExample.File("plans/a.yaml", .latin1("text: Caf1️⃣é\n")),
                RuleExample.File("plans/big.yaml", .repeated("- x\n", bytes: 40 << 20), isReported: true),
                RuleExample.File("plans/odd.yaml", .repeated("- x\n", bytes: 1000)),
                RuleExample.File("plans/current", .link(to: "plans")),
                RuleExample.File("plans/secret.yaml", .unreadable(reason: "Permission denied"), isReported: true),
            ], config: "capacity: 2h", today: RuleExample.defaultToday)
        #expect(
            RuleReporter.render(example, title: "Reported")
                == """
                Reported (today: 2026-11-23):
                    .postplan.yml:
                        capacity: 2h
                    plans/a.yaml (saved in ISO 8859-1, not UTF-8):
                        text: Café
                                 ^ reported here
                    plans/big.yaml (these lines, repeated to 40 MiB):
                    ^ reported here
                        - x
                    plans/odd.yaml (these lines, repeated to 1000 bytes):
                        - x
                    plans/current: a symbolic link to plans
                    plans/secret.yaml: cannot be read (Permission denied)
                    ^ reported here

                """)
    }

    @Test("where an example's findings must point: its markers and the files reported as a whole, in order")
    func places() {
        let example = RuleExample(files: [
            RuleExample.File("plans/b.yaml", .text("x: 2️⃣1\ny: 1️⃣2\n")),
            RuleExample.File("plans/a", .link(to: "plans"), isReported: true),
        ])
        #expect(example.places.map(\.description) == ["plans/a:1:1", "plans/b.yaml:1:4", "plans/b.yaml:2:4"])
    }

    @Test("explain shows every example of a rule, reported ones first")
    func explanationShowsExamples() {
        let text = RuleReporter.explanation(of: PollDurationRule.description)
        let reported = text.range(of: "Reported:\n"), notReported = text.range(of: "Not reported:\n")
        #expect(reported != nil && notReported != nil && reported!.lowerBound < notReported!.lowerBound)
        #expect(text.contains("    duration: 2d\n"))
        #expect(text.contains("              ^ reported here\n"))
    }
}
