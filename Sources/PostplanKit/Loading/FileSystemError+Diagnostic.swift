extension FileSystemError {
    /// The finding for a file or folder that could not be read; the rest of the run goes on.
    public func diagnostic(at path: String) -> Diagnostic {
        let range = SourceRange.startOfFile(path)
        switch self {
        case .symlinkLoop:
            return Diagnostic(.symlinkLoop, "'\(path)' is a symbolic link that leads to itself; skipped (fix or remove the link)", at: range)
        case .notFound:
            return Diagnostic(.unreadableFile, "'\(path)' is a broken symbolic link or vanished while being read; fix or remove it", at: range)
        case .tooLarge(_, let bytes, let limit):
            return Diagnostic(.fileTooLarge, "file is \(bytes) bytes, more than the limit of \(limit); split it into several plan files", at: range)
        case .unreadable(_, let reason):
            return Diagnostic(.unreadableFile, "cannot read '\(path)': \(reason)", at: range)
        }
    }
}
