/// What one item achieved on one channel: where it went out, when, and what was counted on
/// one or more dates. One entry of a plan file's `results:` list.
public struct PublishedResult: Sendable {
    /// The id of the item the result belongs to.
    public var item: Located<String>
    /// The channel the item went out on; one of the item's channels.
    public var channel: Located<String>
    /// The published post's address, when known.
    public var url: Located<String>?
    /// When it went out, in the plan's time zone unless an offset is written.
    public var published: Located<DateTimeValue>?
    /// The counts, in date order once `measurement-order` has nothing to report.
    public var measurements: [Measurement]
    /// The whole entry.
    public var range: SourceRange
}

/// The counts of one result on one date. A metric that is not written is not known, which is
/// not the same as a count of 0.
public struct Measurement: Sendable {
    /// The day the counts were read.
    public var date: Located<LocalDate>
    /// The counts written, by metric; `poll-votes` are in ``pollVotes``.
    public var counts: [Metric: Located<Int>]
    /// Votes per poll option, in the order written.
    public var pollVotes: [PollVotes]
    /// Where each metric's key is written, for findings about the metric itself.
    public var keys: [Metric: SourceRange]
    /// The whole measurement.
    public var range: SourceRange

    /// A count, when it was written.
    public subscript(metric: Metric) -> Int? {
        counts[metric]?.value
    }
}

/// The votes one poll option got.
public struct PollVotes: Sendable {
    /// The option, as the poll writes it.
    public var option: Located<String>
    /// How many votes it got.
    public var votes: Located<Int>
}
