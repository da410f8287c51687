/// The one shape behind the plan's sizes and lengths: a decimal number and a unit (`12MB`,
/// `90m`), or, where a compound is allowed, several of them in the units table's order
/// (`2m30s`). Each reader gives its table and its rules; this reads the text only, and what
/// the parts are worth (and whether that is zero or too large) is left to the reader, which
/// words its own message. Nil means the text does not have the shape.
struct UnitNumberSyntax<Unit: Sendable>: Sendable {
    /// One unit as written after a number.
    struct Spelling: Sendable {
        /// The unit's symbol (`mb`, `m`; lower-case where the case is free); an empty symbol
        /// stands for a number written without a unit (in a table that is not compound).
        var symbol: String
        var unit: Unit
        /// How many decimals a number in this unit may have: 0 for whole numbers only, nil
        /// for any number of them.
        var decimals: Int? = 0
        /// How many digits the whole part may have; nil for any number of them.
        var wholeDigits: Int? = nil
    }

    /// One number and its unit, as written.
    struct Part: Sendable {
        var unit: Unit
        /// The digits before the decimal point.
        var whole: Substring
        /// The digits after the decimal point; empty when there is none.
        var fraction: Substring

        /// The whole part as a number; nil when it has too many digits for an `Int`.
        var wholeValue: Int? { Int(whole) }

        /// The number as written, for a reader that works in fractions of any length.
        var number: String { fraction.isEmpty ? String(whole) : "\(whole).\(fraction)" }
    }

    /// The units a number may carry, in the order a compound writes them (largest first).
    var units: [Spelling]
    /// Whether several parts may follow one another (`2m30s`), each unit once and in the
    /// table's order; otherwise the text is one number and one unit.
    var compound = false
    /// Whether the unit's case is free (`mb`, `MB`, `Mb`).
    var ignoresCase = false
    /// Whether spaces or tabs may stand between the number and its unit (`12 MB`).
    var spaceBeforeUnit = false
    /// Whether a whole part of several digits may start with 0 (`05s`); `0` itself always may.
    var leadingZeros = true

    /// The parts of `text`, or nil when it is not a number and unit by these rules.
    func parts(_ text: String) -> [Part]? {
        var rest = Substring(ignoresCase ? text.lowercased() : text)
        var parts: [Part] = []
        var previousUnit = -1
        repeat {
            let whole = rest.prefix(while: Self.isDigit)
            guard !whole.isEmpty else { return nil }
            rest = rest.dropFirst(whole.count)
            var fraction = rest.prefix(0)
            let hasPoint = rest.first == "."
            if hasPoint {
                fraction = rest.dropFirst().prefix(while: Self.isDigit)
                guard !fraction.isEmpty else { return nil }
                rest = rest.dropFirst(1 + fraction.count)
            }
            if spaceBeforeUnit { rest = rest.drop { $0 == " " || $0 == "\t" } }
            guard let index = unitIndex(startingAt: rest) else { return nil }
            let spelling = units[index]
            rest = rest.dropFirst(spelling.symbol.count)
            guard leadingZeros || whole.count == 1 || whole.first != "0",
                spelling.wholeDigits.map({ whole.count <= $0 }) ?? true,
                !hasPoint || spelling.decimals.map({ fraction.count <= $0 }) ?? true,
                index > previousUnit
            else { return nil }
            parts.append(Part(unit: spelling.unit, whole: whole, fraction: fraction))
            previousUnit = index
        } while compound && !rest.isEmpty
        return rest.isEmpty ? parts : nil
    }

    /// The table index of the longest symbol `text` starts with.
    private func unitIndex(startingAt text: Substring) -> Int? {
        units.indices.filter { text.hasPrefix(units[$0].symbol) }.max { units[$0].symbol.count < units[$1].symbol.count }
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isWholeNumber
    }
}
