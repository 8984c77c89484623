import Foundation
import WorkbenchCore
import WorkbenchReports
import WorkbenchWorkspace

/// `proposal edit <id> <field> <value>`: one field of a drafted proposal changed in the workspace, through
/// `ProposalStore.edit` (locked, re-read, checked, atomic). Each field's value is read and checked here before
/// anything is written; the members' commitments keep the proposal's totals (`ownFundsCommitted`, `staffCapacity`)
/// as their sums.
enum ProposalEdit {
    /// The fields, as typed; `<b>` is a member's borough id, `<n>` a milestone's number from 1.
    static let fields = [
        "title", "savings", "days", "funds.<b>", "fte.<b>", "staff-days.<b>", "evidence.funds", "evidence.capacity",
        "milestone.<n>", "date.<n>",
    ]

    /// A field to change, read from its name.
    enum Field: Equatable {
        case title, savings, days
        case funds(BoroughID), fte(BoroughID), staffDays(BoroughID)
        case evidence(Proposal.EvidenceKind)
        case milestone(Int), date(Int)
    }

    /// Reads a field's name.
    /// - Throws: `invalidArgument` naming `<field>` with the list of fields.
    static func field(_ text: String) throws -> Field {
        let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        let head = parts[0]
        let tail = parts.count > 1 ? parts[1] : nil
        func bad() -> WorkbenchError {
            WorkbenchError(
                .invalidArgument, "Unknown proposal field '\(text)'." + Suggestions.didYouMean(text, in: fields),
                hint: "Fields: \(fields.joined(separator: ", ")) (<b> a member's borough id, <n> a milestone's number).",
                location: .init(argument: "<field>"))
        }
        switch (head, tail) {
        case ("title", nil): return .title
        case ("savings", nil): return .savings
        case ("days", nil): return .days
        case ("funds", let b?), ("fte", let b?), ("staff-days", let b?):
            guard let id = BoroughID(validating: b) else { throw bad() }
            return head == "funds" ? .funds(id) : head == "fte" ? .fte(id) : .staffDays(id)
        case ("evidence", "funds"): return .evidence(.funds)
        case ("evidence", "capacity"): return .evidence(.capacity)
        case ("milestone", let n?), ("date", let n?):
            guard let number = Int(n), number >= 1 else { throw bad() }
            return head == "milestone" ? .milestone(number) : .date(number)
        default: throw bad()
        }
    }

    /// Applies a checked value to a proposal.
    /// - Throws: `invalidArgument` naming `<value>` or `<field>` with what is valid; the proposal is then unchanged.
    static func apply(_ field: Field, _ value: String, to proposal: inout Proposal) throws {
        func text() throws -> String {
            let trimmed = value.trimmingWhitespace()
            guard !trimmed.isEmpty else { throw WorkbenchError.invalid("<value>", value, expected: "a non-empty text") }
            return trimmed
        }
        func number(_ range: ClosedRange<Double>, _ expected: String) throws -> Double {
            guard let x = Double(value.replacingOccurrences(of: ",", with: "")), x.isFinite, range.contains(x) else {
                throw WorkbenchError.invalid("<value>", value, expected: expected)
            }
            return x
        }
        func member(_ id: BoroughID) throws -> Int {
            var commitments = proposal.commitments ?? []
            if !commitments.contains(where: { $0.borough == id }) {
                guard proposal.group.contains(id) else {
                    throw WorkbenchError(
                        .invalidArgument, "'\(id)' is not a member of the proposal '\(proposal.id)'.",
                        hint: "Members: \(proposal.group.map(\.rawValue).joined(separator: ", ")).", location: .init(argument: "<field>"))
                }
                commitments.append(Proposal.Commitment(borough: id))
                proposal.commitments = commitments
            }
            return commitments.firstIndex { $0.borough == id }!
        }
        func milestone(_ number: Int) throws -> Int {
            guard number <= proposal.timetable.count + 1 else {
                throw WorkbenchError(
                    .invalidArgument, "The timetable has \(proposal.timetable.count) milestones, so '\(number)' is neither one of them nor the next.",
                    hint: "Number milestones from 1; \(proposal.timetable.count + 1) adds one.", location: .init(argument: "<field>"))
            }
            if number == proposal.timetable.count + 1 {
                proposal.timetable.append(Proposal.Milestone(milestone: Proposal.toFillIn, date: Proposal.toFillIn))
            }
            return number - 1
        }
        switch field {
        case .title:
            proposal.title = try text()
        case .savings:
            proposal.savingsClaimedPerYear = try Money.read(
                value, argument: "<value>", in: Money(pounds: 0)...Money(pounds: 1_000_000_000), expected: "an amount from £0 to £1bn a year")
        case .days:
            proposal.supportDaysAsked = try number(0.1...1, "a number of days from 0.1 to 1 (the programme offers up to one day a group)")
        case .funds(let id):
            let index = try member(id)
            proposal.commitments![index].ownFunds = try Money.read(
                value, argument: "<value>", in: Money(pounds: 0)...Money(pounds: 1_000_000_000), expected: "an amount from £0 to £1bn")
        case .fte(let id):
            let index = try member(id)
            var capacity = proposal.commitments![index].staffCapacity ?? Proposal.Capacity()
            capacity.fte = try number(0...1000, "a number of full-time equivalents from 0 to 1000")
            proposal.commitments![index].staffCapacity = capacity
        case .staffDays(let id):
            let index = try member(id)
            var capacity = proposal.commitments![index].staffCapacity ?? Proposal.Capacity()
            capacity.days = try number(0...100_000, "a number of days from 0 to 100,000")
            proposal.commitments![index].staffCapacity = capacity
        case .evidence(let kind):
            let description = try text()
            if let index = proposal.evidence.firstIndex(where: { $0.kind == kind }) {
                proposal.evidence[index].description = description
            } else {
                proposal.evidence.append(Proposal.Evidence(kind: kind, description: description))
            }
        case .milestone(let number):
            let index = try milestone(number)
            proposal.timetable[index].milestone = try text()
        case .date(let number):
            let index = try milestone(number)
            proposal.timetable[index].date = try text()
        }
        // The totals are the members' commitments summed; a member's placeholder goes once both are given.
        if var commitments = proposal.commitments {
            for index in commitments.indices where commitments[index].ownFunds != nil && commitments[index].staffCapacity != nil {
                commitments[index].toFillIn = nil
            }
            proposal.commitments = commitments
            if case .funds = field {
                proposal.ownFundsCommitted = Money(pounds: commitments.reduce(0) { $0 + ($1.ownFunds?.pounds ?? 0) })
            }
            if isCapacity(field) {
                let fte = commitments.compactMap { $0.staffCapacity?.fte }
                let days = commitments.compactMap { $0.staffCapacity?.days }
                proposal.staffCapacity = Proposal.Capacity(
                    fte: fte.isEmpty ? nil : fte.reduce(0, +), days: days.isEmpty ? nil : days.reduce(0, +))
            }
        }
    }

