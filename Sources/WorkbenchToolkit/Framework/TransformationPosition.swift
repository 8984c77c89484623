public import WorkbenchCore

/// Where a subject stands in its transformation at the workspace's "as at" date.
///
/// Convention: the as-at date is the workspace's (`Assumptions.asAtDate`: the end of the price base year, 31 March 2011
/// for 2010/11, unless set), and an arrangement is in place when `Assumptions.knownAtAsAt` admits its `since` year,
/// the one rule case studies and peers follow too: a year alone counts as its 31 December, so with 2010/11,
/// arrangements since 2010 or earlier are in place; later ones are "later history", shown but not recognised, unless
/// the command asks for hindsight, when they are recognised and listed in `hindsight`. With 2012/13, Bexley and
/// Bromley's shared service (1 January 2012 [S13]) is in place.
public struct TransformationPosition: Hashable, Sendable {
    /// The as-at date.
    public var asAt: EvidenceDate
    /// The price base year the default as-at date closes.
    public var priceBaseYear: FinancialYear
    /// Arrangements in place at the as-at date, each once (an arrangement two members record is kept once).
    public var inPlace: [Arrangement]
    /// Arrangements that started after the as-at date and are not recognised.
    public var later: [Arrangement]
    /// Arrangements that started after the as-at date but are recognised because the command asked for hindsight.
    public var hindsight: [Arrangement]
    /// For each kind in place, the boroughs of the subject that have it.
    public var holders: [Arrangement.Kind: Set<BoroughID>]
    /// The subject's boroughs.
    public var members: [BoroughID]

    /// Reads the arrangements of every profile of the subject.
    public init(_ inputs: SubjectInputs) {
        asAt = inputs.assumptions.asAtDate
        priceBaseYear = inputs.assumptions.priceBaseYear
        members = inputs.profiles.map(\.id)
        var inPlace: [Arrangement] = []
        var later: [Arrangement] = []
        var hindsight: [Arrangement] = []
        var holders: [Arrangement.Kind: Set<BoroughID>] = [:]
        var seen = Set<String>()
        for profile in inputs.profiles {
            for arrangement in profile.arrangements.sorted(by: { $0.since < $1.since }) {
                let parties = Set([profile.id] + arrangement.partners).map(\.rawValue).sorted().joined(separator: "+")
                let known = inputs.assumptions.knownAtAsAt(EvidenceDate(arrangement.since))
                let isInPlace = inputs.assumptions.admits(EvidenceDate(arrangement.since))
                if isInPlace { holders[arrangement.kind, default: []].insert(profile.id) }
                guard seen.insert("\(arrangement.kind.rawValue)|\(arrangement.since)|\(parties)").inserted else { continue }
                if isInPlace { inPlace.append(arrangement) } else { later.append(arrangement) }
                if isInPlace && !known { hindsight.append(arrangement) }
            }
        }
        self.inPlace = inPlace
        self.later = later
        self.hindsight = hindsight
        self.holders = holders
    }

    /// Whether an arrangement in place is there only by hindsight.
    public func isHindsight(_ arrangement: Arrangement) -> Bool { hindsight.contains(arrangement) }

    /// The first arrangement of a kind in place, held by at least one member.
    public func anyInPlace(_ kind: Arrangement.Kind) -> Arrangement? { inPlace.first { $0.kind == kind } }

    /// The arrangement of a kind when every member of the subject has it in place (the choice is then taken).
    public func takenByAll(_ kind: Arrangement.Kind) -> Arrangement? {
        guard let holding = holders[kind], Set(members).isSubset(of: holding) else { return nil }
        return anyInPlace(kind)
    }
}
