public import Foundation
import WorkbenchCore

/// A ZIP archive of stored (uncompressed) entries, as an Office Open XML package needs: a local header and the data
/// for each entry, then the central directory and its end record (PKWARE APPNOTE 6.3, no ZIP64, no compression).
/// Every entry carries its CRC-32 and the fixed time 1980-01-01 00:00, so the same parts always give the same bytes.
public struct ZipArchive: Sendable {
    /// One entry: its path inside the archive (`xl/workbook.xml`) and its bytes.
    public struct Entry: Sendable {
        /// The path, with `/` separators and no leading slash.
        public var path: String
        /// The contents.
        public var data: Data

        /// Makes an entry.
        public init(path: String, data: Data) {
            self.path = path
            self.data = data
        }
    }

    /// The entries in the order they are written.
    public private(set) var entries: [Entry] = []

    /// Makes an empty archive.
    public init() {}

    /// Adds an entry.
    public mutating func add(_ path: String, _ data: Data) { entries.append(Entry(path: path, data: data)) }

    /// Adds an entry holding text as UTF-8.
    public mutating func add(_ path: String, text: String) { add(path, Data(text.utf8)) }

    /// The archive's bytes.
    /// - Throws: `writeFailed` when the archive would need ZIP64 (more than 65,535 entries or 4 GB).
    public func data() throws -> Data {
        var out = Data()
        var central = Data()
        let dosTime: UInt16 = 0
        let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1  // 1980-01-01
        for entry in entries {
            let name = Data(entry.path.utf8)
            guard entry.data.count < Int(UInt32.max), out.count < Int(UInt32.max), name.count <= Int(UInt16.max) else {
                throw Self.tooLarge
            }
            let crc = CRC32.checksum(entry.data)
            let size = UInt32(entry.data.count)
            let offset = UInt32(out.count)
            let flags: UInt16 = entry.path.utf8.contains { $0 >= 0x80 } ? 0x0800 : 0  // bit 11: UTF-8 names
            out.append(le32: 0x0403_4B50)
            out.append(le16: 20)
            out.append(le16: flags)
            out.append(le16: 0)  // stored
            out.append(le16: dosTime)
            out.append(le16: dosDate)
            out.append(le32: crc)
            out.append(le32: size)
            out.append(le32: size)
            out.append(le16: UInt16(name.count))
            out.append(le16: 0)
            out.append(name)
            out.append(entry.data)

            central.append(le32: 0x0201_4B50)
            central.append(le16: 20)  // made by: MS-DOS, version 2.0
            central.append(le16: 20)
            central.append(le16: flags)
            central.append(le16: 0)
            central.append(le16: dosTime)
            central.append(le16: dosDate)
            central.append(le32: crc)
            central.append(le32: size)
            central.append(le32: size)
            central.append(le16: UInt16(name.count))
            central.append(le16: 0)  // extra
            central.append(le16: 0)  // comment
            central.append(le16: 0)  // disk
            central.append(le16: 0)  // internal attributes
            central.append(le32: 0)  // external attributes
            central.append(le32: offset)
            central.append(name)
        }
        guard entries.count <= Int(UInt16.max), out.count + central.count < Int(UInt32.max) else { throw Self.tooLarge }
        let centralOffset = UInt32(out.count)
        out.append(central)
        out.append(le32: 0x0605_4B50)
        out.append(le16: 0)
        out.append(le16: 0)
        out.append(le16: UInt16(entries.count))
        out.append(le16: UInt16(entries.count))
        out.append(le32: UInt32(central.count))
        out.append(le32: centralOffset)
        out.append(le16: 0)
        return out
    }

    static let tooLarge = WorkbenchError(
        .writeFailed, "The workbook is too large for a ZIP archive without ZIP64 (4 GB or 65,535 parts).",
        hint: "Export fewer rows, or export CSV instead.")
}

extension Data {
    /// Appends a 16-bit little-endian integer.
    fileprivate mutating func append(le16 value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    /// Appends a 32-bit little-endian integer.
    fileprivate mutating func append(le32 value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
