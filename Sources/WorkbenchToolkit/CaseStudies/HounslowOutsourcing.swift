import WorkbenchCore

extension CaseLibrary {
    /// Hounslow's 15-year library contract with John Laing Integrated Services, later Carillion, 2008–2017 (domain
    /// reference 2.2 F and 5.5). No savings figures were found: the contract value is a cost, not a saving.
    static let hounslowOutsourcing = CaseStudy(
        id: "hounslow-outsourcing",
        title: "Hounslow: library service outsourced to a private provider",
        kind: .outsourcing,
        partners: ["hounslow"],
        started: 2008,
        changes: [
            "A 15-year contract from 2008, due to run to 2023, with John Laing Integrated Services, later Carillion, covering 11 libraries [S41].",
            "The contract ended early, on 1 August 2017 [S41].",
            "All 11 libraries were commissioned libraries in July 2016 [S71].",
        ],
        planned: [
            CaseFigure(
                CaseFigure.Measure.contractValue, 5_100_000, year: 2008, .published("S41", period: "2017 report"),
                note: "'worth £5.1m a year'"),
        ],
        lessons: [
            "A 15-year contract can end early: Hounslow's ran from 2008 to 1 August 2017, about nine of its fifteen years [S41].",
        ],
        ended: 2017,
        datesProvenance: .published("S41"),
        scale: [
            CaseFigure(CaseFigure.Measure.libraries, 11, year: 2008, .published("S41")),
        ],
        notes: [
            "No planned or reported savings for Hounslow were found; the contract value (£5.1m a year) is what the service cost, not what it saved.",
            "The contract value is about £0.46m a year per library (derived: £5.1m ÷ 11).",
            "The decision date was not found.",
        ],
        sources: ["S41", "S71"]
    )
}
