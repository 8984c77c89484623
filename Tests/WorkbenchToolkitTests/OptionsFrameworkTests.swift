import WorkbenchCore
import WorkbenchToolkit
import XCTest

/// The Strategic Options Framework: short-list roles, recognition of arrangements as at the price base year,
/// assessments, and module rules.
final class OptionsFrameworkTests: XCTestCase {
    typealias F = SavingsFixtures

    /// The objectives of the default workspace, and its own factor.
    static let objectives = [
        SpendingObjective(id: "reduce-cost", text: "Reduce the cost of the library service through collaboration."),
        SpendingObjective(id: "maintain-access", text: "Keep public access to libraries."),
    ]
    static let factors = CriticalSuccessFactor.standard + [
        CriticalSuccessFactor(id: "public-access", title: "Public access maintained", question: "Keeps libraries open")
    ]

    func appraise(
        _ profiles: [BoroughProfile], priceBase: Int = 2010, rules: [any OptionsRule] = [],
        factors: [CriticalSuccessFactor] = factors
    ) throws -> OptionsAppraisal {
        try StrategicOptionsFramework().appraise(
            FrameworkInputs(subject: F.inputs(profiles, priceBase: priceBase), objectives: Self.objectives, factors: factors),
            rules: rules)
    }

    func choice(_ appraisal: OptionsAppraisal, _ id: OptionID) -> OptionChoice? { appraisal.longList.first { $0.id == id } }

    func testShortListAlwaysHoldsEveryRole() throws {
        let known = Set(ToolkitComponents.calculators.map(\.descriptor.id))
        let subjects: [[BoroughProfile]] = [[F.bexley], [F.bromley], [F.camden], [F.bare], [F.bexley, F.bromley]]
        for profiles in subjects {
            for priceBase in [2008, 2010, 2012, 2020] {
                let appraisal = try appraise(profiles, priceBase: priceBase)
                let label = "\(appraisal.subject) \(priceBase)"
                XCTAssertEqual(Set(appraisal.shortList.map(\.role)), Set(ShortListRole.allCases), label)
                for option in appraisal.shortList where option.role != .businessAsUsual {
                    XCTAssertFalse(option.calculators.isEmpty, "\(label) \(option.id)")
                    XCTAssertTrue(option.calculators.allSatisfy(known.contains), "\(label) \(option.id)")
                    XCTAssertTrue(
                        option.choices.allSatisfy { id in appraisal.longList.contains { $0.id == id && $0.status != .discounted } },
                        "\(label) \(option.id): \(option.choices)")
                }
                // One preferred choice in each dimension, and every dimension present.
                for dimension in OptionDimension.allCases {
                    let choices = appraisal.longList.filter { $0.dimension == dimension }
                    XCTAssertFalse(choices.isEmpty, "\(label) \(dimension)")
                    XCTAssertEqual(choices.filter { $0.status == .preferred }.count, 1, "\(label) \(dimension)")
                }
            }
        }
    }

    func testEveryChoiceIsAssessedAgainstEveryObjectiveAndFactorWithAReason() throws {
        let appraisal = try appraise([F.camden])
        let criteria = Self.objectives.map(\.id) + Self.factors.map(\.id)
        for choice in appraisal.longList {
            XCTAssertEqual(choice.assessments.map(\.criterion), criteria, choice.id.rawValue)
            XCTAssertTrue(choice.assessments.allSatisfy { (0...3).contains($0.score) && !$0.reason.isEmpty })
            XCTAssertFalse(choice.reason.isEmpty)
        }
        // Scope, solution, delivery, implementation and funding choices of the issue are all on the list.
        for id: OptionID in [
            "back-office", "stock", "management", "front-line", "whole-service", "shared-service", "consortium-procurement",
            "self-service-rfid", "co-location", "community-managed", "trust-or-provider", "network-change", "in-house",
            "partner-host", "joint-committee", "trust-or-mutual", "private-provider", "community-group", "big-bang",
            "phased", "pilot-first", "revenue-budget", "invest-to-save", "capital-receipts", "external-grant",
        ] {
            XCTAssertNotNil(choice(appraisal, id), id.rawValue)
        }
        // Network changes are measured, not excluded: this fixture has no population or hours, so neither access
        // criterion can be measured and the catalogue's partial score stands, saying so.
        let network = try XCTUnwrap(choice(appraisal, "network-change"))
        XCTAssertEqual(network.status, .carriedForward)
        XCTAssertEqual(network.assessments.first { $0.criterion == "maintain-access" }?.score, 1)
        XCTAssertEqual(network.assessments.first { $0.criterion == "public-access" }?.score, 1)
        XCTAssertTrue(network.assessments.first { $0.criterion == "public-access" }?.reason.contains("not measured") ?? false)
    }

