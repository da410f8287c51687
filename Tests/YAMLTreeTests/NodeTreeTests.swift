import Testing
import YAMLTree

@Suite("Node tree: scalars")
struct ScalarTests {
    @Test("plain scalars that YAML 1.1 would convert stay text")
    func plainScalarsStayText() throws {
        let document = try parseDocument("a: Yes\nb: 12:30\nc: on\nd: 0o17\ne: No\nf: 1e3\n")
        let values = try #require(document.mapping).map { $0.value.scalar }
        #expect(
            values == [
                Scalar(text: "Yes", style: .plain),
                Scalar(text: "12:30", style: .plain),
                Scalar(text: "on", style: .plain),
                Scalar(text: "0o17", style: .plain),
                Scalar(text: "No", style: .plain),
                Scalar(text: "1e3", style: .plain),
            ])
    }

    @Test("texts that look alike but differ in their bytes keep their own bytes (one é, or e and its accent)")
    func alikeTextsKeepTheirBytes() throws {
        let composed = "Caf\u{E9} au lait, every morning", decomposed = "Cafe\u{301} au lait, every morning"
        let document = try parseDocument("a: \(composed)\nb: \(decomposed)\nc: \(composed)\n")
        let texts = try #require(document.mapping).compactMap { $0.value.scalar?.text }
        #expect(texts.map { Array($0.utf8) } == [Array(composed.utf8), Array(decomposed.utf8), Array(composed.utf8)])
    }

    @Test("a plain scalar running over several lines is folded into one line")
    func multiLinePlainScalarIsFolded() throws {
        let document = try parseDocument("a: one\n  two\n\n  three\n")
        #expect(document["a"]?.scalar == Scalar(text: "one two\nthree", style: .plain))
    }

    @Test("a single-quoted scalar keeps its text without quotes, with '' read as one quote")
    func singleQuoted() throws {
        let document = try parseDocument("a: 'it''s \\n'\n")
        #expect(document["a"]?.scalar == Scalar(text: "it's \\n", style: .singleQuoted))
    }

    @Test("a double-quoted scalar has its escapes resolved")
    func doubleQuoted() throws {
        let document = try parseDocument(#"a: "tab\there \u00e9 \"q\"""# + "\n")
        #expect(document["a"]?.scalar == Scalar(text: "tab\there é \"q\"", style: .doubleQuoted))
    }

    @Test("a literal block scalar keeps its line breaks and loses its indentation")
    func literalBlock() throws {
        let document = try parseDocument("a: |\n  one\n    two\n\nb: 1\n")
        #expect(document["a"]?.scalar == Scalar(text: "one\n  two\n", style: .literal))
    }

    @Test("a folded block scalar joins lines with spaces")
    func foldedBlock() throws {
        let document = try parseDocument("a: >\n  one\n  two\n\n  three\nb: 1\n")
        #expect(document["a"]?.scalar == Scalar(text: "one two\nthree\n", style: .folded))
    }

    @Test("block chomping indicators are applied to the text")
    func chomping() throws {
        let document = try parseDocument("strip: |-\n  x\n\nkeep: |+\n  y\n\nend: 1\n")
        #expect(document["strip"]?.scalar?.text == "x")
        #expect(document["keep"]?.scalar?.text == "y\n\n")
    }

    @Test("only plain scalars count as plain")
    func isPlain() {
        #expect(ScalarStyle.plain.isPlain)
        for style in [ScalarStyle.singleQuoted, .doubleQuoted, .literal, .folded] {
            #expect(!style.isPlain, "\(style)")
        }
    }

    @Test("a tag written as !!str arrives resolved, and the text stays as written")
    func coreTagIsResolved() throws {
        let document = try parseDocument("a: !!str 12\nb: 12\n")
        #expect(document["a"]?.tag == "tag:yaml.org,2002:str")
        #expect(document["a"]?.scalar == Scalar(text: "12", style: .plain))
        #expect(document["b"]?.tag == nil)
    }

    @Test("local tags and tags on collections are kept")
    func localAndCollectionTags() throws {
        let document = try parseDocument("a: !thing x\nb: !!seq [1]\nc: !!map {k: v}\n")
        #expect(document["a"]?.tag == "!thing")
        #expect(document["b"]?.tag == "tag:yaml.org,2002:seq")
        #expect(document["c"]?.tag == "tag:yaml.org,2002:map")
    }

    @Test("a tag defined by a %TAG directive is expanded")
    func tagDirective() throws {
        let document = try parseDocument("%TAG !e! tag:example.com,2026:\n---\na: !e!channel x\n")
        #expect(document["a"]?.tag == "tag:example.com,2026:channel")
    }

    @Test(
        "isNull is true for empty, ~ and null in its three spellings, when plain and untagged",
        arguments: ["a:\n", "a: ~\n", "a: null\n", "a: Null\n", "a: NULL\n", "a: \n"])
    func nullSpellings(text: String) throws {
        let document = try parseDocument(text)
        #expect(document["a"]?.isNull == true)
    }

    @Test(
        "isNull is false for quoted, tagged or differently spelled nulls",
        arguments: ["a: 'null'\n", "a: \"\"\n", "a: !!str null\n", "a: nULL\n", "a: none\n", "a: nil\n", "a: [ ]\n"])
    func notNull(text: String) throws {
        let document = try parseDocument(text)
        #expect(document["a"]?.isNull == false)
    }
}

