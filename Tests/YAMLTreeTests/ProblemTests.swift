import Foundation
import Testing
import YAMLTree

@Suite("Problems: syntax")
struct SyntaxProblemTests {
    @Test("a value containing ': ' is a syntax error at the second colon, with a hint")
    func mappingValueNotAllowed() throws {
        let problem = try parseProblem("a: b: c\n")
        #expect(problem.kind == .syntax)
        #expect(problem.span == span(1, 5, 1, 5))
        #expect(problem.message.hasPrefix("mapping values are not allowed"))
        #expect(problem.message.contains("quote the value"))
        #expect(problem.isFatal)
    }

    @Test("a syntax error on a later line has that line and libyaml's context in the message")
    func unclosedFlowSequence() throws {
        let problem = try parseProblem("a: 1\nb: [1, 2\nc: 3\n")
        #expect(problem.kind == .syntax)
        #expect(problem.span.start == at(3, 2))
        #expect(problem.message.contains("flow sequence at 2:4"))
    }

    @Test("a syntax error leaves no document for the text it is in")
    func syntaxErrorHasNoDocument() {
        let result = YAMLParser().parse("a: b: c\n")
        #expect(result.documents.isEmpty)
        #expect(result.hasFatalProblem)
    }

    @Test("documents before a fatal problem are kept")
    func documentsBeforeFatalProblemAreKept() {
        let result = YAMLParser().parse("--- 1\n--- [\n")
        #expect(result.documents.map { $0.scalar?.text } == ["1"])
        #expect(result.problems.map(\.kind) == [.syntax])
        #expect(result.problems.first?.span.start == at(3, 1))
    }

    @Test("a problem's description starts with its position")
    func description() throws {
        let problem = try parseProblem("a: b: c\n")
        #expect(problem.description.hasPrefix("1:5: mapping values"))
    }
}

@Suite("Problems: duplicate keys")
struct DuplicateKeyTests {
    @Test("a key used three times gives two problems, each pointing back at the first")
    func threeOccurrences() throws {
        let result = YAMLParser().parse("a: 1\nb: 2\na: 3\nc: 4\na: 5\n")
        #expect(result.problems.map(\.kind) == [.duplicateKey, .duplicateKey])
        #expect(result.problems.map(\.span) == [span(3, 1, 3, 2), span(5, 1, 5, 2)])
        #expect(result.problems.map(\.related) == [span(1, 1, 1, 2), span(1, 1, 1, 2)])
        #expect(result.problems.allSatisfy { $0.message.contains("'a'") && $0.message.contains("1:1") })
    }

    @Test("duplicate keys are not fatal: the tree still has every pair")
    func treeKeepsPairs() throws {
        let result = YAMLParser().parse("a: 1\nb: 2\na: 3\n")
        #expect(!result.hasFatalProblem)
        #expect(result.problems.allSatisfy { !$0.isFatal })
        let pairs = try #require(result.documents.first?.mapping)
        #expect(pairs.map { $0.key.scalar?.text } == ["a", "b", "a"])
        #expect(pairs.map { $0.value.scalar?.text } == ["1", "2", "3"])
    }

    @Test("duplicate keys in a flow mapping are reported")
    func flowMapping() throws {
        let problem = try parseProblem("{x: 1, y: 2, x: 3}\n")
        #expect(problem.kind == .duplicateKey)
        #expect(problem.span == span(1, 14, 1, 15))
        #expect(problem.related == span(1, 2, 1, 3))
    }

    @Test("keys are compared by text: a quoted and a plain spelling are the same key")
    func quotedAndPlainAreSameKey() throws {
        let problem = try parseProblem("id: 1\n\"id\": 2\n")
        #expect(problem.kind == .duplicateKey)
        #expect(problem.related == span(1, 1, 1, 3))
    }

    @Test("the same key in two different mappings is not a duplicate")
    func differentMappings() {
        let result = YAMLParser().parse("a: {x: 1}\nb: {x: 2}\nc:\n  - x: 1\n  - x: 2\n")
        #expect(result.problems.isEmpty)
    }

