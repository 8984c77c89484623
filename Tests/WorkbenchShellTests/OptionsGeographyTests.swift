import Foundation
import Testing
import WorkbenchCore
import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// The options framework's use of the workspace's imported geography (library locations and catchments): read when
/// the command runs, not when it parses, so a damaged file leaves saved analyses parsing and gives the reader's error
/// when run; read once per process by each file's stamp, and only the subject's libraries' catchments; and the
/// position table states the measured access where it replaced the people-per-library rule, reading the score from
/// the function the assessments read it from. England's files are read from `../shared/data` (skipped, with the
/// reason printed, when they are absent).
@Suite struct OptionsGeographyTests {
    static let sharedData = SessionFixture.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    static let hasData: Bool = {
        let found = ["libraries_geo.csv", "libraries_distances.csv", "authorities.csv"]
            .allSatisfy { FileManager.default.fileExists(atPath: sharedData.appendingPathComponent($0).path) }
        if !found { print("Skipping the England geography-cache tests: libraries_geo.csv, libraries_distances.csv or authorities.csv is not in ../shared/data.") }
        return found
    }()

    /// Makes line 3 of the workspace's locations file unreadable (its latitude `north`), as a new file.
    static func damageLocations(in folder: URL) throws {
        let file = folder.appendingPathComponent(LocationsFile.path)
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        var fields = lines[2].components(separatedBy: ",")
        fields[4] = "north"
        lines[2] = fields.joined(separator: ",")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    }

    // MARK: A damaged locations file and saved analyses

    @Test func aSavedOptionsAnalysisStillParsesWhenTheLocationsAreDamaged() throws {
        let session = try SessionFixture.session()
        let folder = session.context.workspace.folder
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        #expect(session.execute("save-analysis bromley-options options bromley").status == .ok)
        #expect(session.execute("rerun bromley-options").status == .ok)
        try Self.damageLocations(in: folder)

        // `check` names the damaged row once, under the file, and does not call the saved command unparseable.
        let check = SessionFixture.transcript(session, "check")
        #expect(!check.contains("no longer parses"), "\(check)")
        #expect(check.contains("inputs/library-locations.csv"), "\(check)")

        // Running it gives the reader's error: file, line, field, value and what to do.
        let reply = session.execute("options bromley")
        #expect(reply.status == .error)
        let error = try #require(reply.error)
        #expect(error.location?.file == LocationsFile.path)
        #expect(error.location?.line == 3)
        #expect(error.location?.field == "lat")
        #expect(error.message.contains("'north'"), "\(error.message)")
        #expect(error.hint?.contains("import locations") == true, "\(error.hint ?? "")")

        // `rerun` reports the analysis as failed with that error and its hint, and runs the others.
        let rerun = SessionFixture.transcript(session, "rerun")
        let line = rerun.split(separator: "\n").first { $0.hasPrefix("bromley-options: ") }.map(String.init) ?? ""
        #expect(line.contains("'inputs/library-locations.csv' line 3: lat 'north'"), "\(rerun)")
        #expect(line.contains("import locations"), "\(rerun)")
        #expect(!rerun.contains("does not parse"), "\(rerun)")
        #expect(rerun.contains("pilot-comparison"), "\(rerun)")
    }

    // MARK: The position table and measured access