@Suite("Node tree: collections and positions")
struct CollectionTests {
    @Test("a mapping keeps its keys in order, as nodes with their positions")
    func mappingKeepsKeyOrderAndPositions() throws {
        let document = try parseDocument("zeta: 1\nalpha: 2\nmid: 3\n")
        let pairs = try #require(document.mapping)
        #expect(pairs.map { $0.key.scalar?.text } == ["zeta", "alpha", "mid"])
        #expect(pairs.map(\.key.span) == [span(1, 1, 1, 5), span(2, 1, 2, 6), span(3, 1, 3, 4)])
        #expect(pairs.map(\.value.span) == [span(1, 7, 1, 8), span(2, 8, 2, 9), span(3, 6, 3, 7)])
    }

    @Test("a scalar's span runs from its first character to just after its last")
    func scalarSpan() throws {
        let document = try parseDocument("key:   value here   # comment\n")
        #expect(document["key"]?.span == span(1, 8, 1, 18))
    }

    @Test("a quoted scalar's span includes its quotes")
    func quotedScalarSpan() throws {
        let document = try parseDocument("a: 'x'\nb: \"y\"\n")
        #expect(document["a"]?.span == span(1, 4, 1, 7))
        #expect(document["b"]?.span == span(2, 4, 2, 7))
    }

    @Test("a node's span starts at its tag or anchor")
    func spanIncludesProperties() throws {
        let document = try parseDocument("a: !!str x\nb: &anchor y\n")
        #expect(document["a"]?.span == span(1, 4, 1, 11))
        #expect(document["b"]?.span == span(2, 4, 2, 13))
        #expect(document["b"]?.anchor == "anchor")
    }

    @Test("columns count code points: 2-, 3- and 4-byte characters are one column each")
    func columnsCountCodePoints() throws {
        let document = try parseDocument("ä€😀: x\n")
        let pair = try #require(document.mapping?.first)
        #expect(pair.key.span == span(1, 1, 1, 4))
        #expect(pair.value.span == span(1, 6, 1, 7))
    }

    @Test("columns count code points, not graphemes: a combining accent is a column of its own")
    func columnsAreNotGraphemes() throws {
        let document = try parseDocument("e\u{301}: x\n")
        #expect(document.mapping?.first?.value.span == span(1, 5, 1, 6))
    }

    @Test("a multi-byte character before a value on a later line shifts only that line's columns")
    func multiByteOnLaterLine() throws {
        let document = try parseDocument("a: 1\nlist: [ü, 😀, z]\n")
        let items = try #require(document["list"]?.sequence)
        #expect(items.map(\.span) == [span(2, 8, 2, 9), span(2, 11, 2, 12), span(2, 14, 2, 15)])
        #expect(document["list"]?.span == span(2, 7, 2, 16))
    }

    @Test("CRLF line breaks count as one line each")
    func crlf() throws {
        let document = try parseDocument("a:\r\n  - x\r\nb: y\r\n")
        #expect(document["a"]?.span == span(2, 3, 2, 6))
        #expect(document["b"]?.span == span(3, 4, 3, 5))
    }

    @Test("a flow sequence's span includes its brackets")
    func flowSequenceSpan() throws {
        let document = try parseDocument("k: [1, two]   # comment\n")
        let list = try #require(document["k"])
        #expect(list.span == span(1, 4, 1, 12))
        #expect(list.sequence?.map { $0.scalar?.text } == ["1", "two"])
    }

    @Test("a flow mapping's span includes its braces, also across lines")
    func flowMappingSpan() throws {
        let document = try parseDocument("k: { a: 1,\n     b: 2 }\nnext: 3\n")
        let mapping = try #require(document["k"])
        #expect(mapping.span == span(1, 4, 2, 12))
        #expect(mapping["b"]?.span == span(2, 9, 2, 10))
    }

    @Test("a block mapping ends after its last value, not at the next token lines later")
    func blockMappingEndsAtLastValue() throws {
        let document = try parseDocument("a:\n  b: 1\n  c: two\n\n# comment\n\nd: 3\n")
        #expect(document["a"]?.span == span(2, 3, 3, 9))
        #expect(document.span == span(1, 1, 7, 5))
    }

