import WorkbenchCore

/// Bexley's profile: statistics from the LibrariesHacked copy of the ONS and Taskforce data [S71][S72], the April
/// 2010 branch list with what changed by 2016 [S71], and the shared-service and budget figures found (domain
/// reference 2.2 B and 3.3).
enum BexleyProfile {
    static let profile = BoroughProfile(
        statistics: statistics,
        libraries: libraries,
        librariesSource: .derived(
            "S71", period: "April 2010 and July 2016",
            method: "rows of the Taskforce basic dataset for Bexley; type, hours and notes as recorded in 2016"),
        figures: figures,
        arrangements: arrangements,
        notes: notes)

    static let statistics = AuthorityStatistics(
        id: "bexley", name: "Bexley", onsCode: "E09000004", isLondon: true,
        population: Sourced(242_142, .onsMid2015),
        hectares: Sourced(6_428.649, .published("S72")),
        deprivation: Sourced(
            DeprivationScores(
                multiple: 6.493, income: 5.966, employment: 6.205, education: 5.39, health: 7.808, crime: 5.288,
                housing: 4.849, environment: 6.548),
            .imd2015),
        ages: Sourced(
            AgeProfile(dependentChildren: 49_770, workingAge: 149_972, overSixty: 50_178),
            .onsMid2015),
        libraries2010: Sourced(
            12, .statutoryCount2010),
        libraries2016: Sourced(
            6, .statutoryCount2016),
        // Central 52 + Crayford 47.5 + Erith 49 + Sidcup 49 + Thamesmead 49 + Welling 47.5 = 294
        weeklyHours: Sourced(
            294,
            .weeklyHours2016),
        annualSpend: Sourced(
            Money(pounds: 4_393_000),
            .published("S40", period: "2020 (a decade after the baseline; no 2010 figure found)")))

    static let libraries: [LibraryBranch] = [
        LibraryBranch(
            name: "Bexley Village (Bexley Community Library)", postcode: "DA5 1LU", statutory2016: false,
            operation2016: .independentCommunity, sharedSpace2016: true, weeklyHours: 25,
            change: "community library from 5 July 2012"),
        LibraryBranch(
            name: "Blackfen Community Library", postcode: "DA15 9LU", statutory2016: false,
            operation2016: .independentCommunity, sharedSpace2016: true, weeklyHours: 27,
            change: "community library from 25 April 2016"),
        LibraryBranch(
            name: "Bostall Community Library", postcode: "DA7 5RE", statutory2016: false,
            operation2016: .independentCommunity, sharedSpace2016: true, weeklyHours: 27,
            change: "community library from 4 April 2016"),
        LibraryBranch(name: "Central Library (Bexleyheath)", postcode: "DA6 7HJ", weeklyHours: 52),
        LibraryBranch(
            name: "Crayford Library", postcode: "DA1 4FN", weeklyHours: 47.5,
            change: "moved to a new site, 17 November 2012"),
        LibraryBranch(name: "Erith Library", postcode: "DA8 1SL", weeklyHours: 49),
        LibraryBranch(
            name: "North Heath Community Library", postcode: "DA8 1HW", statutory2016: false,
            operation2016: .communityRun, sharedSpace2016: true, weeklyHours: 40,
            change: "community library from 11 April 2016"),
        LibraryBranch(
            name: "Sidcup Library", postcode: "DA14 4AQ", weeklyHours: 49, change: "refurbished 2015"),
        LibraryBranch(
            name: "Slade Green Community Library", postcode: "DA8 2EL", statutory2016: false,
            operation2016: .independentCommunity, sharedSpace2016: true, weeklyHours: 41,
            change: "community library from 13 October 2014"),
        LibraryBranch(
            name: "Thamesmead Library", postcode: "SE2 9TR", weeklyHours: 49,
            change: "in temporary accommodation from November 2013"),
        LibraryBranch(
            name: "Upper Belvedere Community Library", postcode: "DA17 5EQ", statutory2016: false,
            operation2016: .communityRun, sharedSpace2016: true, weeklyHours: 28.25,
            change: "community library from 11 April 2016"),
        LibraryBranch(
            name: "Welling Library", postcode: "DA16 3PA", weeklyHours: 47.5, change: "refurbished December 2010"),
    ]

    static let figures: [ProfileFigure] = [
        ProfileFigure(
            .libraryBudget, "Library service funding a year", 4_393_000, .pounds, .published("S40", period: "2020")),
        ProfileFigure(
            "net-controllable-budget", "Net controllable library budget", 2_910_000, .pounds,
            .published("S40", period: "2020")),
        ProfileFigure(
            .backOfficePosts, "Management and back-office staff before the shared service", 35, .count,
            .published("S16", period: "July 2011")),
        ProfileFigure(
            "joint-shared-service-posts", "Joint Bexley–Bromley structure replacing 71 posts (both boroughs)", 36,
            .count, .published("S16", period: "2011 plan")),
        ProfileFigure(
            .savings, "Shared-service saving a year (\"in the region of\")", 400_000, .pounds,
            .published("S14", period: "a year from 2012")),
        ProfileFigure(
            "joint-shared-service-saving-3yr", "Merger saving forecast over three years (both boroughs)", 2_000_000,
            .pounds, .published("S15", period: "2011 forecast for 2012–2014")),
        ProfileFigure(
            "joint-shared-service-job-losses", "Jobs lost in the merger, per the head of the shared service (both)", 35,
            .count, .published("S19", period: "2012")),
        ProfileFigure(
            "community-libraries", "April-2010 libraries run by community groups by July 2016", 6, .count,
            .derived(
                "S71", period: "2012–2016",
                method: "count of April-2010 libraries whose 2016 type is CRL or ICL in the Taskforce dataset")),
        ProfileFigure(
            "libraries-2005", "Libraries in a 2005 parliamentary answer (appears to include mobiles)", 13, .count,
            .published("S70", period: "2005")),
        ProfileFigure(
            "population-2001", "Population in the same answer (appears to be the 2001 Census)", 218_307, .count,
            .published("S70", period: "2001 Census, as given in 2005")),
    ]

    static let arrangements: [Arrangement] = [
        Arrangement(
            .sharedService,
            "Shared library management and back office with Bromley (decided July 2011, from 1 January 2012 to 31 "
                + "December 2017)",
            since: 2011, partners: ["bromley"], Provenance(.published, ["S13", "S14", "S16"], period: "2011–2017")),
        Arrangement(
            .communityManaged,
            "Six libraries handed to community groups (Bexley Village 2012, Slade Green 2014, four in April 2016)",
            since: 2012, .published("S71", period: "2012–2016")),
    ]

    static let notes: [String] = [
        "CIPFA 2009-10 and 2010-11 figures were not found; a CIPFA comparative profile for Bexley exists but only its "
            + "cover was readable. The only budget found is the 2020 consultation's £4,393,000 a year [S40].",
        "Bexley's 2011 Census population was not found.",
        "Branch hours are 2016 scheduled hours from the Taskforce dataset, not 2010 hours.",
        "The shared-service saving is given as in the region of £400,000 a year for Bexley [S14]; the News Shopper "
            + "reported 71 posts becoming 36 and more than £2m over three years for both boroughs [S15]; the head of "
            + "the shared service later said 35 people lost jobs, not 70 [S19].",
    ]
}
