import YAMLTree

@testable import PostplanKit

/// What the compiler cannot check about a kind's definition: that its names and its line of
/// help are written, that its keys are its own, that its engagement time is above zero and
/// reads back as written, that what its new items wait for is a duration, that its scaffold
/// template is among the built-in files and makes an item of the kind (dated by
/// `ItemDetails.ownDate` when the kind has a date of its own), and that the checklist
/// defaults have tasks for it. `ItemKindDefinitionTests` runs it over every case of
/// `ItemKind` and shows that it rejects a definition without any one of these parts.
struct ItemKindAudit {
    /// The files built into the binary that the templates are looked up in.
    var resources: [String: String] = EmbeddedResources.files
    /// The checklist defaults a kind must have tasks in.
    var checklists: ChecklistDefaults = .builtIn

    /// What is missing or wrong, one sentence each; empty for a complete definition.
    func problems(of definition: any ItemKindDefinition.Type) -> [String] {
        let kind = definition.kind
        let name = "\(definition)"
        var problems: [String] = []
        if kind.definition != definition {
            problems.append("\(name): ItemKind.\(kind).definition is \(kind.definition), not \(name)")
        }
        if definition.displayName.trimmingSpaces().isEmpty { problems.append("\(name) has no display name") }
        if definition.pluralName.trimmingSpaces().isEmpty || definition.pluralName == definition.displayName {
            problems.append("\(name) has no plural name of its own")
        }
        if definition.summary.trimmingSpaces().isEmpty || definition.summary.count > 62 {
            problems.append("\(name) has no summary of at most 62 characters for 'postplan new --help'")
        }
        let common = definition.keys.intersection(ItemSchema.commonKeys)
        if !common.isEmpty { problems.append("\(name) claims keys every item has: \(common.sorted())") }
        if definition.engagementTime.seconds <= 0 { problems.append("\(name) has no engagement time") }
        if case .success(let read) = ScalarSyntax.duration(definition.engagementTime.description), read == definition.engagementTime {
        } else {
            problems.append("\(name)'s engagement time does not read back from '\(definition.engagementTime)'")
        }
        if definition.engagementSummary.trimmingSpaces().isEmpty { problems.append("\(name) does not say what its engagement time is") }
        if definition.endName == nil, !definition.endTasks(endingOn: "2026-12-01 09:00").isEmpty {
            problems.append("\(name) has tasks for an end its slots do not have")
        }
        if let wait = definition.scaffoldWait, wait.type != .duration {
            problems.append("\(name)'s new items wait for '\(wait.path)', which is no duration")
        }
        problems += templateProblems(of: definition, name: name)
        if checklists.kinds[kind, default: []].isEmpty {
            problems.append("\(name): the checklist defaults have no tasks under 'kinds: \(kind.rawValue)'")
        }
        return problems
    }

    /// The template must be built in and make one item of the kind, without findings of its
    /// own file (channels are checked where the item goes: `ScaffoldingTests`).
    private func templateProblems(of definition: any ItemKindDefinition.Type, name: String) -> [String] {
        let path = definition.scaffoldTemplate
        let values = Scaffolding.itemValues(id: "audited", channel: "some-channel", date: date(2027, 1, 20))
        guard let item = Scaffolding.rendered(path, values, from: resources) else {
            return ["\(name): its template '\(path)' is not among the built-in files, or does not parse"]
        }
        let text = "postplan: \(PlanFileDecoder.formatVersion)\ntimezone: Europe/Berlin\nitems:\n" + item
        let (plan, diagnostics) = PlanFileDecoder.decode(YAMLParser().parse(text), path: path)
        guard diagnostics.isEmpty, let items = plan?.items, items.count == 1, let only = items.first else {
            return ["\(name): its template '\(path)' does not make one item without findings:\n\(TextReporter.render(diagnostics))"]
        }
        guard only.kind == definition.kind, only.id.value == "audited" else {
            return ["\(name): its template '\(path)' makes a \(only.kind.rawValue) '\(only.id.value)'"]
        }
        if case .ownDate(let key) = definition.scheduling, only.details.ownDate == nil {
            return ["\(name) is placed by '\(key)', but ItemDetails.ownDate has no date for it"]
        }
        return []
    }
}
