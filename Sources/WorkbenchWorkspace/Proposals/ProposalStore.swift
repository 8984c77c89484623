import Foundation
public import WorkbenchCore

/// Reads the workspace's proposals from `inputs/proposals/*.json`, each checked and located on error.
public enum ProposalStore {
    /// The folder, relative to the workspace.
    public static let folder = "inputs/proposals"

    /// Every proposal in the workspace, sorted by id; none when the folder does not exist.
    /// - Throws: `invalidFile` naming the file, line and field of the first problem, or two files with one id.
    public static func load(from workspace: Workspace) throws -> [Proposal] {
        let url = workspace.folder.appendingPathComponent(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return [] }
        var proposals: [Proposal] = []
        for name in names.sorted() where name.hasSuffix(".json") {
            let path = "\(folder)/\(name)"
            let data: Data
            do {
                data = try RegularFile.read(url.appendingPathComponent(name), limit: JSONFileDecoder.maxBytes, name: path)
            } catch {
                throw WorkbenchError(.invalidFile, "Could not read the proposal file '\(path)'.", location: .init(file: path))
            }
            let proposal = try JSONFileDecoder.decode(Proposal.self, from: data, file: path)
            try check(proposal, file: path, expectedID: String(name.dropLast(".json".count)))
            if proposals.contains(where: { $0.id == proposal.id }) {
                throw WorkbenchError(
                    .invalidFile, "Two proposal files have the id '\(proposal.id)'.",
                    hint: "Give each proposal an id of its own, matching its file name.", location: .init(file: path, field: "id"))
            }
            proposals.append(proposal)
        }
        return proposals.sorted { $0.id < $1.id }
    }

    /// Saves a proposal as `inputs/proposals/<id>.json`, atomically and under the workspace lock (nested in the
    /// command's own lock when it holds one), after the same checks reading applies.
    /// - Parameter replace: whether a proposal with the same id may be replaced; without it, one is refused.
    /// - Throws: `invalidArgument` for a bad id or an existing proposal (unless `replace`), `locked`, `writeFailed`.
    public static func save(_ proposal: Proposal, in workspace: Workspace, replace: Bool = false) throws {
        guard BoroughID.isValid(proposal.id) else {
            throw WorkbenchError.invalid("--id", proposal.id, expected: "lower-case letters, digits and hyphens, such as bexley-bromley-shared-service")
        }
        let path = "\(folder)/\(proposal.id).json"
        try check(proposal, file: path, expectedID: proposal.id)
        try workspace.withLock(command: "save \(path)") {
            let url = workspace.folder.appendingPathComponent(path)
            if !replace, FileManager.default.fileExists(atPath: url.path) {
                throw WorkbenchError(
                    .invalidArgument, "A proposal '\(proposal.id)' already exists in \(path). It was not replaced.",
                    hint: "Choose another id with --id, or add --replace to replace it.", location: .init(argument: "--id"))
            }
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw WorkbenchError(.writeFailed, "Could not create the folder '\(folder)'.", location: .init(file: folder))
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data: Data
            do { data = try encoder.encode(proposal) } catch {
                throw WorkbenchError(.writeFailed, "Could not encode the proposal '\(proposal.id)'.", location: .init(file: path))
            }
            try AtomicFile.write(data, to: url)
        }
    }

    /// Changes one proposal in place: under the workspace lock (nested in the command's own), re-reads its file,
    /// applies `change`, checks the result as reading does and writes it atomically over the file.
    /// - Returns: the proposal as saved.
    /// - Throws: `notFound` when no file has the id; `invalidFile` when the file or the changed proposal fails the
    ///   checks (the file is then unchanged); whatever `change` throws (the file unchanged); `locked`, `writeFailed`.
    @discardableResult
    public static func edit(_ id: String, in workspace: Workspace, _ change: (inout Proposal) throws -> Void) throws -> Proposal {
        let path = "\(folder)/\(id).json"
        return try workspace.withLock(command: "edit \(path)") {
            let url = workspace.folder.appendingPathComponent(path)
            guard BoroughID.isValid(id), FileManager.default.fileExists(atPath: url.path) else {
                throw WorkbenchError(
                    .notFound, "There is no proposal file \(path).", hint: "Draft one with 'proposal new <group> <project>'.",
                    location: .init(argument: "<id>"))
            }
            let data: Data
            do {
                data = try RegularFile.read(url, limit: JSONFileDecoder.maxBytes, name: path)
            } catch {
                throw WorkbenchError(.invalidFile, "Could not read the proposal file '\(path)'.", location: .init(file: path))
            }
            var proposal = try JSONFileDecoder.decode(Proposal.self, from: data, file: path)
            try check(proposal, file: path, expectedID: id)
            try change(&proposal)
            try save(proposal, in: workspace, replace: true)
            return proposal
        }
    }

