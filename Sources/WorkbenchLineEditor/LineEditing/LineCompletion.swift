/// The pure parts of tab completion: the common prefix of candidates and their layout in columns.
public enum LineCompletion {
    /// The longest string, in whole characters, that every candidate starts with ("" when there are none).
    public static func commonPrefix(_ candidates: [String]) -> String {
        guard var prefix = candidates.first.map(Array.init) else { return "" }
        for candidate in candidates.dropFirst() {
            var count = 0
            for (a, b) in zip(prefix, candidate) {
                guard a == b else { break }
                count += 1
            }
            prefix.removeSubrange(count...)
            if prefix.isEmpty { break }
        }
        return String(prefix)
    }

    /// Lays candidates out in columns that fit `width` terminal columns, filled top to bottom then left to right
    /// as `ls` does, two spaces between columns, no trailing spaces.
    /// - Parameters:
    ///   - candidates: the candidates, in the order to show them.
    ///   - width: the terminal width in columns.
    /// - Returns: the rows of text, without line breaks.
    public static func columns(_ candidates: [String], width: Int) -> [String] {
        guard !candidates.isEmpty else { return [] }
        let widths = candidates.map { TerminalColumns.width(of: $0) }
        let columnWidth = (widths.max() ?? 0) + 2
        let fitting = max(1, (max(width, 1) + 2) / columnWidth)
        let rowCount = (candidates.count + fitting - 1) / fitting
        let columnCount = (candidates.count + rowCount - 1) / rowCount
        var rows: [String] = []
        for row in 0..<rowCount {
            var line = ""
            for column in 0..<columnCount {
                let index = column * rowCount + row
                guard index < candidates.count else { break }
                let isLast = column == columnCount - 1 || index + rowCount >= candidates.count
                line += candidates[index]
                if !isLast { line += String(repeating: " ", count: columnWidth - widths[index]) }
            }
            rows.append(line)
        }
        return rows
    }
}
