import Foundation
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `import libraries <file>` and `import authorities <file>`: reads the DCMS basic dataset of libraries or the
/// authorities statistics into the workspace's inputs, and says what was read, skipped (with line numbers and
/// reasons) and repaired.
struct ImportCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "import", abstract: "Import the England libraries dataset or authorities statistics into the workspace.",
        discussion: """
            'import libraries <file>' reads the Taskforce basic dataset (libraries_raw.csv, no header, columns by
            position [S71]) into inputs/england-libraries.csv; 'import authorities <file>' reads the authorities
            statistics (authorities.csv, with a header [S72]) into inputs/england-authorities.csv in the comparators
            format, with each authority's libraries in April 2010 and July 2016 and its 2016 weekly hours counted from
            the imported libraries. Import libraries first, or again afterwards: either order ends with the counts
            joined. Text garbled by an old spreadsheet export (such as 'åÊ' for a no-break space) is repaired;
            hours such as 49:30 or 71hrs 20m are read; lines that cannot be read are skipped with their line number.
            Afterwards 'neighbours <id> --within england' and 'new-borough <Name> --from-dataset' use the data.
            'import boundaries <file>' reads authority boundaries (GeoJSON, Polygon and MultiPolygon, such as
            authorities_geo.json [S72]) into inputs/boundaries.geojson, every feature that cannot be read reported
            with its line, index, name and field; '--among london' keeps the authorities of the workspace's London
            list. 'borders <borough>' and contiguous partnerships use them.
            'import locations <file>' reads the library locations (libraries_geo.csv [S72]: position, statutory in 2010
            and 2016, type, closure, catchment people and deprivation) into inputs/library-locations.csv, naming each
            authority number from authorities.csv beside the file (or '--authorities <file>'); '--among london' keeps
            London's. 'import catchments <file>' then reads the catchment distances (libraries_distances.csv [S72]) of
            the workspace's libraries into inputs/library-catchments.csv. 'access <borough>' uses both.
            """,
        category: "Workspace",
        arguments: [
            ArgumentSpec("dataset", "libraries, authorities, boundaries, locations or catchments", completion: .values(Self.datasets)),
            ArgumentSpec("file", "the CSV or GeoJSON file to read", completion: .file),
        ],
        options: [amongOption.spec, authoritiesOption.spec],
        examples: [
            "import libraries ../shared/data/libraries_raw.csv", "import authorities ../shared/data/authorities.csv",
            "import boundaries ../shared/data/authorities_geo.json --among london",
            "import locations ../shared/data/libraries_geo.csv --among london",
            "import catchments ../shared/data/libraries_distances.csv",
        ], effects: .workspace)

    /// The datasets that can be imported.
    static let datasets = ["libraries", "authorities", "boundaries", "locations", "catchments"]
    /// `--among london|england` (boundaries only): whether to keep only the workspace's London authorities.
    static let amongOption = Option<String>.choice(
        "--among", value: "london|england", "boundaries and locations: which authorities to keep (default england: all)", ["london", "england"])
    /// `--authorities <file>` (locations only): the authorities statistics that name the dataset's authority numbers.
    static let authoritiesOption = Option<String>.text(
        "--authorities", value: "file", "locations: authorities.csv naming the authority numbers (default: beside the file)", completion: .file)

    static var changesWorkspace: Bool { true }

    /// How many issues of each kind the reply lists (all are in the JSON).
    static let listed = 25

    let dataset: String
    let file: URL
    let typed: String
    /// Boundaries and locations: keep only the workspace's London authorities.
    let onlyLondon: Bool
    /// Locations: the authorities statistics as typed (nil: `authorities.csv` beside the file).
    let authoritiesTyped: String?

    init(parsing invocation: Invocation, context: CommandContext) throws {
        dataset = invocation.arguments[0]
        guard Self.datasets.contains(dataset) else {
            throw WorkbenchError(
                .invalidArgument, "The value '\(dataset)' is invalid for '<dataset>'." + Suggestions.didYouMean(dataset, in: Self.datasets),
                hint: "Import 'libraries' (the Taskforce basic dataset), 'authorities' (the authorities statistics), 'boundaries' (GeoJSON), 'locations' (libraries_geo.csv) or 'catchments' (libraries_distances.csv).",
                location: .init(argument: "<dataset>"))
        }
        typed = invocation.arguments[1]
        file = context.resolveInputPath(typed)
        onlyLondon = try invocation.value(Self.amongOption) == "london"
        authoritiesTyped = try invocation.value(Self.authoritiesOption)
        try DatasetFile.checkReadable(file, typed: typed)
    }

    func run(in context: CommandContext) throws -> Reply {
        if dataset == "boundaries" { return try importBoundaries(in: context) }
        if dataset == "locations" { return try importLocations(in: context) }
        if dataset == "catchments" { return try importCatchments(in: context) }
        if dataset == "libraries" {
            let done = try context.workspace.importLibraries(from: file, typed: typed)
            let records = done.result.records
            let summary = Self.summary(
                title: "Import of libraries from \(typed)", result: done.result, written: done.written,
                extra: [
                    ("Authorities", .integer(done.authorities)), ("Statutory in April 2010", .integer(records.filter(\.statutory2010).count)),
                    ("Statutory in July 2016", .integer(records.filter(\.statutory2016).count)),
                ], notes: done.notes + ["Source: DCMS / Libraries Taskforce basic dataset [S71]."])
            return Self.reply(summary, result: done.result, data: [
                ("libraries", .number(Double(records.count))), ("authorities", .number(Double(done.authorities))),
            ])
        }
        let done = try context.workspace.importAuthorities(from: file, typed: typed)
        let summary = Self.summary(
            title: "Import of authorities from \(typed)", result: done.result, written: done.written,
            extra: [
                ("London authorities", .integer(done.result.records.filter(\.isLondon).count)),
                ("Joined with library counts", .integer(done.joined)),
            ], notes: done.notes + ["Source: ONS mid-2015 populations and IMD 2015 scores as kept by LibrariesHacked [S72]; library counts [S71]."])
        return Self.reply(summary, result: done.result, data: [
            ("authorities", .number(Double(done.result.records.count))), ("joined", .number(Double(done.joined))),
        ])
    }

    /// The summary table of an import.
    static func summary<Record>(
        title: String, result: ImportResult<Record>, written: String, extra: [(String, ReportCell)], notes: [String]
    ) -> ReportTable {
        var table = ReportTable(title: title, columns: [ReportColumn("item", "Item"), ReportColumn("value", "Value")])
        table.append([.text("Lines read"), .integer(result.linesRead)])
        table.append([.text("Imported"), .integer(result.records.count)])
        table.append([.text("Skipped"), .integer(result.skipped.count)])
        table.append([.text("Cells with text repaired"), .integer(result.repaired.count)])
        table.append([.text("Values not read (left missing)"), .integer(result.warnings.count)])
        for (label, cell) in extra { table.append([.text(label), cell]) }
        table.notes = ["Written to \(written)."] + notes
        return table
    }

    /// The reply: the summary, then the skipped lines, repairs and values not read (the first few of each).
    static func reply<Record>(_ summary: ReportTable, result: ImportResult<Record>, data: [(String, JSONValue)]) -> Reply {
        var blocks: [ReplyBlock] = [.table(summary)]
        for (title, issues) in [("Lines skipped", result.skipped), ("Text repaired", result.repaired), ("Values not read", result.warnings)]
        where !issues.isEmpty {
            var table = ReportTable(
                title: "\(title) (\(issues.count))",
                columns: [ReportColumn("line", "Line"), ReportColumn("field", "Field"), ReportColumn("reason", "What")])
            for issue in issues.prefix(listed) { table.append([.integer(issue.line), .text(issue.field ?? ""), .text(issue.message)]) }
            if issues.count > listed { table.notes.append("… and \(issues.count - listed) more; add --json for all.") }
            blocks.append(.table(table))
        }
        func json(_ issues: [ImportIssue]) -> JSONValue {
            .array(issues.map { .object([("line", .number(Double($0.line))), ("field", $0.field.map(JSONValue.string) ?? .null), ("message", .string($0.message))]) })
        }
        return Reply(blocks: blocks, data: data + [
            ("skipped", json(result.skipped)), ("repaired", json(result.repaired)), ("warnings", json(result.warnings)),
        ])
    }
}
