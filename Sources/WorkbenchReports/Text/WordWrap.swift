/// Wraps text at word boundaries to a width in terminal columns. A word longer than the width is the only thing
/// ever broken, and only where no boundary exists; spaces between words are kept as written within a line.
public enum WordWrap {
    /// The lines of one paragraph (no line feeds) wrapped to `width` columns; continuation lines start with
    /// `indent` spaces.
    /// - Parameters:
    ///   - text: one line of text.
    ///   - width: the most columns a line may take (at least 1).
    ///   - indent: spaces before each continuation line (kept below `width`).
    public static func lines(_ text: String, width: Int, indent: Int = 0) -> [String] {
        let width = max(1, width)
        guard DisplayWidth.of(text) > width else { return [text] }
        let indent = max(0, min(indent, width / 2))
        let leading = String(text.prefix { $0 == " " })
        // Each word with the spaces written before it, kept within a line (`name      value` stays aligned).
        var words: [(gap: Int, word: String)] = []
        var gap = 0
        var current = ""
        for character in text.dropFirst(leading.count) {
            if character == " " {
                if !current.isEmpty {
                    words.append((gap, current))
                    current = ""
                    gap = 0
                }
                gap += 1
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append((gap, current)) }
        var lines: [String] = []
        var line = leading
        var lineWidth = DisplayWidth.of(leading)
        var lineHasWord = false
        let continuation = String(repeating: " ", count: indent)
        func newLine() {
            lines.append(line)
            line = continuation
            lineWidth = indent
            lineHasWord = false
        }
        for (gap, word) in words {
            let wordWidth = DisplayWidth.of(word)
            let needed = lineHasWord ? wordWidth + gap : wordWidth
            if lineWidth + needed <= width {
                if lineHasWord {
                    line += String(repeating: " ", count: gap)
                    lineWidth += gap
                }
                line += word
                lineWidth += wordWidth
                lineHasWord = true
                continue
            }
            if lineHasWord { newLine() }
            // A word wider than a whole line is broken into pieces that fill each line.
            var rest = Substring(word)
            while DisplayWidth.of(rest) > width - lineWidth {
                let piece = breakingAfterSlash(prefix(rest, columns: max(1, width - lineWidth)))
                line += piece
                lines.append(line)
                line = continuation
                lineWidth = indent
                rest = rest.dropFirst(piece.count)
            }
            line += rest
            lineWidth += DisplayWidth.of(rest)
            lineHasWord = !rest.isEmpty
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines.map { $0.trimmingTrailingSpaces() }
    }

    /// Every line of `text` wrapped to `width` columns. A line longer than the width keeps its own indentation on
    /// continuation lines, or aligns them with its second field when it reads `name   value` (a gap of two or more
    /// spaces in its first half); a rule of dashes or equals signs is shortened instead.
    public static func block(_ text: String, width: Int) -> String {
        reflowed(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), width: width)
            .flatMap { line -> [String] in
            guard DisplayWidth.of(line) > width else { return [line] }
            if line.allSatisfy({ $0 == "-" || $0 == "=" || $0 == " " }) { return [String(line.prefix(width))] }
            return lines(line, width: width, indent: hangingIndent(line, width: width))
        }.joined(separator: "\n")
    }

    /// Lines of prose that were broken for a wider screen joined again: a line too long for the width that starts
    /// at the margin and holds no `name   value` gap is joined with the next such line, so the paragraph wraps as
    /// one.
    static func reflowed(_ lines: [String], width: Int) -> [String] {
        func isProse(_ line: String) -> Bool {
            !line.isEmpty && line.first != " " && !line.contains("  ") && !line.allSatisfy { $0 == "-" || $0 == "=" }
        }
        var out: [String] = []
        for line in lines {
            if let last = out.last, DisplayWidth.of(last) > width, isProse(last), isProse(line) {
                out[out.count - 1] = last + " " + line
            } else {
                out.append(line)
            }
        }
        return out
    }

    /// Where continuation lines of `line` start: after a `name   value` gap in the first half of the width, after
    /// a `note: `-style label, or at the line's own indentation.
    static func hangingIndent(_ line: String, width: Int) -> Int {
        let characters = Array(line)
        let leading = characters.prefix { $0 == " " }.count
        var index = leading
        while index < characters.count, index < width / 2 {
            if characters[index] == " ", index + 1 < characters.count, characters[index + 1] == " ",
                index > leading
            {
                var end = index
                while end < characters.count, characters[end] == " " { end += 1 }
                if end < width / 2 { return DisplayWidth.of(String(characters[..<end])) }
                break
            }
            index += 1
        }
        for label in ["note: ", "error: ", "hint: "] where line.dropFirst(leading).hasPrefix(label) {
            return leading + label.count
        }
        return leading
    }

    /// A piece of a long word shortened to end after its last `/`, so a path breaks between its folders; the piece
    /// itself when it holds no `/` past its first half.
    static func breakingAfterSlash(_ piece: Substring) -> Substring {
        guard let slash = piece.lastIndex(of: "/"), piece.distance(from: piece.startIndex, to: slash) >= piece.count / 2,
            piece.index(after: slash) < piece.endIndex
        else { return piece }
        return piece[...slash]
    }

    /// The longest prefix of `text` that fits in `columns` (at least one character).
    static func prefix(_ text: Substring, columns: Int) -> Substring {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let width = DisplayWidth.of(text[index])
            if used + width > columns, end > text.startIndex { break }
            used += width
            end = text.index(after: index)
        }
        return text[..<end]
    }
}
