import YAMLTree

/// Decodes the parsed YAML of one plan file into a `PlanFile`, collecting every problem.
public enum PlanFileDecoder {
    /// The format version this postplan reads (`postplan: 1`).
    public static let formatVersion = 1

    /// The plan, or nil when the file is not a readable plan (YAML errors, or no `postplan: 1`).
    public static func decode(_ parsed: YAMLParseResult, path: String) -> (PlanFile?, [Diagnostic]) {
        var context = DecodingContext(path: path)
        for problem in parsed.problems {
            context.append(problem.diagnostic(in: path))
        }
        guard !parsed.hasFatalProblem else { return (nil, context.diagnostics) }
        let plan = decodeDocuments(parsed.documents, hasComments: !parsed.comments.isEmpty, context: &context)
        for comment in parsed.comments where comment.isTight && (!comment.isOwnLine || comment.continuesPlainValue) {
            context.report(HashtagCommentRule.readAsComment(comment.text), at: Span(at: comment.position))
        }
        return (plan, context.diagnostics)
    }

    private static func decodeDocuments(_ documents: [Node], hasComments: Bool, context: inout DecodingContext) -> PlanFile? {
        guard let root = documents.first, !root.isNull else {
            let content = hasComments ? "file holds only comments" : "file is empty"
            context.report(NotAPlanRule.noContent(content, version: formatVersion), at: Span(at: Position(line: 1, column: 1)))
            return nil
        }
        if documents.count > 1 {
            context.report(MultipleDocumentsRule.documents(documents.count), at: Span(at: documents[1].span.start))
        }
        guard root.mapping != nil else {
            context.report(NotAPlanRule.notAMapping(found: root, version: formatVersion), at: root.span)
            return nil
        }
        let hasVersion = root.mapping?.contains { $0.key.scalar?.text == "postplan" } ?? false
        guard hasVersion else {
            context.report(NotAPlanRule.noVersionLine(version: formatVersion), at: Span(at: root.span.start))
            return nil
        }
        let known = PlanSchema.fileKeys.union([Fields.extensionPrefix])
        guard let fields = Fields(root, owner: "the plan file", known: known, context: &context) else { return nil }
        guard checkVersion(fields, context: &context) else { return nil }

        var plan = PlanFile(path: context.path)
        plan.timezone = fields["timezone"].flatMap { context.timezone($0, key: "timezone") }
        if let platformsNode = fields["platforms"] {
            plan.profileOverrides = ProfileDecoder.decodeOverrides(platformsNode, context: &context)
        }
        if let channelsNode = fields["channels"] {
            (plan.channels, plan.channelIDs) = ChannelDecoder.decode(channelsNode, context: &context)
        }
        if let itemsNode = fields["items"] {
            if let entries = itemsNode.sequence {
                plan.itemEntryCount = entries.count
                plan.items.reserveCapacity(entries.count)
                plan.references.reserveCapacity(entries.count)
                for entry in entries {
                    let (item, reference) = ItemDecoder.decode(entry, context: &context)
                    if let item { plan.items.append(item) }
                    if let reference { plan.references.append(reference) }
                }
            } else {
                context.report(WrongTypeRule.itemsNotAList(found: itemsNode), at: itemsNode.span)
            }
        }
        if let resultsNode = fields["results"] {
            plan.results = ResultDecoder.decode(resultsNode, context: &context)
        }
        return plan
    }

    private static func checkVersion(_ fields: Fields, context: inout DecodingContext) -> Bool {
        guard let node = fields["postplan"] else {
            let span = fields.keyNode("postplan")?.span ?? fields.node.span
            context.report(UnsupportedVersionRule.noVersion(version: formatVersion), at: span)
            return false
        }
        guard let scalar = node.scalar, scalar.text == String(formatVersion) else {
            let written = node.scalar?.text ?? node.shapeName
            context.report(UnsupportedVersionRule.planVersion(written, version: formatVersion), at: node.span)
            return false
        }
        return true
    }
}
