/// Turns the bytes a terminal sends in raw mode into `TerminalKey`s, one byte at a time.
///
/// It understands UTF-8 (a multi-byte character is one key), the control bytes, and the escape sequences that
/// common terminals send for the cursor and editing keys: `ESC [ A/B/C/D/H/F`, `ESC O A/B/C/D/H/F` and
/// `ESC [ 1~ 3~ 4~ 7~ 8~` (modifier parameters such as `ESC [ 1 ; 5 C` are accepted and ignored).
/// A sequence that is cut short stays pending until more bytes arrive or `flush()` is called, so the terminal
/// side can tell a lone Escape from the start of a sequence by waiting briefly before flushing.
public struct KeyDecoder: Sendable, Equatable {
    /// The bytes of an incomplete escape sequence or UTF-8 character.
    public private(set) var pending: [UInt8] = []

    /// The longest escape sequence kept before giving up on it.
    private static let maximumSequenceLength = 16

    /// Makes a decoder with nothing pending.
    public init() {}

    /// Whether an escape sequence or a multi-byte character has started and not finished.
    public var isPending: Bool { !pending.isEmpty }

    /// Decodes a whole byte sequence at once, flushing anything left incomplete at the end.
    /// - Parameter bytes: the bytes as the terminal sent them.
    /// - Returns: the keys, in order.
    public static func decode(_ bytes: some Sequence<UInt8>) -> [TerminalKey] {
        var decoder = KeyDecoder()
        var keys = decoder.feed(bytes)
        keys += decoder.flush()
        return keys
    }

    /// Feeds several bytes.
    /// - Returns: the keys completed by these bytes, in order.
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [TerminalKey] {
        var keys: [TerminalKey] = []
        for byte in bytes { keys += feed(byte) }
        return keys
    }

    /// Feeds one byte.
    /// - Returns: the keys this byte completes: none while a sequence is still open, usually one, and two when
    ///   the byte ends a malformed sequence and starts a new key.
    public mutating func feed(_ byte: UInt8) -> [TerminalKey] {
        guard let first = pending.first else { return start(byte) }
        if first == 0x1B { return continueEscape(byte) }
        return continueUTF8(byte, lead: first)
    }

    /// Gives up waiting for the rest of a sequence.
    /// - Returns: `escape` for a lone Escape, `unknown` with the bytes for any other incomplete sequence, or nothing.
    public mutating func flush() -> [TerminalKey] {
        defer { pending = [] }
        if pending.isEmpty { return [] }
        if pending == [0x1B] { return [.escape] }
        return [.unknown(pending)]
    }

    // MARK: - States

    private mutating func start(_ byte: UInt8) -> [TerminalKey] {
        switch byte {
        case 0x1B:
            pending = [byte]
            return []
        case 0x0D, 0x0A: return [.enter]
        case 0x09: return [.tab]
        case 0x7F, 0x08: return [.backspace]
        case 0x01...0x1A: return [.control(Character(Unicode.Scalar(byte + 0x60)))]
        case 0x20...0x7E: return [.character(Character(Unicode.Scalar(byte)))]
        case 0xC2...0xF4:
            pending = [byte]
            return []
        default: return [.unknown([byte])]
        }
    }

    private mutating func continueEscape(_ byte: UInt8) -> [TerminalKey] {
        if pending.count == 1 {
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "O"):
                pending.append(byte)
                return []
            case 0x1B:
                return [.escape]  // the second Escape stays pending
            default:
                pending = []
                return [.escape] + start(byte)
            }
        }
        if pending[1] == UInt8(ascii: "O") {
            pending = []
            return [Self.ss3Key(byte)]
        }
        // A control sequence: parameter and intermediate bytes 0x20–0x3F, then a final byte 0x40–0x7E.
        switch byte {
        case 0x20...0x3F:
            pending.append(byte)
            if pending.count >= Self.maximumSequenceLength {
                defer { pending = [] }
                return [.unknown(pending)]
            }
            return []
        case 0x40...0x7E:
            let sequence = pending + [byte]
            pending = []
            return [Self.csiKey(sequence)]
        default:
            let broken = pending
            pending = []
            return [.unknown(broken)] + start(byte)
        }
    }

    private mutating func continueUTF8(_ byte: UInt8, lead: UInt8) -> [TerminalKey] {
        guard (0x80...0xBF).contains(byte) else {
            let broken = pending
            pending = []
            return [.unknown(broken)] + start(byte)
        }
        pending.append(byte)
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard pending.count == length else { return [] }
        let bytes = pending
        pending = []
        guard let text = String(validating: bytes, as: UTF8.self), let character = text.first,
              let scalar = character.unicodeScalars.first, scalar.value >= 0xA0
        else { return [.unknown(bytes)] }
        return [.character(character)]
    }

    // MARK: - Sequences

    private static func ss3Key(_ final: UInt8) -> TerminalKey {
        switch final {
        case UInt8(ascii: "A"): .up
        case UInt8(ascii: "B"): .down
        case UInt8(ascii: "C"): .right
        case UInt8(ascii: "D"): .left
        case UInt8(ascii: "H"): .home
        case UInt8(ascii: "F"): .end
        default: .unknown([0x1B, UInt8(ascii: "O"), final])
        }
    }

    private static func csiKey(_ sequence: [UInt8]) -> TerminalKey {
        guard let final = sequence.last else { return .unknown(sequence) }
        let parameters = String(decoding: sequence.dropFirst(2).dropLast(), as: UTF8.self)
        let firstParameter = parameters.split(separator: ";", omittingEmptySubsequences: false)
            .first.map(String.init) ?? ""
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "~"):
            switch firstParameter {
            case "1", "7": return .home
            case "3": return .delete
            case "4", "8": return .end
            default: return .unknown(sequence)
            }
        default: return .unknown(sequence)
        }
    }
}
