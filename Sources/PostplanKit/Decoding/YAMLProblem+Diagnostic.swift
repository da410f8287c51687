import YAMLTree

extension YAMLProblem {
    /// The rule a YAML-level problem is reported under.
    var rule: Rule {
        switch kind {
        case .syntax: .yamlSyntax
        case .tabIndentation: .tabIndentation
        case .encoding: .invalidEncoding
        case .duplicateKey: .duplicateKey
        case .undefinedAlias: .undefinedAlias
        case .aliasLimit: .aliasLimit
        case .depthLimit: .depthLimit
        case .sizeLimit: .fileTooLarge
        }
    }

    func diagnostic(in path: String) -> Diagnostic {
        Diagnostic(
            rule, message, at: SourceRange(path: path, span: span),
            related: related.map { [Diagnostic.Related("first occurrence", at: SourceRange(path: path, span: $0))] } ?? [])
    }
}