    @Test("a block sequence runs from its first dash to the end of its last item")
    func blockSequenceSpan() throws {
        let document = try parseDocument("- x\n- [y]\n\n")
        #expect(document.span == span(1, 1, 2, 6))
        #expect(document[0]?.span == span(1, 3, 1, 4))
        #expect(document[1]?.span == span(2, 3, 2, 6))
    }

    @Test("a block sequence indented under a key starts at its first dash")
    func indentedBlockSequence() throws {
        let document = try parseDocument("items:\n  - one\n  - two\n")
        #expect(document["items"]?.span == span(2, 3, 3, 8))
    }

    @Test("a block scalar's span runs from its indicator to just after its last line break")
    func blockScalarSpan() throws {
        let document = try parseDocument("a: |\n  one\n  two\nb: 1\n")
        #expect(document["a"]?.span == span(1, 4, 4, 1))
    }

    @Test("a missing value is an empty plain scalar with an empty span where the value would be")
    func missingValue() throws {
        let document = try parseDocument("a:\nb: 1\n")
        let value = try #require(document["a"])
        #expect(value.scalar == Scalar(text: "", style: .plain))
        #expect(value.isNull)
        #expect(value.span == span(1, 3, 1, 3))
    }

    @Test("a block collection that ends with an alias ends at the alias, not at the anchored node")
    func blockCollectionEndingInAlias() throws {
        let document = try parseDocument("base: &b {x: 1}\ncopy:\n  - *b\n")
        #expect(document["copy"]?.span == span(3, 3, 3, 7))
        #expect(document.span == span(1, 1, 3, 7))
    }

    @Test("nested collections keep their structure")
    func nesting() throws {
        let document = try parseDocument("a:\n  - {b: [1, {c: d}]}\n")
        let inner = document["a"]?[0]?["b"]?[1]?["c"]
        #expect(inner?.scalar?.text == "d")
        #expect(inner?.span == span(2, 17, 2, 18))
    }
}

@Suite("Node tree: documents")
struct DocumentTests {
    @Test("empty input gives no documents and no problems")
    func emptyInput() {
        let result = YAMLParser().parse("")
        #expect(result.documents.isEmpty)
        #expect(result.problems.isEmpty)
        #expect(!result.hasFatalProblem)
    }

    @Test("empty byte input gives no documents and no problems")
    func emptyBytes() {
        let result = YAMLParser().parse([UInt8]())
        #expect(result.documents.isEmpty)
        #expect(result.problems.isEmpty)
    }

    @Test("input with only comments and blank lines gives no documents")
    func onlyComments() {
        let result = YAMLParser().parse("# just a comment\n\n   \n# another\n")
        #expect(result.documents.isEmpty)
        #expect(result.problems.isEmpty)
    }

    @Test("an explicit document marker with nothing after it is one null document")
    func emptyExplicitDocument() throws {
        let document = try parseDocument("---\n")
        #expect(document.isNull)
    }

    @Test("each document of a stream is returned in order with its own positions")
    func multipleDocuments() {
        let result = YAMLParser().parse("--- a\n--- [b]\n...\n---\nc: 1\n")
        #expect(result.problems.isEmpty)
        #expect(result.documents.count == 3)
        #expect(result.documents.first?.scalar?.text == "a")
        #expect(result.documents.first?.span == span(1, 5, 1, 6))
        #expect(result.documents.dropFirst().first?.span == span(2, 5, 2, 8))
        #expect(result.documents.last?["c"]?.span == span(5, 4, 5, 5))
    }

    @Test("a document of one scalar is that scalar")
    func scalarDocument() throws {
        let document = try parseDocument("hello world\n")
        #expect(document.scalar == Scalar(text: "hello world", style: .plain))
        #expect(document.span == span(1, 1, 1, 12))
    }

    @Test("text and bytes of the same YAML give the same tree")
    func textAndBytesAgree() throws {
        let text = "a: [ä, {b: c}]\n"
        let fromText = YAMLParser().parse(text)
        let fromBytes = YAMLParser().parse(Array(text.utf8))
        #expect(fromText.documents.first?["a"]?.span == fromBytes.documents.first?["a"]?.span)
        #expect(fromText.documents.first?["a"]?[1]?["b"]?.scalar == fromBytes.documents.first?["a"]?[1]?["b"]?.scalar)
    }

    @Test("a leading byte-order mark is not counted as a column")
    func byteOrderMark() throws {
        let result = YAMLParser().parse([0xEF, 0xBB, 0xBF] + Array("a: b\n".utf8))
        #expect(result.problems.isEmpty)
        #expect(result.documents.first?["a"]?.span == span(1, 4, 1, 5))
    }
}
