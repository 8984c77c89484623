public import Foundation
import WorkbenchCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader sees the old contents or the new, never a half-written file: the data goes to a
/// temporary file `.NAME.UUID.tmp` in the same folder, is flushed to disk (`fsync`), is renamed over the target, and
/// the folder is flushed so the rename itself is durable. Callers that change a workspace hold its lock
/// (`Workspace.withLock`).
public enum AtomicFile {
    /// Writes data atomically, creating the parent folder when needed.
    /// - Throws: `WorkbenchError.writeFailed` naming the file.
    public static func write(_ data: Data, to url: URL) throws {
        try stage(data, for: url).commit()
    }

    /// Writes text as UTF-8 atomically.
    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }

    /// Writes data into a temporary file beside `url`, flushed to disk, without replacing anything yet: the first
    /// half of a transaction that `StagedFile.commit()` completes and `discard()` abandons.
    /// - Throws: `WorkbenchError.writeFailed` naming the file; nothing is left behind.
    public static func stage(_ data: Data, for url: URL) throws -> StagedFile {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let descriptor = POSIXFile.openPath(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW)
            guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            do {
                try POSIXFile.writeAll(descriptor, data)
                guard fsync(descriptor) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                close(descriptor)
            } catch {
                close(descriptor)
                unlink(temporary.path)
                throw error
            }
        } catch {
            throw failure(url, error)
        }
        return StagedFile(temporary: temporary, target: url)
    }

    static func failure(_ url: URL, _ error: any Error) -> WorkbenchError {
        WorkbenchError(
            .writeFailed, "Could not write '\(url.path)': \(error.localizedDescription).",
            hint: "Check that the folder exists and is writable; the previous contents are unchanged.",
            location: .init(file: url.path), cause: "\(error)")
    }
}

/// A file written to a temporary beside its target and flushed, waiting to replace the target.
public struct StagedFile: Sendable {
    /// The temporary file holding the new contents.
    public let temporary: URL
    /// The file it will replace.
    public let target: URL

    /// Renames the temporary over the target and flushes the folder.
    /// - Throws: `writeFailed`; the target is then unchanged and the temporary removed.
    public func commit() throws {
        if rename(temporary.path, target.path) != 0 {
            let code = errno
            unlink(temporary.path)
            throw AtomicFile.failure(target, POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO))
        }
        POSIXFile.syncFolder(target.deletingLastPathComponent())
    }

    /// Removes the temporary, leaving the target as it was.
    public func discard() {
        unlink(temporary.path)
    }
}
