public import WorkbenchCore

/// Merton's own case study: joining the London Libraries Consortium in 2011 (domain reference 2.2 A and H). No
/// savings figures were found, so the case evaluates without them.
public enum MertonJoinsConsortiumCase {
    /// The case.
    public static let caseStudy = CaseStudy(
        id: "merton-joins-consortium",
        title: "Merton joins the London Libraries Consortium (2011)",
        kind: .procurement,
        partners: ["merton"],
        decided: 2011,
        started: 2011,
        changes: [
            "Merton went live with the stock-consortium element in May 2011, using the consortium's smartsm stock-management tool and the Axiell LMS framework [S10].",
            "Merton joined in September 2011, making the consortium 15 boroughs and over 3.6 million residents [S10].",
        ],
        measures: [
            ServiceMeasure(
                "Boroughs in the consortium", before: 14, after: 15, .published("S9", "S10", period: "January and September 2011"),
                beforeYear: 2011, afterYear: 2011, note: "the consortium Merton joined grew by one"),
        ],
        lessons: [
            "Merton 'were required by our councillors to prove a very strong case for savings and return on investment' [S10].",
        ],
        datesProvenance: .published("S10"),
        startedOn: EvidenceDate(2011, month: 5),
        scale: [
            CaseFigure(
                CaseFigure.Measure.libraries, 7, year: 2010,
                .derived("S71", period: "April 2010", method: "rows statutory in April 2010, counted")),
        ],
        notes: [
            "No planned or reported savings for Merton's membership were found; the business case its councillors asked for was not available.",
            "The year of the decision is taken as 2011, the year Merton went live [S10]; the decision itself was not found.",
        ],
        sources: ["S9", "S10", "S71"]
    )
}
