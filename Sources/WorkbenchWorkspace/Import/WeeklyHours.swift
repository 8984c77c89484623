import WorkbenchCore

/// Reads a weekly-hours cell of the Taskforce dataset, which councils filled in many ways.
///
/// Read: a plain number (`43.5`); hours and minutes as `h:mm` or `h:mm:ss` (`49:30:00` → 49.5); `49h45m`, `71hrs 20m`,
/// `89h 40m` (→ 89.67); a number followed by `hours`, `hrs`, `h` and optional words (`35 hours per week` → 35).
/// Not read (missing, never guessed): ranges, sums, seasonal pairs and prose (`40-47.5`, `23 + 8 opened by partners`,
/// `closed`), and anything over the 168 hours of a week (`564:00:00` is an authority's total, not a library's).
public enum WeeklyHours {
    /// The hours in a week.
    public static let hoursInWeek = 168.0

    /// Why a cell could not be read, for the import's warnings.
    public enum Problem: Error, Equatable, Sendable {
        /// The text is not one of the forms read.
        case unreadable
        /// The value is more than the hours in a week.
        case tooMany(Double)
    }

    /// The hours in a cell: nil for a blank cell, a problem for text that is not read.
    public static func parse(_ text: String) -> Result<Double, Problem>? {
        let cell = text.trimmingWhitespace()
        guard !cell.isEmpty else { return nil }
        guard let value = read(cell.lowercased()) else { return .failure(.unreadable) }
        guard value >= 0, value <= hoursInWeek else { return .failure(.tooMany(value)) }
        return .success(value)
    }

    static func read(_ cell: String) -> Double? {
        if let value = Double(cell), value.isFinite { return value }
        let parts = cell.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 2 || parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
            let hours = Double(parts[0]), let minutes = Double(parts[1]), minutes < 60
        {
            return hours + minutes / 60
        }
        // 49h45m, 71hrs 20m, 89h 40m, 161hrs, 446 h, 35 hours per week
        var rest = Substring(cell)
        let hoursText = rest.prefix { $0.isNumber || $0 == "." }
        guard !hoursText.isEmpty, let hours = Double(hoursText) else { return nil }
        rest = rest.dropFirst(hoursText.count).drop { $0 == " " }
        var unit = ""
        for word in ["hours", "hour", "hrs", "hr", "h"] where rest.hasPrefix(word) {
            unit = word
            break
        }
        guard !unit.isEmpty else { return nil }
        rest = rest.dropFirst(unit.count).drop { $0 == " " }
        if rest.isEmpty { return hours }
        let minutesText = rest.prefix { $0.isNumber }
        if !minutesText.isEmpty, let minutes = Double(minutesText), minutes < 60 {
            let tail = rest.dropFirst(minutesText.count).drop { $0 == " " }
            if ["m", "min", "mins", "minutes"].contains(String(tail)) { return hours + minutes / 60 }
            return nil
        }
        if ["per week", "a week", "per wk", "weekly"].contains(String(rest)) { return hours }
        return nil
    }
}
