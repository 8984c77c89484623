import Foundation
import Testing
import WorkbenchCore
import WorkbenchWorkspace

/// The library locations and catchments importers against small hostile fixtures and, when present, the real
/// England files in `../shared/data` (skipped with the reason printed when absent).
@Suite struct LocationsImportTests {
    static let sharedData = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/data")

    /// The real files, when this machine has them.
    static let realFiles: (locations: URL, distances: URL, authorities: URL)? = {
        let files = ["libraries_geo.csv", "libraries_distances.csv", "authorities.csv"].map { sharedData.appendingPathComponent($0) }
        guard files.allSatisfy({ FileManager.default.fileExists(atPath: $0.path) }) else {
            print("Skipping the real locations and catchments tests: libraries_geo.csv, libraries_distances.csv or authorities.csv is not in ../shared/data.")
            return nil
        }
        return (files[0], files[1], files[2])
    }()

    static let authorities: [Int: (id: BoroughID, name: String)] = [
        1: (BoroughID(rawValue: "barking-and-dagenham"), "Barking and Dagenham"), 6: (BoroughID(rawValue: "bexley"), "Bexley"),
    ]
    static let header = "name,id,authority_id,address,postcode,lat,lng,statutory2010,statutory2016,type,closed,closed_year,multiple,population\n"

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func readsGoodRows() throws {
        let text = Self.header
            + "Barking,1,1,\"2 Town Square, Barking\",IG11,51.5363870954125,0.0799942126122769,t,t,LAL,,,2.918,37484\n"
            + "Castle Green,2,1,x,RM9,51.5333,0.1264,t,f,,XL,2013,2.422,15935\n"
        let result = try LocationsImporter.read(Self.bytes(text), file: "geo.csv", authorities: Self.authorities)
        #expect(result.records.count == 2)
        #expect(result.skipped.isEmpty && result.warnings.isEmpty)
        let first = result.records[0]
        #expect(first.authorityID.rawValue == "barking-and-dagenham")
        #expect(first.point.latitude == 51.5363870954125)
        #expect(first.statutory2010 && first.statutory2016 && first.population == 37484 && first.deprivation == 2.918)
        #expect(result.records[1].closed == "XL" && result.records[1].closedYear == 2013 && !result.records[1].statutory2016)
        // The workspace file reads back the same (to six decimals of a degree).
        let back = try LocationsFile.parse(Self.bytes(LocationsFile.render(result.records)))
        #expect(back.map(\.id) == [1, 2])
        #expect(abs(back[0].point.longitude - 0.079994) < 1e-9)
        #expect(back[1].closedYear == 2013 && back[0].deprivation == 2.918)
    }

    @Test func hostileRowsAreSkippedWithLineFieldAndValue() throws {
        let text = Self.header
            + "Nowhere,x1,1,,,51.5,0.1,t,t,,,,,\n"            // line 2: id
            + "Far,3,1,,,95,0.1,t,t,,,,,\n"                    // line 3: lat
            + "Nan,4,1,,,51.5,NaN,t,t,,,,,\n"                  // line 4: lng
            + "Who,5,99,,,51.5,0.1,t,t,,,,,\n"                 // line 5: authority
            + "Maybe,6,6,,,51.5,0.1,maybe,t,,,,,\n"            // line 6: statutory2010
            + "Again,7,6,,,51.5,0.1,t,t,,,,,\n"                // line 7: good
            + "Again twice,7,6,,,51.5,0.1,t,t,,,,,\n"          // line 8: repeats id 7
            + "Short,8\n"                                      // line 9: too few columns (lat missing)
            + "Odd numbers,9,6,,,51.5,0.1,t,t,,,,eleven,-5\n"  // line 10: kept, two warnings
        let result = try LocationsImporter.read(Self.bytes(text), file: "geo.csv", authorities: Self.authorities)
        #expect(result.records.map(\.id) == [7, 9])
        #expect(result.linesRead == 9)
        #expect(result.skipped.map(\.line) == [2, 3, 4, 5, 6, 8, 9])
        #expect(result.skipped.map { $0.field ?? "" } == ["id", "lat", "lng", "authority_id", "statutory2010", "id", "authority_id"])
        #expect(result.skipped[0].message.contains("'x1'"))
        #expect(result.skipped[1].message.contains("'95'") && result.skipped[1].message.contains("decimal degrees"))
        #expect(result.skipped[3].message.contains("'99'") && result.skipped[3].message.contains("authorities.csv"))
        #expect(result.skipped[5].message.contains("line 7"))
        #expect(result.warnings.map { $0.field ?? "" } == ["population", "multiple"])
        #expect(result.records[1].population == nil && result.records[1].deprivation == nil)
    }

