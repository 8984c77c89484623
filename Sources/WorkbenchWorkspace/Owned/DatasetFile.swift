public import Foundation
import WorkbenchCore

/// A dataset file the analyst names for import (outside or inside the workspace): checked for reading, then read as
/// UTF-8, or as Windows-1252 when it is not UTF-8.
public enum DatasetFile {
    /// Checks that the file exists and can be read.
    /// - Parameters:
    ///   - url: the file.
    ///   - typed: the path as the analyst typed it, for the message.
    /// - Throws: `notFound` naming the typed path.
    public static func checkReadable(_ url: URL, typed: String) throws {
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw WorkbenchError(
                .notFound, "The file '\(typed)' does not exist or cannot be read.",
                hint: "Give the path of the CSV file, absolute or relative to the workspace or the current folder.",
                location: .init(file: typed))
        }
    }

    /// The file's text, and a note when it was not UTF-8.
    /// - Throws: `invalidFile` when the file cannot be read or is neither UTF-8 nor Windows-1252.
    public static func text(at url: URL, typed: String) throws -> (text: String, notes: [String]) {
        // Refused before it is read when it is not a regular file or is over the limit, so memory stays bounded.
        let data = try RegularFile.read(url, limit: InputLimits.csvBytes, name: typed)
        if let utf8 = String(data: data, encoding: .utf8) { return (utf8, []) }
        if let legacy = String(data: data, encoding: .windowsCP1252) {
            return (legacy, ["The file is not UTF-8; it was read as Windows-1252."])
        }
        throw WorkbenchError(.invalidFile, "The file '\(typed)' is neither UTF-8 nor Windows-1252 text.", location: .init(file: typed))
    }
}
