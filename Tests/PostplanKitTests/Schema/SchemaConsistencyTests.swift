import Foundation
import Testing

@testable import PostplanKit

/// `schema/postplan.schema.json` is written by hand for editors; the decoder is the authority.
/// These tests hold the two together: a key, a required key or an enum case added to one and
/// not the other fails here.
@Suite("Schema: the JSON Schema agrees with the decoder")
struct SchemaConsistencyTests {
    typealias Object = PlanJSONSchema.Object

    // MARK: Keys

    @Test("the top-level keys are the decoder's file keys")
    func topLevelKeys() throws {
        let schema = try PlanJSONSchema.load()
        #expect(PlanJSONSchema.keys(of: schema.root) == PlanSchema.fileKeys)
    }

    @Test("a channel's keys are the decoder's channel keys")
    func channelKeys() throws {
        let schema = try PlanJSONSchema.load()
        #expect(PlanJSONSchema.keys(of: try schema.definition("channel")) == PlanSchema.channelKeys)
    }

    @Test("an attachment's keys are the decoder's media keys")
    func mediaKeys() throws {
        let schema = try PlanJSONSchema.load()
        #expect(PlanJSONSchema.keys(of: try schema.definition("media")) == PlanSchema.mediaKeys)
    }

    @Test("a variant's keys are the decoder's variant keys, a thread's variant's included")
    func variantKeys() throws {
        let schema = try PlanJSONSchema.load()
        #expect(PlanJSONSchema.keys(of: try schema.definition("variant")) == PlanSchema.variantKeys.union(PlanSchema.threadVariantKeys))
    }

    @Test("a thread part written as a mapping takes the decoder's thread part keys")
    func threadPartKeys() throws {
        let schema = try PlanJSONSchema.load()
        let alternatives = try schema.definition("threadPart")["oneOf"] as? [Object] ?? []
        let mapping = try #require(alternatives.first { $0["type"] as? String == "object" })
        #expect(PlanJSONSchema.keys(of: mapping) == PlanSchema.threadPartKeys)
    }

    @Test("a call to action's keys, on ads and on product pages, are the decoder's cta keys")
    func ctaKeys() throws {
        let schema = try PlanJSONSchema.load()
        #expect(PlanJSONSchema.keys(of: try schema.definition("cta")) == PlanSchema.ctaKeys)
        #expect(PlanJSONSchema.keys(of: try schema.definition("productPageCTA")) == PlanSchema.ctaKeys)
    }

    @Test("a repeat's keys are the decoder's repeat keys")
    func repeatKeys() throws {
        let schema = try PlanJSONSchema.load()
        #expect(PlanJSONSchema.keys(of: try schema.definition("repeat")) == PlanSchema.repeatKeys)
    }

    @Test("a result's keys are the decoder's result keys")
    func resultKeys() throws {
        let schema = try PlanJSONSchema.load()
        #expect(PlanJSONSchema.keys(of: try schema.definition("result")) == ResultDecoder.resultKeys)
    }

    @Test("a measurement's keys are its date and the metrics")
    func measurementKeys() throws {
        let schema = try PlanJSONSchema.load()
        #expect(PlanJSONSchema.keys(of: try schema.definition("measurement")) == ResultDecoder.measurementKeys)
    }

    @Test("the keys every item takes are the decoder's common item keys")
    func commonItemKeys() throws {
        let schema = try PlanJSONSchema.load()
        #expect(PlanJSONSchema.keys(of: try schema.definition("item")) == ItemSchema.commonKeys)
    }

    @Test("each kind of item takes the keys the decoder knows for that kind", arguments: ItemKind.allCases)
    func itemKeysPerKind(_ kind: ItemKind) throws {
        let schema = try PlanJSONSchema.load()
        #expect(PlanJSONSchema.keys(of: try schema.itemBranch(for: kind.rawValue)) == ItemSchema.keys(for: kind))
    }

    @Test("an item of a missing or unknown kind takes every item key, as the decoder does")
    func itemKeysForUnknownKind() throws {
        let (kinds, then) = try PlanJSONSchema.load().itemBranchForUnknownKind()
        #expect(kinds == ItemKind.allCases.map(\.rawValue))
        #expect(PlanJSONSchema.keys(of: then) == ItemSchema.keys(for: nil))
    }

