/// What postplan needs of a file system. The command-line tool passes the real one; tests
/// pass an in-memory one, so no stage below the tool touches the disk on its own.
public protocol FileSystem: Sendable {
    /// What is at a path, following symbolic links.
    func entry(at path: String) throws(FileSystemError) -> FileSystemEntry
    /// The names in a folder, in no particular order.
    func contentsOfDirectory(at path: String) throws(FileSystemError) -> [String]
    /// The path with every symbolic link resolved, to recognise a folder seen before.
    func canonicalPath(_ path: String) throws(FileSystemError) -> String
    /// A file's bytes; fails without reading when the file is larger than `maxBytes`.
    func contents(of path: String, maxBytes: Int) throws(FileSystemError) -> [UInt8]
    /// Whether the path itself is a symbolic link (not following it), to tell a broken link
    /// from a missing file.
    func isSymbolicLink(at path: String) -> Bool
}

extension FileSystem {
    /// File systems without links (the in-memory one) have none.
    public func isSymbolicLink(at path: String) -> Bool { false }
}

public enum FileSystemEntry: Equatable, Sendable {
    case file
    case directory
    /// Something else: a device, a socket, a pipe.
    case other
}

/// Why a file-system call failed, in words for a diagnostic.
public enum FileSystemError: Error, Equatable, Sendable {
    case notFound(String)
    case symlinkLoop(String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case unreadable(path: String, reason: String)
}
