import YAMLTree

/// Finds the config that applies: `--config FILE` when given, else `.postplan.yml` (or
/// `.postplan.yaml`) in the current folder or the nearest folder above it.
public struct ConfigFinder: Sendable {
    public static let names = [".postplan.yml", ".postplan.yaml"]

    public let fileSystem: any FileSystem

    public init(fileSystem: any FileSystem) {
        self.fileSystem = fileSystem
    }

    /// The path of the config file to use, or nil when there is none.
    /// - Parameter directory: an absolute path to start from (the current directory).
    public func find(from directory: String) -> String? {
        var folder = directory
        while true {
            for name in Self.names {
                let candidate = folder == "/" ? "/" + name : folder + "/" + name
                if (try? fileSystem.entry(at: candidate)) == .file { return candidate }
            }
            guard let slash = folder.lastIndex(of: "/"), folder != "/" else { return nil }
            folder = slash == folder.startIndex ? "/" : String(folder[..<slash])
        }
    }

    /// Reads and decodes a config file; a file that cannot be read is a diagnostic too.
    public func load(_ path: String) -> (LintConfig, [Diagnostic]) {
        load(path, decode: ConfigDecoder.decode, unread: LintConfig(path: path))
    }

    /// Reads only the day weeks start on (see `ConfigDecoder.decodeWeekLayout`).
    public func loadWeekLayout(_ path: String) -> (WeekLayout, [Diagnostic]) {
        load(path, decode: ConfigDecoder.decodeWeekLayout, unread: .iso)
    }

    private func load<Value>(
        _ path: String, decode: (YAMLParseResult, String) -> (Value, [Diagnostic]), unread: Value
    ) -> (Value, [Diagnostic]) {
        do {
            let bytes = try fileSystem.contents(of: path, maxBytes: 1 << 20)
            return decode(YAMLParser().parse(bytes), path)
        } catch {
            return (unread, [error.diagnostic(at: path)])
        }
    }
}
