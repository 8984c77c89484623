import Testing
import WorkbenchLineEditor

/// The pure parts of the terminal line editor: key decoding, editing, history walking, completion and drawing.
struct LineEditingTests {
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

    @Test func decodesPrintableASCIIAndControlBytes() {
        #expect(KeyDecoder.decode(bytes("ab 1")) == typing("ab 1"))
        #expect(KeyDecoder.decode([13]) == [.enter])
        #expect(KeyDecoder.decode([10]) == [.enter])
        #expect(KeyDecoder.decode([9]) == [.tab])
        #expect(KeyDecoder.decode([127]) == [.backspace])
        #expect(KeyDecoder.decode([8]) == [.backspace])
        // Ctrl-A is byte 1, Ctrl-C 3, Ctrl-W 23 (0x17): letter = byte + 0x60.
        #expect(KeyDecoder.decode([1, 3, 4, 11, 12, 21, 23]) == "acdkluw".map { .control($0) })
        #expect(KeyDecoder.decode([0]) == [.unknown([0])])
    }

    @Test func decodesMultiByteUTF8AsOneCharacter() {
        // "é" is C3 A9 (2 bytes), "£" C2 A3, "日" E6 97 A5 (3 bytes), "😀" F0 9F 98 80 (4 bytes).
        #expect(KeyDecoder.decode(bytes("é£日😀")) == typing("é£日😀"))
        #expect(typing("é£日😀").count == 4)
        var decoder = KeyDecoder()
        #expect(decoder.feed(0xE6) == [])
        #expect(decoder.isPending)
        #expect(decoder.feed(0x97) == [])
        #expect(decoder.feed(0xA5) == [.character("日")])
        #expect(!decoder.isPending)
    }

    @Test func rejectsInvalidUTF8AndKeepsTheFollowingKey() {
        // A stray continuation byte, and a 2-byte lead followed by ASCII instead of a continuation byte.
        #expect(KeyDecoder.decode([0xA9]) == [.unknown([0xA9])])
        #expect(KeyDecoder.decode([0xC3, 0x61]) == [.unknown([0xC3]), .character("a")])
        // A lone lead byte at the end is flushed as unknown.
        #expect(KeyDecoder.decode([0xE6, 0x97]) == [.unknown([0xE6, 0x97])])
        // C1 control U+0085 (C2 85) is not printable.
        #expect(KeyDecoder.decode([0xC2, 0x85]) == [.unknown([0xC2, 0x85])])
    }

