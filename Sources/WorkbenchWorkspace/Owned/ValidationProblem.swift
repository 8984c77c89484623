/// One problem `Workspace.validate` found: where it is (a file under the workspace, or `module <id>` / `case <id>`),
/// the line and field where known, and what is wrong, as a sentence.
public struct ValidationProblem: Sendable, Equatable {
    /// The file, relative to the workspace, or the module or case study.
    public var file: String
    /// The line, where known.
    public var line: Int?
    /// The field, where known.
    public var field: String?
    /// What is wrong.
    public var message: String

    /// Makes a problem.
    public init(file: String, line: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }
}