    func testAsAt2010TheGroupIsProposedTheSharedService() throws {
        let appraisal = try appraise([F.bexley, F.bromley])
        XCTAssertTrue(appraisal.recognised.isEmpty)
        XCTAssertEqual(choice(appraisal, "shared-service")?.status, .preferred)
        XCTAssertEqual(appraisal.shortList.first { $0.role == .preferred }?.calculators, ["shared-service"])
        XCTAssertNil(choice(appraisal, "joint-stock-procurement"))
        XCTAssertTrue(appraisal.notes.contains { $0.hasPrefix("Later history, not yet in place at 31 March 2011: Shared service") })
        XCTAssertTrue(appraisal.notes.contains { $0.hasPrefix("As at 31 March 2011 (the end of the price base year 2010/11)") })
    }

    func testAsAt2012TheSharedServiceIsRecognisedAndBuiltOn() throws {
        let appraisal = try appraise([F.bexley, F.bromley], priceBase: 2012)
        // Bexley's and Bromley's records of the one arrangement are recognised once.
        XCTAssertEqual(appraisal.recognised.map(\.kind), [.sharedService])
        let shared = try XCTUnwrap(choice(appraisal, "shared-service"))
        XCTAssertEqual(shared.status, .alreadyHas)
        XCTAssertTrue(shared.reason.hasPrefix("Already has: Shared service with Bromley since 2011"))
        let stock = try XCTUnwrap(choice(appraisal, "joint-stock-procurement"))
        XCTAssertNotEqual(stock.status, .discounted)
        XCTAssertTrue(stock.assessments.contains { $0.reason.contains("builds on Shared service with Bromley (since 2011)") })
        XCTAssertNotNil(choice(appraisal, "shared-whole-service"))
        XCTAssertFalse(appraisal.shortList.contains { $0.role != .businessAsUsual && $0.choices.contains("shared-service") })
        XCTAssertTrue(appraisal.shortList[0].rationale.contains("Shared service with Bromley (2011)"))
    }

    func testAnArrangementOfOneMemberIsNotTakenForTheGroup() throws {
        // Camden's community libraries (2012) are recognised for camden+bare but still open to the group.
        let appraisal = try appraise([F.camden, F.bare], priceBase: 2012)
        XCTAssertEqual(appraisal.recognised.map(\.kind), [.communityManaged])
        XCTAssertNotEqual(choice(appraisal, "community-managed")?.status, .discounted)
        XCTAssertNotNil(choice(appraisal, "community-hubs"))
        let alone = try appraise([F.camden], priceBase: 2012)
        XCTAssertEqual(choice(alone, "community-managed")?.status, .alreadyHas)
    }

    func testARuleCanAddAChoiceAndChangeThePreferredSolution() throws {
        struct PreferTrust: OptionsRule {
            static let descriptor = FrameworkDescriptor(id: "prefer-trust", title: "Prefer a trust")
            func apply(to longList: inout [OptionChoice], inputs: FrameworkInputs) throws {
                guard let index = longList.firstIndex(where: { $0.id == "trust-or-provider" }) else { return }
                longList[index].status = .preferred
                longList[index].reason = "Preferred by the test borough."
                longList[index].origin = "test"
                longList.append(OptionChoice(id: "test-delivery", dimension: .delivery, title: "Test delivery", origin: "test"))
            }
        }
        let appraisal = try appraise([F.bexley, F.bromley], rules: [PreferTrust()])
        XCTAssertEqual(choice(appraisal, "trust-or-provider")?.status, .preferred)
        XCTAssertEqual(choice(appraisal, "shared-service")?.status, .carriedForward)
        XCTAssertEqual(choice(appraisal, "shared-service")?.reason, "Carried forward: Transfer to a trust or other provider is preferred by the test module.")
        XCTAssertEqual(appraisal.shortList.first { $0.role == .preferred }?.calculators, ["trust-or-provider"])
        XCTAssertNotNil(choice(appraisal, "test-delivery"))
        // The other dimensions follow the new preferred solution: whole-service scope suits a trust.
        XCTAssertEqual(appraisal.longList.first { $0.dimension == .scope && $0.status == .preferred }?.id, "whole-service")
        XCTAssertTrue(appraisal.notes.contains("Rule 'prefer-trust' (Prefer a trust) changed the long list."))
    }

    func testTooManyOwnFactorsIsAnError() {
        let own = (1...4).map { CriticalSuccessFactor(id: "own-\($0)", title: "Own \($0)", question: "?") }
        XCTAssertThrowsError(try appraise([F.bexley], factors: CriticalSuccessFactor.standard + own)) { error in
            let error = error as? WorkbenchError
            XCTAssertEqual(error?.code, .invalidArgument)
            XCTAssertTrue(error?.message.contains("the Green Book allows up to three [S57]") ?? false)
        }
    }

    func testNoFactorsMeansTheStandardFive() throws {
        let appraisal = try appraise([F.bexley], factors: [])
        XCTAssertEqual(
            appraisal.longList[0].assessments.map(\.criterion),
            Self.objectives.map(\.id) + CriticalSuccessFactor.standard.map(\.id))
    }
}