    @Test("each override section takes the fact keys of that section", arguments: FactKey.sections)
    func overrideSectionKeys(_ section: String) throws {
        let override = try PlanJSONSchema.load().definition("platformOverride")
        let sectionSchema = try PlanJSONSchema.property(section, of: override)
        let names = FactKey.all.filter { $0.section == section }.map(\.name)
        #expect(PlanJSONSchema.keys(of: sectionSchema) == Set(names))
    }

    @Test("a platform override takes extends, name, the fact sections and the top-level facts")
    func overrideKeys() throws {
        let override = try PlanJSONSchema.load().definition("platformOverride")
        let topLevelFacts = FactKey.all.filter { $0.section.isEmpty }.map(\.path)
        #expect(PlanJSONSchema.keys(of: override) == Set(["extends", "name"] + FactKey.sections + topLevelFacts))
    }

    @Test("a fact written out in full takes the decoder's fact keys")
    func factKeys() throws {
        let envelope = try PlanJSONSchema.load().definition("factEnvelope")
        #expect(PlanJSONSchema.keys(of: envelope) == ProfileDecoder.factKeys)
    }

    // MARK: Required keys

    /// What `ItemDecoder` reads with `fields.required(...)`, per kind.
    static let decoderRequires: [ItemKind: Set<String>] = [
        .post: ["id", "kind", "channels"],
        .poll: ["id", "kind", "channels", "question", "options", "duration"],
        .story: ["id", "kind", "channels"],
        .productPage: ["id", "kind", "channels", "name", "category", "launch"],
        // `at` too, unless the ad is an idea or a draft: an alternative, checked with the schedule keys.
        .ad: ["id", "kind", "channels", "text"],
        .thread: ["id", "kind", "channels", "parts"],
        .live: ["id", "kind", "channels", "title", "duration"],
    ]

    /// Keys the decoder lets through but whose absence a product rule always reports as an error:
    /// a product page without `cta` (`cta-required`), an ad without `placement` (`ad-in-timeline`).
    static let productRulesRequire: [ItemKind: Set<String>] = [.productPage: ["cta"], .ad: ["placement"]]

    @Test(
        "each kind requires the keys the decoder requires, and those a product rule always asks for",
        arguments: ItemKind.allCases)
    func requiredItemKeys(_ kind: ItemKind) throws {
        let schema = try PlanJSONSchema.load()
        let required = PlanJSONSchema.required(of: try schema.definition("item"))
            .union(PlanJSONSchema.required(of: try schema.itemBranch(for: kind.rawValue)))
        let expected = Self.decoderRequires[kind, default: []].union(Self.productRulesRequire[kind, default: []])
        #expect(required == expected)
    }

    @Test(
        "the other mappings require what their decoders require",
        arguments: [
            ("channel", ["platform"]), ("media", ["type", "file"]), ("repeat", ["every", "at", "from"]),
            ("factEnvelope", ["value"]), ("productPageCTA", ["type", "url"]), ("cta", []),
            ("variant", []), ("platformOverride", []),
        ] as [(String, Set<String>)])
    func requiredKeysOfOtherMappings(_ definition: String, _ expected: Set<String>) throws {
        let schema = try PlanJSONSchema.load()
        #expect(PlanJSONSchema.required(of: try schema.definition(definition)) == expected)
    }

    @Test("a plan file requires 'postplan', and its value is 1")
    func formatVersion() throws {
        let root = try PlanJSONSchema.load().root
        #expect(PlanJSONSchema.required(of: root) == ["postplan"])
        #expect(try PlanJSONSchema.property("postplan", of: root)["const"] as? Int == PlanFileDecoder.formatVersion)
    }

