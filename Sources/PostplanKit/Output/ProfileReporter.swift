/// Platform profiles as text for people: a one-line-per-platform overview, and one profile
/// with every fact, its dates, confidence and source.
public enum ProfileReporter {
    public static func overview(_ registry: ProfileRegistry) -> String {
        let rows = registry.sorted.map { profile -> [String] in
            let length =
                profile.integer(.textMaxLength, on: nil).map { "\($0.0) " + (profile.word(.textCounting, on: nil)?.0 ?? "") } ?? "no limit known"
            func has(_ key: FactKey) -> String { profile.flag(key, on: nil)?.0 == true ? "yes" : "no" }
            let ads = profile.words(.adPlacements, on: nil).map { $0.0.isEmpty ? "no" : "yes" } ?? "unknown"
            let origin = profile.base.map { "extends \($0)" } ?? (profile.range.path.hasPrefix("profiles/") ? "built in" : "")
            return [profile.id, profile.name, length, "polls \(has(.pollSupported))", "stories \(has(.storySupported))", "ads \(ads)", origin]
        }
        return table(rows)
    }

    public static func details(_ profile: PlatformProfile) -> String {
        var output = "\(profile.name) (\(profile.id))"
        if let base = profile.base { output += ", extends \(base)" }
        output += "\ndefined in \(profile.range)\n"
        for key in FactKey.all {
            for fact in profile.history(key) {
                let validity = fact.validity.isEmpty ? "" : "  [\(fact.validity)]"
                output += "\n\(key.path): \(fact.value)\(validity)\n"
                let checked = fact.checked.map { ", checked \($0)" } ?? ""
                output += "  \(fact.confidence.rawValue)\(checked): \(fact.source)\n"
            }
        }
        return output
    }

    private static func table(_ rows: [[String]]) -> String {
        guard let columns = rows.first?.count else { return "" }
        let widths = (0..<columns).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == columns - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingSpaces()
        }.joined(separator: "\n") + "\n"
    }
}
