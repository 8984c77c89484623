/// Produces the bytes that redraw the prompt and line on a terminal and place the cursor, for lines that wrap
/// over several rows. It remembers where it left the cursor, so the next redraw starts from the line's first row.
///
/// A redraw moves up to the first row, writes `\r`, the prompt, the text and `ESC [ K`, clears rows left over
/// from a longer line with `ESC [ J`, then moves the cursor back to its place. Widths come from
/// `TerminalColumns`, so wide characters and coloured prompts keep the cursor in the right column.
public struct LineRenderer: Hashable, Sendable {
    /// A row and column relative to the start of the prompt's first row.
    public struct Position: Hashable, Sendable {
        /// 0-based row below the prompt's first row.
        public var row: Int
        /// 0-based column.
        public var column: Int
        /// Makes a position.
        public init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }
    }

    /// The row of the terminal cursor as last left, relative to the prompt's first row.
    public private(set) var cursorRow = 0
    /// The rows the prompt and line occupied when last drawn.
    public private(set) var rowCount = 1
    /// Whether the last drawn row is an empty row begun because the text filled the row above exactly.
    private var lastRowIsEmpty = false

    /// Makes a renderer that assumes the cursor is at the start of a fresh row.
    public init() {}

    /// Forgets the last drawing: the next draw starts on the cursor's row (after a clear screen or a new line).
    public mutating func reset() {
        cursorRow = 0
        rowCount = 1
        lastRowIsEmpty = false
    }

    /// The bytes that redraw `prompt` and `buffer` in a terminal `width` columns wide.
    public mutating func render(prompt: String, buffer: LineBuffer, width: Int) -> String {
        let width = max(width, 1)
        let positions = Self.positions(
            promptWidth: TerminalColumns.width(of: prompt),
            widths: buffer.characters.map(TerminalColumns.width(of:)), width: width)
        let end = positions[positions.count - 1]
        let target = positions[buffer.cursor]
        var output = ""
        if cursorRow > 0 { output += "\u{1B}[\(cursorRow)A" }
        output += "\r" + prompt + buffer.text
        let endsOnFreshRow = end.column == 0 && end.row > 0
        if endsOnFreshRow { output += "\r\n" }  // leave the pending-wrap state so ESC[K spares the last character
        output += "\u{1B}[K"
        if rowCount > end.row + 1 { output += "\u{1B}[J" }
        if end.row > target.row { output += "\u{1B}[\(end.row - target.row)A" }
        output += "\r"
        if target.column > 0 { output += "\u{1B}[\(target.column)C" }
        cursorRow = target.row
        rowCount = end.row + 1
        lastRowIsEmpty = endsOnFreshRow
        return output
    }

    /// The bytes that move the cursor to the start of a fresh row below the drawn line (before printing the
    /// completion list, after Enter or Ctrl-C); forgets the drawing.
    public mutating func newLineBelow() -> String {
        var output = ""
        let down = rowCount - 1 - cursorRow
        if down > 0 { output += "\u{1B}[\(down)B" }
        output += lastRowIsEmpty ? "\r" : "\r\n"
        reset()
        return output
    }

    /// Where the cursor sits after the prompt and after each character: element `k` is the position with `k`
    /// characters before the cursor. A position at the end of a full row is given as the start of the next row;
    /// a wide character that does not fit at the end of a row moves to the next one, as terminals do.
    public static func positions(promptWidth: Int, widths: [Int], width: Int) -> [Position] {
        let width = max(width, 1)
        var row = promptWidth / width
        var column = promptWidth % width
        var positions = [Position(row: row, column: column)]
        positions.reserveCapacity(widths.count + 1)
        for characterWidth in widths {
            if column + characterWidth > width {
                row += 1
                column = 0
            }
            column += characterWidth
            if column >= width {
                row += 1
                column = 0
            }
            positions.append(Position(row: row, column: column))
        }
        return positions
    }
}
