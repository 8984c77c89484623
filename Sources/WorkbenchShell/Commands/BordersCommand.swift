import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `borders <borough>`: the authorities that share a border with one, derived from the workspace's boundaries, with
/// the length of boundary shared.
struct BordersCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "borders", abstract: "List the authorities that share a border with one, from the workspace's boundaries.",
        discussion: """
            Borders are derived from the boundary polygons of inputs/boundaries.geojson (London's 33 ship with the
            default workspace; 'import boundaries' adds England's 151 [S72]). The published boundaries are simplified,
            so a border is a length of at least 1 km of one authority's boundary lying within the tolerance (250 m
            unless --tolerance says otherwise) of the other's, measured in metres in an equirectangular projection at
            the data's mean latitude. A river counts as a border: boroughs facing each other across the Thames border
            each other. Corners where boundaries merely touch do not count.
            """,
        category: "Boroughs",
        arguments: [ArgumentSpec("borough", "the authority's id, as in 'compare'")],
        options: [toleranceOption.spec, minimumOption.spec],
        examples: ["borders bexley", "borders camden --tolerance 100"])

    /// `--tolerance metres`.
    static let toleranceOption = Option<Int>.integer(
        "--tolerance", value: "metres", "how far apart two edges may be and still be one border (default 250)", in: 10...2_000)
    /// `--minimum metres`.
    static let minimumOption = Option<Int>.integer(
        "--minimum", value: "metres", "the shortest shared length that counts (default 1,000)", in: 0...20_000)

    let id: String
    let tolerance: Double
    let minimum: Double

    init(parsing invocation: Invocation, context: CommandContext) throws {
        id = invocation.arguments[0]
        tolerance = Double(try invocation.value(Self.toleranceOption) ?? Int(Borders.defaultToleranceMetres))
        minimum = Double(try invocation.value(Self.minimumOption) ?? Int(Borders.defaultMinimumSharedMetres))
    }

    func run(in context: CommandContext) throws -> Reply {
        let boundaries = try context.boundaries(argument: "<borough>")
        guard let subject = boundaries.firstIndex(where: { $0.id.rawValue == id }) else {
            throw WorkbenchError(
                .notFound, "No boundary for '\(id)' in \(BoundariesFile.path)." + Suggestions.didYouMean(id, in: boundaries.map(\.id.rawValue)),
                hint: "The workspace has boundaries for \(boundaries.count) authorities; 'import boundaries <file>' adds more.",
                location: .init(argument: "<borough>"))
        }
        let graph = Borders.compute(boundaries, toleranceMetres: tolerance, minimumSharedMetres: minimum)
        let name = boundaries[subject].name
        var table = ReportTable(
            title: "Authorities bordering \(name) (\(graph.neighbours[subject].count) of \(boundaries.count) with boundaries)",
            columns: [
                ReportColumn("id", "Id"), ReportColumn("name", "Authority"),
                ReportColumn("shared_km", "Shared border", unit: "km"),
            ])
        let rows = graph.neighbours[subject].map { (index: $0, metres: graph.sharedMetres(subject, $0)) }
            .sorted { $0.metres != $1.metres ? $0.metres > $1.metres : $0.index < $1.index }
        for row in rows {
            table.append([.text(boundaries[row.index].id.rawValue), .text(boundaries[row.index].name), .number(row.metres / 1000, decimals: 1)])
        }
        table.notes = [
            "A border is at least \(Self.metres(minimum)) of boundary within \(Self.metres(tolerance)) of the other "
                + "authority's; a river counts as a border (boroughs facing each other across the Thames border each other).",
            "Boundaries: ONS / Ordnance Survey open data, simplified, as kept by LibrariesHacked [S72].",
        ]
        return Reply(blocks: [.table(table)], data: [
            ("borough", .string(id)), ("tolerance_m", .number(tolerance)), ("minimum_m", .number(minimum)),
            ("neighbours", .array(rows.map { .object([
                ("id", .string(boundaries[$0.index].id.rawValue)), ("shared_m", .number($0.metres.rounded())),
            ]) })),
        ])
    }

    /// `250 m` or `1 km`.
    static func metres(_ value: Double) -> String {
        value >= 1000 && value.truncatingRemainder(dividingBy: 1000) == 0 ? "\(Int(value / 1000)) km" : "\(Int(value)) m"
    }
}
