public import Foundation
import WorkbenchCore

/// Writes files so that a reader sees the old contents or the new, never a half-written file: the data goes to a
/// temporary file in the same folder, is flushed to disk, and is then renamed over the target.
public enum AtomicFile {
    /// Writes data atomically, creating the parent folder when needed.
    /// - Throws: `WorkbenchError.writeFailed` naming the file.
    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
            guard manager.createFile(atPath: temporary.path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission)
            }
            let handle = try FileHandle(forWritingTo: temporary)
            do {
                try handle.write(contentsOf: data)
                try handle.synchronize()
                try handle.close()
            } catch {
                try? handle.close()
                try? manager.removeItem(at: temporary)
                throw error
            }
            if rename(temporary.path, url.path) != 0 {
                let code = errno
                try? manager.removeItem(at: temporary)
                throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
            }
        } catch {
            throw WorkbenchError(
                .writeFailed, "Could not write '\(url.path)': \(error.localizedDescription).",
                hint: "Check that the folder exists and is writable; the previous contents are unchanged.",
                location: .init(file: url.path), cause: "\(error)")
        }
    }

    /// Writes text as UTF-8 atomically.
    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }
}
