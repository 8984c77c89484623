import Foundation

/// The naming rules of a workbook: sheet names and defined names that every spreadsheet accepts, and references to
/// them in formulas.
public enum WorkbookNames {
    /// The characters a sheet name may not hold.
    static let forbiddenInSheetNames: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// A valid sheet name for text: forbidden characters (`[]:*?/\` and control characters) become `-`, apostrophes
    /// at either end are dropped, at most 31 characters, never empty and never `History` (reserved by Excel); made
    /// unique against `taken` (compared without case) by a numbered suffix.
    public static func sheetName(_ text: String, taken: [String] = []) -> String {
        var name = String(text.map { forbiddenInSheetNames.contains($0) || $0.isNewline || $0.unicodeScalars.contains { $0.value < 0x20 } ? "-" : $0 })
        while name.first == "'" || name.first == " " { name.removeFirst() }
        name = truncated(name, to: 31)
        while name.last == "'" || name.last == " " { name.removeLast() }
        if name.isEmpty { name = "Sheet" }
        if name.lowercased() == "history" { name = "History (sheet)" }
        let lowered = Set(taken.map { $0.lowercased() })
        guard lowered.contains(name.lowercased()) else { return name }
        for number in 2... {
            let suffix = " (\(number))"
            var base = truncated(name, to: 31 - suffix.utf16.count)
            while base.last == "'" || base.last == " " { base.removeLast() }
            let candidate = base + suffix
            if !lowered.contains(candidate.lowercased()) { return candidate }
        }
        return name
    }

    /// Text cut to at most `limit` UTF-16 code units (as spreadsheets count), never inside a character.
    static func truncated(_ text: String, to limit: Int) -> String {
        var out = ""
        var count = 0
        for character in text {
            let width = String(character).utf16.count
            if count + width > limit { break }
            out.append(character)
            count += width
        }
        return out
    }

    /// A sheet name as a formula refers to it: always quoted, apostrophes doubled (`'Cash flows'!`).
    public static func sheetPrefix(_ name: String) -> String {
        "'" + name.replacingOccurrences(of: "'", with: "''") + "'!"
    }

    /// A valid defined name for text: letters, digits, `_` and `.` only (others become `_`), starting with a letter or
    /// `_`, at most 255 characters, and never one that reads as a cell reference (`NPV1`, `R1C1`, `R`, `C`), which is
    /// prefixed with `_`. Made unique against `taken` (compared without case) by a numbered suffix.
    public static func definedName(_ text: String, taken: [String] = []) -> String {
        var name = String(text.unicodeScalars.map { scalar -> Character in
            let ascii = scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" || scalar == ".")
            return ascii ? Character(scalar) : "_"
        })
        if name.isEmpty { name = "_" }
        if let first = name.unicodeScalars.first, !(("a"..."z").contains(first) || ("A"..."Z").contains(first) || first == "_") {
            name = "_" + name
        }
        if looksLikeReference(name) { name = "_" + name }
        name = String(name.prefix(250))
        let lowered = Set(taken.map { $0.lowercased() })
        guard lowered.contains(name.lowercased()) else { return name }
        for number in 2... where !lowered.contains("\(name)_\(number)".lowercased()) { return "\(name)_\(number)" }
        return name
    }

    /// Whether a name could be read as an A1 reference (one to three letters then digits) or an R1C1 one.
    static func looksLikeReference(_ name: String) -> Bool {
        let upper = name.uppercased()
        if upper == "R" || upper == "C" { return true }
        let letters = upper.prefix { ("A"..."Z").contains($0) }
        let rest = upper.dropFirst(letters.count)
        if (1...3).contains(letters.count), !rest.isEmpty, rest.allSatisfy({ ("0"..."9").contains($0) }) { return true }
        // R1C1 forms: R, R12, C3, R1C1, RC2 …
        var scalars = Substring(upper)
        if scalars.first == "R" {
            scalars = scalars.dropFirst()
            scalars = scalars.drop { ("0"..."9").contains($0) }
        }
        if scalars.first == "C" {
            scalars = scalars.dropFirst()
            scalars = scalars.drop { ("0"..."9").contains($0) }
        }
        return scalars.isEmpty
    }
}
