/// Repairs text whose UTF-8 bytes were once read in a single-byte encoding and saved again ("mojibake").
///
/// The rule, applied to each run of non-ASCII characters in a field on its own (so genuine `£` or `’` next to a
/// garbled run are kept):
/// 1. UTF-8 read as Windows-1252 or Latin-1 (`Ã©` → `é`, `â€™` → `’`, `Â£` → `£`): the run's characters are turned
///    back into Windows-1252 bytes and those bytes decoded as UTF-8.
/// 2. UTF-8 read as Mac Roman (`‚Äô` → `’`): the same with Mac Roman bytes.
/// 3. UTF-8 read as Latin-1, saved as Mac Roman and read as Latin-1 again, as in the Taskforce spreadsheet export
///    (`åÊ` → no-break space, `å£` → `£`): Windows-1252 bytes, decoded as Mac Roman, then step 1.
/// A candidate is taken only when every byte decodes as strict UTF-8 and the result differs from the run; otherwise
/// the run is kept as it is. Genuine text almost never passes the strict UTF-8 test (a lone `é` or `£` byte is not
/// valid UTF-8), which is what makes the repair safe. After repair, no-break spaces become ordinary spaces.
public enum MojibakeRepair {
    /// The repaired text and whether anything changed (other than no-break spaces).
    public static func repair(_ text: String) -> (text: String, repaired: Bool) {
        guard text.unicodeScalars.contains(where: { !$0.isASCII }) else { return (text, false) }
        var out = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        var repaired = false
        func flush() {
            guard !run.isEmpty else { return }
            if let fixed = fix(run) {
                out.append(contentsOf: fixed.unicodeScalars)
                repaired = true
            } else {
                out.append(contentsOf: run)
            }
            run.removeAll()
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                flush()
                out.append(scalar)
            } else {
                run.append(scalar)
            }
        }
        flush()
        var result = ""
        for scalar in out { result.unicodeScalars.append(scalar == "\u{A0}" ? " " : scalar) }
        return (result, repaired)
    }

    /// The repair of one run of non-ASCII characters, or nil when no rule applies.
    static func fix(_ run: [Unicode.Scalar]) -> String? {
        let original = String(String.UnicodeScalarView(run))
        if let bytes = windows1252Bytes(run), let text = strictUTF8(bytes), text != original { return text }
        if let bytes = macRomanBytes(run), let text = strictUTF8(bytes), text != original { return text }
        if let bytes = windows1252Bytes(run) {
            let middle = bytes.map { macRomanScalar($0) }
            if let again = windows1252Bytes(middle), let text = strictUTF8(again), text != original { return text }
        }
        return nil
    }

    /// UTF-8 decoding that fails on any invalid byte.
    static func strictUTF8(_ bytes: [UInt8]) -> String? {
        var text = ""
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): text.unicodeScalars.append(scalar)
            case .emptyInput: return text
            case .error: return nil
            }
        }
    }

    /// Windows-1252's characters for bytes 0x80–0x9F (nil where the code page leaves a byte undefined).
    static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// Mac Roman's characters for bytes 0x80–0xFF.
    static let macRomanHigh: [Unicode.Scalar] = Array((
        "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü" + "†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø"
        + "¿¡¬√ƒ≈∆«»…\u{A0}ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ" + "‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\u{F8FF}ÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ"
    ).unicodeScalars)

    /// The Windows-1252 bytes of characters (C1 controls pass through as their own byte), or nil when one has none.
    static func windows1252Bytes(_ scalars: [Unicode.Scalar]) -> [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in scalars {
            if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) || (0x80...0x9F).contains(scalar.value) {
                bytes.append(UInt8(scalar.value))
            } else if let index = windows1252High.firstIndex(where: { $0 == scalar }) {
                bytes.append(UInt8(0x80 + index))
            } else {
                return nil
            }
        }
        return bytes
    }

    /// The Mac Roman bytes of characters, or nil when one has none.
    static func macRomanBytes(_ scalars: [Unicode.Scalar]) -> [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in scalars {
            if scalar.value < 0x80 {
                bytes.append(UInt8(scalar.value))
            } else if let index = macRomanHigh.firstIndex(of: scalar) {
                bytes.append(UInt8(0x80 + index))
            } else {
                return nil
            }
        }
        return bytes
    }

    /// The Mac Roman character of a byte.
    static func macRomanScalar(_ byte: UInt8) -> Unicode.Scalar {
        byte < 0x80 ? Unicode.Scalar(byte) : macRomanHigh[Int(byte) - 0x80]
    }
}
