import WorkbenchShell
import XCTest

/// The pure parts of the terminal line editor: key decoding, editing, history walking, completion and drawing.
final class LineEditingTests: XCTestCase {
    // MARK: - Helpers

    /// The UTF-8 bytes of `text`, as a terminal sends them.
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// Feeds `keys` to a new state (or `start`), returning the final state and all the actions, in order.
    private func run(
        _ keys: [TerminalKey], history: [String] = [], from start: LineEditorState? = nil,
        completer: (String, Int) -> [String] = { _, _ in [] }
    ) -> (LineEditorState, [LineEditorAction]) {
        var state = start ?? LineEditorState(history: history)
        var actions: [LineEditorAction] = []
        for key in keys { actions += state.handle(key, completer: completer) }
        return (state, actions)
    }

    /// The keys that type `text`, one character each.
    private func typing(_ text: String) -> [TerminalKey] { text.map { .character($0) } }

    // MARK: - Key decoding

    func testDecodesPrintableASCIIAndControlBytes() {
        XCTAssertEqual(KeyDecoder.decode(bytes("ab 1")), typing("ab 1"))
        XCTAssertEqual(KeyDecoder.decode([13]), [.enter])
        XCTAssertEqual(KeyDecoder.decode([10]), [.enter])
        XCTAssertEqual(KeyDecoder.decode([9]), [.tab])
        XCTAssertEqual(KeyDecoder.decode([127]), [.backspace])
        XCTAssertEqual(KeyDecoder.decode([8]), [.backspace])
        // Ctrl-A is byte 1, Ctrl-C 3, Ctrl-W 23 (0x17): letter = byte + 0x60.
        XCTAssertEqual(KeyDecoder.decode([1, 3, 4, 11, 12, 21, 23]), "acdkluw".map { .control($0) })
        XCTAssertEqual(KeyDecoder.decode([0]), [.unknown([0])])
    }

    func testDecodesMultiByteUTF8AsOneCharacter() {
        // "é" is C3 A9 (2 bytes), "£" C2 A3, "日" E6 97 A5 (3 bytes), "😀" F0 9F 98 80 (4 bytes).
        XCTAssertEqual(KeyDecoder.decode(bytes("é£日😀")), typing("é£日😀"))
        XCTAssertEqual(typing("é£日😀").count, 4)
        var decoder = KeyDecoder()
        XCTAssertEqual(decoder.feed(0xE6), [])
        XCTAssertTrue(decoder.isPending)
        XCTAssertEqual(decoder.feed(0x97), [])
        XCTAssertEqual(decoder.feed(0xA5), [.character("日")])
        XCTAssertFalse(decoder.isPending)
    }

    func testRejectsInvalidUTF8AndKeepsTheFollowingKey() {
        // A stray continuation byte, and a 2-byte lead followed by ASCII instead of a continuation byte.
        XCTAssertEqual(KeyDecoder.decode([0xA9]), [.unknown([0xA9])])
        XCTAssertEqual(KeyDecoder.decode([0xC3, 0x61]), [.unknown([0xC3]), .character("a")])
        // A lone lead byte at the end is flushed as unknown.
        XCTAssertEqual(KeyDecoder.decode([0xE6, 0x97]), [.unknown([0xE6, 0x97])])
        // C1 control U+0085 (C2 85) is not printable.
        XCTAssertEqual(KeyDecoder.decode([0xC2, 0x85]), [.unknown([0xC2, 0x85])])
    }

