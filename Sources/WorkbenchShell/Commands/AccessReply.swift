import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchReports

/// The reply of `access`: people within 1, 2 and 3 miles before and after, the libraries taken out and where their
/// people go, and who moves by the deprivation of their catchment, with the method in the notes.
enum AccessReply {
    /// The method, as the reply states it.
    static let method = [
        "Method: the dataset's nearest-library catchments [S72], which divide each authority's people (mid-2015) among its libraries statutory in July 2016 by straight-line distance in 0.1-mile bands, within the authority; someone counts as within a distance when their band's far edge is.",
        "A closed or handed-over library's whole catchment is reassigned to the remaining statutory library nearest to it (haversine) %@; the distance anyone's journey grows is at most the distance between the two libraries, so the figures after the change are at least what they say.",
    ]

    /// Builds the reply.
    static func make(_ result: AccessResult, scenario: AccessScenario) -> Reply {
        let changed = !scenario.isEmpty
        func share(_ people: Int) -> ReportCell {
            result.population == 0 ? .missing : .percent(Double(people) / Double(result.population), decimals: 1)
        }
        var columns = [ReportColumn("within", "Within"), ReportColumn("people", "People now"), ReportColumn("share", "Share now")]
        if changed {
            columns += [
                ReportColumn("after", "After, at least"), ReportColumn("after_share", "Share after"),
                ReportColumn("change", "Change"),
            ]
        }
        var access = ReportTable(
            title: "Access to statutory libraries in \(result.name): \(result.statutory.count) statutory in July 2016, "
                + "\(MoneyFormat.grouped(Double(result.population))) people",
            columns: columns)
        for threshold in result.thresholds {
            var row: [ReportCell] = [.text("\(Int(threshold.miles)) mile\(threshold.miles == 1 ? "" : "s")"), .integer(threshold.before), share(threshold.before)]
            if changed { row += [.integer(threshold.after), share(threshold.after), .integer(threshold.after - threshold.before)] }
            access.append(row)
        }
        access.notes = method.enumerated().map { index, text in
            index == 1 ? text.replacingAll("%@", with: result.acrossBoundaries ? "of any authority the workspace locates" : "of the same authority") : text
        }
        if !result.withoutCatchment.isEmpty {
            access.notes.append("No catchment for \(result.withoutCatchment.map(\.name).joined(separator: ", ")): their people are not counted.")
        }
        if !result.leftSince2010.isEmpty {
            access.notes.append(
                "\(result.leftSince2010.count) of \(result.name)'s libraries statutory in April 2010 \(result.leftSince2010.count == 1 ? "was" : "were") not in July 2016 "
                    + "(\(result.leftSince2010.map(\.name).joined(separator: ", "))): \(MoneyFormat.grouped(Double(result.peopleNearerLeftSince2010))) people live nearer to one of them than to any statutory library of 2016 (each catchment alone; they may overlap).")
        }
        var blocks: [ReplyBlock] = [.table(access)]

        var moves = ReportTable(
            title: "Libraries taken out of the statutory service",
            columns: [
                ReportColumn("library", "Library"), ReportColumn("change", "Change"), ReportColumn("people", "Catchment"),
                ReportColumn("to", "Nearest remaining statutory library"), ReportColumn("miles", "Apart", unit: "miles"),
            ])
        for move in result.moves {
            let to = move.to.map { $0.authorityID == result.authority ? $0.name : "\($0.name) (\($0.authorityName))" } ?? "none left"
            moves.append([
                .text(move.library.name), .text(move.handedOver ? "handed over" : "closed"), .integer(move.people), .text(to),
                move.miles.map { .number($0, decimals: 2) } ?? .missing,
            ])
        }
        if changed {
            moves.notes = ["A handed-over library stays open outside the statutory service; its people's nearest statutory library still moves."]
            blocks.append(.table(moves))
            var bands = ReportTable(
                title: "People whose nearest statutory library moves, by deprivation of their catchment (IMD 2015, 1 most deprived)",
                columns: [
                    ReportColumn("deprivation", "Deprivation"), ReportColumn("people", "People"), ReportColumn("moved", "Moved"),
                    ReportColumn("share_moved", "Share moved"), ReportColumn("mean_added", "Added, mean at most", unit: "miles"),
                    ReportColumn("largest_added", "Added, largest at most", unit: "miles"),
                    ReportColumn("leaving_one_mile", "May leave 1 mile"),
                ])
            for band in result.bands where band.people > 0 {
                bands.append([
                    .text(band.label), .integer(band.people), .integer(band.moved),
                    band.people == 0 ? .missing : .percent(Double(band.moved) / Double(band.people), decimals: 1),
                    band.moved == 0 ? .missing : .number(band.meanAdded, decimals: 2),
                    band.moved == 0 ? .missing : .number(band.largestAdded, decimals: 2), .integer(band.leavingOneMile),
                ])
            }
            bands.append([
                .text("All"), .integer(result.population), .integer(result.moved),
                share(result.moved), result.moved == 0 ? .missing : .number(result.meanAdded, decimals: 2),
                .number(result.bands.map(\.largestAdded).max() ?? 0, decimals: 2),
                .integer(result.bands.reduce(0) { $0 + $1.leavingOneMile }),
            ])
            bands.notes = [
                "'May leave 1 mile': people within 1 mile of their library now whose band's far edge plus the distance added passes 1 mile.",
            ]
            blocks.append(.table(bands))
        }
        return Reply(blocks: blocks, data: json(result))
    }

    /// The reply's data for `--json`.
    static func json(_ result: AccessResult) -> [(String, JSONValue)] {
        [
            ("borough", .string(result.authority.rawValue)), ("network", .string("statutory July 2016")),
            ("statutory_libraries", .number(Double(result.statutory.count))), ("population", .number(Double(result.population))),
            ("across_boundaries", .bool(result.acrossBoundaries)),
            ("within", .array(result.thresholds.map {
                .object([("miles", .number($0.miles)), ("people", .number(Double($0.before))), ("after_at_least", .number(Double($0.after)))])
            })),
            ("moves", .array(result.moves.map { move in
                .object([
                    ("library_id", .number(Double(move.library.id))), ("library", .string(move.library.name)),
                    ("change", .string(move.handedOver ? "handed over" : "closed")), ("people", .number(Double(move.people))),
                    ("to_id", move.to.map { .number(Double($0.id)) } ?? .null), ("to", move.to.map { .string($0.name) } ?? .null),
                    ("miles_apart", move.miles.map { .number(($0 * 1000).rounded() / 1000) } ?? .null),
                ])
            })),
            ("moved", .number(Double(result.moved))),
            ("by_deprivation", .array(result.bands.map { band in
                .object([
                    ("deprivation", .string(band.label)), ("people", .number(Double(band.people))), ("moved", .number(Double(band.moved))),
                    ("mean_added_miles_at_most", .number((band.meanAdded * 1000).rounded() / 1000)),
                    ("largest_added_miles_at_most", .number((band.largestAdded * 1000).rounded() / 1000)),
                    ("leaving_one_mile", .number(Double(band.leavingOneMile))),
                ])
            })),
        ]
    }
}
