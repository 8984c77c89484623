import WorkbenchCore

extension CaseLibrary {
    /// Solihull's 2008 RFID self-service business case: an outside comparator, not a London case (domain reference
    /// 4.6 and 5.2). A business case, so every figure is planned.
    static let solihullRFID = CaseStudy(
        id: "solihull-rfid",
        title: "Solihull RFID self-service business case (outside comparator)",
        kind: .selfService,
        partners: ["solihull"],
        changes: [
            "Tag all stock and install self-service in 8 libraries [S44].",
        ],
        planned: [
            CaseFigure(
                CaseFigure.Measure.annualSaving, 167_000, year: 2008, .published("S44", period: "2008 business case"),
                note: "net saving in year 5 'and similar after'"),
            CaseFigure(
                CaseFigure.Measure.annualSaving, 400_000, year: 2008, .published("S44", period: "2008 business case"),
                note: "a more ambitious model: over £400,000 a year with payback within 3 years"),
            CaseFigure(
                CaseFigure.Measure.oneOffCost, 600_000, year: 2008, .published("S44", period: "2008 business case"),
                note: "capital, including contingency"),
            CaseFigure(
                CaseFigure.Measure.annualRunningCost, 51_000, year: 2008, .published("S44", period: "2008 business case"),
                note: "maintenance, already netted off the net saving"),
            CaseFigure(
                CaseFigure.Measure.paybackYears, 4, year: 2008, .published("S44", period: "2008 business case"),
                note: "'just over 4 years'"),
            CaseFigure(
                CaseFigure.Measure.yearsToFullSaving, 5, year: 2008, .published("S44", period: "2008 business case"),
                note: "the net saving is given for year 5 'and similar after'"),
        ],
        measures: [
            ServiceMeasure(
                "Share of issues by self-service (%)", before: nil, after: 95, .published("S44", period: "2008 business case"),
                note: "expected to be above 95%: a planned value"),
        ],
        lessons: [
            "'For the smaller libraries no significant savings can be made' [S44].",
            "A bolder model doubled the saving and shortened payback to within 3 years [S44].",
            "UK RFID data models were not standardised in 2010, which complicates sharing across boroughs [S47b].",
        ],
        datesProvenance: .published("S44"),
        scale: [
            CaseFigure(CaseFigure.Measure.libraries, 8, year: 2008, .published("S44", period: "2008 business case")),
        ],
        notes: [
            "An outside comparator (Solihull, West Midlands), not a London case.",
            "A business case: no reported figures were found, and the decision and roll-out dates were not found.",
        ],
        sources: ["S44", "S47b"]
    )
}
