/// The CRC-32 of ISO 3309 / ITU-T V.42 (polynomial 0xEDB88320, reflected, initial and final XOR 0xFFFFFFFF), as the
/// ZIP format stores for every entry. `CRC32.checksum("123456789")` is 0xCBF43926.
public enum CRC32 {
    /// The byte-at-a-time lookup table.
    static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// The checksum of bytes.
    /// - Complexity: O(n).
    public static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    /// The checksum of a string's UTF-8 bytes.
    public static func checksum(_ text: String) -> UInt32 { checksum(Array(text.utf8)) }
}
