import Foundation
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `map <command line…> [--to file.svg|file.html] [--force]`: runs a command and draws its result on a map of the
/// workspace's boundaries: a measure per authority on a sequential scale, or a partition's groups each in its own
/// colour (see `MapContent`); the SVG is drawn by `SVGMapRenderer`.
struct MapCommand: ShellCommand, WrapsCommandLine {
    static let spec = CommandSpec(
        name: "map", abstract: "Draw a command's result on a map of the workspace's boundaries (SVG or HTML).",
        discussion: """
            Draws the boroughs as polygons (equirectangular projection at the data's mean latitude, boundaries from
            the workspace's inputs/boundaries.geojson [S72]). A comparison is coloured by the measure its --by names,
            on a scale from light (lowest) to dark (highest); authorities without a value are grey and listed. A
            partition ('partners optimise') gives each group its own colour, the legend listing the groups. Where the
            workspace locates libraries ('import locations'), each is a dot: statutory in 2010 and still in 2016,
            newly statutory, community-run, closed, or statutory in 2010 only [S71][S72]. Without
            --to the reply only summarises the map; --to writes a self-contained SVG or HTML page (no scripts,
            nothing fetched). Paths as for 'report'; --force to replace a file.
            """,
        category: "Reports",
        arguments: [ArgumentSpec("command", "the command line or saved analysis to map", arity: .oneOrMore, completion: .command)],
        options: [toOption.spec, ReportSupport.forceFlag.spec],
        examples: [
            "map compare --all --by hours --to hours.svg",
            "map partners optimise shared-service --among london --geography contiguous --to partners.html",
        ], effects: .namedFiles)

    /// `--to file`.
    static let toOption = Option<String>.text("--to", value: "file.svg|file.html", "where to write the map", completion: .file)

    let line: String
    /// Its file may be inside the workspace (reports/): written under the workspace lock and journalled.
    static var changesWorkspace: Bool { true }

    let output: OutputPath?

    init(parsing invocation: Invocation, context: CommandContext) throws {
        line = try ReportSupport.commandLine(invocation.arguments, context: context, argument: "<command>").line
        output = try invocation.value(Self.toOption).map {
            try OutputPath($0, workspace: context.workspace.folder, extensions: ["svg", "html"], force: invocation.flag(ReportSupport.forceFlag))
        }
    }

    func run(in context: CommandContext) throws -> Reply {
        let boundaries = try context.boundaries(argument: "map")
        let reply = try ReportSupport.run(line, context: context)
        var content = try MapContent.make(line: line, reply: reply, boundaries: boundaries)
        let dots = try MapLibraries.add(to: &content.spec, boundaries: boundaries, context: context)
        if let output {
            try output.write(output.fileExtension == "html" ? SVGMapRenderer.html(content.spec) : SVGMapRenderer.render(content.spec))
        }
        let drawn = boundaries.count - content.grey.count
        var summary = ReportTable(
            title: output == nil ? "Map (not written)" : "Map written",
            columns: [ReportColumn("item", "Item"), ReportColumn("value", "Value")],
            rows: [
                [.text("File"), .text(output?.url.path ?? "–")], [.text("Format"), .text(output?.fileExtension.uppercased() ?? "–")],
                [.text("Command"), .text(line)],
                [.text("Authorities"), .described(Double(boundaries.count), text: "\(boundaries.count) drawn, \(drawn) coloured, \(content.grey.count) grey")],
                [.text("Coloured by"), .text(content.colouredBy)],
                [.text("Libraries"), .text(dots.markers.isEmpty
                    ? "none located ('import locations <file>' adds them)"
                    : "\(dots.markers.count) dots in \(dots.legend.count) kinds (see the legend)")],
            ])
        if !content.grey.isEmpty { summary.notes.append("Grey (\(content.kind == "measure" ? "no value" : "in no group")): " + content.grey.joined(separator: ", ") + ".") }
        if output == nil { summary.notes.append("Write the map with --to FILE.svg or --to FILE.html (in reports/ unless a folder is given; --force to replace).") }
        let legend = ReportTable(
            title: "Legend: " + content.spec.legendTitle, columns: [ReportColumn("colour", "Colour"), ReportColumn("meaning", "Meaning")],
            rows: content.spec.legend.map { [.text($0.colour), .text($0.label)] }
                + content.spec.markerLegend.map { [.text($0.colour), .text("dot: library " + $0.label)] })
        return Reply(blocks: [.table(summary), .table(legend)], data: [
            ("file", output.map { .string($0.url.path) } ?? .null), ("kind", .string(content.kind)),
            ("authorities", .number(Double(boundaries.count))), ("grey", .array(content.grey.map { .string($0) })),
            ("libraries", .number(Double(dots.markers.count))),
        ])
    }
}
