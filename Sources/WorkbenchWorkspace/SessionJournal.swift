public import Foundation
import WorkbenchCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The session journal, `.workbench/journal.jsonl`: every command that changes the workspace is recorded as begun
/// before it is applied and as finished after, both under the workspace lock (`Workspace.withLock`), which the
/// command holds from its begun record to its finished one. A begun entry without a finish therefore means the
/// process died in the middle (killed, crashed, power lost) — never that another process is still running it, since
/// that process would hold the lock; the next session says so and offers to run it again.
///
/// Each record is one line written by one `write(2)` to a file opened with `O_APPEND | O_NOFOLLOW` (a symbolic link
/// in its place is refused, never followed) and flushed to disk; sequence numbers are assigned under the lock, so two
/// processes never tear each other's lines or repeat a number. A torn last line (a kill in the middle of a write) is
/// ignored, never misread. Only the journal's tail is read, and at start-up a journal past `compactionBytes` is cut
/// to its last `maxEntries` records, so start-up time does not grow with the history.
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
        /// For finished entries: `ok` or `error`, or how an interrupted command was dealt with (`reported`,
        /// `resumed`, `dismissed`).
        public var status: String?
    }

    /// The journal file.
    public let file: URL
    private let workspace: Workspace
    /// The journal's stamp after this object's last append and the next sequence number then: while the stamp is
    /// unchanged no other process has written, and the tail need not be read again.
    private var cached: (stamp: FileStamp, next: Int)?

    /// The most records the journal keeps when it is compacted.
    public static let maxEntries = 2_000
    /// The size past which the journal is compacted at start-up: 1 MB.
    public static let compactionBytes = 1024 * 1024
    /// How much of the journal's end is read to find the last sequence number and an interrupted command: 32 KB,
    /// a few hundred records (every start-up resolves an interruption, so it is always among the last records).
    static let tailBytes = 32 * 1024

    /// Opens the journal of a workspace. Reads nothing: the journal is read only at its end, when needed.
    public init(workspace: Workspace) {
        self.workspace = workspace
        file = workspace.stateFolder.appendingPathComponent("journal.jsonl")
    }

    /// The latest command that was begun but never finished, if a session died in the middle of one. Nil when
    /// another process holds the workspace lock now (its own command in progress is no interruption).
    public func interrupted() -> Entry? {
        workspace.ifUnlocked(command: "check the journal") { Self.unfinished(in: tail()).last } ?? nil
    }

    /// Marks an interrupted entry, and any older unfinished one, as dealt with (recovered, resumed, dismissed or
    /// reported), unless another process did so first.
    public func resolve(_ entry: Entry, status: String) {
        _ = try? workspace.withLock(command: "resolve '\(entry.line)' in the journal") {
            for open in Self.unfinished(in: tail()) where open.sequence <= entry.sequence {
                try append(Entry(sequence: open.sequence, event: "finished", line: open.line, time: Self.now(), status: status))
            }
        }
    }

    /// Records that a command is about to change the workspace; returns its sequence number. Takes the workspace
    /// lock for the write (callers running the command hold it already, from before this call to after `finish`).
    /// - Throws: `locked` when another process holds the lock too long; `writeFailed` when the journal cannot be
    ///   written, such as a symbolic link in its place. The command must then not run.
    @discardableResult
    public func begin(_ line: String) throws -> Int {
        try workspace.withLock(command: line) {
            let sequence = try nextSequence()
            try append(Entry(sequence: sequence, event: "begun", line: line, time: Self.now(), status: nil))
            return sequence
        }
    }

    /// Records that a command finished.
    /// - Throws: as `begin`.
    public func finish(_ sequence: Int, line: String, ok: Bool) throws {
        try workspace.withLock(command: line) {
            try append(Entry(sequence: sequence, event: "finished", line: line, time: Self.now(), status: ok ? "ok" : "error"))
        }
    }

    /// Cuts the journal to its last `maxEntries` records when it has grown past `compactionBytes`, atomically and
    /// under the lock; an interrupted command among them is kept for recovery. Does nothing when another process
    /// holds the lock (the next start-up will do it).
    /// - Returns: whether the journal was compacted.
    @discardableResult
    public func compactIfNeeded() -> Bool {
        guard let size = Self.size(of: file), size > Self.compactionBytes else { return false }
        return workspace.ifUnlocked(command: "compact the journal") { () -> Bool in
            // Whole records only (a torn line does not end in a brace); not decoded, so compaction stays cheap.
            let lines = Self.tailLines(file, bytes: Self.compactionBytes)
                .filter { $0.first == UInt8(ascii: "{") && $0.last == UInt8(ascii: "}") }
            var kept = Data()
            for line in lines.suffix(Self.maxEntries) {
                kept.append(line)
                kept.append(UInt8(ascii: "\n"))
            }
            guard (try? AtomicFile.write(kept, to: file)) != nil else { return false }
            cached = nil
            return true
        } ?? false
    }

    /// The journal's records, oldest first; unreadable lines (a torn last write) are skipped.
    public static func read(_ file: URL) -> [Entry] {
        guard let data = try? RegularFile.read(file, limit: 64 * 1024 * 1024) else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).compactMap { decode(Data($0)) }
    }

    // MARK: - Inside

    /// The records at the journal's end.
    private func tail() -> [Entry] {
        let entries = Self.tailLines(file, bytes: Self.tailBytes).compactMap(Self.decode)
        // A very long command line can fill the whole tail: read further back rather than restart the numbering.
        if entries.isEmpty, let size = Self.size(of: file), size > Self.tailBytes {
            return Self.tailLines(file, bytes: 4 * Self.compactionBytes).compactMap(Self.decode)
        }
        return entries
    }

    /// Begun entries with no finished record after them, oldest first.
    static func unfinished(in entries: [Entry]) -> [Entry] {
        var open: [Int: Entry] = [:]
        for entry in entries {
            if entry.event == "begun" { open[entry.sequence] = entry } else { open[entry.sequence] = nil }
        }
        return open.values.sorted { $0.sequence < $1.sequence }
    }

    /// The next sequence number: one more than the largest at the journal's end. Called under the lock.
    private func nextSequence() throws -> Int {
        if let cached, FileStamp(file) == cached.stamp { return cached.next }
        return (tail().map(\.sequence).max() ?? 0) + 1
    }

    /// Appends one record as one `write(2)`, starting a fresh line when a kill left the last one torn. Called under
    /// the lock.
    private func append(_ entry: Entry) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var record = try encoder.encode(entry)
        record.append(UInt8(ascii: "\n"))
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let descriptor = POSIXFile.openPath(file.path, O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW)
        guard descriptor >= 0 else {
            let code = errno
            throw WorkbenchError(
                .writeFailed,
                code == ELOOP
                    ? "The session journal '.workbench/journal.jsonl' is a symbolic link; the workbench does not follow it. Nothing was changed."
                    : "Could not open the session journal '.workbench/journal.jsonl': \(String(cString: strerror(code))). Nothing was changed.",
                hint: "Remove .workbench/journal.jsonl (or move it aside); a new journal is started.",
                location: .init(file: file.path))
        }
        defer { close(descriptor) }
        let before = FileStamp(file)
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw WorkbenchError(
                .writeFailed, "The session journal '.workbench/journal.jsonl' is not a regular file. Nothing was changed.",
                hint: "Remove .workbench/journal.jsonl; a new journal is started.", location: .init(file: file.path))
        }
        if status.st_size > 0, let last = try? POSIXFile.readRange(descriptor, at: Int(status.st_size) - 1, count: 1),
            last.first != UInt8(ascii: "\n")
        {
            record.insert(UInt8(ascii: "\n"), at: 0)
        }
        do {
            try POSIXFile.writeAll(descriptor, record)
            // A begun record reaches the disk before the command changes anything. A finished record need not: lost
            // in a power cut, it only makes the next start say the command may have been interrupted, which is true.
            if entry.event == "begun" { _ = fsync(descriptor) }
        } catch {
            throw WorkbenchError(.writeFailed, "Could not write the session journal: \(error.localizedDescription). Nothing was changed.",
                                 location: .init(file: file.path), cause: "\(error)")
        }
        if status.st_size == 0 { POSIXFile.syncFolder(file.deletingLastPathComponent()) }
        // Remember the next number while no one else writes: after a begun record it is one more; after a finished
        // one it stays, if the journal was as this object left it.
        let after = FileStamp(file)
        if entry.event == "begun" {
            cached = after.map { ($0, entry.sequence + 1) }
        } else if let known = cached, known.stamp == before {
            cached = after.map { ($0, known.next) }
        } else {
            cached = nil
        }
    }

    /// The whole lines in the last `bytes` of a file (the first, cut in half, is dropped), without following a link.
    static func tailLines(_ file: URL, bytes: Int) -> [Data] {
        let descriptor = POSIXFile.openPath(file.path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return [] }
        let size = Int(status.st_size)
        let start = max(0, size - bytes)
        guard let data = try? POSIXFile.readRange(descriptor, at: start, count: size - start) else { return [] }
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).map { Data($0) }
        if start > 0, !lines.isEmpty { lines.removeFirst() }
        return lines
    }

    /// The size of a file, without following a link.
    static func size(of file: URL) -> Int? {
        var status = stat()
        guard lstat(file.path, &status) == 0 else { return nil }
        return Int(status.st_size)
    }

    /// One record, or nil for a torn or foreign line.
    static func decode(_ line: Data) -> Entry? { try? JSONDecoder().decode(Entry.self, from: line) }

    private static func now() -> String { ISO8601DateFormatter().string(from: Date()) }
}
