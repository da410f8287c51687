import Synchronization

/// Plan files decoded by one ``PlanRepository/open(_:on:today:options:)``, kept by path with
/// their bytes, so that a second repo opened with the same cache decodes only the files that
/// differ: the two sides of a diff share every file a change leaves alone.
///
/// A file is reused when its path and its bytes are the same; decoding reads nothing but
/// those, so the reused file and its findings are what decoding it again would give.
public final class DecodedFileCache: Sendable {
    private struct Entry {
        var bytes: [UInt8]
        var file: PlanFile?
        var diagnostics: [Diagnostic]
    }

    private let entries = Mutex<[String: Entry]>([:])

    /// An empty cache.
    public init() {}

    /// The file decoded from these bytes at this path, if one was.
    func decoded(at path: String, bytes: [UInt8]) -> (file: PlanFile?, diagnostics: [Diagnostic])? {
        entries.withLock { entries in
            entries[path].flatMap { $0.bytes == bytes ? ($0.file, $0.diagnostics) : nil }
        }
    }

    /// Keeps what the bytes at this path decoded to.
    func keep(_ file: PlanFile?, diagnostics: [Diagnostic], at path: String, bytes: [UInt8]) {
        entries.withLock { $0[path] = Entry(bytes: bytes, file: file, diagnostics: diagnostics) }
    }
}