    @Test("keys spelled with a precomposed or a combining accent are one key, in small and large mappings", arguments: [0, 20])
    func canonicallyEquivalentKeys(otherKeys: Int) throws {
        let others = (0..<otherKeys).map { "k\($0): \($0)\n" }.joined()
        let result = YAMLParser().parse("caf\u{E9}: 1\n" + others + "cafe\u{301}: 2\n")
        #expect(result.problems.map(\.kind) == [.duplicateKey])
        #expect(result.problems.first?.related == span(1, 1, 1, 5))
    }

    @Test("keys that differ only in case are different keys")
    func caseMatters() {
        let result = YAMLParser().parse("Key: 1\nkey: 2\n")
        #expect(result.problems.isEmpty)
    }

    @Test("problems come in text order, even when an inner mapping closes before an outer one")
    func textOrder() {
        let result = YAMLParser().parse("a: 1\na: 2\nb: {c: 1, c: 2}\n")
        #expect(result.problems.map(\.span.start) == [at(2, 1), at(3, 11)])
    }
}

@Suite("Problems: anchors and aliases")
struct AliasTests {
    @Test("an aliased node has the anchored node's content and span, and aliasSpan is where the alias stands")
    func aliasesWork() throws {
        let document = try parseDocument("base: &b {x: 1, y: [2, 3]}\ncopy: *b\n")
        let original = try #require(document["base"])
        let copy = try #require(document["copy"])
        #expect(copy["x"]?.scalar?.text == "1")
        #expect(copy["y"]?.sequence?.map { $0.scalar?.text } == ["2", "3"])
        #expect(copy.span == original.span)
        #expect(copy.anchor == "b")
        #expect(copy.aliasSpan == span(2, 7, 2, 9))
        #expect(original.aliasSpan == nil)
    }

    @Test("an alias of a scalar used as a key gives the key the scalar's text")
    func aliasAsKey() throws {
        let document = try parseDocument("- &k name\n- *k : value\n")
        #expect(document[1]?["name"]?.scalar?.text == "value")
    }

    @Test("the latest anchor of a name wins")
    func redefinedAnchor() throws {
        let document = try parseDocument("- &a first\n- &a second\n- *a\n")
        #expect(document[2]?.scalar?.text == "second")
    }

    @Test("an alias naming no anchor is fatal, at the alias")
    func undefinedAlias() throws {
        let problem = try parseProblem("a: *nowhere\n")
        #expect(problem.kind == .undefinedAlias)
        #expect(problem.span == span(1, 4, 1, 12))
        #expect(problem.message.contains("*nowhere"))
        #expect(problem.isFatal)
    }

    @Test("an alias before its anchor is undefined")
    func aliasBeforeAnchor() throws {
        let problem = try parseProblem("a: *x\nb: &x 1\n")
        #expect(problem.kind == .undefinedAlias)
        #expect(problem.span.start == at(1, 4))
    }

    @Test("anchors do not carry over into the next document")
    func anchorsArePerDocument() {
        let result = YAMLParser().parse("--- &a 1\n--- *a\n")
        #expect(result.documents.count == 1)
        #expect(result.problems.map(\.kind) == [.undefinedAlias])
        #expect(result.problems.first?.span == span(2, 5, 2, 7))
    }

    @Test("an alias to its own enclosing flow collection is reported as such")
    func aliasToEnclosingFlowCollection() throws {
        let problem = try parseProblem("&a [1, *a]\n")
        #expect(problem.kind == .undefinedAlias)
        #expect(problem.span == span(1, 8, 1, 10))
        #expect(problem.message.contains("contains it"))
    }

    @Test("an alias to its own enclosing block mapping is reported as such")
    func aliasToEnclosingBlockMapping() throws {
        let problem = try parseProblem("top: &m\n  a: 1\n  b: *m\n")
        #expect(problem.kind == .undefinedAlias)
        #expect(problem.span == span(3, 6, 3, 8))
        #expect(problem.message.contains("contains it"))
    }

    @Test("an alias to an enclosing collection is caught even when the name was anchored before it")
    func aliasToEnclosingCollectionReusingName() throws {
        let problem = try parseProblem("- &a 1\n- &a [*a]\n")
        #expect(problem.kind == .undefinedAlias)
        #expect(problem.span == span(2, 7, 2, 9))
        #expect(problem.message.contains("contains it"))
    }

