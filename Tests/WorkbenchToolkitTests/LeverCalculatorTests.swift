import Testing
import WorkbenchCore
import WorkbenchTestSupport
import WorkbenchToolkit

/// The service-lever calculators (opening hours, staffing restructure, book fund, volunteers): the conformance kit,
/// a hand computation of Camden's schedule for each, and the RFID optimism-bias category with its reason.
struct LeverCalculatorTests {
    typealias F = SavingsFixtures

    static let levers: [any SavingsCalculator] = [
        OpeningHoursCalculator(), StaffingRestructureCalculator(), BookFundCalculator(), VolunteersCalculator(),
    ]

    @Test(arguments: levers.map(\.descriptor.id.rawValue))
    func keepsTheRules(_ id: String) throws {
        let calculator = try #require(Self.levers.first { $0.descriptor.id.rawValue == id })
        #expect(checkSavingsCalculator(calculator, inputs: F.inputs([F.camden])) == [])
        #expect(checkSavingsCalculator(calculator, inputs: F.inputs([F.complete, F.camden])) == [])
    }

    @Test func everyLeverIsRegistered() {
        let ids = Set(ToolkitComponents.calculators.map(\.descriptor.id.rawValue))
        for id in ["opening-hours", "staffing-restructure", "book-fund", "volunteers"] { #expect(ids.contains(id)) }
    }

    @Test func openingHoursForCamden() throws {
        // 8 hours a week [S35] × 52 weeks × 3 staff × £31,250 ÷ 1,924 h [S36] = 39,000,000 ÷ 1,924 = £20,270.27 a
        // year from appraisal year 1 (ramp-up 1); redundancy half of that, £10,135.14, in year 1.
        let schedule = try F.schedule(OpeningHoursCalculator(), [F.camden])
        let saving = F.line(schedule, "Staff hours saved")
        #expect(saving[0] == 0)
        #expect(abs(saving[1] - 20_270.27) < 0.01)
        #expect(abs(saving[10] - 20_270.27) < 0.01)
        #expect(abs(F.line(schedule, "Redundancy")[1] - 10_135.14) < 0.01)
        #expect(schedule.optimismBias == nil)
        #expect(schedule.notes.contains { $0.hasPrefix("Access test (a stated criterion") })
        // Range from the staff on duty, 2 to 4: £13,513.51 to £27,027.03.
        let range = SavingsRange(schedule)
        #expect(abs(range.low - 13_513.51) < 0.01)
        #expect(abs(range.high - 27_027.03) < 0.01)
    }

    @Test func staffingRestructureForCamden() throws {
        // £8m [S27] × 50% staffing [S3] × 8/111 removed [S36] = £288,288.29 a year; half in year 1 (ramp-up 2);
        // redundancy half a year's saving, £144,144.14, in year 1.
        let schedule = try F.schedule(StaffingRestructureCalculator(), [F.camden])
        let saving = F.line(schedule, "Posts removed: Camden")
        #expect(abs(saving[1] - 144_144.14) < 0.01)
        #expect(abs(saving[2] - 288_288.29) < 0.01)
        #expect(abs(schedule.totals(of: .oneOffCost)[1] - 144_144.14) < 0.01)
        #expect(abs(schedule.netFlows[1]) < 0.01)
        #expect(schedule.optimismBias == nil)
    }

    @Test func bookFundForCamden() throws {
        // £652,000 stock spend [S28] × 10% = £65,200 a year from year 1; range 5–25%: £32,600 to £163,000.
        let schedule = try F.schedule(BookFundCalculator(), [F.camden])
        #expect(abs(F.line(schedule, "Stock spend reduced: Camden")[1] - 65_200) < 0.01)
        #expect(schedule.totals(of: .oneOffCost).allSatisfy { $0 == 0 })
        let range = SavingsRange(schedule)
        #expect(abs(range.low - 32_600) < 0.01)
        #expect(abs(range.high - 163_000) < 0.01)
        // A borough without a stock figure is refused, naming the figure and the override.
        #expect(throws: WorkbenchError.self) { try F.schedule(BookFundCalculator(), [F.bare]) }
    }

    @Test func volunteersForCamden() throws {
        // 13 libraries × 10 h × 50% × 52 weeks × £31,250/1,924 h = 105,625,000 ÷ 1,924 = £54,898.65 a year at full,
        // half in year 1; coordinator 18.5 h × 52 × £31,250/1,924 = £15,625 a year from year 1.
        let schedule = try F.schedule(VolunteersCalculator(), [F.camden])
        let saving = F.line(schedule, "Paid hours replaced: Camden")
        #expect(abs(saving[1] - 27_449.32) < 0.01)
        #expect(abs(saving[2] - 54_898.65) < 0.01)
        let coordinator = F.line(schedule, "Volunteer coordinator")
        #expect(coordinator[0] == 0)
        #expect(abs(coordinator[1] - 15_625) < 0.01)
        #expect(abs(schedule.netFlows[5] - (54_898.65 - 15_625)) < 0.01)
    }

    @Test func rfidIsAStandardFitOutWithItsReason() throws {
        // Off-the-shelf kit, not a development project: Table 2's standard buildings (+24%), not +200% [S55].
        let schedule = try F.schedule(RFIDSelfServiceCalculator(), [F.camden])
        #expect(schedule.optimismBias == .standardBuildings)
        #expect(schedule.optimismBiasReason?.hasPrefix("off-the-shelf") == true)
        #expect(schedule.notes.contains { $0.hasPrefix("Optimism bias: standard-buildings (off-the-shelf") })
        #expect(CaseTransfer.optimismBias(for: .selfService) == .standardBuildings)
    }

    @Test func leversNameNoOptimismBiasButGiveTheirReason() throws {
        for calculator in Self.levers {
            let schedule = try calculator.schedule(for: F.inputs([F.camden]), parameters: ParameterValues())
            #expect(schedule.optimismBias == nil, "\(calculator.descriptor.id)")
            #expect(schedule.notes.contains { $0.hasPrefix("Optimism bias: none (") }, "\(calculator.descriptor.id)")
        }
    }
}
