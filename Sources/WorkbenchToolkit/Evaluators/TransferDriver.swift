public import WorkbenchCore

/// The quantity by which a case's saving is scaled when it is applied to another subject: the saving is multiplied
/// by target driver ÷ case driver.
public enum TransferDriver: String, Hashable, Sendable, Codable, CaseIterable {
    /// Annual cost of management and back office.
    case backOfficeCost = "back-office-cost"
    /// Management and back-office posts.
    case backOfficePosts = "back-office-posts"
    /// Library staff, full-time equivalents.
    case staff
    /// Libraries (statutory in April 2010 for a borough's profile).
    case libraries
    /// Resident population.
    case population

    /// Parses `libraries`, `population`, `staff`, `back-office-posts` or `back-office-cost`.
    public init?(argument: String) { self.init(rawValue: argument.trimmingWhitespace().lowercased()) }

    /// The driver in words (`back-office posts`).
    public var label: String {
        switch self {
        case .backOfficeCost: return "back-office cost"
        case .backOfficePosts: return "back-office posts"
        case .staff: return "staff (FTE)"
        case .libraries: return "libraries"
        case .population: return "population"
        }
    }

    /// The case figure measure that holds the driver in a case's scale figures.
    public var caseMeasure: String {
        switch self {
        case .backOfficeCost: return CaseFigure.Measure.backOfficeCost
        case .backOfficePosts: return CaseFigure.Measure.backOfficePosts
        case .staff: return CaseFigure.Measure.staffFTE
        case .libraries: return CaseFigure.Measure.libraries
        case .population: return CaseFigure.Measure.population
        }
    }

    /// The drivers tried, in order, when none is named: what the kind of saving most plausibly grows with.
    /// Shared services scale with the back office, then staff; procurement with population (stock bought) then
    /// libraries; self-service, community and outsourcing cases with libraries.
    public static func preference(for kind: CaseStudyKind) -> [TransferDriver] {
        switch kind {
        case .sharedService: return [.backOfficeCost, .backOfficePosts, .staff, .libraries, .population]
        case .procurement: return [.population, .libraries, .staff]
        case .selfService: return [.libraries, .staff, .population]
        case .community: return [.libraries, .population]
        case .outsourcing: return [.libraries, .staff, .population]
        }
    }

    /// The driver's value for one borough from its profile, when the profile has it.
    public func value(in profile: BoroughProfile) -> Sourced<Double>? {
        switch self {
        case .population: return profile.statistics.population
        case .libraries:
            if let count = profile.statistics.libraries2010 { return count.map(Double.init) }
            let statutory = profile.libraries.filter(\.statutory2010).count
            return statutory > 0 ? Sourced(Double(statutory), profile.librariesSource) : nil
        case .staff: return profile.figure(.staffFTE).map { Sourced($0.value, $0.provenance) }
        case .backOfficePosts: return profile.figure(.backOfficePosts).map { Sourced($0.value, $0.provenance) }
        case .backOfficeCost: return profile.figure(.backOfficeCost).map { Sourced($0.value, $0.provenance) }
        }
    }
}
