import WorkbenchCore

/// Merton's profile: statistics from the LibrariesHacked copy of the ONS and Taskforce data [S71][S72], the April
/// 2010 branch list with what changed by 2016 [S71], and the figures found for 2010–2011 (domain reference 2.2 A and
/// H, and 3.3).
enum MertonProfile {
    static let profile = BoroughProfile(
        statistics: statistics,
        libraries: libraries,
        librariesSource: .derived(
            "S71", period: "April 2010 and July 2016",
            method: "rows of the Taskforce basic dataset for Merton, including the temporary Colliers Wood library "
                + "(statutory in 2016 only); type, hours and notes as recorded in 2016"),
        figures: figures,
        arrangements: arrangements,
        notes: notes)

    static let statistics = AuthorityStatistics(
        id: "merton", name: "Merton", onsCode: "E09000024", isLondon: true,
        population: Sourced(204_565, .onsMid2015),
        hectares: Sourced(3_762.466, .published("S72")),
        deprivation: Sourced(
            DeprivationScores(
                multiple: 6.734, income: 6.298, employment: 7.145, education: 7.427, health: 7.669, crime: 4.645,
                housing: 5.952, environment: 3.871),
            .imd2015),
        ages: Sourced(
            AgeProfile(dependentChildren: 42_093, workingAge: 135_880, overSixty: 32_573),
            .onsMid2015),
        libraries2010: Sourced(
            7, .statutoryCount2010),
        libraries2016: Sourced(
            7, .statutoryCount2016),
        // Colliers Wood (temporary) 45.5 + Mitcham 55 + Morden 55 + Pollards Hill 45.5 + Raynes Park 45.5
        // + West Barnes 45.5 + Wimbledon 55 = 347
        weeklyHours: Sourced(
            347,
            .weeklyHours2016))

    static let libraries: [LibraryBranch] = [
        LibraryBranch(
            name: "Donald Hope Library (Colliers Wood)", postcode: "SW19 2HR", statutory2016: false,
            operation2016: .temporarilyClosed,
            change: "temporarily closed for rebuilding, due to reopen 2017; hours cut by 4 a week after the December "
                + "2010 proposals"),
        LibraryBranch(
            name: "Colliers Wood Library (temporary)", postcode: "SW19 2HR", statutory2010: false, weeklyHours: 45.5,
            change: "temporary library while Donald Hope is rebuilt"),
        LibraryBranch(name: "Mitcham Library", postcode: "CR4 2YR", weeklyHours: 55),
        LibraryBranch(name: "Morden Library", postcode: "SM4 5DX", weeklyHours: 55),
        LibraryBranch(name: "Pollards Hill Library", postcode: "CR4 1LT", weeklyHours: 45.5),
        LibraryBranch(name: "Raynes Park Library", postcode: "SW20 8BA", weeklyHours: 45.5),
        LibraryBranch(
            name: "West Barnes Library", postcode: "KT3 6JF", weeklyHours: 45.5,
            change: "proposed for closure December 2010; kept with hours cut by 4 a week"),
        LibraryBranch(name: "Wimbledon Library", postcode: "SW19 7NB", weeklyHours: 55),
    ]

    static let figures: [ProfileFigure] = [
        // No 2009-11 budget was found (CIPFA's figures are not open; see the notes): an estimate, never published.
        ProfileFigure(
            .libraryBudget, "Library budget a year (ESTIMATE: London spend a head × population)", 4_787_649, .pounds,
            .estimate(
                "S3", "S72", period: "2010 spend a head, mid-2015 population",
                method: "no published 2009-11 figure found: population 204,565 (ONS mid-2015 [S72]) × £23.404 a head, "
                    + "London's £203m library spend [S3] ÷ 8,673,713, the 33 London authorities' mid-2015 population "
                    + "[S72] = £4.79m, the same per-head estimate the partnership models use for boroughs without a "
                    + "budget")),
        ProfileFigure(
            "west-barnes-closure-saving", "Saving from closing West Barnes library (\"up to\"; not taken)", 94_000,
            .pounds, .published("S34", period: "December 2010")),
        ProfileFigure(
            "hours-cut-per-library", "Weekly opening hours cut at each of West Barnes and Donald Hope", 4, .hours,
            .published("S35", period: "after December 2010")),
        ProfileFigure(
            "consortium-boroughs", "Boroughs in the London Libraries Consortium when Merton joined", 15, .count,
            .published("S10", period: "September 2011")),
        ProfileFigure(
            .census2011Population, "Usual residents, 2011 Census", 199_693, .count,
            .published("S73", period: "2011 Census")),
    ]

    static let arrangements: [Arrangement] = [
        Arrangement(
            .procurementConsortium,
            "Joins the London Libraries Consortium: stock consortium live May 2011, smartsm stock management and the "
                + "Axiell LMS framework",
            since: 2011, partners: ["havering", "wandsworth", "redbridge", "lewisham", "kingston-upon-thames"],
            .published("S10", "S9", "S11", period: "May-September 2011")),
        Arrangement(
            .networkChange, "Opening hours cut by 4 a week at West Barnes and Donald Hope instead of closing West Barnes",
            since: 2011, Provenance(.published, ["S34", "S35"], period: "after December 2010")),
        Arrangement(
            .networkChange, "Donald Hope closed for rebuilding; temporary Colliers Wood library", since: 2016,
            .published("S71", period: "2016")),
    ]

    static let notes: [String] = [
        "CIPFA 2009-10 and 2010-11 figures were not found, and no Merton library budget or staffing figure for "
            + "2009-2011 was found. Merton's councillors required \"a very strong case for savings and return on "
            + "investment\" before joining the consortium [S10].",
        "Branch hours are 2016 scheduled hours from the Taskforce dataset, not 2010 hours; the 2016 total includes the "
            + "temporary Colliers Wood library (45.5 h) standing in for Donald Hope.",
        "The consortium partners listed are the members the sources name (founders Havering, Wandsworth and "
            + "Redbridge; Lewisham and Kingston from January 2011); the consortium had 15 boroughs in September 2011 "
            + "[S9][S10][S11]. Its founding is described differently in 2007 and 2017+ sources [S8][S11].",
        "The sources do not date the cut of 4 hours a week at West Barnes and Donald Hope beyond following the "
            + "December 2010 proposals [S34][S35]; the arrangement is recorded as starting in 2011.",
        "A Merton council minute of about 2015 claims library usage \"the highest in London\" [S78b]. No Merton-Sutton "
            + "shared library service was found for 2008-2012.",
    ]
}
