public import WorkbenchCore

/// Measured access to statutory libraries, from the dataset's nearest-library catchments [S72].
///
/// Method. The catchments of an authority's libraries statutory in July 2016 divide its mid-2015 population among
/// them, each person by straight-line distance from their nearest library in 0.1-mile bands (the dataset computes
/// them within the authority). Someone is within *d* miles of a statutory library when their band's far edge is.
/// When libraries are closed or handed over, everyone in their catchments sees their nearest statutory library
/// move: they are reassigned to the remaining statutory library nearest (haversine) to the one they lose, of the same
/// authority or, across boundaries, of any authority the workspace locates. By the triangle inequality, the
/// distance a person's journey grows is at most the distance between the two libraries; after the change they count
/// as within *d* miles only when their band's far edge plus that distance is, so the "after" figures are at least
/// what they say.
public enum AccessMeasure {
    /// The distances reported, in miles.
    public static let thresholdMiles: [Double] = [1, 2, 3]

    /// The deprivation bands of catchments (IMD 2015 multiple, decile-style; 1 most deprived): lower bound, label.
    public static let deprivationBands: [(lower: Double, label: String)] = [
        (0, "1–3 (most deprived)"), (3, "3–5"), (5, "5–7"), (7, "7–9"), (9, "9–10 (least deprived)"),
    ]

    /// The label of the band for catchments with no published deprivation.
    public static let unpublished = "not published"

    /// Measures access for one authority before and after a change.
    /// - Parameters:
    ///   - authority: the authority.
    ///   - libraries: every library the workspace locates (others' are candidates only across boundaries).
    ///   - catchments: the catchments, by library id.
    ///   - scenario: the libraries closed and handed over (ids of the authority's statutory libraries; others are
    ///     ignored) and whether to reassign across boundaries.
    /// - Returns: nil when the workspace locates no library of the authority.
    /// - Complexity: O(s·(r + b)) for s statutory libraries, r remaining candidates and b bands per catchment.
    public static func measure(
        authority: BoroughID, libraries: [LibraryLocation], catchments: [Int: LibraryCatchment], scenario: AccessScenario = .init()
    ) -> AccessResult? {
        let own = libraries.filter { $0.authorityID == authority }
        guard let first = own.first else { return nil }
        let statutory = own.filter(\.statutory2016)
        let handedOver = Set(scenario.handedOver)
        let removed = Set(scenario.closed).union(handedOver)
        let candidates = (scenario.acrossBoundaries ? libraries : own).filter { $0.statutory2016 && !removed.contains($0.id) }

        var thresholds = thresholdMiles.map { AccessResult.Threshold(miles: $0, before: 0, after: 0) }
        var bands = (deprivationBands.map(\.label) + [unpublished]).map {
            AccessResult.DeprivationBand(label: $0, people: 0, moved: 0, addedPersonMiles: 0, largestAdded: 0, leavingOneMile: 0)
        }
        var movesByID: [Int: AccessResult.Move] = [:]
        var withoutCatchment: [LibraryLocation] = []
        var population = 0
        for library in statutory {
            guard let catchment = catchments[library.id] else {
                withoutCatchment.append(library)
                continue
            }
            let band = bandIndex(library.deprivation)
            let total = catchment.total
            population += total
            bands[band].people += total
            var added: Double?
            if removed.contains(library.id) {
                let target = nearest(to: library, among: candidates)
                added = target.map { Haversine.miles(library.point, $0.point) }
                movesByID[library.id] = AccessResult.Move(
                    library: library, handedOver: handedOver.contains(library.id), people: total, to: target, miles: added)
                bands[band].moved += total
                if let added {
                    bands[band].addedPersonMiles += added * Double(total)
                    bands[band].largestAdded = max(bands[band].largestAdded, added)
                }
            }
            for (k, people) in catchment.people.enumerated() where people > 0 {
                let edge = Double(k + 1) / 10
                for t in thresholds.indices {
                    let miles = thresholds[t].miles
                    if edge <= miles + 1e-9 { thresholds[t].before += people }
                    if removed.contains(library.id) {
                        if let added, edge + added <= miles + 1e-9 { thresholds[t].after += people }
                    } else if edge <= miles + 1e-9 {
                        thresholds[t].after += people
                    }
                }
                if removed.contains(library.id), edge <= 1 + 1e-9, (added.map { edge + $0 > 1 + 1e-9 } ?? true) {
                    bands[band].leavingOneMile += people
                }
            }
        }
        let order = scenario.closed + scenario.handedOver
        let left = own.filter { $0.statutory2010 && !$0.statutory2016 }
        return AccessResult(
            authority: authority, name: first.authorityName, statutory: statutory, withoutCatchment: withoutCatchment,
            population: population, thresholds: thresholds, moves: order.compactMap { movesByID[$0] }, bands: bands,
            acrossBoundaries: scenario.acrossBoundaries, leftSince2010: left,
            peopleNearerLeftSince2010: left.reduce(0) { $0 + (catchments[$1.id]?.total ?? 0) })
    }

    /// The index in `deprivationBands` (or the last, unpublished) of a catchment's deprivation score.
    static func bandIndex(_ score: Double?) -> Int {
        guard let score else { return deprivationBands.count }
        return deprivationBands.lastIndex { score >= $0.lower } ?? 0
    }

    /// The candidate nearest to a library (ties to the lower id), or nil when there is none.
    static func nearest(to library: LibraryLocation, among candidates: [LibraryLocation]) -> LibraryLocation? {
        var best: (LibraryLocation, Double)?
        for candidate in candidates where candidate.id != library.id {
            let miles = Haversine.miles(library.point, candidate.point)
            if let current = best, current.1 < miles || (current.1 == miles && current.0.id < candidate.id) { continue }
            best = (candidate, miles)
        }
        return best?.0
    }
}
