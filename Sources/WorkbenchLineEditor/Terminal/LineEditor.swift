public import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The interactive line editor of the workbench: reads one line at a time from the terminal in raw mode, with
/// editing, history and tab completion, and puts the terminal back after every line.
///
/// The key handling is `LineEditorState` (a pure state machine, in `LineEditing/`); this class only decodes
/// bytes, draws with `LineRenderer` and keeps the history and its file.
public final class LineEditor {
    /// How `readLine(prompt:)` ended.
    public enum Result: Equatable, Sendable {
        /// Enter was pressed; the text is already in the history (unless blank or the same as the last entry).
        case line(String)
        /// Ctrl-C: the line was abandoned; the caller shows a new prompt and carries on.
        case interrupted
        /// Ctrl-D on an empty line, or standard input closed.
        case endOfFile
    }

    /// Whether standard input and standard output are both terminals, so that line editing can be used.
    public static var isInteractive: Bool { RawTerminal.isInteractive }

    /// How long to wait for the rest of an escape sequence before taking Escape as a key of its own.
    private static let escapeTimeoutMilliseconds: Int32 = 200

    /// The file the history is loaded from and saved to, one entry per line; `nil` keeps history in memory only.
    public let historyFile: URL?
    /// The lines entered, oldest first.
    public private(set) var history: LineHistory
    /// Proposes replacements for the word at the cursor: (whole line, cursor offset in characters) -> candidates.
    private let completer: @Sendable (String, Int) -> [String]
    /// Decodes bytes into keys; keeps an unfinished sequence between reads.
    private var decoder = KeyDecoder()
    /// Keys already read but not yet handled (typed ahead or pasted after an Enter), kept for the next line.
    private var pendingKeys: [TerminalKey] = []
    /// Whether standard input has closed.
    private var inputClosed = false

    /// Makes an editor, loading the history from `historyFile` (a missing or unreadable file gives an empty
    /// history).
    /// - Parameters:
    ///   - historyFile: where the history lives, or `nil` for none.
    ///   - completer: called on Tab with the whole line and the cursor offset in characters; returns candidate
    ///     replacements for the word before the cursor.
    public init(historyFile: URL?, completer: @escaping @Sendable (String, Int) -> [String] = { _, _ in [] }) {
        self.historyFile = historyFile
        self.completer = completer
        self.history = Self.loadHistory(from: historyFile)
    }

    /// Reads one line, showing `prompt`. On a terminal the line can be edited; otherwise (standard input not a
    /// terminal) a plain line is read, and the prompt is shown only when standard output is a terminal.
    public func readLine(prompt: String) -> Result {
        guard isatty(STDIN_FILENO) == 1, RawTerminal.enterRawMode() else { return readPlainLine(prompt: prompt) }
        defer { RawTerminal.leaveRawMode() }
        return edit(prompt: prompt)
    }

    /// The edit loop, run in raw mode.
    private func edit(prompt: String) -> Result {
        var state = LineEditorState(history: history.entries)
        var renderer = LineRenderer()
        func redraw() {
            RawTerminal.write(renderer.render(prompt: prompt, buffer: state.buffer, width: RawTerminal.width))
        }
        redraw()
        while true {
            guard let key = nextKey() else {
                RawTerminal.write(renderer.newLineBelow())
                return .endOfFile
            }
            for action in state.handle(key, completer: completer) {
                switch action {
                case .redraw:
                    redraw()
                case .bell:
                    RawTerminal.write("\u{07}")
                case .clearScreen:
                    RawTerminal.write("\u{1B}[H\u{1B}[2J")
                    renderer.reset()
                    redraw()
                case .listCandidates(let candidates):
                    let rows = LineCompletion.columns(candidates, width: RawTerminal.width)
                    RawTerminal.write(renderer.newLineBelow() + rows.joined(separator: "\r\n") + "\r\n")
                    redraw()
                case .accept(let text):
                    RawTerminal.write(renderer.newLineBelow())
                    addToHistory(text)
                    return .line(text)
                case .interrupt:
                    RawTerminal.write("^C\r\n")
                    return .interrupted
                case .endOfFile:
                    RawTerminal.write(renderer.newLineBelow())
                    return .endOfFile
                }
            }
        }
    }

    /// The next key, reading more input when none is pending; `nil` once input has closed.
    private func nextKey() -> TerminalKey? {
        while pendingKeys.isEmpty {
            if inputClosed { return nil }
            let timeout = decoder.isPending ? Self.escapeTimeoutMilliseconds : -1
            switch RawTerminal.read(timeoutMilliseconds: timeout) {
            case .bytes(let bytes):
                pendingKeys += decoder.feed(bytes)
            case .timedOut:
                pendingKeys += decoder.flush()
            case .closed:
                inputClosed = true
                pendingKeys += decoder.flush()
            }
        }
        return pendingKeys.removeFirst()
    }

    /// Reads a line without editing (standard input is not a terminal).
    private func readPlainLine(prompt: String) -> Result {
        if isatty(STDOUT_FILENO) == 1 {
            print(prompt, terminator: "")
            _ = fflush(nil)
        }
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfFile }
        addToHistory(line)
        return .line(line)
    }

    /// Adds a line to the history and saves the file when it was added.
    private func addToHistory(_ line: String) {
        if history.add(line) { saveHistory() }
    }
}
