public import Foundation
public import WorkbenchCore

extension Workspace {
    /// Imports the library locations (`libraries_geo.csv` [S72]) into `inputs/library-locations.csv`: the file is
    /// refused over the input limit before it is read, read one row at a time, rendered, read back from a temporary
    /// file and only then swapped in, so a failed import leaves the previous locations byte for byte.
    /// - Parameters:
    ///   - url: the locations file.
    ///   - typed: the path as the analyst typed it, for messages.
    ///   - authorities: the authorities statistics that name the dataset's authority numbers (`authorities.csv`).
    ///   - typedAuthorities: that path as typed.
    ///   - onlyLondon: keep only the London authorities of `inputs/london-authorities.csv`.
    /// - Throws: `notFound` when the authorities file is missing; `invalidFile` naming the file and first bad row when
    ///   no library could be read.
    public func importLocations(
        from url: URL, typed: String, authorities: URL, typedAuthorities: String, onlyLondon: Bool
    ) throws -> DatasetImport<LibraryLocation> {
        guard FileManager.default.isReadableFile(atPath: authorities.path) else {
            throw WorkbenchError(
                .notFound, "The authorities file '\(typedAuthorities)' does not exist or cannot be read; it names the dataset's authority numbers.",
                hint: "Give authorities.csv from the same dataset with '--authorities <file>'.", location: .init(file: typedAuthorities))
        }
        let numbers = try AuthorityNumbers.read([UInt8](RegularFile.read(authorities, limit: InputLimits.csvBytes, name: typedAuthorities)), file: typedAuthorities)
        var notes = ["Authorities named by their numbers in \(typedAuthorities) (\(numbers.count) authorit\(numbers.count == 1 ? "y" : "ies"))."]
        var keep: Set<BoroughID>?
        if onlyLondon {
            keep = Set(try comparators().filter(\.isLondon).map(\.id))
        }
        let data = try RegularFile.read(url, limit: InputLimits.csvBytes, name: typed)
        let result = try LocationsImporter.read([UInt8](data), file: typed, authorities: numbers, keep: keep)
        if let keep {
            let found = Set(result.records.map(\.authorityID))
            notes.append("Kept the libraries of the \(found.count) London authorities of \(Workspace.comparatorsPath) with libraries in the file.")
            let missing = keep.subtracting(found).map(\.rawValue).sorted()
            if !missing.isEmpty { notes.append("London authorities with no library in the file: \(missing.joined(separator: ", ")).") }
        }
        try result.requireRecords(file: typed, target: LocationsFile.path)
        var transaction = InputTransaction(workspace: self)
        try transaction.stage(LocationsFile.render(result.records), at: LocationsFile.path) { _ = try LocationsFile.parse(Array($0.utf8)) }
        try transaction.commit()
        return DatasetImport(
            result: result, written: LocationsFile.path, authorities: Set(result.records.map(\.authorityID)).count, notes: notes)
    }

    /// Imports the catchment distances (`libraries_distances.csv` [S72]) of the workspace's libraries into
    /// `inputs/library-catchments.csv`, checked whole in a temporary file before it replaces anything.
    /// - Returns: the import and the rows of libraries the workspace does not locate (read, not kept).
    /// - Throws: `missingFigure` when the workspace has no locations; `invalidFile` when no catchment could be read.
    public func importCatchments(from url: URL, typed: String) throws -> (done: DatasetImport<LibraryCatchment>, otherLibraries: Int) {
        guard let locations = try libraryLocations(), !locations.isEmpty else {
            throw WorkbenchError(
                .missingFigure, "This workspace has no library locations, so the catchments cannot be joined to libraries.",
                hint: "Run 'import locations <path to libraries_geo.csv>' first.", location: .init(file: LocationsFile.path))
        }
        let data = try RegularFile.read(url, limit: InputLimits.csvBytes, name: typed)
        let (result, counts) = try CatchmentsImporter.read([UInt8](data), file: typed, keep: Set(locations.map(\.id)))
        try result.requireRecords(file: typed, target: CatchmentsFile.path)
        var notes: [String] = []
        if counts.otherLibraries > 0 {
            notes.append("\(counts.otherLibraries) row\(counts.otherLibraries == 1 ? "" : "s") of libraries not in \(LocationsFile.path) and \(counts.otherLibraries == 1 ? "was" : "were") left out.")
        }
        let found = Set(result.records.map(\.libraryID))
        let without = locations.filter { !found.contains($0.id) }
        if !without.isEmpty {
            notes.append("\(without.count) of the workspace's \(locations.count) libraries \(without.count == 1 ? "has" : "have") no catchment in the file.")
        }
        var transaction = InputTransaction(workspace: self)
        try transaction.stage(CatchmentsFile.render(result.records), at: CatchmentsFile.path) { _ = try CatchmentsFile.parse(Array($0.utf8)) }
        try transaction.commit()
        let authorities = Set(locations.filter { found.contains($0.id) }.map(\.authorityID)).count
        return (DatasetImport(result: result, written: CatchmentsFile.path, authorities: authorities, notes: notes), counts.otherLibraries)
    }

    /// The workspace's library locations (`inputs/library-locations.csv`), or nil when it has none. Read once and
    /// kept while the file is unchanged (`LibraryGeographyCache`).
    /// - Throws: `invalidFile` naming the line and field when the file is damaged.
    public func libraryLocations() throws -> [LibraryLocation]? { try geography.locations(in: folder) }

    /// The locations of some authorities' libraries, in the file's order, or nil when the workspace has none.
    /// - Throws: `invalidFile` naming the line and field when the file is damaged.
    public func libraryLocations(of authorities: Set<BoroughID>) throws -> [LibraryLocation]? {
        try libraryLocations()?.filter { authorities.contains($0.authorityID) }
    }

    /// The workspace's library catchments (`inputs/library-catchments.csv`), or nil when it has none. Read once and
    /// kept while the file is unchanged (`LibraryGeographyCache`).
    /// - Throws: `invalidFile` naming the line and field when the file is damaged.
    public func libraryCatchments() throws -> [LibraryCatchment]? { try geography.catchments(in: folder, only: nil) }

    /// The catchments of some libraries by library id, reading only those libraries' rows of the file (and only
    /// once while it is unchanged), or nil when the workspace has none.
    /// - Throws: `invalidFile` naming the line and field of a bad row read.
    public func libraryCatchments(of libraries: Set<Int>) throws -> [Int: LibraryCatchment]? {
        guard let found = try geography.catchments(in: folder, only: libraries) else { return nil }
        return Dictionary(found.map { ($0.libraryID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether the workspace has a catchments file (not read).
    public var hasLibraryCatchments: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(CatchmentsFile.path).path)
    }

    /// How many times this workspace has read each geography file from disk, by its path (for tests of the cache).
    public var geographyReads: [String: Int] { geography.reads }
}
