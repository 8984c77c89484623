import WorkbenchCore

/// Bromley's profile: statistics from the LibrariesHacked copy of the ONS and Taskforce data [S71][S72], the April
/// 2010 branch list with what changed by 2016 [S71], and the budget, staffing and hours figures found in committee
/// minutes and the press (domain reference 2.2 B and 3.3).
enum BromleyProfile {
    static let profile = BoroughProfile(
        statistics: statistics,
        libraries: libraries,
        librariesSource: .derived(
            "S71", period: "April 2010 and July 2016",
            method: "rows of the Taskforce basic dataset for Bromley; type, hours and notes as recorded in 2016"),
        figures: figures,
        arrangements: arrangements,
        notes: notes)

    static let statistics = AuthorityStatistics(
        id: "bromley", name: "Bromley", onsCode: "E09000006", isLondon: true,
        population: Sourced(324_857, .onsMid2015),
        hectares: Sourced(15_013.487, .published("S72")),
        deprivation: Sourced(
            DeprivationScores(
                multiple: 6.832, income: 6.538, employment: 6.898, education: 7.305, health: 7.99, crime: 4.589,
                housing: 4.406, environment: 6.355),
            .imd2015),
        ages: Sourced(
            AgeProfile(dependentChildren: 64_585, workingAge: 200_288, overSixty: 70_825),
            .onsMid2015),
        libraries2010: Sourced(
            15, .statutoryCount2010),
        libraries2016: Sourced(
            14, .statutoryCount2016),
        // 43.5 + 78 + 52 + 21.5 + 42 + 21.5 + 28.5 + 51.5 + 43.5 + 42 + 27.5 + 27.5 + 27.5 + 42 = 548.5
        weeklyHours: Sourced(
            548.5,
            .weeklyHours2016))

    static let libraries: [LibraryBranch] = [
        LibraryBranch(
            name: "Anerley Town Hall", postcode: "SE20 8BD", statutory2016: false, operation2016: .closed,
            weeklyHours: 0, change: "closed 2014, merged into the new Penge library; self-service book locker"),
        LibraryBranch(name: "Beckenham Library", postcode: "BR3 4PE", weeklyHours: 43.5),
        LibraryBranch(
            name: "Biggin Hill Memorial Library and Pool", postcode: "TN16 3LB", weeklyHours: 78,
            change: "78 scheduled hours, of which 58.5 staffed"),
        LibraryBranch(name: "Bromley Central Library", postcode: "BR1 1EX", weeklyHours: 52),
        LibraryBranch(name: "Burnt Ash Library", postcode: "BR1 5AF", weeklyHours: 21.5),
        LibraryBranch(name: "Chislehurst Library", postcode: "BR7 6DA", weeklyHours: 42),
        LibraryBranch(name: "Hayes Library", postcode: "BR2 7LH", weeklyHours: 21.5),
        LibraryBranch(name: "Mottingham Library", postcode: "SE9 4QZ", weeklyHours: 28.5),
        LibraryBranch(name: "Orpington Library", postcode: "BR6 0TW", weeklyHours: 51.5),
        LibraryBranch(
            name: "Penge Library", postcode: "SE20 7JX", weeklyHours: 43.5,
            change: "new building (2014) replaced Penge (Maple Road) and Anerley"),
        LibraryBranch(name: "Petts Wood Library", postcode: "BR5 1BP", weeklyHours: 42),
        LibraryBranch(name: "Shortlands Library", postcode: "BR2 0JP", weeklyHours: 27.5),
        LibraryBranch(name: "Southborough Library", postcode: "BR2 8AP", weeklyHours: 27.5),
        LibraryBranch(name: "St Paul's Cray Library", postcode: "BR5 2RW", weeklyHours: 27.5),
        LibraryBranch(name: "West Wickham Library", postcode: "BR4 0SH", weeklyHours: 42),
    ]

