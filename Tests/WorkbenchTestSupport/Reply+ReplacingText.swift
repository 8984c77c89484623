import WorkbenchCore
import WorkbenchReports
public import WorkbenchShell

extension Reply {
    /// The reply with every piece of text passed through `transform`: text blocks, notes, table titles, headers,
    /// notes and text cells, the error's message and hint, and the strings of its JSON data. Transcripts replace
    /// temporary paths this way before rendering, so that column widths do not depend on where the temporary
    /// folder is.
    public func replacingText(_ transform: (String) -> String) -> Reply {
        var reply = self
        reply.blocks = blocks.map { block in
            switch block {
            case .text(let text): return .text(transform(text))
            case .note(let note): return .note(transform(note))
            case .table(let table): return .table(table.replacingText(transform))
            case .chart: return block
            }
        }
        reply.data = data.map { ($0.0, $0.1.replacingText(transform)) }
        if let error {
            reply.error?.message = transform(error.message)
            reply.error?.hint = error.hint.map(transform)
        }
        return reply
    }
}

extension ReportTable {
    /// The table with its title, headers, notes and text cells passed through `transform`.
    func replacingText(_ transform: (String) -> String) -> ReportTable {
        var table = self
        table.title = title.map(transform)
        table.columns = columns.map { column in
            var column = column
            column.header = transform(column.header)
            return column
        }
        table.rows = rows.map { row in
            row.map { cell in
                if case .text(let text) = cell { return .text(transform(text)) }
                return cell
            }
        }
        table.notes = notes.map(transform)
        return table
    }
}

extension JSONValue {
    /// The value with every string in it passed through `transform` (keys are left alone).
    func replacingText(_ transform: (String) -> String) -> JSONValue {
        switch self {
        case .string(let text): .string(transform(text))
        case .array(let values): .array(values.map { $0.replacingText(transform) })
        case .object(let pairs): .object(pairs.map { ($0.0, $0.1.replacingText(transform)) })
        case .null, .bool, .number: self
        }
    }
}
