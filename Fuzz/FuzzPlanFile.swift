// A libFuzzer target over postplan's reading and checking of one plan file: the bytes are
// parsed (YAMLTree over libyaml), decoded, put into a workspace with the built-in profiles,
// checked against every platform, scheduled and linted, exactly as `postplan lint` does with
// a plan folder that holds this one file. Whatever the bytes, this must return without a
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
    let linter = Linter(fileSystem: fileSystem, config: LintConfig(), today: today, currentDirectory: "/")
    guard let result = try? linter.lint(["plans"]) else { return 0 }
    // Render the findings as the command-line tool would, so that every message and range
    // built from hostile input is formatted too.
    _ = TextReporter.render(result.diagnostics)
    return 0
}
