import Foundation
import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// The arguments `mcda` and `sensitivity weights` share: a method, a matrix file, weights, cost criteria, swing
/// weighting and PROMETHEE preference functions, parsed and checked against the matrix.
struct MCDAArguments {
    /// The method names typed.
    static let methods = ["wsm", "topsis", "promethee"]

    /// The options both commands declare.
    static let options: [OptionSpec] = [weightsOption.spec, costOption.spec, swingFlag.spec, preferenceOption.spec]

    /// `--weights w1,w2,…`.
    static let weightsOption = Weights.option(
        "--weights", "one weight per criterion in column order; normalised if they do not sum to 1")
    /// `--cost c1,c2,…` (checked against the matrix's criteria).
    static let costOption = Option<String>.text(
        "--cost", value: "c1,c2,…", "criteria where less is better, by name or number (1 = the first criterion column)")
    /// `--swing`.
    static let swingFlag = Flag("--swing", "read the weights as swing weights: the value of moving each criterion from worst to best (wsm)")
    /// `--preference criterion=type…` (checked against the matrix's criteria).
    static let preferenceOption = Option<String>.text(
        "--preference", value: "criterion=type[:q=..][:p=..][:s=..]",
        "a PROMETHEE preference function for a criterion: " + PreferenceFunction.names.joined(separator: ", "),
        repeatable: true)

    let matrix: DecisionMatrix
    let file: String
    let weights: Weights
    let method: MCDAMethod
    let swing: Bool

    /// Parses the method name, the file (resolved against the workspace, then the current directory) and options.
    init(method name: String, file: String, invocation: Invocation, context: CommandContext) throws {
        guard Self.methods.contains(name) else {
            throw WorkbenchError(
                .invalidArgument, "Unknown method '\(name)'." + Suggestions.didYouMean(name, in: Self.methods),
                hint: "Methods: wsm (weighted sum), topsis, promethee.", location: .init(argument: "<method>"))
        }
        let read = try MatrixFile.decision(csv: MatrixFile.text(at: context.resolveInputPath(file), file: file), file: file)
        do {
            matrix = try DecisionMatrix(options: read.options, criteria: read.criteria, values: read.values)
        } catch var error as WorkbenchError {
            error.location = WorkbenchError.Location(file: file, field: error.location?.field)
            throw error
        }
        self.file = file
        guard let givenWeights = try invocation.value(Self.weightsOption) else {
            throw WorkbenchError(
                .usage, "The option '--weights' is required.",
                hint: "Give one weight per criterion in column order: --weights \(matrix.criteria.map { _ in "1" }.joined(separator: ",")) (criteria: \(matrix.criteria.joined(separator: ", "))).",
                location: .init(argument: "--weights"))
        }
        weights = try Weights(givenWeights, criteria: matrix.criteria)
        let costs = try invocation.value(Self.costOption).map { $0.split(separator: ",").map { $0.trimmingWhitespace() } } ?? []
        let directions = try matrix.directions(costs: costs)
        swing = invocation.flag(Self.swingFlag)
        if swing, name != "wsm" {
            throw WorkbenchError(
                .usage, "--swing applies to the weighted sum (wsm) only.",
                hint: "Drop --swing, or use 'wsm'.", location: .init(argument: "--swing"))
        }
        let preferenceTexts = try invocation.values(Self.preferenceOption)
        if !preferenceTexts.isEmpty, name != "promethee" {
            throw WorkbenchError(
                .usage, "--preference applies to PROMETHEE only.", hint: "Drop --preference, or use 'promethee'.",
                location: .init(argument: "--preference"))
        }
        switch name {
        case "wsm": method = .weightedSum(directions: directions)
        case "topsis": method = .topsis(directions: directions)
        default:
            var preferences = [PreferenceFunction](repeating: .usual, count: matrix.criterionCount)
            var given = Set<Int>()
            for text in preferenceTexts {
                let (index, function) = try Self.preference(text, matrix: matrix)
                guard given.insert(index).inserted else {
                    throw WorkbenchError(
                        .usage, "Criterion '\(matrix.criteria[index])' has two --preference options.",
                        hint: "Give each criterion at most one preference function.", location: .init(argument: "--preference"))
                }
                preferences[index] = function
            }
            method = .promethee(directions: directions, preferences: preferences)
        }
    }

    /// Parses `cost=linear:q=10:p=50`.
    static func preference(_ text: String, matrix: DecisionMatrix) throws -> (Int, PreferenceFunction) {
        guard let equals = text.firstIndex(of: "=") else {
            throw WorkbenchError.invalid("--preference", text, expected: "<criterion>=<type>[:q=..][:p=..][:s=..], such as cost=linear:q=10:p=50")
        }
        let index = try matrix.criterionIndex(String(text[..<equals]), argument: "--preference")
        let parts = text[text.index(after: equals)...].split(separator: ":", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        var thresholds: [String: Double] = [:]
        for part in parts.dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingWhitespace() }
            guard pair.count == 2, ["q", "p", "s"].contains(pair[0].lowercased()), let value = MatrixFile.number(pair[1]) else {
                throw WorkbenchError.invalid("--preference", part, expected: "a threshold q=<number>, p=<number> or s=<number>, in the criterion's units")
            }
            thresholds[pair[0].lowercased()] = value
        }
        let function = try PreferenceFunction(
            name: parts.first ?? "", q: thresholds["q"], p: thresholds["p"], s: thresholds["s"], argument: "--preference")
        return (index, function)
    }

    /// The common header line: what was scored and how.
    var summary: String {
        let directions: [CriterionDirection]
        switch method {
        case let .weightedSum(d), let .topsis(d), let .promethee(d, _): directions = d
        }
        let costs = matrix.criteria.indices.filter { directions[$0] == .cost }.map { matrix.criteria[$0] }
        return "\(matrix.optionCount) options × \(matrix.criterionCount) criteria from \(file); "
            + "weights " + zip(matrix.criteria, weights.values).map { "\($0) \(MCDAFormat.number($1))" }.joined(separator: ", ")
            + (costs.isEmpty ? "; every criterion a benefit." : "; cost: \(costs.joined(separator: ", ")).")
    }
}
