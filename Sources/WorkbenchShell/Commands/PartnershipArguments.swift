import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// The arguments the partnership commands share: `--within` (`--among`), `--max-size`, and how a model is built and described.
enum PartnershipArguments {
    /// `--within scope` (also `--among`, the name the partnership commands first had): the one scope option.
    static let amongOption = Option<AuthorityScope>.scope(
        "the boroughs that may take part (default pilots)")
    /// `--max-size k`.
    static let maxSizeOption = Option<Int>.integer("--max-size", value: "k", "the largest group (default 4)", in: 2...8)

    /// `--among` and `--max-size`, as `partners` declares them.
    static let options: [OptionSpec] = [amongOption.spec, maxSizeOption.spec]

    /// A `--project p` option: a partnership project id, checked with "Did you mean" as parsing reads it.
    static func projectOption(_ help: String) -> Option<PartnershipProject> {
        Option(
            "--project", value: "p", help, accepts: nil, completion: .values(ToolkitParts.partnershipProjects.map(\.id))
        ) { try project($0, argument: "--project") }
    }

    /// The partnership project with an id, or an error with "Did you mean".
    static func project(_ text: String, argument: String = "<project>") throws -> PartnershipProject {
        let projects = ToolkitParts.partnershipProjects
        if let found = projects.first(where: { $0.id == text }) { return found }
        let ids = projects.map(\.id)
        throw WorkbenchError(
            .notFound, "Unknown partnership project '\(text)'." + Suggestions.didYouMean(text, in: ids),
            hint: "Projects: \(ids.joined(separator: ", ")).", location: .init(argument: argument))
    }

    /// The authorities named by `--among` (default: the five pilots), sorted by id.
    static func among(_ scope: AuthorityScope?, context: CommandContext) throws -> [AuthorityStatistics] {
        let scope = scope ?? .pilots
        let out = try context.authorities(in: scope, argument: "--within")
        guard out.count >= 2 else {
            throw WorkbenchError(
                .invalidArgument, "The value '\(scope)' for '--within' names fewer than two boroughs.",
                hint: "Name two or more borough ids joined by ',' or '+', or use 'pilots', 'london' or 'england'.",
                location: .init(argument: "--within"))
        }
        return out
    }

    /// The model for a project among authorities. With `distanceCosts` (the default), where the workspace has a
    /// boundary for every one of them, groups also pay the project's cost of working together per kilometre between
    /// their members' centres, as `partners` values them with its default geography: `shares`, `proposal` and
    /// `support` give the same figure for a group as `partners`. `partners` itself (which applies the cost by its
    /// `--geography`) and `portfolio` (whose size-profile optimiser needs values that depend only on size and
    /// driver) pass false.
    static func model(
        _ project: PartnershipProject, among authorities: [AuthorityStatistics], context: CommandContext,
        riskAdjusted: Bool = false, distanceCosts: Bool = true
    ) throws -> PartnershipModel {
        let drivers = try ToolkitParts.partnershipDrivers(
            for: project, among: authorities, all: try context.authorities(), profiles: try context.resolvedProfiles())
        let model = PartnershipModel(project: project, drivers: drivers, assumptions: context.assumptions, riskAdjusted: riskAdjusted)
        guard distanceCosts, let boundaries = try context.workspace.boundaries() else { return model }
        let located = Set(boundaries.map(\.id))
        guard drivers.allSatisfy({ located.contains($0.id) }) else { return model }
        return GeographySetting.withDistanceCosts(model, boundaries: boundaries, libraries: try context.workspace.libraryLocations())
    }

    /// The value convention in one sentence.
    static func convention(_ model: PartnershipModel, context: CommandContext) -> String {
        "NPVs over years 0–\(model.horizon) at \(context.assumptions.discountRate) (Green Book [S53][S54]), prices of "
            + "\(context.assumptions.priceBaseYear), one-off costs in the start year"
            + (model.uplift > 0 ? ", with \(Rate(fraction: model.uplift)) optimism bias on one-off costs [S55]." : ", without optimism bias.")
            + coordination(model)
    }

    /// The costs of working together in one sentence (empty when the project states none): they grow with the
    /// number of members, so the best group size is found, not assumed the largest.
    static func coordination(_ model: PartnershipModel) -> String {
        let project = model.project
        var parts: [String] = []
        if project.coordinationShare.value > 0 {
            parts.append(
                (project.driver.isMoney ? Rate(fraction: project.coordinationShare.value).description
                    : MoneyFormat.compact(project.coordinationShare.value) + " a unit")
                    + " of each member's \(project.driver.label.lowercased()) a year per partner beyond the first")
        }
        if project.coordinationPerLink.value > 0 {
            parts.append("\(MoneyFormat.compact(project.coordinationPerLink.value)) a year per pair of members")
        }
        if project.coordinationPerKilometre.value > 0 {
            parts.append(
                "\(MoneyFormat.compact(project.coordinationPerKilometre.value)) a year per km between a pair's centres"
                    + (model.distances == nil ? " (not applied here: it needs every member's boundary, and --geography any and the portfolio value groups without it)" : ""))
        }
        guard !parts.isEmpty else { return "" }
        return " Costs of working together, netted off the saving together: " + parts.joined(separator: "; ")
            + "; they grow with the group, so larger is not always better."
    }

    /// A driver cell: money or a count.
    static func driverCell(_ project: PartnershipProject, _ value: Double) -> ReportCell {
        project.driver.isMoney ? .money(value) : .number(value, decimals: 0)
    }

    /// The drivers table: each borough's driver with its provenance and method.
    static func driversTable(_ model: PartnershipModel) -> ReportTable {
        var table = ReportTable(
            title: "Drivers: \(model.project.driver.label.lowercased()) by borough",
            columns: [
                ReportColumn("id", "Id"), ReportColumn("name", "Borough"),
                ReportColumn("driver", model.project.driver.label, unit: model.project.driver.isMoney ? "£ a year" : "libraries"),
                ReportColumn("provenance", "Provenance"), ReportColumn("method", "Method"),
            ])
        for driver in model.drivers {
            table.append([
                .text(driver.id.rawValue), .text(driver.name), driverCell(model.project, driver.value),
                .text(driver.provenance.description), .text(driver.provenance.method ?? "–"),
            ])
        }
        let estimates = model.drivers.filter { $0.provenance.kind == .estimate }.count
        if estimates > 0 {
            table.notes.append(
                "\(estimates) of \(model.drivers.count) drivers are estimates from the comparator statistics (only the "
                    + "five pilots have profiles); every figure built on them is an estimate too.")
        }
        return table
    }

    /// The project's parameters with their provenance.
    static func parametersTable(_ project: PartnershipProject) -> ReportTable {
        var table = ReportTable(
            title: "\(project.title): parameters",
            columns: [
                ReportColumn("parameter", "Parameter"), ReportColumn("value", "Value"),
                ReportColumn("provenance", "Provenance"), ReportColumn("method", "Method"),
            ])
        for row in project.parameterList {
            table.append([
                .text(row.label), row.figure.map { .described($0, text: row.value) } ?? .text(row.value),
                .text(row.provenance.description), .text(row.provenance.method ?? "–"),
            ])
        }
        table.notes = [ToolkitParts.scaleNote]
        return table
    }

    /// `a+b+c` for indices into a model's drivers.
    static func name(_ group: [Int], _ model: PartnershipModel) -> String {
        group.map { model.drivers[$0].id.rawValue }.joined(separator: "+")
    }

    /// A year cell: `year 2` or missing.
    static func yearCell(_ year: Int?) -> ReportCell { year.map { .integer($0) } ?? .missing }
}
