import YAMLTree

/// The platform profiles in force for a plan repo: the built-in ones, changed or extended by
/// the repo's `platforms:` overrides.
public struct ProfileRegistry: Sendable {
    public private(set) var profiles: [String: PlatformProfile]

    public init(profiles: [PlatformProfile]) {
        self.profiles = Dictionary(profiles.map { ($0.id, $0) }) { first, _ in first }
    }

    public subscript(id: String) -> PlatformProfile? {
        profiles[id]
    }

    /// Profiles sorted by id, for listings.
    public var sorted: [PlatformProfile] {
        profiles.values.sorted { $0.id < $1.id }
    }

    /// The profiles shipped in `profiles/` and embedded in the binary, decoded once.
    public static let builtIn: ProfileRegistry = loadBuiltIn().registry

    /// Problems in the built-in profile files; a test keeps this empty.
    public static var builtInDiagnostics: [Diagnostic] { loadBuiltIn().diagnostics }

    private static func loadBuiltIn() -> (registry: ProfileRegistry, diagnostics: [Diagnostic]) {
        var profiles: [PlatformProfile] = []
        var diagnostics: [Diagnostic] = []
        for (path, text) in EmbeddedResources.files.sorted(by: { $0.key < $1.key }) where path.hasPrefix("profiles/") {
            let (profile, found) = ProfileDecoder.decodeProfileFile(YAMLParser().parse(text), path: path)
            profile.map { profiles.append($0) }
            diagnostics += found
        }
        return (ProfileRegistry(profiles: profiles), diagnostics)
    }

    /// These profiles with a repo's overrides applied, and what is wrong with the overrides.
    public func applying(_ overrides: [ProfileOverride]) -> (ProfileRegistry, [Diagnostic]) {
        var result = self
        var diagnostics: [Diagnostic] = []
        var seen: [String: ProfileOverride] = [:]
        for override in overrides {
            let id = override.id.value
            if let first = seen[id] {
                diagnostics.append(
                    Diagnostic(
                        DuplicateIDRule.overriddenTwice(platform: id, at: first.id.range), at: override.id.range,
                        related: [Diagnostic.Related("first override of '\(id)'", at: first.id.range)]))
                continue
            }
            seen[id] = override
            if let extends = override.extends {
                guard profiles[id] == nil else {
                    diagnostics.append(
                        Diagnostic(UnknownPlatformRule.builtInCannotExtend(id), at: extends.range))
                    continue
                }
                guard let base = profiles[extends.value] else {
                    diagnostics.append(
                        Diagnostic(
                            UnknownPlatformRule.unknownBase(extends.value, hint: Suggestion.hint(for: extends.value, among: profiles.keys.sorted())),
                            at: extends.range))
                    continue
                }
                var derived = base.overridden(by: override)
                derived.id = id
                derived.base = base.id
                derived.range = override.range
                if override.name == nil { derived.name = "\(base.name) (\(id))" }
                result.profiles[id] = derived
            } else if let base = profiles[id] {
                result.profiles[id] = base.overridden(by: override)
            } else {
                diagnostics.append(
                    Diagnostic(
                        UnknownPlatformRule.notBuiltIn(id, hint: Suggestion.hint(for: id, among: profiles.keys.sorted(), listUpTo: 0)),
                        at: override.id.range))
            }
        }
        return (result, diagnostics)
    }
}