    static let figures: [ProfileFigure] = [
        // No 2009-11 budget was found (CIPFA's figures are not open; see the notes): an estimate, never published.
        ProfileFigure(
            .libraryBudget, "Library budget a year (ESTIMATE: London spend a head × population)", 7_602_969, .pounds,
            .estimate(
                "S3", "S72", "S36", "S77", period: "2010 spend a head, mid-2015 population",
                method: "no published 2009-11 figure found: population 324,857 (ONS mid-2015 [S72]) × £23.404 a head, "
                    + "London's £203m library spend [S3] ÷ 8,673,713, the 33 London authorities' mid-2015 population "
                    + "[S72] = £7.60m, the same per-head estimate the partnership models use for boroughs without a "
                    + "budget. Cross-check from Bromley's own figures: 111 FTE × £31,250 an FTE [S36] = £3.47m of staff ÷ "
                    + "Brent's 45.7% staff share of its 2010/11 budget [S77] = £7.59m")),
        ProfileFigure(
            "mobile-libraries", "Mobile libraries (closed by 2014)", 1, .count,
            .published("S36", period: "before 2014, as cited in 2014")),
        ProfileFigure(
            .weeklyHours, "Total weekly opening hours before the 2014 reductions", 605, .hours,
            .published("S36", period: "before 2014, as cited in 2014")),
        ProfileFigure(
            "weekly-hours-2014", "Total weekly opening hours after the 2014 reductions", 527.5, .hours,
            .published("S36", period: "2014")),
        ProfileFigure(.staffFTE, "Library staff complement", 111, .fte, .published("S36", period: "2014")),
        ProfileFigure(
            "staff-reduction-fte", "Staff reduction cited by a residents' deputation", 8, .fte,
            .published("S36", period: "2014")),
        ProfileFigure(
            "staff-reduction-saving", "Saving from the 8 FTE reduction cited by the deputation", 250_000, .pounds,
            .published("S36", period: "2014")),
        ProfileFigure(
            "cost-per-fte", "Implied cost per FTE", 31_250, .pounds,
            .derived("S36", period: "2014", method: "£250,000 divided by 8 FTE, both from the residents' deputation")),
        ProfileFigure(
            "budget-reduction", "Library budget reduction 2014/15", 300_000, .pounds,
            .published("S36", period: "2014/15")),
        ProfileFigure(
            "rfid-cost", "RFID self-service installed in all libraries (one-off)", 275_000, .pounds,
            .published("S36", period: "2014")),
        ProfileFigure(
            .backOfficePosts, "Management and back-office staff before the shared service", 36, .count,
            .published("S16", period: "July 2011")),
        ProfileFigure(
            "joint-shared-service-posts", "Joint Bexley–Bromley structure replacing 71 posts (both boroughs)", 36,
            .count, .published("S16", period: "2011 plan")),
        ProfileFigure(
            .savings, "Shared-service saving a year (\"approximately\")", 370_000, .pounds,
            .published("S14", period: "a year from 2012")),
        ProfileFigure(
            "shared-service-loss", "Reduction \"already lost through the introduction of shared services\" (Staff Side)",
            340_000, .pounds, .published("S36", period: "by 2014")),
        ProfileFigure(
            "joint-shared-service-saving-3yr", "Merger saving forecast over three years (both boroughs)", 2_000_000,
            .pounds, .published("S15", period: "2011 forecast for 2012–2014")),
        ProfileFigure(
            "joint-shared-service-job-losses", "Jobs lost in the merger, per the head of the shared service (both)", 35,
            .count, .published("S19", period: "2012")),
        ProfileFigure(
            .census2011Population, "Usual residents, 2011 Census", 309_400, .count,
            .published("S73", period: "2011 Census")),
        ProfileFigure(
            "libraries-2005", "Libraries in a 2005 parliamentary answer (appears to include mobiles)", 18, .count,
            .published("S70", period: "2005")),
        ProfileFigure(
            "population-2001", "Population in the same answer (appears to be the 2001 Census)", 295_532, .count,
            .published("S70", period: "2001 Census, as given in 2005")),
    ]

    static let arrangements: [Arrangement] = [
        Arrangement(
            .sharedService,
            "Shared library management and back office with Bexley (decided July 2011, from 1 January 2012 to 31 "
                + "December 2017)",
            since: 2011, partners: ["bexley"], Provenance(.published, ["S13", "S14", "S16"], period: "2011–2017")),
        Arrangement(
            .selfService, "RFID self-service in all libraries", since: 2014, .published("S36", period: "2014")),
        Arrangement(
            .networkChange,
            "Mobile library closed; Penge and Anerley merged in a new Penge library; hours 605 to 527.5 a week",
            since: 2014, Provenance(.published, ["S36", "S71"], period: "2014")),
        Arrangement(
            .trustOrProvider, "Library service contracted to GLL", since: 2017, .published("S42", period: "2017")),
    ]

    static let notes: [String] = [
        "CIPFA 2009-10 and 2010-11 figures (expenditure, visits, issues, FTE, hours, cost per visit) were not found; the "
            + "budget, staffing and hours figures are from 2011 and 2014 committee papers and the press.",
        "Branch hours are 2016 scheduled hours from the Taskforce dataset, not 2010 hours; the 2016 total (548.5 h) "
            + "differs from the 527.5 h the 2014 minutes give, partly because Biggin Hill's 78 scheduled hours include "
            + "19.5 unstaffed hours (58.5 staffed).",
        "The shared-service saving is given as about £370,000 a year for Bromley [S14]; the News Shopper reported more "
            + "than £2m over three years for both boroughs [S15] and Public Libraries News £350,000 [S18]. The Staff "
            + "Side questioned how back-office staff could be reduced by 50% [S17].",
        "In 2011 Bromley had 20.6 people per hectare, the lowest density in London, and 16.8% of residents were aged "
            + "65 or over [S73].",
    ]
}
