/// Rules about reading files: the file system and YAML itself.

/// A rule the YAML parser reports (`YAMLProblem`), with the parser's own message.
protocol YAMLProblemRule: RuleDefinition {}

extension YAMLProblemRule {
    static func parserProblem(_ text: String) -> Diagnostic.Message {
        message("parser-problem", text)
    }
}

enum UnreadableFileRule: RuleDefinition {
    static let description = Rule(
        id: "unreadable-file", category: .input, defaultSeverity: .error,
        summary: "A plan file or folder could not be read (permissions, a broken link, a device).",
        examples: InputRuleExamples.unreadableFile)

    static func brokenLink(_ path: String) -> Diagnostic.Message {
        message("broken-link", "'\(path)' is a broken symbolic link or vanished while being read; fix or remove it")
    }

    static func cannotRead(_ path: String, reason: String) -> Diagnostic.Message {
        message("cannot-read", "cannot read '\(path)': \(reason)")
    }

    /// A folder where a template or checklist file belongs; `name` is the built-in file's name.
    static func folderInPlace(_ path: String, builtIn name: String) -> Diagnostic.Message {
        message("folder-in-place", "'\(path)' is a folder, not a file; remove it to use the built-in \(name)")
    }

    static func notRegularFile(_ path: String, builtIn name: String) -> Diagnostic.Message {
        message(
            "not-regular-file",
            "'\(path)' is not a regular file (a named pipe, socket or device); make it a file, or remove it to use the built-in \(name)")
    }

    static func noBuiltInTemplate(_ name: String) -> Diagnostic.Message {
        message("no-built-in-template", "postplan has no built-in template '\(name)'")
    }
}

enum SymlinkLoopRule: RuleDefinition {
    static let description = Rule(
        id: "symlink-loop", category: .input, defaultSeverity: .error,
        summary: "A symbolic link leads back into a folder already being read; it is skipped.",
        examples: InputRuleExamples.symlinkLoop)

    static func leadsToItself(_ path: String) -> Diagnostic.Message {
        message("leads-to-itself", "'\(path)' is a symbolic link that leads to itself; skipped (fix or remove the link)")
    }

    static func alreadyRead(_ path: String, sameAs first: String) -> Diagnostic.Message {
        message(
            "already-read", "'\(path)' is the same as '\(first)', which is already read; skipped (remove the link, or name the folder once)")
    }
}

enum FileTooLargeRule: YAMLProblemRule {
    static let description = Rule(
        id: "file-too-large", category: .input, defaultSeverity: .error,
        summary: "A plan file is larger than postplan reads (32 MiB); split it into several files.",
        examples: InputRuleExamples.fileTooLarge)

    static func tooLarge(bytes: Int, limit: Int) -> Diagnostic.Message {
        message("too-large", "file is \(bytes) bytes, more than the limit of \(limit); split it into several plan files")
    }
}

enum InvalidEncodingRule: YAMLProblemRule {
    static let description = Rule(
        id: "invalid-encoding", category: .input, defaultSeverity: .error,
        summary: "A file is not valid UTF-8 (or UTF-16 with a byte-order mark), or holds a character YAML forbids.",
        examples: InputRuleExamples.invalidEncoding)
}

enum YAMLSyntaxRule: YAMLProblemRule {
    static let description = Rule(
        id: "yaml-syntax", category: .input, defaultSeverity: .error,
        summary: "A file is not well-formed YAML; nothing after the error is checked.",
        examples: InputRuleExamples.yamlSyntax)
}

enum TabIndentationRule: YAMLProblemRule {
    static let description = Rule(
        id: "tab-indentation", category: .input, defaultSeverity: .error,
        summary: "A line is indented with a tab; YAML indents with spaces only.",
        examples: InputRuleExamples.tabIndentation)
}

enum DuplicateKeyRule: YAMLProblemRule {
    static let description = Rule(
        id: "duplicate-key", category: .input, defaultSeverity: .error,
        summary: "A key appears twice in one mapping; YAML loaders silently keep one of them.",
        examples: InputRuleExamples.duplicateKey)
}

enum UndefinedAliasRule: YAMLProblemRule {
    static let description = Rule(
        id: "undefined-alias", category: .input, defaultSeverity: .error,
        summary: "An `*alias` names no `&anchor` defined before it.",
        examples: InputRuleExamples.undefinedAlias)
}

enum AliasLimitRule: YAMLProblemRule {
    static let description = Rule(
        id: "alias-limit", category: .input, defaultSeverity: .error,
        summary: "Aliases expand to more than a million nodes, as in an alias bomb.",
        examples: InputRuleExamples.aliasLimit)
}

enum DepthLimitRule: YAMLProblemRule {
    static let description = Rule(
        id: "depth-limit", category: .input, defaultSeverity: .error,
        summary: "Collections are nested more than 256 levels deep.",
        examples: InputRuleExamples.depthLimit)
}
