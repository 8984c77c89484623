import WorkbenchCore

/// Small schedules for the appraisal tests, with every amount chosen so the expected figures can be worked by hand.
enum AppraisalFixtures {
    static let test = Provenance.estimate(method: "test figure")

    /// £100,000 one-off in year 0, £30,000 a year saved in years 1–5.
    static func building(_ category: OptimismBiasCategory?) -> CashFlowSchedule {
        CashFlowSchedule(
            title: "Refurbishment", origin: "test", baseYear: FinancialYear(startYear: 2010), horizon: 5,
            lines: [
                CashFlowLine("Works", kind: .oneOffCost, amounts: [100_000], provenance: test),
                CashFlowLine("Staff saving", kind: .saving, amounts: [0] + Array(repeating: 30_000, count: 5), provenance: test),
            ],
            optimismBias: category)
    }

    /// Two uncertain inputs: capital (£100,000 in year 0, ×0.9 to ×1.5) and staff (£30,000 a year in years 1–5,
    /// ×0.6 to ×1.1). No optimism-bias category.
    static func twoInputs() -> CashFlowSchedule {
        CashFlowSchedule(
            title: "Two inputs", origin: "test", baseYear: FinancialYear(startYear: 2010), horizon: 5,
            lines: [
                CashFlowLine(
                    "Capital", kind: .oneOffCost, amounts: [100_000],
                    uncertainty: LineUncertainty(input: "capital", low: 0.9, high: 1.5), provenance: test),
                CashFlowLine(
                    "Staff saving", kind: .saving, amounts: [0] + Array(repeating: 30_000, count: 5),
                    uncertainty: LineUncertainty(input: "staff", low: 0.6, high: 1.1), provenance: test),
            ],
            optimismBias: nil)
    }
}
