/// Finds near misses for "Did you mean …?" by edit distance and prefix.
public enum Suggestions {
    /// Candidates close to `word`, best first (at most three).
    public static func near(_ word: String, in candidates: [String]) -> [String] {
        let lower = word.lowercased()
        let limit = max(2, lower.count / 3)
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let other = candidate.lowercased()
            if other.hasPrefix(lower) && !lower.isEmpty { return (candidate, 0) }
            let distance = editDistance(lower, other)
            return distance <= limit ? (candidate, distance) : nil
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(3).map(\.0)
    }

    /// " Did you mean 'bromley'?" or an empty string.
    public static func didYouMean(_ word: String, in candidates: [String]) -> String {
        let near = near(word, in: candidates)
        guard !near.isEmpty else { return "" }
        return " Did you mean " + near.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }

    /// Levenshtein distance between two strings.
    /// - Complexity: O(m × n).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
