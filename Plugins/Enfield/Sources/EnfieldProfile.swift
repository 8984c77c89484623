import WorkbenchCore

/// Enfield's profile: statistics from the LibrariesHacked copy of the ONS and Taskforce data [S71][S72], the April
/// 2010 branch list with what changed by 2016 [S71], and the later figures found (domain reference 2.2 G and 3.3).
enum EnfieldProfile {
    static let profile = BoroughProfile(
        statistics: statistics,
        libraries: libraries,
        librariesSource: .derived(
            "S71", period: "April 2010 and July 2016",
            method: "rows of the Taskforce basic dataset for Enfield; type, hours (h:mm read as hours and minutes) "
                + "and notes as recorded in 2016"),
        figures: figures,
        arrangements: arrangements,
        notes: notes)

    static let statistics = AuthorityStatistics(
        id: "enfield", name: "Enfield", onsCode: "E09000010", isLondon: true,
        population: Sourced(328_433, .onsMid2015),
        hectares: Sourced(8_220.025, .published("S72")),
        deprivation: Sourced(
            DeprivationScores(
                multiple: 4.24, income: 3.623, employment: 4.568, education: 5.404, health: 6.699, crime: 3.131,
                housing: 2.683, environment: 4.317),
            .imd2015),
        ages: Sourced(
            AgeProfile(dependentChildren: 74_791, workingAge: 209_083, overSixty: 54_305),
            .onsMid2015),
        libraries2010: Sourced(
            17, .statutoryCount2010),
        libraries2016: Sourced(
            17, .statutoryCount2016),
        // 19 + 25 + 23 + 56.5 + 36 + 20 + 62.5 + 38 + 48 + 44 + 53.5 + 49.5 + 49.5 + 43 + 52.5 + 47.5 + 36.5 = 704
        weeklyHours: Sourced(
            704,
            .weeklyHours2016))

    static let libraries: [LibraryBranch] = [
        LibraryBranch(
            name: "Angel Raynham", postcode: "N18 2JQ", weeklyHours: 19, change: "in Raynham Primary School"),
        LibraryBranch(name: "Bowes Road", postcode: "N11 1BD", weeklyHours: 25),
        LibraryBranch(name: "Bullsmoor", postcode: "EN1 4QS", weeklyHours: 23),
        LibraryBranch(
            name: "Edmonton Green", postcode: "N9 0TN", weeklyHours: 56.5,
            change: "closure for major refurbishment planned, September 2016 to summer 2017"),
        LibraryBranch(
            name: "Enfield Highway", postcode: "EN3 5BN", weeklyHours: 36,
            change: "reconfiguration as a shared space planned, 2016"),
        LibraryBranch(name: "Enfield Island Village", postcode: "EN3 6GS", weeklyHours: 20),
        LibraryBranch(name: "Enfield Town", postcode: "EN2 6AX", weeklyHours: 62.5),
        LibraryBranch(name: "Fore Street", postcode: "N18 2XF", weeklyHours: 38),
        LibraryBranch(
            name: "John Jackson", postcode: "EN1 1DW", operation2016: .communityRun, sharedSpace2016: true,
            weeklyHours: 48, change: "reconfigured as a space shared with a partner organisation, 2016"),
        LibraryBranch(name: "Millfield House", postcode: "N18 1PJ", weeklyHours: 44),
        LibraryBranch(name: "Oakwood", postcode: "N14 4XA", weeklyHours: 53.5),
        LibraryBranch(
            name: "Ordnance (Unity Centre)", postcode: "EN3 6ND", weeklyHours: 49.5,
            change: "former Ordnance Road library, major refurbishment 2014"),
        LibraryBranch(
            name: "Palmers Green", postcode: "N13 4EY", weeklyHours: 49.5, change: "major refurbishment 2015"),
        LibraryBranch(
            name: "Ponders End", postcode: "EN3 4EY", operation2016: .communityRun, sharedSpace2016: true,
            weeklyHours: 43, change: "reconfigured as a space shared with a partner organisation, 2016"),
        LibraryBranch(
            name: "Ridge Avenue", postcode: "N21 2RH", operation2016: .communityRun, sharedSpace2016: true,
            weeklyHours: 52.5, change: "reconfigured as a shared space, 2016 (16 of 52.5 hours staffed)"),
        LibraryBranch(
            name: "Southgate Circus", postcode: "N14 6BP", weeklyHours: 47.5,
            change: "reconfiguration as a shared space planned, 2016"),
        LibraryBranch(
            name: "Winchmore Hill", postcode: "N21 3AP", weeklyHours: 36.5,
            change: "reconfiguration as a shared space planned, 2016"),
    ]

