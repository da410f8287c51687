@testable import PostplanKit

/// The file system of a rule example: its files in memory, with the symbolic links and
/// unreadable files the example has, so that it runs through the same walk and loader as a
/// repo on disk.
struct ExampleFileSystem: FileSystem {
    private var files = InMemoryFileSystem()
    /// Link path to the path it leads to.
    private var links: [String: String] = [:]
    /// Path of an unreadable file to the reason.
    private var unreadable: [String: String] = [:]

    init(_ example: RuleExample) {
        var bytes: [String: [UInt8]] = [:]
        for file in example.files {
            switch file.content {
            case .text(let text):
                bytes[file.path] = Array(MarkedText(text).text.utf8)
            case .latin1(let text):
                bytes[file.path] = MarkedText(text).text.unicodeScalars.map { UInt8(exactly: $0.value) ?? UInt8(ascii: "?") }
            case .repeated(let text, let count):
                let unit = Array(MarkedText(text).text.utf8)
                var repeated: [UInt8] = []
                repeated.reserveCapacity(count + unit.count)
                while repeated.count < count { repeated += unit }
                bytes[file.path] = repeated
            case .link(let target):
                links[file.path] = target
            case .unreadable(let reason):
                unreadable[file.path] = reason
            }
        }
        files = InMemoryFileSystem(bytes: bytes)
    }

    /// The path with every link on it followed; a link that leads on forever is a loop.
    private func resolve(_ path: String) throws(FileSystemError) -> String {
        var current = path
        for _ in 0..<40 {
            guard let (link, target) = links.first(where: { current == $0.key || current.hasPrefix($0.key + "/") }) else { return current }
            current = target + current.dropFirst(link.count)
        }
        throw .symlinkLoop(path)
    }

    func entry(at path: String) throws(FileSystemError) -> FileSystemEntry {
        let resolved = try resolve(path)
        return unreadable[resolved] != nil ? .file : try files.entry(at: resolved)
    }

    func contentsOfDirectory(at path: String) throws(FileSystemError) -> [String] {
        let resolved = try resolve(path)
        let prefix = resolved.hasSuffix("/") ? resolved : resolved + "/"
        var names = Set(
            (Array(links.keys) + Array(unreadable.keys)).compactMap { key -> String? in
                guard key.hasPrefix(prefix), !key.dropFirst(prefix.count).contains("/") else { return nil }
                return String(key.dropFirst(prefix.count))
            })
        if let inMemory = try? files.contentsOfDirectory(at: resolved) { names.formUnion(inMemory) }
        guard !names.isEmpty else { throw .notFound(path) }
        return Array(names)
    }

    func canonicalPath(_ path: String) throws(FileSystemError) -> String {
        try resolve(path)
    }

    func contents(of path: String, maxBytes: Int) throws(FileSystemError) -> [UInt8] {
        let resolved = try resolve(path)
        if let reason = unreadable[resolved] { throw .unreadable(path: path, reason: reason) }
        return try files.contents(of: resolved, maxBytes: maxBytes)
    }

    func isSymbolicLink(at path: String) -> Bool {
        links[path] != nil
    }
}
