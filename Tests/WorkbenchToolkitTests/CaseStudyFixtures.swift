import WorkbenchCore

/// Small hand-made profiles and cases for the case-study tests.
enum CaseStudyFixtures {
    /// A profile with only the figures given.
    static func profile(
        _ id: BoroughID, population: Double? = nil, libraries: Int? = nil, backOfficePosts: Double? = nil
    ) -> BoroughProfile {
        var figures: [ProfileFigure] = []
        if let backOfficePosts {
            figures.append(ProfileFigure(.backOfficePosts, "Back-office posts", backOfficePosts, .count, .published("S16")))
        }
        return BoroughProfile(
            statistics: AuthorityStatistics(
                id: id, name: id.rawValue,
                population: population.map { Sourced($0, .published("S72", period: "mid-2015")) },
                libraries2010: libraries.map { Sourced($0, .derived("S71", period: "April 2010", method: "counted")) }),
            libraries: [], librariesSource: .published("S71"), figures: figures)
    }

    /// Inputs for a subject made of the given profiles, 10-year horizon from 2010/11.
    static func inputs(_ profiles: [BoroughProfile]) -> SubjectInputs {
        SubjectInputs(subject: Subject(profiles.map(\.id)), profiles: profiles, assumptions: Assumptions())
    }

    /// A two-partner shared-service case with round numbers, for hand-worked checks.
    ///
    /// Planned £200k a year (published) and £150k (an alternative); reported £120k for `alpha` and £90k for `beta`
    /// (both published, `beta`'s dated 2014), with an alternative £60k for `beta`; posts 40 → 25; decided 2011,
    /// started 2012; one measure 50 → 45 hours (lost) and one 10 → 12 visits (improved, derived); one measure with
    /// only an after value.
    static let handCase = CaseStudy(
        id: "hand-case", title: "Hand-worked case", kind: .sharedService, partners: ["alpha", "beta"],
        decided: 2011, started: 2012,
        planned: [
            CaseFigure(CaseFigure.Measure.annualSaving, 200_000, year: 2011, .published("S14")),
            CaseFigure(CaseFigure.Measure.annualSaving, 150_000, year: 2011, .published("S15")),
            CaseFigure(CaseFigure.Measure.postsBefore, 40, .published("S16")),
            CaseFigure(CaseFigure.Measure.postsAfter, 25, .published("S16")),
        ],
        reported: [
            CaseFigure(CaseFigure.Measure.annualSaving, partner: "alpha", 120_000, .published("S14")),
            CaseFigure(CaseFigure.Measure.annualSaving, partner: "beta", 90_000, year: 2014, .published("S14")),
            CaseFigure(CaseFigure.Measure.annualSaving, partner: "beta", 60_000, year: 2015, .published("S36")),
        ],
        measures: [
            ServiceMeasure("Weekly hours", before: 50, after: 45, .published("S36")),
            ServiceMeasure("Visits per head", before: 10, after: 12, .derived("S3", method: "hand")),
            ServiceMeasure("Satisfaction", before: nil, after: 80, .published("S4")),
        ],
        datesProvenance: .published("S13"),
        scale: [
            CaseFigure(CaseFigure.Measure.libraries, 20, .published("S71")),
        ])
}
