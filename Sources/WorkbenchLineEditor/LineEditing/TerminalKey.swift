/// One key press as the line editor sees it, decoded from the bytes a terminal sends in raw mode.
///
/// `KeyDecoder` turns bytes into keys; `LineEditorState` turns keys into edits. Control letters that have a
/// dedicated case (Ctrl-H is `backspace`, Ctrl-I is `tab`, Ctrl-J and Ctrl-M are `enter`) never appear as `control`.
public enum TerminalKey: Hashable, Sendable {
    /// A printable character (one extended grapheme cluster, possibly several UTF-8 bytes).
    case character(Character)
    /// Enter or Return (byte 13 or 10).
    case enter
    /// Tab (byte 9): completion.
    case tab
    /// Backspace (byte 127 or Ctrl-H).
    case backspace
    /// Forward delete (`ESC [ 3 ~`).
    case delete
    /// Left arrow.
    case left
    /// Right arrow.
    case right
    /// Up arrow.
    case up
    /// Down arrow.
    case down
    /// Home (`ESC [ H`, `ESC O H`, `ESC [ 1 ~`, `ESC [ 7 ~`).
    case home
    /// End (`ESC [ F`, `ESC O F`, `ESC [ 4 ~`, `ESC [ 8 ~`).
    case end
    /// A control letter pressed with Ctrl, as its lower-case letter (`control("a")` is Ctrl-A, byte 1).
    case control(Character)
    /// A lone Escape key press.
    case escape
    /// A byte sequence the decoder does not recognise (an unknown escape sequence or invalid UTF-8).
    case unknown([UInt8])
}
