import YAMLTree

extension YAMLProblem {
    /// The rule a YAML-level problem is reported under.
    var rule: any YAMLProblemRule.Type {
        switch kind {
        case .syntax: YAMLSyntaxRule.self
        case .tabIndentation: TabIndentationRule.self
        case .encoding: InvalidEncodingRule.self
        case .duplicateKey: DuplicateKeyRule.self
        case .undefinedAlias: UndefinedAliasRule.self
        case .aliasLimit: AliasLimitRule.self
        case .depthLimit: DepthLimitRule.self
        case .sizeLimit: FileTooLargeRule.self
        }
    }

    func diagnostic(in path: String) -> Diagnostic {
        Diagnostic(
            rule.parserProblem(message), at: SourceRange(path: path, span: span),
            related: related.map { [Diagnostic.Related("first occurrence", at: SourceRange(path: path, span: $0))] } ?? [])
    }
}
