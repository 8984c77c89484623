public import WorkbenchCore

/// What `AccessMeasure.measure` found for one authority: its statutory libraries, how many of its people live
/// within 1, 2 and 3 miles of one before and after a change, who sees their nearest statutory library move and how
/// far at most, by the deprivation of their catchment.
public struct AccessResult: Sendable {
    /// People within a distance of a statutory library, before and after the change.
    public struct Threshold: Sendable, Equatable {
        /// The distance in miles.
        public var miles: Double
        /// People within it now (exact to the 0.1-mile band).
        public var before: Int
        /// People within it after the change, at least (a moved person counts when their band's far edge plus the
        /// distance between the two libraries is within it).
        public var after: Int
    }

    /// A closed or handed-over library and where its people go.
    public struct Move: Sendable {
        /// The library taken out of the statutory service.
        public var library: LibraryLocation
        /// Whether it is handed over (a community library stays at the address) rather than closed.
        public var handedOver: Bool
        /// The people of its catchment, who all see their nearest statutory library move.
        public var people: Int
        /// The nearest remaining statutory library to it (nil when none remains).
        public var to: LibraryLocation?
        /// The distance between the two libraries in miles: the most any of its people's journey grows.
        public var miles: Double?
    }

    /// The people of catchments in one band of deprivation.
    public struct DeprivationBand: Sendable, Equatable {
        /// The band's label (`1–3 (most deprived)`, …, `not published`).
        public var label: String
        /// Everyone in the authority's statutory catchments in this band.
        public var people: Int
        /// Those whose nearest statutory library moves.
        public var moved: Int
        /// Σ people × the most their journey grows, in person-miles (for the mean).
        public var addedPersonMiles: Double
        /// The largest bound on the distance added, in miles.
        public var largestAdded: Double
        /// Those moved who were within 1 mile and may no longer be (their bound takes them past it).
        public var leavingOneMile: Int

        /// The mean bound on the distance added over those who move, in miles (0 when none move).
        public var meanAdded: Double { moved == 0 ? 0 : addedPersonMiles / Double(moved) }
    }

    /// The authority.
    public var authority: BoroughID
    /// Its name.
    public var name: String
    /// Its libraries statutory in July 2016 (the network the dataset's catchments divide its people among).
    public var statutory: [LibraryLocation]
    /// Its statutory libraries with no catchment in the workspace (their people are not counted).
    public var withoutCatchment: [LibraryLocation]
    /// The people of its statutory libraries' catchments (its mid-2015 population in the dataset).
    public var population: Int
    /// People within 1, 2 and 3 miles.
    public var thresholds: [Threshold]
    /// The libraries taken out, in the order named.
    public var moves: [Move]
    /// By deprivation band, most deprived first.
    public var bands: [DeprivationBand]
    /// Whether reassignment could cross to another authority's libraries.
    public var acrossBoundaries: Bool
    /// Its libraries statutory in April 2010 but not in July 2016.
    public var leftSince2010: [LibraryLocation]
    /// The people nearer to one of `leftSince2010` than to any library statutory in 2016, each library's catchment
    /// taken alone (catchments of neighbouring libraries can overlap, so this may count someone twice).
    public var peopleNearerLeftSince2010: Int

    /// Everyone whose nearest statutory library moves.
    public var moved: Int { bands.reduce(0) { $0 + $1.moved } }
    /// The mean bound on the distance added over those who move, in miles.
    public var meanAdded: Double {
        let moved = moved
        return moved == 0 ? 0 : bands.reduce(0) { $0 + $1.addedPersonMiles } / Double(moved)
    }
}
