import Foundation
import WorkbenchCore

/// The workspace's library locations and catchments as this process last read them, kept while each file's stamp
/// (`FileStamp`: device, inode, size and modification time, the identity the workspace already keeps for
/// `workspace.json` and the journal) is unchanged. A process therefore reads and parses each file once however many
/// commands or authorities use it (`options`, `portfolio england`'s 151 appraisals), and an import (which replaces
/// the file, so a new inode) or an edit (a new modification time) is read again on the next use.
///
/// The catchments file is read for the libraries asked for: rows of other libraries are blanked before the reader
/// sees them (`CatchmentsFile.parse(_:file:libraries:)`), so `options bromley` parses Bromley's rows of England's
/// 54,000, and later requests parse only the libraries not yet read. A damaged file is never cached: every use reads
/// it again and throws the reader's error, with its file, line and field.
final class LibraryGeographyCache {
    private struct Catchments {
        var stamp: FileStamp
        var bytes: [UInt8]
        var byID: [Int: LibraryCatchment] = [:]
        /// The library ids whose rows have been parsed (found or not).
        var read: Set<Int> = []
        /// Every catchment in the file's order, once the whole file has been parsed.
        var all: [LibraryCatchment]?
    }

    private var locations: (stamp: FileStamp, value: [LibraryLocation])?
    private var catchments: Catchments?
    private let lock = NSLock()

    /// How many times a file was read from disk, by its path in the workspace (for tests of the cache).
    private(set) var reads: [String: Int] = [:]

    /// The locations of `inputs/library-locations.csv` under `folder`, or nil when there is no such file.
    /// - Throws: `invalidFile` naming the line and field of the first bad row.
    func locations(in folder: URL) throws -> [LibraryLocation]? {
        lock.lock()
        defer { lock.unlock() }
        let url = folder.appendingPathComponent(LocationsFile.path)
        guard let stamp = FileStamp(url) else {
            locations = nil
            return nil
        }
        if let locations, locations.stamp == stamp { return locations.value }
        locations = nil
        reads[LocationsFile.path, default: 0] += 1
        let data = try RegularFile.read(url, limit: InputLimits.csvBytes, name: LocationsFile.path)
        let value = try LocationsFile.parse([UInt8](data))
        locations = (stamp, value)
        return value
    }

    /// The catchments of `inputs/library-catchments.csv` under `folder`: of the libraries `only` names (those the
    /// file has), or every one in the file's order when `only` is nil; nil when there is no such file.
    /// - Throws: `invalidFile` naming the line and field of the first bad row read.
    func catchments(in folder: URL, only: Set<Int>?) throws -> [LibraryCatchment]? {
        lock.lock()
        defer { lock.unlock() }
        let url = folder.appendingPathComponent(CatchmentsFile.path)
        guard let stamp = FileStamp(url) else {
            catchments = nil
            return nil
        }
        if catchments?.stamp != stamp {
            catchments = nil
            reads[CatchmentsFile.path, default: 0] += 1
            let data = try RegularFile.read(url, limit: InputLimits.csvBytes, name: CatchmentsFile.path)
            catchments = Catchments(stamp: stamp, bytes: [UInt8](data))
        }
        guard var cached = catchments else { return nil }
        if let all = cached.all {
            return only.map { ids in all.filter { ids.contains($0.libraryID) } } ?? all
        }
        guard let only else {
            let all = try CatchmentsFile.parse(cached.bytes)
            cached.all = all
            cached.byID = Dictionary(all.map { ($0.libraryID, $0) }, uniquingKeysWith: { first, _ in first })
            cached.bytes = []
            catchments = cached
            return all
        }
        let missing = only.subtracting(cached.read)
        if !missing.isEmpty {
            for catchment in try CatchmentsFile.parse(cached.bytes, libraries: missing) {
                cached.byID[catchment.libraryID] = catchment
            }
            cached.read.formUnion(missing)
            catchments = cached
        }
        return only.sorted().compactMap { cached.byID[$0] }
    }
}
