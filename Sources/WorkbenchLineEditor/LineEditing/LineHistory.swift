/// The lines entered so far, oldest first, as the line editor keeps them: no blank lines, no line repeated
/// straight after itself, at most `limit` entries. Reading and writing the history file is the front end's job;
/// this type only parses and produces the file's text (one entry per line).
public struct LineHistory: Hashable, Sendable {
    /// The number of entries kept when none is given.
    public static let defaultLimit = 1000

    /// The entries, oldest first.
    public private(set) var entries: [String] = []
    /// The most entries kept; older ones are dropped first.
    public let limit: Int

    /// Makes a history from entries, oldest first, applying the same rules as `add(_:)`.
    public init(entries: [String] = [], limit: Int = LineHistory.defaultLimit) {
        self.limit = max(limit, 0)
        for entry in entries { add(entry) }
    }

    /// Parses a history file's text: one entry per line (`\n` or `\r\n`), blank lines skipped.
    public init(fileContents: String, limit: Int = LineHistory.defaultLimit) {
        let lines = fileContents.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).map(String.init)
        self.init(entries: lines, limit: limit)
    }

    /// The text of the history file: each entry on its own line, ending with a newline (empty when no entries).
    public var fileContents: String {
        entries.isEmpty ? "" : entries.joined(separator: "\n") + "\n"
    }

    /// Adds a line unless it is blank or the same as the last entry, dropping the oldest entries beyond `limit`.
    /// Line breaks inside the line become spaces, so each entry stays one line of the file.
    /// - Returns: whether the line was added.
    @discardableResult public mutating func add(_ line: String) -> Bool {
        let entry = String(line.map { $0.isNewline ? " " : $0 })
        guard !entry.allSatisfy(\.isWhitespace), entry != entries.last, limit > 0 else { return false }
        entries.append(entry)
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
        return true
    }
}
