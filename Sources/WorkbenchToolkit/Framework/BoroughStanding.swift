public import WorkbenchCore

/// Where a subject stands, measured from its own figures and its comparators: the inputs of the position rules
/// (`PositionRules`). For a group the members' figures are added together (population, libraries, hours, budgets)
/// and deprivation is the population-weighted mean; spend is compared with neighbours only for a single borough.
public struct BoroughStanding: Hashable, Sendable {
    /// The subject's name for sentences (`Camden`, `Bexley and Bromley`).
    public var name: String
    /// Population (mid-2015).
    public var population: Double?
    /// Statutory libraries in April 2010.
    public var libraries: Int?
    /// People per library (the core's measure).
    public var peoplePerLibrary: Double?
    /// The comparison pool's median people per library.
    public var medianPeoplePerLibrary: Double?
    /// The comparison pool in words.
    public var pool: String
    /// Annual scheduled opening hours per 1,000 people (the core's measure).
    public var hoursPerThousand: Double?
    /// The library budget per head, £ a year (the `library-budget` figure the calculators cost with).
    public var spendPerHead: Double?
    /// The budget figure's source tags and period, for reasons.
    public var spendSource: String
    /// Whether that budget is an estimate.
    public var spendIsEstimate: Bool
    /// Nearest neighbours with a spend figure, nearest first (single boroughs only).
    public var neighbours: [ComparatorSpend]
    /// IMD 2015 overall score, 1 (most deprived) to 10 (least) [S72].
    public var deprivation: Double?
    /// A measured access test from geography, when one was supplied.
    public var access: MeasuredAccess?

    /// Measures a subject from its profiles and the framework's comparators.
    public init(_ inputs: FrameworkInputs) {
        let profiles = inputs.subject.profiles
        let statistics = profiles.map(\.statistics)
        name = profiles.count == 1
            ? profiles[0].name
            : profiles.dropLast().map(\.name).joined(separator: ", ") + " and " + (profiles.last?.name ?? "")
        pool = inputs.comparators.pool
        medianPeoplePerLibrary = inputs.comparators.medianPeoplePerLibrary
        func total<T: Sendable>(_ read: (AuthorityStatistics) -> Sourced<T>?, _ add: ([T]) -> T) -> Sourced<T>? {
            let values = statistics.compactMap(read)
            guard values.count == statistics.count, let first = values.first else { return nil }
            return Sourced(add(values.map(\.value)), first.provenance)
        }
        var combined = statistics.first ?? AuthorityStatistics(id: "none", name: "none")
        if statistics.count > 1 {
            combined.population = total(\.population) { $0.reduce(0, +) }
            combined.libraries2010 = total(\.libraries2010) { $0.reduce(0, +) }
            combined.weeklyHours = total(\.weeklyHours) { $0.reduce(0, +) }
        }
        population = combined.population?.value
        libraries = combined.libraries2010?.value
        peoplePerLibrary = combined.peoplePerLibrary
        hoursPerThousand = combined.annualHoursPerThousand

        let budgets = profiles.compactMap { $0.figure(.libraryBudget) }
        if budgets.count == profiles.count, let population, population > 0 {
            spendPerHead = budgets.reduce(0) { $0 + $1.value } / population
            spendIsEstimate = budgets.contains { $0.provenance.kind == .estimate }
            let tags = Set(budgets.flatMap(\.provenance.sources)).sorted().map(\.description).joined()
            let periods = budgets.compactMap(\.provenance.periodWithPrices)
            spendSource = tags + (periods.isEmpty ? "" : ", " + periods.joined(separator: "; "))
        } else {
            spendPerHead = nil
            spendIsEstimate = false
            spendSource = ""
        }
        neighbours = profiles.count == 1 ? inputs.comparators.neighbours[profiles[0].id] ?? [] : []

        let weighted = statistics.compactMap { s -> (Double, Double)? in
            guard let score = s.deprivation?.value.multiple, let people = s.population?.value else { return nil }
            return (score, people)
        }
        if weighted.count == statistics.count, !weighted.isEmpty {
            let people = weighted.reduce(0) { $0 + $1.1 }
            deprivation = people > 0 ? weighted.reduce(0) { $0 + $1.0 * $1.1 } / people : nil
        } else {
            deprivation = nil
        }
        let measured = profiles.compactMap { inputs.comparators.access[$0.id] }
        access = measured.count == profiles.count ? measured.min { $0.score < $1.score } : nil
    }

    /// The mean spend per head of the neighbours, if any.
    public var neighbourMeanSpend: Double? {
        neighbours.isEmpty ? nil : neighbours.reduce(0) { $0 + $1.spendPerHead } / Double(neighbours.count)
    }
}
