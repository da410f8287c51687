import Testing

@testable import PostplanKit

@Suite("Scalar syntax: numbers with units")
struct UnitNumberSyntaxTests {
    private enum Length: Equatable { case minutes, seconds }

    private let clock = UnitNumberSyntax<Length>(
        units: [.init(symbol: "m", unit: .minutes), .init(symbol: "s", unit: .seconds, decimals: 2)], compound: true)

    private func read(_ syntax: UnitNumberSyntax<Length>, _ text: String) -> [String]? {
        syntax.parts(text)?.map { "\($0.number)\($0.unit == .minutes ? "m" : "s")" }
    }

    @Test("a compound reads its parts in the table's order, each unit once")
    func compoundOrder() {
        #expect(read(clock, "2m30s") == ["2m", "30s"])
        #expect(read(clock, "30s2m") == nil)
        #expect(read(clock, "1m2m") == nil)
    }

    @Test("without compound, one number and one unit is all a text may hold")
    func oneUnitOnly() {
        var single = clock
        single.compound = false
        #expect(read(single, "30s") == ["30s"])
        #expect(read(single, "2m30s") == nil)
    }

    @Test("a decimal point needs digits on both sides and no more decimals than the unit allows")
    func decimals() {
        #expect(read(clock, "0.25s") == ["0.25s"])
        #expect(read(clock, "0.255s") == nil)
        #expect(read(clock, ".5s") == nil)
        #expect(read(clock, "5.s") == nil)
        #expect(read(clock, "1.5m") == nil)
    }

    @Test("spaces before the unit, a free case and leading zeros are each the table's choice")
    func tableChoices() {
        #expect(read(clock, "2 m") == nil)
        #expect(read(clock, "2M") == nil)
        #expect(read(clock, "05s") == ["05s"])
        var lenient = clock
        lenient.spaceBeforeUnit = true
        lenient.ignoresCase = true
        lenient.leadingZeros = false
        #expect(read(lenient, "2 \tM30S") == ["2m", "30s"])
        #expect(read(lenient, "05s") == nil)
        #expect(read(lenient, "0s") == ["0s"])
    }

    @Test("an empty symbol reads a number written without a unit; the longest symbol wins otherwise")
    func bareNumberAndLongestSymbol() {
        let sizes = UnitNumberSyntax<Int>(
            units: [.init(symbol: "kb", unit: 1_000), .init(symbol: "b", unit: 1), .init(symbol: "", unit: 1)])
        #expect(sizes.parts("12")?.map(\.unit) == [1])
        #expect(sizes.parts("12kb")?.map(\.unit) == [1_000])
        #expect(sizes.parts("12x") == nil)
    }
}
