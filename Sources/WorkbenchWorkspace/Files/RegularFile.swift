public import Foundation
import WorkbenchCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a workspace file whole, but only when it is a regular file of bounded size: the file is opened with
/// `O_NONBLOCK` (so a FIFO in its place cannot hang the workbench) and checked with `fstat` before anything is read,
/// so a FIFO, a device such as `/dev/urandom` or a folder is reported as what it is, and an oversized file is refused
/// before it is read into memory.
public enum RegularFile {
    /// Reads the file.
    /// - Parameters:
    ///   - url: the file.
    ///   - limit: the most bytes accepted.
    ///   - name: the name used in errors (the path as the analyst knows it).
    /// - Throws: `invalidFile` naming the file when it cannot be opened, is not a regular file or is over the limit.
    public static func read(_ url: URL, limit: Int, name: String? = nil) throws -> Data {
        let shown = name ?? url.path
        let descriptor = POSIXFile.openPath(url.path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else {
            let code = errno
            throw WorkbenchError(
                .invalidFile, "Could not open '\(shown)': \(String(cString: strerror(code))).",
                hint: code == EACCES ? "Check the file's permissions." : "Check that the file exists.",
                location: .init(file: shown))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw WorkbenchError(.invalidFile, "Could not examine '\(shown)': \(POSIXFile.lastError()).", location: .init(file: shown))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw WorkbenchError(
                .invalidFile, "'\(shown)' is not a regular file: it is \(POSIXFile.kind(status.st_mode)).",
                hint: "Put an ordinary file in its place.", location: .init(file: shown))
        }
        guard Int(status.st_size) <= limit else {
            throw tooLarge(shown, size: Int(status.st_size), limit: limit)
        }
        // Regular files ignore O_NONBLOCK; reads block as usual.
        let data: Data?
        do { data = try POSIXFile.readAll(descriptor, limit: limit) } catch {
            throw WorkbenchError(.invalidFile, "Could not read '\(shown)': \(error.localizedDescription).",
                                 location: .init(file: shown), cause: "\(error)")
        }
        guard let data else { throw tooLarge(shown, size: limit + 1, limit: limit) }
        return data
    }

    /// The error for a file over a limit.
    static func tooLarge(_ shown: String, size: Int, limit: Int) -> WorkbenchError {
        WorkbenchError(
            .invalidFile,
            "The file is \(size) bytes, more than the \(limit) (\(megabytes(limit))) the workbench reads; it was not read.",
            hint: "Split the file or remove what is not needed.", location: .init(file: shown))
    }

    /// A byte count in MB with one decimal (1 MB = 1,048,576 bytes).
    static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_048_576
        return value >= 10 ? "\(Int(value.rounded())) MB" : "\((value * 10).rounded() / 10) MB"
    }
}
