import WorkbenchAnalysis
import WorkbenchCore
import XCTest

/// Partnerships: the model's arithmetic, the exact partition optimiser against hand computations and exhaustive
/// search, and Shapley shares by hand.
final class PartnershipTests: XCTestCase {
    /// A project with round numbers: no saving alone, 10% × (1 − 1/n) together, £150 a member to join, savings from
    /// year 1 at once (ramp 1), nothing else.
    static func simpleProject(rampPair: Int = 1, extraRamp: Int = 0) -> PartnershipProject {
        let zero = Sourced<Double>(0, .estimate(method: "test"))
        return PartnershipProject(
            id: "test", title: "Test", choice: "shared-service", caseKind: .sharedService, driver: .librarySpend,
            aloneSaving: zero, scaleSaving: Sourced(0.1, .estimate(method: "test")), aloneOneOff: zero,
            scaleDiscount: zero, transitionShare: zero, joiningCost: Sourced(150, .estimate(method: "test")),
            startYear: Sourced(1, .estimate(method: "test")), rampAlone: Sourced(1, .estimate(method: "test")),
            rampTogether: Sourced(rampPair, .estimate(method: "test")),
            extraRampPerTwoPartners: Sourced(extraRamp, .estimate(method: "test")),
            savingRange: Sourced(0.5...1.5, .estimate(method: "test")))
    }

    /// Undiscounted (0%), one year after year 0: a group's value is just its first-year saving less joining costs.
    static let flat = Assumptions(discountRate: Rate(fraction: 0), decliningSchedule: false, horizonYears: 1)

    static func drivers(_ values: [Double]) -> [PartnerDriver] {
        values.enumerated().map { index, value in
            let id = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"][index]
            return PartnerDriver(id: BoroughID(rawValue: id), name: id.uppercased(), value: value, provenance: .estimate(method: "test"))
        }
    }

    func testGroupValuesByHand() {
        let model = PartnershipModel(project: Self.simpleProject(), drivers: Self.drivers([10_000, 6_000, 3_000]), assumptions: Self.flat)
        // Alone: no saving, no cost.
        XCTAssertEqual(model.value(of: [0]), 0, accuracy: 1e-9)
        // A+B: 10% × ½ × 16,000 − 2 × 150 = 800 − 300 = 500.
        XCTAssertEqual(model.value(of: [0, 1]), 500, accuracy: 1e-9)
        // A+B+C: 10% × ⅔ × 19,000 − 3 × 150 = 1,266.67 − 450 = 816.67.
        XCTAssertEqual(model.value(of: [0, 1, 2]), 1_266.666_666_7 - 450, accuracy: 1e-6)
        XCTAssertEqual(model.value(mask: 0b111), model.value(of: [0, 1, 2]), accuracy: 1e-9)
        let outcome = model.outcome(of: [0, 1])
        XCTAssertEqual(outcome.annualSavingTogether, 800, accuracy: 1e-9)
        XCTAssertEqual(outcome.annualSavingAlone, 0)
        XCTAssertEqual(outcome.extraOneOff, 300, accuracy: 1e-9)
        XCTAssertNil(outcome.fullSavingYearAlone)
        XCTAssertEqual(outcome.fullSavingYearTogether, 1)
        // Groups of 2 to 3 among 3: C(3,2) + C(3,3) = 4.
        XCTAssertEqual(model.groups(maxSize: 3).count, 4)
    }

    func testRampedAnnuityByHand() {
        // 0%, horizon 3, start year 1, ramp 2: ½ + 1 + 1 = 2.5.
        let assumptions = Assumptions(discountRate: Rate(fraction: 0), decliningSchedule: false, horizonYears: 3)
        let model = PartnershipModel(project: Self.simpleProject(rampPair: 2, extraRamp: 1), drivers: Self.drivers([1, 1, 1, 1]), assumptions: assumptions)
        XCTAssertEqual(model.rampedAnnuity(ramp: 2), 2.5, accuracy: 1e-12)
        // Ramp for three or four partners: 2 + 1 × ⌊(n − 1) ÷ 2⌋ = 3; full saving first in year 1 + 3 − 1 = 3.
        XCTAssertEqual(model.project.rampYears(size: 3), 3)
        XCTAssertEqual(model.project.rampYears(size: 4), 3)
        XCTAssertEqual(model.fullSavingYear(size: 4), 3)
        // At 3.5% with ramp 1 from year 1 over 2 years: 1/1.035 + 1/1.035² = 1.89969.
        let discounted = PartnershipModel(
            project: Self.simpleProject(), drivers: Self.drivers([1]),
            assumptions: Assumptions(horizonYears: 2))
        XCTAssertEqual(discounted.rampedAnnuity(ramp: 1), 1 / 1.035 + 1 / (1.035 * 1.035), accuracy: 1e-12)
    }

