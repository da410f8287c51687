// A libFuzzer target over postplan's reading and checking of one plan file: the bytes are
// parsed (YAMLTree over libyaml), decoded, put into a workspace with the built-in profiles,
// checked against every platform, scheduled and linted, exactly as `postplan lint` does with
// a plan folder that holds this one file; a plan without errors is also rendered as a
// calendar in every format. Whatever the bytes, this must return without a
// crash, a hang, or a sanitizer report.
//
// Built and run by Fuzz/run.sh (see there); not part of the package's products.

import PostplanKit

/// The day the fuzzed plans are checked on: near the example plans' dates, so that schedules
/// and dated platform facts are exercised.
private let today = LocalDate(year: 2026, month: 11, day: 23)!

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlanFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // libFuzzer owns `data` only for this call: copy the bytes out before using them.
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let fileSystem = InMemoryFileSystem(bytes: ["plans/fuzz.yaml": bytes])
    guard let repo = try? PlanRepository.open(["plans"], on: fileSystem, today: .date(today)) else { return 0 }
    let result = repo.lint()
    // Render the findings as the command-line tool would, so that every message and range
    // built from hostile input is formatted too.
    _ = TextReporter.render(result.diagnostics)
    // A plan without errors gets its calendar of today's week in every format, as `postplan
    // calendar` writes it, with weeks starting on a day picked by the input's size.
    let layout = WeekLayout(start: Weekday.allCases[size % Weekday.allCases.count])
    guard let calendar = repo.calendar(for: CalendarSpan(week: layout.week(containing: today), layout: layout)).calendar else { return 0 }
    for format in CalendarFormat.allCases {
        _ = try? repo.render(calendar, as: format)
    }
    return 0
}
