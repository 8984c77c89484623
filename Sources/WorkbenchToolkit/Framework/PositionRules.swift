import WorkbenchCore

/// The rules that turn a subject's own figures (`BoroughStanding`) into scores, so that two boroughs in different
/// positions get different, explained assessments. Each rule names the figures it used in its reason.
///
/// - Spend: for a solution that saves a share of the budget, the `saving` attribute rises by 1 when the library
///   budget per head is at least 10% above the mean of the nearest neighbours with a spend figure (more to take
///   out), and falls by 1 when it is at least 10% below (already lean). An estimated budget is not compared.
/// - Libraries: RFID's `saving` follows the number of libraries at Solihull's £27k a library a year [S44]: fewer
///   than 10 libraries 1, 10 to 14 2, 15 or more 3.
/// - Hours (criteria about opening hours): a change that cuts hours or branches scores by annual hours per 1,000
///   people against the PLSS 2 standard of 128 [S68]: at or above it 3, from 80% 2, from 60% 1, below 60% 0.
/// - Reach (criteria about access): the score the workspace's geography measured for the choice
///   (`FrameworkInputs.measuredService`), else the borough's measured access test when the shell supplies one
///   (`FrameworkComparators.access`), read through `reach(of:)` by the assessments, the long list's reasons and the
///   position table alike; otherwise people per library against the pool's median: below 90% of it 2,
///   up to 110% 1, above 0; less 1 where the IMD 2015 score is below 5 (the more deprived half, who rely more on a
///   free local service: the toolkit's judgement).
/// - Volunteers: for community management, supplier capacity (willing groups) rises by 1 where the IMD 2015 score
///   is 6 or more (less deprived: more people with time to give, the toolkit's judgement).
struct PositionRules {
    /// The measured position.
    let standing: BoroughStanding
    /// The access scores measured from the workspace's geography, by choice (`FrameworkInputs.measuredService`).
    var measured: [OptionID: MeasuredServiceScore] = [:]

    /// A choice's score on an access criterion about reach, and whether the geography measured it.
    struct Reach {
        /// The score with its reason.
        let score: OptionTemplate.Score
        /// The measured score it came from, or nil when the borough-level test or the proxy gave it.
        let measured: MeasuredServiceScore?
    }

    /// The one place a choice's reach is read, by the assessments, the long list's reasons and the position table
    /// alike: the score measured from the workspace's geography for that choice, else `reachScore()` (the
    /// borough-level measured test or the people-per-library proxy).
    func reach(of choice: OptionID) -> Reach? {
        if let found = measured[choice] {
            return Reach(score: OptionTemplate.Score(found.score, found.reason), measured: found)
        }
        return reachScore().map { Reach(score: $0, measured: nil) }
    }

    /// The choice the position table's reach figures speak for: the catalogue's solution measured by access (the
    /// network change).
    static let reachChoice: OptionID = StandardOptionCatalogue.solutions.first { $0.measuredBy.contains(.access) }?.id ?? "network-change"

    /// Solihull's counter-staff saving a library a year [S44].
    static let rfidSavingPerLibrary = 27_000.0
    /// The band around the neighbours' mean within which spend counts as typical.
    static let spendBand = 0.10

    /// The spend rule's change to a saving score, with its reason; nil when nothing could be compared.
    func spendAdjustment() -> (delta: Int, reason: String)? {
        guard let spend = standing.spendPerHead else { return nil }
        let own = "\(standing.name) spends £\(MoneyFormat.fixed(spend, decimals: 2)) a head \(standing.spendSource)"
        if standing.spendIsEstimate {
            return (0, own + ", an estimate, so it is not compared with neighbours")
        }
        guard let mean = standing.neighbourMeanSpend else { return nil }
        let ratio = spend / mean - 1
        let against = "\(Self.percent(abs(ratio))) \(ratio >= 0 ? "above" : "below") the mean £\(MoneyFormat.fixed(mean, decimals: 2)) "
            + "of its nearest neighbours with a spend figure (" + standing.neighbours.map {
                "\($0.name) £\(MoneyFormat.fixed($0.spendPerHead, decimals: 2))\($0.isEstimate ? " est." : "")"
            }.joined(separator: ", ") + ")"
        if ratio >= Self.spendBand { return (1, own + ", " + against + ": more to take out") }
        if ratio <= -Self.spendBand { return (-1, own + ", " + against + ": already lean, less to take out") }
        return (0, own + ", " + against + ": typical")
    }

