import Foundation

/// JSON as the machine formats write it: keys sorted, two-space indentation, slashes left
/// alone, a final newline. Sorted keys make the bytes a function of the value alone, so
/// output diffs cleanly and golden files stay put.
enum StableJSON {
    static func text(of value: some Encodable) -> String {
        String(decoding: bytes(of: value), as: UTF8.self) + "\n"
    }

    /// The UTF-8 of `text(of:)` without its final newline.
    static func bytes(of value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(value)
        } catch {
            // The documents are strings, integers, arrays and keyed containers: nothing
            // JSONEncoder can refuse (it refuses only non-finite floats and broken containers).
            preconditionFailure("a report document failed to encode: \(error)")
        }
    }
}
