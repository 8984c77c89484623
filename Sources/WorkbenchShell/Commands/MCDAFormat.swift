import WorkbenchCore
import WorkbenchReports

/// Number formatting shared by the MCDA commands.
enum MCDAFormat {
    /// Up to four decimals, without trailing zeros.
    static func number(_ value: Double) -> String {
        var text = MoneyFormat.fixed(value, decimals: 4)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// Options in rank order (ties in matrix order).
    static func rankOrder(_ ranks: [Int]) -> [Int] {
        ranks.indices.sorted { ranks[$0] < ranks[$1] || (ranks[$0] == ranks[$1] && $0 < $1) }
    }

    /// A row-major matrix as a table with the options (or labels) down the side.
    static func matrixTable(
        title: String, side: String = "Option", rows: [String], columns: [String], values: [Double], decimals: Int = 4
    ) -> ReportTable {
        var table = ReportTable(
            title: title,
            columns: [ReportColumn(side.lowercased(), side)] + columns.enumerated().map { ReportColumn("c\($0.offset + 1)", $0.element) })
        for (i, name) in rows.enumerated() {
            table.append([.text(name)] + (0..<columns.count).map { .number(values[i * columns.count + $0], decimals: decimals) })
        }
        return table
    }
}
