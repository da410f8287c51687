#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The machine's own file system, through POSIX calls so that every failure keeps its reason
/// and a file's size is checked before a byte of it is read.
public struct LocalFileSystem: FileSystem {
    public init() {}

    public func entry(at path: String) throws(FileSystemError) -> FileSystemEntry {
        var info = stat()
        guard stat(path, &info) == 0 else { throw error(errno, path) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    public func isSymbolicLink(at path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    public func contentsOfDirectory(at path: String) throws(FileSystemError) -> [String] {
        guard let directory = opendir(path) else { throw error(errno, path) }
        defer { closedir(directory) }
        var names: [String] = []
        // The name is read through a pointer to it, not by copying `entry.pointee`: readdir
        // returns records only as long as their name (`d_reclen`), shorter than a whole
        // `dirent`, so copying the struct reads past the record (AddressSanitizer reports it).
        // The name itself ends with a NUL inside the record.
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(directory) {
            let name = String(cString: UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self))
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    public func canonicalPath(_ path: String) throws(FileSystemError) -> String {
        guard let resolved = realpath(path, nil) else { throw error(errno, path) }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    public func contents(of path: String, maxBytes: Int) throws(FileSystemError) -> [UInt8] {
        // O_NONBLOCK: opening a named pipe must not wait for a writer; fstat below refuses it.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw error(errno, path) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw error(errno, path) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw .unreadable(path: path, reason: "not a regular file")
        }
        let size = Int(info.st_size)
        guard size <= maxBytes else { throw .tooLarge(path: path, bytes: size, limit: maxBytes) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, size - filled)
            }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw error(errno, path) }
            if count == 0 { break }  // the file shrank while being read
            filled += count
        }
        return filled == size ? bytes : Array(bytes[..<filled])
    }

    private func error(_ code: Int32, _ path: String) -> FileSystemError {
        switch code {
        case ENOENT, ENOTDIR: return .notFound(path)
        case ELOOP: return .symlinkLoop(path)
        default: return .unreadable(path: path, reason: String(cString: strerror(code)))
        }
    }
}