    static let figures: [ProfileFigure] = [
        // No 2009-11 budget was found (CIPFA's figures are not open; see the notes): an estimate, never published.
        ProfileFigure(
            .libraryBudget, "Library budget a year (ESTIMATE: London spend a head × population)", 7_686_662, .pounds,
            .estimate(
                "S3", "S72", period: "2010 spend a head, mid-2015 population",
                method: "no published 2009-11 figure found: population 328,433 (ONS mid-2015 [S72]) × £23.404 a head, "
                    + "London's £203m library spend [S3] ÷ 8,673,713, the 33 London authorities' mid-2015 population "
                    + "[S72] = £7.69m, the same per-head estimate the partnership models use for boroughs without a "
                    + "budget")),
        ProfileFigure(
            "libraries-2014", "Libraries in an FOI requester's words (plus the mobile library), not the council's", 16, .count,
            .estimate("S38", period: "about 2014", method: "the requester's words in an FOI request [S38], not a figure the council gave")),
        ProfileFigure(
            "mobile-libraries", "Mobile libraries in the same FOI requester's words", 1, .count,
            .estimate("S38", period: "about 2014", method: "the requester's words in an FOI request [S38], not a figure the council gave")),
        ProfileFigure(
            "libraries-2024", "Libraries in 2024 (\"the highest number of any London borough\")", 17, .count,
            .published("S37", period: "2024")),
        ProfileFigure(
            "closure-proposal-2024-libraries", "Libraries proposed for closure in 2024", 8, .count,
            .published("S37", period: "2024 proposal")),
        ProfileFigure(
            "closure-proposal-2024-saving-low", "Yearly saving of the 2024 closure proposal, low end", 570_000, .pounds,
            .published("S37", period: "2024 proposal")),
        ProfileFigure(
            "closure-proposal-2024-saving-high", "Yearly saving of the 2024 closure proposal, high end", 630_000,
            .pounds, .published("S37", period: "2024 proposal")),
        ProfileFigure(
            "closure-proposal-2024-capital", "Capital receipts of the 2024 closure proposal (\"up to\")", 3_250_000,
            .pounds, .published("S37", period: "2024 proposal")),
        ProfileFigure(
            "shared-space-libraries", "Libraries reconfigured as shared spaces by July 2016", 3, .count,
            .derived("S71", period: "2016", method: "count of Enfield libraries whose 2016 type is CRL+")),
        ProfileFigure(
            .census2011Population, "Usual residents, 2011 Census", 312_500, .count,
            .published("S73", period: "2011 Census")),
        ProfileFigure(
            "libraries-2005", "Libraries in a 2005 parliamentary answer (appears to include mobiles)", 14, .count,
            .published("S70", period: "2005")),
        ProfileFigure(
            "population-2001", "Population in the same answer (appears to be the 2001 Census)", 273_559, .count,
            .published("S70", period: "2001 Census, as given in 2005")),
    ]

    static let arrangements: [Arrangement] = [
        Arrangement(
            .networkChange, "Consultation on four flagship libraries with most others co-located community libraries",
            since: 2014, .published("S39", period: "about 2014-15")),
        Arrangement(
            .coLocation, "John Jackson, Ponders End and Ridge Avenue reconfigured as spaces shared with partners",
            since: 2016, .published("S71", period: "2016")),
        Arrangement(
            .networkChange, "Proposal to close 8 of 17 libraries", since: 2024, .published("S37", period: "2024")),
    ]

    static let notes: [String] = [
        "CIPFA 2009-10 and 2010-11 figures were not found, and no 2010 budget, staffing or savings figure for Enfield "
            + "was found; the figures here are later (2014 FOI, 2024 proposal) and dated accordingly.",
        "Branch hours are 2016 scheduled hours from the Taskforce dataset, not 2010 hours; the dataset writes most of "
            + "Enfield's as h:mm (47:30 is 47.5 hours).",
        "The library count conflicts between sources: 17 statutory in April 2010 and 2016 [S71], \"the current 16 "
            + "libraries and the mobile library\" in the words of an FOI requester of about 2014 (not the council's) [S38], "
            + "17 again in 2024 [S37].",
        "The 2011 Census population is 312,500 per the local press and \"313,000\" per the GLA [S73]. The eight "
            + "libraries to be kept under the 2024 proposal took 85% of visits in 2023/24 [S37].",
    ]
}