    /// The libraries rule for RFID's saving score.
    func rfidSaving() -> OptionTemplate.Score? {
        guard let libraries = standing.libraries else { return nil }
        let value = libraries < 10 ? 1 : libraries < 15 ? 2 : 3
        let saving = Double(libraries) * Self.rfidSavingPerLibrary
        return OptionTemplate.Score(
            value,
            "\(libraries) libraries (April 2010 [S71]) × about £27k a library a year released at the counter in Solihull [S44] "
                + "= about \(MoneyFormat.compact(saving)) a year")
    }

    /// The hours rule for a change that cuts hours or branches.
    func hoursScore() -> OptionTemplate.Score? {
        guard let hours = standing.hoursPerThousand else { return nil }
        let ratio = hours / AuthorityStatistics.openingHoursStandard
        let value = ratio >= 1 ? 3 : ratio >= 0.8 ? 2 : ratio >= 0.6 ? 1 : 0
        let verdict = [
            "hours already far below the standard: a cut fails the test",
            "below the standard: only a small cut could be justified",
            "near the standard: a modest cut leaves hours close to it",
            "at or above the standard: hours can be trimmed and still meet it",
        ][value]
        return OptionTemplate.Score(
            value,
            "\(MoneyFormat.fixed(hours, decimals: 1)) opening hours a year per 1,000 people (2016 scheduled hours [S71]) "
                + "against the PLSS 2 standard of 128 [S68], \(Self.percent(ratio)) of it: \(verdict)")
    }

    /// The reach rule for a change that cuts hours or branches: the measured access test, or the proxy.
    func reachScore() -> OptionTemplate.Score? {
        if let access = standing.access { return OptionTemplate.Score(access.score, access.reason) }
        guard let people = standing.peoplePerLibrary, let median = standing.medianPeoplePerLibrary, median > 0 else { return nil }
        let ratio = people / median
        var value = ratio < 0.9 ? 2 : ratio <= 1.1 ? 1 : 0
        var reason = "\(MoneyFormat.grouped(people.rounded())) people per library (April 2010 libraries [S71], mid-2015 population [S72]), "
            + "\(Self.percent(abs(ratio - 1))) \(ratio >= 1 ? "above" : "below") the median of \(standing.pool) "
            + "(\(MoneyFormat.grouped(median.rounded())))"
        reason += [
            ": each library already serves more people than most, so fewer libraries would fail the access test",
            ": about typical, so a change must be chosen with care",
            ": a denser network than most, so a change leaves other libraries within reach",
        ][value]
        if let deprivation = standing.deprivation, deprivation < 5, value > 0 {
            value -= 1
            reason += "; less 1 for deprivation (IMD 2015 score \(MoneyFormat.fixed(deprivation, decimals: 1)) of 10 [S72]: "
                + "the more deprived half rely more on a free local service)"
        }
        reason += "; a proxy until geography measures distance to a library"
        return OptionTemplate.Score(value, reason)
    }

    /// The volunteers rule for community management's supplier capacity, with its reason; nil when it does not apply.
    func volunteerAdjustment() -> (delta: Int, reason: String)? {
        guard let deprivation = standing.deprivation else { return nil }
        let score = "IMD 2015 score \(MoneyFormat.fixed(deprivation, decimals: 1)) of 10 [S72]"
        if deprivation >= 6 { return (1, score + ", less deprived: more people with time to volunteer (judgement)") }
        return (0, score + ": no more volunteer capacity than most assumed (judgement)")
    }

