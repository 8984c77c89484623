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
        IncomeGenerationCalculator(), MobileHomeLibraryCalculator(), DigitalLendingCalculator(),
    ]

    @Test(arguments: levers.map(\.descriptor.id.rawValue))
    func keepsTheRules(_ id: String) throws {
        let calculator = try #require(Self.levers.first { $0.descriptor.id.rawValue == id })
        #expect(checkSavingsCalculator(calculator, inputs: F.inputs([F.camden])) == [])
        #expect(checkSavingsCalculator(calculator, inputs: F.inputs([F.complete, F.camden])) == [])
    }

    @Test func everyLeverIsRegistered() {
        let ids = Set(ToolkitComponents.calculators.map(\.descriptor.id.rawValue))
        for id in [
            "opening-hours", "staffing-restructure", "book-fund", "volunteers", "income-generation", "mobile-home-library",
            "digital-lending",
        ] { #expect(ids.contains(id)) }
    }

    /// 2010/11 prices over 2014/15's, HM Treasury's GDP deflator [S82]: the cost of a staff hour is of 2014 [S36].
    static let k2014 = 68.8561 / 74.0662
    /// Over 2007/08's: the replacement mobile's price [S28].
    static let k2007 = 68.8561 / 64.4380

    @Test func openingHoursForCamden() throws {
        // 8 hours a week [S35] × 52 weeks × 3 staff × £31,250 ÷ 1,924 h [S36] = 39,000,000 ÷ 1,924 = £20,270.27 a
        // year of 2014, × 0.929656 = £18,844.38 in 2010/11 prices, from appraisal year 1 (ramp-up 1); redundancy
        // half of that in year 1.
        let schedule = try F.schedule(OpeningHoursCalculator(), [F.camden])
        let saving = F.line(schedule, "Staff hours saved")
        #expect(saving[0] == 0)
        #expect(abs(saving[1] - 20_270.27 * Self.k2014) < 0.01)
        #expect(abs(saving[1] - 18_844.38) < 0.01)
        #expect(abs(saving[10] - 20_270.27 * Self.k2014) < 0.01)
        #expect(abs(F.line(schedule, "Redundancy")[1] - 10_135.14 * Self.k2014) < 0.01)
        #expect(schedule.optimismBias == nil)
        #expect(schedule.notes.contains { $0.hasPrefix("Access test (a stated criterion") })
        // Range from the staff on duty, 2 to 4: £13,513.51 to £27,027.03 of 2014, restated alike.
        let range = SavingsRange(schedule)
        #expect(abs(range.low - 13_513.51 * Self.k2014) < 0.01)
        #expect(abs(range.high - 27_027.03 * Self.k2014) < 0.01)
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
        // half in year 1; coordinator 18.5 h × 52 × £31,250/1,924 = £15,625 a year from year 1; both of 2014, so
        // × 0.929656 in 2010/11 prices.
        let schedule = try F.schedule(VolunteersCalculator(), [F.camden])
        let saving = F.line(schedule, "Paid hours replaced: Camden")
        #expect(abs(saving[1] - 27_449.32 * Self.k2014) < 0.01)
        #expect(abs(saving[2] - 54_898.65 * Self.k2014) < 0.01)
        let coordinator = F.line(schedule, "Volunteer coordinator")
        #expect(coordinator[0] == 0)
        #expect(abs(coordinator[1] - 15_625 * Self.k2014) < 0.01)
        #expect(abs(schedule.netFlows[5] - (54_898.65 - 15_625) * Self.k2014) < 0.01)
    }

    @Test func rfidIsAStandardFitOutWithItsReason() throws {
        // Off-the-shelf kit, not a development project: Table 2's standard buildings (+24%), not +200% [S55].
        let schedule = try F.schedule(RFIDSelfServiceCalculator(), [F.camden])
        #expect(schedule.optimismBias == .standardBuildings)
        #expect(schedule.optimismBiasReason?.hasPrefix("off-the-shelf") == true)
        #expect(schedule.notes.contains { $0.hasPrefix("Optimism bias: standard-buildings (off-the-shelf") })
        #expect(CaseTransfer.optimismBias(for: .selfService) == .standardBuildings)
    }

    @Test func mobileAndHomeLibraryForCamden() throws {
        // One mobile withdrawn [S24]: £72,500 a year saved from year 1; its £67,000 replacement of 2007/08 [S28]
        // (× 1.068564 = £71,593.76 in 2010/11 prices) not bought in year 1; home delivery 25% × £72,500 = £18,125 a
        // year; redundancy 50% × (£72,500 − £18,125 = £54,375) = £27,187.50 in year 1. Net: year 1 £72,500 +
        // £71,593.76 − £18,125 − £27,187.50 = £98,781.26; year 2 £54,375.
        let schedule = try F.schedule(MobileHomeLibraryCalculator(), [F.camden])
        #expect(abs(F.line(schedule, "Mobile libraries withdrawn")[1] - 72_500) < 0.01)
        #expect(abs(F.line(schedule, "Replacement vehicle not bought")[1] - 67_000 * Self.k2007) < 0.01)
        #expect(F.line(schedule, "Replacement vehicle not bought")[2] == 0)
        #expect(abs(F.line(schedule, "Home delivery instead")[3] - 18_125) < 0.01)
        #expect(abs(schedule.netFlows[1] - (72_500 + 67_000 * Self.k2007 - 18_125 - 27_187.5)) < 0.01)
        #expect(abs(schedule.netFlows[1] - 98_781.26) < 0.01)
        #expect(abs(schedule.netFlows[2] - 54_375) < 0.01)
        // Lewisham's £80k home library restructure [S31] added when given.
        let withHome = try F.schedule(MobileHomeLibraryCalculator(), [F.camden], ["home-library-saving": 80_000])
        #expect(abs(withHome.netFlows[2] - 134_375) < 0.01)
    }

    @Test func incomeGenerationForCamden() throws {
        // 13 libraries × 6 hours × £15 × 52 weeks = £60,840 room hire; 13 × £1,000 = £13,000 events; 1 café × £6,000;
        // £79,840 a year at full, half in year 1 (£39,920); café fit-out £15,000 in year 1, standard buildings.
        let schedule = try F.schedule(IncomeGenerationCalculator(), [F.camden])
        #expect(abs(F.line(schedule, "Income, room hire")[2] - 60_840) < 0.01)
        #expect(abs(schedule.totals(of: .saving)[1] - 39_920) < 0.01)
        #expect(abs(schedule.totals(of: .saving)[2] - 79_840) < 0.01)
        #expect(abs(F.line(schedule, "Café fit-out")[1] - 15_000) < 0.01)
        #expect(schedule.optimismBias == .standardBuildings)
        #expect(schedule.optimismBiasReason == "a café fit-out in an existing library is standard building work")
    }

    @Test func digitalLendingForCamden() throws {
        // £652,000 [S28] × 10% ÷ £10 = 6,520 print items not bought × £10 × 40% handling [S47] = £26,080 a year at
        // full, half in year 1; platform £8,000 a year from year 1. Net year 1 £13,040 − £8,000 = £5,040; year 2
        // £18,080.
        let schedule = try F.schedule(DigitalLendingCalculator(), [F.camden])
        #expect(abs(F.line(schedule, "Print handling avoided: Camden")[2] - 26_080) < 0.01)
        #expect(abs(schedule.netFlows[1] - 5_040) < 0.01)
        #expect(abs(schedule.netFlows[2] - 18_080) < 0.01)
        #expect(F.line(schedule, "E-lending platform")[0] == 0)
    }

    @Test func leversNameNoOptimismBiasButGiveTheirReason() throws {
        for calculator in Self.levers where calculator.descriptor.id != "income-generation" {
            let schedule = try calculator.schedule(for: F.inputs([F.camden]), parameters: ParameterValues())
            #expect(schedule.optimismBias == nil, "\(calculator.descriptor.id)")
            #expect(schedule.notes.contains { $0.hasPrefix("Optimism bias: none (") }, "\(calculator.descriptor.id)")
        }
    }
}
