/// A file system held in memory, for tests and for tools that have the text already.
/// Folders exist implicitly as the prefixes of file paths.
public struct InMemoryFileSystem: FileSystem {
    public var files: [String: [UInt8]]

    public init(files: [String: String] = [:]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    public init(bytes: [String: [UInt8]]) {
        files = bytes
    }

    public func entry(at path: String) throws(FileSystemError) -> FileSystemEntry {
        if files[path] != nil { return .file }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        if files.keys.contains(where: { $0.hasPrefix(prefix) }) { return .directory }
        throw .notFound(path)
    }

    public func contentsOfDirectory(at path: String) throws(FileSystemError) -> [String] {
        let prefix = path.hasSuffix("/") ? path : path + "/"
        let names = files.keys.compactMap { key -> String? in
            guard key.hasPrefix(prefix) else { return nil }
            return key.dropFirst(prefix.count).split(separator: "/").first.map(String.init)
        }
        guard !names.isEmpty else { throw .notFound(path) }
        return Array(Set(names))
    }

    public func canonicalPath(_ path: String) throws(FileSystemError) -> String {
        path
    }

    public func contents(of path: String, maxBytes: Int) throws(FileSystemError) -> [UInt8] {
        guard let bytes = files[path] else { throw .notFound(path) }
        guard bytes.count <= maxBytes else { throw .tooLarge(path: path, bytes: bytes.count, limit: maxBytes) }
        return bytes
    }
}
