/// The catchment of one library from `libraries_distances.csv` [S72]: the people whose nearest library it is, by
/// straight-line distance from it in bands of a tenth of a mile (band 0 is under 0.1 mile, band 7 from 0.7 to 0.8).
/// The dataset's catchments stop at the authority's boundary.
public struct LibraryCatchment: Hashable, Sendable {
    /// The dataset's library id (as in `libraries_geo.csv`).
    public var libraryID: Int
    /// People by band: `people[k]` live between k/10 and (k+1)/10 of a mile away.
    public var people: [Int]
    /// The source tag (`S72`).
    public var source: String

    /// Makes a catchment.
    public init(libraryID: Int, people: [Int], source: String = "S72") {
        self.libraryID = libraryID
        self.people = people
        self.source = source
    }

    /// Everyone in the catchment.
    public var total: Int { people.reduce(0, +) }

    /// The people whose band lies wholly within `miles` of the library (band k counts when (k+1)/10 ≤ miles).
    public func within(miles: Double) -> Int {
        var sum = 0
        for (band, count) in people.enumerated() where Double(band + 1) <= miles * 10 + 1e-9 { sum += count }
        return sum
    }
}
