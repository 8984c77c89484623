public import WorkbenchCore

/// Values any group of boroughs for one partnership project: the NPV of the group working together, or of a borough
/// going alone, from the project's parameters and each borough's driver.
///
/// The value of a group S of n members with combined driver D(S) has the form
/// `v(S) = coefficient(n) × D(S) + fixed(n)`, where
/// `coefficient(n) = annualSaving(n) × P(n) − coordinationPerUnit(n) × A − oneOffPerUnit(n) × (1 + u) × f(start)` and
/// `fixed(n) = −coordinationFixed(n) × A − n × oneOffPerMember(n) × (1 + u) × f(start)`;
/// P(n) is the present value of one pound a year ramping up from the start year over `rampYears(n)` years to the
/// horizon, A that of one pound a year from the start year (the costs of working together run from the start), f the
/// Green Book discount factors [S53][S54], and u the optimism-bias uplift on one-off costs (zero unless the model is
/// risk-adjusted) [S55]. That a group's value depends only on its size and its total driver is what makes
/// `PartitionOptimiser.optimise` exact. The economy of scale e(n) = 1 − 1/n rises ever more slowly while the costs
/// of working together grow with (n − 1) per member and with the n(n − 1)/2 pairs, so the value per member can turn
/// down: the best size is found. With `distances` (kilometres between members' centres, where geography exists) a
/// group also pays `coordinationPerKilometre × Σ pairs' distances × A`; its value then depends on who the members
/// are, so only the general solvers (`SetPartitionSolver`, `PartitionOptimiser.exhaustive`) are exact for it.
public struct PartnershipModel: Sendable {
    /// The project type.
    public let project: PartnershipProject
    /// The boroughs that may take part, with their drivers.
    public let drivers: [PartnerDriver]
    /// Discount factors for years 0…horizon.
    public let factors: [Double]
    /// The optimism-bias uplift applied to one-off costs (0 for an unadjusted NPV).
    public let uplift: Double
    /// Kilometres between the centres of each pair of drivers (indexed as `drivers`), where geography exists; nil
    /// when it does not, and then a group's value depends only on its size and total driver.
    public private(set) var distances: [[Double]]?

    /// Makes a model.
    /// - Parameters:
    ///   - riskAdjusted: whether one-off costs carry the optimism-bias uplift of the workspace's policy for the
    ///     project's category [S55].
    public init(project: PartnershipProject, drivers: [PartnerDriver], assumptions: Assumptions, riskAdjusted: Bool = false) {
        self.project = project
        self.drivers = drivers
        let schedule = DiscountSchedule(rate: assumptions.discountRate, declining: assumptions.decliningSchedule)
        self.factors = schedule.factors(through: max(1, assumptions.horizonYears))
        self.uplift = riskAdjusted ? OptimismBiasTable.uplift(project.category, policy: assumptions.optimismBias) : 0
    }

    /// The model with the distances between members' centres (kilometres, indexed as `drivers`), so that groups pay
    /// the project's cost per kilometre between each pair.
    public func withDistances(_ kilometres: [[Double]]) -> PartnershipModel {
        var copy = self
        copy.distances = kilometres
        return copy
    }

    /// The appraisal horizon in years after year 0.
    public var horizon: Int { factors.count - 1 }

    /// Present value of one pound a year ramping up over `ramp` years from the start year to the horizon.
    public func rampedAnnuity(ramp: Int) -> Double {
        let start = project.startYear.value
        guard start <= horizon else { return 0 }
        var total = 0.0
        for year in start...horizon {
            total += factors[year] * min(1, Double(year - start + 1) / Double(max(1, ramp)))
        }
        return total
    }

    /// The discount factor of the start year, when one-off costs fall.
    public var startFactor: Double { factors[min(max(0, project.startYear.value), horizon)] }

    /// Value per unit of driver of a group of `n` (n = 1: alone).
    public func coefficient(size n: Int) -> Double {
        project.annualSaving(size: n) * rampedAnnuity(ramp: project.rampYears(size: n))
            - project.coordinationPerUnit(size: n) * rampedAnnuity(ramp: 1)
            - project.oneOffPerUnit(size: n) * (1 + uplift) * startFactor
    }

    /// Value of a group of `n` that does not depend on the driver (nor on distance).
    public func fixed(size n: Int) -> Double {
        -project.coordinationFixed(size: n) * rampedAnnuity(ramp: 1)
            - Double(n) * project.oneOffPerMember(size: n) * (1 + uplift) * startFactor
    }

