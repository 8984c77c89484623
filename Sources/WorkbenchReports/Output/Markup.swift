/// Escaping for text placed in HTML, SVG and XML, so that any name or note is shown as written and never read as
/// markup.
public enum Markup {
    /// The text with `&`, `<`, `>`, `"` and `'` replaced by entities, and control characters other than tab and
    /// line breaks removed (they are not allowed in XML).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
