import WorkbenchCore

/// Camden's profile: statistics from the LibrariesHacked copy of the ONS and Taskforce data [S71][S72], the April
/// 2010 branch list with what changed by 2016 [S71][S30], and the budget and savings figures of the 2011 library
/// savings programme (domain reference 2.2 D and 3.3).
enum CamdenProfile {
    static let profile = BoroughProfile(
        statistics: statistics,
        libraries: libraries,
        librariesSource: .derived(
            "S71", "S30", period: "April 2010 and July 2016",
            method: "rows of the Taskforce basic dataset for Camden; St Pancras, which has no row of its own, "
                + "added from the CPLUG list of 13 branches and shown with its replacement, Pancras Square"),
        figures: figures,
        arrangements: arrangements,
        notes: notes)

    static let statistics = AuthorityStatistics(
        id: "camden", name: "Camden", onsCode: "E09000007", isLondon: true,
        population: Sourced(241_059, .onsMid2015),
        hectares: Sourced(2_178.932, .published("S72")),
        deprivation: Sourced(
            DeprivationScores(
                multiple: 4.511, income: 4.594, employment: 5.383, education: 7.241, health: 5.534, crime: 3.556,
                housing: 5.008, environment: 1.699),
            .imd2015),
        ages: Sourced(
            AgeProfile(dependentChildren: 41_796, workingAge: 169_323, overSixty: 36_475),
            .onsMid2015),
        libraries2010: Sourced(
            13,
            .derived(
                "S71", "S30", period: "April 2010",
                method: "count of rows marked statutory in April 2010 (12), plus St Pancras library, which was "
                    + "replaced by Pancras Square in 2014 and has no row of its own")),
        libraries2016: Sourced(
            9, .statutoryCount2016),
        // Camden Town 44 + Highgate 29 + Holborn 49 + Kentish Town 49 + Kilburn 49 + Pancras Square 78
        // + Queen's Crescent 41 + Swiss Cottage 54 + West Hampstead 41 = 434
        weeklyHours: Sourced(
            434,
            .weeklyHours2016),
        annualSpend: Sourced(
            Money(millions: 8), .published("S27", period: "2011 (draft strategy 2011-14)")))

    static let libraries: [LibraryBranch] = [
        LibraryBranch(
            name: "Belsize Community Library", postcode: "NW3 3NR", statutory2016: false,
            operation2016: .communityRun, weeklyHours: 16, change: "run by The Winch from 2012"),
        LibraryBranch(
            name: "Camden Town Library", postcode: "NW1 1BD", weeklyHours: 44,
            change: "Open+ self-service planned for autumn 2016"),
        LibraryBranch(
            name: "Chalk Farm (now Primrose Hill Community Library)", postcode: "NW1 8YN", statutory2016: false,
            operation2016: .communityRun, weeklyHours: 28,
            change: "closed 31 March 2012; reopened 28 April 2012 as a community library"),
        LibraryBranch(
            name: "Highgate Library", postcode: "N19 5DH", operation2016: .communityRun, sharedSpace2016: true,
            weeklyHours: 29, change: "community partnership under an MoU; Camden provides 30 staff hours"),
        LibraryBranch(
            name: "Holborn Library", postcode: "WC1X 8PA", weeklyHours: 49,
            change: "complete refurbishment planned for 2018"),
        LibraryBranch(
            name: "Heath (now Keats Community Library)", postcode: "NW3 2RR", statutory2016: false,
            operation2016: .independentCommunity, weeklyHours: 42,
            change: "independent from March 2012, with no council support"),
        LibraryBranch(
            name: "Kentish Town Library", postcode: "NW5 2AA", weeklyHours: 49,
            change: "Open+ self-service planned for autumn 2016"),
        LibraryBranch(
            name: "Kilburn Library Centre", postcode: "NW6 5UH", weeklyHours: 49,
            change: "Open+ self-service planned for autumn 2016"),
        LibraryBranch(
            name: "St Pancras (replaced by Pancras Square Library)", postcode: "N1C 4AG", weeklyHours: 78,
            change: "replaced by Pancras Square in 2014; postcode and hours are Pancras Square's"),
        LibraryBranch(
            name: "Queen's Crescent Library", postcode: "NW5 4HH", weeklyHours: 41,
            change: "Open+ self-service planned for autumn 2016"),
        LibraryBranch(
            name: "Regent's Park", postcode: "NW1 3QT", statutory2016: false, operation2016: .closed,
            change: "closed 2013; some computer classes moved to the West Euston Partnership"),
        LibraryBranch(name: "Swiss Cottage Library", postcode: "NW3 3HA", weeklyHours: 54),
        LibraryBranch(
            name: "West Hampstead Library", postcode: "NW6 1AU", weeklyHours: 41,
            change: "Open+ self-service planned for autumn 2016"),
    ]

