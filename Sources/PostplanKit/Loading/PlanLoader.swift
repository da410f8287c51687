import YAMLTree

/// Reads, parses and decodes plan files, several at once: files are independent until the
/// workspace puts them together.
struct PlanLoader: Sendable {
    let fileSystem: any FileSystem
    let limits: ParserLimits
    /// Files decoded before, reused where path and bytes are the same.
    let cache: DecodedFileCache?

    init(fileSystem: any FileSystem, limits: ParserLimits = .default, cache: DecodedFileCache? = nil) {
        self.fileSystem = fileSystem
        self.limits = limits
        self.cache = cache
    }

    /// Decoded files in the order given (unreadable or broken files left out) and every
    /// diagnostic found in them.
    func load(_ paths: [String]) -> (files: [PlanFile], diagnostics: [Diagnostic]) {
        let results = [(PlanFile?, [Diagnostic])](concurrentlyMapping: paths.count) { loadFile(paths[$0]) }
        var files: [PlanFile] = []
        var diagnostics: [Diagnostic] = []
        for (file, found) in results {
            if let file { files.append(file) }
            diagnostics += found
        }
        return (files, diagnostics)
    }

    /// One file: read, parse, decode.
    func loadFile(_ path: String) -> (PlanFile?, [Diagnostic]) {
        let read: [UInt8]
        do {
            read = try fileSystem.contents(of: path, maxBytes: limits.maxBytes)
        } catch {
            return (nil, [error.diagnostic(at: path)])
        }
        if let decoded = cache?.decoded(at: path, bytes: read) { return decoded }
        let bytes = Self.utf8(read)
        let parsed = YAMLParser(limits: limits).parse(bytes)
        var (file, diagnostics) = PlanFileDecoder.decode(parsed, path: path)
        // The bytes are not kept: the few findings that need them read the file again.
        file?.sourceText = SourceText { [fileSystem, limits] in
            (try? fileSystem.contents(of: path, maxBytes: limits.maxBytes)).map(Self.utf8) ?? []
        }
        file?.comments = parsed.comments
        file?.digest = PlanFile.digest(of: read)
        cache?.keep(file, diagnostics: diagnostics, at: path, bytes: read)
        return (file, diagnostics)
    }

    /// The text as UTF-8. YAML allows UTF-16 with a byte-order mark, and libyaml reads it, but
    /// positions inside texts and comments are found in the bytes, which must be UTF-8 for
    /// that; a UTF-16 file is transcoded first (bad sequences become U+FFFD, which libyaml
    /// then accepts as text, as it would have read them).
    static func utf8(_ bytes: [UInt8]) -> [UInt8] {
        let littleEndian = bytes.starts(with: [0xFF, 0xFE]), bigEndian = bytes.starts(with: [0xFE, 0xFF])
        guard littleEndian || bigEndian else { return bytes }
        let units = stride(from: 2, to: bytes.count - 1, by: 2).map { index in
            littleEndian ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8 : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
