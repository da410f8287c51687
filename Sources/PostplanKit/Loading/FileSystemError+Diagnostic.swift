extension FileSystemError {
    /// The finding for a file or folder that could not be read; the rest of the run goes on.
    public func diagnostic(at path: String) -> Diagnostic {
        let range = SourceRange.startOfFile(path)
        switch self {
        case .symlinkLoop:
            return Diagnostic(SymlinkLoopRule.leadsToItself(path), at: range)
        case .notFound:
            return Diagnostic(UnreadableFileRule.brokenLink(path), at: range)
        case .tooLarge(_, let bytes, let limit):
            return Diagnostic(FileTooLargeRule.tooLarge(bytes: bytes, limit: limit), at: range)
        case .unreadable(_, let reason):
            return Diagnostic(UnreadableFileRule.cannotRead(path, reason: reason), at: range)
        }
    }
}