    static let figures: [ProfileFigure] = [
        ProfileFigure(
            .libraryBudget, "Libraries budget", 8_000_000, .pounds,
            .published("S27", period: "2011 (draft strategy 2011-14)")),
        ProfileFigure(
            .savings, "Savings to make over three years", 2_000_000, .pounds, .published("S27", period: "2011-14")),
        ProfileFigure(
            "savings-programme-2011", "Saving from the June 2011 library decision (\"could save\")", 1_600_000,
            .pounds, .published("S25", period: "2011")),
        ProfileFigure(
            "job-losses-2011", "Jobs lost under the 2011 library decision", 35, .count,
            .published("S25", period: "2011")),
        ProfileFigure(
            "chalk-farm-community-cost", "Chalk Farm users' group estimate of the yearly cost to keep it open",
            130_000, .pounds, .published("S25", period: "2011")),
        ProfileFigure(
            "further-cuts-2015", "Further cuts across nine public libraries", 800_000, .pounds,
            .published("S29", period: "about 2015")),
        ProfileFigure(
            .stockSpend, "Stock spend", 652_000, .pounds, .published("S28", period: "2007/08")),
        ProfileFigure(
            "book-spend", "Spend on books (part of stock spend)", 421_000, .pounds,
            .published("S28", period: "2007/08")),
        ProfileFigure(
            "renovation-spend", "Spent on renovations (\"over\")", 4_000_000, .pounds,
            .published("S28", period: "up to 2008")),
        ProfileFigure(
            "mobile-library-cost", "New mobile library (one-off)", 67_000, .pounds,
            .published("S28", period: "up to 2008")),
        ProfileFigure(
            "visits-per-resident", "Library visits per resident a year (UK average 7)", 10, .count,
            .published("S28", period: "2007/08")),
        ProfileFigure(
            "cost-per-loan", "Cost per loan (Good Library Blog)", 11.5, .pounds, .published("S75", period: "2005/06")),
        ProfileFigure(
            "highgate-staff-hours", "Staff hours Camden provides to the Highgate partnership (no period given)", 30, .hours,
            .published("S71", period: "2016")),
        ProfileFigure(
            .census2011Population, "Usual residents, 2011 Census", 220_300, .count,
            .published("S73", period: "2011 Census")),
        ProfileFigure(
            "ons-population-2010", "ONS mid-2010 population estimate, implied", 235_400, .count,
            .derived(
                "S73", period: "mid-2010",
                method: "2011 Census count 220,300 plus the 15,100 (6.4%) by which it fell short of the ONS 2010 "
                    + "estimate")),
        ProfileFigure(
            "libraries-2005", "Libraries in a 2005 parliamentary answer (appears to include mobiles)", 13, .count,
            .published("S70", period: "2005")),
        ProfileFigure(
            "population-2001", "Population in the same answer (appears to be the 2001 Census)", 198_020, .count,
            .published("S70", period: "2001 Census, as given in 2005")),
    ]

    static let arrangements: [Arrangement] = [
        Arrangement(
            .communityManaged, "Belsize, Chalk Farm and Heath handed to community groups (Cabinet decision June 2011)",
            since: 2012, Provenance(.published, ["S24", "S71"], period: "April 2012")),
        Arrangement(
            .networkChange,
            "Library savings programme: mobile library ceased, hours reduced everywhere, Regent's Park ceased "
                + "(closed 2013)",
            since: 2012, Provenance(.published, ["S24", "S71"], period: "2012-2013")),
        Arrangement(
            .coLocation, "Highgate shares space and is run in partnership with a Friends group", since: 2012,
            Provenance(.published, ["S24", "S71"], period: "2012-2016")),
        Arrangement(
            .networkChange, "Pancras Square Library replaces St Pancras", since: 2014,
            .published("S71", period: "2014")),
        Arrangement(
            .selfService, "Open+ self-service planned in five libraries", since: 2016,
            .published("S71", period: "autumn 2016 (planned)")),
    ]

    static let notes: [String] = [
        "Camden had 13 libraries in April 2010 [S30]; the Taskforce dataset has 12 rows marked statutory then because "
            + "St Pancras, replaced by Pancras Square in 2014, has no row of its own. It is listed here as one branch.",
        "CIPFA 2009-10 and 2010-11 figures were not found; the budget and savings are from the 2011 draft strategy "
            + "[S27] and the local press [S25].",
        "Branch hours are 2016 scheduled hours from the Taskforce dataset, not 2010 hours (opening hours were reduced "
            + "everywhere from April 2012 [S24]).",
        "Savings figures differ by source: £2m over three years in the draft strategy [S27], £1.6m in the press [S25]. "
            + "Transition funding for community libraries was offered for one year and council funding withdrawn "
            + "by April 2013 [S26].",
        "In 2007/08, 22% of residents were active borrowers [S28]. Camden had 101 people per hectare in 2011 [S73].",
    ]
}
