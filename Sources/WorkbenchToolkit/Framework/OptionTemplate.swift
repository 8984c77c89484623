import WorkbenchCore

/// One choice the standard framework can put on the long list, with its scores against the five standard critical
/// success factors (each with its reason and source tags) and the attributes used for the workspace's own
/// objectives and factors.
struct OptionTemplate {
    /// A score from 0 to 3 with its reason.
    struct Score {
        /// 0 (fails) to 3 (meets fully).
        var value: Int
        /// Why, with source tags.
        var reason: String
        init(_ value: Int, _ reason: String) {
            self.value = value
            self.reason = reason
        }
    }

    /// The choice's id.
    var id: OptionID
    /// Its dimension.
    var dimension: OptionDimension
    /// Its title.
    var title: String
    /// Scores against the standard factors, by factor id (`strategic-fit`, `value-for-money`, `supplier-capacity`,
    /// `affordability`, `achievability`).
    var factors: [String: Score]
    /// Scores for the attributes that objectives and the workspace's own factors map onto (`saving`, `service`,
    /// `collaboration`, `community`); solutions only.
    var attributes: [String: Score] = [:]
    /// For solutions: how ambitious it is, 1 (small step) to 4 (a new model of service).
    var ambition: Int = 0
    /// For solutions: the arrangement that means this choice has already been taken.
    var takenBy: Arrangement.Kind?
    /// For solutions: the arrangement this choice builds on; the choice is proposed only once that is in place.
    var buildsOn: Arrangement.Kind?
    /// For solutions: the calculators that cost it.
    var calculators: [CalculatorID] = []
    /// For the other dimensions: the solutions this choice suits.
    var suits: Set<OptionID> = []
    /// Whether the solution works between boroughs (stronger for a group subject, harder alone).
    var collaborative: Bool = false
    /// What in the subject's own position the solution's scores depend on (`PositionRules`).
    var measuredBy: Set<PositionDependence> = []

    /// What in a subject's position a solution's scores depend on.
    enum PositionDependence: Hashable {
        /// It saves a share of the budget: the spend rule moves its saving score.
        case budgetShare
        /// It cuts opening hours or branches: access criteria are measured (hours, reach).
        case access
        /// Its saving grows with the number of libraries (RFID).
        case libraries
        /// It needs volunteers or community groups.
        case volunteers
    }
}
