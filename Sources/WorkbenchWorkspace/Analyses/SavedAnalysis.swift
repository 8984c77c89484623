public import Foundation
public import WorkbenchCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A named analysis of a workspace: a command line that `rerun` recomputes. Stored as `analyses/<name>.json`.
public struct SavedAnalysis: Codable, Sendable, Equatable {
    /// The analysis's name (`pilot-comparison`).
    public var name: String
    /// The command line it runs (`compare`).
    public var command: String
    /// What it is for.
    public var description: String?

    /// Makes an analysis.
    public init(name: String, command: String, description: String? = nil) {
        self.name = name
        self.command = command
        self.description = description
    }
}

/// Reads and writes a workspace's saved analyses and their latest runs.
public struct AnalysisStore {
    /// The workspace folder.
    public let folder: URL

    /// Makes a store on a workspace folder.
    public init(folder: URL) { self.folder = folder }

    private var analysesFolder: URL { folder.appendingPathComponent("analyses") }
    private var runsFolder: URL { folder.appendingPathComponent("runs") }

    /// Every saved analysis, by name. A file that cannot be read is reported in `problems`, not thrown.
    public func analyses() -> (analyses: [SavedAnalysis], problems: [WorkbenchError]) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: analysesFolder.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        var out: [SavedAnalysis] = []
        var problems: [WorkbenchError] = []
        for file in names {
            let url = analysesFolder.appendingPathComponent(file)
            do {
                let data = try RegularFile.read(url, limit: JSONFileDecoder.maxBytes, name: "analyses/\(file)")
                out.append(try JSONFileDecoder.decode(SavedAnalysis.self, from: data, file: "analyses/\(file)"))
            } catch let error as WorkbenchError {
                problems.append(error)
            } catch {
                problems.append(WorkbenchError(.invalidFile, "Could not read analyses/\(file).", location: .init(file: "analyses/\(file)")))
            }
        }
        return (out, problems)
    }

    /// Saves an analysis atomically. Callers hold the workspace lock, so the check for an existing analysis and the
    /// save are one step.
    /// - Parameter replace: whether an analysis of the same name may be replaced; without it, one is refused.
    /// - Throws: `invalidArgument` for a bad name or an existing analysis (unless `replace`), `writeFailed`.
    public func save(_ analysis: SavedAnalysis, replace: Bool = false) throws {
        guard BoroughID.isValid(analysis.name) else {
            throw WorkbenchError.invalid("<name>", analysis.name, expected: "lower-case letters, digits and hyphens, such as pilot-comparison")
        }
        let target = analysesFolder.appendingPathComponent("\(analysis.name).json")
        var status = stat()
        if !replace, lstat(target.path, &status) == 0 {
            let old = (try? Data(contentsOf: target)).flatMap { try? JSONDecoder().decode(SavedAnalysis.self, from: $0) }
            throw WorkbenchError(
                .invalidArgument,
                "An analysis named '\(analysis.name)' already exists" + (old.map { ": \($0.command)" } ?? "") + ". It was not replaced.",
                hint: "Choose another name, or add --replace to replace it.", location: .init(argument: "<name>"))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(try encoder.encode(analysis), to: analysesFolder.appendingPathComponent("\(analysis.name).json"))
    }

    /// The latest run of an analysis, if any (an unreadable record counts as none).
    public func lastRun(of name: String) -> RunRecord? {
        let url = runsFolder.appendingPathComponent("\(name).json")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(RunRecord.self, from: data)
    }

    /// Stores a run as the analysis's latest, atomically.
    public func store(_ record: RunRecord) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(try encoder.encode(record), to: runsFolder.appendingPathComponent("\(record.analysis).json"))
    }
}
