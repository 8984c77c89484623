import WorkbenchCore

/// Criterion weights, normalised to sum to 1, remembering what was given and whether it had to be normalised.
public struct Weights: Hashable, Sendable, Codable {
    /// The weights as given.
    public let given: [Double]
    /// The weights scaled to sum to 1.
    public let values: [Double]
    /// Whether the given weights did not already sum to 1 (within 1e-9) and were scaled.
    public let wasNormalised: Bool

    /// Normalises weights.
    /// - Parameters:
    ///   - given: one weight per criterion; none negative, not all zero, all finite.
    ///   - criteria: the criteria's names, to check the count and name a bad weight.
    ///   - argument: the option the weights came from, for errors (`--weights`).
    public init(_ given: [Double], criteria: [String], argument: String = "--weights") throws {
        guard given.count == criteria.count else {
            throw WorkbenchError(
                .invalidArgument,
                "\(given.count) weight\(given.count == 1 ? " was" : "s were") given for \(criteria.count) criteri\(criteria.count == 1 ? "on" : "a").",
                hint: "Give one weight per criterion, in column order: \(criteria.joined(separator: ", ")).",
                location: .init(argument: argument))
        }
        for (index, weight) in given.enumerated() {
            guard weight.isFinite, weight >= 0 else {
                throw WorkbenchError(
                    .invalidArgument, "The weight of '\(criteria[index])' is \(weight); weights must be zero or more.",
                    hint: "Give a non-negative number for every criterion.", location: .init(argument: argument))
            }
        }
        let total = given.reduce(0, +)
        guard total > 0 else {
            throw WorkbenchError(
                .invalidArgument, "Every weight is zero, so no criterion counts.",
                hint: "Give at least one criterion a positive weight.", location: .init(argument: argument))
        }
        self.given = given
        self.values = given.map { $0 / total }
        self.wasNormalised = Swift.abs(total - 1) > 1e-9
    }

    /// The sum of the given weights.
    public var givenTotal: Double { given.reduce(0, +) }

    /// Parses `0.5,0.3,0.2` (or `50%,30%,20%`) into numbers.
    public static func parse(_ text: String, argument: String = "--weights") throws -> [Double] {
        try text.split(separator: ",", omittingEmptySubsequences: false).map { part in
            let field = part.trimmingWhitespace()
            // Each weight through the one number reader: `0.5`, `50%`, `3`; no pound sign.
            guard let number = NumberArgument(field), number.unit != .pounds else {
                throw WorkbenchError.invalid(argument, field, expected: "numbers separated by commas, such as 0.5,0.3,0.2")
            }
            return number.unit == .percent ? number.value / 100 : number.value
        }
    }
}
