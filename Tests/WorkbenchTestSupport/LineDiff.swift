/// A unified line diff of two texts, as `diff -u` prints it: hunks headed `@@ -a,b +c,d @@` with the expected line
/// numbers and the actual ones, lines kept (` `), removed (`-`, expected only) and added (`+`, actual only), and a few
/// lines of context around each change.
public enum LineDiff {
    /// One line of an edit script.
    enum Edit: Equatable {
        case keep(String)
        case remove(String)
        case add(String)
    }

    /// The unified diff from `expected` to `actual`, or nil when they are equal.
    /// - Parameters:
    ///   - context: the unchanged lines shown around each change.
    ///   - expectedName: the name on the `---` line.
    ///   - actualName: the name on the `+++` line.
    /// - Complexity: O(n·m) in the lines that differ after the common start and end are set aside.
    public static func unified(
        expected: String, actual: String, context: Int = 3, expectedName: String = "expected", actualName: String = "actual"
    ) -> String? {
        guard expected != actual else { return nil }
        let old = lines(expected)
        let new = lines(actual)
        let edits = script(old, new)
        var out = ["--- \(expectedName)", "+++ \(actualName)"]
        // Positions (0-based) of each edit in the old and new texts.
        var positions: [(old: Int, new: Int)] = []
        var oldLine = 0
        var newLine = 0
        for edit in edits {
            positions.append((oldLine, newLine))
            switch edit {
            case .keep: oldLine += 1; newLine += 1
            case .remove: oldLine += 1
            case .add: newLine += 1
            }
        }
        let changed = edits.indices.filter { if case .keep = edits[$0] { return false } else { return true } }
        var index = 0
        while index < changed.count {
            let start = max(0, changed[index] - context)
            var end = min(edits.count, changed[index] + context + 1)
            var next = index + 1
            while next < changed.count, changed[next] - context <= end {
                end = min(edits.count, changed[next] + context + 1)
                next += 1
            }
            let hunk = edits[start..<end]
            let oldCount = hunk.filter { if case .add = $0 { return false } else { return true } }.count
            let newCount = hunk.filter { if case .remove = $0 { return false } else { return true } }.count
            let oldStart = oldCount == 0 ? positions[start].old : positions[start].old + 1
            let newStart = newCount == 0 ? positions[start].new : positions[start].new + 1
            out.append("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@")
            for edit in hunk {
                switch edit {
                case .keep(let line): out.append(" " + line)
                case .remove(let line): out.append("-" + line)
                case .add(let line): out.append("+" + line)
                }
            }
            index = next
        }
        if !expected.isEmpty, !actual.isEmpty, expected.hasSuffix("\n") != actual.hasSuffix("\n") {
            out.append("\\ The texts differ in their final line break.")
        }
        return out.joined(separator: "\n")
    }

    static func lines(_ text: String) -> [String] {
        if text.isEmpty { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if text.hasSuffix("\n") { lines.removeLast() }
        return lines
    }

    /// A shortest edit script from `old` to `new` by the longest common subsequence, removals before additions.
    static func script(_ old: [String], _ new: [String]) -> [Edit] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
              old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        let a = Array(old[prefix..<(old.count - suffix)])
        let b = Array(new[prefix..<(new.count - suffix)])
        // lcs[i][j]: the longest common subsequence of a[i...] and b[j...].
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var edits = old[..<prefix].map(Edit.keep)
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                edits.append(.keep(a[i])); i += 1; j += 1
            } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                edits.append(.remove(a[i])); i += 1
            } else {
                edits.append(.add(b[j])); j += 1
            }
        }
        edits += old[(old.count - suffix)...].map(Edit.keep)
        return edits
    }
}
