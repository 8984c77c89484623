import Foundation
import WorkbenchCore
import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace
import XCTest

/// Bad command lines and hostile paths, with the exact reply the analyst sees: unterminated quotes, a trailing
/// backslash, an over-long line, control characters, paths that leave the workspace or name devices, and the
/// inputs that crashed the engine when fuzzed or soaked (kept as regression tests).
final class BadInputTranscriptTests: XCTestCase {
    private var session: Session!

    override func setUpWithError() throws {
        session = try SessionFixture.session()
    }

    override func tearDownWithError() throws {
        if let session { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
    }

    private func run(_ line: String) -> String {
        SessionFixture.transcript(session, line)
            .replacingOccurrences(of: session.context.workspace.folder.path, with: "<ws>")
    }

    // MARK: Command lines

    func testUnterminatedQuoteGivesItsColumn() {
        XCTAssertEqual(run("set horizon 'thirty"),
            "error: The quote opened at column 13 is never closed.\nClose the quote, or escape it with a backslash.")
        // Columns count characters as seen: the é before the quote is one.
        XCTAssertEqual(run("borough é \"bromley"),
            "error: The quote opened at column 11 is never closed.\nClose the quote, or escape it with a backslash.")
    }

    func testTrailingBackslash() {
        XCTAssertEqual(run("borough bromley\\"), "error: The line ends with a backslash.\nRemove it or escape it as \\\\.")
    }

    func testOverlongLine() {
        XCTAssertEqual(run("borough " + String(repeating: "x", count: Tokenizer.maxLength)), "error: The line is longer than 100000 characters.")
    }

    func testControlCharactersAndUnicodeInACommandName() {
        XCTAssertEqual(run("bor\u{1B}[31mough bromley"),
            "error: Unknown command 'bor\\u{1B}[31mough'.\nType 'help' for the list of commands.",
            "control characters are shown escaped, so nothing typed can drive the terminal")
        XCTAssertEqual(run("\u{202E}hguorob bromley"),
            "error: Unknown command '\u{202E}hguorob'.\nType 'help' for the list of commands.")
        XCTAssertEqual(run("borough \0"),
            "error: Unknown borough '\\u{0}'.\nSee 'compare' for the authorities the workspace holds.")
    }

    func testCommentAndBlankLinesAreEmptyReplies() {
        XCTAssertEqual(run("   "), "")
        XCTAssertEqual(run("# set horizon 30"), "")
    }

    // MARK: Hostile paths

    func testReportPathThatLeavesTheWorkspace() {
        XCTAssertEqual(run("report compare --to ../../escape.html"),
            "error: The output path '../../escape.html' contains '..'; relative paths stay inside the workspace's reports/ folder.\n"
            + "Name a file inside reports/ (such as 'board/compare.html'), or give an absolute path to write elsewhere.")
        XCTAssertEqual(run("export compare --to ~/escape.csv"),
            "error: The output path '~/escape.csv' starts with '~', which the workbench does not expand.\n"
            + "Write the absolute path (/home/…), or a path relative to the workspace's reports/ folder.")
    }

    func testMatrixPathsThatNameDevicesFoldersOrNothing() {
        XCTAssertEqual(run("ahp /dev/zero"), "error: /dev/zero: The file '/dev/zero' could not be read.")
        XCTAssertEqual(run("ahp /proc/self"), "error: /proc/self: The file '/proc/self' could not be read.")
        XCTAssertEqual(run("mcda wsm inputs/no-such-file.csv"),
            "error: inputs/no-such-file.csv: There is no file 'inputs/no-such-file.csv'.\n"
            + "Relative paths are looked up in the workspace folder first, then the current directory.")
    }

    // MARK: Regressions found by the soak and the fuzzers

    /// Trapped in `MoneyFormat.fixed` (converting 1e310 to Int64) while quoting the bad rate.
    func testHugeRateIsRefusedNotTrapped() {
        XCTAssertEqual(run("discount-factors 1e308 10"),
            "error: The value '1e308' is invalid for '<rate>': expected a rate above -99% and at most 100% (for example 3.5% or 0.035).\n"
            + "Give '<rate>' as a percentage such as 3.5% or a fraction such as 0.035; the Green Book rate is 3.5% [S54].")
        XCTAssertEqual(run("npv 1e308 -100 60"),
            "error: The value '1e308' is invalid for '<rate>': expected a rate above -99% and at most 100% (for example 3.5% or 0.035).\n"
            + "Give '<rate>' as a percentage such as 3.5% or a fraction such as 0.035; the Green Book rate is 3.5% [S54].")
    }

    /// Trapped converting a pairwise cell of 1e300 to Int for its "1/N" hint.
    func testHugePairwiseCellIsReportedNotTrapped() throws {
        let file = session.context.workspace.folder.appendingPathComponent("inputs/huge.csv")
        try ",a,b\na,1,1e300\nb,5,1\n".write(to: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(run("ahp inputs/huge.csv"),
            "error: inputs/huge.csv:3:2, field 'a': The comparison of 'b' with 'a' is 5, but 'a' with 'b' (line 2, column 3) is 1e300; "
            + "the matrix must be reciprocal, so it should be 0.\nMake each entry below the diagonal the reciprocal of its mirror above it.")
    }

    /// `quote` did not quote a line break, and a combining mark after an opening quote merged with it, so a saved
    /// analysis could come back as different words.
    func testQuotedWordsRoundTripThroughTheTokenizer() throws {
        for word in ["\0\n", "a\rb", "\u{301}a b", "it's", "x\u{600}", "#", "", "e\u{301} 'q'"] {
            XCTAssertEqual(try Tokenizer.split(Tokenizer.quote(word)), [word], word.debugDescription)
        }
        XCTAssertEqual(try Tokenizer.split("a\r\nb"), ["a", "b"])
    }
}
