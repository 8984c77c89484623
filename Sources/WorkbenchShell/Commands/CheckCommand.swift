import Foundation
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `check`: validates the whole workspace (every file, every reference, every figure's source) and reports every
/// problem at once.
struct CheckCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "check", abstract: "Validate the whole workspace and the loaded modules; report every problem at once.",
        discussion: """
            Reads workspace.json, every CSV and JSON file under inputs/, analyses/ and runs/, checks that saved analyses
            still parse, that comparator ids are valid and unique, that every source tag cited by a profile, a comparator
            or a case study is in the sources list, and that each profile's library counts match its branch list.
            """,
        category: "Workspace")

    init(parsing invocation: Invocation, context: CommandContext) throws {}

    func run(in context: CommandContext) throws -> Reply {
        var problems: [(file: String, line: Int?, field: String?, message: String)] = []
        func add(_ error: WorkbenchError, file: String) {
            problems.append((error.location?.file ?? file, error.location?.line, error.location?.field, error.message))
        }
        let folder = context.workspace.folder
        var checked = 0

        // workspace.json
        checked += 1
        do { _ = try Workspace(folder: folder) } catch let error as WorkbenchError { add(error, file: "workspace.json") }

        // Files every workspace needs.
        for error in context.workspace.requiredFileProblems() { add(error, file: error.location?.file ?? "inputs") }

        // inputs/
        let inputs = folder.appendingPathComponent("inputs")
        for name in Self.files(in: inputs) {
            let path = "inputs/\(name)"
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: inputs.appendingPathComponent(name).path, isDirectory: &isFolder),
                isFolder.boolValue
            {
                if name == "proposals" {
                    do {
                        checked += try ProposalStore.load(from: context.workspace).count
                    } catch let error as WorkbenchError {
                        add(error, file: path)
                    }
                }
                continue
            }
            checked += 1
            guard let text = try? String(contentsOf: inputs.appendingPathComponent(name), encoding: .utf8) else {
                problems.append((path, nil, nil, "The file is not UTF-8 text."))
                continue
            }
            do {
                if name.hasSuffix("authorities.csv") {
                    let rows = try ComparatorsFile.parse(text, file: path)
                    var seen = Set<BoroughID>()
                    for row in rows where !seen.insert(row.id).inserted {
                        problems.append((path, nil, "id", "The authority id '\(row.id)' appears more than once."))
                    }
                    for row in rows { Self.checkSources(of: row, in: context, file: path, into: &problems) }
                } else if name.hasSuffix(".csv") {
                    _ = try CSVReader.parse(text, file: path, hasHeader: true)
                } else if name.hasSuffix(".json") {
                    _ = try JSONFileDecoder.decode(JSONValue.self, from: Data(text.utf8), file: path)
                }
            } catch let error as WorkbenchError {
                add(error, file: path)
            }
        }

        // analyses/ and runs/
        let store = AnalysisStore(folder: folder)
        let (analyses, unreadable) = store.analyses()
        checked += analyses.count + unreadable.count
        for error in unreadable { add(error, file: "analyses") }
        for analysis in analyses {
            let words = (try? Tokenizer.split(analysis.command)) ?? []
            guard let first = words.first, let type = context.commands.command(named: first) else {
                problems.append(("analyses/\(analysis.name).json", nil, "command", "The command '\(analysis.command)' names no command the workbench has."))
                continue
            }
            do {
                let invocation = try Invocation(spec: type.spec, words: Array(words.dropFirst()).filter { $0 != "--json" })
                _ = try type.init(parsing: invocation, context: context)
            } catch let error as WorkbenchError {
                problems.append(("analyses/\(analysis.name).json", nil, "command", "The command '\(analysis.command)' no longer parses: \(error.message)"))
            }
        }
        for name in Self.files(in: folder.appendingPathComponent("runs")) where name.hasSuffix(".json") {
            checked += 1
            let url = folder.appendingPathComponent("runs/\(name)")
            if (try? JSONDecoder().decode(RunRecord.self, from: Data(contentsOf: url))) == nil {
                problems.append(("runs/\(name)", nil, nil, "The run record cannot be read; 'rerun' will replace it."))
            }
        }

        // Modules: profiles and case studies cite known sources; library counts match branch lists.
        for (id, profile) in context.registry.profiles.sorted(by: { $0.key < $1.key }) {
            checked += 1
            let place = "module \(id)"
            Self.checkSources(of: profile.statistics, in: context, file: place, into: &problems)
            for figure in profile.figures {
                Self.checkTags(figure.provenance, in: context, file: place, field: figure.label, into: &problems)
            }
            let statutory = profile.libraries.filter(\.statutory2010).count
            if let count = profile.statistics.libraries2010?.value, count != statutory {
                problems.append((place, nil, "libraries2010", "The profile says \(count) libraries in April 2010 but lists \(statutory)."))
            }
        }
        for (id, entry) in context.registry.caseStudies.sorted(by: { $0.key < $1.key }) {
            for figure in entry.caseStudy.planned + entry.caseStudy.reported {
                Self.checkTags(figure.provenance, in: context, file: "case \(id)", field: figure.measure, into: &problems)
            }
        }

        if problems.isEmpty {
            return Reply(
                blocks: [.text("The workspace '\(context.workspace.manifest.name)' is valid: \(checked) files and modules checked, no problems.")],
                data: [("problems", .array([])), ("checked", .number(Double(checked)))])
        }
        var table = ReportTable(
            title: "\(problems.count) problem\(problems.count == 1 ? "" : "s") in workspace '\(context.workspace.manifest.name)' (\(checked) files and modules checked)",
            columns: [ReportColumn("file", "File"), ReportColumn("line", "Line"), ReportColumn("field", "Field"), ReportColumn("problem", "Problem")])
        for problem in problems {
            table.append([.text(problem.file), problem.line.map { .integer($0) } ?? .missing, .text(problem.field ?? ""), .text(problem.message)])
        }
        var reply = Reply(
            command: "check",
            error: WorkbenchError(.invalidFile, "The workspace has \(problems.count) problem\(problems.count == 1 ? "" : "s"); see the table."))
        reply.blocks = [.table(table)]
        return reply
    }

    private static func files(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    private static func checkSources(
        of statistics: AuthorityStatistics, in context: CommandContext, file: String,
        into problems: inout [(file: String, line: Int?, field: String?, message: String)]
    ) {
        let provenances: [(String, Provenance?)] = [
            ("population", statistics.population?.provenance), ("hectares", statistics.hectares?.provenance),
            ("deprivation", statistics.deprivation?.provenance), ("libraries2010", statistics.libraries2010?.provenance),
            ("libraries2016", statistics.libraries2016?.provenance), ("weeklyHours", statistics.weeklyHours?.provenance),
        ]
        for (field, provenance) in provenances {
            guard let provenance else { continue }
            checkTags(provenance, in: context, file: file, field: "\(statistics.id).\(field)", into: &problems)
        }
    }

    private static func checkTags(
        _ provenance: Provenance, in context: CommandContext, file: String, field: String,
        into problems: inout [(file: String, line: Int?, field: String?, message: String)]
    ) {
        if provenance.kind != .toBeFilled, provenance.sources.isEmpty {
            problems.append((file, nil, field, "The figure cites no source."))
        }
        for tag in provenance.sources where context.registry.sources[tag] == nil {
            problems.append((file, nil, field, "The source tag \(tag) is not in the sources list."))
        }
    }
}
