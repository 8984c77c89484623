public import WorkbenchCore

/// Where a subject stands in its transformation at the workspace's "as at" date.
///
/// Convention: the as-at date is the workspace's price base year (`assumptions.priceBaseYear`, 2010/11 by default).
/// An arrangement is in place when its `since` year is no later than the year in which that financial year starts
/// (so with 2010/11, arrangements since 2010 or earlier); arrangements that start later are "later history", shown
/// but not recognised. With 2012/13, Bexley and Bromley's shared service (1 January 2012 [S13]) is in place.
public struct TransformationPosition: Hashable, Sendable {
    /// The as-at financial year.
    public var asAt: FinancialYear
    /// Arrangements in place at the as-at date, each once (an arrangement two members record is kept once).
    public var inPlace: [Arrangement]
    /// Arrangements that started after the as-at date.
    public var later: [Arrangement]
    /// For each kind in place, the boroughs of the subject that have it.
    public var holders: [Arrangement.Kind: Set<BoroughID>]
    /// The subject's boroughs.
    public var members: [BoroughID]

    /// Reads the arrangements of every profile of the subject.
    public init(_ inputs: SubjectInputs) {
        asAt = inputs.assumptions.priceBaseYear
        members = inputs.profiles.map(\.id)
        var inPlace: [Arrangement] = []
        var later: [Arrangement] = []
        var holders: [Arrangement.Kind: Set<BoroughID>] = [:]
        var seen = Set<String>()
        for profile in inputs.profiles {
            for arrangement in profile.arrangements.sorted(by: { $0.since < $1.since }) {
                let parties = Set([profile.id] + arrangement.partners).map(\.rawValue).sorted().joined(separator: "+")
                let isInPlace = arrangement.since <= asAt.startYear
                if isInPlace { holders[arrangement.kind, default: []].insert(profile.id) }
                guard seen.insert("\(arrangement.kind.rawValue)|\(arrangement.since)|\(parties)").inserted else { continue }
                if isInPlace { inPlace.append(arrangement) } else { later.append(arrangement) }
            }
        }
        self.inPlace = inPlace
        self.later = later
        self.holders = holders
    }

    /// The first arrangement of a kind in place, held by at least one member.
    public func anyInPlace(_ kind: Arrangement.Kind) -> Arrangement? { inPlace.first { $0.kind == kind } }

    /// The arrangement of a kind when every member of the subject has it in place (the choice is then taken).
    public func takenByAll(_ kind: Arrangement.Kind) -> Arrangement? {
        guard let holding = holders[kind], Set(members).isSubset(of: holding) else { return nil }
        return anyInPlace(kind)
    }
}
