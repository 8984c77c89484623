/// The line editor as a pure state machine: the line being edited, the history walk and the completion state.
/// Feed it decoded keys; it changes itself and says what the terminal must do. It never touches a terminal, so
/// every editing behaviour can be tested with plain values.
///
/// Keys: printable characters insert; Left/Right (Ctrl-B/Ctrl-F) move; Home/End (Ctrl-A/Ctrl-E) jump;
/// Backspace and Delete delete; Ctrl-D deletes forward, or ends input on an empty line; Ctrl-K kills to the end,
/// Ctrl-U to the start, Ctrl-W the word before the cursor; Ctrl-L clears the screen; Up/Down (Ctrl-P/Ctrl-N) walk
/// the history, keeping the new line and any edits made to recalled entries until the line is accepted; Tab
/// completes; Enter accepts; Ctrl-C abandons the line.
public struct LineEditorState: Hashable, Sendable {
    /// The line being edited.
    public private(set) var buffer: LineBuffer
    /// The history entries, oldest first, as they were when editing began.
    public let history: [String]
    /// The history entry shown, or `nil` while editing the new line.
    public private(set) var historyIndex: Int?
    /// Whether the previous key was a Tab that found several candidates, so that another Tab lists them.
    public private(set) var isAwaitingSecondTab = false

    /// The new line, kept while a history entry is shown.
    private var draft: LineBuffer
    /// Edits made to recalled history entries, by index, kept until the line is accepted.
    private var editedEntries: [Int: LineBuffer] = [:]

    /// Starts editing `buffer` (empty by default) with `history` (oldest first) to walk.
    public init(history: [String] = [], buffer: LineBuffer = LineBuffer()) {
        self.history = history
        self.buffer = buffer
        self.draft = buffer
    }

    /// The line's text.
    public var text: String { buffer.text }

    /// Handles a key without changing `self`.
    /// - Returns: the new state and what the terminal must do, in order.
    public func applying(
        _ key: TerminalKey, completer: (String, Int) -> [String] = { _, _ in [] }
    ) -> (state: LineEditorState, actions: [LineEditorAction]) {
        var state = self
        let actions = state.handle(key, completer: completer)
        return (state, actions)
    }

    /// Handles one key.
    /// - Parameters:
    ///   - key: the decoded key.
    ///   - completer: called on Tab with the whole line and the cursor offset in characters; returns the
    ///     candidate replacements for the word before the cursor.
    /// - Returns: what the terminal must do, in order (empty when the key changes nothing visible).
    public mutating func handle(
        _ key: TerminalKey, completer: (String, Int) -> [String] = { _, _ in [] }
    ) -> [LineEditorAction] {
        if key == .tab { return complete(completer) }
        isAwaitingSecondTab = false
        switch key {
        case .character(let character):
            buffer.insert(character)
            return [.redraw]
        case .enter:
            let moved = buffer.moveToEnd()
            return (moved ? [.redraw] : []) + [.accept(buffer.text)]
        case .control("c"):
            let moved = buffer.moveToEnd()
            return (moved ? [.redraw] : []) + [.interrupt]
        case .control("d"):
            if buffer.isEmpty { return [.endOfFile] }
            return redraw(if: buffer.deleteForward())
        case .left, .control("b"): return redraw(if: buffer.moveLeft())
        case .right, .control("f"): return redraw(if: buffer.moveRight())
        case .home, .control("a"): return redraw(if: buffer.moveToStart())
        case .end, .control("e"): return redraw(if: buffer.moveToEnd())
        case .backspace: return redraw(if: buffer.deleteBackward())
        case .delete: return redraw(if: buffer.deleteForward())
        case .control("k"): return redraw(if: !buffer.killToEnd().isEmpty)
        case .control("u"): return redraw(if: !buffer.killToStart().isEmpty)
        case .control("w"): return redraw(if: !buffer.deleteWordBackward().isEmpty)
        case .control("l"): return [.clearScreen]
        case .up, .control("p"): return showHistory(at: (historyIndex ?? history.count) - 1)
        case .down, .control("n"):
            guard let index = historyIndex else { return [.bell] }
            return showHistory(at: index + 1)
        default:
            return []
        }
    }

    private func redraw(if changed: Bool) -> [LineEditorAction] { changed ? [.redraw] : [] }

    /// Shows history entry `index`, or the new line when `index` is one past the last entry.
    private mutating func showHistory(at index: Int) -> [LineEditorAction] {
        guard index >= 0, index <= history.count else { return [.bell] }
        if let current = historyIndex { editedEntries[current] = buffer } else { draft = buffer }
        if index == history.count {
            historyIndex = nil
            buffer = draft
        } else {
            historyIndex = index
            buffer = editedEntries[index] ?? LineBuffer(history[index])
        }
        return [.redraw]
    }

    /// Tab: one candidate replaces the word before the cursor (with a space after a whole word); several extend
    /// it to their common prefix, and a second Tab in a row lists them; none rings the bell.
    private mutating func complete(_ completer: (String, Int) -> [String]) -> [LineEditorAction] {
        var candidates: [String] = []
        for candidate in completer(buffer.text, buffer.textBeforeCursor.count) where !candidates.contains(candidate) {
            candidates.append(candidate)
        }
        let word = buffer.wordBeforeCursor
        switch candidates.count {
        case 0:
            isAwaitingSecondTab = false
            return [.bell]
        case 1:
            isAwaitingSecondTab = false
            let candidate = candidates[0]
            let next = buffer.cursor < buffer.characters.count ? buffer.characters[buffer.cursor] : nil
            let needsSpace = !(candidate.last.map { "/=".contains($0) } ?? true) && !(next?.isWhitespace ?? false)
            let replacement = candidate + (needsSpace ? " " : "")
            guard replacement != word else { return [] }
            buffer.replaceWordBeforeCursor(with: replacement)
            return [.redraw]
        default:
            if isAwaitingSecondTab { return [.listCandidates(candidates)] }
            isAwaitingSecondTab = true
            let prefix = LineCompletion.commonPrefix(candidates)
            guard prefix.count > word.count, prefix != word else { return [.bell] }
            buffer.replaceWordBeforeCursor(with: prefix)
            return [.redraw]
        }
    }
}