    /// The measures shown in `options`, each with what it does to the assessments.
    func measures() -> [PositionMeasure] {
        var list: [PositionMeasure] = []
        let reach = reach(of: Self.reachChoice)
        if let people = standing.peoplePerLibrary {
            let effect = reach.map {
                $0.measured != nil
                    ? "Not used for reach: access is measured (see 'Access, measured')"
                    : "Network and hours changes score \($0.score.value) on access (reach)"
            } ?? "Not scored"
            list.append(PositionMeasure(
                measure: "People per library",
                value: "\(MoneyFormat.grouped(people.rounded())) (\(standing.libraries.map(String.init) ?? "?") libraries [S71][S72])",
                comparison: standing.access != nil
                    ? "replaced by the measured access test"
                    : standing.medianPeoplePerLibrary.map { "median of \(standing.pool): \(MoneyFormat.grouped($0.rounded()))" }
                        ?? "no comparison pool",
                effect: effect))
        }
        if let reach, let measured = reach.measured {
            // The same score the assessments use (`reach(of:)`), and the other choices measured with it.
            let others = self.measured.keys.filter { $0 != Self.reachChoice }.sorted { $0.rawValue < $1.rawValue }
                .compactMap { id in self.reach(of: id).map { "\(id) \($0.score.value)" } }
            list.append(PositionMeasure(
                measure: "Access, measured",
                value: measured.figure.isEmpty ? measured.reason : measured.figure,
                comparison: measured.rule.isEmpty ? "measured from the workspace's geography" : measured.rule,
                effect: "Network and hours changes score \(reach.score.value) on access (reach), measured"
                    + (others.isEmpty ? "" : "; " + others.joined(separator: ", "))))
        }
        if let hours = standing.hoursPerThousand {
            list.append(PositionMeasure(
                measure: "Opening hours a year per 1,000",
                value: "\(MoneyFormat.fixed(hours, decimals: 1)) (2016 [S71])",
                comparison: "PLSS 2 standard 128 [S68]: \(Self.percent(hours / AuthorityStatistics.openingHoursStandard))",
                effect: hoursScore().map { "Network and hours changes score \($0.value) on opening hours" } ?? "Not scored"))
        }
        if let spend = standing.spendPerHead {
            let adjustment = spendAdjustment()
            list.append(PositionMeasure(
                measure: "Library budget a head",
                value: "£\(MoneyFormat.fixed(spend, decimals: 2)) \(standing.spendSource)" + (standing.spendIsEstimate ? " (estimate)" : ""),
                comparison: standing.spendIsEstimate
                    ? "not compared: an estimate"
                    : standing.neighbourMeanSpend.map { "nearest neighbours' mean £\(MoneyFormat.fixed($0, decimals: 2))" }
                        ?? "no neighbour with a spend figure",
                effect: adjustment.map {
                    $0.delta == 0 ? "No change to savings scores" : "Savings from a share of the budget \($0.delta > 0 ? "+1" : "−1")"
                } ?? "Not scored"))
        }
        if let deprivation = standing.deprivation {
            list.append(PositionMeasure(
                measure: "Deprivation (IMD 2015 score)",
                value: "\(MoneyFormat.fixed(deprivation, decimals: 2)) of 10 [S72]",
                comparison: "1 most deprived, 10 least; 5 the middle",
                effect: (deprivation < 5
                    ? (reach?.measured != nil ? "None on access: measured, so the proxy's −1 is not used" : "Access proxy −1 for network changes")
                    : deprivation >= 6
                    ? "Community management: volunteer capacity +1" : "No change")))
        }
        if let libraries = standing.libraries {
            list.append(PositionMeasure(
                measure: "Libraries (April 2010)", value: "\(libraries) [S71]",
                comparison: "RFID: fewer than 10 score 1, 10–14 score 2, 15 or more 3",
                effect: "RFID saves about \(MoneyFormat.compact(Double(libraries) * Self.rfidSavingPerLibrary)) a year [S44]"))
        }
        return list
    }

    /// A fraction as a whole percentage.
    static func percent(_ fraction: Double) -> String { "\(Int((fraction * 100).rounded()))%" }
}
