public import Foundation
import WorkbenchCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension AtomicFile {
    /// Renames a file or folder with one `rename(2)` (atomic: afterwards the entry is at one place or the other,
    /// never both or neither) and flushes both folders, so that the move survives a power loss on a file system
    /// that honours `fsync`. A file at `destination` is replaced; a non-empty folder there is not.
    /// - Throws: `writeFailed` naming both paths and the system's reason.
    public static func move(_ source: URL, to destination: URL) throws {
        guard Foundation.rename(source.path, destination.path) == 0 else {
            let reason = POSIXFile.lastError()
            throw WorkbenchError(
                .writeFailed, "Could not move '\(source.path)' to '\(destination.path)': \(reason).",
                hint: "Check that the package folder is writable.", location: .init(file: destination.path))
        }
        POSIXFile.syncFolder(destination.deletingLastPathComponent())
        if source.deletingLastPathComponent() != destination.deletingLastPathComponent() {
            POSIXFile.syncFolder(source.deletingLastPathComponent())
        }
    }
}
