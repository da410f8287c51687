import Testing
import YAMLTree

@testable import PostplanKit

@Suite("Test support: marked text")
struct MarkedTextTests {
    @Test("markers are removed from the text")
    func markersRemoved() {
        #expect(MarkedText("a: 1️⃣b\n2️⃣c: 🔟d\n").text == "a: b\nc: d\n")
    }

    @Test("a marker's place is the 1-based line and column of the character after it")
    func markerPlaces() {
        let fixture = MarkedText("a: 1️⃣b\n2️⃣c: d\n")
        #expect(fixture.markers["1️⃣"] == Position(line: 1, column: 4))
        #expect(fixture.markers["2️⃣"] == Position(line: 2, column: 1))
    }

    @Test("columns count Unicode code points, and other markers before it on the line count as nothing")
    func columnsInCodePoints() {
        let fixture = MarkedText("1️⃣é😀 2️⃣x 3️⃣y")
        #expect(fixture.markers["2️⃣"] == Position(line: 1, column: 4))
        #expect(fixture.markers["3️⃣"] == Position(line: 1, column: 6))
    }
}
