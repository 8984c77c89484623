/// One thing an import reports about a line of its source: a row skipped, a cell repaired or a value not read.
public struct ImportIssue: Hashable, Sendable {
    /// The 1-based line of the source file.
    public var line: Int
    /// The column concerned, if one.
    public var field: String?
    /// What happened and why.
    public var message: String

    /// Makes an issue.
    public init(line: Int, field: String? = nil, message: String) {
        self.line = line
        self.field = field
        self.message = message
    }
}