    /// Whether a field changes a member's staff capacity.
    static func isCapacity(_ field: Field) -> Bool {
        switch field {
        case .fte, .staffDays: return true
        default: return false
        }
    }

    /// Edits the proposal in the workspace and describes the change.
    static func run(id: String, field text: String, value: String, context: CommandContext) throws -> Reply {
        let field = try field(text)
        var before = ReportCell.missing
        var fundsBefore = ReportCell.missing
        let saved = try ProposalStore.edit(id, in: context.workspace) { proposal in
            before = describe(field, of: proposal)
            fundsBefore = .described(proposal.ownFundsCommitted.pounds, text: MoneyFormat.whole(proposal.ownFundsCommitted.pounds))
            try apply(field, value, to: &proposal)
        }
        let path = "\(ProposalStore.folder)/\(id).json"
        var table = ReportTable(
            title: "Edited \(path)",
            columns: [ReportColumn("field", "Field"), ReportColumn("before", "Before"), ReportColumn("after", "After")])
        table.append([.text(text), before, describe(field, of: saved)])
        if case .funds = field {
            table.append([
                .text("ownFundsCommitted"), fundsBefore,
                .described(saved.ownFundsCommitted.pounds, text: MoneyFormat.whole(saved.ownFundsCommitted.pounds)),
            ])
        }
        table.notes = [
            saved.placeholders.isEmpty
                ? "Nothing is left \(Proposal.toFillIn). 'proposal check \(id)' tests the claim; 'support allocate' ranks it."
                : "Still \(Proposal.toFillIn): \(saved.placeholders.joined(separator: ", ")).",
        ]
        return Reply(blocks: [.table(table)], data: [("file", .string(path)), ("proposal", try JSONValue(encoding: saved))])
    }

    /// A field's value in a proposal as a cell: a number (shown as text) for money and counts, text otherwise.
    static func describe(_ field: Field, of proposal: Proposal) -> ReportCell {
        func commitment(_ id: BoroughID) -> Proposal.Commitment? { proposal.commitments?.first { $0.borough == id } }
        func number(_ x: Double?) -> ReportCell {
            x.map { .described($0, text: MoneyFormat.fixed($0, decimals: $0.rounded() == $0 ? 0 : 2)) } ?? .missing
        }
        func money(_ x: Money?) -> ReportCell { x.map { .described($0.pounds, text: MoneyFormat.whole($0.pounds)) } ?? .missing }
        func text(_ x: String?) -> ReportCell { x.map(ReportCell.text) ?? .missing }
        switch field {
        case .title: return .text(proposal.title)
        case .savings: return money(proposal.savingsClaimedPerYear)
        case .days: return number(proposal.supportDaysAsked)
        case .funds(let id): return money(commitment(id)?.ownFunds)
        case .fte(let id): return number(commitment(id)?.staffCapacity?.fte)
        case .staffDays(let id): return number(commitment(id)?.staffCapacity?.days)
        case .evidence(let kind): return text(proposal.evidence.first { $0.kind == kind }?.description)
        case .milestone(let n): return text(n <= proposal.timetable.count ? proposal.timetable[n - 1].milestone : nil)
        case .date(let n): return text(n <= proposal.timetable.count ? proposal.timetable[n - 1].date : nil)
        }
    }
}
