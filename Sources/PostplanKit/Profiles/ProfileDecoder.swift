import YAMLTree

/// Reads platform profiles: the built-in profile files, and the `platforms:` overrides of a
/// plan repo, with one decoder so that both are validated the same way, with positions.
enum ProfileDecoder {
    static let formatVersion = 1
    static let factKeys: Set<String> = ["value", "source", "checked", "confidence", "from", "until"]

    /// A built-in profile file (`postplan-profile: 1`). Its facts must be written out in full,
    /// with their source, date checked and confidence.
    static func decodeProfileFile(_ parsed: YAMLParseResult, path: String) -> (PlatformProfile?, [Diagnostic]) {
        var context = DecodingContext(path: path)
        parsed.problems.forEach { context.append($0.diagnostic(in: path)) }
        guard !parsed.hasFatalProblem, let root = parsed.documents.first else { return (nil, context.diagnostics) }
        let known = Set(["postplan-profile", "platform", "name"] + FactKey.sections + topLevelFactNames)
        guard let fields = Fields(root, owner: "the profile", known: known, context: &context) else { return (nil, context.diagnostics) }
        guard fields["postplan-profile"]?.scalar?.text == String(formatVersion) else {
            context.report(
                UnsupportedVersionRule.fileVersion(kind: "profile", versionKey: "postplan-profile", version: formatVersion),
                at: Span(at: root.span.start))
            return (nil, context.diagnostics)
        }
        let id = fields.required("platform", example: "platform: linkedin", context: &context).flatMap { context.identifier($0, key: "platform") }
        let name = fields.required("name", example: "name: LinkedIn", context: &context).flatMap { context.text($0, key: "name") }
        let facts = decodeFacts(fields, shorthandSource: nil, context: &context)
        guard let id, let name else { return (nil, context.diagnostics) }
        return (PlatformProfile(id: id.value, name: name.value, facts: facts, range: context.range(of: root)), context.diagnostics)
    }

    /// The `platforms:` mapping of a plan file. Facts may be written as a bare value there;
    /// such a value is sourced to the plan file and graded `confirmed`.
    static func decodeOverrides(_ node: Node, context: inout DecodingContext) -> [ProfileOverride] {
        guard let pairs = node.mapping else {
            context.report(
                WrongTypeRule.notAMapping(
                    "platforms", of: "platform names to overrides", like: "{ mastodon: { text: { max-length: 1000 } } }", found: node),
                at: node.span)
            return []
        }
        let known = Set(["extends", "name"] + FactKey.sections + topLevelFactNames)
        return pairs.compactMap { pair in
            guard let id = context.identifier(pair.key, key: "platforms") else { return nil }
            guard let fields = Fields(pair.value, owner: "the '\(id.value)' platform override", known: known, context: &context) else {
                return nil
            }
            return ProfileOverride(
                id: id,
                extends: fields["extends"].flatMap { context.identifier($0, key: "extends") },
                name: fields["name"].flatMap { context.text($0, key: "name") },
                facts: decodeFacts(fields, shorthandSource: "set in \(context.path)", context: &context),
                range: context.range(of: pair.value))
        }
    }

    private static let topLevelFactNames = FactKey.all.filter { $0.section.isEmpty }.map(\.path)

    private static func decodeFacts(_ fields: Fields, shorthandSource: String?, context: inout DecodingContext) -> [String: [Fact]] {
        var facts: [String: [Fact]] = [:]
        for key in FactKey.all where key.section.isEmpty {
            if let node = fields[key.path] {
                facts[key.path] = decodeHistory(node, key: key, shorthandSource: shorthandSource, context: &context)
            }
        }
        for section in FactKey.sections {
            guard let sectionNode = fields[section] else { continue }
            let keys = FactKey.all.filter { $0.section == section }
            guard
                let sectionFields = Fields(
                    sectionNode, owner: "the '\(section)' section", known: Set(keys.map(\.name)), context: &context
                )
            else { continue }
            for key in keys {
                if let node = sectionFields[key.name] {
                    facts[key.path] = decodeHistory(node, key: key, shorthandSource: shorthandSource, context: &context)
                }
            }
        }
        return facts.filter { !$0.value.isEmpty }
    }

