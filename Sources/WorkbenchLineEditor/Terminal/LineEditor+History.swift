import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LineEditor {
    /// Writes the history file (at most `LineHistory.defaultLimit` entries, one per line) atomically: a temporary
    /// file in the same folder, then a rename over the old file. Creates the folder when missing.
    /// - Returns: whether the file was written (always true when there is no history file). Failures are silent:
    ///   losing history must never disturb the session.
    @discardableResult
    public func saveHistory() -> Bool {
        guard let historyFile else { return true }
        let folder = historyFile.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(historyFile.lastPathComponent).\(getpid()).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(history.fileContents.utf8).write(to: temporary)
        } catch {
            _ = unlink(temporary.path)
            return false
        }
        guard rename(temporary.path, historyFile.path) == 0 else {
            _ = unlink(temporary.path)
            return false
        }
        return true
    }

    /// Reads the history file; a missing, unreadable or non-UTF-8 file gives what can be read, or nothing.
    static func loadHistory(from file: URL?) -> LineHistory {
        guard let file, let data = FileManager.default.contents(atPath: file.path) else { return LineHistory() }
        return LineHistory(fileContents: String(decoding: data, as: UTF8.self))
    }
}
