import Testing
import WorkbenchCore
import WorkbenchToolkit

/// The options framework assesses each choice from the borough's own position (issue 22): measured access, spend
/// against neighbours, libraries for RFID, deprivation, what it already has; each criterion once.
@Suite("Options from the borough's position")
struct PositionAssessmentTests {
    /// The workspace's objectives as shipped (value-for-money is also a standard factor).
    static let objectives = [
        SpendingObjective(id: "reduce-cost", text: "Reduce the cost of the library service through collaboration."),
        SpendingObjective(id: "value-for-money", text: "Achieve better value for money."),
        SpendingObjective(id: "maintain-access", text: "Keep public access to libraries: 99% live within a mile of one."),
    ]
    /// The standard factors and the workspace's own hours factor.
    static let factors = CriticalSuccessFactor.standard + [
        CriticalSuccessFactor(
            id: "public-access", title: "Public access maintained",
            question: "Keeps libraries open, and opening hours near the PLSS 2 standard of 128 a year per 1,000 people"),
    ]

    /// A borough with the statistics the position rules read.
    static func borough(
        _ id: BoroughID, population: Double, libraries: Int, weeklyHours: Double, imd: Double,
        budget: Double? = nil, budgetProvenance: Provenance = .published("S27"), arrangements: [Arrangement] = []
    ) -> BoroughProfile {
        let source = Provenance.published("S72")
        return BoroughProfile(
            statistics: AuthorityStatistics(
                id: id, name: id.rawValue.prefix(1).uppercased() + id.rawValue.dropFirst(), population: Sourced(population, source),
                deprivation: Sourced(
                    DeprivationScores(
                        multiple: imd, income: imd, employment: imd, education: imd, health: imd, crime: imd, housing: imd,
                        environment: imd), source),
                libraries2010: Sourced(libraries, .published("S71")), weeklyHours: Sourced(weeklyHours, .published("S71"))),
            libraries: [], librariesSource: .published("S71"),
            figures: budget.map { [ProfileFigure(.libraryBudget, "Budget", $0, .pounds, budgetProvenance)] } ?? [],
            arrangements: arrangements)
    }

    static func appraise(_ profile: BoroughProfile, comparators: FrameworkComparators) throws -> OptionsAppraisal {
        try StrategicOptionsFramework().appraise(
            FrameworkInputs(
                subject: SubjectInputs(
                    subject: Subject([profile.id]), profiles: [profile],
                    assumptions: Assumptions(horizonYears: 10, priceBaseYear: FinancialYear(startYear: 2010))),
                objectives: objectives, factors: factors, comparators: comparators),
            rules: [])
    }

    static func choice(_ appraisal: OptionsAppraisal, _ id: OptionID) throws -> OptionChoice {
        try #require(appraisal.longList.first { $0.id == id })
    }

    static func score(_ choice: OptionChoice, _ criterion: String) -> CriterionAssessment? {
        choice.assessments.first { $0.criterion == criterion }
    }

    /// London-like comparators: median 24,000 people per library.
    static let pool = FrameworkComparators(pool: "the test pool", medianPeoplePerLibrary: 24_000)

