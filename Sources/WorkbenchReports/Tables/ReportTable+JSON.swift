import WorkbenchCore

extension ReportCell {
    /// The cell as a JSON value: numbers as numbers (percentages as fractions), missing as `null`.
    public var json: JSONValue {
        switch self {
        case .text(let value): return .string(value)
        case .integer(let value): return .number(Double(value))
        case .number(let value, _): return value.isFinite ? .number(value) : .null
        case .money(let value): return value.isFinite ? .number(value) : .null
        case .percent(let value, _): return value.isFinite ? .number(value) : .null
        case .missing: return .null
        }
    }
}

extension ReportTable {
    /// The table as JSON: its title, columns with units, rows as objects keyed by column key, and notes.
    public var json: JSONValue {
        .object([
            ("type", .string("table")),
            ("title", title.map(JSONValue.string) ?? .null),
            ("columns", .array(columns.map { column in
                .object([
                    ("key", .string(column.key)), ("header", .string(column.header)),
                    ("unit", column.unit.map(JSONValue.string) ?? .null),
                ])
            })),
            ("rows", .array(rows.map { row in
                .object(zip(columns, row).map { ($0.key, $1.json) })
            })),
            ("notes", .array(notes.map(JSONValue.string))),
        ])
    }
}
