import WorkbenchCore

/// A small JSON parser over UTF-8 bytes that tracks lines and columns, for the GeoJSON reader: it parses one value at
/// a time, so a `FeatureCollection` is read feature by feature without building the whole document. Besides strict
/// JSON it accepts the bare tokens `NaN`, `Infinity` and `-Infinity` (as Python's `json` writes them) as non-finite
/// numbers, so that a reader can report the feature and coordinate concerned rather than reject the whole file.
/// Nesting deeper than `maximumDepth` is an error, so hostile input cannot exhaust the stack.
struct JSONScanner {
    /// A parsed JSON value.
    indirect enum Value {
        case object([(key: String, value: Value)])
        case array([Value])
        case number(Double)
        case string(String)
        case bool(Bool)
        case null

        /// The member named `key` of an object.
        subscript(key: String) -> Value? {
            guard case .object(let members) = self else { return nil }
            return members.first { $0.key == key }?.value
        }

        /// The kind of value, in words, for messages.
        var kind: String {
            switch self {
            case .object: "an object"
            case .array: "an array"
            case .number: "a number"
            case .string: "a string"
            case .bool: "true or false"
            case .null: "null"
            }
        }
    }

    /// The deepest nesting accepted (a MultiPolygon needs 6 levels inside a feature).
    static let maximumDepth = 64

    let bytes: [UInt8]
    let file: String
    /// The offset of the next byte to read.
    private(set) var offset = 0
    /// The 1-based line of `offset`.
    private(set) var line = 1
    private var lineStart = 0

    /// A scanner over a file's bytes; `file` names it in errors.
    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3; lineStart = 3 }
    }

    /// The 1-based column of `offset`.
    var column: Int { offset - lineStart + 1 }

    /// An `invalidFile` error at the current position.
    func error(_ message: String, hint: String? = nil) -> WorkbenchError {
        WorkbenchError(
            .invalidFile, "'\(file)' is not valid JSON: \(message) (line \(line), column \(column)).",
            hint: hint ?? "Check the file is GeoJSON as exported, not cut short or edited by hand.",
            location: .init(file: file, line: line, column: column))
    }

    /// Skips spaces, tabs and line breaks.
    mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0D: offset += 1
            case 0x0A:
                offset += 1
                line += 1
                lineStart = offset
            default: return
            }
        }
    }

    /// The next byte after whitespace, without consuming it; nil at the end.
    mutating func peek() -> UInt8? {
        skipWhitespace()
        return offset < bytes.count ? bytes[offset] : nil
    }

    /// Consumes `byte` (after whitespace) or throws naming what was expected.
    mutating func expect(_ byte: UInt8, _ what: String) throws {
        guard peek() == byte else {
            throw error(offset < bytes.count ? "expected \(what), found '\(Self.shown(bytes[offset]))'" : "expected \(what), found the end of the file")
        }
        offset += 1
    }

    /// Whether the text at the current position is `word`; consumes it when it is.
    mutating func consume(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let matches = word.withUTF8Buffer { buffer in
            (0..<count).allSatisfy { bytes[offset + $0] == buffer[$0] }
        }
        if matches { offset += count }
        return matches
    }

    /// Parses one value.
    mutating func value(depth: Int = 0) throws -> Value {
        guard depth < Self.maximumDepth else { throw error("nesting deeper than \(Self.maximumDepth) levels") }
        guard let byte = peek() else { throw error("expected a value, found the end of the file") }
        switch byte {
        case UInt8(ascii: "{"):
            offset += 1
            var members: [(key: String, value: Value)] = []
            if peek() == UInt8(ascii: "}") { offset += 1; return .object(members) }
            while true {
                guard peek() == UInt8(ascii: "\"") else { throw error("expected a member name in quotes") }
                let key = try string()
                try expect(UInt8(ascii: ":"), "':' after a member name")
                members.append((key, try value(depth: depth + 1)))
                guard let next = peek() else { throw error("an object is not closed") }
                offset += 1
                if next == UInt8(ascii: "}") { return .object(members) }
                guard next == UInt8(ascii: ",") else { offset -= 1; throw error("expected ',' or '}' in an object, found '\(Self.shown(next))'") }
            }
        case UInt8(ascii: "["):
            offset += 1
            var elements: [Value] = []
            if peek() == UInt8(ascii: "]") { offset += 1; return .array(elements) }
            while true {
                elements.append(try value(depth: depth + 1))
                guard let next = peek() else { throw error("an array is not closed") }
                offset += 1
                if next == UInt8(ascii: "]") { return .array(elements) }
                guard next == UInt8(ascii: ",") else { offset -= 1; throw error("expected ',' or ']' in an array, found '\(Self.shown(next))'") }
            }
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"):
            if consume("true") { return .bool(true) }
        case UInt8(ascii: "f"):
            if consume("false") { return .bool(false) }
        case UInt8(ascii: "n"):
            if consume("null") { return .null }
        case UInt8(ascii: "N"):
            if consume("NaN") { return .number(.nan) }
        case UInt8(ascii: "I"):
            if consume("Infinity") { return .number(.infinity) }
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try number())
        default:
            break
        }
        throw error("unexpected '\(Self.shown(byte))'")
    }

    /// Parses a number (or `-Infinity`).
    mutating func number() throws -> Double {
        let start = offset
        if bytes[offset] == UInt8(ascii: "-") {
            offset += 1
            if consume("Infinity") { return -.infinity }
        }
        while offset < bytes.count, Self.isNumberByte(bytes[offset]) { offset += 1 }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        guard offset - start <= 64, let value = Double(text), text.last.map({ $0.isNumber }) == true else {
            offset = start
            throw error("'\(text.prefix(40))' is not a number")
        }
        return value
    }

    static func isNumberByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
            || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    /// Parses a string in quotes, with its escapes.
    mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""), "'\"'")
        var out: [UInt8] = []
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard offset < bytes.count else { break }
                let escape = bytes[offset]
                offset += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar), consume("\\u") {
                        let low = try hex4()
                        if (0xDC00...0xDFFF).contains(low) { scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00) }
                    }
                    out.append(contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
                default:
                    offset -= 1
                    throw error("'\\\(Self.shown(escape))' is not a JSON escape")
                }
            case 0x0A:
                offset -= 1
                throw error("a string runs past the end of its line")
            default:
                out.append(byte)
            }
        }
        throw error("a string is not closed")
    }

    /// Four hexadecimal digits of a `\u` escape.
    mutating func hex4() throws -> UInt32 {
        guard offset + 4 <= bytes.count else { throw error("a '\\u' escape is cut short") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[offset]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("'\(Self.shown(byte))' is not a hexadecimal digit in a '\\u' escape")
            }
            value = value * 16 + digit
            offset += 1
        }
        return value
    }

    /// A byte as quoted in a message.
    static func shown(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? String(UnicodeScalar(byte)) : "0x" + String(byte, radix: 16, uppercase: true)
    }
}