    @Test("Two boroughs in different positions get different, explained access scores for network changes")
    func accessIsMeasured() throws {
        // Sparse: 300,000 people, 10 libraries (30,000 each, 25% above the median), 300 hours a week (52 a year per
        // 1,000, 41% of the standard). Dense: 200,000 people, 12 libraries (16,667 each), 600 hours (156 per 1,000).
        let sparse = try Self.appraise(
            Self.borough("sparse", population: 300_000, libraries: 10, weeklyHours: 300, imd: 7), comparators: Self.pool)
        let dense = try Self.appraise(
            Self.borough("dense", population: 200_000, libraries: 12, weeklyHours: 600, imd: 7), comparators: Self.pool)
        let cut = try Self.choice(sparse, "network-change")
        #expect(cut.status == .discounted)
        #expect(Self.score(cut, "maintain-access")?.score == 0)
        #expect(Self.score(cut, "maintain-access")?.reason.contains("30,000 people per library") == true)
        #expect(Self.score(cut, "maintain-access")?.reason.contains("25% above the median of the test pool (24,000)") == true)
        #expect(Self.score(cut, "public-access")?.score == 0)
        #expect(Self.score(cut, "public-access")?.reason.contains("52.0 opening hours a year per 1,000 people") == true)
        #expect(cut.reason.hasPrefix("Discounted: fails 'maintain-access' (30,000 people per library"))

        let trim = try Self.choice(dense, "network-change")
        #expect(trim.status != .discounted)
        #expect(Self.score(trim, "maintain-access")?.score == 2)
        #expect(Self.score(trim, "public-access")?.score == 3)
        #expect(Self.score(trim, "public-access")?.reason.contains("156.0 opening hours") == true)
        #expect(trim.reason.contains("from its position: hours 122% of the standard (hours 3); 16,667 people per library (reach 2)"))
        #expect(cut.totalScore != trim.totalScore)
        // The figures used are listed for the reply.
        #expect(dense.position.map(\.measure).contains("People per library"))
        #expect(dense.position.first { $0.measure == "Opening hours a year per 1,000" }?.value == "156.0 (2016 [S71])")
    }

    @Test("Deprivation takes one off the access proxy; a measured access test replaces the proxy")
    func deprivationAndTheAccessSeam() throws {
        let deprived = try Self.appraise(
            Self.borough("deprived", population: 200_000, libraries: 12, weeklyHours: 600, imd: 3), comparators: Self.pool)
        let reach = Self.score(try Self.choice(deprived, "network-change"), "maintain-access")
        #expect(reach?.score == 1)
        #expect(reach?.reason.contains("less 1 for deprivation (IMD 2015 score 3.0 of 10 [S72]") == true)

        var measured = Self.pool
        measured.access = ["deprived": MeasuredAccess(score: 3, reason: "99% of residents within a mile after the change (test)")]
        let withGeography = try Self.appraise(
            Self.borough("deprived", population: 200_000, libraries: 12, weeklyHours: 600, imd: 3), comparators: measured)
        let geography = Self.score(try Self.choice(withGeography, "network-change"), "maintain-access")
        #expect(geography?.score == 3)
        #expect(geography?.reason == "99% of residents within a mile after the change (test)")
        // Only network changes are measured so: RFID keeps the catalogue's service score.
        #expect(Self.score(try Self.choice(withGeography, "self-service-rfid"), "maintain-access")?.score == 3)
    }

