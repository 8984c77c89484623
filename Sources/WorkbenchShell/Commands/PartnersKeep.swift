import WorkbenchAnalysis
import WorkbenchCore

/// `--keep <group>` for `partners optimise` (repeatable): an existing partnership held fixed, such as
/// `--keep bexley+bromley --keep westminster+kensington-and-chelsea+hammersmith-and-fulham`. The kept groups are
/// taken as given and the best split of the other boroughs is found around them. Each borough is checked (an unknown
/// one is quoted with "Did you mean"), must be among `--among`, and may be in one kept group only; a kept group larger
/// than `--max-size`, or one the geography would not allow, is kept all the same and flagged in the reply.
struct PartnersKeep {
    /// The option as `partners` declares it.
    static let option = Option<String>.text(
        "--keep", value: "a+b[+c…]",
        "optimise: hold an existing partnership fixed (repeatable), such as bexley+bromley", repeatable: true,
        completion: .subject)

    /// One kept group: its members as indices into the model's drivers (increasing), and how it was written.
    struct Group: Equatable {
        /// Indices into the model's drivers, increasing.
        var members: [Int]
        /// The members' ids joined with `+`, in the order of `members`.
        var name: String
    }

    /// The kept groups, in the order given.
    let groups: [Group]

    /// No kept groups.
    static let none = PartnersKeep(groups: [])

    /// Whether any group is kept.
    var isEmpty: Bool { groups.isEmpty }

    /// Every kept member.
    var members: Set<Int> { Set(groups.flatMap(\.members)) }

    /// Reads and checks the `--keep` values against the boroughs of the model.
    /// - Parameters:
    ///   - texts: each `--keep` value.
    ///   - ids: the model's boroughs (its drivers' ids), whose indices the groups use.
    /// - Throws: an unknown borough (with "Did you mean"), one not among `ids`, a group of fewer than two, a borough
    ///   named twice in one group, or a borough in two kept groups.
    static func resolve(_ texts: [String], among ids: [BoroughID], context: CommandContext) throws -> PartnersKeep {
        var groups: [Group] = []
        var owner: [Int: String] = [:]
        for text in texts {
            let words = text.split(whereSeparator: { $0 == "+" || $0 == "," }).map { String($0).trimmingWhitespace() }
            var members: [Int] = []
            for word in words {
                let authority = try context.authority(word, argument: "--keep")
                guard let index = ids.firstIndex(of: authority.id) else {
                    throw WorkbenchError(
                        .invalidArgument, "'\(authority.id.rawValue)' in --keep '\(text)' is not among the boroughs being split.",
                        hint: "Add it to --among (or use --among london), or leave it out of the kept group.",
                        location: .init(argument: "--keep"))
                }
                guard !members.contains(index) else {
                    throw WorkbenchError(
                        .invalidArgument, "--keep '\(text)' names '\(authority.id.rawValue)' twice.",
                        hint: "Name each borough of a kept partnership once, joined with '+'.", location: .init(argument: "--keep"))
                }
                members.append(index)
            }
            guard members.count >= 2 else {
                throw WorkbenchError(
                    .invalidArgument, "--keep '\(text)' names \(members.count == 1 ? "one borough" : "no borough"); a kept partnership has two or more.",
                    hint: "Give the partnership's boroughs joined with '+', such as --keep bexley+bromley.",
                    location: .init(argument: "--keep"))
            }
            members.sort()
            let name = members.map { ids[$0].rawValue }.joined(separator: "+")
            for member in members {
                if let other = owner[member] {
                    throw WorkbenchError(
                        .invalidArgument, "'\(ids[member].rawValue)' is in two kept partnerships, '\(other)' and '\(name)'.",
                        hint: "A borough can be in one partnership only: give each borough in one --keep.",
                        location: .init(argument: "--keep"))
                }
                owner[member] = name
            }
            groups.append(Group(members: members, name: name))
        }
        return PartnersKeep(groups: groups)
    }

    /// The notes that flag kept groups larger than `maxSize` or not allowed by the geography (kept all the same).
    func flags(
        ids: [BoroughID], maxSize: Int, geography: PartnersGeography, boundaries: [AuthorityBoundary]?, graph: BorderGraph?
    ) throws -> [String] {
        var out: [String] = []
        for group in groups {
            var problems: [String] = []
            if group.members.count > maxSize { problems.append("it has \(group.members.count) members, more than --max-size \(maxSize)") }
            if geography != .any, let boundaries, let graph {
                let members = group.members.map { ids[$0] }
                let allowed = try geography.groups(among: members, boundaries: boundaries, graph: graph, maxSize: members.count)
                if !allowed.contains(Array(members.indices)) {
                    problems.append(
                        geography == .contiguous
                            ? "its members do not form one connected piece of the border graph"
                            : "its members' centres are not all within the distance of --geography")
                }
            }
            if !problems.isEmpty {
                out.append("Kept \(group.name) as given, though \(problems.joined(separator: " and ")).")
            }
        }
        return out
    }
}
