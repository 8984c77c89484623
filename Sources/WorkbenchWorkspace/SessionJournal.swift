public import Foundation
import WorkbenchCore

/// The session journal, `.workbench/journal.jsonl`: every command that changes the workspace is recorded as begun
/// before it is applied and as finished after. A begun entry without a finish means the process died in the middle
/// (killed, crashed, power lost); the next session says so and offers to run it again. Each record is one line
/// appended and flushed to disk, so a torn last line is ignored, never misread.
public final class SessionJournal {
    /// One journal record.
    public struct Entry: Codable, Sendable, Equatable {
        /// Sequence number within the journal.
        public var sequence: Int
        /// `begun` or `finished`.
        public var event: String
        /// The command line.
        public var line: String
        /// ISO 8601 time.
        public var time: String
        /// For finished entries: `ok` or `error`.
        public var status: String?
    }

    /// The journal file.
    public let file: URL
    private var next: Int

    /// The most records the journal keeps; older ones are dropped when it is compacted at open.
    public static let maxEntries = 2_000

    /// Opens (or creates) the journal of a workspace.
    public init(workspace: Workspace) {
        file = workspace.stateFolder.appendingPathComponent("journal.jsonl")
        next = (Self.read(file).map(\.sequence).max() ?? 0) + 1
    }

    /// The command that was begun but never finished, if the last session died in the middle of one.
    public func interrupted() -> Entry? {
        let entries = Self.read(file)
        var open: [Int: Entry] = [:]
        for entry in entries {
            if entry.event == "begun" { open[entry.sequence] = entry } else { open[entry.sequence] = nil }
        }
        return open.values.max { $0.sequence < $1.sequence }
    }

    /// Marks an interrupted entry as dealt with (recovered, resumed or dismissed).
    public func resolve(_ entry: Entry, status: String) {
        append(Entry(sequence: entry.sequence, event: "finished", line: entry.line, time: Self.now(), status: status))
    }

    /// Records that a command is about to change the workspace; returns its sequence number.
    @discardableResult
    public func begin(_ line: String) -> Int {
        let sequence = next
        next += 1
        append(Entry(sequence: sequence, event: "begun", line: line, time: Self.now(), status: nil))
        return sequence
    }

    /// Records that a command finished.
    public func finish(_ sequence: Int, line: String, ok: Bool) {
        append(Entry(sequence: sequence, event: "finished", line: line, time: Self.now(), status: ok ? "ok" : "error"))
    }

    /// The journal's records, oldest first; unreadable lines (a torn last write) are skipped.
    public static func read(_ file: URL) -> [Entry] {
        guard let data = try? Data(contentsOf: file), data.count < 64 * 1024 * 1024 else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).compactMap { try? JSONDecoder().decode(Entry.self, from: Data($0)) }
    }

    private func append(_ entry: Entry) {
        guard let json = try? JSONEncoder().encode(entry) else { return }
        let manager = FileManager.default
        try? manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        if !manager.fileExists(atPath: file.path) { _ = manager.createFile(atPath: file.path, contents: nil) }
        guard let handle = try? FileHandle(forWritingTo: file) else { return }
        defer { try? handle.close() }
        let end = (try? handle.seekToEnd()) ?? 0
        var record = json + Data([UInt8(ascii: "\n")])
        // A kill in the middle of a write can leave a torn last line: start on a fresh line so this record is whole.
        if end > 0, let reader = try? FileHandle(forReadingFrom: file) {
            try? reader.seek(toOffset: end - 1)
            if let last = try? reader.read(upToCount: 1), last != Data([UInt8(ascii: "\n")]) {
                record.insert(UInt8(ascii: "\n"), at: 0)
            }
            try? reader.close()
        }
        try? handle.write(contentsOf: record)
        try? handle.synchronize()
    }

    private static func now() -> String { ISO8601DateFormatter().string(from: Date()) }
}
