import Foundation
import Testing
import WorkbenchCore
import WorkbenchWorkspace

/// The session journal: interrupted commands, torn lines, `O_NOFOLLOW`, sequence numbers under the lock, and
/// compaction at start-up.
@Suite struct SessionJournalTests {
    /// A fresh workspace holding only a manifest.
    static func workspace() throws -> Workspace {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try WorkspaceManifest.encoded(WorkspaceManifest(name: "j")).write(to: folder.appendingPathComponent("workspace.json"))
        return try Workspace(folder: folder)
    }

    @Test func aBegunCommandWithoutAFinishIsReportedAsInterrupted() throws {
        let workspace = try Self.workspace()
        let journal = SessionJournal(workspace: workspace)
        let done = try journal.begin("set horizon 12")
        try journal.finish(done, line: "set horizon 12", ok: true)
        #expect(SessionJournal(workspace: workspace).interrupted() == nil)
        try journal.begin("set horizon 30")
        let reopened = SessionJournal(workspace: workspace)
        let interrupted = try #require(reopened.interrupted())
        #expect(interrupted.line == "set horizon 30")
        reopened.resolve(interrupted, status: "dismissed")
        #expect(SessionJournal(workspace: workspace).interrupted() == nil)
    }

    @Test func aRecordAfterATornLineIsKeptWhole() throws {
        let workspace = try Self.workspace()
        let journal = SessionJournal(workspace: workspace)
        try journal.begin("set horizon 12")
        let handle = try FileHandle(forWritingTo: journal.file)
        _ = try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"sequence":9,"event":"beg"#.utf8))
        try handle.close()
        let again = SessionJournal(workspace: workspace)
        try again.begin("set horizon 25")
        let lines = SessionJournal.read(journal.file).map(\.line)
        #expect(lines == ["set horizon 12", "set horizon 25"], "the torn line is skipped and the next record survives")
    }

    @Test func aCommandInProgressInAnotherProcessIsNoInterruption() throws {
        let workspace = try Self.workspace()
        let other = try Workspace(folder: workspace.folder)
        // Another writer (its own lock descriptor, as another process has) is in the middle of a command.
        try other.withLock(command: "set horizon 20") {
            try SessionJournal(workspace: other).begin("set horizon 20")
            #expect(SessionJournal(workspace: workspace).interrupted() == nil, "no false 'recovered' message")
        }
        // Once it has died without a finish, the begun record is an interruption.
        #expect(SessionJournal(workspace: workspace).interrupted()?.line == "set horizon 20")
    }

    @Test func twoWritersNeverRepeatASequenceNumber() throws {
        let first = try Self.workspace()
        let second = try Workspace(folder: first.folder)
        let journals = [SessionJournal(workspace: first), SessionJournal(workspace: second)]
        for round in 0..<50 {
            let journal = journals[round % 2]
            let sequence = try journal.begin("set seed \(round)")
            try journal.finish(sequence, line: "set seed \(round)", ok: true)
        }
        let entries = SessionJournal.read(journals[0].file)
        let begun = entries.filter { $0.event == "begun" }.map(\.sequence)
        #expect(begun.count == 50)
        #expect(Set(begun).count == 50, "sequence numbers are unique")
        #expect(begun == Array(1...50))
    }

    @Test func aSymbolicLinkInPlaceOfTheJournalIsRefused() throws {
        let workspace = try Self.workspace()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString).jsonl")
        try Data("keep\n".utf8).write(to: outside)
        try FileManager.default.createDirectory(at: workspace.stateFolder, withIntermediateDirectories: true)
        let journal = SessionJournal(workspace: workspace)
        try FileManager.default.createSymbolicLink(at: journal.file, withDestinationURL: outside)
        let error = #expect(throws: WorkbenchError.self) { try journal.begin("set horizon 20") }
        #expect(error?.message.contains("symbolic link") == true)
        #expect(try String(contentsOf: outside, encoding: .utf8) == "keep\n", "nothing written outside the workspace")
    }

    @Test func aLongJournalIsCutToItsTailAndKeepsWhatRecoveryNeeds() throws {
        let workspace = try Self.workspace()
        let journal = SessionJournal(workspace: workspace)
        try FileManager.default.createDirectory(at: workspace.stateFolder, withIntermediateDirectories: true)
        // 20,000 finished commands (about 3 MB), then one interrupted.
        var text = ""
        for sequence in 1...20_000 {
            text += #"{"event":"begun","line":"set seed \#(sequence)","sequence":\#(sequence),"time":"2026-12-01T00:00:00Z"}"# + "\n"
            text += #"{"event":"finished","line":"set seed \#(sequence)","sequence":\#(sequence),"status":"ok","time":"2026-12-01T00:00:00Z"}"# + "\n"
        }
        text += #"{"event":"begun","line":"set horizon 40","sequence":20001,"time":"2026-12-01T00:00:00Z"}"# + "\n"
        try Data(text.utf8).write(to: journal.file)

        #expect(journal.compactIfNeeded())
        let kept = SessionJournal.read(journal.file)
        #expect(kept.count == SessionJournal.maxEntries)
        #expect(kept.last?.line == "set horizon 40")
        #expect(journal.interrupted()?.line == "set horizon 40", "the interrupted command survives compaction")
        #expect(try journal.begin("set seed 1") == 20_002, "numbering carries on")
        #expect(!journal.compactIfNeeded(), "a short journal is left alone")
    }
}