    func testDecodesCursorAndEditingEscapeSequences() {
        let cases: [(String, TerminalKey)] = [
            ("\u{1B}[A", .up), ("\u{1B}[B", .down), ("\u{1B}[C", .right), ("\u{1B}[D", .left),
            ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}OH", .home), ("\u{1B}OF", .end),
            ("\u{1B}OA", .up), ("\u{1B}OD", .left),
            ("\u{1B}[1~", .home), ("\u{1B}[3~", .delete), ("\u{1B}[4~", .end),
            ("\u{1B}[7~", .home), ("\u{1B}[8~", .end),
            ("\u{1B}[1;5C", .right), ("\u{1B}[3;2~", .delete),
        ]
        for (sequence, key) in cases {
            XCTAssertEqual(KeyDecoder.decode(bytes(sequence)), [key], "sequence \(Array(sequence.utf8))")
        }
    }

    func testEscapeSequencesSplitAcrossReadsAndUnknownSequences() {
        var decoder = KeyDecoder()
        XCTAssertEqual(decoder.feed(bytes("x\u{1B}")), [.character("x")])
        XCTAssertEqual(decoder.feed(bytes("[")), [])
        XCTAssertEqual(decoder.feed(bytes("3")), [])
        XCTAssertEqual(decoder.feed(bytes("~y")), [.delete, .character("y")])
        XCTAssertEqual(KeyDecoder.decode(bytes("\u{1B}[5~")), [.unknown(bytes("\u{1B}[5~"))])
        XCTAssertEqual(KeyDecoder.decode(bytes("\u{1B}[Z")), [.unknown(bytes("\u{1B}[Z"))])
        XCTAssertEqual(KeyDecoder.decode(bytes("\u{1B}OQ")), [.unknown(bytes("\u{1B}OQ"))])
    }

    func testLoneEscapeIsFlushedAndAltLetterIsEscapeThenLetter() {
        var decoder = KeyDecoder()
        XCTAssertEqual(decoder.feed(0x1B), [])
        XCTAssertEqual(decoder.flush(), [.escape])
        XCTAssertFalse(decoder.isPending)
        XCTAssertEqual(KeyDecoder.decode(bytes("\u{1B}b")), [.escape, .character("b")])
        XCTAssertEqual(KeyDecoder.decode(bytes("\u{1B}\u{1B}[A")), [.escape, .up])
    }

    // MARK: - Editing

    func testTypingMovingAndDeleting() {
        // "borogh", Left, Left, "u" -> "borough" with the cursor after the inserted "u" (5 characters before it).
        let (state, actions) = run(typing("borogh") + [.left, .left, .character("u")])
        XCTAssertEqual(state.text, "borough")
        XCTAssertEqual(state.buffer.cursor, 5)
        XCTAssertEqual(actions, Array(repeating: .redraw, count: 9))

        // Home, Delete -> "orough"; End, Backspace -> "oroug"; Ctrl-A, Right, Right, Ctrl-K -> "or".
        let (edited, _) = run([.home, .delete, .end, .backspace], from: state)
        XCTAssertEqual(edited.text, "oroug")
        let (killed, _) = run([.control("a"), .right, .right, .control("k")], from: edited)
        XCTAssertEqual(killed.text, "or")
        XCTAssertEqual(killed.buffer.cursor, 2)
    }

    func testKeysThatChangeNothingAskForNoRedraw() {
        let keys: [TerminalKey] = [
            .left, .backspace, .delete, .home, .control("k"), .control("u"), .control("w"), .escape,
        ]
        let (state, actions) = run(keys)
        XCTAssertEqual(state.text, "")
        XCTAssertEqual(actions, [])
    }

    func testMultiByteCharactersCountAsOne() {
        // "日本" then Left, Backspace deletes "日" (one character, three bytes) leaving "本" with the cursor at 0.
        let (state, _) = run(typing("日本") + [.left, .backspace])
        XCTAssertEqual(state.text, "本")
        XCTAssertEqual(state.buffer.cursor, 0)
        // A combining acute accent (U+0301) typed after "e" joins it: one character "é".
        var buffer = LineBuffer("e")
        buffer.insert("\u{301}")
        XCTAssertEqual(buffer.characters.count, 1)
        XCTAssertEqual(buffer.cursor, 1)
    }

    func testKillToStartAndDeleteWordBack() {
        var buffer = LineBuffer("compare bromley  merton", cursor: nil)
        // Ctrl-W removes "merton" and nothing else: the two spaces before it stay.
        XCTAssertEqual(buffer.deleteWordBackward(), "merton")
        XCTAssertEqual(buffer.text, "compare bromley  ")
        // A second Ctrl-W removes the trailing spaces and "bromley".
        XCTAssertEqual(buffer.deleteWordBackward(), "bromley  ")
        XCTAssertEqual(buffer.text, "compare ")
        var middle = LineBuffer("compare bromley", cursor: 8)
        XCTAssertEqual(middle.killToStart(), "compare ")
        XCTAssertEqual(middle.text, "bromley")
        XCTAssertEqual(middle.cursor, 0)
    }

    func testEnterInterruptEndOfFileAndClearScreen() {
        // Enter with the cursor mid-line moves it to the end (redraw) and accepts the whole line.
        let (_, accepted) = run(typing("help") + [.left, .enter])
        XCTAssertEqual(accepted.suffix(2), [.redraw, .accept("help")])
        XCTAssertEqual(run([.enter]).1, [.accept("")])
        XCTAssertEqual(run(typing("ab") + [.control("c")]).1.last, .interrupt)
        XCTAssertEqual(run([.control("d")]).1, [.endOfFile])
        // Ctrl-D on a non-empty line deletes the character under the cursor instead.
        let (state, actions) = run(typing("ab") + [.home, .control("d")])
        XCTAssertEqual(state.text, "b")
        XCTAssertEqual(actions.last, .redraw)
        XCTAssertEqual(run([.control("l")]).1, [.clearScreen])
    }

    // MARK: - History

    func testHistoryWalkKeepsTheLineBeingEdited() {
        let history = ["modules", "borough bromley", "help"]
        let (up1, _) = run(typing("dra") + [.up], history: history)
        XCTAssertEqual(up1.text, "help")
        XCTAssertEqual(up1.historyIndex, 2)
        XCTAssertEqual(up1.buffer.cursor, 4)
        let (up3, actions) = run([.up, .up, .up], from: up1)
        XCTAssertEqual(up3.text, "modules")
        XCTAssertEqual(actions, [.redraw, .redraw, .bell])  // nothing older than the first entry
        // Down three times returns to the draft "dra"; a fourth Down rings the bell.
        let (down, downActions) = run([.down, .down, .down, .down], from: up3)
        XCTAssertEqual(down.text, "dra")
        XCTAssertNil(down.historyIndex)
        XCTAssertEqual(downActions, [.redraw, .redraw, .redraw, .bell])
    }

    func testEditsToRecalledEntriesAreKeptDuringTheWalk() {
        let (state, _) = run([.up, .character("s"), .up, .down], history: ["modules", "borough"])
        XCTAssertEqual(state.text, "boroughs")
        XCTAssertEqual(state.history, ["modules", "borough"])
        XCTAssertEqual(run([.up], history: []).1, [.bell])
    }

    func testHistoryAddRulesLimitAndFileText() {
        var history = LineHistory(limit: 3)
        XCTAssertTrue(history.add("a"))
        XCTAssertFalse(history.add("a"))       // same as the last
        XCTAssertFalse(history.add("   "))     // blank
        XCTAssertTrue(history.add("b"))
        XCTAssertTrue(history.add("a"))        // same as an older one is fine
        XCTAssertTrue(history.add("c\nd"))     // a line break becomes a space
        XCTAssertEqual(history.entries, ["b", "a", "c d"])  // limit 3 drops the oldest "a"
        XCTAssertEqual(history.fileContents, "b\na\nc d\n")
        let parsed = LineHistory(fileContents: "x\r\n\ny\nz\nz\n", limit: 1000)
        XCTAssertEqual(parsed.entries, ["x", "y", "z"])
        XCTAssertEqual(LineHistory(fileContents: "").fileContents, "")
        let long = LineHistory(entries: (1...1005).map { "line \($0)" })
        XCTAssertEqual(long.entries.count, 1000)
        XCTAssertEqual(long.entries.first, "line 6")
    }

    // MARK: - Completion

    func testCommonPrefix() {
        XCTAssertEqual(LineCompletion.commonPrefix(["modules", "module-info"]), "module")
        XCTAssertEqual(LineCompletion.commonPrefix(["café", "cafés"]), "café")
        XCTAssertEqual(LineCompletion.commonPrefix(["abc", "xyz"]), "")
        XCTAssertEqual(LineCompletion.commonPrefix(["only"]), "only")
        XCTAssertEqual(LineCompletion.commonPrefix([]), "")
    }

    func testOneCandidateReplacesTheWordAndAddsASpace() {
        var seen: [(String, Int)] = []
        let (state, actions) = run(typing("help modu") + [.tab]) { line, cursor in
            seen.append((line, cursor))
            return ["modules"]
        }
        XCTAssertEqual(state.text, "help modules ")
        XCTAssertEqual(actions.last, .redraw)
        XCTAssertEqual(seen.map(\.0), ["help modu"])
        XCTAssertEqual(seen.map(\.1), [9])
        // A folder-like candidate gets no space; text after the cursor stays.
        let (folder, _) = run(typing("open in x") + [.left, .left, .tab]) { _, _ in ["inputs/"] }
        XCTAssertEqual(folder.text, "open inputs/ x")
        XCTAssertEqual(folder.buffer.cursor, 12)
    }

    func testCompleterGetsTheCursorOffsetInCharacters() {
        var cursor = -1
        _ = run(typing("né x") + [.left, .left, .tab]) { _, offset in
            cursor = offset
            return []
        }
        // "né x" with the cursor after "né": 2 characters, though "é" is 2 bytes.
        XCTAssertEqual(cursor, 2)
    }

    func testSeveralCandidatesExtendThenListOnSecondTab() {
        let completer: (String, Int) -> [String] = { _, _ in ["modules", "module-info"] }
        let (first, firstActions) = run(typing("modu") + [.tab], completer: completer)
        XCTAssertEqual(first.text, "module")
        XCTAssertEqual(firstActions.last, .redraw)
        let (second, secondActions) = run([.tab], from: first, completer: completer)
        XCTAssertEqual(second.text, "module")
        XCTAssertEqual(secondActions, [.listCandidates(["modules", "module-info"])])
        // When the word cannot be extended the first Tab rings the bell; another key resets the Tab count.
        let (stuck, stuckActions) = run(typing("module") + [.tab, .character("s"), .tab], completer: completer)
        XCTAssertEqual(stuck.text, "modules")
        XCTAssertEqual(stuckActions.suffix(3), [.bell, .redraw, .bell])
    }

    func testNoCandidateRingsTheBell() {
        let (state, actions) = run(typing("zz") + [.tab])
        XCTAssertEqual(state.text, "zz")
        XCTAssertEqual(actions.last, .bell)
    }

    func testCandidateColumns() {
        // Widest is "module-info" (11) -> column width 13; 30 columns fit (30 + 2) / 13 = 2 columns;
        // 5 candidates -> 3 rows, filled down then across.
        let rows = LineCompletion.columns(["modules", "module-info", "help", "quit", "borough"], width: 30)
        XCTAssertEqual(rows, [
            "modules      quit",
            "module-info  borough",
            "help",
        ])
        XCTAssertEqual(LineCompletion.columns(["a", "b"], width: 1), ["a", "b"])
        XCTAssertEqual(LineCompletion.columns([], width: 80), [])
    }

    // MARK: - Drawing

    func testColumnWidths() {
        XCTAssertEqual(TerminalColumns.width(of: "a"), 1)
        XCTAssertEqual(TerminalColumns.width(of: Character("日")), 2)
        XCTAssertEqual(TerminalColumns.width(of: Character("😀")), 2)
        XCTAssertEqual(TerminalColumns.width(of: Character("\u{301}")), 0)
        XCTAssertEqual(TerminalColumns.width(of: "\u{1B}[1;32mlondon\u{1B}[0m> "), 8)
        XCTAssertEqual(TerminalColumns.width(of: "日本 x"), 6)
    }

    func testRenderingOneRow() {
        var renderer = LineRenderer()
        // Prompt "p> " (3 columns) + "abc", cursor after "a": column 4.
        let output = renderer.render(prompt: "p> ", buffer: LineBuffer("abc", cursor: 1), width: 80)
        XCTAssertEqual(output, "\rp> abc\u{1B}[K\r\u{1B}[4C")
        XCTAssertEqual(renderer.cursorRow, 0)
        XCTAssertEqual(renderer.newLineBelow(), "\r\n")
    }

    func testRenderingAWrappedLine() {
        var renderer = LineRenderer()
        // Width 10, prompt "> " (2) + 12 characters = 14 columns: rows 0 and 1, end at row 1 column 4.
        // Cursor after 9 characters: 2 + 9 = 11 -> row 1, column 1; no move up from the end row.
        let text = "abcdefghijkl"
        let first = renderer.render(prompt: "> ", buffer: LineBuffer(text, cursor: 9), width: 10)
        XCTAssertEqual(first, "\r> \(text)\u{1B}[K\r\u{1B}[1C")
        XCTAssertEqual(renderer.cursorRow, 1)
        XCTAssertEqual(renderer.rowCount, 2)
        // Cursor to 3 characters: column 5 of row 0; the redraw first climbs one row from where it left the cursor.
        let second = renderer.render(prompt: "> ", buffer: LineBuffer(text, cursor: 3), width: 10)
        XCTAssertEqual(second, "\u{1B}[1A\r> \(text)\u{1B}[K\u{1B}[1A\r\u{1B}[5C")
        // Shrinking to one row clears the leftover row with ESC[J; Enter from row 0 goes down one row first.
        let third = renderer.render(prompt: "> ", buffer: LineBuffer("ab"), width: 10)
        XCTAssertEqual(third, "\r> ab\u{1B}[K\u{1B}[J\r\u{1B}[4C")
        XCTAssertEqual(renderer.rowCount, 1)
    }

    func testRenderingALineThatFillsTheRowExactly() {
        var renderer = LineRenderer()
        // "> " + 8 characters = 10 = the width: the cursor belongs at row 1 column 0, so "\r\n" is written
        // before ESC[K (which would otherwise erase the last character in the pending-wrap state).
        let output = renderer.render(prompt: "> ", buffer: LineBuffer("abcdefgh"), width: 10)
        XCTAssertEqual(output, "\r> abcdefgh\r\n\u{1B}[K\r")
        XCTAssertEqual(renderer.rowCount, 2)
        XCTAssertEqual(renderer.newLineBelow(), "\r")  // already on a fresh row
    }

    func testPositionsWithWideCharacters() {
        // Width 5, prompt 3: "日" (2) fits at columns 3–4 -> next row; the second "日" at 0–1; "x" at 2.
        let positions = LineRenderer.positions(promptWidth: 3, widths: [2, 2, 1], width: 5)
        XCTAssertEqual(positions.map { [$0.row, $0.column] }, [[0, 3], [1, 0], [1, 2], [1, 3]])
        // Prompt 4: a wide character does not fit in the last column and moves to the next row.
        let moved = LineRenderer.positions(promptWidth: 4, widths: [2], width: 5)
        XCTAssertEqual(moved.map { [$0.row, $0.column] }, [[0, 4], [1, 2]])
    }
}
