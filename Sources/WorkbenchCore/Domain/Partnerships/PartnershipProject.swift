/// A partnership project type (shared back office, whole-service merger, stock consortium, joint RFID roll-out):
/// the sourced parameters from which `PartnershipModel` values any group of boroughs.
///
/// Per unit of the driver (a pound of library spend, a pound of stock spend, a library) and with the economy of scale
/// e(n) = 1 − 1/n for a group of n (0 alone, ½ for a pair, ⅔ for three, ¾ for four: merging n duplicated units keeps
/// one), the project gives:
/// - a full annual saving of `aloneSaving + scaleSaving × e(n)`;
/// - a one-off cost of `aloneOneOff × (1 − scaleDiscount × e(n)) + transitionShare × scaleSaving × e(n)`;
/// - a one-off cost of working together of `joiningCost` per member when n ≥ 2;
/// - savings from `startYear`, reaching their full amount after `rampAlone` years alone or, together,
///   `rampTogether + extraRampPerTwoPartners × ⌊(n − 1) ÷ 2⌋` years (see `rampYears(size:)`);
/// - running costs of working together from the start year, which grow with the number of members so that the
///   best group size is found, not assumed the largest: `coordinationShare × (n − 1)` per unit of driver (each member
///   spends a share of its driver on each partner), `coordinationPerLink` a year for each of the n(n − 1)/2 pairs of
///   members (governance), and, where geography gives the distances between members' centres,
///   `coordinationPerKilometre` a year for each kilometre between each pair (travel). The first two depend only on
///   the group's size and total driver, which is what keeps `PartitionOptimiser.optimise` exact; the third depends
///   on who the members are and is used only where the groups are searched by the general set-partitioning solver.
public struct PartnershipProject: Sendable, Hashable {
    /// What the driver measures.
    public enum Driver: String, Sendable, Hashable, Codable {
        /// Annual library revenue spend, in pounds.
        case librarySpend = "library-spend"
        /// Annual stock spend, in pounds.
        case stockSpend = "stock-spend"
        /// Statutory libraries (April 2010).
        case libraries

        /// A label for tables.
        public var label: String {
            switch self {
            case .librarySpend: return "Library spend"
            case .stockSpend: return "Stock spend"
            case .libraries: return "Libraries"
            }
        }

        /// Whether the driver is money.
        public var isMoney: Bool { self != .libraries }
    }

    /// Stable id as typed (`shared-service`).
    public var id: String
    /// Title.
    public var title: String
    /// The options-framework choice this project corresponds to (`shared-service`), for impact scores.
    public var choice: OptionID
    /// The kind of case study that evidences it, for peer pairing.
    public var caseKind: CaseStudyKind
    /// What drives the savings.
    public var driver: Driver
    /// Full annual saving per unit of driver a borough makes alone (0 when the project needs partners).
    public var aloneSaving: Sourced<Double>
    /// Full annual saving per unit of driver at full scale (multiplied by e(n)).
    public var scaleSaving: Sourced<Double>
    /// One-off cost per unit of driver alone.
    public var aloneOneOff: Sourced<Double>
    /// Share of the alone one-off cost saved at full scale by buying together (multiplied by e(n)).
    public var scaleDiscount: Sourced<Double>
    /// One-off transition cost as a share of a year's scale saving.
    public var transitionShare: Sourced<Double>
    /// One-off cost per member of working together (agreement, governance, joining).
    public var joiningCost: Sourced<Double>
    /// Appraisal year the savings start.
    public var startYear: Sourced<Int>
    /// Ramp-up years alone.
    public var rampAlone: Sourced<Int>
    /// Ramp-up years for a pair.
    public var rampTogether: Sourced<Int>
    /// Extra ramp-up years for each two partners beyond the first.
    public var extraRampPerTwoPartners: Sourced<Int>
    /// Low and high multipliers of the annual saving (its uncertainty range), with their basis.
    public var savingRange: Sourced<ClosedRange<Double>>
    /// Optimism-bias category of the project's one-off costs.
    public var category: OptimismBiasCategory
    /// Running cost of working together a year, per unit of driver, for each partner beyond the first (× (n − 1)).
    public var coordinationShare: Sourced<Double>
    /// Running cost of working together a year, in pounds, for each pair of members (× n(n − 1)/2).
    public var coordinationPerLink: Sourced<Double>
    /// Running cost of working together a year, in pounds, for each kilometre between the centres of each pair of
    /// members; used only where geography gives the distances.
    public var coordinationPerKilometre: Sourced<Double>

    /// No cost of working together of a kind, for projects that state none.
    public static let noCoordination = Sourced<Double>(0, .estimate(method: "none stated for this project"))

    /// Makes a project type.
    public init(
        id: String, title: String, choice: OptionID, caseKind: CaseStudyKind, driver: Driver,
        aloneSaving: Sourced<Double>, scaleSaving: Sourced<Double>, aloneOneOff: Sourced<Double>,
        scaleDiscount: Sourced<Double>, transitionShare: Sourced<Double>, joiningCost: Sourced<Double>,
        startYear: Sourced<Int>, rampAlone: Sourced<Int>, rampTogether: Sourced<Int>,
        extraRampPerTwoPartners: Sourced<Int>, savingRange: Sourced<ClosedRange<Double>>,
        category: OptimismBiasCategory = .equipmentDevelopment,
        coordinationShare: Sourced<Double> = PartnershipProject.noCoordination,
        coordinationPerLink: Sourced<Double> = PartnershipProject.noCoordination,
        coordinationPerKilometre: Sourced<Double> = PartnershipProject.noCoordination
    ) {
        self.id = id
        self.title = title
        self.choice = choice
        self.caseKind = caseKind
        self.driver = driver
        self.aloneSaving = aloneSaving
        self.scaleSaving = scaleSaving
        self.aloneOneOff = aloneOneOff
        self.scaleDiscount = scaleDiscount
        self.transitionShare = transitionShare
        self.joiningCost = joiningCost
        self.startYear = startYear
        self.rampAlone = rampAlone
        self.rampTogether = rampTogether
        self.extraRampPerTwoPartners = extraRampPerTwoPartners
        self.savingRange = savingRange
        self.category = category
        self.coordinationShare = coordinationShare
        self.coordinationPerLink = coordinationPerLink
        self.coordinationPerKilometre = coordinationPerKilometre
    }

