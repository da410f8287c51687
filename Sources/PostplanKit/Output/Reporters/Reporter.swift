/// One output format for a lint run: a pure function from the whole report to the text the
/// command prints or writes with `--output`.
///
/// A reporter sees the complete report rather than a stream of findings because the machine
/// formats are single documents (SARIF, JUnit, JSON) or need totals up front (the GitHub
/// format's annotation limit). Reporters never touch the file system, the clock or the
/// environment, so the same report always renders to the same bytes and golden files can
/// pin every format down.
public protocol Reporter: Sendable {
    /// The name `--format` takes, such as `sarif`.
    static var format: String { get }
    /// One line for `--help`: what the format is for.
    static var purpose: String { get }

    /// The report as this format writes it, ending in a newline unless it is empty.
    func render(_ report: LintReport) -> String
}

/// Every output format, found by the name `--format` takes.
public enum Reporters {
    /// The formats in the order `--help` lists them: the default first, then by audience.
    public static let all: [any Reporter] = [
        TextReporter(), JSONReporter(), GitHubReporter(), SARIFReporter(), JUnitReporter(),
    ]

    /// The names `--format` accepts, in listing order.
    public static var formats: [String] {
        all.map { type(of: $0).format }
    }

    /// The reporter for a `--format` name, or nil when there is none (a usage error for the caller).
    public static func named(_ format: String) -> (any Reporter)? {
        all.first { type(of: $0).format == format }
    }
}
