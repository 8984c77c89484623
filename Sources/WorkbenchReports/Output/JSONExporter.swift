import WorkbenchCore

/// Writes a report as one JSON document: its title, generated-by line, assumptions, sections with their blocks
/// (tables with typed rows and units, charts with all their points), and the cited sources.
public enum JSONExporter {
    /// The report as a JSON value.
    public static func value(_ document: ReportDocument) -> JSONValue {
        let cited = document.citedSources
        return .object([
            ("title", .string(document.title)),
            ("generated_by", .string(document.generatedBy)),
            ("assumptions", document.assumptions.map(\.json) ?? .null),
            ("sections", .array(document.sections.map { section in
                .object([("heading", .string(section.heading)), ("blocks", .array(section.blocks.map(block)))])
            })),
            ("sources", .array(cited.found.map { reference in
                .object([
                    ("tag", .string(reference.tag.rawValue)), ("title", .string(reference.title)),
                    ("address", reference.address.map(JSONValue.string) ?? .null),
                ])
            })),
            ("unknown_sources", .array(cited.unknown.map { .string($0.rawValue) })),
        ])
    }

    /// The report as JSON text, with a trailing line break.
    public static func render(_ document: ReportDocument) -> String { value(document).serialized() + "\n" }

    /// One block as JSON.
    static func block(_ block: ReportBlock) -> JSONValue {
        switch block {
        case .text(let text): return .object([("type", .string("text")), ("text", .string(text))])
        case .note(let note): return .object([("type", .string("note")), ("text", .string(note))])
        case .table(let table): return table.json
        case .chart(let chart): return chart.json
        case .map(let map):
            return .object([
                ("type", .string("map")), ("title", .string(map.title)), ("legend_title", .string(map.legendTitle)),
                ("legend", .array(map.legend.map { .object([("colour", .string($0.colour)), ("label", .string($0.label))]) })),
            ])
        }
    }
}

extension ChartSpec {
    /// The chart as JSON: kind, title, axis labels, series with every point, references.
    public var json: JSONValue {
        func number(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
        return .object([
            ("type", .string("chart")), ("kind", .string(kind.rawValue)), ("title", .string(title)),
            ("x_label", .string(xLabel)), ("y_label", .string(yLabel)),
            ("series", .array(series.map { series in
                .object([
                    ("name", .string(series.name)), ("mark", .string(series.mark.rawValue)),
                    ("points", .array(series.points.map { point in
                        .object([
                            ("label", point.label.map(JSONValue.string) ?? .null), ("x", number(point.x)),
                            ("x2", number(point.x2)), ("y", .number(point.y)), ("y2", number(point.y2)),
                        ])
                    })),
                ])
            })),
            ("references", .array(references.map { .object([("label", .string($0.label)), ("value", .number($0.value))]) })),
        ])
    }
}
