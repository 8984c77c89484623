import Foundation
import WorkbenchCore

/// Replaces one or more of a workspace's input files as a unit that is checked whole before anything is replaced:
/// each new file is written to a temporary beside its target and flushed, then read back from the temporary and
/// checked by the caller's parser; only when every file has passed are they renamed over their targets, under the
/// workspace lock. A failure at any step removes the temporaries and leaves every target byte for byte as it was.
///
/// Each rename is atomic; a crash between two renames of one transaction can leave the first file new and the
/// second old (each whole), which the importers tolerate because the second is derived from the first.
public struct InputTransaction {
    /// The workspace changed.
    public let workspace: Workspace
    private var staged: [StagedFile] = []

    /// Starts a transaction on a workspace.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// Writes the new contents of `path` (relative to the workspace) to a temporary file and checks it.
    /// - Parameter check: parses the text read back from the temporary file; throws on any problem.
    /// - Throws: the check's error or `writeFailed`; every file staged so far is then discarded.
    public mutating func stage(_ text: String, at path: String, check: (String) throws -> Void) throws {
        let target = workspace.folder.appendingPathComponent(path)
        do {
            let file = try AtomicFile.stage(Data(text.utf8), for: target)
            staged.append(file)
            let written = try RegularFile.read(file.temporary, limit: max(InputLimits.csvBytes, text.utf8.count), name: path)
            try check(String(decoding: written, as: UTF8.self))
        } catch {
            discard()
            throw error
        }
    }

    /// Renames every staged file over its target, under the workspace lock.
    /// - Throws: `locked` or `writeFailed`; files not yet renamed are then discarded.
    public mutating func commit() throws {
        let files = staged
        staged = []
        do {
            try workspace.withLock(command: "replace inputs") {
                for file in files { try file.commit() }
            }
        } catch {
            for file in files { file.discard() }
            throw error
        }
    }

    /// Removes every staged temporary; the targets stay as they were.
    public mutating func discard() {
        for file in staged { file.discard() }
        staged = []
    }
}

extension ImportResult {
    /// Throws when an import read lines but kept none of them, naming the first line skipped and why, so that a bad
    /// file fails instead of replacing good data with an empty one.
    /// - Parameters:
    ///   - file: the source file as the analyst typed it.
    ///   - target: the workspace file that is left unchanged.
    public func requireRecords(file: String, target: String) throws {
        guard records.isEmpty else { return }
        guard let first = skipped.first else {
            throw WorkbenchError(
                .invalidFile, "The file '\(file)' has no data lines. Nothing was imported; \(target) is unchanged.",
                hint: "Check that you named the right file.", location: .init(file: file))
        }
        let more = skipped.count > 1 ? " (and \(skipped.count - 1) more line\(skipped.count == 2 ? "" : "s") could not be read)" : ""
        throw WorkbenchError(
            .invalidFile,
            "Nothing could be imported from '\(file)': line \(first.line) \(first.message)\(more). \(target) is unchanged.",
            hint: "Correct the file and import it again.", location: .init(file: file, line: first.line, field: first.field))
    }
}
