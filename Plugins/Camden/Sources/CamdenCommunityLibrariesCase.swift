public import WorkbenchCore

/// Camden's own case study: the 2011 library savings programme that handed three libraries to community groups,
/// shared Highgate with a partner and closed Regent's Park (domain reference 2.2 D and 5.4).
public enum CamdenCommunityLibrariesCase {
    /// Council staff hours a week supporting a community-run library (a figure the Camden evaluator reads).
    public static let councilStaffHours = "council-staff-hours"
    /// Years of transition funding the council offered community groups.
    public static let transitionFundingYears = "transition-funding-years"
    /// The year by which council funding of community libraries was withdrawn completely.
    public static let councilFundingEnds = "council-funding-ends"

    /// The case.
    public static let caseStudy = CaseStudy(
        id: "camden-community-libraries",
        title: "Camden: community-managed libraries (library savings programme 2011)",
        kind: .community,
        partners: ["camden"],
        decided: 2011,
        started: 2012,
        changes: [
            "The 'Library savings programme 2011' consultation ran from 10 January to 30 April 2011; Cabinet decided in June 2011 [S24].",
            "From April 2012 community groups were to run Belsize, Chalk Farm and Heath libraries [S24].",
            "The mobile library ceased; opening hours were reduced everywhere; charges increased; stock and staff reduced [S24].",
            "Regent's Park ceased to be a public library; Highgate was to share space with others [S24].",
            "By 2016: Belsize run by The Winch; Chalk Farm reopened as Primrose Hill Community Library (April 2012); Heath became the independent Keats Community Library (March 2012); Highgate run in partnership, with Camden providing 30 staff hours; Regent's Park closed in 2013 [S71].",
        ],
        planned: [
            CaseFigure(
                CaseFigure.Measure.annualSaving, 1_600_000, year: 2011, .published("S25", period: "June 2011"),
                note: "the 2011 decision 'could save £1.6million'; whether a year or in total is not stated"),
            CaseFigure(
                CaseFigure.Measure.totalSaving, 2_000_000, year: 2011, .published("S27", period: "2011-14"),
                note: "savings of £2 million over the next three years from a libraries budget of £8 million"),
            CaseFigure(CaseFigure.Measure.postsLost, 35, year: 2011, .published("S25", period: "June 2011"),
                note: "35 jobs lost"),
            CaseFigure(
                CaseFigure.Measure.communityRunningCost, 130_000, year: 2011, .published("S25", period: "June 2011"),
                note: "the Chalk Farm users' group's estimate of what it needed a year to keep it open"),
            CaseFigure(
                transitionFundingYears, 1, year: 2012, .published("S26", period: "June 2011"),
                note: "transition funding was offered for one year"),
            CaseFigure(
                councilFundingEnds, 2013, year: 2013, .published("S26", period: "June 2011"),
                note: "council funding to be withdrawn completely by April 2013"),
        ],
        reported: [
            CaseFigure(
                councilStaffHours, 30, year: 2016, .published("S71", period: "2016"),
                note: "Highgate: under a memorandum of understanding Camden provides 30 staff hours"),
        ],
        measures: [
            ServiceMeasure(
                "Libraries open (any operator)", before: 13, after: 12,
                .derived("S30", "S71", period: "2010 and 2016", method: "13 branches in 2010 [S30]; Regent's Park closed in 2013 [S71]"),
                partner: "camden", beforeYear: 2010, afterYear: 2016),
            ServiceMeasure(
                "Mobile libraries", before: 1, after: 0, .published("S24", period: "April 2012"), partner: "camden",
                beforeYear: 2011, afterYear: 2012, note: "the mobile library ceased"),
            ServiceMeasure(
                "Weekly hours at the four community-run libraries", before: nil, after: 115,
                .derived("S71", period: "2016", method: "Belsize 16 + Primrose Hill 28 + Highgate 29 + Keats 42 scheduled hours in 2016"),
                partner: "camden", afterYear: 2016, note: "their hours in 2010 were not found"),
        ],
        lessons: [
            "Transition funding lasted one year; council funding was to be withdrawn completely by April 2013 [S26].",
            "A community library has real running costs: the Chalk Farm users' group put the cost of keeping it open at about £130,000 a year [S25].",
            "Outcomes differed library by library: one run by a charity (The Winch), one reopened by its users, one fully independent, one in partnership with council staff hours, and one closed [S71].",
        ],
        datesProvenance: .published("S24"),
        decidedOn: EvidenceDate(2011, month: 6), startedOn: EvidenceDate(2012, month: 4),
        scale: [
            CaseFigure(CaseFigure.Measure.libraries, 13, year: 2010, .published("S30", period: "2010"),
                note: "CPLUG's list of 13 Camden branches"),
            CaseFigure(CaseFigure.Measure.libraryBudget, 8_000_000, year: 2011, .published("S27", period: "2011")),
        ],
        notes: [
            "No reported (outturn) savings were found; the £1.6m [S25] and £2m over three years [S27] are forecasts and targets.",
            "The amount of transition funding was not found.",
            "Hours at each library in 2010 were not found; the branch list gives 2016 hours [S71].",
        ],
        sources: ["S24", "S25", "S26", "S27", "S30", "S71"]
    )
}
