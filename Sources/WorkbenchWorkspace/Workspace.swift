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
    /// The library locations and catchments as last read, by their files' stamps (`libraryLocations()`).
    let geography = LibraryGeographyCache()
    /// The identity of `workspace.json` when it was last read or written here, to notice other writers.
    private var manifestStamp: FileStamp?
    /// The workspace's advisory lock, `.workbench/lock`.
    let lock: WorkspaceLock
    /// How long a writer waits for another process's lock before giving up with an error naming it.
    public var lockTimeout: Duration = .seconds(5)

    /// The manifest file's name.
    public static let manifestName = "workspace.json"
    /// The comparators file, relative to the folder.
    public static let comparatorsPath = "inputs/london-authorities.csv"

    /// Opens a workspace folder, reading and checking `workspace.json`.
    /// - Throws: an `invalidFile` error naming the file, line and field of the first problem, or saying that the file
    ///   is not a regular file (a FIFO, a device) or is too large.
    public init(folder: URL) throws {
        self.folder = folder.standardizedFileURL
        let file = self.folder.appendingPathComponent(Workspace.manifestName)
        lock = WorkspaceLock(file: self.folder.appendingPathComponent(".workbench/lock"))
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw WorkbenchError(
                .invalidFile, "'\(folder.path)' is not a workspace: it has no \(Workspace.manifestName).",
                hint: "Name a folder that holds a workspace.json, such as Workspaces/london-2010.",
                location: .init(file: file.path))
        }
        (manifest, manifestStamp) = try Workspace.loadManifest(file)
    }

    /// Reads and checks a manifest file, with the stamp of the file read.
    static func loadManifest(_ file: URL) throws -> (WorkspaceManifest, FileStamp?) {
        let stamp = FileStamp(file)
        let data = try RegularFile.read(file, limit: JSONFileDecoder.maxBytes, name: file.path)
        let manifest = try JSONFileDecoder.decode(WorkspaceManifest.self, from: data, file: file.path)
        if let problem = manifest.problems().first {
            let text = String(decoding: data, as: UTF8.self)
            let keys = problem.field.split(separator: ".").map { AnyCodingKey(String($0)) }
            throw WorkbenchError(
                .invalidFile, problem.message, hint: "Correct the value in \(Workspace.manifestName) or with 'set'.",
                location: .init(file: file.path, line: JSONFileDecoder.line(of: keys, in: text), field: problem.field))
        }
        return (manifest, stamp)
    }

    /// The manifest file.
    public var manifestFile: URL { folder.appendingPathComponent(Workspace.manifestName) }
    /// The folder for the session's own files (history, journal).
    public var stateFolder: URL { folder.appendingPathComponent(".workbench") }
    /// The command history file.
    public var historyFile: URL { stateFolder.appendingPathComponent("history") }

    /// The lock file.
    public var lockFile: URL { lock.file }

    /// Runs `body` holding the workspace lock: other processes' writers wait, and this process's nested writes share
    /// the one lock. A killed process releases it.
    /// - Parameter command: what is being done, written into the lock file so a waiting writer can name it.
    /// - Throws: `locked`, naming the other process, when the lock is not had within `lockTimeout`; nothing is run.
    public func withLock<T>(command: String, _ body: () throws -> T) throws -> T {
        try lock.acquire(command: command, timeout: lockTimeout)
        defer { lock.release() }
        return try body()
    }

    /// Runs `body` under the lock when the lock is free now, or returns nil at once when another process holds it.
    public func ifUnlocked<T>(command: String, _ body: () throws -> T) rethrows -> T? {
        guard (try? lock.acquire(command: command, timeout: .zero, throwing: false)) == true else { return nil }
        defer { lock.release() }
        return try body()
    }

    /// Changes the manifest and saves it atomically. Under the workspace lock, the file is read again and only this
    /// change is applied to what is on disk, so another process's change made since this one last read is kept;
    /// the in-memory manifest then holds the file's new contents. On failure nothing changes, in memory or on disk.
    /// - Throws: `locked` when another process holds the lock too long; the file's or the change's error otherwise.
    public func update(_ change: (inout WorkspaceManifest) throws -> Void) throws {
        try withLock(command: "save \(Workspace.manifestName)") {
            var copy = try Workspace.loadManifest(manifestFile).0
            try change(&copy)
            if let problem = copy.problems().first {
                throw WorkbenchError(.invalidArgument, problem.message, location: .init(field: problem.field))
            }
            try AtomicFile.write(try WorkspaceManifest.encoded(copy), to: manifestFile)
            manifest = copy
            manifestStamp = FileStamp(manifestFile)
        }
    }

    /// Reads `workspace.json` again when another process has replaced it since this workspace last read or wrote
    /// it, so a long-running shell shows what is on disk. A file that no longer reads is left for the next write or
    /// `check` to report; the manifest in memory is then kept.
    /// - Returns: whether the manifest was read again.
    @discardableResult
    public func refreshIfChanged() -> Bool {
        let stamp = FileStamp(manifestFile)
        guard stamp != manifestStamp, let (fresh, freshStamp) = try? Workspace.loadManifest(manifestFile) else { return false }
        manifest = fresh
        manifestStamp = freshStamp
        cachedComparators = nil
        return true
    }

    /// The London comparator authorities from `inputs/london-authorities.csv`, read on first use.
    /// - Throws: `notFound` when the file is missing (so `compare --all` cannot silently shrink to the pilots), or
    ///   `invalidFile` naming the line and field of a bad row.
    public func comparators() throws -> [AuthorityStatistics] {
        if let cachedComparators { return cachedComparators }
        let url = folder.appendingPathComponent(Workspace.comparatorsPath)
        if let missing = missingComparators() { throw missing }
        let data = try RegularFile.read(url, limit: InputLimits.csvBytes, name: Workspace.comparatorsPath)
        guard let text = String(data: data, encoding: .utf8) else {
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
