/// Text made safe for XML content and attribute values.
public enum XMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and drops characters XML 1.0 cannot hold (control characters other than
    /// tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": out += "&#13;"
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
