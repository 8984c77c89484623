import WorkbenchCore

/// Splits a command line into words: spaces separate words; single or double quotes group them; a backslash
/// escapes the next character outside single quotes. A `#` at the start of a word begins a comment.
///
/// The line is read as Unicode scalars, not grapheme clusters: a combining mark after a quote or a space must not
/// merge with it and change the words (found by fuzzing `quote` and `split`).
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
        var current = String.UnicodeScalarView()
        var inWord = false
        var quote: Unicode.Scalar?
        var escaped = false
        var quoteOffset = 0
        for (offset, scalar) in line.unicodeScalars.enumerated() {
            if escaped {
                current.append(scalar)
                escaped = false
                continue
            }
            if let open = quote {
                if scalar == open {
                    quote = nil
                } else if scalar == "\\" && open == "\"" {
                    escaped = true
                } else {
                    current.append(scalar)
                }
                continue
            }
            switch scalar {
            case " ", "\t", "\n", "\r":
                if inWord {
                    words.append(String(current))
                    current = String.UnicodeScalarView()
                    inWord = false
                }
            case "\"", "'":
                quote = scalar
                quoteOffset = offset
                inWord = true
            case "\\":
                escaped = true
                inWord = true
            case "#" where !inWord:
                return words
            default:
                current.append(scalar)
                inWord = true
            }
        }
        if quote != nil {
            // The column as the analyst sees it: characters before the quote, plus one.
            let column = String(String.UnicodeScalarView(line.unicodeScalars.prefix(quoteOffset))).count + 1
            throw WorkbenchError(
                .usage, "The quote opened at column \(column) is never closed.",
                hint: "Close the quote, or escape it with a backslash.", location: .init(column: column))
        }
        if escaped {
            throw WorkbenchError(.usage, "The line ends with a backslash.", hint: "Remove it or escape it as \\\\.")
        }
        if inWord { words.append(String(current)) }
        return words
    }

    /// Quotes a word so that `split` returns it unchanged.
    public static func quote(_ word: String) -> String {
        let special: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r", "\"", "'", "\\", "#"]
        guard word.isEmpty || word.unicodeScalars.contains(where: special.contains) else { return word }
        var out = String.UnicodeScalarView()
        out.append("'")
        for scalar in word.unicodeScalars {
            if scalar == "'" { out.append(contentsOf: "'\\''".unicodeScalars) } else { out.append(scalar) }
        }
        out.append("'")
        return String(out)
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
