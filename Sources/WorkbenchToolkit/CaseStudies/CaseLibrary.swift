public import WorkbenchCore

/// The programme's shared case studies of collaborative and alternative-delivery library projects, each with its
/// partners, dates, changes, planned and reported figures, service measures and lessons, every figure sourced.
///
/// A borough's own cases (Camden's community-managed libraries, Merton joining the consortium) live in that
/// borough's module. Conventions the data follows:
/// - Where several figures share a measure and partner, the first is the case's figure and the rest are recorded
///   alternatives (conflicting or later accounts); together they give the case's spread.
/// - Annual savings are net of the recurring costs the source nets off; running costs are recorded for information.
/// - Money is in pounds at the prices of the figure's own year; nothing is rebased.
/// - Figures not found stay missing: a case without reported savings has no reported figures at all.
public enum CaseLibrary {
    /// Every shared case, in the order the domain reference gives them, with the outside comparator last.
    public static let shared: [CaseStudy] = [
        londonLibrariesConsortium,
        bexleyBromleySharedService,
        triBorough,
        lewishamAssetTransfer,
        hounslowOutsourcing,
        ealingHarrowOutsourcing,
        solihullRFID,
    ]

    /// The shared case with the given id, if there is one.
    public static func caseStudy(_ id: CaseStudyID) -> CaseStudy? { shared.first { $0.id == id } }
}
