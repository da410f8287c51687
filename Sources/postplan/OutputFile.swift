import Foundation

/// Writes command output to a file atomically: into a temporary file in the same folder,
/// flushed to disk, then renamed over the target, so neither a failing run nor a crash or
/// power cut leaves a half-written file; the folder is flushed too, so the rename lasts.
///
/// A file that exists keeps what the user gave it: its permissions (a plan file `new
/// --append` rewrites stays group-writable when it was), and a symbolic link stays a link
/// (the file it points to is the one replaced). A read-only file is not replaced unless
/// forced (`--force`), as editors and `cp` refuse to; a folder, pipe or device never is.
enum OutputFile {
    /// Why a file could not be written: the path and the system's reason.
    struct WriteError: Error, CustomStringConvertible {
        let path: String
        let reason: String

        init(path: String, errorNumber: Int32) {
            self.path = path
            self.reason = String(cString: strerror(errorNumber))
        }

        init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }

        var description: String { "cannot write '\(path)': \(reason)" }
    }

    /// What a file is written through: each piece of text goes straight into the temporary
    /// file, so a long output is never held whole.
    struct Sink: TextOutputStream {
        fileprivate let descriptor: Int32
        /// The error number of the first write that failed; what comes after it is dropped.
        fileprivate var failure: Int32?

        mutating func write(_ text: String) {
            guard failure == nil else { return }
            failure = OutputFile.writeAll(text, to: descriptor)
        }
    }

    /// - Parameter force: replace a file that is read-only (`--force`).
    static func write(_ text: String, to path: String, force: Bool = false) throws(WriteError) {
        try write(to: path, force: force) { $0.write(text) }
    }

    /// Writes what `fill` gives the sink, piece by piece, and puts the file in place once all is
    /// written.
    /// - Parameter force: replace a file that is read-only (`--force`).
    static func write(to path: String, force: Bool = false, _ fill: (inout Sink) -> Void) throws(WriteError) {
        guard let target = resolvingLinks(path) else { throw WriteError(path: path, errorNumber: ELOOP) }
        try refuseNonFile(path)
        if !force, isReadOnly(target) {
            throw WriteError(path: path, reason: "it is read-only; pass --force to replace it anyway")
        }
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(UUID().uuidString).tmp"
        // A new file gets the usual mode (0666 less the umask); one that exists keeps its own,
        // and its owner and group where the user may set them (a team's group-writable plan
        // file stays the team's).
        var existing = stat()
        let exists = stat(target, &existing) == 0
        if !exists, errno == ELOOP { throw WriteError(path: path, errorNumber: ELOOP) }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, exists ? 0o600 : 0o666)
        guard descriptor >= 0 else { throw WriteError(path: path, errorNumber: errno) }
        var sink = Sink(descriptor: descriptor)
        fill(&sink)
        var failure = sink.failure
        if failure == nil, exists {
            if fchown(descriptor, existing.st_uid, existing.st_gid) != 0 { _ = fchown(descriptor, uid_t.max, existing.st_gid) }
            if fchmod(descriptor, existing.st_mode & 0o7777) != 0 { failure = errno }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, target) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, errorNumber: failure)
        }
        syncFolder(folder.isEmpty ? "." : folder)
    }

    /// Whether a file exists and holds exactly `text`; a folder (or anything else that is not
    /// a regular file) at the path is an error, not a file that differs.
    static func holds(_ text: String, at path: String) throws(WriteError) -> Bool {
        try refuseNonFile(path)
        return FileManager.default.contents(atPath: path) == Data(text.utf8)
    }

    /// Fails when the path (after its links) is there but not a regular file: output goes to
    /// a file, and a folder, a named pipe or a device is neither replaced nor read (reading a
    /// pipe would wait for a writer).
    private static func refuseNonFile(_ path: String) throws(WriteError) {
        var status = stat()
        guard stat(path, &status) == 0 else { return }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw WriteError(path: path, reason: "it is a folder; name a file in it")
        default: throw WriteError(path: path, reason: "it is not a regular file (a named pipe, socket or device); name a file")
        }
    }

    /// Whether a file exists and may not be written: this user cannot, or its mode gives write
    /// permission to no one (which the superuser could override, but an editor would not).
    private static func isReadOnly(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        return access(path, W_OK) != 0 || status.st_mode & 0o222 == 0
    }

    /// The file a path names in the end, following symbolic links (a chain of them too); the
    /// path itself when it is not a link or does not exist yet; nil for a loop of links, or a
    /// chain longer than Linux follows.
    private static func resolvingLinks(_ path: String) -> String? {
        var current = path
        for _ in 0..<40 {  // as many links as Linux follows before ELOOP
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return current }
            current =
                destination.hasPrefix("/")
                ? destination : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
        }
        return nil
    }

    /// Writes every byte of the text, going on after interrupted calls; the error number of a
    /// failed write, nil when all is written.
    private static func writeAll(_ text: String, to descriptor: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { bytes -> Int32? in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }

    /// Flushes a folder's entries, so a rename in it survives a power cut. Best effort: some
    /// file systems cannot sync a folder, and the file itself is already complete.
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