    /// Pairs of members in a group of `n`: n(n − 1)/2.
    public static func links(size n: Int) -> Int { n <= 1 ? 0 : n * (n - 1) / 2 }

    /// Running cost of working together a year per unit of driver for a group of `n`: `coordinationShare × (n − 1)`.
    public func coordinationPerUnit(size n: Int) -> Double {
        n <= 1 ? 0 : coordinationShare.value * Double(n - 1)
    }

    /// Running cost of working together a year for a group of `n` that does not depend on the driver or on
    /// distance: `coordinationPerLink × n(n − 1)/2`.
    public func coordinationFixed(size n: Int) -> Double { coordinationPerLink.value * Double(Self.links(size: n)) }

    /// The economy of scale e(n) = 1 − 1/n: the share of n duplicated units removed by keeping one.
    public static func scale(size n: Int) -> Double { n <= 1 ? 0 : 1 - 1 / Double(n) }

    /// Full annual saving per unit of driver for a group of `n` (alone when n = 1).
    public func annualSaving(size n: Int) -> Double {
        aloneSaving.value + scaleSaving.value * Self.scale(size: n)
    }

    /// One-off cost per unit of driver for a group of `n`, before the per-member joining cost.
    public func oneOffPerUnit(size n: Int) -> Double {
        let e = Self.scale(size: n)
        return aloneOneOff.value * (1 - scaleDiscount.value * e) + transitionShare.value * scaleSaving.value * e
    }

    /// One-off cost per member that does not depend on the driver: the joining cost when working together.
    public func oneOffPerMember(size n: Int) -> Double { n >= 2 ? joiningCost.value : 0 }

    /// Years until the full saving arrives for a group of `n`.
    public func rampYears(size n: Int) -> Int {
        guard n >= 2 else { return max(1, rampAlone.value) }
        return max(1, rampTogether.value + extraRampPerTwoPartners.value * ((n - 1) / 2))
    }

    /// Whether a borough alone makes any saving.
    public var savesAlone: Bool { aloneSaving.value > 0 }

    /// Every parameter with its label, its value as shown and as a number (nil for the saving range), for a sources
    /// table.
    public var parameterList: [(label: String, value: String, figure: Double?, provenance: Provenance)] {
        func money(_ x: Double) -> String { driver.isMoney ? Rate(fraction: x).description : MoneyFormat.compact(x) }
        return [
            ("Annual saving alone, per unit of \(driver.label.lowercased())", money(aloneSaving.value), aloneSaving.value,
             aloneSaving.provenance),
            ("Annual saving at full scale (× e(n) = 1 − 1/n)", money(scaleSaving.value), scaleSaving.value, scaleSaving.provenance),
            ("One-off cost alone, per unit of \(driver.label.lowercased())", money(aloneOneOff.value), aloneOneOff.value,
             aloneOneOff.provenance),
            ("One-off cost saved at full scale by buying together (× e(n))", Rate(fraction: scaleDiscount.value).description,
             scaleDiscount.value, scaleDiscount.provenance),
            ("Transition cost, share of a year's scale saving", Rate(fraction: transitionShare.value).description,
             transitionShare.value, transitionShare.provenance),
            ("One-off cost of working together, per member", MoneyFormat.compact(joiningCost.value), joiningCost.value, joiningCost.provenance),
            ("Start year (appraisal year)", "\(startYear.value)", Double(startYear.value), startYear.provenance),
            ("Ramp-up alone (years)", "\(rampAlone.value)", Double(rampAlone.value), rampAlone.provenance),
            ("Ramp-up for a pair (years)", "\(rampTogether.value)", Double(rampTogether.value), rampTogether.provenance),
            ("Extra ramp-up per two further partners (years)", "\(extraRampPerTwoPartners.value)",
             Double(extraRampPerTwoPartners.value), extraRampPerTwoPartners.provenance),
            ("Running cost of working together a year, per unit of \(driver.label.lowercased()) per partner beyond the first",
             money(coordinationShare.value), coordinationShare.value, coordinationShare.provenance),
            ("Running cost of working together a year, per pair of members", MoneyFormat.compact(coordinationPerLink.value),
             coordinationPerLink.value, coordinationPerLink.provenance),
            ("Running cost of working together a year, per km between a pair's centres (with geography)",
             MoneyFormat.compact(coordinationPerKilometre.value), coordinationPerKilometre.value, coordinationPerKilometre.provenance),
            ("Saving range (multipliers)",
             "\(MoneyFormat.fixed(savingRange.value.lowerBound, decimals: 2))–\(MoneyFormat.fixed(savingRange.value.upperBound, decimals: 2))",
             nil, savingRange.provenance),
        ]
    }
}
