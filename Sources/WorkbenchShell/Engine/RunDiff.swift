import WorkbenchReports

/// What changed between two replies of the same analysis: rows added or removed and cells changed in each table,
/// rows matched by their first column's value.
struct RunDiff {
    /// One sentence per change.
    var changes: [String]

    /// Whether nothing changed.
    var isEmpty: Bool { changes.isEmpty }

    /// Compares a previous reply (nil on the first run) with the current one, both as JSON.
    static func compare(previous: JSONValue?, current: JSONValue) -> RunDiff {
        guard let previous else { return RunDiff(changes: []) }
        let old = tables(previous)
        let new = tables(current)
        var changes: [String] = []
        for (index, table) in new.enumerated() {
            let title = table.title.isEmpty ? "table \(index + 1)" : table.title
            guard index < old.count else {
                changes.append("new table '\(title)'")
                continue
            }
            let before = old[index]
            for key in table.order where before.rows[key] == nil { changes.append("new row '\(key)'") }
            for key in before.order where table.rows[key] == nil { changes.append("row '\(key)' removed") }
            for key in table.order {
                guard let a = before.rows[key], let b = table.rows[key] else { continue }
                // Columns in the table's own order, so the same change reads the same on every run.
                for column in table.columns where a[column] != b[column] {
                    guard let value = b[column] else { continue }
                    changes.append("\(key) \(column): \(text(a[column])) → \(text(value))")
                }
            }
        }
        return RunDiff(changes: changes)
    }

    private struct Table {
        var title: String
        var order: [String]
        var columns: [String]
        var rows: [String: [String: JSONValue]]
    }

    private static func tables(_ reply: JSONValue) -> [Table] {
        guard case .array(let blocks)? = reply["blocks"] else { return [] }
        var out: [Table] = []
        for block in blocks where block["type"] == .string("table") {
            guard case .array(let rows)? = block["rows"] else { continue }
            // Rows are matched by the table's first column (not the first key: stored JSON sorts its keys).
            var columnKeys: [String] = []
            if case .array(let columns)? = block["columns"] {
                columnKeys = columns.compactMap { if case .string(let key)? = $0["key"] { key } else { nil } }
            }
            let keyColumn = columnKeys.first
            var table = Table(
                title: { if case .string(let t)? = block["title"] { return t } else { return "" } }(), order: [],
                columns: columnKeys, rows: [:])
            for row in rows {
                guard case .object(let pairs) = row, let first = pairs.first else { continue }
                let key = text(keyColumn.flatMap { column in pairs.first { $0.0 == column }?.1 } ?? first.1)
                var cells: [String: JSONValue] = [:]
                for (column, value) in pairs {
                    cells[column] = value
                    if !table.columns.contains(column) { table.columns.append(column) }
                }
                if table.rows[key] == nil { table.order.append(key) }
                table.rows[key] = cells
            }
            out.append(table)
        }
        return out
    }

    private static func text(_ value: JSONValue?) -> String {
        guard let value else { return "–" }
        switch value {
        case .string(let s): return s
        case .null: return "–"
        default: return value.serialized()
        }
    }
}
