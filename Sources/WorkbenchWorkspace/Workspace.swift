public import Foundation
public import WorkbenchCore

/// A workspace folder: `workspace.json`, `inputs/`, `analyses/`, `runs/`, `reports/` and the session's own files in
/// `.workbench/` (history, journal). The analyst's state and the unit of reproducibility.
public final class Workspace {
    /// The folder.
    public let folder: URL
    /// The manifest as last loaded or saved.
    public private(set) var manifest: WorkspaceManifest
    private var cachedComparators: [AuthorityStatistics]?

    /// The manifest file's name.
    public static let manifestName = "workspace.json"
    /// The comparators file, relative to the folder.
    public static let comparatorsPath = "inputs/london-authorities.csv"

    /// Opens a workspace folder, reading and checking `workspace.json`.
    /// - Throws: an `invalidFile` error naming the file, line and field of the first problem.
    public init(folder: URL) throws {
        self.folder = folder.standardizedFileURL
        let file = self.folder.appendingPathComponent(Workspace.manifestName)
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw WorkbenchError(
                .invalidFile, "'\(folder.path)' is not a workspace: it has no \(Workspace.manifestName).",
                hint: "Name a folder that holds a workspace.json, such as Workspaces/london-2010.",
                location: .init(file: file.path))
        }
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw WorkbenchError(.invalidFile, "Could not read '\(file.path)': \(error.localizedDescription).",
                                 location: .init(file: file.path))
        }
        let manifest = try JSONFileDecoder.decode(WorkspaceManifest.self, from: data, file: file.path)
        if let problem = manifest.problems().first {
            let text = String(decoding: data, as: UTF8.self)
            let keys = problem.field.split(separator: ".").map { AnyCodingKey(String($0)) }
            throw WorkbenchError(
                .invalidFile, problem.message, hint: "Correct the value in \(Workspace.manifestName) or with 'set'.",
                location: .init(file: file.path, line: JSONFileDecoder.line(of: keys, in: text), field: problem.field))
        }
        self.manifest = manifest
    }

    /// The manifest file.
    public var manifestFile: URL { folder.appendingPathComponent(Workspace.manifestName) }
    /// The folder for the session's own files (history, journal).
    public var stateFolder: URL { folder.appendingPathComponent(".workbench") }
    /// The command history file.
    public var historyFile: URL { stateFolder.appendingPathComponent("history") }

    /// Replaces the manifest and saves it atomically; on failure nothing changes, in memory or on disk.
    public func update(_ change: (inout WorkspaceManifest) throws -> Void) throws {
        var copy = manifest
        try change(&copy)
        if let problem = copy.problems().first {
            throw WorkbenchError(.invalidArgument, problem.message, location: .init(field: problem.field))
        }
        try AtomicFile.write(try WorkspaceManifest.encoded(copy), to: manifestFile)
        manifest = copy
    }

    /// The London comparator authorities from `inputs/london-authorities.csv`, read on first use.
    public func comparators() throws -> [AuthorityStatistics] {
        if let cachedComparators { return cachedComparators }
        let url = folder.appendingPathComponent(Workspace.comparatorsPath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            cachedComparators = []
            return []
        }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw WorkbenchError(.invalidFile, "Could not read '\(Workspace.comparatorsPath)' as UTF-8 text.",
                                 location: .init(file: url.path))
        }
        let rows = try ComparatorsFile.parse(text, file: Workspace.comparatorsPath)
        cachedComparators = rows
        return rows
    }

    /// Resolves a path typed by the analyst: absolute paths as they are, relative ones inside the workspace folder.
    public func resolve(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
    }
}

extension WorkspaceManifest {
    /// The manifest as pretty-printed JSON with sorted keys and a final newline.
    public static func encoded(_ manifest: WorkspaceManifest) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(manifest)
        data.append(0x0A)
        return data
    }
}

/// A coding key from a string, for locating fields in error messages.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}