    @Test(
        "posts, polls and stories need 'at' or 'repeat'; ads 'at'; product pages neither; ideas and drafts may wait without",
        arguments: ItemKind.allCases)
    func scheduleKeys(_ kind: ItemKind) throws {
        let branch = try PlanJSONSchema.load().itemBranch(for: kind.rawValue)
        let forbidden = Set(PlanJSONSchema.properties(of: branch).filter { $0.value as? Bool == false }.keys)
        let alternatives = PlanJSONSchema.alternatives(in: branch)
        // An idea or a draft (a `status` of `idea` or `draft`) may have neither.
        let atOrRepeat: [Set<String>] = [["at"], ["repeat"], ["status"]]
        switch kind.definition.scheduling {
        case .atOrRepeat:
            #expect(alternatives.contains(atOrRepeat))
            #expect(forbidden.isEmpty)
            let dependencies = branch["dependencies"] as? Object
            let atForbidsRepeat = PlanJSONSchema.properties(of: dependencies?["at"] as? Object ?? [:])["repeat"] as? Bool
            #expect(atForbidsRepeat == false, "'at' and 'repeat' together must be refused")
            let queueNeedsAt = PlanJSONSchema.required(of: dependencies?["queue"] as? Object ?? [:])
            #expect(queueNeedsAt == ["at"], "'queue' places an item written 'at: next-slot'")
        case .atOnly:
            #expect(alternatives.contains([["at"], ["status"]]))
            #expect(forbidden == ["repeat", "queue"])
        case .ownDate(let key):
            #expect(!alternatives.contains(atOrRepeat))
            #expect(forbidden == ["at", "repeat", "queue"])
            #expect(PlanJSONSchema.required(of: branch).contains(key))
        }
    }

    @Test("posts need text or media, and so do stories", arguments: [ItemKind.post, .story])
    func contentKeys(_ kind: ItemKind) throws {
        let branch = try PlanJSONSchema.load().itemBranch(for: kind.rawValue)
        let alternatives = PlanJSONSchema.alternatives(in: branch).map { Set($0) }
        #expect(alternatives.contains([["text"], ["media"]] as Set<Set<String>>))
    }

    // MARK: Closed sets

    struct ClosedSet: Sendable, CustomTestStringConvertible {
        let definition: String
        /// Whether the enum belongs to the entries of a list (`media.types`), not to the value itself.
        let ofListEntries: Bool
        let cases: [String]
        var testDescription: String { definition }

        static let all: [ClosedSet] = [
            ClosedSet(definition: "itemKind", ofListEntries: false, cases: ItemKind.allCases.map(\.rawValue)),
            ClosedSet(definition: "pillar", ofListEntries: false, cases: Pillar.allCases.map(\.rawValue)),
            ClosedSet(definition: "intent", ofListEntries: false, cases: Intent.allCases.map(\.rawValue)),
            ClosedSet(definition: "status", ofListEntries: false, cases: ItemStatus.allCases.map(\.rawValue)),
            ClosedSet(definition: "mediaKind", ofListEntries: false, cases: Media.Kind.allCases.map(\.rawValue)),
            ClosedSet(definition: "accountType", ofListEntries: false, cases: AccountType.allCases.map(\.rawValue)),
            ClosedSet(definition: "weekday", ofListEntries: false, cases: Weekday.allCases.map(\.rawValue)),
            ClosedSet(definition: "frequency", ofListEntries: false, cases: Recurrence.Frequency.allCases.map(\.rawValue)),
            ClosedSet(definition: "confidence", ofListEntries: false, cases: Confidence.allCases.map(\.rawValue)),
            ClosedSet(definition: "textCountingValue", ofListEntries: false, cases: TextCounting.allCases.map(\.rawValue)),
            ClosedSet(definition: "accountTypesValue", ofListEntries: true, cases: AccountType.allCases.map(\.rawValue)),
            ClosedSet(definition: "mediaKindsValue", ofListEntries: true, cases: Media.Kind.allCases.map(\.rawValue)),
            ClosedSet(definition: "metricsValue", ofListEntries: true, cases: Metric.platformMetrics.map(\.rawValue)),
        ]
    }

    @Test("each closed set of words in the schema is the model's enum, in its order", arguments: ClosedSet.all)
    func closedSets(_ set: ClosedSet) throws {
        let schema = try PlanJSONSchema.load()
        var definition = try schema.definition(set.definition)
        if set.ofListEntries {
            definition = try schema.resolved(definition["items"] as? Object ?? [:])
        }
        #expect(PlanJSONSchema.enumStrings(of: definition) == set.cases)
    }

    // MARK: Platform overrides