    @Test("a name anchored again inside an open collection refers to the inner node")
    func innerAnchorInsideOpenCollection() throws {
        let document = try parseDocument("&a [&a 1, *a]\n")
        #expect(document[1]?.scalar?.text == "1")
        #expect(document[1]?.aliasSpan == span(1, 11, 1, 13))
    }

    @Test("a billion-laughs alias bomb stops with aliasLimit, quickly")
    func aliasBomb() throws {
        var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        let names = Array("abcdefghi").map(String.init)
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        let text = lines.joined(separator: "\n") + "\n"
        let clock = ContinuousClock()
        var result: YAMLParseResult?
        let elapsed = clock.measure { result = YAMLParser().parse(text) }
        let problems = try #require(result?.problems)
        #expect(problems.map(\.kind) == [.aliasLimit])
        // a..f expand to about 670,000 nodes; the first *f on line 7 passes the 1,000,000 budget.
        #expect(problems.first?.span == span(7, 8, 7, 10))
        #expect(problems.first?.isFatal == true)
        #expect(elapsed < .seconds(1), "took \(elapsed)")
    }

    @Test("the alias budget counts every node an alias brings in")
    func aliasBudgetCountsNodes() throws {
        // [1, 2, 3] is four nodes: the first alias spends 4 of 5, the second passes the budget.
        let text = "a: &a [1, 2, 3]\nb: *a\nc: *a\n"
        let problem = try parseProblem(text, limits: ParserLimits(maxAliasExpansion: 5))
        #expect(problem.kind == .aliasLimit)
        #expect(problem.span == span(3, 4, 3, 6))
        #expect(problem.message.contains("5"))
        _ = try parseDocument(text, limits: ParserLimits(maxAliasExpansion: 8))
    }

    @Test("the alias budget starts afresh in each document")
    func aliasBudgetPerDocument() {
        let text = "--- {a: &a [1, 2, 3], b: *a}\n--- {a: &a [1, 2, 3], b: *a}\n"
        let result = YAMLParser(limits: ParserLimits(maxAliasExpansion: 4)).parse(text)
        #expect(result.problems.isEmpty)
        #expect(result.documents.count == 2)
    }
}

@Suite("Problems: limits")
struct LimitTests {
    @Test("100,000 nested flow sequences stop with depthLimit, not a crash")
    func deepNesting() throws {
        let problem = try parseProblem(String(repeating: "[", count: 100_000))
        #expect(problem.kind == .depthLimit)
        #expect(problem.span.start == at(1, ParserLimits.default.maxDepth + 1))
        #expect(problem.isFatal)
    }

    @Test("nesting at exactly the default depth limit is fine")
    func nestingAtTheLimit() throws {
        let depth = ParserLimits.default.maxDepth
        let document = try parseDocument(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        #expect(document.span == span(1, 1, 1, 2 * depth + 1))
    }

    @Test("a custom depth limit of 3 allows three levels and stops at the fourth")
    func customDepthLimit() throws {
        let limits = ParserLimits(maxDepth: 3)
        _ = try parseDocument("a:\n  b:\n    c: 1\n", limits: limits)
        let problem = try parseProblem("a:\n  b:\n    c:\n      d: 1\n", limits: limits)
        #expect(problem.kind == .depthLimit)
        #expect(problem.span.start == at(4, 7))
        #expect(problem.message.contains("3"))
    }

    @Test("text longer than maxBytes is refused with sizeLimit at 1:1, unparsed")
    func sizeLimit() throws {
        let limits = ParserLimits(maxBytes: 10)
        let result = YAMLParser(limits: limits).parse("abc: defgh\n")  // 11 bytes
        #expect(result.documents.isEmpty)
        #expect(result.problems.map(\.kind) == [.sizeLimit])
        #expect(result.problems.first?.span.start == at(1, 1))
        #expect(result.problems.first?.message.contains("11") == true)
    }

    @Test("text of exactly maxBytes is parsed")
    func sizeAtLimit() throws {
        _ = try parseDocument("abc: defg\n", limits: ParserLimits(maxBytes: 10))
    }

    @Test("the size limit counts bytes, not characters")
    func sizeCountsBytes() throws {
        // Five characters, ten bytes.
        let problem = try parseProblem("a: ää😀", limits: ParserLimits(maxBytes: 9))
        #expect(problem.kind == .sizeLimit)
        _ = try parseDocument("a: ää😀", limits: ParserLimits(maxBytes: 11))
    }

    @Test("the default limits are 32 MiB, 256 levels and a million alias nodes")
    func defaults() {
        #expect(ParserLimits.default == ParserLimits(maxBytes: 32 << 20, maxDepth: 256, maxAliasExpansion: 1_000_000))
    }
}

@Suite("Problems: encoding and tabs")
struct EncodingTests {
    @Test("a byte that is not UTF-8 is an encoding problem at its line and column")
    func invalidUTF8() throws {
        let problem = try parseProblem(Array("a: 1\nb: 2\nc: x".utf8) + [0xFF] + Array("y\n".utf8))
        #expect(problem.kind == .encoding)
        #expect(problem.span.start == at(3, 5))
        #expect(problem.message.contains("UTF-8"))
        #expect(problem.message.contains("0xFF"))
        #expect(problem.isFatal)
    }

