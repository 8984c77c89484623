import Testing
import WorkbenchCore
import WorkbenchToolkit

/// Where the workspace's geography measured a choice's access (`FrameworkInputs.measuredService`), the position
/// table says so, with the measured figure and the rule, and shows the score the assessment used: both read it from
/// one function, so they cannot disagree.
@Suite("The position table and measured access")
struct MeasuredReachPositionTests {
    static func appraise(measured: [OptionID: MeasuredServiceScore], imd: Double = 7) throws -> OptionsAppraisal {
        // 200,000 people and 12 libraries: 16,667 a library, well below the pool's 24,000, so the rule scores 2.
        let profile = PositionAssessmentTests.borough("dense", population: 200_000, libraries: 12, weeklyHours: 600, imd: imd)
        var inputs = FrameworkInputs(
            subject: SubjectInputs(
                subject: Subject([profile.id]), profiles: [profile],
                assumptions: Assumptions(horizonYears: 10, priceBaseYear: FinancialYear(startYear: 2010))),
            objectives: PositionAssessmentTests.objectives, factors: PositionAssessmentTests.factors,
            comparators: PositionAssessmentTests.pool)
        inputs.measuredService = measured
        return try StrategicOptionsFramework().appraise(inputs, rules: [])
    }

    @Test("Without measured access the table states the people-per-library rule, as before")
    func theRuleWhenNotMeasured() throws {
        let appraisal = try Self.appraise(measured: [:])
        let people = try #require(appraisal.position.first { $0.measure == "People per library" })
        #expect(people.effect == "Network and hours changes score 2 on access (reach)")
        #expect(!appraisal.position.contains { $0.measure == "Access, measured" })
        let change = try #require(appraisal.longList.first { $0.id == "network-change" })
        #expect(change.assessments.first { $0.criterion == "maintain-access" }?.score == 2)
        #expect(change.reason.contains("16,667 people per library (reach 2)"))
    }

    @Test("Measured access replaces the rule in the assessment, the long list's reason and the table alike")
    func measuredEverywhere() throws {
        let appraisal = try Self.appraise(
            measured: [
                "network-change": MeasuredServiceScore(
                    score: 0, reason: "Measured (test): 9.0% may leave a mile", figure: "900 people (9.0%) may leave a mile (test)",
                    rule: "under 1% scores 2, under 5% 1, else 0 (test)"),
                "community-managed": MeasuredServiceScore(score: 1, reason: "Measured (test): handed over"),
            ],
            imd: 3)
        let change = try #require(appraisal.longList.first { $0.id == "network-change" })
        let assessed = try #require(change.assessments.first { $0.criterion == "maintain-access" })
        #expect(assessed.score == 0)
        #expect(assessed.reason == "Measured (test): 9.0% may leave a mile")
        #expect(change.status == .discounted)

        let people = try #require(appraisal.position.first { $0.measure == "People per library" })
        #expect(!people.effect.contains("score 2"), "\(people)")
        let row = try #require(appraisal.position.first { $0.measure == "Access, measured" })
        #expect(row.value == "900 people (9.0%) may leave a mile (test)")
        #expect(row.comparison == "under 1% scores 2, under 5% 1, else 0 (test)")
        #expect(row.effect == "Network and hours changes score \(assessed.score) on access (reach), measured; community-managed 1")
        // The deprivation row no longer claims the proxy's −1 for network changes.
        let deprivation = try #require(appraisal.position.first { $0.measure == "Deprivation (IMD 2015 score)" })
        #expect(!deprivation.effect.contains("Access proxy −1"), "\(deprivation)")
        // Community management's access criteria take its measured score too.
        let handOver = try #require(appraisal.longList.first { $0.id == "community-managed" })
        #expect(handOver.assessments.first { $0.criterion == "maintain-access" }?.score == 1)
    }
}