    /// One fact, a list of dated facts, or (in overrides) a bare value.
    private static func decodeHistory(_ node: Node, key: FactKey, shorthandSource: String?, context: inout DecodingContext) -> [Fact] {
        if key.type == .windowLimits {
            return decodeWindowLimits(node, key: key, shorthandSource: shorthandSource, context: &context)
        }
        if node.mapping != nil {
            return decodeFact(node, key: key, shorthandSource: shorthandSource, context: &context).map { [$0] } ?? []
        }
        if let entries = node.sequence, let first = entries.first, first.mapping != nil {
            let history = entries.compactMap { decodeFact($0, key: key, shorthandSource: shorthandSource, context: &context) }
            checkDatesDoNotOverlap(history, key: key, context: &context)
            return history
        }
        guard let shorthandSource else {
            context.report(MissingFieldRule.incompleteBuiltInFact(key.path), at: node.span)
            return []
        }
        guard let value = decodeValue(node, key: key, context: &context) else { return [] }
        return [Fact(value: value, source: shorthandSource, checked: nil, confidence: .confirmed, range: context.range(of: node))]
    }

    /// `schedule.windows`: one window or a list of them, all applying at once, each a fact
    /// (`{ value: { window: 15m, max-per-window: 200 }, source: ... }`) or, in overrides, the
    /// bare `{ window: 15m, max-per-window: 200 }`.
    private static func decodeWindowLimits(_ node: Node, key: FactKey, shorthandSource: String?, context: inout DecodingContext) -> [Fact] {
        (node.sequence ?? [node]).compactMap { entry in
            if entry.mapping?.contains(where: { $0.key.scalar?.text == "value" }) == true {
                return decodeFact(entry, key: key, shorthandSource: shorthandSource, context: &context)
            }
            guard let shorthandSource else {
                context.report(MissingFieldRule.incompleteBuiltInFact(key.path), at: entry.span)
                return nil
            }
            guard let value = decodeValue(entry, key: key, context: &context) else { return nil }
            return Fact(value: value, source: shorthandSource, checked: nil, confidence: .confirmed, range: context.range(of: entry))
        }
    }

    /// `{ window: 15m, max-per-window: 200 }`: a window of a whole duration and a count.
    private static func decodeWindowLimit(_ node: Node, name: String, context: inout DecodingContext) -> WindowLimit? {
        guard let fields = Fields(node, owner: "'\(name)'", known: ["window", "max-per-window"], context: &context) else { return nil }
        let window = fields.required("window", example: "window: 15m", context: &context).flatMap { context.duration($0, key: "window") }
        let maximum = fields.required("max-per-window", example: "max-per-window: 200", context: &context).flatMap {
            decodeValue($0, type: .integer, name: "\(name) max-per-window", context: &context)
        }
        guard let window, case .integer(let maxPerWindow)? = maximum else { return nil }
        return WindowLimit(window: window.value, maxPerWindow: maxPerWindow)
    }

    private static func decodeFact(_ node: Node, key: FactKey, shorthandSource: String?, context: inout DecodingContext) -> Fact? {
        guard let fields = Fields(node, owner: "fact '\(key.path)'", known: factKeys, context: &context) else { return nil }
        let value = fields.required("value", example: "value: ...", context: &context).flatMap { decodeValue($0, key: key, context: &context) }
        var source = fields["source"].flatMap { context.text($0, key: "source") }?.value
        var checked = fields["checked"].flatMap { context.date($0, key: "checked") }?.value
        var confidence = fields["confidence"].flatMap { context.keyword($0, key: "confidence", as: Confidence.self) }?.value
        if shorthandSource == nil {
            // Built-in facts say where they come from; that is what makes them checkable.
            source =
                source
                ?? fields.required("source", example: "source: the platform's API documentation", context: &context)
                .flatMap { context.text($0, key: "source") }?.value
            checked =
                checked
                ?? fields.required("checked", example: "checked: 2026-11-20", context: &context)
                .flatMap { context.date($0, key: "checked") }?.value
            confidence =
                confidence
                ?? fields.required("confidence", example: "confidence: documented", context: &context)
                .flatMap { context.keyword($0, key: "confidence", as: Confidence.self) }?.value
        }
        let from = fields["from"].flatMap { context.date($0, key: "from") }
        let until = fields["until"].flatMap { context.date($0, key: "until") }
        if let from, let until, until.value < from.value {
            context.report(InvalidDateRule.factEndsBeforeStart(until: until.value, from: from.value), at: until.range.span)
        }
        guard let value else { return nil }
        return Fact(
            value: value, source: source ?? shorthandSource ?? "", checked: checked, confidence: confidence ?? .confirmed,
            from: from?.value, until: until?.value, range: context.range(of: node))
    }

