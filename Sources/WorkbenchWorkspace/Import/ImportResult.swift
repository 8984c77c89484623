/// What an import read: the records, the lines skipped and why, the cells whose text encoding was repaired, and the
/// values that could not be read (left missing).
public struct ImportResult<Record: Sendable>: Sendable {
    /// The records imported, in file order.
    public var records: [Record]
    /// The data lines read (not counting a header or blank lines).
    public var linesRead: Int
    /// Lines skipped, with the reason.
    public var skipped: [ImportIssue]
    /// Cells whose mojibake was repaired.
    public var repaired: [ImportIssue]
    /// Values left missing or other remarks, with the reason.
    public var warnings: [ImportIssue]

    /// Makes a result.
    public init(
        records: [Record], linesRead: Int, skipped: [ImportIssue] = [], repaired: [ImportIssue] = [],
        warnings: [ImportIssue] = []
    ) {
        self.records = records
        self.linesRead = linesRead
        self.skipped = skipped
        self.repaired = repaired
        self.warnings = warnings
    }
}
