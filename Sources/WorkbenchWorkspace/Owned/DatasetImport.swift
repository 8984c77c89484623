/// What importing a dataset into a workspace did: what the importer read, the file it wrote, figures for the
/// summary and notes on reading and joining (the source line is the caller's to add).
public struct DatasetImport<Record: Sendable>: Sendable {
    /// What the importer read: records, skipped lines, repairs and values not read.
    public var result: ImportResult<Record>
    /// The file written, relative to the workspace.
    public var written: String
    /// The authorities the import covers (`import libraries`: authorities with libraries).
    public var authorities: Int
    /// The records joined with the other dataset (`import authorities`: authorities given library counts).
    public var joined: Int
    /// Notes in order: how the file was decoded, then what was joined or updated.
    public var notes: [String]

    /// Makes a summary of an import.
    public init(result: ImportResult<Record>, written: String, authorities: Int, joined: Int = 0, notes: [String]) {
        self.result = result
        self.written = written
        self.authorities = authorities
        self.joined = joined
        self.notes = notes
    }
}