    @Test("each override fact takes the type of value its fact key declares", arguments: FactKey.all.map(\.path))
    func factValueTypes(_ path: String) throws {
        let schema = try PlanJSONSchema.load()
        let key = try #require(FactKey.byPath[path])
        var owner = try schema.definition("platformOverride")
        if !key.section.isEmpty {
            owner = try PlanJSONSchema.property(key.section, of: owner)
        }
        let property = try PlanJSONSchema.property(key.name, of: owner)
        let definitionName = try #require(PlanJSONSchema.referencedName(property))
        /// The first alternative of a fact is its bare value (weightings have none).
        func bareValue() throws -> Object {
            let alternatives = try schema.definition(definitionName)["anyOf"] as? [Object] ?? []
            return try schema.resolved(try #require(alternatives.first))
        }
        switch key.type {
        case .integer: #expect(definitionName == "integerFact")
        case .flag: #expect(definitionName == "flagFact")
        case .duration: #expect(definitionName == "durationFact")
        case .durations: #expect(definitionName == "durationsFact")
        case .weighting: #expect(definitionName == "weightingFact")
        case .windowLimits: #expect(definitionName == "windowLimitsFact")
        case .word(let allowed):
            #expect(PlanJSONSchema.enumStrings(of: try bareValue()) == allowed ?? [])
        case .words(let allowed):
            let bare = try bareValue()
            #expect(bare["type"] as? String == "array")
            let entry = try schema.resolved(bare["items"] as? Object ?? [:])
            #expect(PlanJSONSchema.enumStrings(of: entry) == allowed ?? [])
        }
    }

    @Test("a channel's platform suggests the built-in profiles")
    func platformSuggestions() throws {
        let platform = try PlanJSONSchema.load().definition("platformID")
        let examples = platform["examples"] as? [String] ?? []
        #expect(Set(examples) == Set(ProfileRegistry.builtIn.sorted.map(\.id)))
    }

    // MARK: Mappings

    /// The schemas of the mappings the decoder reads through `Fields`, by a name for messages.
    /// An item is read as fields too; its keys are closed per kind, in the kind branches.
    static func mappingsReadAsFields(_ schema: PlanJSONSchema) throws -> [String: Object] {
        var mappings: [String: Object] = ["the plan file": schema.root]
        for name in [
            "channel", "media", "variant", "cta", "productPageCTA", "repeat", "platformOverride", "factEnvelope", "weightingValue", "result",
            "measurement",
        ] {
            mappings[name] = try schema.definition(name)
        }
        for kind in ItemKind.allCases {
            mappings["the \(kind.rawValue) branch"] = try schema.itemBranch(for: kind.rawValue)
        }
        mappings["the unknown-kind branch"] = try schema.itemBranchForUnknownKind().then
        let override = try schema.definition("platformOverride")
        for section in FactKey.sections {
            mappings["the \(section) section"] = try PlanJSONSchema.property(section, of: override)
        }
        return mappings
    }

    @Test("every mapping the decoder reads as fields allows the merge key '<<'")
    func mergeKeys() throws {
        let schema = try PlanJSONSchema.load()
        var mappings = try Self.mappingsReadAsFields(schema)
        mappings["item"] = try schema.definition("item")
        let withoutMergeKey = mappings.filter { PlanJSONSchema.properties(of: $0.value)[PlanJSONSchema.mergeKey] == nil }
        #expect(withoutMergeKey.keys.sorted() == [])
    }

    @Test("every mapping the decoder reads as fields refuses unknown keys")
    func closedMappings() throws {
        let mappings = try Self.mappingsReadAsFields(try PlanJSONSchema.load())
        let open = mappings.filter { $0.value["additionalProperties"] as? Bool != false }
        #expect(open.keys.sorted() == [])
    }

    @Test("every property has a title and a description, which editors show on hover")
    func hoverText() throws {
        var missing: [String] = []
        func visit(_ value: Any, path: String) {
            if let list = value as? [Any] {
                for (index, entry) in list.enumerated() { visit(entry, path: "\(path)[\(index)]") }
                return
            }
            guard let object = value as? Object else { return }
            // Mappings that declare keys: typed objects and closed ones. Overlays inside
            // `anyOf` or `dependencies` only add constraints to keys declared elsewhere.
            let types = (object["type"] as? [String]) ?? [(object["type"] as? String) ?? ""]
            let declaresKeys = types.contains("object") || object["additionalProperties"] as? Bool == false
            if declaresKeys, let properties = object["properties"] as? Object {
                for (name, property) in properties {
                    guard let property = property as? Object else { continue }
                    let title = property["title"] as? String ?? "", description = property["description"] as? String ?? ""
                    if title.isEmpty || description.isEmpty { missing.append("\(path).\(name)") }
                }
            }
            for (key, child) in object { visit(child, path: "\(path)/\(key)") }
        }
        visit(try PlanJSONSchema.load().root, path: "#")
        #expect(missing.sorted() == [])
    }

    // MARK: Value forms

    @Test("the time zone pattern accepts every time zone name the decoder knows")
    func timeZonePattern() throws {
        let pattern = try #require(try PlanJSONSchema.load().definition("optionalTimezone")["pattern"] as? String)
        let refused = try TimeZoneCatalog.sortedIdentifiers.filter { try !PlanJSONSchema.matches(pattern, $0) }
        #expect(refused == [])
    }

    /// Texts the decoder reads as values of one form, and texts it refuses, to hold against the
    /// schema's pattern for that form. The decoder's few leniencies the schema does not copy
    /// (`1 w`, `01w`, year 0000, 29 February of a common year) are left out on purpose.
    struct ValueForm: Sendable, CustomTestStringConvertible {
        let definition: String
        let samples: [String]
        let decoderAccepts: @Sendable (String) -> Bool
        var testDescription: String { definition }

        static func accepts<T>(_ parse: @escaping @Sendable (String) -> Result<T, ScalarSyntax.Failure>) -> @Sendable (String) -> Bool {
            { text in if case .success = parse(text) { true } else { false } }
        }

        static let all: [ValueForm] = [
            ValueForm(
                definition: "date",
                samples: [
                    "2026-11-24", "2026-12-31", "2028-02-29", "2026-11-31", "2026-04-31", "2026-13-01", "2026-00-10",
                    "2026-1-05", "26-11-24", "2026/11/24", "2026-11-24 09:00", "tomorrow",
                ],
                decoderAccepts: accepts(ScalarSyntax.date)),
            ValueForm(
                definition: "dateTime",
                samples: [
                    "2026-11-24 09:00", "2026-11-24T09:00", "2026-11-24t9:00", "2026-11-24 09:00:00", "2026-11-24 09:00:30",
                    "2026-11-24 24:00", "2026-11-24 09:60", "2026-12-03T11:00-05:00", "2026-12-03T11:00Z",
                    "2026-12-03T11:00+0100", "2026-12-03T11:00+01", "2026-12-03T11:00 +01:00", "2026-12-03T11:00+14:00",
                    "2026-12-03T11:00+15:00", "2026-12-03T11:00-12:00", "2026-12-03T11:00-13", "2026-12-03T11:00+1",
                    "2026-11-24", "09:00", "tomorrow 09:00", "2026-11-31 09:00",
                ],
                decoderAccepts: accepts(ScalarSyntax.dateTime)),
            ValueForm(
                definition: "optionalDateOrDateTime",
                samples: ["2026-12-14", "2026-12-14 18:00", "2026-12-14T18:00Z", "2026-12-32", "2026-12-14 18", "18:00"],
                decoderAccepts: { text in
                    if case .success = ScalarSyntax.date(text) { return true }
                    if case .success = ScalarSyntax.dateTime(text) { return true }
                    return false
                }),
            ValueForm(
                definition: "time",
                samples: ["08:30", "8:30", "00:00", "23:59", "24:00", "12:60", "0830", "08:30:00", "08:30:15", "830", "08:3"],
                decoderAccepts: accepts(ScalarSyntax.time)),
            ValueForm(
                definition: "duration",
                samples: ["30m", "12h", "3d", "1w", "2w", "999999m", "1000000m", "0d", "1 week", "1y", "w", "-1d", "1.5h"],
                decoderAccepts: accepts(ScalarSyntax.duration)),
            ValueForm(
                definition: "identifier",
                samples: ["launch-teaser", "a", "A1.b_c", "2026", "-lead", ".hidden", "_x", "launch teaser", "ümlaut", "a/b", ""],
                decoderAccepts: { DecodingContext.isValidIdentifier($0) }),
        ]
    }

    @Test("each value pattern accepts the texts the decoder accepts, and refuses the others", arguments: ValueForm.all)
    func valuePatterns(_ form: ValueForm) throws {
        let pattern = try #require(try PlanJSONSchema.load().definition(form.definition)["pattern"] as? String)
        for sample in form.samples {
            #expect(try PlanJSONSchema.matches(pattern, sample) == form.decoderAccepts(sample), "\(form.definition): '\(sample)'")
        }
    }
}
