import WorkbenchAnalysis
public import WorkbenchCore

extension CommandContext {
    /// How many nearest neighbours with a spend figure the options framework compares a borough's spend with.
    public static let spendNeighbourCount = 3

    /// What the options framework compares a subject with: the London authorities' median people per library
    /// (the core's measure), and for each borough of the subject its nearest neighbours (CIPFA-style, within London,
    /// `NearestNeighbours`) that have a spend figure: a pilot's `library-budget` figure, else the authority's annual
    /// spend. Measured access is left empty here: geography supplies it when it exists.
    /// - Throws: errors reading the workspace's comparators.
    public func frameworkComparators(for subject: SubjectInputs) throws -> FrameworkComparators {
        let london = try authorities().filter(\.isLondon)
        let ratios = london.compactMap(\.peoplePerLibrary).sorted()
        let median: Double? = ratios.isEmpty
            ? nil
            : ratios.count % 2 == 1 ? ratios[ratios.count / 2] : (ratios[ratios.count / 2 - 1] + ratios[ratios.count / 2]) / 2
        let profiles = try resolvedProfiles(recording: false)
        func spend(_ statistics: AuthorityStatistics) -> (perHead: Double, isEstimate: Bool)? {
            guard let population = statistics.population?.value, population > 0 else { return nil }
            if let budget = profiles[statistics.id]?.figure(.libraryBudget) {
                return (budget.value / population, budget.provenance.kind == .estimate)
            }
            guard let perHead = statistics.spendPerHead, let provenance = statistics.annualSpend?.provenance else { return nil }
            return (perHead, provenance.kind == .estimate)
        }
        var neighbours: [BoroughID: [ComparatorSpend]] = [:]
        for profile in subject.profiles where london.contains(where: { $0.id == profile.id }) {
            guard let found = try? NearestNeighbours.find(subject: profile.id, among: london, k: max(1, london.count - 1))
            else { continue }
            let byID = Dictionary(london.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            neighbours[profile.id] = found.neighbours.compactMap { neighbour -> ComparatorSpend? in
                guard let statistics = byID[neighbour.id], let figure = spend(statistics) else { return nil }
                return ComparatorSpend(
                    id: neighbour.id, name: neighbour.name, spendPerHead: figure.perHead, isEstimate: figure.isEstimate,
                    distance: neighbour.distance)
            }.prefix(Self.spendNeighbourCount).map { $0 }
        }
        return FrameworkComparators(
            pool: "London's \(london.count) authorities", medianPeoplePerLibrary: median, neighbours: neighbours)
    }
}
