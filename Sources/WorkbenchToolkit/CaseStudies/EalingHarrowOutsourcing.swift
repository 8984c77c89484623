import WorkbenchCore

extension CaseLibrary {
    /// Ealing and Harrow's move to John Laing Integrated Services in 2013 (domain reference 2.2 F and 5.5): the
    /// outsourcing case with a savings figure.
    static let ealingHarrowOutsourcing = CaseStudy(
        id: "ealing-harrow-outsourcing",
        title: "Ealing and Harrow: libraries outsourced to John Laing Integrated Services",
        kind: .outsourcing,
        partners: ["ealing", "harrow"],
        started: 2013,
        changes: [
            "Ealing and Harrow moved their libraries to John Laing Integrated Services in 2013 on a five-year contract [S42].",
        ],
        planned: [
            CaseFigure(
                CaseFigure.Measure.annualSaving, 600_000, year: 2013, .published("S42", period: "2013"),
                note: "JLIS, described as a 'not for profit trust', 'could save £600k per year'"),
        ],
        lessons: [
            "Two boroughs let one contract together for 23 libraries [S42].",
        ],
        datesProvenance: .published("S42"),
        scale: [
            CaseFigure(CaseFigure.Measure.libraries, 23, year: 2013, .published("S42", period: "2013")),
        ],
        notes: [
            "No reported savings were found.",
            "Ealing, Harrow and Brent expected to save £30m over 10 years by contracting out services, but that figure includes leisure and a third borough, so it is not used as this case's figure [S43].",
        ],
        sources: ["S42", "S43"]
    )
}
