public import WorkbenchCore
import Foundation

/// Comparator authorities by the CIPFA nearest-neighbours method [S61][S62]: each variable is standardised across
/// the authorities considered (mean 0, standard deviation 1), the Euclidean distance from the subject to every other
/// authority is taken over the standardised variables, and distances are rebased by dividing by the largest, so the
/// farthest authority is at 1 and all lie between 0 and 1.
///
/// Conventions: the standard deviation is the population one (divide by n); after rebasing the choice between n and
/// n − 1 makes no difference, as it scales every distance alike. Variables have equal weight. Authorities lacking any
/// variable are left out and listed. The variable set is the workbench's own (CIPFA's 2008/09 list and weights were
/// not found): it stands in the result.
public enum NearestNeighbours {
    /// A variable of the model: a name and how to read it from an authority's statistics.
    public struct Variable: Sendable {
        /// Name shown in replies.
        public let name: String
        /// What it is and where it comes from.
        public let detail: String
        /// Reads the variable; nil when the authority lacks it.
        public let value: @Sendable (AuthorityStatistics) -> Double?

        /// Makes a variable.
        public init(name: String, detail: String, value: @escaping @Sendable (AuthorityStatistics) -> Double?) {
            self.name = name
            self.detail = detail
            self.value = value
        }
    }

    /// The workbench's variables: size, density, deprivation domains and age structure, all from the ONS/DCLG
    /// figures of the authorities dataset [S72].
    public static let standardVariables: [Variable] = [
        Variable(name: "log population", detail: "natural log of the mid-2015 population [S72]") { s in
            s.population.map { log($0.value) }
        },
        Variable(name: "log density", detail: "natural log of people per hectare [S72]") { s in
            guard let p = s.population?.value, let h = s.hectares?.value, h > 0, p > 0 else { return nil }
            return log(p / h)
        },
        Variable(name: "IMD score", detail: "IMD 2015 overall score [S72]") { $0.deprivation?.value.multiple },
        Variable(name: "income", detail: "IMD 2015 income domain [S72]") { $0.deprivation?.value.income },
        Variable(name: "employment", detail: "IMD 2015 employment domain [S72]") { $0.deprivation?.value.employment },
        Variable(name: "education", detail: "IMD 2015 education domain [S72]") { $0.deprivation?.value.education },
        Variable(name: "health", detail: "IMD 2015 health domain [S72]") { $0.deprivation?.value.health },
        Variable(name: "share aged 60+", detail: "people aged 60+ / population, mid-2015 [S72]") { s in
            guard let p = s.population?.value, p > 0, let a = s.ages?.value else { return nil }
            return a.overSixty / p
        },
        Variable(name: "share dependent children", detail: "dependent children / population, mid-2015 [S72]") { s in
            guard let p = s.population?.value, p > 0, let a = s.ages?.value else { return nil }
            return a.dependentChildren / p
        },
    ]

    /// One neighbour.
    public struct Neighbour: Sendable, Equatable {
        /// The authority.
        public let id: BoroughID
        /// Its name.
        public let name: String
        /// Euclidean distance over standardised variables, before rebasing.
        public let rawDistance: Double
        /// Distance rebased so the farthest authority is 1.
        public let distance: Double
    }

    /// The result: neighbours nearest first, and what was left out.
    public struct Result: Sendable, Equatable {
        /// The subject.
        public let subject: BoroughID
        /// The k nearest, nearest first (ties by name).
        public let neighbours: [Neighbour]
        /// How many authorities were compared (besides the subject).
        public let compared: Int
        /// Authorities left out for lack of a variable, with the variable.
        public let excluded: [(id: BoroughID, variable: String)]
        /// The variables used.
        public let variables: [String]

        public static func == (lhs: Result, rhs: Result) -> Bool {
            lhs.subject == rhs.subject && lhs.neighbours == rhs.neighbours && lhs.compared == rhs.compared
                && lhs.variables == rhs.variables && lhs.excluded.map(\.id) == rhs.excluded.map(\.id)
        }
    }

    /// Finds the k nearest neighbours of a subject among authorities.
    /// - Throws: `notFound` when the subject is not among them or lacks a variable; `invalidArgument` for k < 1.
    /// - Complexity: O(n × v) for n authorities and v variables, plus O(n log n) to sort.
    public static func find(
        subject: BoroughID, among authorities: [AuthorityStatistics], k: Int,
        variables: [Variable] = standardVariables
    ) throws -> Result {
        guard k >= 1 else { throw WorkbenchError.invalid("--k", "\(k)", expected: "a whole number of at least 1") }
        var rows: [(AuthorityStatistics, [Double])] = []
        var excluded: [(BoroughID, String)] = []
        for authority in authorities {
            var values: [Double] = []
            var missing: String?
            for variable in variables {
                if let value = variable.value(authority), value.isFinite { values.append(value) } else {
                    missing = variable.name
                    break
                }
            }
            if let missing { excluded.append((authority.id, missing)) } else { rows.append((authority, values)) }
        }
        guard let subjectIndex = rows.firstIndex(where: { $0.0.id == subject }) else {
            if let reason = excluded.first(where: { $0.0 == subject }) {
                throw WorkbenchError(
                    .missingFigure, "'\(subject)' lacks the variable '\(reason.1)', so it cannot be placed.",
                    hint: "Add the figure to its statistics.")
            }
            throw WorkbenchError(.notFound, "'\(subject)' is not among the authorities compared.")
        }
        guard rows.count >= 2 else {
            throw WorkbenchError(.missingFigure, "There are no other authorities with every variable to compare with.")
        }
        let n = Double(rows.count)
        var means = [Double](repeating: 0, count: variables.count)
        var deviations = [Double](repeating: 0, count: variables.count)
        for (_, values) in rows { for j in values.indices { means[j] += values[j] / n } }
        for (_, values) in rows { for j in values.indices { deviations[j] += (values[j] - means[j]) * (values[j] - means[j]) / n } }
        let sds = deviations.map { $0.squareRoot() }
        let subjectValues = rows[subjectIndex].1
        var distances: [(AuthorityStatistics, Double)] = []
        for (index, row) in rows.enumerated() where index != subjectIndex {
            var sum = 0.0
            for j in variables.indices where sds[j] > 0 {
                let difference = (row.1[j] - subjectValues[j]) / sds[j]
                sum += difference * difference
            }
            distances.append((row.0, sum.squareRoot()))
        }
        let farthest = distances.map(\.1).max() ?? 1
        let scale = farthest > 0 ? farthest : 1
        let sorted = distances.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.name < $1.0.name }
        let neighbours = sorted.prefix(k).map {
            Neighbour(id: $0.0.id, name: $0.0.name, rawDistance: $0.1, distance: $0.1 / scale)
        }
        return Result(
            subject: subject, neighbours: Array(neighbours), compared: distances.count, excluded: excluded,
            variables: variables.map(\.name))
    }
}
