import WorkbenchCore

extension CaseLibrary {
    /// Bexley and Bromley's shared management and back-office library service, January 2012 to December 2017
    /// (domain reference 2.2 B and 5.1).
    static let bexleyBromleySharedService = CaseStudy(
        id: "bexley-bromley-shared-service",
        title: "Bexley and Bromley shared library service (management and back office)",
        kind: .sharedService,
        partners: ["bexley", "bromley"],
        decided: 2011,
        started: 2012,
        changes: [
            "Bromley's PDS Libraries Working Group put forward four options; the Committee pursued Option 4 (15 Feb 2011): partnership with Bexley, a trust option and the distribution of the branch network [S17].",
            "Approved in July 2011 by Bexley's Cabinet Member and Bromley's Executive [S14].",
            "A joint management and back-office structure of 36 posts replaced 36 Bromley and 35 Bexley management and back-office staff [S16]; the back office at Foots Cray [S15].",
            "Start brought forward from April 2012 to 1 January 2012 [S13][S14]; the arrangement ran to 31 December 2017 and is no longer used [S14].",
        ],
        planned: [
            CaseFigure(
                CaseFigure.Measure.annualSaving, 2_000_000.0 / 3, year: 2011,
                .derived("S15", period: "July 2011", method: "'could save more than £2m over the next three years' divided by 3 years"),
                note: "more than £2m over three years, as a yearly average"),
            CaseFigure(
                CaseFigure.Measure.annualSaving, partner: "bromley", 350_000, year: 2012, .published("S18", period: "April 2012"),
                note: "'hope to save £350,000 by merging staffing': Bromley's own plan, compared with Bromley's saving only"),
            CaseFigure(
                CaseFigure.Measure.totalSaving, 2_000_000, year: 2011, .published("S15", period: "July 2011"),
                note: "'could save more than £2m over the next three years'"),
            CaseFigure(CaseFigure.Measure.postsBefore, 71, year: 2011, .published("S16", "S15", period: "July 2011"),
                note: "36 Bromley and 35 Bexley management and back-office staff; '71 library posts' in the press"),
            CaseFigure(CaseFigure.Measure.postsBefore, partner: "bromley", 36, year: 2011, .published("S16", period: "July 2011")),
            CaseFigure(CaseFigure.Measure.postsBefore, partner: "bexley", 35, year: 2011, .published("S16", period: "July 2011")),
            CaseFigure(CaseFigure.Measure.postsAfter, 36, year: 2012, .published("S16", "S15", period: "July 2011"),
                note: "a joint structure of 36 posts"),
        ],
        reported: [
            CaseFigure(
                CaseFigure.Measure.annualSaving, partner: "bexley", 400_000, .published("S14", period: "a year from 2012"),
                note: "'in the region of £400,000 a year in Bexley'"),
            CaseFigure(
                CaseFigure.Measure.annualSaving, partner: "bromley", 370_000, .published("S14", period: "a year from 2012"),
                note: "'approximately £370,000' in Bromley"),
            CaseFigure(
                CaseFigure.Measure.annualSaving, partner: "bromley", 340_000, year: 2014, .published("S36", period: "2014"),
                note: "Bromley Staff Side: '£340k already lost through the introduction of shared services'"),
            CaseFigure(
                CaseFigure.Measure.postsLost, 35, year: 2012, .published("S19", period: "October 2012"),
                note: "the head of the shared service said 35 people lost jobs, not 70"),
        ],
        measures: [
            ServiceMeasure(
                "Weekly opening hours, Bromley libraries", before: 605, after: 527.5,
                .published("S36", period: "2014"), partner: "bromley", afterYear: 2014,
                note: "a separate budget decision of Bromley's, not a result of the shared service"),
        ],
        lessons: [
            "The Staff Side questioned 'how back office staff could be reduced by 50%' [S17]; the structure went ahead at 36 posts from 71 [S16].",
            "Job losses were counted differently: the press read '71 library posts … only 36 jobs' [S15] as 70 losses; the head of the shared service said 35 people lost jobs [S19].",
            "Once approved the start was brought forward by three months, to 1 January 2012 [S13].",
            "The arrangement was not permanent: it ran from 1 January 2012 to 31 December 2017 [S14].",
        ],
        ended: 2017,
        datesProvenance: .published("S13", "S14"),
        decidedOn: EvidenceDate(2011, month: 7), startedOn: EvidenceDate(2012, month: 1, day: 1),
        scale: [
            CaseFigure(CaseFigure.Measure.backOfficePosts, 71, year: 2011, .published("S16", period: "July 2011")),
            CaseFigure(CaseFigure.Measure.backOfficePosts, partner: "bexley", 35, year: 2011, .published("S16", period: "July 2011")),
            CaseFigure(CaseFigure.Measure.backOfficePosts, partner: "bromley", 36, year: 2011, .published("S16", period: "July 2011")),
            CaseFigure(
                CaseFigure.Measure.libraries, 27, year: 2010,
                .derived("S71", period: "April 2010", method: "Bexley 12 + Bromley 15 libraries statutory in April 2010, counted")),
            CaseFigure(
                CaseFigure.Measure.libraries, partner: "bexley", 12, year: 2010,
                .derived("S71", period: "April 2010", method: "rows statutory in April 2010, counted")),
            CaseFigure(
                CaseFigure.Measure.libraries, partner: "bromley", 15, year: 2010,
                .derived("S71", period: "April 2010", method: "rows statutory in April 2010, counted")),
        ],
        notes: [
            "The savings forecast and the reported savings differ in kind: 'more than £2m over the next three years' for both councils [S15] against about £400k a year in Bexley and about £370k a year in Bromley [S14].",
            "Public Libraries News reported Bromley's hope 'to save £350,000 by merging staffing' [S18]; it is Bromley's own plan, so it is set against Bromley's reported saving, never against both councils' £770k.",
            "Posts: 71 before and 36 after [S16][S15], so 35 fewer; the head of the shared service said 35 people lost jobs [S19]. Both accounts are recorded.",
            "The reported savings [S14] carry no year; the earliest dated report of a saving is Bromley's £340k in 2014 [S36].",
        ],
        sources: ["S13", "S14", "S15", "S16", "S17", "S18", "S19"]
    )
}
