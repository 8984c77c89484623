import WorkbenchCore
import WorkbenchReports

/// What `map` draws from a wrapped command's reply: a partition (a table with a `group` column of members joined by
/// '+', each authority in at most one group) coloured by group, or a measure (a table with an `id` column and the
/// measure's column, chosen by the wrapped command's `--by`) on a sequential scale. Authorities the reply gives no
/// value or group are grey and listed.
struct MapContent {
    /// The map to draw.
    var spec: MapSpec
    /// "measure" or "partition".
    var kind: String
    /// What colours the areas: the measure with its unit, or the groups' source.
    var colouredBy: String
    /// Names of the authorities drawn grey (no value or no group).
    var grey: [String]

    /// `compare --by` measures and the comparison table's column that holds each.
    static let measureColumns: [String: String] = [
        "population": "population", "libraries": "libraries_2010", "people-per-library": "people_per_library",
        "hours": "hours_per_1000", "change": "change_2010_2016", "deprivation": "imd_score", "spend": "spend_per_head",
    ]

    /// The map for a reply, or an error saying why the reply gives nothing to map.
    static func make(line: String, reply: Reply, boundaries: [AuthorityBoundary]) throws -> MapContent {
        let tables = reply.blocks.compactMap { block -> ReportTable? in
            if case .table(let table) = block { return table }
            return nil
        }
        let known = Set(boundaries.map(\.id.rawValue))
        if let table = tables.first(where: { $0.columns.contains { $0.key == "group" } }) {
            return try partition(line: line, table: table, boundaries: boundaries, known: known)
        }
        if line.split(separator: " ").first == "compare",
           let table = tables.first(where: { $0.columns.first?.key == "id" && $0.rows.contains { known.contains($0.first?.text ?? "") } }) {
            return try measure(line: line, table: table, boundaries: boundaries)
        }
        throw WorkbenchError(
            .invalidArgument, "'\(line)' gives neither a value per authority nor a partition to draw on a map.",
            hint: "Map a comparison by a measure ('map compare --all --by hours': \(measureColumns.keys.sorted().joined(separator: ", "))) or a partition ('map partners optimise shared-service --among london').",
            location: .init(argument: "<command>"))
    }

    /// The map of a partition: each group its own colour, in the table's order.
    static func partition(line: String, table: ReportTable, boundaries: [AuthorityBoundary], known: Set<String>) throws -> MapContent {
        let column = table.columns.firstIndex { $0.key == "group" } ?? 0
        let names = Dictionary(boundaries.map { ($0.id.rawValue, $0.name) }, uniquingKeysWith: { first, _ in first })
        var groupOf: [String: Int] = [:]
        var legend: [MapSpec.LegendEntry] = []
        for row in table.rows where column < row.count {
            let members = row[column].text.split(separator: "+").map(String.init)
            guard !members.isEmpty, members.allSatisfy(known.contains) else { continue }
            let index = legend.count
            for member in members {
                if groupOf[member] != nil {
                    throw WorkbenchError(
                        .invalidArgument, "'\(line)' lists '\(member)' in more than one group, so it is not a partition to map.",
                        hint: "Map a partition: 'map partners optimise <project> --among london'.", location: .init(argument: "<command>"))
                }
                groupOf[member] = index
            }
            let label = members.count == 1
                ? "\(names[members[0]] ?? members[0]) (alone)" : members.map { names[$0] ?? $0 }.joined(separator: " + ")
            legend.append(MapSpec.LegendEntry(colour: MapColours.group(index), label: label))
        }
        guard !legend.isEmpty else {
            throw WorkbenchError(
                .missingFigure, "'\(line)' lists no group of authorities the workspace has boundaries for.",
                hint: "'import boundaries <file>' adds boundaries; 'borders <borough>' shows what the workspace holds.",
                location: .init(argument: "<command>"))
        }
        var grey: [String] = []
        let areas = boundaries.map { boundary -> MapSpec.Area in
            guard let index = groupOf[boundary.id.rawValue] else {
                grey.append(boundary.name)
                return MapSpec.Area(id: boundary.id.rawValue, name: boundary.name, polygons: boundary.polygons, fill: MapColours.noValue, detail: "in no group")
            }
            return MapSpec.Area(id: boundary.id.rawValue, name: boundary.name, polygons: boundary.polygons, fill: MapColours.group(index), detail: "group \(index + 1)")
        }
        if !grey.isEmpty { legend.append(MapSpec.LegendEntry(colour: MapColours.noValue, label: "In no group")) }
        var notes = ["Groups of '\(line)', in the order it lists them. Boundaries: LibrariesHacked, simplified [S72]."]
        if !grey.isEmpty { notes.append("In no group (grey): " + grey.joined(separator: ", ") + ".") }
        let spec = MapSpec(title: "Map: \(line)", legendTitle: "Groups (\(legend.count - (grey.isEmpty ? 0 : 1)))", areas: areas, legend: legend, notes: notes)
        return MapContent(spec: spec, kind: "partition", colouredBy: "group (\(spec.legend.count - (grey.isEmpty ? 0 : 1)) groups)", grey: grey)
    }

