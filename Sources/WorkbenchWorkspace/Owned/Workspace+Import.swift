public import Foundation
public import WorkbenchCore

extension Workspace {
    /// Imports the Taskforce basic dataset of libraries [S71] into `inputs/england-libraries.csv`, and, when the
    /// England authorities are already imported, updates their library counts and hours from it.
    /// - Parameters:
    ///   - url: the dataset file.
    ///   - typed: the path as the analyst typed it, for messages.
    /// - Throws: what reading, parsing or writing the files throws; nothing is written when the dataset is unreadable.
    public func importLibraries(from url: URL, typed: String) throws -> DatasetImport<LibraryRecord> {
        var (text, notes) = try DatasetFile.text(at: url, typed: typed)
        let result = try LibrariesImporter.read(text, file: typed)
        try result.requireRecords(file: typed, target: LibrariesFile.path)
        // Checked whole in temporary files before anything is replaced.
        var transaction = InputTransaction(workspace: self)
        try transaction.stage(LibrariesFile.render(result.records), at: LibrariesFile.path) { _ = try LibrariesFile.parse($0) }
        let counts = LibraryCounts.byAuthority(result.records)
        if var rows = try englandAuthorities() {
            for index in rows.indices { counts[rows[index].id]?.apply(to: &rows[index]) }
            try transaction.stage(ComparatorsFile.render(rows), at: Workspace.englandAuthoritiesPath) {
                _ = try Workspace.parseComparatorsFile($0, file: Workspace.englandAuthoritiesPath)
            }
            notes.append("Library counts and hours in \(Workspace.englandAuthoritiesPath) were updated from this import.")
        }
        try transaction.commit()
        return DatasetImport(result: result, written: LibrariesFile.path, authorities: counts.count, notes: notes)
    }

    /// Imports the authorities statistics [S72] into `inputs/england-authorities.csv` in the comparators format,
    /// joined with the library counts and hours of the libraries dataset when it is already imported.
    /// - Parameters:
    ///   - url: the statistics file.
    ///   - typed: the path as the analyst typed it, for messages.
    /// - Throws: what reading, parsing or writing the files throws; the result is parsed back before it is written.
    public func importAuthorities(from url: URL, typed: String) throws -> DatasetImport<AuthorityStatistics> {
        var (text, notes) = try DatasetFile.text(at: url, typed: typed)
        var result = try AuthoritiesImporter.read(text, file: typed)
        try result.requireRecords(file: typed, target: Workspace.englandAuthoritiesPath)
        var joined = 0
        if let libraries = try importedLibraries() {
            let counts = LibraryCounts.byAuthority(libraries)
            for index in result.records.indices {
                if let found = counts[result.records[index].id] {
                    found.apply(to: &result.records[index])
                    joined += 1
                }
            }
            let ids = Set(result.records.map(\.id))
            let unmatched = counts.keys.filter { !ids.contains($0) }.map(\.rawValue).sorted()
            if !unmatched.isEmpty {
                notes.append("Library authorities with no statistics row: \(unmatched.joined(separator: ", ")).")
            }
            if joined < result.records.count {
                notes.append("\(result.records.count - joined) authorities have no libraries in the imported dataset; their counts are left missing.")
            }
        } else {
            notes.append("No libraries imported yet: library counts and hours are left missing. Run 'import libraries <file>' to add them.")
        }
        let rendered = ComparatorsFile.render(result.records)
        // Checked whole in a temporary file before anything is replaced.
        var transaction = InputTransaction(workspace: self)
        try transaction.stage(rendered, at: Workspace.englandAuthoritiesPath) {
            _ = try Workspace.parseComparatorsFile($0, file: Workspace.englandAuthoritiesPath)
        }
        try transaction.commit()
        return DatasetImport(
            result: result, written: Workspace.englandAuthoritiesPath, authorities: result.records.count, joined: joined,
            notes: notes)
    }

    /// Resolves a file path the analyst typed: absolute as given; relative to the workspace when the file exists
    /// there, otherwise relative to `currentDirectory`.
    public func resolveInput(_ path: String, currentDirectory: URL) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
        let inWorkspace = folder.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: inWorkspace.path) { return inWorkspace }
        return currentDirectory.appendingPathComponent(path)
    }
}
