import Testing

@testable import PostplanKit

/// A plan file with one channel, `acme` (a LinkedIn company page), followed by `items`: the
/// item entries, each starting with `  - id:`. Markers in `items` keep their places.
func planWithItems(_ items: String) -> String {
    """
    postplan: 1
    channels:
      acme: { platform: linkedin, account: company-page }
    items:

    """ + items
}

extension Item {
    /// The poll details of an item that must be a poll.
    func poll(sourceLocation: SourceLocation = #_sourceLocation) throws -> Poll {
        guard case .poll(let poll) = details else {
            Issue.record("expected a poll, found a \(kind)", sourceLocation: sourceLocation)
            throw NotAPoll()
        }
        return poll
    }

    /// The time of a one-off item.
    var onceAt: DateTimeValue? {
        guard case .once(let at)? = schedule else { return nil }
        return at.value
    }

    /// The rule of a repeating item.
    var recurrence: Recurrence? {
        guard case .recurring(let rule)? = schedule else { return nil }
        return rule
    }
}

private struct NotAPoll: Error {}

func date(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
    LocalDate(year: year, month: month, day: day)!
}

func time(_ hour: Int, _ minute: Int) -> LocalTime {
    LocalTime(hour: hour, minute: minute)!
}
