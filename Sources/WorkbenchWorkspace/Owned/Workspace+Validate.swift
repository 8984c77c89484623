import Foundation
public import WorkbenchCore

extension Workspace {
    /// Validates the whole workspace and the registered modules, and reports every problem at once: workspace.json,
    /// every file under `inputs/` (CSV and JSON parse; authorities files have unique ids citing known sources;
    /// proposals check; library locations, catchments and boundaries read whole by their own readers; entered figures are for known authorities and figures, in range, with a plausible year;
    /// parameter overrides are scoped to "all" or known authorities, for registered calculators' parameters, in
    /// range), saved analyses (they read, and their commands still parse), run records, then the modules
    /// (see `ValidationReport.checkModules`).
    /// - Parameters:
    ///   - registry: the registered modules, for the sources list and the modules' own checks.
    ///   - partnershipProjects: the partnership project ids a proposal may name; nil leaves proposals' projects
    ///     unchecked. Proposals' boroughs are always checked against the registry's profiles and the comparators.
    ///   - checkCommand: how a saved analysis's command fares against the shell's commands.
    public func validate(
        registry: ModuleRegistry, partnershipProjects: [String]? = nil, checkCommand: (String) -> SavedCommandCheck
    ) -> ValidationReport {
        var report = ValidationReport()

        report.checked += 1
        do { _ = try Workspace(folder: folder) } catch let error as WorkbenchError { report.add(error, file: Workspace.manifestName) }
        catch { report.add(Workspace.manifestName, "\(error)") }

        for error in requiredFileProblems() { report.add(error, file: error.location?.file ?? "inputs") }
        checkInputs(into: &report, registry: registry, projects: partnershipProjects.map(Set.init))
        let authorities = Set(((try? comparators()) ?? []).map(\.id)).union(registry.profiles.keys)
        report.problems += enteredFigureProblems(authorities: authorities)
        report.problems += parameterOverrideProblems(registry: registry, authorities: authorities)

        let (analyses, unreadable) = AnalysisStore(folder: folder).analyses()
        report.checked += analyses.count + unreadable.count
        for error in unreadable { report.add(error, file: "analyses") }
        for analysis in analyses {
            let file = "analyses/\(analysis.name).json"
            switch checkCommand(analysis.command) {
            case .parses: break
            case .unknownCommand:
                report.add(file, field: "command", "The command '\(analysis.command)' names no command the workbench has.")
            case .doesNotParse(let message):
                report.add(file, field: "command", "The command '\(analysis.command)' no longer parses: \(message)")
            }
        }
        for name in Self.visibleFiles(in: folder.appendingPathComponent("runs")) where name.hasSuffix(".json") {
            report.checked += 1
            let url = folder.appendingPathComponent("runs/\(name)")
            if (try? JSONDecoder().decode(RunRecord.self, from: Data(contentsOf: url))) == nil {
                report.add("runs/\(name)", "The run record cannot be read; 'rerun' will replace it.")
            }
        }

        report.checkModules(registry)
        return report
    }

    /// Checks every file under `inputs/`, in name order.
    private func checkInputs(into report: inout ValidationReport, registry: ModuleRegistry, projects: Set<String>?) {
        let sources = registry.sources
        let inputs = folder.appendingPathComponent("inputs")
        for name in Self.visibleFiles(in: inputs) {
            let path = "inputs/\(name)"
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: inputs.appendingPathComponent(name).path, isDirectory: &isFolder),
                isFolder.boolValue
            {
                if name == "proposals" {
                    do {
                        let proposals = try ProposalStore.load(from: self)
                        report.checked += proposals.count
                        let boroughs = Set(registry.profiles.keys).union(((try? comparators()) ?? []).map(\.id))
                        for error in ProposalStore.unknownIDs(in: proposals, boroughs: boroughs, projects: projects) {
                            report.add(error, file: error.location?.file ?? path)
                        }
                    } catch let error as WorkbenchError {
                        report.add(error, file: path)
                    } catch {
                        report.add(path, "\(error)")
                    }
                }
                continue
            }
            report.checked += 1
            guard let text = try? String(contentsOf: inputs.appendingPathComponent(name), encoding: .utf8) else {
                report.add(path, "The file is not UTF-8 text.")
                continue
            }
            do {
                if path == LocationsFile.path {
                    _ = try LocationsFile.load(from: folder)  // every row, with its line and field on the first bad one
                } else if path == CatchmentsFile.path {
                    _ = try CatchmentsFile.load(from: folder)
                } else if path == BoundariesFile.path {
                    _ = try BoundariesFile.load(from: folder)  // every feature's shape, not only the JSON
                } else if name.hasSuffix("authorities.csv") {
                    let rows = try ComparatorsFile.parse(text, file: path)
                    var seen = Set<BoroughID>()
                    for row in rows where !seen.insert(row.id).inserted {
                        report.add(path, field: "id", "The authority id '\(row.id)' appears more than once.")
                    }
                    for row in rows { report.checkSources(of: row, known: sources, file: path) }
                } else if name.hasSuffix(".csv") {
                    _ = try CSVReader.parse(text, file: path, hasHeader: true)
                } else if path == Self.enteredFiguresPath {
                    continue  // read and checked figure by figure by `enteredFigureProblems`
                } else if path == ParameterOverrides.path {
                    continue  // read and checked override by override by `parameterOverrideProblems`
                } else if name.hasSuffix(".json") {
                    _ = try JSONFileDecoder.decode(AnyJSON.self, from: Data(text.utf8), file: path)
                }
            } catch let error as WorkbenchError {
                report.add(error, file: path)
            } catch {
                report.add(path, "\(error)")
            }
        }
    }

    /// The names in a folder, hidden ones left out, sorted; none when it does not exist.
    static func visibleFiles(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }
}
