import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `bench partition`: the exact set-partitioning solver on the workbench's own instances. London: the shared-service
/// project among the 33 London authorities, groups of at most 4 that are connected in the border graph. England
/// (when the workspace has imported the England authorities and boundaries): the same project among every authority,
/// groups of at most 3, the values of `partners optimise shared-service --among england --max-size 3`; stopped at
/// 5 s with its proven gap if not proven sooner.
extension BenchCommand {
    /// One solved instance and its time.
    struct PartitionCase {
        var name: String
        var members: Int
        var maxSize: Int
        var solution: SetPartitionSolution
        var milliseconds: [Double]
    }

    /// Times the London (and, when available, England) instances.
    func partition(in context: CommandContext) throws -> Reply {
        let (boundaries, graph) = try context.borderGraph(argument: "<workload>")
        let project = try PartnershipArguments.project("shared-service", argument: "<workload>")
        let london = try PartnershipArguments.among(.london, context: context)
        // The values of 'partners optimise': with geography, groups pay the cost per km between their centres.
        let libraries = try context.workspace.libraryLocations()
        let model = GeographySetting.withDistanceCosts(
            try PartnershipArguments.model(project, among: london, context: context, distanceCosts: false), boundaries: boundaries, libraries: libraries)
        var cases: [PartitionCase] = []
        let londonGraph = graph.restricted(to: model.drivers.map(\.id))
        cases.append(try Self.solveTimed(
            name: "London, shared service, contiguous", graph: londonGraph, maxSize: 4, repeats: repeats,
            timeLimit: nil, value: { model.value(of: $0) }))
        if boundaries.count > london.count, try context.workspace.englandAuthorities() != nil {
            // England: the same values as 'partners optimise shared-service --among england --max-size 3'.
            let england = try PartnershipArguments.among(.england, context: context)
            let englandModel = GeographySetting.withDistanceCosts(
                try PartnershipArguments.model(project, among: england, context: context, distanceCosts: false), boundaries: boundaries,
                libraries: libraries)
            let englandGraph = graph.restricted(to: englandModel.drivers.map(\.id))
            cases.append(try Self.solveTimed(
                name: "England, shared service, contiguous", graph: englandGraph, maxSize: 3, repeats: min(repeats, 5),
                timeLimit: .seconds(5), value: { englandModel.value(of: $0) }))
        }
        var table = ReportTable(
            title: "bench partition: exact set partitioning over connected groups (\(repeats) run\(repeats == 1 ? "" : "s") per case after one warm-up)",
            columns: [
                ReportColumn("case", "Case"), ReportColumn("members", "Members"), ReportColumn("k", "k"),
                ReportColumn("groups", "Groups"), ReportColumn("proven", "Proven"), ReportColumn("gap", "Gap", unit: "%"),
                ReportColumn("nodes", "Nodes"), ReportColumn("total", "Best total"), ReportColumn("bound", "Bound"),
                ReportColumn("lp", "LP bound"), ReportColumn("median_ms", "Median", unit: "ms"),
                ReportColumn("fastest_ms", "Fastest", unit: "ms"),
            ])
        for item in cases {
            let timing = Timing(name: item.name, size: "", milliseconds: item.milliseconds)
            table.append([
                .text(item.name), .integer(item.members), .integer(item.maxSize), .integer(item.solution.groupCount),
                .text(item.solution.isProvenOptimal ? "yes" : "no (\(item.solution.stoppedBy ?? "stopped"))"),
                .number(item.solution.gap * 100, decimals: 4), .integer(item.solution.nodes),
                .money(item.solution.total), .money(item.solution.bound), .money(item.solution.lpBound),
                .number(timing.median, decimals: 3), .number(timing.fastest, decimals: 3),
            ])
        }
        table.notes = [
            "Borders from \(boundaries.count) boundaries (tolerance 250 m, at least 1 km shared). Values: the shared-service model (NPV of each group).",
            "Build: \(Self.configuration); machine: \(Self.machine). Times depend on the machine; the bars are for a release build.",
        ]
        return Reply(blocks: [.table(table)], data: [
            ("workload", .string("partition")), ("build", .string(Self.configuration)), ("machine", .string(Self.machine)),
            ("cases", .array(cases.map { item in
                .object([
                    ("case", .string(item.name)), ("members", .number(Double(item.members))), ("k", .number(Double(item.maxSize))),
                    ("groups", .number(Double(item.solution.groupCount))), ("proven", .bool(item.solution.isProvenOptimal)),
                    ("gap", .number(item.solution.gap)), ("nodes", .number(Double(item.solution.nodes))),
                    ("total", .number(item.solution.total)), ("bound", .number(item.solution.bound)),
                    ("lp_bound", .number(item.solution.lpBound)),
                    ("median_ms", .number(Timing(name: "", size: "", milliseconds: item.milliseconds).median)),
                ])
            })),
        ])
    }

    /// Builds the connected-groups problem and solves it `repeats` times after a warm-up.
    static func solveTimed(
        name: String, graph: BorderGraph, maxSize: Int, repeats: Int, timeLimit: Duration?, value: ([Int]) -> Double
    ) throws -> PartitionCase {
        let problem = try SetPartitionProblem.connected(adjacency: graph.neighbours, maxSize: maxSize, value: value)
        var solution: SetPartitionSolution? = nil
        let milliseconds = time(repeats) {
            let clock = ContinuousClock()
            let deadline = timeLimit.map { clock.now.advanced(by: $0) }
            let limits = SetPartitionSolver.Limits(shouldStop: deadline.map { end in { @Sendable in ContinuousClock().now >= end } })
            solution = SetPartitionSolver.solve(problem, limits: limits)
        }
        return PartitionCase(name: name, members: graph.ids.count, maxSize: maxSize, solution: solution!, milliseconds: milliseconds)
    }
}
