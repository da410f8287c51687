/// A path pattern as `.gitignore` and `ignore:` lists write them: `*` matches within one
/// path segment, `**` any number of segments, `?` one character; a pattern without a `/`
/// (but at its end) matches at any depth, and a pattern that names a folder takes in
/// everything below it.
struct GlobPattern: Sendable {
    private let segments: [Substring]

    init(_ pattern: String) {
        var text = Substring(pattern)
        while text.hasPrefix("./") { text = text.dropFirst(2) }
        let anchored = text.dropLast(text.hasSuffix("/") ? 1 : 0).contains("/")
        segments = (anchored ? [] : ["**"]) + text.split(separator: "/", omittingEmptySubsequences: true)
    }

    func matches(_ path: String) -> Bool {
        var text = Substring(path)
        while text.hasPrefix("./") { text = text.dropFirst(2) }
        let parts = text.split(separator: "/", omittingEmptySubsequences: true)[...]
        return Self.match(segments[...], parts) || Self.match((segments + ["**"])[...], parts)
    }

    private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == "**" {
            let rest = pattern.dropFirst()
            return (path.startIndex...path.endIndex).contains { match(rest, path[$0...]) }
        }
        guard let segment = path.first, matchSegment(Array(head.unicodeScalars)[...], Array(segment.unicodeScalars)[...]) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    private static func matchSegment(_ pattern: ArraySlice<Unicode.Scalar>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let head = pattern.first else { return text.isEmpty }
        switch head {
        case "*":
            return (text.startIndex...text.endIndex).contains { matchSegment(pattern.dropFirst(), text[$0...]) }
        case "?":
            return !text.isEmpty && matchSegment(pattern.dropFirst(), text.dropFirst())
        default:
            return text.first == head && matchSegment(pattern.dropFirst(), text.dropFirst())
        }
    }
}
