public import WorkbenchCore

/// The HM Treasury optimism-bias guidelines, Table 2 (Mott MacDonald, 2002) [S55]: upper and lower bounds in per
/// cent, for works duration and for capital expenditure (for outsourcing, operating expenditure).
public enum OptimismBiasTable {
    /// One row of Table 2.
    public struct Bounds: Hashable, Sendable {
        /// Works-duration uplift, upper bound (%), nil where the table says N/A.
        public var durationUpper: Double?
        /// Works-duration uplift, lower bound (%).
        public var durationLower: Double?
        /// Expenditure uplift, upper bound (%).
        public var expenditureUpper: Double
        /// Expenditure uplift, lower bound (%).
        public var expenditureLower: Double
    }

    /// Table 2 as published [S55].
    public static func bounds(_ category: OptimismBiasCategory) -> Bounds {
        switch category {
        case .standardBuildings: return Bounds(durationUpper: 4, durationLower: 1, expenditureUpper: 24, expenditureLower: 2)
        case .nonStandardBuildings:
            return Bounds(durationUpper: 39, durationLower: 2, expenditureUpper: 51, expenditureLower: 4)
        case .standardCivilEngineering:
            return Bounds(durationUpper: 20, durationLower: 1, expenditureUpper: 44, expenditureLower: 3)
        case .nonStandardCivilEngineering:
            return Bounds(durationUpper: 25, durationLower: 3, expenditureUpper: 66, expenditureLower: 6)
        case .equipmentDevelopment:
            return Bounds(durationUpper: 54, durationLower: 10, expenditureUpper: 200, expenditureLower: 10)
        case .outsourcing: return Bounds(durationUpper: nil, durationLower: nil, expenditureUpper: 41, expenditureLower: 0)
        }
    }

    /// The expenditure uplift as a fraction under a policy: the upper bound, or the upper bound reduced towards the
    /// lower bound by the mitigated fraction (`upper - m × (upper - lower)`), or zero.
    public static func uplift(_ category: OptimismBiasCategory, policy: OptimismBiasPolicy) -> Double {
        let row = bounds(category)
        switch policy {
        case .none: return 0
        case .upperBound: return row.expenditureUpper / 100
        case .mitigated(let m): return (row.expenditureUpper - m * (row.expenditureUpper - row.expenditureLower)) / 100
        }
    }

    /// Which cost lines the uplift applies to: one-off (capital) costs, except for outsourcing, where it applies to
    /// recurring (operating) costs [S55].
    public static func appliesTo(_ category: OptimismBiasCategory) -> CashFlowLine.Kind {
        category == .outsourcing ? .recurringCost : .oneOffCost
    }

    /// The schedule with the uplift applied to the cost lines its category names. Savings are left alone.
    public static func adjusted(_ schedule: CashFlowSchedule, policy: OptimismBiasPolicy) -> CashFlowSchedule {
        guard let category = schedule.optimismBias else { return schedule }
        let factor = 1 + uplift(category, policy: policy)
        let kind = appliesTo(category)
        var out = schedule
        out.lines = schedule.lines.map { line in
            guard line.kind == kind else { return line }
            var uplifted = line
            uplifted.amounts = line.amounts.map { $0 * factor }
            return uplifted
        }
        return out
    }
}