    @Test func thePositionTableStatesMeasuredAccessWhereItReplacedTheRule() throws {
        let session = try SessionFixture.session()
        defer { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
        // Bexley and Bromley: 21,000 people per library would score 2 by the rule; closing Crayford and Mottingham
        // may take 3.9% beyond a mile, so the measured score is 1.
        let appraisal = try session.context.optionsAppraisal(for: "bexley+bromley")
        let change = try #require(appraisal.longList.first { $0.id == "network-change" })
        let assessed = try #require(change.assessments.first { $0.criterion == "maintain-access" })
        #expect(assessed.score == 1)
        #expect(assessed.reason.hasPrefix("Measured access [S72]"))
        let people = try #require(appraisal.position.first { $0.measure == "People per library" })
        #expect(!people.effect.contains("score 2"), "\(people)")
        #expect(people.effect.contains("Not used for reach"), "\(people)")
        let measured = try #require(appraisal.position.first { $0.measure == "Access, measured" })
        #expect(measured.value == "22,321 people (3.9%) may leave a mile of a statutory library [S72]", "\(measured)")
        #expect(assessed.reason.contains("22,321 people (3.9%)"))
        #expect(measured.comparison.contains("under 1% scores 2, under 5% 1, else 0"), "\(measured)")
        #expect(measured.effect.hasPrefix("Network and hours changes score \(assessed.score) on access (reach), measured"), "\(measured)")
        let handOver = try #require(appraisal.longList.first { $0.id == "community-managed" })
        let handOverScore = try #require(handOver.assessments.first { $0.criterion == "maintain-access" }).score
        #expect(measured.effect.hasSuffix("community-managed \(handOverScore)"), "\(measured)")
        // The long list's reason names the measured figure, not the rule's.
        #expect(change.reason.contains("measured access, 22,321 people (3.9%) may leave a mile of a statutory library [S72] (reach 1)"), "\(change.reason)")
        #expect(!change.reason.contains("people per library (reach"), "\(change.reason)")
    }

    // MARK: Read once per process, and only what is needed

    @Test func theGeographyIsReadOncePerProcessAndAgainWhenReplaced() throws {
        let session = try SessionFixture.session()
        let folder = session.context.workspace.folder
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let first = SessionFixture.transcript(session, "options bromley")
        #expect(SessionFixture.transcript(session, "options bromley") == first)
        #expect(session.execute("options camden --detail").status == .ok)
        #expect(session.execute("portfolio").status == .ok)
        #expect(session.context.workspace.geographyReads == [LocationsFile.path: 1, CatchmentsFile.path: 1])

        // An import replaces the file: the next use reads it again and sees what it now says.
        let catchments = folder.appendingPathComponent(CatchmentsFile.path)
        let text = try String(contentsOf: catchments, encoding: .utf8)
        try text.write(to: catchments, atomically: true, encoding: .utf8)
        #expect(SessionFixture.transcript(session, "options bromley") == first)
        #expect(session.context.workspace.geographyReads[CatchmentsFile.path] == 2)
        try Self.damageLocations(in: folder)
        #expect(session.execute("options bromley").error?.location?.line == 3)
        #expect(session.execute("options bromley").error?.location?.line == 3)
    }

    @Test func catchmentsReadForSomeLibrariesMatchTheWholeFile() throws {
        let bytes = [UInt8](try Data(contentsOf: SessionFixture.defaultWorkspace.appendingPathComponent(CatchmentsFile.path)))
        let all = try CatchmentsFile.parse(bytes)
        let libraries = try #require(try LocationsFile.load(from: SessionFixture.defaultWorkspace))
        for authority in ["bromley", "camden", "bexley"] {
            let ids = Set(libraries.filter { $0.authorityID.rawValue == authority }.map(\.id))
            #expect(!ids.isEmpty)
            #expect(try CatchmentsFile.parse(bytes, libraries: ids) == all.filter { ids.contains($0.libraryID) })
        }
        #expect(try CatchmentsFile.parse(bytes, libraries: []) == [])
    }

    @Test func aDamagedCatchmentRowIsNamedByItsLineWhenItsLibraryIsRead() throws {
        let bytes = [UInt8](try Data(contentsOf: SessionFixture.defaultWorkspace.appendingPathComponent(CatchmentsFile.path)))
        var lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
        let id = try #require(Int(lines[9].prefix { $0 != "," }))
        var fields = lines[9].components(separatedBy: ",")
        fields[1] = "many"
        lines[9] = fields.joined(separator: ",")
        let damaged = Array(lines.joined(separator: "\n").utf8)
        // Line 10, as the whole file's reader names it.
        let error = #expect(throws: WorkbenchError.self) { try CatchmentsFile.parse(damaged, libraries: [id]) }
        #expect(error?.location?.line == 10)
        #expect(error?.location?.field == "population")
        #expect(error?.message.contains("'many'") == true, "\(error?.message ?? "")")
        // A library whose rows are not read is not held up by another's damage; a row whose id is not a number is
        // always read, so its damage is named.
        #expect(try CatchmentsFile.parse(damaged, libraries: [id + 1_000_000]) == [])
        lines[12] = "x" + lines[12]
        #expect(throws: WorkbenchError.self) { try CatchmentsFile.parse(Array(lines.joined(separator: "\n").utf8), libraries: [id + 1_000_000]) }
    }

    @Test(.enabled(if: hasData, "the datasets are not in ../shared/data"))
    func englandIsReadOnceAndOnlyForTheSubject() throws {
        let folder = try SessionFixture.copyOfDefaultWorkspace()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let session = try SessionFixture.session(workspace: try Workspace(folder: folder), packageRoot: nil)
        let path = Self.sharedData.path
        #expect(session.execute("import locations \(path)/libraries_geo.csv").status == .ok)
        #expect(session.execute("import catchments \(path)/libraries_distances.csv").status == .ok)
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(CatchmentsFile.path)))
        let all = try CatchmentsFile.parse(bytes)
        let libraries = try #require(try LocationsFile.load(from: folder))
        for authority in ["bromley", "cumbria", "kent", "leeds"] {
            let ids = Set(libraries.filter { $0.authorityID.rawValue == authority }.map(\.id))
            #expect(!ids.isEmpty, "\(authority)")
            #expect(try CatchmentsFile.parse(bytes, libraries: ids) == all.filter { ids.contains($0.libraryID) }, "\(authority)")
        }
        // A fresh process: one read of each file, whatever the commands.
        let fresh = try SessionFixture.session(workspace: try Workspace(folder: folder), packageRoot: nil)
        let options = fresh.execute("options bromley")
        #expect(options.status == .ok, "\(ReplyRenderer.text(options))")
        #expect(fresh.execute("options camden").status == .ok)
        #expect(fresh.context.workspace.geographyReads == [LocationsFile.path: 1, CatchmentsFile.path: 1])
        #expect(ReplyRenderer.text(options).contains("Access measured, not judged: 'network-change'"))
    }
}
