/// A plan file's bytes, for findings that point inside a text value (the 301st grapheme of a
/// post). Only such findings need them, and they are few, so a file read from disk is read
/// again for each of them rather than kept from loading on: holding every file's bytes for
/// the whole run would add the size of the plan repo to the memory it needs, and keeping
/// the bytes once read would do the same when many files have such a finding.
struct SourceText: Sendable {
    private let read: @Sendable () -> [UInt8]

    /// Bytes known already.
    init(bytes: [UInt8]) {
        read = { bytes }
    }

    /// Bytes read when asked for; a file that cannot be read any more gives none, and
    /// findings then point at the start of the text value instead of inside it.
    init(reading read: @escaping @Sendable () -> [UInt8]) {
        self.read = read
    }

    var bytes: [UInt8] { read() }
}
