import ArgumentParser
import Foundation
import PostplanKit

/// `--today YYYY-MM-DD`: the day postplan takes as today, so that output is reproducible.
/// Without it, today is the machine's local date; only the tool reads the clock.
struct TodayOption: ParsableArguments {
    @Option(name: .customLong("today"), help: ArgumentHelp("The date to take as today (YYYY-MM-DD); default: the local date.", valueName: "date"))
    var text: String?

    func validate() throws {
        if let text, LocalDate(iso: text) == nil {
            throw ValidationError("'--today \(text)' is not a date; write YYYY-MM-DD, like 2026-11-24")
        }
    }

    var date: LocalDate {
        if let text, let date = LocalDate(iso: text) { return date }
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? LocalDate(year: 2000, month: 1, day: 1)!
    }
}
