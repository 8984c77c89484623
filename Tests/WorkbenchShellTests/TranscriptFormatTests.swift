import Testing
import WorkbenchTestSupport

/// The transcript file format and the line diff that reports a mismatch.
@Suite("Transcript format")
struct TranscriptFormatTests {
    static let sample = """
        # A header comment.
        #! copy options.csv inputs/options.csv

        > compare bromley
        Comparison
        \\> not a command
        \\# not a comment

        last line after a blank
        ! error not-found

        # Before the second command.
        > quit
        ! ends session

        # Trailing.

        """

    @Test("Commands, comments, directives, replies and statuses are read back")
    func parses() throws {
        let file = try TranscriptFile(parsing: Self.sample)
        #expect(file.entries.map(\.command) == ["compare bromley", "quit"])
        #expect(file.entries[0].comments == ["# A header comment.", "#! copy options.csv inputs/options.csv", ""])
        #expect(file.entries[0].recordedReply == ["Comparison", "> not a command", "# not a comment", "", "last line after a blank"])
        #expect(file.entries[0].recordedStatus == ["error not-found"])
        #expect(file.entries[1].comments == ["# Before the second command."])
        #expect(file.entries[1].recordedReply == [])
        #expect(file.entries[1].recordedStatus == ["ends session"])
        #expect(file.trailingComments == ["# Trailing."])
        #expect(try file.directives == [.copy(fixture: "options.csv", to: "inputs/options.csv")])
    }

    @Test("Rendering the recorded replies gives the file back")
    func roundTrips() throws {
        let file = try TranscriptFile(parsing: Self.sample)
        let replies = file.entries.map {
            TranscriptReply(text: $0.recordedReply.joined(separator: "\n"), status: $0.recordedStatus)
        }
        #expect(file.rendered(replies: replies) == Self.sample)
    }

    @Test("Stray text before the first command and unknown directives are refused")
    func refusesBadFiles() throws {
        #expect(throws: TranscriptFormatError.self) { try TranscriptFile(parsing: "hello\n> modules\n") }
        #expect(throws: TranscriptDirectiveError.self) { try TranscriptFile(parsing: "#! teleport\n> modules\n").directives }
    }

    @Test("A difference is shown as a unified diff with line numbers")
    func diffs() {
        let expected = "a\nb\nc\nd\ne\nf\ng\nh\n"
        let actual = "a\nb\nc\nD\ne\nf\ng\nh\ni\n"
        #expect(LineDiff.unified(expected: expected, actual: expected) == nil)
        #expect(LineDiff.unified(expected: expected, actual: actual, context: 1) == """
            --- expected
            +++ actual
            @@ -3,3 +3,3 @@
             c
            -d
            +D
             e
            @@ -8,1 +8,2 @@
             h
            +i
            """)
    }

    @Test("A whole text added or removed diffs from line 0")
    func diffsEmpty() {
        #expect(LineDiff.unified(expected: "", actual: "x\n") == "--- expected\n+++ actual\n@@ -0,0 +1,1 @@\n+x")
    }
}
