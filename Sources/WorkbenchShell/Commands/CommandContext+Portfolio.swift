import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchWorkspace

extension CommandContext {
    /// The portfolio's candidates for boroughs (pilots with profiles): each one's short-listed options, costed by
    /// their calculators and appraised with the workspace's optimism bias, and, for two or more boroughs, the
    /// partnerships of at most `maxSize` in each project's best split.
    /// - Throws: `notFound` when no options framework is registered; errors about a borough or its figures.
    func portfolioCandidates(boroughs: [BoroughID], maxSize: Int) throws -> PortfolioCandidates {
        var built = PortfolioCandidates(
            objectives: workspace.manifest.objectives, factors: workspace.manifest.allSuccessFactors)
        for borough in boroughs {
            let appraisal = try optionsAppraisal(
                for: borough.rawValue, without: "options cannot be scored on the workspace's criteria")
            try built.addOptions(of: borough, appraisal: appraisal) { option in
                let inputs = try subjectInputs(borough.rawValue)
                let schedules = try option.calculators.map { calculatorID -> CashFlowSchedule in
                    guard let calculator = registry.calculators[calculatorID]?.calculator else {
                        throw WorkbenchError(.notFound, "The calculator '\(calculatorID)' is not registered.")
                    }
                    return try registry.schedule(calculator, for: inputs, parameters: ParameterValues())
                }
                return try Appraisal.appraise(schedules, title: option.title, assumptions: assumptions).netPresentValue.pounds
            }
        }
        guard boroughs.count >= 2 else { return built }
        let authorities = try boroughs.map { try authority($0.rawValue) }
        for project in ToolkitParts.partnershipProjects {
            let model = try PartnershipArguments.model(project, among: authorities, context: self, riskAdjusted: true)
            let best = PartitionOptimiser.optimise(model, maxSize: maxSize)
            built.addPartnerships(of: project, model: model, groups: best.groups)
        }
        return built
    }
}