    /// The hand-checked partition: drivers A 10,000, B 6,000, C 3,000, D 1,000.
    /// Pairs are worth 5% of their spend − 300, triples 6.67% − 450, anyone alone 0.
    /// k = 2: profiles {1,1,1,1} = 0; {2,1,1}: A+B = 800 − 300 = 500; {2,2}: A+B 500 + C+D (200 − 300 = −100) = 400.
    ///   Best: A+B together, C and D alone, 500.
    /// k = 3 adds {3,1}: A+B+C = 1,266.67 − 450 = 816.67 with D alone; best.
    func testHandCheckedPartition() throws {
        let model = PartnershipModel(
            project: Self.simpleProject(), drivers: Self.drivers([10_000, 6_000, 3_000, 1_000]), assumptions: Self.flat)
        let pairs = PartitionOptimiser.optimise(model, maxSize: 2)
        XCTAssertEqual(pairs.groups, [[0, 1], [2], [3]])
        XCTAssertEqual(pairs.total, 500, accuracy: 1e-9)
        XCTAssertEqual(pairs.profilesEvaluated, 3)
        let triples = PartitionOptimiser.optimise(model, maxSize: 3)
        XCTAssertEqual(triples.groups, [[0, 1, 2], [3]])
        XCTAssertEqual(triples.total, 816.666_666_667, accuracy: 1e-6)
        // Profiles of 4 into parts ≤ 3: {3,1}, {2,2}, {2,1,1}, {1,1,1,1}.
        XCTAssertEqual(triples.profilesEvaluated, 4)
        let exhaustive = try PartitionOptimiser.exhaustive(count: 4, maxSize: 3) { model.value(mask: $0) }
        XCTAssertEqual(exhaustive.total, triples.total, accuracy: 1e-9)
        XCTAssertEqual(Set(exhaustive.groups.map { $0.sorted() }), Set(triples.groups))
    }

    /// The size-profile method against exhaustive search on pseudo-random drivers, with a discounted, ramping,
    /// cost-bearing project whose value per pound differs by group size.
    func testOptimiseMatchesExhaustiveSearch() throws {
        var state: UInt64 = 2010
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        var project = Self.simpleProject(rampPair: 2, extraRamp: 1)
        project.transitionShare = Sourced(0.5, .estimate(method: "test"))
        project.aloneSaving = Sourced(0.02, .estimate(method: "test"))
        project.joiningCost = Sourced(40_000, .estimate(method: "test"))
        for trial in 0..<6 {
            let n = 6 + trial % 4
            let drivers = Self.drivers((0..<n).map { _ in 200_000 + 9_000_000 * next() })
            let model = PartnershipModel(project: project, drivers: drivers, assumptions: Assumptions())
            for k in 2...4 {
                let fast = PartitionOptimiser.optimise(model, maxSize: k)
                let slow = try PartitionOptimiser.exhaustive(count: n, maxSize: k) { model.value(mask: $0) }
                XCTAssertEqual(fast.total, slow.total, accuracy: 1e-6 * max(1, abs(slow.total)), "n \(n), k \(k)")
                XCTAssertEqual(fast.groups.flatMap { $0 }.sorted(), Array(0..<n), "every borough exactly once")
                XCTAssertTrue(fast.groups.allSatisfy { $0.count <= k })
            }
        }
    }

