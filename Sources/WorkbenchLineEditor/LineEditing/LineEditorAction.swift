/// What the terminal side must do after the line editor's state handled a key.
public enum LineEditorAction: Hashable, Sendable {
    /// Draw the prompt and line again and put the cursor where the state says.
    case redraw
    /// Ring the terminal bell: the key could do nothing (no completion, no older history entry).
    case bell
    /// Clear the screen, then draw the prompt and line at the top.
    case clearScreen
    /// Print these completion candidates in columns below the line, then draw the prompt and line again.
    case listCandidates([String])
    /// The line is finished (Enter): start a new terminal line and hand this text to the caller.
    case accept(String)
    /// The line is abandoned (Ctrl-C): show `^C`, start a new terminal line and report the interruption.
    case interrupt
    /// End of input (Ctrl-D on an empty line): start a new terminal line and report end of file.
    case endOfFile
}