    @Test func structuralProblemsFailWithTheFile() {
        #expect { try LocationsImporter.read(Self.bytes(""), file: "empty.csv", authorities: Self.authorities) } throws: { error in
            (error as? WorkbenchError)?.location?.file == "empty.csv"
        }
        #expect { try LocationsImporter.read(Self.bytes("name,id,lat\nA,1,51\n"), file: "cols.csv", authorities: Self.authorities) } throws: { error in
            (error as? WorkbenchError)?.location?.field == "authority_id"
        }
        #expect(throws: WorkbenchError.self) {
            try LocationsImporter.read(Self.bytes(Self.header + "\"unclosed,1,1\n"), file: "q.csv", authorities: Self.authorities)
        }
    }

    @Test func catchmentsReadBandsAndSkipHostileRows() throws {
        let text = "id,population,distance\n1,603,0.0\n1,2421,0.1\n1,10,0.3\n2,5,0.0\n"
            + "1,9,0.1\n"            // line 6: repeats band 0.1 of library 1
            + "x,9,0.2\n"            // line 7: id
            + "1,-4,0.2\n"           // line 8: population
            + "1,4,0.25\n"           // line 9: not a 0.1 band
            + "1,4,1e9\n"            // line 10: too far (memory bound)
            + "3,4,0.0\n"            // line 11: another library, not kept
        let (result, counts) = try CatchmentsImporter.read(Self.bytes(text), file: "d.csv", keep: [1, 2])
        #expect(result.records.map(\.libraryID) == [1, 2])
        #expect(result.records[0].people == [603, 2421, 0, 10])
        #expect(result.records[0].total == 3034)
        #expect(result.records[0].within(miles: 0.2) == 3024)
        #expect(counts.otherLibraries == 1)
        #expect(result.skipped.map(\.line) == [6, 7, 8, 9, 10])
        #expect(result.skipped.map { $0.field ?? "" } == ["distance", "id", "population", "distance", "distance"])
        #expect(result.skipped[0].message.contains("line 3"))
        #expect(result.skipped[3].message.contains("'0.25'"))
        // The workspace file keeps bands with people and reads back whole.
        let back = try CatchmentsFile.parse(Self.bytes(CatchmentsFile.render(result.records)))
        #expect(back == result.records)
    }

    @Test func damagedWorkspaceFilesFailWithLineAndField() {
        #expect { try CatchmentsFile.parse(Self.bytes("id,population,distance,source\n1,5,0.0,S72\n1,x,0.1,S72\n")) } throws: { error in
            let location = (error as? WorkbenchError)?.location
            return location?.line == 3 && location?.field == "population"
        }
        let header = LocationsFile.columns.joined(separator: ",")
        #expect { try LocationsFile.parse(Self.bytes(header + "\n1,A,bexley,Bexley,91,0.1,t,t,,,,,,S72\n")) } throws: { error in
            (error as? WorkbenchError)?.location?.field == "lat"
        }
    }

    @Test func authorityNumbersComeFromTheStatistics() throws {
        let numbers = try AuthorityNumbers.read(Self.bytes("authority_id,name,code\n1,Barking and Dagenham,E09000002\n26,City of London,E09000001\n"), file: "a.csv")
        #expect(numbers[26]?.id.rawValue == "city-of-london")
        #expect(throws: WorkbenchError.self) { try AuthorityNumbers.read(Self.bytes("id,title\n1,x\n"), file: "a.csv") }
    }

    @Test(.enabled(if: realFiles != nil, "libraries_geo.csv, libraries_distances.csv or authorities.csv is not in ../shared/data"))
    func realFilesImportWhole() throws {
        let files = try #require(Self.realFiles)
        let numbers = try AuthorityNumbers.read([UInt8](try Data(contentsOf: files.authorities)), file: "authorities.csv")
        #expect(numbers.count == 151)  // authority_id 1 to 151 (the README says 150)
        let locations = try LocationsImporter.read([UInt8](try Data(contentsOf: files.locations)), file: "libraries_geo.csv", authorities: numbers)
        #expect(locations.records.count == 3238)
        #expect(locations.skipped.isEmpty)
        #expect(locations.records.filter(\.statutory2010).count == 2926)
        #expect(locations.records.filter(\.statutory2016).count == 2728)
        let bexley = locations.records.filter { $0.authorityID.rawValue == "bexley" }
        #expect(bexley.count == 12 && bexley.filter(\.statutory2010).count == 11)
        let (catchments, counts) = try CatchmentsImporter.read([UInt8](try Data(contentsOf: files.distances)), file: "libraries_distances.csv")
        #expect(catchments.skipped.isEmpty && counts.otherLibraries == 0)
        #expect(catchments.linesRead == 54_227)
        #expect(catchments.records.count == 3227)
        // Each catchment's people add up to the population libraries_geo.csv gives it.
        let byID = Dictionary(uniqueKeysWithValues: catchments.records.map { ($0.libraryID, $0.total) })
        let mismatched = locations.records.filter { $0.population != nil && byID[$0.id] != $0.population }
        #expect(mismatched.isEmpty, "\(mismatched.prefix(3).map(\.name))")
        // The 2016 statutory catchments divide Bexley's mid-2015 population (242,142 in authorities.csv).
        #expect(bexley.filter(\.statutory2016).reduce(0) { $0 + (byID[$1.id] ?? 0) } == 242_142)
    }
}