    /// The sum of the distances between each pair of members, in kilometres (0 without geography).
    public func pairDistance(of members: [Int]) -> Double {
        guard let distances, members.count > 1 else { return 0 }
        var total = 0.0
        for a in members.indices { for b in members.indices where b > a { total += distances[members[a]][members[b]] } }
        return total
    }

    /// The running cost of working together a year for a group: per unit of driver, per pair and, with geography,
    /// per kilometre between each pair's centres.
    public func coordinationCost(of members: [Int]) -> Double {
        let n = members.count
        guard n > 1 else { return 0 }
        let driver = members.reduce(0.0) { $0 + drivers[$1].value }
        return project.coordinationPerUnit(size: n) * driver + project.coordinationFixed(size: n)
            + project.coordinationPerKilometre.value * pairDistance(of: members)
    }

    /// The value of the distance part of the costs of working together (zero without geography).
    func distanceValue(of members: [Int]) -> Double {
        guard distances != nil, members.count > 1 else { return 0 }
        return -project.coordinationPerKilometre.value * pairDistance(of: members) * rampedAnnuity(ramp: 1)
    }

    /// The NPV of a group (indices into `drivers`) working together, or of one borough alone.
    public func value(of members: [Int]) -> Double {
        let total = members.reduce(0.0) { $0 + drivers[$1].value }
        return coefficient(size: members.count) * total + fixed(size: members.count) + distanceValue(of: members)
    }

    /// The NPV of a group given as a bit mask over `drivers` (bit i set when borough i is in the group).
    public func value(mask: UInt64) -> Double {
        var total = 0.0
        var n = 0
        var bits = mask
        while bits != 0 {
            let i = bits.trailingZeroBitCount
            total += drivers[i].value
            n += 1
            bits &= bits - 1
        }
        guard n > 0 else { return 0 }
        guard distances != nil else { return coefficient(size: n) * total + fixed(size: n) }
        var members: [Int] = []
        bits = mask
        while bits != 0 {
            members.append(bits.trailingZeroBitCount)
            bits &= bits - 1
        }
        return coefficient(size: n) * total + fixed(size: n) + distanceValue(of: members)
    }

    /// Appraisal year in which a group of `n` first has its full saving.
    public func fullSavingYear(size n: Int) -> Int { project.startYear.value + project.rampYears(size: n) - 1 }

    /// One-off cost of a group of `n` with combined driver `driver`, with the uplift when risk-adjusted.
    public func oneOff(size n: Int, driver: Double) -> Double {
        (project.oneOffPerUnit(size: n) * driver + Double(n) * project.oneOffPerMember(size: n)) * (1 + uplift)
    }

    /// The group's outcome against each member going alone.
    public func outcome(of members: [Int]) -> CoalitionOutcome {
        let n = members.count
        let driver = members.reduce(0.0) { $0 + drivers[$1].value }
        return CoalitionOutcome(
            members: members.map { drivers[$0].id }, driver: driver,
            annualSavingTogether: project.annualSaving(size: n) * driver - coordinationCost(of: members),
            annualSavingAlone: project.annualSaving(size: 1) * driver,
            oneOffTogether: oneOff(size: n, driver: driver),
            oneOffAlone: members.reduce(0.0) { $0 + oneOff(size: 1, driver: drivers[$1].value) },
            fullSavingYearTogether: fullSavingYear(size: n),
            fullSavingYearAlone: project.savesAlone ? fullSavingYear(size: 1) : nil,
            npvTogether: value(of: members),
            npvAlone: members.reduce(0.0) { $0 + value(of: [$1]) },
            coordinationCost: coordinationCost(of: members))
    }

    /// Every group of 2 to `maxSize` boroughs, with its outcome, in lexicographic order of indices.
    /// - Complexity: O(Σ C(n, s) × s) for s = 2…maxSize; 46,904 groups for 33 authorities and groups up to 4.
    public func groups(maxSize: Int) -> [CoalitionOutcome] {
        var out: [CoalitionOutcome] = []
        let n = drivers.count
        guard n >= 2 else { return out }
        var current: [Int] = []
        func extend(from start: Int) {
            if current.count >= 2 { out.append(outcome(of: current)) }
            guard current.count < maxSize else { return }
            var i = start
            while i < n {
                current.append(i)
                extend(from: i + 1)
                current.removeLast()
                i += 1
            }
        }
        extend(from: 0)
        return out
    }

    /// The index of a borough in `drivers`, if it is there.
    public func index(of id: BoroughID) -> Int? { drivers.firstIndex { $0.id == id } }
}