    @Test("Spend against the nearest neighbours moves the saving of budget-share solutions; an estimate is not compared")
    func spendAgainstNeighbours() throws {
        var comparators = Self.pool
        comparators.neighbours = [
            "spender": [
                ComparatorSpend(id: "a", name: "A", spendPerHead: 20, isEstimate: false, distance: 0.1),
                ComparatorSpend(id: "b", name: "B", spendPerHead: 25, isEstimate: true, distance: 0.2),
            ],
        ]
        comparators.neighbours["lean"] = comparators.neighbours["spender"]
        comparators.neighbours["guess"] = comparators.neighbours["spender"]
        // £8m for 200,000 people = £40 a head, 78% above the neighbours' £22.50; £3m = £15, 33% below.
        let high = try Self.appraise(
            Self.borough("spender", population: 200_000, libraries: 12, weeklyHours: 600, imd: 7, budget: 8_000_000),
            comparators: comparators)
        let low = try Self.appraise(
            Self.borough("lean", population: 200_000, libraries: 12, weeklyHours: 600, imd: 7, budget: 3_000_000),
            comparators: comparators)
        let guess = try Self.appraise(
            Self.borough(
                "guess", population: 200_000, libraries: 12, weeklyHours: 600, imd: 7, budget: 8_000_000,
                budgetProvenance: .estimate("S3", method: "London's spend a head × population")),
            comparators: comparators)
        let highTrust = Self.score(try Self.choice(high, "trust-or-provider"), "reduce-cost")
        let lowTrust = Self.score(try Self.choice(low, "trust-or-provider"), "reduce-cost")
        let guessTrust = Self.score(try Self.choice(guess, "trust-or-provider"), "reduce-cost")
        #expect(highTrust?.score == 3)
        #expect(highTrust?.reason.contains("Spender spends £40.00 a head [S27], 78% above the mean £22.50 of its nearest neighbours") == true)
        #expect(highTrust?.reason.contains("B £25.00 est.") == true)
        #expect(lowTrust?.score == 1)
        #expect(lowTrust?.reason.contains("already lean") == true)
        #expect(guessTrust?.score == 2)
        #expect(guessTrust?.reason.contains("an estimate, so it is not compared") == true)
        // RFID's saving does not depend on the budget.
        #expect(Self.score(try Self.choice(high, "self-service-rfid"), "reduce-cost")?.score
            == Self.score(try Self.choice(low, "self-service-rfid"), "reduce-cost")?.score)
    }

    @Test("RFID's saving follows the number of libraries")
    func rfidFollowsLibraries() throws {
        let few = try Self.appraise(Self.borough("few", population: 200_000, libraries: 7, weeklyHours: 350, imd: 7), comparators: Self.pool)
        let many = try Self.appraise(Self.borough("many", population: 330_000, libraries: 17, weeklyHours: 700, imd: 4), comparators: Self.pool)
        let fewSaving = Self.score(try Self.choice(few, "self-service-rfid"), "reduce-cost")
        #expect(fewSaving?.score == 1)
        #expect(fewSaving?.reason.hasPrefix("7 libraries (April 2010 [S71]) × about £27k a library a year") == true)
        #expect(fewSaving?.reason.hasSuffix("= about £189k a year") == true)
        #expect(Self.score(try Self.choice(many, "self-service-rfid"), "reduce-cost")?.score == 3)
    }

    @Test("A criterion that is both an objective and a factor is assessed once")
    func criteriaOnce() throws {
        let appraisal = try Self.appraise(
            Self.borough("dense", population: 200_000, libraries: 12, weeklyHours: 600, imd: 7), comparators: Self.pool)
        let expected = ["reduce-cost", "value-for-money", "maintain-access", "strategic-fit", "supplier-capacity",
                        "affordability", "achievability", "public-access"]
        #expect(appraisal.criteria == expected)
        for choice in appraisal.longList {
            #expect(choice.assessments.map(\.criterion) == expected, "\(choice.id)")
        }
        #expect(appraisal.notes.contains(
            "'value-for-money' is both a spending objective and a critical success factor: assessed once, as the objective."))
        // Every factor is still a critical success factor for the preferred-option rule.
        #expect(appraisal.successFactors == Self.factors.map(\.id))
    }

    @Test("What the borough already has is shown as already has, with its source, and not offered again")
    func alreadyHas() throws {
        let profile = Self.borough(
            "tagged", population: 200_000, libraries: 12, weeklyHours: 600, imd: 7,
            arrangements: [Arrangement(.selfService, "RFID in every library", since: 2009, .published("S36"))])
        let appraisal = try Self.appraise(profile, comparators: Self.pool)
        let rfid = try Self.choice(appraisal, "self-service-rfid")
        #expect(rfid.status == .alreadyHas)
        #expect(rfid.reason == "Already has: RFID in every library since 2009 [S36]; not offered again.")
        #expect(!appraisal.shortList.contains { $0.choices.contains("self-service-rfid") })
        // What builds on it is offered instead.
        #expect(try Self.choice(appraisal, "self-service-staffing-redesign").status.isLive)
    }
}
