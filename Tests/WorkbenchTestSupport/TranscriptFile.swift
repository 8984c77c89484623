/// A golden transcript file: commands typed into the shell and the exact replies, in a plain-text format that reads
/// like a terminal session and diffs line by line.
///
/// The format (documented for readers in `Tests/Transcripts/README.md`):
/// - `> compare bromley` — a command line, typed as it is (add `--json` for the JSON reply).
/// - the lines after it, up to the next comment or command, are the reply exactly as `ReplyRenderer.text` (or, with
///   `--json`, `ReplyRenderer.json`) gives it, after the file's normalisations. A reply line that starts with `>`,
///   `#`, `!` or `\` is written with one extra `\` in front, so it is never read as a command, comment or status.
/// - `! error <code>` after the reply when the reply's status is an error (its code as JSON gives it), and
///   `! ends session` when the reply ends the session (`quit`). A successful reply has no `!` line.
/// - one blank line ends each reply.
/// - `#` starts a comment line; comments and blank lines between them, up to the next command, are kept as they
///   are. `#!` lines are directives for the whole file (see `TranscriptDirective`).
///
/// Only the commands, comments and directives are read back: the replies are regenerated and the whole file is
/// compared, so any difference shows as a line diff of the file.
public struct TranscriptFile: Sendable, Equatable {
    /// One command with the comment lines written just before it.
    public struct Entry: Sendable, Equatable {
        /// The comment (and blank) lines before the command, as written.
        public var comments: [String]
        /// The command line typed, without the `> ` prefix.
        public var command: String
        /// The reply lines recorded in the file, unescaped (what the file says, not what the engine gives now).
        public var recordedReply: [String]
        /// The `!` status lines recorded in the file, without the `! ` prefix (`error not-found`, `ends session`).
        public var recordedStatus: [String]

        /// Makes an entry.
        public init(comments: [String], command: String, recordedReply: [String] = [], recordedStatus: [String] = []) {
            self.comments = comments
            self.command = command
            self.recordedReply = recordedReply
            self.recordedStatus = recordedStatus
        }
    }

    /// The commands in order.
    public var entries: [Entry]
    /// Comment lines after the last command.
    public var trailingComments: [String]

    /// The file's directives, in order, from every comment region.
    public var directives: [TranscriptDirective] {
        get throws {
            try (entries.flatMap(\.comments) + trailingComments)
                .filter { $0.hasPrefix(TranscriptDirective.prefix) }
                .map(TranscriptDirective.init(line:))
        }
    }

    /// The prefix of a command line.
    public static let commandPrefix = "> "
    /// The prefix of a status line.
    public static let statusPrefix = "! "

    /// Reads a transcript's commands, comments and recorded replies.
    /// - Throws: `TranscriptFormatError` for a line of text before the first command that is not a comment.
    public init(parsing text: String) throws {
        var entries: [Entry] = []
        var comments: [String] = []
        var inReply = false
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        for (index, line) in lines.enumerated() {
            if line.hasPrefix(Self.commandPrefix) {
                entries.append(Entry(comments: comments, command: String(line.dropFirst(Self.commandPrefix.count))))
                comments = []
                inReply = true
            } else if line.hasPrefix("#") {
                comments.append(line)
                inReply = false
            } else if inReply {
                if line.hasPrefix(Self.statusPrefix) {
                    entries[entries.count - 1].recordedStatus.append(String(line.dropFirst(Self.statusPrefix.count)))
                } else {
                    entries[entries.count - 1].recordedReply.append(Self.unescape(line))
                }
            } else if line.isEmpty {
                if !comments.isEmpty { comments.append(line) }
            } else {
                throw TranscriptFormatError(line: index + 1, text: line)
            }
        }
        self.entries = entries
        self.trailingComments = comments
        // The blank line that ends each reply is the separator, not part of the reply.
        for index in entries.indices where self.entries[index].recordedReply.last == "" {
            self.entries[index].recordedReply.removeLast()
        }
    }

    /// The file's text with the replies given (one per entry, in order): comments as they were, each command,
    /// its reply escaped, its status lines, and a blank line.
    public func rendered(replies: [TranscriptReply]) -> String {
        precondition(replies.count == entries.count, "one reply per command")
        var out: [String] = []
        for (entry, reply) in zip(entries, replies) {
            out += entry.comments
            out.append(Self.commandPrefix + entry.command)
            if !reply.text.isEmpty {
                out += reply.text.split(separator: "\n", omittingEmptySubsequences: false).map { Self.escape(String($0)) }
            }
            out += reply.status.map { Self.statusPrefix + $0 }
            out.append("")
        }
        out += trailingComments
        return out.joined(separator: "\n") + "\n"
    }

    /// A reply line as written in the file.
    static func escape(_ line: String) -> String {
        guard let first = line.first, ">#!\\".contains(first) else { return line }
        return "\\" + line
    }

    /// A reply line as the engine gave it.
    static func unescape(_ line: String) -> String {
        guard line.hasPrefix("\\") else { return line }
        return String(line.dropFirst())
    }
}

/// A reply as a transcript records it: the rendered text and the status lines.
public struct TranscriptReply: Sendable, Equatable {
    /// The text a person (or, with `--json`, a program) sees, normalised.
    public var text: String
    /// `error <code>` and `ends session`, as they apply.
    public var status: [String]

    /// Makes a reply.
    public init(text: String, status: [String]) {
        self.text = text
        self.status = status
    }
}

/// A line a transcript file cannot hold where it stands.
public struct TranscriptFormatError: Error, CustomStringConvertible {
    /// The line's number, from 1.
    public var line: Int
    /// The line.
    public var text: String

    /// What is wrong, and how to fix it.
    public var description: String {
        "Line \(line) ('\(text)') is neither a command ('> …'), a comment ('# …') nor part of a reply; "
            + "start the file with a comment or a command."
    }
}
