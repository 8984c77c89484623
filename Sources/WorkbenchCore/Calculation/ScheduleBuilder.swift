/// Lays calculator lines out by appraisal year: one-off costs in the start year, recurring costs from the start year,
/// and savings that ramp up from the start year, reaching their full amount after `rampUpYears` years.
///
/// A saving in appraisal year t is `full × min(1, (t − start + 1) ÷ rampUpYears)` from the start year on, and zero
/// before it.
public struct ScheduleBuilder: Sendable {
    /// The years after year 0 the schedule covers.
    public let horizon: Int
    /// The appraisal year the change starts.
    public let start: Int
    /// Years until the full saving arrives.
    public let rampUpYears: Int
    /// The lines so far.
    public private(set) var lines: [CashFlowLine] = []

    /// Reads `years`, `start-year` and `ramp-up-years` (the horizon defaults to the workspace's) and checks that the
    /// start falls within the horizon. The descriptor must declare the three (`CalculatorParameters.timing`).
    ///
    /// - Throws: `invalidArgument` for a horizon outside 1 to 60 or a start after it; `internal` when the descriptor
    ///   lacks one of the three parameters.
    public init(_ parameters: ResolvedParameters, assumptions: Assumptions) throws {
        let horizon = try parameters.override(.years).map { Int($0) } ?? assumptions.horizonYears
        guard (1...60).contains(horizon) else {
            throw WorkbenchError(
                .invalidArgument,
                "The workspace's horizon of \(horizon) years is invalid for '\(parameters.descriptor.id)': expected a "
                    + "whole number from 1 to 60.",
                hint: "Pass --years with a value from 1 to 60, or set the workspace's horizon.",
                location: .init(argument: "--years"))
        }
        let start = Int(try parameters.value(.startYear))
        guard start <= horizon else {
            throw WorkbenchError(
                .invalidArgument,
                "The value '\(start)' is invalid for '--start-year': expected a whole number from 0 to \(horizon), "
                    + "the appraisal horizon.",
                hint: "Start the change within the horizon, or pass a longer --years.",
                location: .init(argument: "--start-year"))
        }
        self.horizon = horizon
        self.start = start
        self.rampUpYears = max(1, Int(try parameters.value(.rampUpYears)))
    }

    /// The share of the full saving reached in appraisal year `year`.
    public func rampFraction(year: Int) -> Double {
        guard year >= start else { return 0 }
        return min(1, Double(year - start + 1) / Double(rampUpYears))
    }

    /// Adds a recurring saving of `full` a year, ramping up from the start year.
    public mutating func saving(_ label: String, full: Double, uncertainty: LineUncertainty?, _ provenance: Provenance) {
        let amounts = (0...horizon).map { full * rampFraction(year: $0) }
        lines.append(CashFlowLine(label, kind: .saving, amounts: amounts, uncertainty: uncertainty, provenance: provenance))
    }

    /// Adds a one-off amount in `year` (the start year when nil), as a cost or, for receipts, a saving.
    public mutating func oneOff(
        _ label: String, amount: Double, year: Int? = nil, kind: CashFlowLine.Kind = .oneOffCost,
        uncertainty: LineUncertainty?, _ provenance: Provenance
    ) {
        let at = year ?? start
        let amounts = (0...horizon).map { $0 == at ? amount : 0 }
        lines.append(CashFlowLine(label, kind: kind, amounts: amounts, uncertainty: uncertainty, provenance: provenance))
    }

    /// Adds a recurring cost of `annual` a year from the start year on (ramping with the savings when `ramped`).
    public mutating func recurringCost(
        _ label: String, annual: Double, ramped: Bool = false, uncertainty: LineUncertainty?, _ provenance: Provenance
    ) {
        let amounts = (0...horizon).map { year in
            ramped ? annual * rampFraction(year: year) : (year >= start ? annual : 0)
        }
        lines.append(
            CashFlowLine(label, kind: .recurringCost, amounts: amounts, uncertainty: uncertainty, provenance: provenance))
    }
}