    /// The map of a measure: a sequential scale by rank from the lowest to the highest value in the table.
    static func measure(line: String, table: ReportTable, boundaries: [AuthorityBoundary]) throws -> MapContent {
        let words = (try? Tokenizer.split(line)) ?? []
        var by: String?
        for (index, word) in words.enumerated() {
            if word == "--by", index + 1 < words.count { by = words[index + 1] }
            if word.hasPrefix("--by=") { by = String(word.dropFirst(5)) }
        }
        guard let by else {
            throw WorkbenchError(
                .usage, "Say which measure colours the map: give '\(line)' a --by option.",
                hint: "For example: map \(line) --by hours (measures: \(measureColumns.keys.sorted().joined(separator: ", "))).",
                location: .init(argument: "--by"))
        }
        guard let key = measureColumns[by], let column = table.columns.firstIndex(where: { $0.key == key }) else {
            throw WorkbenchError(
                .invalidArgument, "The table of '\(line)' has no column for '\(by)' to colour the map by.",
                hint: "Map one of: \(measureColumns.keys.sorted().joined(separator: ", ")).", location: .init(argument: "--by"))
        }
        var values: [String: (value: Double, cell: ReportCell)] = [:]
        for row in table.rows where column < row.count {
            guard let id = row.first?.text, let value = number(row[column]), value.isFinite else { continue }
            values[id] = (value, row[column])
        }
        let header = table.columns[column].header + (table.columns[column].unit.map { " (\($0))" } ?? "")
        guard let low = values.values.map(\.value).min(), let high = values.values.map(\.value).max() else {
            throw WorkbenchError(
                .missingFigure, "'\(line)' gives no value of '\(by)' for any authority with a boundary.",
                hint: "Try 'map compare --all --by \(by)'.", location: .init(argument: "--by"))
        }
        // Coloured by rank (ties share their mean rank), so one outlier such as the City of London does not wash
        // out every other authority; the legend gives the values at the lowest, quartiles and highest.
        let sorted = values.values.map(\.value).sorted()
        func position(_ value: Double) -> Double {
            guard sorted.count > 1 else { return 0.5 }
            let first = sorted.firstIndex(of: value) ?? 0, last = sorted.lastIndex(of: value) ?? first
            return (Double(first + last) / 2) / Double(sorted.count - 1)
        }
        func quantile(_ p: Double) -> Double {
            let at = p * Double(sorted.count - 1)
            let lower = Int(at.rounded(.down)), upper = min(lower + 1, sorted.count - 1)
            return sorted[lower] + (sorted[upper] - sorted[lower]) * (at - Double(lower))
        }
        var grey: [String] = []
        let areas = boundaries.map { boundary -> MapSpec.Area in
            guard let entry = values[boundary.id.rawValue] else {
                grey.append(boundary.name)
                return MapSpec.Area(id: boundary.id.rawValue, name: boundary.name, polygons: boundary.polygons, fill: MapColours.noValue, detail: "no value")
            }
            return MapSpec.Area(
                id: boundary.id.rawValue, name: boundary.name, polygons: boundary.polygons,
                fill: MapColours.sequential(position(entry.value), low: 0, high: 1), detail: entry.cell.text)
        }
        let sample = values.values.first!.cell
        let labels = ["lowest", "lower quartile", "median", "upper quartile", "highest"]
        var legend = (sorted.count > 1 && high > low ? [0, 0.25, 0.5, 0.75, 1] : [0.5]).enumerated().map { step, p -> MapSpec.LegendEntry in
            let value = sorted.count > 1 && high > low ? quantile(p) : low
            let label = sorted.count > 1 && high > low ? " (\(labels[step]))" : ""
            return MapSpec.LegendEntry(colour: MapColours.sequential(p, low: 0, high: 1), label: format(value, like: sample) + label)
        }
        if !grey.isEmpty { legend.append(MapSpec.LegendEntry(colour: MapColours.noValue, label: "No value (\(grey.count))")) }
        var notes = ["\(header) of '\(line)', coloured by rank from the lowest (light) to the highest (dark) of \(sorted.count) values, so an outlier does not hide the rest. Boundaries: LibrariesHacked, simplified [S72]."]
        if !grey.isEmpty { notes.append("No value (grey): " + grey.joined(separator: ", ") + ".") }
        return MapContent(
            spec: MapSpec(title: "Map: \(line)", legendTitle: header, areas: areas, legend: legend, notes: notes),
            kind: "measure", colouredBy: header, grey: grey)
    }

    /// The number a cell holds, if any.
    static func number(_ cell: ReportCell) -> Double? {
        switch cell {
        case .integer(let value): return Double(value)
        case .number(let value, _), .money(let value), .percent(let value, _): return value
        case .described(let value, _): return value
        case .text, .missing: return nil
        }
    }

    /// A value written as the table writes its cells.
    static func format(_ value: Double, like cell: ReportCell) -> String {
        switch cell {
        case .integer: return ReportCell.number(value, decimals: value.rounded() == value ? 0 : 1).text
        case .number(_, let decimals): return ReportCell.number(value, decimals: decimals).text
        case .money: return ReportCell.money(value).text
        case .percent(_, let decimals): return ReportCell.percent(value, decimals: decimals).text
        case .described(let sample, let text):
            let whole = sample.map { $0.rounded() == $0 } ?? false
            let pounds = text.hasPrefix("£")
            return (pounds ? "£" : "") + ReportCell.number(value, decimals: whole && value.rounded() == value ? 0 : (whole ? 1 : 2)).text
        case .text, .missing: return ReportCell.number(value, decimals: 2).text
        }
    }
}
