import Foundation
import WorkbenchCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin wrappers over the POSIX calls the workspace's files need (open, read, write, fsync), so that each write is
/// one `write(2)` the kernel can order and each read knows what kind of file it opened.
enum POSIXFile {
    /// The text of the current `errno`.
    static func lastError() -> String { String(cString: strerror(errno)) }

    /// Opens a path, retrying on `EINTR`; returns the descriptor or -1 with `errno` set.
    static func openPath(_ path: String, _ flags: Int32, mode: mode_t = 0o644) -> Int32 {
        while true {
            let descriptor = path.withCString { open($0, flags | O_CLOEXEC, mode) }
            if descriptor >= 0 || errno != EINTR { return descriptor }
        }
    }

    /// Writes all of `data` at the descriptor's position (or, with `O_APPEND`, at its end), as one `write(2)` when
    /// the kernel takes it whole.
    static func writeAll(_ descriptor: Int32, _ data: Data) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                offset += written
            }
        }
    }

    /// Reads from the descriptor's position to the end, refusing more than `limit` bytes.
    /// - Returns: the bytes, or nil when there were more than `limit`.
    static func readAll(_ descriptor: Int32, limit: Int) throws -> Data? {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            if count == 0 { return data }
            data.append(contentsOf: chunk[0..<count])
            if data.count > limit { return nil }
        }
    }

    /// Reads `count` bytes at `offset` (fewer at the end of the file).
    static func readRange(_ descriptor: Int32, at offset: Int, count: Int) throws -> Data {
        var buffer = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if got < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            if got == 0 { break }
            done += got
        }
        return Data(buffer[0..<done])
    }

    /// Flushes a folder's entries to disk, so that a rename in it survives a power loss (on a file system that
    /// honours `fsync`). Errors are ignored: some file systems cannot sync a folder, and the rename has happened.
    static func syncFolder(_ folder: URL) {
        let descriptor = openPath(folder.path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// The kind of a file from its `st_mode`, in words ("a FIFO", "a character device", …).
    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: return "a regular file"
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFLNK: return "a symbolic link"
        default: return "not a regular file"
        }
    }
}
