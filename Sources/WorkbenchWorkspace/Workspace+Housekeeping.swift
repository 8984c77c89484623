public import Foundation
public import WorkbenchCore

/// Start-up housekeeping and the checks `check` makes of the workspace's required files.
extension Workspace {
    /// The folders where `AtomicFile` writes its temporaries.
    static let temporaryFolders = ["", "inputs", "analyses", "runs", "reports", ".workbench"]

    /// Removes the `.NAME.UUID.tmp` files that interrupted saves left (a save killed between writing its temporary
    /// and renaming it) when they are older than `age`, so that no save still in progress loses its file. Runs only
    /// when the workspace lock is free now (under the lock), and does nothing otherwise.
    /// - Returns: the paths removed, relative to the workspace folder.
    @discardableResult
    public func removeStaleTemporaryFiles(olderThan age: TimeInterval = 3600, now: Date = Date()) -> [String] {
        ifUnlocked(command: "tidy temporary files") {
            var removed: [String] = []
            let manager = FileManager.default
            for relative in Workspace.temporaryFolders {
                let directory = relative.isEmpty ? folder : folder.appendingPathComponent(relative)
                for name in (try? manager.contentsOfDirectory(atPath: directory.path)) ?? [] where Workspace.isTemporaryName(name) {
                    let url = directory.appendingPathComponent(name)
                    guard let attributes = try? manager.attributesOfItem(atPath: url.path),
                        attributes[.type] as? FileAttributeType == .typeRegular,
                        let modified = attributes[.modificationDate] as? Date, now.timeIntervalSince(modified) > age
                    else { continue }
                    if (try? manager.removeItem(at: url)) != nil {
                        removed.append(relative.isEmpty ? name : "\(relative)/\(name)")
                    }
                }
            }
            return removed.sorted()
        } ?? []
    }

    /// Whether a file name is an `AtomicFile` temporary: `.NAME.UUID.tmp`.
    static func isTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
        let parts = name.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, let last = parts.last else { return false }
        return UUID(uuidString: String(last)) != nil
    }

    /// The error when `inputs/london-authorities.csv` is missing, or nil when it is there. Without it the comparator
    /// authorities would silently shrink to the pilot boroughs' own profiles, so commands that need it fail and
    /// `check` reports it.
    public func missingComparators() -> WorkbenchError? {
        let url = folder.appendingPathComponent(Workspace.comparatorsPath)
        guard !FileManager.default.fileExists(atPath: url.path) else { return nil }
        return WorkbenchError(
            .notFound,
            "The workspace has no \(Workspace.comparatorsPath): without it the London comparator authorities are missing and comparisons would cover the pilot boroughs only.",
            hint: "Restore the file (for example from version control or a copy of the default workspace).",
            location: .init(file: Workspace.comparatorsPath))
    }

    /// Problems with the files every workspace must have, for `check`: today, the comparators file.
    public func requiredFileProblems() -> [WorkbenchError] {
        [missingComparators()].compactMap { $0 }
    }
}
