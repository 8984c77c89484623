import WorkbenchCore

extension CaseLibrary {
    /// The Tri-borough libraries: Westminster, Kensington and Chelsea, Hammersmith and Fulham, agreed June 2011
    /// (domain reference 2.2 C and 5.1).
    static let triBorough = CaseStudy(
        id: "tri-borough-libraries",
        title: "Tri-borough libraries (Westminster, Kensington and Chelsea, Hammersmith and Fulham)",
        kind: .sharedService,
        partners: ["westminster", "kensington-and-chelsea", "hammersmith-and-fulham"],
        decided: 2011,
        changes: [
            "Merged senior management, book processing, and the procurement of services and books [S21].",
            "The 21 libraries stayed open, with access to about 1m books [S21].",
            "Four phases: (1) business case; (2) single management structure; (3) single operational structure; (4) alternative delivery and trading options [S22].",
        ],
        planned: [
            CaseFigure(
                CaseFigure.Measure.annualSaving, 1_107_000, year: 2011, .published("S22", period: "2011"),
                note: "'Total savings were forecast at £1.107m'; taken as a yearly figure, like the '£1m' saving claimed at the time [S21]"),
            CaseFigure(
                CaseFigure.Measure.annualSaving, 1_000_000, year: 2011, .published("S21", period: "June 2011"),
                note: "the claimed saving at agreement"),
            CaseFigure(
                CaseFigure.Measure.annualSaving, partner: "hammersmith-and-fulham", 270_493, year: 2011,
                .published("S22", period: "2011"), note: "'£270,493 was attributable to Hammersmith and Fulham'"),
            CaseFigure(
                CaseFigure.Measure.postsLost, 10, year: 2011, .published("S23", period: "2011"),
                note: "'10 people working in management will lose their jobs'"),
            CaseFigure(
                CaseFigure.Measure.postsCreated, 4, year: 2011, .published("S23", period: "2011"),
                note: "'four new posts will be created'"),
        ],
        reported: [
            CaseFigure(
                CaseFigure.Measure.annualSaving, 1_200_000, year: 2012, .published("S19", period: "October 2012"),
                note: "a later claim of a £1.2m saving"),
            CaseFigure(
                CaseFigure.Measure.postsLost, 31, year: 2012, .published("S19", period: "October 2012"),
                note: "a later claim of the loss of 31 posts"),
        ],
        measures: [
            ServiceMeasure(
                "Libraries open", before: 21, after: 21, .published("S21", period: "June 2011"), beforeYear: 2011,
                afterYear: 2011, note: "'The 21 libraries stayed open' when the merger was agreed"),
        ],
        lessons: [
            "Management, book processing and procurement were merged while every library stayed open [S21].",
            "The work was phased, from a business case through single management and operational structures to alternative delivery and trading [S22].",
            "Post losses grew in the telling: 10 management posts lost and 4 created at the outset [S23], 31 posts lost in a later account [S19].",
        ],
        datesProvenance: .published("S21"),
        decidedOn: EvidenceDate(2011, month: 6),
        scale: [
            CaseFigure(CaseFigure.Measure.libraries, 21, year: 2011, .published("S21", period: "June 2011")),
            CaseFigure(
                CaseFigure.Measure.libraryBudget, 22_000_000, year: 2011, .published("S21", period: "June 2011"),
                note: "'around £22m' across the three boroughs (Tim Coates)"),
            CaseFigure(
                CaseFigure.Measure.libraries, partner: "kensington-and-chelsea", 6, year: 2011,
                .published("S21", period: "June 2011"), note: "'Kensington had around £7m to run six libraries'"),
            CaseFigure(
                CaseFigure.Measure.libraryBudget, partner: "kensington-and-chelsea", 7_000_000, year: 2011,
                .published("S21", period: "June 2011"), note: "'around £7m'"),
            CaseFigure(
                CaseFigure.Measure.libraries, partner: "hammersmith-and-fulham", 5, year: 2010,
                .derived("S71", period: "April 2010", method: "rows statutory in April 2010, counted")),
            CaseFigure(
                CaseFigure.Measure.libraries, partner: "westminster", 13, year: 2010,
                .derived("S71", period: "April 2010", method: "rows statutory in April 2010, counted")),
        ],
        notes: [
            "The start date of the merged structure was not found, so the time from decision to first savings is bounded only by the first dated report of a saving (2012) [S19].",
            "The minute's '£1.107m' [S22] does not say whether it is a yearly figure; it is treated as one, like the '£1m' claimed [S21].",
            "The dataset counts 24 libraries statutory in April 2010 (Westminster 13, Kensington and Chelsea 6, Hammersmith and Fulham 5) [S71] against the 21 reported [S21]; the case uses 21.",
        ],
        sources: ["S21", "S22", "S23", "S19"]
    )
}
