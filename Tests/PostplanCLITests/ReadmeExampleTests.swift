import Foundation
import PostplanTestSupport
import Testing

/// An example in README.md whose output a test makes: a comment names the command, and the
/// fenced block after it shows what the command prints (standard output, then standard
/// error). A first line starting with `$ ` is the prompt a reader sees, kept as written.
///
///     <!-- example: validate plans --today 2026-11-22; in Tests/PostplanCLITests/Fixtures/invalid-repo -->
///     <!-- example: calendar --week 2026-W48 --today 2026-11-22; lines 1-30 -->
///     <!-- example: calendar --week 2026-W49 --today 2026-11-22; from "- [ ] **Due:**"; lines 1-6 -->
///     <!-- example: count --platform instagram "#a #b #c #d #e #f" -->
///
/// `in` is the folder it runs in (default: the package root), `from` the first line of the
/// output that counts (line 1 is the line that starts with it), `lines` a range of lines.
/// `RECORD_GOLDENS=1 swift test` rewrites the blocks from the commands' output.
struct ReadmeExample: CustomStringConvertible {
    var arguments: [String]
    var folder = CommandRunner.packageRoot
    var from: String?
    var lines: ClosedRange<Int>?
    /// Where the block's lines are in the README, after the prompt line if any.
    var body: Range<Int>
    var line: Int

    var description: String { "README.md:\(line): postplan \(arguments.joined(separator: " "))" }

    static let readme = CommandRunner.packageRoot.appendingPathComponent("README.md")

    /// Every example in the README, in order.
    static func all(in lines: [String]) throws -> [ReadmeExample] {
        var examples: [ReadmeExample] = []
        for (index, line) in lines.enumerated() where line.hasPrefix("<!-- example: ") {
            let spec = line.dropFirst("<!-- example: ".count).replacingOccurrences(of: " -->", with: "")
            let parts = spec.components(separatedBy: "; ")
            let fence = index + 1
            guard fence < lines.count, lines[fence].hasPrefix("```"),
                let close = lines[(fence + 1)...].firstIndex(where: { $0 == "```" })
            else {
                throw ExampleError("README.md:\(index + 1): an example comment needs a fenced block right after it")
            }
            let first = lines[fence + 1].hasPrefix("$ ") ? fence + 2 : fence + 1
            var example = ReadmeExample(arguments: Self.words(of: parts[0]), body: first..<close, line: index + 1)
            for part in parts.dropFirst() {
                if part.hasPrefix("in ") {
                    example.folder = CommandRunner.packageRoot.appendingPathComponent(String(part.dropFirst(3)))
                } else if part.hasPrefix("from \""), part.hasSuffix("\"") {
                    example.from = String(part.dropFirst(6).dropLast())
                } else if part.hasPrefix("lines "), case let bounds = part.dropFirst(6).split(separator: "-").compactMap({ Int($0) }),
                    bounds.count == 2, bounds[0] >= 1, bounds[0] <= bounds[1]
                {
                    example.lines = bounds[0]...bounds[1]
                } else {
                    throw ExampleError("README.md:\(index + 1): '\(part)' is not 'in FOLDER', 'from \"TEXT\"' or 'lines A-B'")
                }
            }
            examples.append(example)
        }
        return examples
    }

    /// The arguments of a command line: words split at spaces, a word in double quotes kept whole.
    static func words(of line: String) -> [String] {
        line.matches(of: /"([^"]*)"|(\S+)/).map { String($0.output.1 ?? $0.output.2 ?? "") }
    }

    /// The lines of the command's output this example shows.
    func output() throws -> [String] {
        let result = try CommandRunner.run(arguments, in: folder)
        var lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        if let from {
            guard let start = lines.firstIndex(where: { $0.hasPrefix(from) }) else { throw ExampleError("\(self): no line starts with '\(from)'") }
            lines = Array(lines[start...])
        }
        if let range = self.lines {
            guard range.upperBound <= lines.count else { throw ExampleError("\(self): the output has only \(lines.count) lines") }
            lines = Array(lines[(range.lowerBound - 1)..<range.upperBound])
        }
        return lines
    }
}

struct ExampleError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

@Suite("README: example output is made by postplan, not by hand")
struct ReadmeExampleTests {
    @Test("every example block shows what its command prints (RECORD_GOLDENS=1 rewrites them)")
    func examplesAreCurrent() throws {
        var lines = try String(contentsOf: ReadmeExample.readme, encoding: .utf8).components(separatedBy: "\n")
        let examples = try ReadmeExample.all(in: lines)
        #expect(examples.count >= 3, "the README's examples are not marked")
        // From the last, so that rewriting a block keeps the places of those before it.
        for example in examples.reversed() {
            let output = try example.output()
            let shown = Array(lines[example.body])
            if isRecording {
                lines.replaceSubrange(example.body, with: output)
            } else if shown != output {
                Issue.record(
                    "\(example) shows other output than the command prints:\n\(lineDiff(expected: shown.joined(separator: "\n"), actual: output.joined(separator: "\n")))"
                )
            }
        }
        if isRecording {
            try lines.joined(separator: "\n").write(to: ReadmeExample.readme, atomically: true, encoding: .utf8)
            Issue.record("recorded README examples; run again without RECORD_GOLDENS")
        }
    }
}
