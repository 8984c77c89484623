public import Foundation
public import WorkbenchCore
public import WorkbenchReports

/// One block of a reply: text, a table, or a note.
public enum ReplyBlock: Sendable, Equatable {
    /// Plain text, shown as it is.
    case text(String)
    /// A table of typed cells.
    case table(ReportTable)
    /// A remark shown after the content (a warning, a convention, what is missing).
    case note(String)
    /// A chart: drawn as SVG in reports, as a compact text chart on a terminal with `--chart`, omitted otherwise.
    case chart(ChartSpec)
}

/// What a command returns: a status and typed blocks, plus optional structured data for `--json`. The front end
/// renders it as text or as one line of JSON; tests compare it as a transcript.
public struct Reply: Sendable, Equatable {
    /// Success or failure.
    public enum Status: String, Sendable, Equatable {
        /// The command succeeded.
        case ok
        /// The command failed; `error` says why.
        case error
    }

    /// The command's name as typed (`compare`), or the whole line when it could not be parsed.
    public var command: String
    /// Success or failure.
    public var status: Status
    /// The content.
    public var blocks: [ReplyBlock]
    /// Extra typed content for JSON consumers (`{"boroughs": […]}`), in addition to the blocks.
    public var data: [(String, JSONValue)]
    /// The error, when the status is `.error`.
    public var error: WorkbenchError?
    /// Whether the analyst asked for JSON (`--json` on the line).
    public var wantsJSON: Bool
    /// How the analyst asked to see it (`--wide`, `--columns`, `--width` on the line).
    public var display = DisplayOptions()
    /// Whether the session should end after this reply (`quit`).
    public var endsSession: Bool
    /// A binary the front end should replace itself with, resuming the session (`rebuild`).
    public var restartWith: URL?

    /// A successful reply.
    public init(command: String = "", blocks: [ReplyBlock], data: [(String, JSONValue)] = []) {
        self.command = command
        self.status = .ok
        self.blocks = blocks
        self.data = data
        self.error = nil
        self.wantsJSON = false
        self.endsSession = false
        self.restartWith = nil
    }

    /// A failed reply.
    public init(command: String, error: WorkbenchError) {
        self.command = command
        self.status = .error
        self.blocks = []
        self.data = []
        self.error = error
        self.wantsJSON = false
        self.endsSession = false
        self.restartWith = nil
    }

    /// A reply of one text block.
    public static func text(_ text: String) -> Reply { Reply(blocks: [.text(text)]) }

    public static func == (lhs: Reply, rhs: Reply) -> Bool {
        lhs.command == rhs.command && lhs.status == rhs.status && lhs.blocks == rhs.blocks
            && lhs.error == rhs.error && lhs.data.map(\.0) == rhs.data.map(\.0)
            && zip(lhs.data, rhs.data).allSatisfy { $0.1 == $1.1 }
    }
}
