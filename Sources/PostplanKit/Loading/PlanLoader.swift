import Dispatch
import Synchronization
import YAMLTree

/// Reads, parses and decodes plan files, several at once: files are independent until the
/// workspace puts them together.
public struct PlanLoader: Sendable {
    public let fileSystem: any FileSystem
    public let limits: ParserLimits

    public init(fileSystem: any FileSystem, limits: ParserLimits = .default) {
        self.fileSystem = fileSystem
        self.limits = limits
    }

    /// Decoded files in the order given (unreadable or broken files left out) and every
    /// diagnostic found in them.
    public func load(_ paths: [String]) -> (files: [PlanFile], diagnostics: [Diagnostic]) {
        let results = Mutex([(PlanFile?, [Diagnostic])?](repeating: nil, count: paths.count))
        let work = { @Sendable (index: Int) in
            let result = loadFile(paths[index])
            results.withLock { $0[index] = result }
        }
        if paths.count > 1 {
            DispatchQueue.concurrentPerform(iterations: paths.count, execute: work)
        } else {
            paths.indices.forEach(work)
        }
        var files: [PlanFile] = []
        var diagnostics: [Diagnostic] = []
        for result in results.withLock({ $0 }) {
            guard let (file, found) = result else { continue }
            if let file { files.append(file) }
            diagnostics += found
        }
        return (files, diagnostics)
    }

    /// One file: read, parse, decode.
    public func loadFile(_ path: String) -> (PlanFile?, [Diagnostic]) {
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.contents(of: path, maxBytes: limits.maxBytes)
        } catch {
            return (nil, [error.diagnostic(at: path)])
        }
        let parsed = YAMLParser(limits: limits).parse(bytes)
        var (file, diagnostics) = PlanFileDecoder.decode(parsed, path: path)
        file?.source = bytes
        file?.comments = parsed.comments
        return (file, diagnostics)
    }
}
