/// The text of the line being edited and the cursor within it, counted in characters (grapheme clusters), with
/// the editing primitives the keys map to. A pure value: no terminal, no history.
public struct LineBuffer: Hashable, Sendable {
    /// The characters of the line.
    public private(set) var characters: [Character]
    /// The cursor, as the number of characters before it (0 … `characters.count`).
    public private(set) var cursor: Int

    /// Makes a buffer holding `text` with the cursor at `cursor` characters (clamped), or at the end when `nil`.
    public init(_ text: String = "", cursor: Int? = nil) {
        characters = Array(text)
        self.cursor = min(max(cursor ?? characters.count, 0), characters.count)
    }

    /// The whole line.
    public var text: String { String(characters) }
    /// The text before the cursor.
    public var textBeforeCursor: String { String(characters[..<cursor]) }
    /// Whether the line is empty.
    public var isEmpty: Bool { characters.isEmpty }

    /// Where the word ending at the cursor starts: just after the last whitespace before the cursor.
    public var wordStart: Int {
        var index = cursor
        while index > 0, !characters[index - 1].isWhitespace { index -= 1 }
        return index
    }

    /// The word ending at the cursor (from `wordStart` to the cursor): what completion replaces.
    public var wordBeforeCursor: String { String(characters[wordStart..<cursor]) }

    /// Inserts a character at the cursor and moves past it. A combining mark joins the character before it.
    public mutating func insert(_ character: Character) {
        if cursor > 0 {
            let joined = String(characters[cursor - 1]) + String(character)
            if joined.count == 1, let combined = joined.first {
                characters[cursor - 1] = combined
                return
            }
        }
        characters.insert(character, at: cursor)
        cursor += 1
    }

    /// Inserts text at the cursor and moves past it.
    public mutating func insert(contentsOf text: String) {
        for character in text { insert(character) }
    }

    /// Replaces the whole line and puts the cursor at its end.
    public mutating func replaceAll(with text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    /// Replaces the characters from `wordStart` to the cursor with `replacement`, leaving the cursor after it.
    public mutating func replaceWordBeforeCursor(with replacement: String) {
        let start = wordStart
        characters.removeSubrange(start..<cursor)
        cursor = start
        insert(contentsOf: replacement)
    }

    /// Moves the cursor one character left. - Returns: whether it moved.
    @discardableResult public mutating func moveLeft() -> Bool {
        guard cursor > 0 else { return false }
        cursor -= 1
        return true
    }

    /// Moves the cursor one character right. - Returns: whether it moved.
    @discardableResult public mutating func moveRight() -> Bool {
        guard cursor < characters.count else { return false }
        cursor += 1
        return true
    }

    /// Moves the cursor to the start of the line. - Returns: whether it moved.
    @discardableResult public mutating func moveToStart() -> Bool {
        defer { cursor = 0 }
        return cursor != 0
    }

    /// Moves the cursor to the end of the line. - Returns: whether it moved.
    @discardableResult public mutating func moveToEnd() -> Bool {
        defer { cursor = characters.count }
        return cursor != characters.count
    }

    /// Deletes the character before the cursor (Backspace). - Returns: whether anything was deleted.
    @discardableResult public mutating func deleteBackward() -> Bool {
        guard cursor > 0 else { return false }
        characters.remove(at: cursor - 1)
        cursor -= 1
        return true
    }

    /// Deletes the character under the cursor (Delete). - Returns: whether anything was deleted.
    @discardableResult public mutating func deleteForward() -> Bool {
        guard cursor < characters.count else { return false }
        characters.remove(at: cursor)
        return true
    }

    /// Deletes from the cursor to the end of the line (Ctrl-K). - Returns: the text deleted.
    @discardableResult public mutating func killToEnd() -> String {
        let killed = String(characters[cursor...])
        characters.removeSubrange(cursor...)
        return killed
    }

    /// Deletes from the start of the line to the cursor (Ctrl-U). - Returns: the text deleted.
    @discardableResult public mutating func killToStart() -> String {
        let killed = String(characters[..<cursor])
        characters.removeSubrange(..<cursor)
        cursor = 0
        return killed
    }

    /// Deletes the word before the cursor and the whitespace between it and the cursor (Ctrl-W), as a Unix
    /// shell does: words are separated by whitespace. - Returns: the text deleted.
    @discardableResult public mutating func deleteWordBackward() -> String {
        var start = cursor
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        let killed = String(characters[start..<cursor])
        characters.removeSubrange(start..<cursor)
        cursor = start
        return killed
    }
}
