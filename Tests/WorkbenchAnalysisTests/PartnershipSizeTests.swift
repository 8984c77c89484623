import Testing
import WorkbenchAnalysis
import WorkbenchCore

/// Partnerships that can be too big: the costs of working together grow with the group, so the value per member has
/// an interior optimum, found by hand and by both exact optimisers; with distances the general solver still agrees
/// with exhaustive search.
@Suite struct PartnershipSizeTests {
    static let test = Provenance.estimate(method: "test")

    /// No saving alone, 10% × (1 − 1/n) together, no one-off costs, savings from year 1 at once; the costs of working
    /// together as given.
    static func project(share: Double = 0, perLink: Double = 0, perKilometre: Double = 0) -> PartnershipProject {
        let zero = Sourced<Double>(0, test)
        return PartnershipProject(
            id: "test", title: "Test", choice: "shared-service", caseKind: .sharedService, driver: .librarySpend,
            aloneSaving: zero, scaleSaving: Sourced(0.1, test), aloneOneOff: zero, scaleDiscount: zero, transitionShare: zero,
            joiningCost: zero, startYear: Sourced(1, test), rampAlone: Sourced(1, test), rampTogether: Sourced(1, test),
            extraRampPerTwoPartners: Sourced(0, test), savingRange: Sourced(0.5...1.5, test),
            coordinationShare: Sourced(share, test), coordinationPerLink: Sourced(perLink, test),
            coordinationPerKilometre: Sourced(perKilometre, test))
    }

    /// Undiscounted, one year after year 0: a group's value is its first year's saving net of the costs.
    static let flat = Assumptions(discountRate: Rate(fraction: 0), decliningSchedule: false, horizonYears: 1)

    static func drivers(_ values: [Double]) -> [PartnerDriver] {
        values.indices.map { i in
            PartnerDriver(id: BoroughID(rawValue: "b\(i)"), name: "B\(i)", value: values[i], provenance: test)
        }
    }

    @Test func theValuePerMemberTurnsDownAfterThree() {
        // 1% of spend per partner beyond the first, members of £1,000: v(n) = (10%(1 − 1/n) − 1%(n − 1)) × 1,000n:
        // v(2) = 4% × 2,000 = 80; v(3) = 4.667% × 3,000 = 140; v(4) = 4.5% × 4,000 = 180; v(5) = 4% × 5,000 = 200.
        // Per member 40, 46.67, 45, 40: the best size is 3, not the largest.
        let model = PartnershipModel(project: Self.project(share: 0.01), drivers: Self.drivers(Array(repeating: 1_000, count: 5)), assumptions: Self.flat)
        let values = (2...5).map { model.value(of: Array(0..<$0)) }
        #expect(zip(values, [80.0, 140, 180, 200]).allSatisfy { abs($0 - $1) < 1e-9 })
        let perMember = (2...5).map { model.value(of: Array(0..<$0)) / Double($0) }
        #expect(perMember.indices.max { perMember[$0] < perMember[$1] } == 1)
        // Without the cost, the value per member rises all the way (50, 66.7, 75, 80).
        let free = PartnershipModel(project: Self.project(), drivers: model.drivers, assumptions: Self.flat)
        let freePerMember = (2...5).map { free.value(of: Array(0..<$0)) / Double($0) }
        #expect(freePerMember == freePerMember.sorted())
        // The outcome nets the cost off the saving: 3 × £1,000 × 6.667% = 200 saved, 3,000 × 2% = 60 cost.
        let outcome = model.outcome(of: [0, 1, 2])
        #expect(abs(outcome.coordinationCost - 60) < 1e-9)
        #expect(abs(outcome.annualSavingTogether - 140) < 1e-9)
    }

    @Test func thePartitionPrefersGroupsOfThreeOverFour() throws {
        // Twelve members of £1,000, groups of up to 5: 4 × 3 = 560 beats 3 × 4 = 540, 2 × 5 + 2 = 480, 6 × 2 = 480.
        let model = PartnershipModel(project: Self.project(share: 0.01), drivers: Self.drivers(Array(repeating: 1_000, count: 12)), assumptions: Self.flat)
        let best = PartitionOptimiser.optimise(model, maxSize: 5)
        #expect(best.groups.map(\.count) == [3, 3, 3, 3])
        #expect(abs(best.total - 560) < 1e-9)
        let check = try PartitionOptimiser.exhaustive(count: 12, maxSize: 5) { model.value(mask: $0) }
        #expect(abs(check.total - best.total) < 1e-9)
    }

    @Test func theCostPerPairCountsPairs() {
        // £10 a pair: v(3) = 10% × ⅔ × 3,000 − 3 pairs × 10 = 200 − 30 = 170; v(4) = 300 − 60 = 240.
        let model = PartnershipModel(project: Self.project(perLink: 10), drivers: Self.drivers([1_000, 1_000, 1_000, 1_000]), assumptions: Self.flat)
        #expect(abs(model.value(of: [0, 1, 2]) - 170) < 1e-9)
        #expect(abs(model.value(of: [0, 1, 2, 3]) - 240) < 1e-9)
        #expect(abs(model.value(mask: 0b1111) - 240) < 1e-9)
    }

    @Test func distancesCostPerKilometreAndTheSolverStillMatchesExhaustiveSearch() throws {
        // Six members on a line 10 km apart; £2 a km between each pair: the pair (0, 1) pays 2 × 10 = 20 more.
        let positions = [0.0, 10, 20, 30, 40, 50]
        let distances = positions.map { a in positions.map { b in abs(a - b) } }
        let drivers = Self.drivers([3_000, 1_000, 2_500, 1_500, 2_000, 500])
        let plain = PartnershipModel(project: Self.project(share: 0.005, perKilometre: 2), drivers: drivers, assumptions: Self.flat)
        let model = plain.withDistances(distances)
        #expect(abs(plain.value(of: [0, 1]) - model.value(of: [0, 1]) - 20) < 1e-9)
        #expect(abs(model.value(mask: 0b11) - model.value(of: [0, 1])) < 1e-9)
        // Three members 0, 1, 2: pairs 10 + 20 + 10 = 40 km × 2 = 80.
        #expect(abs(model.coordinationCost(of: [0, 1, 2]) - (0.005 * 2 * 6_500 + 80)) < 1e-9)
        // The exact solver over every group of up to 4 (it needs no split of a group's value by member) agrees with
        // exhaustive search over subsets.
        let groups = ConnectedGroups.enumerate(adjacency: (0..<6).map { i in (0..<6).filter { $0 != i } }, maxSize: 4)
        let problem = try SetPartitionProblem(memberCount: 6, groups: groups, values: groups.map { model.value(of: $0) })
        let solved = SetPartitionSolver.solve(problem)
        let check = try PartitionOptimiser.exhaustive(count: 6, maxSize: 4) { model.value(mask: $0) }
        #expect(solved.isProvenOptimal)
        #expect(abs(solved.total - check.total) < 1e-6)
    }
}