    /// The ids in proposals that name nothing the workbench knows: a borough in no module's profiles and no row of
    /// the comparators, or a project not among the partnership projects; one error per unknown id, naming the file
    /// and field. The project is not checked when `projects` is nil.
    /// - Parameters:
    ///   - boroughs: the borough ids known (the registry's profiles plus the workspace's comparators).
    ///   - projects: the partnership project ids known, or nil to leave projects unchecked.
    public static func unknownIDs(
        in proposals: [Proposal], boroughs: Set<BoroughID>, projects: Set<String>?
    ) -> [WorkbenchError] {
        var errors: [WorkbenchError] = []
        for proposal in proposals {
            let file = "\(folder)/\(proposal.id).json"
            for id in proposal.group where !boroughs.contains(id) {
                errors.append(WorkbenchError(
                    .invalidFile, "The proposal '\(proposal.id)' names the borough '\(id)', which the workbench does not know.",
                    hint: "Use a borough id from 'boroughs' or the comparators file, such as 'bexley'.",
                    location: .init(file: file, field: "group")))
            }
            if let projects, !projects.contains(proposal.project) {
                errors.append(WorkbenchError(
                    .invalidFile, "The proposal '\(proposal.id)' names the project '\(proposal.project)', which is not a partnership project.",
                    hint: "Projects: \(projects.sorted().joined(separator: ", ")).", location: .init(file: file, field: "project")))
            }
        }
        return errors
    }

    /// Checks a proposal's values.
    static func check(_ proposal: Proposal, file: String, expectedID: String) throws {
        func bad(_ field: String, _ message: String, _ hint: String) -> WorkbenchError {
            WorkbenchError(.invalidFile, message, hint: hint, location: .init(file: file, field: field))
        }
        guard proposal.id == expectedID else {
            throw bad("id", "The proposal's id '\(proposal.id)' does not match its file name '\(expectedID).json'.",
                      "Rename the file or change the id so they match.")
        }
        guard !proposal.group.isEmpty else {
            throw bad("group", "The proposal '\(proposal.id)' names no boroughs.", "List the group's borough ids, such as [\"bexley\", \"bromley\"].")
        }
        guard proposal.savingsClaimedPerYear.pounds.isFinite, proposal.savingsClaimedPerYear.pounds >= 0 else {
            throw bad("savingsClaimedPerYear", "The savings claimed, \(proposal.savingsClaimedPerYear.pounds), must be zero or more pounds a year.",
                      "Give the annual saving in pounds, such as 400000.")
        }
        guard proposal.ownFundsCommitted.pounds.isFinite, proposal.ownFundsCommitted.pounds >= 0 else {
            throw bad("ownFundsCommitted", "The own funds committed, \(proposal.ownFundsCommitted.pounds), must be zero or more pounds.",
                      "Give the amount in pounds, or 0 when none is committed.")
        }
        if let asked = proposal.supportDaysAsked, !(asked.isFinite && asked > 0 && asked <= 1) {
            throw bad("supportDaysAsked", "The days of support asked, \(asked), must be more than 0 and at most 1.",
                      "The programme offers up to one day of support a group to refine its proposal, such as 1 or 0.5.")
        }
        for value in [proposal.staffCapacity.fte, proposal.staffCapacity.days].compactMap({ $0 }) where !(value.isFinite && value >= 0) {
            throw bad("staffCapacity", "The staff capacity \(value) must be zero or more.", "Give FTE or days as non-negative numbers.")
        }
    }
}
