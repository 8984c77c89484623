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
            """,
        category: "Workspace",
        arguments: [
            ArgumentSpec("dataset", "libraries, authorities or boundaries", completion: .values(Self.datasets)),
            ArgumentSpec("file", "the CSV or GeoJSON file to read", completion: .file),
        ],
        options: [OptionSpec("--among", value: "london|england", "boundaries: which authorities to keep (default england: all)", completion: .values(["london", "england"]))],
        examples: [
            "import libraries ../shared/data/libraries_raw.csv", "import authorities ../shared/data/authorities.csv",
            "import boundaries ../shared/data/authorities_geo.json --among london",
        ])

    /// The datasets that can be imported.
    static let datasets = ["libraries", "authorities", "boundaries"]

    static var changesWorkspace: Bool { true }

    /// The path of the England authorities file inside a workspace.
    static let authoritiesPath = "inputs/england-authorities.csv"
    /// How many issues of each kind the reply lists (all are in the JSON).
    static let listed = 25

    let dataset: String
    let file: URL
    let typed: String
    /// Boundaries: keep only the workspace's London authorities.
    let onlyLondon: Bool

    init(parsing invocation: Invocation, context: CommandContext) throws {
        dataset = invocation.arguments[0]
        guard Self.datasets.contains(dataset) else {
            throw WorkbenchError(
                .invalidArgument, "The value '\(dataset)' is invalid for '<dataset>'." + Suggestions.didYouMean(dataset, in: Self.datasets),
                hint: "Import 'libraries' (the Taskforce basic dataset), 'authorities' (the authorities statistics) or 'boundaries' (GeoJSON).",
                location: .init(argument: "<dataset>"))
        }
        typed = invocation.arguments[1]
        file = context.resolveInputPath(typed)
        onlyLondon = try Self.among(invocation)
        guard FileManager.default.isReadableFile(atPath: file.path) else {
            throw WorkbenchError(
                .notFound, "The file '\(typed)' does not exist or cannot be read.",
                hint: "Give the path of the CSV file, absolute or relative to the workspace or the current folder.",
                location: .init(file: typed))
        }
    }

    func run(in context: CommandContext) throws -> Reply {
        if dataset == "boundaries" { return try importBoundaries(in: context) }
        let data: Data
        do { data = try Data(contentsOf: file) } catch {
            throw WorkbenchError(.invalidFile, "Could not read '\(typed)'.", location: .init(file: typed), cause: "\(error)")
        }
        var notes: [String] = []
        let text: String
        if let utf8 = String(data: data, encoding: .utf8) {
            text = utf8
        } else if let legacy = String(data: data, encoding: .windowsCP1252) {
            text = legacy
            notes.append("The file is not UTF-8; it was read as Windows-1252.")
        } else {
            throw WorkbenchError(.invalidFile, "The file '\(typed)' is neither UTF-8 nor Windows-1252 text.", location: .init(file: typed))
        }
        let folder = context.workspace.folder
        if dataset == "libraries" {
            return try importLibraries(text, folder: folder, notes: notes)
        }
        return try importAuthorities(text, folder: folder, notes: notes)
    }

    func importLibraries(_ text: String, folder: URL, notes: [String]) throws -> Reply {
        let result = try LibrariesImporter.read(text, file: typed)
        try AtomicFile.write(LibrariesFile.render(result.records), to: folder.appendingPathComponent(LibrariesFile.path))
        var notes = notes
        let counts = LibraryCounts.byAuthority(result.records)
        let authoritiesURL = folder.appendingPathComponent(Self.authoritiesPath)
        if let existing = try? String(contentsOf: authoritiesURL, encoding: .utf8) {
            var rows = try Workspace.parseComparatorsFile(existing, file: Self.authoritiesPath)
            for index in rows.indices { counts[rows[index].id]?.apply(to: &rows[index]) }
            try AtomicFile.write(ComparatorsFile.render(rows), to: authoritiesURL)
            notes.append("Library counts and hours in \(Self.authoritiesPath) were updated from this import.")
        }
        let statutory2010 = result.records.filter(\.statutory2010).count
        let summary = Self.summary(
            title: "Import of libraries from \(typed)", result: result, written: LibrariesFile.path,
            extra: [
                ("Authorities", .integer(counts.count)), ("Statutory in April 2010", .integer(statutory2010)),
                ("Statutory in July 2016", .integer(result.records.filter(\.statutory2016).count)),
            ], notes: notes + ["Source: DCMS / Libraries Taskforce basic dataset [S71]."])
        return Self.reply(summary, result: result, data: [
            ("libraries", .number(Double(result.records.count))), ("authorities", .number(Double(counts.count))),
        ])
    }

    func importAuthorities(_ text: String, folder: URL, notes: [String]) throws -> Reply {
        var result = try AuthoritiesImporter.read(text, file: typed)
        var notes = notes
        let librariesURL = folder.appendingPathComponent(LibrariesFile.path)
        var joined = 0
        if let librariesText = try? String(contentsOf: librariesURL, encoding: .utf8) {
            let counts = LibraryCounts.byAuthority(try LibrariesFile.parse(librariesText))
            for index in result.records.indices {
                if let found = counts[result.records[index].id] {
                    found.apply(to: &result.records[index])
                    joined += 1
                }
            }
            let ids = Set(result.records.map(\.id))
            let unmatched = counts.keys.filter { !ids.contains($0) }.map(\.rawValue).sorted()
            if !unmatched.isEmpty {
                notes.append("Library authorities with no statistics row: \(unmatched.joined(separator: ", ")).")
            }
            if joined < result.records.count {
                notes.append("\(result.records.count - joined) authorities have no libraries in the imported dataset; their counts are left missing.")
            }
        } else {
            notes.append("No libraries imported yet: library counts and hours are left missing. Run 'import libraries <file>' to add them.")
        }
        let rendered = ComparatorsFile.render(result.records)
        _ = try Workspace.parseComparatorsFile(rendered, file: Self.authoritiesPath)
        try AtomicFile.write(rendered, to: folder.appendingPathComponent(Self.authoritiesPath))
        let summary = Self.summary(
            title: "Import of authorities from \(typed)", result: result, written: Self.authoritiesPath,
            extra: [
                ("London authorities", .integer(result.records.filter(\.isLondon).count)),
                ("Joined with library counts", .integer(joined)),
            ], notes: notes + ["Source: ONS mid-2015 populations and IMD 2015 scores as kept by LibrariesHacked [S72]; library counts [S71]."])
        return Self.reply(summary, result: result, data: [
            ("authorities", .number(Double(result.records.count))), ("joined", .number(Double(joined))),
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
