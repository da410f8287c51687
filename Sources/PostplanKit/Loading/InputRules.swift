/// Rules about reading files: the file system and YAML itself.
extension Rule {
    public static let unreadableFile = Rule(
        id: "unreadable-file", defaultSeverity: .error,
        summary: "A plan file or folder could not be read (permissions, a broken link, a device).",
        examples: InputRuleExamples.unreadableFile)
    public static let symlinkLoop = Rule(
        id: "symlink-loop", defaultSeverity: .error,
        summary: "A symbolic link leads back into a folder already being read; it is skipped.",
        examples: InputRuleExamples.symlinkLoop)
    public static let fileTooLarge = Rule(
        id: "file-too-large", defaultSeverity: .error,
        summary: "A plan file is larger than postplan reads (32 MiB); split it into several files.",
        examples: InputRuleExamples.fileTooLarge)
    public static let invalidEncoding = Rule(
        id: "invalid-encoding", defaultSeverity: .error,
        summary: "A file is not valid UTF-8 (or UTF-16 with a byte-order mark), or holds a character YAML forbids.",
        examples: InputRuleExamples.invalidEncoding)
    public static let yamlSyntax = Rule(
        id: "yaml-syntax", defaultSeverity: .error,
        summary: "A file is not well-formed YAML; nothing after the error is checked.",
        examples: InputRuleExamples.yamlSyntax)
    public static let tabIndentation = Rule(
        id: "tab-indentation", defaultSeverity: .error,
        summary: "A line is indented with a tab; YAML indents with spaces only.",
        examples: InputRuleExamples.tabIndentation)
    public static let duplicateKey = Rule(
        id: "duplicate-key", defaultSeverity: .error,
        summary: "A key appears twice in one mapping; YAML loaders silently keep one of them.",
        examples: InputRuleExamples.duplicateKey)
    public static let undefinedAlias = Rule(
        id: "undefined-alias", defaultSeverity: .error,
        summary: "An `*alias` names no `&anchor` defined before it.",
        examples: InputRuleExamples.undefinedAlias)
    public static let aliasLimit = Rule(
        id: "alias-limit", defaultSeverity: .error,
        summary: "Aliases expand to more than a million nodes, as in an alias bomb.",
        examples: InputRuleExamples.aliasLimit)
    public static let depthLimit = Rule(
        id: "depth-limit", defaultSeverity: .error,
        summary: "Collections are nested more than 256 levels deep.",
        examples: InputRuleExamples.depthLimit)

    static let inputRules: [Rule] = [
        .unreadableFile, .symlinkLoop, .fileTooLarge, .invalidEncoding, .yamlSyntax, .tabIndentation,
        .duplicateKey, .undefinedAlias, .aliasLimit, .depthLimit,
    ]
}