    func testThirtyThreeCoveredOnce() {
        let many = (0..<33).map { PartnerDriver(id: BoroughID(rawValue: "b\($0)"), name: "B\($0)", value: Double(1_000_000 + 100_000 * $0), provenance: .estimate(method: "test")) }
        let model = PartnershipModel(project: Self.simpleProject(rampPair: 2, extraRamp: 1), drivers: many, assumptions: Assumptions())
        let result = PartitionOptimiser.optimise(model, maxSize: 4)
        XCTAssertEqual(result.groups.flatMap { $0 }.sorted(), Array(0..<33))
        XCTAssertEqual(result.total, result.groups.reduce(0) { $0 + model.value(of: $1) }, accuracy: 1e-6)
        XCTAssertGreaterThan(result.profilesEvaluated, 100)
    }

    /// A textbook three-player game: singletons 0, v(12) = 90, v(13) = 60, v(23) = 30, v(123) = 120.
    /// Over the six orders: player 1 adds 0, 0, 90, 90, 60, 90 → 330 ÷ 6 = 55; player 2 adds 90, 60, 0, 0, 60, 30 →
    /// 240 ÷ 6 = 40; player 3 adds 30, 60, 30, 30, 0, 0 → 150 ÷ 6 = 25. 55 + 40 + 25 = 120.
    func testShapleyThreePlayersByHand() throws {
        let v: [UInt64: Double] = [0b011: 90, 0b101: 60, 0b110: 30, 0b111: 120]
        let phi = try Shapley.values(players: 3) { v[$0] ?? 0 }
        XCTAssertEqual(phi[0], 55, accuracy: 1e-9)
        XCTAssertEqual(phi[1], 40, accuracy: 1e-9)
        XCTAssertEqual(phi[2], 25, accuracy: 1e-9)
        XCTAssertEqual(phi.reduce(0, +), 120, accuracy: 1e-9)
    }

    /// The partnership game of the hand-checked partition for A, B, C (10,000, 6,000, 3,000):
    /// v(AB) = 500, v(AC) = 350, v(BC) = 150, v(ABC) = 816.67, singletons 0.
    /// φA = ⅙ × 500 + ⅙ × 350 + ⅓ × (816.67 − 150) = 83.33 + 58.33 + 222.22 = 363.89;
    /// φB = ⅙ × 500 + ⅙ × 150 + ⅓ × (816.67 − 350) = 83.33 + 25 + 155.56 = 263.89;
    /// φC = ⅙ × 350 + ⅙ × 150 + ⅓ × (816.67 − 500) = 58.33 + 25 + 105.56 = 188.89; the three sum to 816.67.
    func testShapleySharesOfAPartnershipByHand() throws {
        let model = PartnershipModel(
            project: Self.simpleProject(), drivers: Self.drivers([10_000, 6_000, 3_000]), assumptions: Self.flat)
        let phi = try Shapley.values(players: 3) { model.value(mask: $0) }
        XCTAssertEqual(phi[0], 363.888_888_9, accuracy: 1e-6)
        XCTAssertEqual(phi[1], 263.888_888_9, accuracy: 1e-6)
        XCTAssertEqual(phi[2], 188.888_888_9, accuracy: 1e-6)
        XCTAssertEqual(phi.reduce(0, +), model.value(of: [0, 1, 2]), accuracy: 1e-9)
    }

    func testShapleyEfficiencyForTwentyAndLimits() throws {
        // An additive game plus a bonus for the whole group: each player gets its own value plus 1/20 of the bonus.
        let phi = try Shapley.values(players: 20) { mask in
            Double(mask.nonzeroBitCount) + (mask == (1 << 20) - 1 ? 40 : 0)
        }
        for share in phi { XCTAssertEqual(share, 3, accuracy: 1e-9) }
        XCTAssertThrowsError(try Shapley.values(players: 21) { _ in 0 })
        XCTAssertThrowsError(try Shapley.values(players: 0) { _ in 0 })
    }

    func testParetoFrontier() {
        // (2,0), (0,2), (1,1) twice are undominated; (0.5,0.5) is beaten by (1,1).
        let members = ParetoFrontier.members([(1, 1), (2, 0), (0, 2), (0.5, 0.5), (1, 1)])
        XCTAssertEqual(members, [true, true, true, false, true])
    }
}
