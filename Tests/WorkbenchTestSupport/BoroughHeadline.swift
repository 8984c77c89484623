public import WorkbenchCore

/// The headline facts every borough's tests pin, from the datasets every profile is built on: the ONS code and
/// population [S72], the statutory library counts of April 2010 and July 2016 and the weekly hours of 2016 [S71].
/// Each borough's test states its own row; `problems(_:)` compares it with the module.
public struct BoroughHeadline: Sendable, CustomStringConvertible {
    /// The module's and profile's id.
    public var id: BoroughID
    /// The ONS code.
    public var onsCode: String
    /// The population [S72].
    public var population: Double?
    /// Statutory libraries in April 2010.
    public var libraries2010: Int?
    /// Statutory libraries in July 2016.
    public var libraries2016: Int?
    /// Scheduled weekly hours of the statutory 2016 libraries.
    public var weeklyHours: Double?

    /// Makes a row; a nil fact is one the borough's profile lacks.
    public init(
        id: BoroughID, onsCode: String, population: Double?, libraries2010: Int?, libraries2016: Int?, weeklyHours: Double?
    ) {
        self.id = id
        self.onsCode = onsCode
        self.population = population
        self.libraries2010 = libraries2010
        self.libraries2016 = libraries2016
        self.weeklyHours = weeklyHours
    }

    /// The borough's id, as Swift Testing shows the argument.
    public var description: String { id.rawValue }

    /// The facts the module's descriptor and profile give differently, as sentences; empty when all agree.
    public func problems(_ module: some BoroughModule) -> [String] {
        let profile = module.profile
        let statistics = profile.statistics
        var problems: [String] = []
        func compare<T: Equatable>(_ what: String, _ actual: T?, _ expected: T?) {
            if actual != expected {
                problems.append("\(id): \(what) is \(actual.map { "\($0)" } ?? "missing"), expected \(expected.map { "\($0)" } ?? "none").")
            }
        }
        compare("the descriptor id", type(of: module).descriptor.id.rawValue, id.rawValue)
        compare("the profile id", profile.id, id)
        compare("the ONS code", statistics.onsCode, onsCode)
        compare("the population", statistics.population?.value, population)
        compare("libraries2010", statistics.libraries2010?.value, libraries2010)
        compare("libraries2016", statistics.libraries2016?.value, libraries2016)
        compare("weeklyHours", statistics.weeklyHours?.value, weeklyHours)
        return problems
    }
}
