public import WorkbenchCore

/// Reads the LibrariesHacked catchment distances (`libraries_distances.csv` [S72]) one row at a time: a header
/// `id,population,distance`, then for each library the people of its catchment at each straight-line distance band
/// (0.0, 0.1, 0.2 … miles). A row is skipped, with its line, field, the value quoted and what to do, when its id is
/// not a positive whole number, its population not a whole number of people, its distance not a multiple of 0.1 mile
/// from 0 to `maximumMiles`, or it repeats a library's band. Rows of libraries outside `keep` are counted, not kept.
public enum CatchmentsImporter {
    /// The columns needed.
    public static let requiredColumns = ["id", "population", "distance"]
    /// The farthest band read, in miles (England's farthest is 15.7): a bound on memory for hostile input.
    public static let maximumMiles = 100.0

    /// What the reader found besides the catchments.
    public struct Counts: Sendable, Equatable {
        /// Rows of libraries not in `keep`.
        public var otherLibraries = 0
    }

    /// Reads the dataset.
    /// - Parameters:
    ///   - bytes: the file's bytes.
    ///   - file: the name used in messages.
    ///   - keep: the library ids to keep (all when nil).
    /// - Returns: the catchments in order of first appearance, and the rows of libraries not kept.
    /// - Throws: `invalidFile` when the text is not CSV or a required column is missing.
    public static func read(_ bytes: [UInt8], file: String, keep: Set<Int>? = nil) throws
        -> (result: ImportResult<LibraryCatchment>, counts: Counts)
    {
        var result = ImportResult<LibraryCatchment>(records: [], linesRead: 0)
        var counts = Counts()
        var index: [String: Int]?
        var position: [Int: Int] = [:]
        var bandLine: [Int: [Int: Int]] = [:]
        try CSVReader.forEachRow(bytes, file: file) { row in
            guard let columns = index else {
                var found: [String: Int] = [:]
                for (at, name) in row.fields.enumerated() where found[name.trimmingWhitespace().lowercased()] == nil {
                    found[name.trimmingWhitespace().lowercased()] = at
                }
                for name in requiredColumns where found[name] == nil {
                    throw WorkbenchError(
                        .invalidFile, "The catchments file '\(file)' has no '\(name)' column.",
                        hint: "The header must be id,population,distance (as libraries_distances.csv).",
                        location: .init(file: file, line: row.line, field: name))
                }
                index = found
                return
            }
            result.linesRead += 1
            func cell(_ name: String) -> String {
                guard let at = columns[name], at < row.fields.count else { return "" }
                return row.fields[at].trimmingWhitespace()
            }
            func skip(_ field: String, _ message: String) {
                result.skipped.append(ImportIssue(line: row.line, field: field, message: message))
            }
            let idText = cell("id")
            guard let id = Int(idText), id > 0 else {
                return skip("id", "id '\(LibrariesImporter.shown(idText))' is not a positive whole number; give the library id of libraries_geo.csv")
            }
            let peopleText = cell("population")
            guard let people = Int(peopleText), people >= 0 else {
                return skip("population", "population '\(LibrariesImporter.shown(peopleText))' of library \(id) is not a whole number of people; give a count of 0 or more")
            }
            let distanceText = cell("distance")
            guard let miles = Double(distanceText), miles.isFinite, miles >= 0, miles <= maximumMiles,
                abs(miles * 10 - (miles * 10).rounded()) < 1e-6
            else {
                return skip(
                    "distance",
                    "distance '\(LibrariesImporter.shown(distanceText))' of library \(id) is not a band of 0.1 mile from 0 to \(Int(maximumMiles)); give miles as 0.0, 0.1, 0.2 …")
            }
            if let keep, !keep.contains(id) {
                counts.otherLibraries += 1
                return
            }
            let band = Int((miles * 10).rounded())
            if let first = bandLine[id]?[band] {
                return skip("distance", "library \(id) has the band \(distanceText) mile twice (first on line \(first)); keep one row per band")
            }
            bandLine[id, default: [:]][band] = row.line
            let at: Int
            if let known = position[id] { at = known } else {
                at = result.records.count
                position[id] = at
                result.records.append(LibraryCatchment(libraryID: id, people: []))
            }
            if result.records[at].people.count <= band {
                result.records[at].people.append(contentsOf: repeatElement(0, count: band + 1 - result.records[at].people.count))
            }
            result.records[at].people[band] = people
        }
        if index == nil {
            throw WorkbenchError(
                .invalidFile, "The file '\(file)' is empty; a header row was expected.",
                hint: "Give libraries_distances.csv, whose header is id,population,distance.", location: .init(file: file, line: 1))
        }
        return (result, counts)
    }
}
