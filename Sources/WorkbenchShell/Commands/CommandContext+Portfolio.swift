import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

extension CommandContext {
    /// The portfolio's candidates for boroughs (pilots with profiles): each one's short-listed options, costed by
    /// their calculators and appraised with the workspace's optimism bias, and, for two or more boroughs, the
    /// partnerships of at most `maxSize` in each project's best split.
    /// - Throws: `notFound` when no options framework is registered; errors about a borough or its figures.
    /// - Returns: the candidates, and for each partnership candidate its basis (the model's risk-adjusted figures
    ///   beside the project's own costing, see `basis(_:group:lead:)`).
    func portfolioCandidates(
        boroughs: [BoroughID], maxSize: Int
    ) throws -> (candidates: PortfolioCandidates, bases: [(line: String, json: JSONValue)]) {
        var built = PortfolioCandidates(
            objectives: workspace.manifest.objectives, factors: workspace.manifest.allSuccessFactors)
        for borough in boroughs {
            let appraisal = try optionsAppraisal(
                for: borough.rawValue, without: "options cannot be scored on the workspace's criteria")
            let inputs = try subjectInputs(borough.rawValue)
            try built.addOptions(of: borough, appraisal: appraisal) { option in
                // The one costing path: the NPV 'appraise <option> <borough>' reports; an option not costed in full
                // is left out with every missing part named.
                try costing(option.calculators, title: option.title, inputs: inputs).netPresentValue
            }
        }
        guard boroughs.count >= 2 else { return (built, []) }
        var bases: [(line: String, json: JSONValue)] = []
        let authorities = try boroughs.map { try authority($0.rawValue) }
        for project in ToolkitParts.partnershipProjects {
            let model = try PartnershipArguments.model(
                project, among: authorities, context: self, riskAdjusted: true, distanceCosts: false)
            let best = PartitionOptimiser.optimise(model, maxSize: maxSize)
            built.addPartnerships(of: project, model: model, groups: best.groups)
            for group in best.groups where group.count >= 2 { bases.append(basis(model, group: group)) }
        }
        return (built, bases)
    }
}
