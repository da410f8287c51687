import ArgumentParser
import Foundation
import PostplanKit

/// `--today YYYY-MM-DD`: the day postplan takes as today, so that output is reproducible.
/// Without it, today is the date it is now in the plan repo's default time zone (for
/// commands that read plans), or on this machine's clock; only the tool reads the clock.
struct TodayOption: ParsableArguments {
    @Option(
        name: .customLong("today"),
        help: ArgumentHelp("The date to take as today (YYYY-MM-DD); default: today in the plans' time zone.", valueName: "date"))
    var text: String?

    func validate() throws {
        if let text, LocalDate(iso: text) == nil {
            throw ValidationError("'--today \(text)' is not a date; write YYYY-MM-DD, like 2026-11-24")
        }
    }

    /// `--today`, else now: read it once per run, since now moves on.
    var value: Today {
        if let text, let date = LocalDate(iso: text) { return .date(date) }
        return Self.now
    }

    /// Now, on this machine's clock.
    static var now: Today {
        .now(instant: Int(Date().timeIntervalSince1970.rounded(.down)))
    }

    /// `--today`, else the date on this machine's clock and in its zone: for commands that
    /// read no plans, and for checking options before the plans are read.
    var localDate: LocalDate {
        value.date(in: TimeZoneID(TimeZone.current.identifier))
    }
}
