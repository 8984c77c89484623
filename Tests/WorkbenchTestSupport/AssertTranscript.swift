public import Foundation
public import Testing

/// Where the shell's golden transcripts live, and how to list them.
public enum TranscriptFolder {
    /// `Tests/Transcripts`, found from this file's path: outside every target, so SwiftPM neither copies nor warns about it.
    public static var shell: URL {
        SessionFixture.packageRoot.appendingPathComponent("Tests/Transcripts")
    }

    /// The names (without `.txt`) of the transcripts in a folder, sorted; empty when the folder cannot be read.
    public static func names(in folder: URL = shell) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// The environment variable that makes `assertTranscript` rewrite the files from the current output.
    public static let recordVariable = "WORKBENCH_RECORD_TRANSCRIPTS"

    /// Whether `WORKBENCH_RECORD_TRANSCRIPTS=1` is set.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment[recordVariable] == "1" }
}

/// Checks the golden transcript `<folder>/<name>.txt`: runs its commands through the engine on a fresh copy of the
/// default workspace and compares the whole file with what it would say now. On a difference the test fails with a
/// unified diff (`-` the file, `+` now, with line numbers of each). With `WORKBENCH_RECORD_TRANSCRIPTS=1` it writes
/// the new text to the file instead, and fails once to say so when the file changed.
public func assertTranscript(
    _ name: String, folder: URL = TranscriptFolder.shell, sourceLocation: SourceLocation = #_sourceLocation
) {
    let url = folder.appendingPathComponent(name + ".txt")
    do {
        let expected = try String(contentsOf: url, encoding: .utf8)
        let file = try TranscriptFile(parsing: expected)
        let actual = try TranscriptRunner.regenerate(file, fixtures: folder.appendingPathComponent("Fixtures"))
        guard let diff = LineDiff.unified(
            expected: expected, actual: actual, expectedName: "\(name).txt (expected)", actualName: "\(name).txt (actual)")
        else { return }
        if TranscriptFolder.isRecording {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("Recorded \(name).txt from the current output; run again without \(TranscriptFolder.recordVariable) to check it.\n\(diff)", sourceLocation: sourceLocation)
        } else {
            Issue.record(
                "Transcript \(name).txt differs from the engine's output (set \(TranscriptFolder.recordVariable)=1 to accept the new output):\n\(diff)",
                sourceLocation: sourceLocation)
        }
    } catch {
        Issue.record("Transcript \(name).txt could not be checked: \(error)", sourceLocation: sourceLocation)
    }
}
