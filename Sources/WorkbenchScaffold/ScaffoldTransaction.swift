import Foundation
import WorkbenchCore
import WorkbenchWorkspace

/// One file operation of a scaffold, as the crash-injection hook sees it.
public struct ScaffoldStep: Hashable, Sendable, CustomStringConvertible {
    /// Its position in the scaffold's sequence, from 0.
    public var index: Int
    /// What it does, such as `move Package.swift into place`.
    public var description: String
}

/// The staging folder of one `new-borough`, `.workbench-scaffold-<UUID>/` at the package root, and the fixed order
/// of renames that applies it.
///
/// Layout: `payload/Plugins/<Name>/…` and `payload/Tests/<Name>Tests/…` (the new folders), `Package.swift.new` and
/// `Catalog.swift.new` (the lists with the borough added), `Package.swift.old`/`.expected` and
/// `Catalog.swift.old`/`.expected` (both versions, kept to decide and to undo), and last `intent.json`, whose
/// presence is the commit point. Applying renames the two folders, then Package.swift, then the catalog, then
/// removes the intent and the folder. A staging folder without an intent was never applied and is removed; one with
/// an intent is completed if the package still holds what the scaffold read, or rolled back otherwise.
struct ScaffoldTransaction {
    /// The prefix of staging folders at the package root.
    static let prefix = ".workbench-scaffold-"

    /// The package root.
    let root: URL
    /// The staging folder.
    let folder: URL

    /// The intent file's contents.
    struct Intent: Codable {
        /// The module's name.
        var name: String
    }

    /// A file the scaffold replaces: its place in the package and its name in the staging folder.
    struct ListFile {
        /// Path relative to the package root.
        var path: String
        /// Name of its copies in the staging folder.
        var staged: String
    }

    /// Package.swift and the catalog, in the order they are replaced.
    static let listFiles = [
        ListFile(path: "Package.swift", staged: "Package.swift"),
        ListFile(path: "Sources/WorkbenchCatalog/Catalog.swift", staged: "Catalog.swift"),
    ]

    /// The two new folders, relative to the root (and to `payload/`), in the order they are moved.
    static func folders(_ name: String) -> [String] { ["Plugins/\(name)", "Tests/\(name)Tests"] }

    var intentFile: URL { folder.appendingPathComponent("intent.json") }
    func staged(_ name: String) -> URL { folder.appendingPathComponent(name) }
    func payload(_ relative: String) -> URL { folder.appendingPathComponent("payload/\(relative)") }
    func inPackage(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// The staging folders left at `root` by scaffolds that did not finish.
    static func pending(root: URL) -> [ScaffoldTransaction] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { $0.hasPrefix(prefix) }.sorted().map {
            ScaffoldTransaction(root: root, folder: root.appendingPathComponent($0))
        }
    }

    /// The intent, or nil when staging did not reach its commit point.
    func intent() -> Intent? {
        guard let data = try? Data(contentsOf: intentFile) else { return nil }
        return try? JSONDecoder().decode(Intent.self, from: data)
    }

    /// The renames still to do, in order, as (from, to, description); each is skipped once its source has gone.
    func remainingMoves(_ name: String) -> [(from: URL, to: URL, label: String)] {
        var moves: [(URL, URL, String)] = []
        for relative in Self.folders(name) where exists(payload(relative)) {
            moves.append((payload(relative), inPackage(relative), "move \(relative) into place"))
        }
        for file in Self.listFiles where exists(staged(file.staged + ".new")) {
            moves.append((staged(file.staged + ".new"), inPackage(file.path), "move \(file.path) into place"))
        }
        return moves
    }

    /// Whether the rest can be applied: every folder still to move has a free place, and every list file still to
    /// replace holds exactly what the scaffold read.
    func canComplete(_ name: String) -> Bool {
        for relative in Self.folders(name) where exists(payload(relative)) && exists(inPackage(relative)) { return false }
        for file in Self.listFiles where exists(staged(file.staged + ".new")) {
            guard let old = try? Data(contentsOf: staged(file.staged + ".old")),
                let now = try? Data(contentsOf: inPackage(file.path)), old == now
            else { return false }
        }
        return true
    }

    /// Applies the remaining renames in order, then removes the intent and the folder. `step` is called before each
    /// operation.
    func complete(_ name: String, step: (String) throws -> Void) throws {
        for move in remainingMoves(name) {
            try step(move.label)
            try FileManager.default.createDirectory(at: move.to.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.move(move.from, to: move.to)
        }
        try finish(step: step)
    }

    /// Undoes what was applied: removes each new folder that was moved (its payload has gone), puts back each list
    /// file that was replaced and still holds the scaffold's version, then removes the staging folder.
    func rollBack(_ name: String) throws {
        let manager = FileManager.default
        for file in Self.listFiles.reversed() where !exists(staged(file.staged + ".new")) {
            guard let expected = try? Data(contentsOf: staged(file.staged + ".expected")),
                let old = try? Data(contentsOf: staged(file.staged + ".old")),
                let now = try? Data(contentsOf: inPackage(file.path)), now == expected
            else { continue }
            try AtomicFile.write(old, to: inPackage(file.path))
        }
        for relative in Self.folders(name).reversed() where !exists(payload(relative)) && exists(inPackage(relative)) {
            try manager.removeItem(at: inPackage(relative))
        }
        try finish(step: { _ in })
    }

    /// Removes the intent (so that an interruption from here on leaves a folder that is simply deleted), then the
    /// staging folder.
    func finish(step: (String) throws -> Void) throws {
        if exists(intentFile) {
            try step("remove the scaffold's intent")
            try FileManager.default.removeItem(at: intentFile)
        }
        try step("remove the staging folder")
        try FileManager.default.removeItem(at: folder)
    }

    private func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }
}
