import Foundation
public import WorkbenchCore

extension Workspace {
    /// The England authorities file inside a workspace, written by `import authorities` in the comparators format.
    public static let englandAuthoritiesPath = "inputs/england-authorities.csv"

    /// England's authorities as `import authorities` wrote them, or nil when the workspace has not imported them.
    /// - Throws: an `invalidFile` error naming the line and column of a bad row.
    public func englandAuthorities() throws -> [AuthorityStatistics]? {
        let url = folder.appendingPathComponent(Workspace.englandAuthoritiesPath)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return try ComparatorsFile.parse(text, file: Workspace.englandAuthoritiesPath)
    }

    /// The branches of an authority in the imported libraries dataset (`import libraries`); none when the workspace
    /// has not imported it.
    /// - Throws: an `invalidFile` error naming the line and column of a bad row.
    public func importedBranches(for authority: BoroughID) throws -> [LibraryBranch] {
        guard let records = try importedLibraries() else { return [] }
        return records.filter { $0.authorityID == authority }.map(\.branch)
    }

    /// Every library in the imported libraries dataset, or nil when the workspace has not imported it.
    func importedLibraries() throws -> [LibraryRecord]? {
        let url = folder.appendingPathComponent(LibrariesFile.path)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return try LibrariesFile.parse(text)
    }
}

extension Workspace {
    /// The branches of every authority in the imported libraries dataset, by authority, or nil when the workspace has
    /// not imported it (read once for the whole of England, where `importedBranches(for:)` reads once per authority).
    /// - Throws: an `invalidFile` error naming the line and column of a bad row.
    public func importedBranchesByAuthority() throws -> [BoroughID: [LibraryBranch]]? {
        guard let records = try importedLibraries() else { return nil }
        return Dictionary(grouping: records, by: \.authorityID).mapValues { $0.map(\.branch) }
    }
}