    @Test func decodesCursorAndEditingEscapeSequences() {
        let cases: [(String, TerminalKey)] = [
            ("\u{1B}[A", .up), ("\u{1B}[B", .down), ("\u{1B}[C", .right), ("\u{1B}[D", .left),
            ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}OH", .home), ("\u{1B}OF", .end),
            ("\u{1B}OA", .up), ("\u{1B}OD", .left),
            ("\u{1B}[1~", .home), ("\u{1B}[3~", .delete), ("\u{1B}[4~", .end),
            ("\u{1B}[7~", .home), ("\u{1B}[8~", .end),
            ("\u{1B}[1;5C", .right), ("\u{1B}[3;2~", .delete),
        ]
        for (sequence, key) in cases {
            #expect(KeyDecoder.decode(bytes(sequence)) == [key], "sequence \(Array(sequence.utf8))")
        }
    }

    @Test func escapeSequencesSplitAcrossReadsAndUnknownSequences() {
        var decoder = KeyDecoder()
        #expect(decoder.feed(bytes("x\u{1B}")) == [.character("x")])
        #expect(decoder.feed(bytes("[")) == [])
        #expect(decoder.feed(bytes("3")) == [])
        #expect(decoder.feed(bytes("~y")) == [.delete, .character("y")])
        #expect(KeyDecoder.decode(bytes("\u{1B}[5~")) == [.unknown(bytes("\u{1B}[5~"))])
        #expect(KeyDecoder.decode(bytes("\u{1B}[Z")) == [.unknown(bytes("\u{1B}[Z"))])
        #expect(KeyDecoder.decode(bytes("\u{1B}OQ")) == [.unknown(bytes("\u{1B}OQ"))])
    }

    @Test func loneEscapeIsFlushedAndAltLetterIsEscapeThenLetter() {
        var decoder = KeyDecoder()
        #expect(decoder.feed(0x1B) == [])
        #expect(decoder.flush() == [.escape])
        #expect(!decoder.isPending)
        #expect(KeyDecoder.decode(bytes("\u{1B}b")) == [.escape, .character("b")])
        #expect(KeyDecoder.decode(bytes("\u{1B}\u{1B}[A")) == [.escape, .up])
    }

    // MARK: - Editing

    @Test func typingMovingAndDeleting() {
        // "borogh", Left, Left, "u" -> "borough" with the cursor after the inserted "u" (5 characters before it).
        let (state, actions) = run(typing("borogh") + [.left, .left, .character("u")])
        #expect(state.text == "borough")
        #expect(state.buffer.cursor == 5)
        #expect(actions == Array(repeating: .redraw, count: 9))

        // Home, Delete -> "orough"; End, Backspace -> "oroug"; Ctrl-A, Right, Right, Ctrl-K -> "or".
        let (edited, _) = run([.home, .delete, .end, .backspace], from: state)
        #expect(edited.text == "oroug")
        let (killed, _) = run([.control("a"), .right, .right, .control("k")], from: edited)
        #expect(killed.text == "or")
        #expect(killed.buffer.cursor == 2)
    }

    @Test func keysThatChangeNothingAskForNoRedraw() {
        let keys: [TerminalKey] = [
            .left, .backspace, .delete, .home, .control("k"), .control("u"), .control("w"), .escape,
        ]
        let (state, actions) = run(keys)
        #expect(state.text == "")
        #expect(actions == [])
    }

    @Test func multiByteCharactersCountAsOne() {
        // "日本" then Left, Backspace deletes "日" (one character, three bytes) leaving "本" with the cursor at 0.
        let (state, _) = run(typing("日本") + [.left, .backspace])
        #expect(state.text == "本")
        #expect(state.buffer.cursor == 0)
        // A combining acute accent (U+0301) typed after "e" joins it: one character "é".
        var buffer = LineBuffer("e")
        buffer.insert("\u{301}")
        #expect(buffer.characters.count == 1)
        #expect(buffer.cursor == 1)
    }

    @Test func killToStartAndDeleteWordBack() {
        var buffer = LineBuffer("compare bromley  merton", cursor: nil)
        // Ctrl-W removes "merton" and nothing else: the two spaces before it stay.
        #expect(buffer.deleteWordBackward() == "merton")
        #expect(buffer.text == "compare bromley  ")
        // A second Ctrl-W removes the trailing spaces and "bromley".
        #expect(buffer.deleteWordBackward() == "bromley  ")
        #expect(buffer.text == "compare ")
        var middle = LineBuffer("compare bromley", cursor: 8)
        #expect(middle.killToStart() == "compare ")
        #expect(middle.text == "bromley")
        #expect(middle.cursor == 0)
    }

    @Test func enterInterruptEndOfFileAndClearScreen() {
        // Enter with the cursor mid-line moves it to the end (redraw) and accepts the whole line.
        let (_, accepted) = run(typing("help") + [.left, .enter])
        #expect(accepted.suffix(2) == [.redraw, .accept("help")])
        #expect(run([.enter]).1 == [.accept("")])
        #expect(run(typing("ab") + [.control("c")]).1.last == .interrupt)
        #expect(run([.control("d")]).1 == [.endOfFile])
        // Ctrl-D on a non-empty line deletes the character under the cursor instead.
        let (state, actions) = run(typing("ab") + [.home, .control("d")])
        #expect(state.text == "b")
        #expect(actions.last == .redraw)
        #expect(run([.control("l")]).1 == [.clearScreen])
    }

    // MARK: - History

    @Test func historyWalkKeepsTheLineBeingEdited() {
        let history = ["modules", "borough bromley", "help"]
        let (up1, _) = run(typing("dra") + [.up], history: history)
        #expect(up1.text == "help")
        #expect(up1.historyIndex == 2)
        #expect(up1.buffer.cursor == 4)
        let (up3, actions) = run([.up, .up, .up], from: up1)
        #expect(up3.text == "modules")
        #expect(actions == [.redraw, .redraw, .bell])  // nothing older than the first entry
        // Down three times returns to the draft "dra"; a fourth Down rings the bell.
        let (down, downActions) = run([.down, .down, .down, .down], from: up3)
        #expect(down.text == "dra")
        #expect(down.historyIndex == nil)
        #expect(downActions == [.redraw, .redraw, .redraw, .bell])
    }

    @Test func editsToRecalledEntriesAreKeptDuringTheWalk() {
        let (state, _) = run([.up, .character("s"), .up, .down], history: ["modules", "borough"])
        #expect(state.text == "boroughs")
        #expect(state.history == ["modules", "borough"])
        #expect(run([.up], history: []).1 == [.bell])
    }

    @Test func historyAddRulesLimitAndFileText() {
        var history = LineHistory(limit: 3)
        #expect(history.add("a") == true)
        #expect(history.add("a") == false)       // same as the last
        #expect(history.add("   ") == false)     // blank
        #expect(history.add("b") == true)
        #expect(history.add("a") == true)        // same as an older one is fine
        #expect(history.add("c\nd") == true)     // a line break becomes a space
        #expect(history.entries == ["b", "a", "c d"])  // limit 3 drops the oldest "a"
        #expect(history.fileContents == "b\na\nc d\n")
        let parsed = LineHistory(fileContents: "x\r\n\ny\nz\nz\n", limit: 1000)
        #expect(parsed.entries == ["x", "y", "z"])
        #expect(LineHistory(fileContents: "").fileContents == "")
        let long = LineHistory(entries: (1...1005).map { "line \($0)" })
        #expect(long.entries.count == 1000)
        #expect(long.entries.first == "line 6")
    }

    // MARK: - Completion

    @Test func commonPrefix() {
        #expect(LineCompletion.commonPrefix(["modules", "module-info"]) == "module")
        #expect(LineCompletion.commonPrefix(["café", "cafés"]) == "café")
        #expect(LineCompletion.commonPrefix(["abc", "xyz"]) == "")
        #expect(LineCompletion.commonPrefix(["only"]) == "only")
        #expect(LineCompletion.commonPrefix([]) == "")
    }

    @Test func oneCandidateReplacesTheWordAndAddsASpace() {
        var seen: [(String, Int)] = []
        let (state, actions) = run(typing("help modu") + [.tab]) { line, cursor in
            seen.append((line, cursor))
            return ["modules"]
        }
        #expect(state.text == "help modules ")
        #expect(actions.last == .redraw)
        #expect(seen.map(\.0) == ["help modu"])
        #expect(seen.map(\.1) == [9])
        // A folder-like candidate gets no space; text after the cursor stays.
        let (folder, _) = run(typing("open in x") + [.left, .left, .tab]) { _, _ in ["inputs/"] }
        #expect(folder.text == "open inputs/ x")
        #expect(folder.buffer.cursor == 12)
    }

    @Test func completerGetsTheCursorOffsetInCharacters() {
        var cursor = -1
        _ = run(typing("né x") + [.left, .left, .tab]) { _, offset in
            cursor = offset
            return []
        }
        // "né x" with the cursor after "né": 2 characters, though "é" is 2 bytes.
        #expect(cursor == 2)
    }

    @Test func severalCandidatesExtendThenListOnSecondTab() {
        let completer: (String, Int) -> [String] = { _, _ in ["modules", "module-info"] }
        let (first, firstActions) = run(typing("modu") + [.tab], completer: completer)
        #expect(first.text == "module")
        #expect(firstActions.last == .redraw)
        let (second, secondActions) = run([.tab], from: first, completer: completer)
        #expect(second.text == "module")
        #expect(secondActions == [.listCandidates(["modules", "module-info"])])
        // When the word cannot be extended the first Tab rings the bell; another key resets the Tab count.
        let (stuck, stuckActions) = run(typing("module") + [.tab, .character("s"), .tab], completer: completer)
        #expect(stuck.text == "modules")
        #expect(stuckActions.suffix(3) == [.bell, .redraw, .bell])
    }

    @Test func noCandidateRingsTheBell() {
        let (state, actions) = run(typing("zz") + [.tab])
        #expect(state.text == "zz")
        #expect(actions.last == .bell)
    }

    @Test func candidateColumns() {
        // Widest is "module-info" (11) -> column width 13; 30 columns fit (30 + 2) / 13 = 2 columns;
        // 5 candidates -> 3 rows, filled down then across.
        let rows = LineCompletion.columns(["modules", "module-info", "help", "quit", "borough"], width: 30)
        #expect(rows == [
            "modules      quit",
            "module-info  borough",
            "help",
        ])
        #expect(LineCompletion.columns(["a", "b"], width: 1) == ["a", "b"])
        #expect(LineCompletion.columns([], width: 80) == [])
    }

    // MARK: - Drawing

    @Test func columnWidths() {
        #expect(TerminalColumns.width(of: "a") == 1)
        #expect(TerminalColumns.width(of: Character("日")) == 2)
        #expect(TerminalColumns.width(of: Character("😀")) == 2)
        #expect(TerminalColumns.width(of: Character("\u{301}")) == 0)
        #expect(TerminalColumns.width(of: "\u{1B}[1;32mlondon\u{1B}[0m> ") == 8)
        #expect(TerminalColumns.width(of: "日本 x") == 6)
    }

    @Test func renderingOneRow() {
        var renderer = LineRenderer()
        // Prompt "p> " (3 columns) + "abc", cursor after "a": column 4.
        let output = renderer.render(prompt: "p> ", buffer: LineBuffer("abc", cursor: 1), width: 80)
        #expect(output == "\rp> abc\u{1B}[K\r\u{1B}[4C")
        #expect(renderer.cursorRow == 0)
        #expect(renderer.newLineBelow() == "\r\n")
    }

    @Test func renderingAWrappedLine() {
        var renderer = LineRenderer()
        // Width 10, prompt "> " (2) + 12 characters = 14 columns: rows 0 and 1, end at row 1 column 4.
        // Cursor after 9 characters: 2 + 9 = 11 -> row 1, column 1; no move up from the end row.
        let text = "abcdefghijkl"
        let first = renderer.render(prompt: "> ", buffer: LineBuffer(text, cursor: 9), width: 10)
        #expect(first == "\r> \(text)\u{1B}[K\r\u{1B}[1C")
        #expect(renderer.cursorRow == 1)
        #expect(renderer.rowCount == 2)
        // Cursor to 3 characters: column 5 of row 0; the redraw first climbs one row from where it left the cursor.
        let second = renderer.render(prompt: "> ", buffer: LineBuffer(text, cursor: 3), width: 10)
        #expect(second == "\u{1B}[1A\r> \(text)\u{1B}[K\u{1B}[1A\r\u{1B}[5C")
        // Shrinking to one row clears the leftover row with ESC[J; Enter from row 0 goes down one row first.
        let third = renderer.render(prompt: "> ", buffer: LineBuffer("ab"), width: 10)
        #expect(third == "\r> ab\u{1B}[K\u{1B}[J\r\u{1B}[4C")
        #expect(renderer.rowCount == 1)
    }

    @Test func renderingALineThatFillsTheRowExactly() {
        var renderer = LineRenderer()
        // "> " + 8 characters = 10 = the width: the cursor belongs at row 1 column 0, so "\r\n" is written
        // before ESC[K (which would otherwise erase the last character in the pending-wrap state).
        let output = renderer.render(prompt: "> ", buffer: LineBuffer("abcdefgh"), width: 10)
        #expect(output == "\r> abcdefgh\r\n\u{1B}[K\r")
        #expect(renderer.rowCount == 2)
        #expect(renderer.newLineBelow() == "\r")  // already on a fresh row
    }

    @Test func positionsWithWideCharacters() {
        // Width 5, prompt 3: "日" (2) fits at columns 3–4 -> next row; the second "日" at 0–1; "x" at 2.
        let positions = LineRenderer.positions(promptWidth: 3, widths: [2, 2, 1], width: 5)
        #expect(positions.map { [$0.row, $0.column] } == [[0, 3], [1, 0], [1, 2], [1, 3]])
        // Prompt 4: a wide character does not fit in the last column and moves to the next row.
        let moved = LineRenderer.positions(promptWidth: 4, widths: [2], width: 5)
        #expect(moved.map { [$0.row, $0.column] } == [[0, 4], [1, 2]])
    }
}
