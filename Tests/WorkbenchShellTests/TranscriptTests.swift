import Foundation
import Testing
import WorkbenchShell
import WorkbenchTestSupport

/// The golden transcripts in `Tests/Transcripts/`: every file's commands run through the engine must give exactly the
/// replies the file holds (see `Tests/Transcripts/README.md`; `WORKBENCH_RECORD_TRANSCRIPTS=1` rewrites them).
@Suite("Transcripts")
struct TranscriptTests {
    /// Every transcript file, by name.
    static let transcriptNames = TranscriptFolder.names()

    @Test("Transcript replies are unchanged", arguments: transcriptNames)
    func transcript(_ name: String) {
        assertTranscript(name)
    }

    @Test("There are transcripts to check")
    func transcriptsAreFound() {
        #expect(Self.transcriptNames.count >= 30, "found \(Self.transcriptNames) in \(TranscriptFolder.shell.path)")
    }

    /// Each command of the table is typed in some transcript, at least once successfully and once with an error.
    @Test("Every command has a transcript with a success and an error")
    func everyCommandIsCovered() throws {
        let commands = CommandSet(CommandTable.all)
        var succeeded: Set<String> = []
        var failed: Set<String> = []
        for name in Self.transcriptNames {
            let text = try String(contentsOf: TranscriptFolder.shell.appendingPathComponent(name + ".txt"), encoding: .utf8)
            for entry in try TranscriptFile(parsing: text).entries {
                guard let word = try? Tokenizer.split(entry.command).first, let type = commands.command(named: word) else { continue }
                if entry.recordedStatus.contains(where: { $0.hasPrefix("error") }) {
                    failed.insert(type.spec.name)
                } else {
                    succeeded.insert(type.spec.name)
                }
            }
        }
        for type in CommandTable.all {
            #expect(succeeded.contains(type.spec.name) || type.spec.name == "rebuild", "no transcript runs '\(type.spec.name)' successfully")
            #expect(failed.contains(type.spec.name), "no transcript shows an error of '\(type.spec.name)'")
        }
    }
}