    @Test("the column of an invalid byte counts the multi-byte characters before it once each")
    func invalidUTF8AfterMultiByte() throws {
        let problem = try parseProblem(Array("c: ä😀".utf8) + [0xFF])
        #expect(problem.kind == .encoding)
        #expect(problem.span.start == at(1, 6))
    }

    @Test("the column of an invalid byte does not count a leading byte-order mark")
    func invalidUTF8AfterByteOrderMark() throws {
        let problem = try parseProblem([0xEF, 0xBB, 0xBF] + Array("a: ".utf8) + [0xFF])
        #expect(problem.kind == .encoding)
        #expect(problem.span.start == at(1, 4))
    }

    @Test("lines of an invalid byte are counted over CRLF and CR line breaks")
    func invalidUTF8AfterCRLF() throws {
        let problem = try parseProblem(Array("a: 1\r\nb: 2\rc: ".utf8) + [0xC3])
        #expect(problem.kind == .encoding)
        #expect(problem.span.start == at(3, 4))
    }

    @Test("a control character is an encoding problem naming the character")
    func controlCharacter() throws {
        let problem = try parseProblem("a: 1\nb: x\u{01}y\n")
        #expect(problem.kind == .encoding)
        #expect(problem.span.start == at(2, 5))
        #expect(problem.message.contains("U+0001"))
    }

    @Test("a tab in indentation is reported as tabIndentation at the tab")
    func tabIndentation() throws {
        let problem = try parseProblem("a:\n\tb: 1\n")
        #expect(problem.kind == .tabIndentation)
        #expect(problem.span == span(2, 1, 2, 2))
        #expect(problem.isFatal)
    }

    @Test("a tab after spaces in indentation is reported at the tab")
    func tabAfterSpaces() throws {
        let problem = try parseProblem("a:\n  b: 1\n  \tc: 2\n")
        #expect(problem.kind == .tabIndentation)
        #expect(problem.span == span(3, 3, 3, 4))
    }

    @Test("a tab indenting the first line after a byte-order mark is reported")
    func tabAfterByteOrderMark() throws {
        let problem = try parseProblem([0xEF, 0xBB, 0xBF] + Array("\ta: 1\n".utf8))
        #expect(problem.kind == .tabIndentation)
        #expect(problem.span == span(1, 1, 1, 2))
    }

    @Test("tabs inside a value and after a colon are fine")
    func tabsInsideValues() throws {
        let document = try parseDocument("a: x\ty\nb:\t1\nc: \"\tq\"\n")
        #expect(document["a"]?.scalar?.text == "x\ty")
        #expect(document["b"]?.scalar?.text == "1")
        #expect(document["c"]?.scalar?.text == "\tq")
    }

    @Test("a syntax error that is not at a tab stays a syntax error")
    func otherErrorsAreSyntax() throws {
        let problem = try parseProblem("a:\n  b: 1\n c: 2\n")
        #expect(problem.kind == .syntax)
    }
}
