public import WorkbenchCore

/// The portfolio's candidates: each pilot's short-listed options (valued by the caller, from their calculators and
/// the workspace's optimism bias) and the partnerships among the pilots (the groups of each project's best split),
/// each scored on the workspace's objectives and critical success factors as the options framework assessed them.
public struct PortfolioCandidates: Sendable {
    /// The criteria: the workspace's objectives then its critical success factors, as (name, id) pairs; names are
    /// prefixed (`obj:`, `csf:`) because an objective and a factor may share an id.
    public let criteria: [(name: String, id: String)]
    /// The candidates, in the order added.
    public var candidates: [Portfolio.Candidate] = []
    /// What was left out or stood in, and why, in the order found.
    public var notes: [String] = []
    /// Each borough's long list, as `addOptions` recorded it, for scoring partnerships.
    public private(set) var longLists: [BoroughID: [OptionChoice]] = [:]

    /// Makes an empty set of candidates scored on objectives and factors.
    public init(objectives: [SpendingObjective], factors: [CriticalSuccessFactor]) {
        criteria = objectives.map { ("obj:\($0.id)", $0.id) } + factors.map { ("csf:\($0.id)", $0.id) }
    }

    /// Records a borough's options appraisal and adds each of its short-listed options that has calculators as a
    /// candidate (`<borough>:<option>`), valued by `riskAdjustedNPV`; an option it cannot value (a `WorkbenchError`)
    /// is left out with a note.
    /// - Throws: any other error `riskAdjustedNPV` throws.
    public mutating func addOptions(
        of borough: BoroughID, appraisal: OptionsAppraisal, riskAdjustedNPV: (ShortListedOption) throws -> Double
    ) throws {
        longLists[borough] = appraisal.longList
        for option in appraisal.shortList where !option.calculators.isEmpty {
            let id = "\(borough):\(option.id)"
            do {
                let npv = try riskAdjustedNPV(option)
                candidates.append(Portfolio.Candidate(
                    id: id, title: "\(borough): \(option.title)", kind: "option",
                    scores: scores(option.choices, in: appraisal.longList), riskAdjustedNPV: npv))
            } catch let error as WorkbenchError {
                notes.append("Left out \(id): \(error.message)")
            }
        }
    }

    /// Adds the groups of two or more in a project's split as partnership candidates, each scored by the project's
    /// choice as the framework scored it for each member (a stand-in choice, with a note, where a member's long
    /// list lacks it), averaged over the members with long lists.
    /// - Parameters:
    ///   - project: the project type.
    ///   - model: its partnership model among the boroughs.
    ///   - groups: the split, as indices into the model's drivers.
    public mutating func addPartnerships(of project: PartnershipProject, model: PartnershipModel, groups: [[Int]]) {
        for group in groups where group.count >= 2 {
            let outcome = model.outcome(of: group)
            let memberScores = outcome.members.compactMap { member -> [Double]? in
                guard let longList = longLists[member] else { return nil }
                if longList.contains(where: { $0.id == project.choice }) { return scores([project.choice], in: longList) }
                let fallback = Self.fallbackChoice(project.caseKind)
                notes.append(
                    "\(member)'s long list has no '\(project.choice)' choice; its '\(fallback)' scores stand in for '\(project.id)'.")
                return scores([fallback], in: longList)
            }
            let averaged = criteria.indices.map { j in
                memberScores.isEmpty ? 0 : memberScores.reduce(0) { $0 + $1[j] } / Double(memberScores.count)
            }
            candidates.append(Portfolio.Candidate(
                id: "\(project.id):\(outcome.subject)", title: "\(project.title): \(outcome.subject)", kind: "partnership",
                scores: averaged, riskAdjustedNPV: outcome.npvTogether))
        }
    }

    /// The long-list choice that stands in for a project whose own choice a borough's long list lacks.
    public static func fallbackChoice(_ kind: CaseStudyKind) -> OptionID {
        switch kind {
        case .procurement: return "consortium-procurement"
        case .selfService: return "self-service-rfid"
        case .community: return "community-managed"
        case .outsourcing: return "trust-or-provider"
        case .sharedService: return "shared-service"
        }
    }

    /// A set of choices' mean score on each criterion (0–3), matching the k-th assessment of an id to the k-th
    /// criterion with that id.
    public func scores(_ choices: [OptionID], in longList: [OptionChoice]) -> [Double] {
        var sums = [Double](repeating: 0, count: criteria.count)
        var counts = [Double](repeating: 0, count: criteria.count)
        for choiceID in choices {
            guard let choice = longList.first(where: { $0.id == choiceID }) else { continue }
            var used = Set<Int>()
            for assessment in choice.assessments {
                guard let j = criteria.indices.first(where: { criteria[$0].id == assessment.criterion && !used.contains($0) })
                else { continue }
                used.insert(j)
                sums[j] += Double(assessment.score)
                counts[j] += 1
            }
        }
        return criteria.indices.map { counts[$0] > 0 ? sums[$0] / counts[$0] : 0 }
    }
}
