import WorkbenchCore

extension CaseLibrary {
    /// The London Libraries Consortium: a shared library management system, shared catalogue and stock purchasing
    /// consortium from 2004 (domain reference 2.2 A and 5.3). Merton's joining is Merton's own case.
    static let londonLibrariesConsortium = CaseStudy(
        id: "london-libraries-consortium",
        title: "London Libraries Consortium (shared LMS, shared catalogue, stock consortium)",
        kind: .procurement,
        partners: ["havering", "wandsworth", "redbridge", "lewisham", "kingston-upon-thames", "merton", "sutton"],
        decided: 2004,
        started: 2004,
        changes: [
            "Formed in 2004 by Havering, Wandsworth and Redbridge; Havering procured a single-supplier framework for a library management system [S11].",
            "A shared catalogue of about 5 million items for ten authorities and nearly two and a half million people by 2007 [S8].",
            "Stock bought together: shared tendering costs, higher order volumes and standardised servicing gave higher supplier discounts [S8].",
            "January 2011: Lewisham and Kingston joined, making 14 boroughs, over 6 million items and 150 branches [S9].",
            "September 2011: Merton joined, making 15 boroughs and over 3.6 million residents [S10].",
            "Sutton became lead authority in April 2017; by 2020 the renamed consortium had 20 authorities and a SirsiDynix LMS live since March 2019 [S12][S11].",
        ],
        reported: [
            CaseFigure(
                CaseFigure.Measure.annualSaving, partner: "havering", 100_000, year: 2006,
                .published("S8", period: "by 2006/07"),
                note: "the lead authority 'has already made savings in the region of £100,000 and expects similar saving this year (2006/07)'"),
        ],
        measures: [
            ServiceMeasure(
                "Cost of adding a book to stock, Havering (index, after = 1)", before: 8, after: 1,
                .derived("S8", period: "2007", method: "'the cost of adding books to stock has fallen over eightfold', read as before = 8 × after (the fall was at least this)"),
                partner: "havering", afterYear: 2007, higherIsBetter: false),
            ServiceMeasure(
                "Issues (index, before = 100)", before: 100, after: 109,
                .derived("S8", period: "2007", method: "'Issues have gone up 9% for the last two years', read as 9% over the two years (it may mean 9% in each)"),
                beforeYear: 2005, afterYear: 2007),
            ServiceMeasure(
                "Items in the shared catalogue", before: 5_000_000, after: 6_000_000, .published("S8", "S9"),
                beforeYear: 2007, afterYear: 2011, note: "the catalogue grew as members joined"),
        ],
        lessons: [
            "Savings came from shared tendering costs, higher order volumes and standardised servicing, which gave higher supplier discounts [S8].",
            "In Havering the cost of adding books to stock fell more than eightfold [S8].",
            "New members had to make their own case: Merton 'were required by our councillors to prove a very strong case for savings and return on investment' [S10].",
            "Some authorities 'have invested in technology that makes joint working harder' [S3]: a shared system is easier to join before local systems are renewed.",
        ],
        datesProvenance: .published("S11"),
        scale: [
            CaseFigure(CaseFigure.Measure.authorities, 10, year: 2007, .published("S8", period: "2007")),
            CaseFigure(
                CaseFigure.Measure.population, 2_500_000, year: 2007, .published("S8", period: "2007"),
                note: "'nearly two and a half million people'"),
            CaseFigure(
                CaseFigure.Measure.libraries, partner: "havering", 10, year: 2010,
                .derived("S71", period: "April 2010", method: "rows statutory in April 2010, counted")),
            CaseFigure(CaseFigure.Measure.libraries, 150, year: 2011, .published("S9", period: "January 2011"),
                note: "150 branches across 14 boroughs"),
        ],
        notes: [
            "Two founding accounts conflict: formed in 2004 by Havering, Wandsworth and Redbridge [S11], or 'originally set up as a stock purchasing consortium of six partner boroughs' [S8]. Both are recorded.",
            "No planned savings for the consortium were found, and the only reported saving is the lead authority's (Havering, about £100k a year) [S8].",
            "Partners listed are the members named in the sources; the 2007 membership of ten and the 2020 membership of 20 are not all named [S8][S12].",
        ],
        sources: ["S3", "S8", "S9", "S10", "S11", "S12"]
    )
}
