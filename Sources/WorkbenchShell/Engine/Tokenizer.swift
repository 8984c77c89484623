import WorkbenchCore

/// Splits a command line into words: spaces separate words; single or double quotes group them; a backslash
/// escapes the next character outside single quotes. A `#` at the start of a word begins a comment.
public enum Tokenizer {
    /// The longest line the shell accepts.
    public static let maxLength = 100_000

    /// The words of a line.
    /// - Throws: a `usage` error for an unterminated quote or a trailing backslash, with the column.
    public static func split(_ line: String) throws -> [String] {
        guard line.utf8.count <= maxLength else {
            throw WorkbenchError(.usage, "The line is longer than \(maxLength) characters.")
        }
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        var column = 0
        var quoteColumn = 0
        for character in line {
            column += 1
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case " ", "\t", "\n", "\r":
                if inWord {
                    words.append(current)
                    current = ""
                    inWord = false
                }
            case "\"", "'":
                quote = character
                quoteColumn = column
                inWord = true
            case "\\":
                escaped = true
                inWord = true
            case "#" where !inWord:
                if inWord { words.append(current) }
                return words
            default:
                current.append(character)
                inWord = true
            }
        }
        if quote != nil {
            throw WorkbenchError(
                .usage, "The quote opened at column \(quoteColumn) is never closed.",
                hint: "Close the quote, or escape it with a backslash.", location: .init(column: quoteColumn))
        }
        if escaped {
            throw WorkbenchError(.usage, "The line ends with a backslash.", hint: "Remove it or escape it as \\\\.")
        }
        if inWord { words.append(current) }
        return words
    }

    /// Quotes a word so that `split` returns it unchanged.
    public static func quote(_ word: String) -> String {
        guard word.isEmpty || word.contains(where: { " \t\"'\\#".contains($0) }) else { return word }
        return "'" + word.replacingAll("'", with: "'\\''") + "'"
    }
}

extension String {
    /// Replaces every occurrence of a substring (without Foundation).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}

extension Substring {
    fileprivate func range(of target: String) -> Range<Substring.Index>? {
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(target) {
                return index..<self.index(index, offsetBy: target.count)
            }
            index = self.index(after: index)
        }
        return nil
    }
}
