import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchWorkspace

/// Builds the portfolio's candidates: each pilot's short-listed options (costed by their calculators and appraised
/// with the workspace's optimism bias) and the partnerships among the pilots (the best split for each project type),
/// each scored on the workspace's objectives and critical success factors by the options framework.
struct PortfolioCandidates {
    /// The criteria: the workspace's objectives then its critical success factors, as (name, id) pairs; names are
    /// prefixed (`obj:`, `csf:`) because an objective and a factor may share an id.
    let criteria: [(name: String, id: String)]
    /// The candidates.
    var candidates: [Portfolio.Candidate] = []
    /// What was left out, and why.
    var notes: [String] = []

    /// Builds candidates for boroughs (pilots with profiles) and partnerships among them of at most `maxSize`.
    init(boroughs: [BoroughID], maxSize: Int, context: CommandContext) throws {
        let manifest = context.workspace.manifest
        criteria = manifest.objectives.map { ("obj:\($0.id)", $0.id) } + manifest.allSuccessFactors.map { ("csf:\($0.id)", $0.id) }
        guard let framework = context.registry.frameworks.first?.framework else {
            throw WorkbenchError(
                .notFound, "No options framework is registered, so options cannot be scored on the workspace's criteria.",
                hint: "Enable the toolkit module in workspace.json.")
        }
        var longLists: [BoroughID: [OptionChoice]] = [:]
        for borough in boroughs {
            let appraisal = try context.registry.appraise(framework, 
                try context.frameworkInputs(borough.rawValue), rules: context.registry.rules.map(\.rule))
            longLists[borough] = appraisal.longList
            for option in appraisal.shortList where !option.calculators.isEmpty {
                let id = "\(borough):\(option.id)"
                do {
                    let inputs = try context.subjectInputs(borough.rawValue)
                    let schedules = try option.calculators.map { calculatorID -> CashFlowSchedule in
                        guard let calculator = context.registry.calculators[calculatorID]?.calculator else {
                            throw WorkbenchError(.notFound, "The calculator '\(calculatorID)' is not registered.")
                        }
                        return try context.registry.schedule(calculator, for: inputs, parameters: ParameterValues())
                    }
                    let result = try Appraisal.appraise(schedules, title: option.title, assumptions: context.assumptions)
                    candidates.append(Portfolio.Candidate(
                        id: id, title: "\(borough): \(option.title)", kind: "option",
                        scores: scores(option.choices, in: appraisal.longList), riskAdjustedNPV: result.netPresentValue.pounds))
                } catch let error as WorkbenchError {
                    notes.append("Left out \(id): \(error.message)")
                }
            }
        }
        guard boroughs.count >= 2 else { return }
        let authorities = try boroughs.map { try context.authority($0.rawValue) }
        for project in PartnershipCatalogue.projects {
            let model = try PartnershipArguments.model(project, among: authorities, context: context, riskAdjusted: true)
            let best = PartitionOptimiser.optimise(model, maxSize: maxSize)
            for group in best.groups where group.count >= 2 {
                let outcome = model.outcome(of: group)
                // Impact: the project's choice as the framework scored it for each member, averaged.
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
    }

    /// The long-list choice that stands in for a project whose own choice a borough's long list lacks.
    static func fallbackChoice(_ kind: CaseStudyKind) -> OptionID {
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
    func scores(_ choices: [OptionID], in longList: [OptionChoice]) -> [Double] {
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
