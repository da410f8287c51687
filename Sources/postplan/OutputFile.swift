import Foundation

/// Writes command output to a file atomically: into a temporary file in the same folder,
/// then renamed over the target, so a failing run never leaves a half-written file.
enum OutputFile {
    static func write(_ text: String, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data(text.utf8).write(to: temporary, options: .withoutOverwriting)
            guard rename(temporary.path, target.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Whether a file exists and holds exactly `text`.
    static func holds(_ text: String, at path: String) -> Bool {
        FileManager.default.contents(atPath: path) == Data(text.utf8)
    }
}
