import WorkbenchCore

extension ReportCell {
    /// The cell as a JSON value: numbers as numbers (percentages as fractions), missing as `null` (and so is a text
    /// cell holding only the dash that marks a missing figure, `–`).
    public var json: JSONValue {
        switch self {
        case .text(let value): return value == "–" ? .null : .string(value)
        case .integer(let value): return .number(Double(value))
        case .number(let value, _): return value.isFinite ? .number(value) : .null
        case .money(let value): return value.isFinite ? .number(value) : .null
        case .percent(let value, _): return value.isFinite ? .number(value) : .null
        case .missing: return .null
        case .described(let value, _): return value.flatMap { $0.isFinite ? .number($0) : nil } ?? .null
        }
    }
}

extension ReportTable {
    /// The table as JSON: its title, columns with units, rows as objects keyed by column key, and notes. Keys are
    /// `snake_case` whatever the column's key (a column named by an id, `tri-borough-libraries`, is keyed
    /// `tri_borough_libraries`, its header keeping the id).
    public var json: JSONValue {
        .object([
            ("type", .string("table")),
            ("title", title.map(JSONValue.string) ?? .null),
            ("columns", .array(columns.map { column in
                .object([
                    ("key", .string(Self.snakeCase(column.key))), ("header", .string(column.header)),
                    ("unit", column.unit.map(JSONValue.string) ?? .null),
                ])
            })),
            ("rows", .array(rows.map { row in
                .object(zip(columns, row).map { (Self.snakeCase($0.key), $1.json) })
            })),
            ("notes", .array(notes.map(JSONValue.string))),
        ])
    }

    /// A key in `snake_case`: lower case, with hyphens, spaces and dots as underscores (`Case-Studies` → `case_studies`).
    public static func snakeCase(_ key: String) -> String {
        String(key.lowercased().map { "- .".contains($0) ? "_" : $0 })
    }
}
