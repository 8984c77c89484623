import Foundation
import WorkbenchCore

/// Finds an authority by what a newcomer types: its id in any case (`Camden`), or its name with or without the
/// title the ONS gives it (`London Borough of Camden`, `camden`, `Kingston upon Thames`, `City of London`).
enum AuthorityLookup {
    /// The authority a text names, if exactly one does.
    static func find(_ text: String, in authorities: [AuthorityStatistics]) -> AuthorityStatistics? {
        let wanted = key(text)
        guard !wanted.isEmpty else { return nil }
        if let exact = authorities.first(where: { $0.id.rawValue.lowercased() == text.lowercased() }) { return exact }
        let matches = authorities.filter { key($0.id.rawValue) == wanted || key($0.name) == wanted }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Titles an authority's name may carry, in lower case, longest first.
    static let titles = [
        "the royal borough of ", "royal borough of ", "london borough of ", "the london borough of ", "borough of ",
        "city of ", "the ",
    ]

    /// A text reduced for comparison: lower case, titles and ` council` dropped, hyphens and runs of spaces as one
    /// space, `&` as `and`.
    static func key(_ text: String) -> String {
        var value = text.lowercased().replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "&", with: "and")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        for title in titles.sorted(by: { $0.count > $1.count }) where value.hasPrefix(title) && value.count > title.count {
            value = String(value.dropFirst(title.count))
            break
        }
        for suffix in [" council", " borough council", " london borough"] where value.hasSuffix(suffix) && value.count > suffix.count {
            value = String(value.dropLast(suffix.count))
        }
        return value
    }
}
