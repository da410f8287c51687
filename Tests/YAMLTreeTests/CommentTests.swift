import Testing

@testable import YAMLTree

@Suite("Comments")
struct CommentTests {
    @Test("comments are found with their text, position, and whether they stand on their own line")
    func found() {
        let result = YAMLParser().parse("# head\na: 1 # tail\n  # indented\n")
        #expect(result.comments.map(\.text) == ["head", "tail", "indented"])
        #expect(result.comments.map(\.position) == [Position(line: 1, column: 1), Position(line: 2, column: 6), Position(line: 3, column: 3)])
        #expect(result.comments.map(\.isOwnLine) == [true, false, true])
    }

    @Test("a # inside quoted and block scalars, or glued to a plain word, is text, not a comment")
    func notComments() {
        let result = YAMLParser().parse("a: \"x # y\"\nb: 'x # y'\nc: |\n  line # not a comment\nd: x#y\n")
        #expect(result.comments.isEmpty)
    }

    @Test("a comment whose text touches the # is tight, like a hashtag")
    func tight() {
        let result = YAMLParser().parse("a: x #tag\nb: y # note\n")
        #expect(result.comments.map(\.isTight) == [true, false])
    }
}
