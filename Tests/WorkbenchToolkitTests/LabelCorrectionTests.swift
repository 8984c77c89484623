import Testing
import WorkbenchCore
import WorkbenchToolkit

/// The labels the issue-21 audit found wrong: a figure is "published" only when its source states that number as a
/// fact for that thing and year; a proxy is an estimate that names what it stands in for.
@Suite("Label corrections")
struct LabelCorrectionTests {
    @Test("the co-location fit-out is a repair backlog standing in for it: an estimate that says so")
    func fitOutIsAProxy() {
        let fitOut = CalculatorEvidence.fitOutProxy
        #expect(fitOut.value == 225_000)
        #expect(fitOut.provenance.kind == .estimate)
        #expect(fitOut.provenance.method?.contains("proxy") == true)
        #expect(fitOut.provenance.method?.contains("repair backlog") == true)
    }

    @Test("the branch running cost is a believed, up-to closure saving; the low end is Enfield's 2024 figure in 2010/11 prices")
    func branchRunningCostIsAnEstimate() {
        #expect(CalculatorEvidence.branchRunningCost.provenance.kind == .estimate)
        #expect(CalculatorEvidence.branchRunningCost.provenance.method?.contains("believed") == true)
        #expect(CalculatorEvidence.branchRunningCostLow.provenance.kind == .estimate)
        #expect(CalculatorEvidence.branchRunningCostLow.provenance.method?.contains("£71,250 a closed library in 2024 prices; restated: £71,250 in 2024/25 prices × 68.8561 ÷ 100.0000") == true)
        #expect(abs(CalculatorEvidence.branchRunningCostLow.value - 49_059.971_25) < 1e-6)
        #expect(CalculatorEvidence.branchRunningCostLow.provenance.prices == FinancialYear(startYear: 2010))
        #expect(CalculatorEvidence.branchRunningCostLow.provenance.sources.contains("S82"))
    }

    @Test("the procurement saving is an England-wide saving over UK book spending: a proxy for stock spend")
    func procurementSavingIsAProxy() {
        for figure in [CalculatorEvidence.procurementSavingLow, CalculatorEvidence.procurementSaving, CalculatorEvidence.procurementSavingHigh] {
            #expect(figure.provenance.kind == .estimate)
            #expect(figure.provenance.method?.contains("proxy for the saving on stock spend") == true)
            #expect(figure.provenance.method?.contains("England-wide") == true)
        }
    }

    @Test("Lewisham's proposed hours are not an outcome")
    func lewishamHoursAreProposed() throws {
        let c = try #require(CaseLibrary.caseStudy("lewisham-asset-transfer"))
        let hours = try #require(c.measures.first { $0.after == 52 })
        #expect(hours.provenance.kind == .estimate)
        #expect(hours.measure.contains("proposed"))
        #expect(!c.changes.joined().contains("ran Crofton Park"))
    }

    @Test("Bromley's own £350k plan is Bromley's, not the whole case's")
    func bromleyPlanIsBromleys() throws {
        let c = try #require(CaseLibrary.caseStudy("bexley-bromley-shared-service"))
        let plan = try #require(c.planned.first { $0.value == 350_000 })
        #expect(plan.partner == "bromley")
        #expect(c.sources.contains("S18"))
    }
}
