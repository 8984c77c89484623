public import WorkbenchCore

/// Measured access as evidence for the options framework: the score of the network-change choices on the criteria
/// that ask about access, from `AccessMeasure` instead of a judgement, wherever the workspace locates the subject's
/// libraries and has their catchments.
///
/// The scenario measured: in each borough of the subject, the statutory library with the smallest catchment (the
/// one a network change would take out first) is closed (`network-change`) or handed over to its community
/// (`community-managed`). The score comes from the share of the subject's people who live within 1 mile of their
/// statutory library now and may not after (`AccessResult.DeprivationBand.leavingOneMile`): under 1% scores 2,
/// under 5% scores 1, more scores 0 (a network change never scores 3: it cuts the service). A hand-over scores one
/// more (at most 2), because the library stays open outside the statutory service.
public enum AccessEvidence {
    /// The choices measured and whether each hands the library over (rather than closing it).
    public static let choices: [(id: OptionID, handsOver: Bool)] = [
        (OptionID(rawValue: "network-change"), false), (OptionID(rawValue: "community-managed"), true),
    ]

    /// What the portfolio says when access is measured.
    public static let portfolioNote =
        "Strategic impact: on the access criteria, the network-change and community-managed choices score measured access "
        + "from the library catchments [S72] (the share of people who may leave a mile of a statutory library when the smallest "
        + "is closed or handed over; see 'access <borough>'), not a judgement."

    /// The scoring rule in words, as the position table states it.
    public static let rule = "under 1% scores 2, under 5% 1, else 0; a hand-over +1"

    /// The score for a share of people who may leave 1 mile of a statutory library, before any hand-over bonus.
    public static func score(leavingOneMileShare share: Double) -> Int {
        share < 0.01 ? 2 : share < 0.05 ? 1 : 0
    }

    /// The measured service scores of the network-change choices for a subject's boroughs.
    /// - Parameters:
    ///   - boroughs: the subject's boroughs.
    ///   - libraries: every library the workspace locates.
    ///   - catchments: the catchments by library id.
    /// - Returns: a score for each choice of `choices`, or none when any borough has no statutory library with a
    ///   catchment (the judged scores then stand).
    public static func serviceScores(
        for boroughs: [BoroughID], libraries: [LibraryLocation], catchments: [Int: LibraryCatchment]
    ) -> [OptionID: MeasuredServiceScore] {
        var out: [OptionID: MeasuredServiceScore] = [:]
        for (choice, handsOver) in choices {
            var population = 0
            var leaving = 0
            var taken: [String] = []
            for borough in boroughs {
                let statutory = libraries.filter { $0.authorityID == borough && $0.statutory2016 && catchments[$0.id] != nil }
                guard let smallest = statutory.min(by: { (catchments[$0.id]?.total ?? 0, $0.id) < (catchments[$1.id]?.total ?? 0, $1.id) })
                else { return [:] }
                let scenario = handsOver ? AccessScenario(handedOver: [smallest.id]) : AccessScenario(closed: [smallest.id])
                guard let result = AccessMeasure.measure(authority: borough, libraries: libraries, catchments: catchments, scenario: scenario)
                else { return [:] }
                population += result.population
                leaving += result.bands.reduce(0) { $0 + $1.leavingOneMile }
                let miles = result.moves.first?.miles.map { ", \(Self.miles($0)) from the nearest other" } ?? ""
                taken.append("\(smallest.name) (\(borough), \(MoneyFormat.grouped(Double(catchments[smallest.id]?.total ?? 0))) people\(miles))")
            }
            guard population > 0 else { return [:] }
            let share = Double(leaving) / Double(population)
            let measured = score(leavingOneMileShare: share)
            let value = handsOver ? min(2, measured + 1) : measured
            let percent = (share * 1000).rounded() / 10
            let people = "\(MoneyFormat.grouped(Double(leaving))) people (\(percent)%)"
            var reason = "Measured access [S72]: \(handsOver ? "handing over" : "closing") the statutory library with the smallest catchment, "
                + taken.joined(separator: "; ") + ", may take \(people) beyond a mile of a statutory library"
            if handsOver { reason += "; one more because the library stays open outside the statutory service" }
            out[choice] = MeasuredServiceScore(
                score: value, reason: reason,
                figure: "\(people) may leave a mile of a statutory library [S72]",
                rule: "smallest catchment \(handsOver ? "handed over" : "closed"): " + Self.rule)
        }
        return out
    }

    /// `0.96 miles`.
    static func miles(_ value: Double) -> String {
        "\((value * 100).rounded() / 100) miles"
    }
}
