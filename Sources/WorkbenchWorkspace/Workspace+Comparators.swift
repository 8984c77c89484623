public import WorkbenchCore

extension Workspace {
    /// Parses a file in the comparators format (London or England authorities).
    public static func parseComparatorsFile(_ text: String, file: String) throws -> [AuthorityStatistics] {
        try ComparatorsFile.parse(text, file: file)
    }
}
