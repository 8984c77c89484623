extension TextTableRenderer {
    /// How a table is laid out to fit a width: which columns are shown, how wide each is, which were left out, or
    /// whether it is shown one record per block.
    public struct Fit: Hashable, Sendable {
        /// Indices of the columns shown, in table order.
        public var shown: [Int]
        /// Indices of the columns left out to fit, in table order.
        public var leftOut: [Int]
        /// The width of each shown column, in the order of `shown`.
        public var widths: [Int]
        /// Whether even the key and the figures do not fit side by side, so each row is shown as a block of
        /// `field: value` lines (as psql's expanded mode does).
        public var asRecords: Bool
    }

    /// The table as lines of text that fit the layout's width: columns left out by priority (provenance and method
    /// first, figures never), long text wrapped within its column and headers at their spaces, numbers never cut,
    /// and one line naming what was left out; when even that is too wide, one block of `field: value` per row.
    /// With no width it is `render(_:)`.
    public static func render(_ table: ReportTable, layout: TextLayout) -> String {
        guard let width = layout.width, !table.columns.isEmpty else { return render(table) }
        let fit = fitting(table, layout: layout)
        var lines: [String] = []
        if let title = table.title { lines += WordWrap.lines(title, width: width) }
        if fit.asRecords {
            lines += recordLines(table, width: width)
        } else {
            lines += bodyLines(table, fit: fit)
            if !fit.leftOut.isEmpty {
                let columns = fit.leftOut.map { table.columns[$0] }
                let names = columns.map(\.header).joined(separator: ", ")
                let keys = columns.map(\.key).joined(separator: ",")
                lines += WordWrap.lines(
                    "Left out to fit \(width) columns: \(names). See them with --wide or --columns \(keys).",
                    width: width, indent: 2)
            }
        }
        for note in table.notes { lines += WordWrap.lines(note, width: width, indent: hangingIndent(note)) }
        return lines.joined(separator: "\n")
    }

    /// Decides how a table fits the layout's width (every column at full width when no width is given).
    public static func fitting(_ table: ReportTable, layout: TextLayout) -> Fit {
        let count = table.columns.count
        let numeric: [Bool] = (0..<count).map { index in table.rows.contains { index < $0.count && $0[index].isNumeric } }
        let cells: [[String]] = (0..<count).map { index in table.rows.map { index < $0.count ? $0[index].text : "" } }
        let natural: [Int] = (0..<count).map { index in
            cells[index].reduce(DisplayWidth.of(table.columns[index].header)) { max($0, DisplayWidth.of($1)) }
        }
        guard let width = layout.width else {
            return Fit(shown: Array(0..<count), leftOut: [], widths: natural, asRecords: false)
        }
        let minimum: [Int] = (0..<count).map { index in
            let headerWord = longestWord(table.columns[index].header)
            if numeric[index] {
                return max(headerWord, cells[index].map { DisplayWidth.of($0) }.max() ?? 0)
            }
            let cellWord = min(cells[index].map(longestWord).max() ?? 0, 24)
            return max(headerWord, min(natural[index], max(12, cellWord)))
        }
        let priority: [ColumnPriority] = (0..<count).map { index in
            layout.keeps(table.columns[index]) ? .key : table.columns[index].resolvedPriority(index: index, isNumeric: numeric[index])
        }
        func total(_ columns: [Int], _ widths: (Int) -> Int) -> Int {
            columns.reduce(0) { $0 + widths($1) } + 2 * max(0, columns.count - 1)
        }
        var shown = Array(0..<count)
        if total(shown, { natural[$0] }) <= width {
            return Fit(shown: shown, leftOut: [], widths: natural, asRecords: false)
        }
        while total(shown, { minimum[$0] }) > width {
            // The lowest priority goes first; among equals, the rightmost.
            guard let drop = shown.filter({ priority[$0].mayBeLeftOut }).min(by: { a, b in
                priority[a] != priority[b] ? priority[a] < priority[b] : a > b
            }) else {
                return Fit(shown: Array(0..<count), leftOut: [], widths: natural, asRecords: true)
            }
            shown.removeAll { $0 == drop }
        }
        var widths = natural
        var excess = total(shown, { widths[$0] }) - width
        while excess > 0 {
            // Narrow the widest text column first, then headers of figures, never below their minimum.
            let shrinkable = shown.filter { widths[$0] > minimum[$0] }
            let text = shrinkable.filter { !numeric[$0] }
            guard let column = (text.isEmpty ? shrinkable : text).max(by: { widths[$0] < widths[$1] }) else { break }
            widths[column] -= 1
            excess -= 1
        }
        let leftOut = (0..<count).filter { !shown.contains($0) }
        return Fit(shown: shown, leftOut: leftOut, widths: shown.map { widths[$0] }, asRecords: false)
    }

    /// The header, rule and rows of a fitted table; a cell wider than its column wraps at its spaces onto further
    /// lines, a header onto lines above the rule.
    static func bodyLines(_ table: ReportTable, fit: Fit) -> [String] {
        let numeric: [Bool] = fit.shown.map { index in table.rows.contains { index < $0.count && $0[index].isNumeric } }
        func block(_ cells: [String], bottomAligned: Bool) -> [String] {
            let wrapped = cells.indices.map { WordWrap.lines(cells[$0], width: fit.widths[$0]) }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { row in
                cells.indices.map { column -> String in
                    let lines = wrapped[column]
                    let offset = bottomAligned ? height - lines.count : 0
                    let text = row - offset >= 0 && row - offset < lines.count ? lines[row - offset] : ""
                    let fill = String(repeating: " ", count: max(0, fit.widths[column] - DisplayWidth.of(text)))
                    return numeric[column] ? fill + text : text + fill
                }.joined(separator: "  ").trimmingTrailingSpaces()
            }
        }
        var lines = block(fit.shown.map { table.columns[$0].header }, bottomAligned: true)
        lines.append(fit.widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for row in table.rows {
            lines += block(fit.shown.map { $0 < row.count ? row[$0].text : "" }, bottomAligned: false)
        }
        return lines
    }

    /// Each row as a block: a `-[ RECORD n ]` line, then one `Header: value` line per column, values wrapped at
    /// their spaces and aligned after the longest header.
    static func recordLines(_ table: ReportTable, width: Int) -> [String] {
        let labelWidth = min(table.columns.map { DisplayWidth.of($0.header) + 1 }.max() ?? 1, width / 3)
        var lines: [String] = []
        for (number, row) in table.rows.enumerated() {
            let banner = "-[ RECORD \(number + 1) ]"
            lines.append(banner + String(repeating: "-", count: max(0, min(width, 40) - banner.count)))
            for (index, column) in table.columns.enumerated() {
                let label = column.header + ":"
                let padded = label + String(repeating: " ", count: max(1, labelWidth + 1 - DisplayWidth.of(label)))
                let value = index < row.count ? row[index].text : ""
                lines += WordWrap.lines(padded + value, width: width, indent: DisplayWidth.of(padded))
            }
        }
        return lines
    }

    /// The columns of the longest space-separated word of a text.
    static func longestWord(_ text: String) -> Int {
        text.split(separator: " ").map { DisplayWidth.of($0) }.max() ?? 0
    }

    /// Where a wrapped note continues: after a leading `Label: ` of a few words, else two spaces in.
    static func hangingIndent(_ note: String) -> Int {
        if let colon = note.firstIndex(of: ":"), note.distance(from: note.startIndex, to: colon) < 24,
            note[note.index(after: colon)...].hasPrefix(" ")
        {
            return note.distance(from: note.startIndex, to: colon) + 2
        }
        return 2
    }
}
