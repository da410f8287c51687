import Foundation
import YAMLTree

/// Schema-directed reading of single values: each function knows what its key means, takes
/// the scalar's raw text (so `No` stays the word "No" and `12:30` stays a time), and reports
/// what is wrong with a position and a way to fix it.
extension DecodingContext {
    /// Text as written. Nil, with `wrong-type`, for a list or mapping.
    mutating func text(_ node: Node, key: String) -> Located<String>? {
        guard let scalar = node.scalar else {
            report(WrongTypeRule.notText(key, found: node), at: node.span)
            return nil
        }
        return located(scalar.text, node)
    }

    /// A list of texts. Nil, with `wrong-type`, when the node is not a list; entries that are
    /// not text are reported and left out.
    mutating func textList(_ node: Node, key: String, example: String) -> [Located<String>]? {
        guard let entries = node.sequence else {
            report(WrongTypeRule.notAList(key, like: example, found: node), at: node.span)
            return nil
        }
        return entries.compactMap { entry in
            guard entry.scalar != nil, !entry.isNull else {
                report(WrongTypeRule.entryNotText(key, found: entry), at: entry.span)
                return nil
            }
            return text(entry, key: key)
        }
    }

    /// One of a closed set of words, such as a pillar or a media type.
    mutating func keyword<Value: RawRepresentable & CaseIterable & Sendable>(
        _ node: Node, key: String, as type: Value.Type, rule: any KeywordRule.Type = InvalidValueRule.self
    ) -> Located<Value>? where Value.RawValue == String {
        guard let word = text(node, key: key) else { return nil }
        if let value = Value(rawValue: word.value) {
            return Located(value, at: word.range)
        }
        reportMisspelt(rule.notValid(word.value, key: key), word: word.value, among: Value.allCases.map(\.rawValue), at: node.span)
        return nil
    }

    /// An id of a channel or item: letters, digits, `-`, `_`, `.`.
    mutating func identifier(_ node: Node, key: String) -> Located<String>? {
        guard let id = text(node, key: key) else { return nil }
        guard Self.isValidIdentifier(id.value) else {
            report(InvalidIDRule.notValid(id.value), at: node.span)
            return nil
        }
        return id
    }

    static func isValidIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isIdentifierCharacter(first), first != "-", first != ".", first != "_" else {
            return false
        }
        return text.unicodeScalars.allSatisfy(isIdentifierCharacter)
    }

    private static func isIdentifierCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": true
        default: false
        }
    }

    mutating func date(_ node: Node, key: String) -> Located<LocalDate>? {
        parse(node, key: key, rule: InvalidDateRule.self, with: ScalarSyntax.date)
    }

    mutating func time(_ node: Node, key: String) -> Located<LocalTime>? {
        parse(node, key: key, rule: InvalidTimeRule.self, with: ScalarSyntax.time)
    }

    mutating func dateTime(_ node: Node, key: String) -> Located<DateTimeValue>? {
        parse(node, key: key, rule: InvalidDateRule.self, with: ScalarSyntax.dateTime)
    }

    mutating func duration(_ node: Node, key: String) -> Located<PlanDuration>? {
        parse(node, key: key, rule: InvalidDurationRule.self, with: ScalarSyntax.duration)
    }

    mutating func positiveInteger(_ node: Node, key: String) -> Located<Int>? {
        parse(node, key: key, rule: InvalidValueRule.self, with: ScalarSyntax.positiveInteger)
    }

    /// A file size, in bytes (`12MB`).
    mutating func byteSize(_ node: Node, key: String) -> Located<Int>? {
        parse(node, key: key, rule: InvalidValueRule.self, with: ScalarSyntax.byteSize)
    }

    /// A video's length, in milliseconds (`45s`, `2m30s`, `0.5s`).
    mutating func videoDuration(_ node: Node, key: String) -> Located<Int>? {
        parse(node, key: key, rule: InvalidValueRule.self, with: ScalarSyntax.videoDuration)
    }

    /// A width to height (`9:16`, `1.91:1`).
    mutating func aspectRatio(_ node: Node, key: String) -> Located<AspectRatio>? {
        parse(node, key: key, rule: InvalidValueRule.self, with: ScalarSyntax.aspectRatio)
    }

    /// A count of things, 0 included.
    mutating func count(_ node: Node, key: String) -> Located<Int>? {
        parse(node, key: key, rule: InvalidValueRule.self, with: ScalarSyntax.count)
    }

    private mutating func parse<T>(
        _ node: Node, key: String, rule: any ValueSyntaxRule.Type, with parser: (String) -> Result<T, ScalarSyntax.Failure>
    ) -> Located<T>? {
        guard let raw = text(node, key: key) else { return nil }
        switch parser(raw.value.trimmingSpaces()) {
        case .success(let value):
            return Located(value, at: raw.range)
        case .failure(.invalid(let message)):
            report(rule.malformed(key: key, problem: message), at: node.span)
            return nil
        case .failure(.invalidTime(let message)):
            report(InvalidTimeRule.malformed(key: key, problem: message), at: node.span)
            return nil
        }
    }

    /// An IANA time zone name known to this system's time zone data.
    mutating func timezone(_ node: Node, key: String) -> Located<TimeZoneID>? {
        guard let name = text(node, key: key) else { return nil }
        if TimeZoneCatalog.isKnown(name.value) {
            return Located(TimeZoneID(name.value), at: name.range)
        }
        var advice = Suggestion.advice(for: name.value, among: TimeZoneCatalog.sortedIdentifiers, listUpTo: 0)
        if advice.hint.isEmpty {
            advice.hint = "; use an IANA name such as Europe/Berlin, America/New_York or UTC"
        }
        append(
            Diagnostic(UnknownTimezoneRule.notIANA(name.value).appending(advice.hint), at: range(node.span))
                .fixing(name.value, at: range(node.span), with: advice))
        return nil
    }

    /// `true` or `false` (YAML 1.2 spellings), or, for anything else, a label. The YAML 1.1
    /// words yes/no/on/off are neither and are refused, since readers disagree on them.
    mutating func flagOrLabel(_ node: Node, key: String) -> Located<FlagOrLabel>? {
        guard let raw = text(node, key: key) else { return nil }
        guard node.scalar?.style == .plain else { return raw.map { .label($0) } }
        switch raw.value {
        case "true", "True", "TRUE": return raw.map { _ in .flag(true) }
        case "false", "False", "FALSE": return raw.map { _ in .flag(false) }
        case "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N":
            report(InvalidValueRule.ambiguousFlag(key, raw.value), at: node.span)
            return nil
        default:
            return raw.map { .label($0) }
        }
    }
}

enum FlagOrLabel: Sendable {
    case flag(Bool)
    case label(String)
}

/// The IANA names this system's time zone data knows.
enum TimeZoneCatalog {
    /// The canonical names, read once, for suggestions.
    static let identifiers: Set<String> = Set(TimeZone.knownTimeZoneIdentifiers).union(["UTC"])
    static let sortedIdentifiers: [String] = identifiers.sorted()

    /// Whether a name is an IANA zone: a canonical one, or an alias or `Etc/` zone the time
    /// zone data resolves (`Asia/Kolkata`, `Etc/UTC`, `US/Pacific`). Abbreviations such as
    /// `CET` or `EST` are not accepted unless IANA lists them as zones.
    static func isKnown(_ name: String) -> Bool {
        if identifiers.contains(name) { return true }
        guard name.contains("/") || name == "GMT", TimeZone(identifier: name) != nil else { return false }
        return name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || "/_+-0123456789".unicodeScalars.contains($0) }
    }
}
