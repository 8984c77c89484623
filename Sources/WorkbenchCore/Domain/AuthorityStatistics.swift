/// The statistics the workbench holds for any library authority, pilot or comparator: enough for the comparative
/// table and the nearest-neighbours method. Every figure carries its provenance.
public struct AuthorityStatistics: Hashable, Sendable, Codable {
    /// The authority's identifier.
    public var id: BoroughID
    /// Its name as the ONS gives it.
    public var name: String
    /// Its ONS code (`E09000006`).
    public var onsCode: String?
    /// Whether it is one of the 33 London authorities.
    public var isLondon: Bool
    /// Resident population.
    public var population: Sourced<Double>?
    /// Area in hectares.
    public var hectares: Sourced<Double>?
    /// Deprivation scores.
    public var deprivation: Sourced<DeprivationScores>?
    /// Population by age group.
    public var ages: Sourced<AgeProfile>?
    /// Libraries that were part of statutory provision in April 2010.
    public var libraries2010: Sourced<Int>?
    /// Libraries that were part of statutory provision in July 2016.
    public var libraries2016: Sourced<Int>?
    /// Total scheduled weekly opening hours of the statutory libraries, with the year the hours refer to.
    public var weeklyHours: Sourced<Double>?
    /// Annual library spend (revenue), where a figure exists.
    public var annualSpend: Sourced<Money>?

    /// Makes a statistics record; only the id and name are required.
    public init(
        id: BoroughID, name: String, onsCode: String? = nil, isLondon: Bool = true,
        population: Sourced<Double>? = nil, hectares: Sourced<Double>? = nil,
        deprivation: Sourced<DeprivationScores>? = nil, ages: Sourced<AgeProfile>? = nil,
        libraries2010: Sourced<Int>? = nil, libraries2016: Sourced<Int>? = nil,
        weeklyHours: Sourced<Double>? = nil, annualSpend: Sourced<Money>? = nil
    ) {
        self.id = id
        self.name = name
        self.onsCode = onsCode
        self.isLondon = isLondon
        self.population = population
        self.hectares = hectares
        self.deprivation = deprivation
        self.ages = ages
        self.libraries2010 = libraries2010
        self.libraries2016 = libraries2016
        self.weeklyHours = weeklyHours
        self.annualSpend = annualSpend
    }
}