    private static func checkDatesDoNotOverlap(_ history: [Fact], key: FactKey, context: inout DecodingContext) {
        for (index, fact) in history.enumerated() {
            for earlier in history[..<index] {
                let startsBeforeOtherEnds = (fact.from ?? LocalDate(year: 1, month: 1, day: 1)!) <= (earlier.until ?? .distantFuture)
                let otherStartsBeforeEnds = (earlier.from ?? LocalDate(year: 1, month: 1, day: 1)!) <= (fact.until ?? .distantFuture)
                if startsBeforeOtherEnds, otherStartsBeforeEnds {
                    context.report(InvalidDateRule.overlappingFacts(key.path), at: fact.range.span)
                }
            }
        }
    }

    private static func decodeValue(_ node: Node, key: FactKey, context: inout DecodingContext) -> FactValue? {
        decodeValue(node, type: key.type, name: key.path, context: &context)
    }

    /// A value of a given type, for a fact or a rule option named `name` in messages.
    static func decodeValue(_ node: Node, type: FactKey.ValueType, name: String, context: inout DecodingContext) -> FactValue? {
        switch type {
        case .integer:
            guard let text = context.text(node, key: name) else { return nil }
            guard let value = Int(text.value), value >= 0 else {
                context.report(WrongTypeRule.notWholeNumber(name, found: text.value), at: node.span)
                return nil
            }
            return .integer(value)
        case .flag:
            guard let flag = context.flagOrLabel(node, key: name) else { return nil }
            guard case .flag(let value) = flag.value else {
                context.report(WrongTypeRule.notFlag(name), at: node.span)
                return nil
            }
            return .flag(value)
        case .duration:
            return context.duration(node, key: name).map { .duration($0.value) }
        case .durations:
            guard let entries = node.sequence else {
                context.report(WrongTypeRule.notDurations(name), at: node.span)
                return nil
            }
            return .durations(entries.compactMap { context.duration($0, key: name)?.value })
        case .word(let allowed):
            guard let word = context.text(node, key: name) else { return nil }
            guard allowed?.contains(word.value) ?? true else {
                context.report(
                    InvalidValueRule.notValid(word.value, key: name).appending(Suggestion.hint(for: word.value, among: allowed ?? [])), at: node.span)
                return nil
            }
            return .word(word.value)
        case .words(let allowed):
            guard let words = context.textList(node, key: name, example: "[a, b]") else { return nil }
            var values: [String] = []
            for word in words {
                if let allowed, !allowed.contains(word.value) {
                    context.report(
                        InvalidValueRule.notValidEntry(word.value, of: name, hint: Suggestion.hint(for: word.value, among: allowed)),
                        at: word.range.span)
                } else {
                    values.append(word.value)
                }
            }
            return .words(values)
        case .weighting:
            return decodeWeighting(node, context: &context).map(FactValue.weighting)
        case .windowLimits:
            return decodeWindowLimit(node, name: name, context: &context).map(FactValue.windowLimit)
        }
    }

    /// twitter-text's weighting config, in the profile's kebab-case:
    /// `{ scale: 100, default-weight: 200, url-length: 23, emoji-parsing: true, ranges: [[0, 4351, 100], ...] }`.
    /// The limit is not repeated here: rules compare the weighted length with `text.max-length`.
    private static func decodeWeighting(_ node: Node, context: inout DecodingContext) -> WeightedLengthConfig? {
        let keys: Set<String> = ["scale", "default-weight", "url-length", "emoji-parsing", "ranges"]
        guard let fields = Fields(node, owner: "'text.weighting'", known: keys, context: &context) else { return nil }
        func integer(_ key: String) -> Int? {
            guard let node = fields.required(key, example: "\(key): 100", context: &context) else { return nil }
            guard case .integer(let value)? = decodeValue(node, type: .integer, name: "text.weighting \(key)", context: &context) else { return nil }
            return value
        }
        let scale = integer("scale"), defaultWeight = integer("default-weight")
        let urlLength = integer("url-length")
        let emojiParsing = fields["emoji-parsing"]?.scalar?.text == "true"
        var ranges: [WeightedLengthConfig.Range] = []
        for entry in fields["ranges"]?.sequence ?? [] {
            let numbers = (entry.sequence ?? []).compactMap { $0.scalar.flatMap { Int($0.text) } }
            guard numbers.count == 3 else {
                context.report(WrongTypeRule.notWeightingRange(), at: entry.span)
                continue
            }
            ranges.append(WeightedLengthConfig.Range(start: numbers[0], end: numbers[1], weight: numbers[2]))
        }
        guard let scale, let defaultWeight, let urlLength else { return nil }
        return WeightedLengthConfig(
            maxWeightedTweetLength: 0, scale: scale, defaultWeight: defaultWeight,
            emojiParsingEnabled: emojiParsing, transformedURLLength: urlLength, ranges: ranges)
    }
}
