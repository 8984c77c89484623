public import WorkbenchCore

/// An authority's library counts and hours, derived from the libraries dataset by the comparators file's standard
/// methods: libraries statutory in April 2010, in July 2016, and the sum of the 2016 weekly hours of those statutory
/// in July 2016.
public struct LibraryCounts: Hashable, Sendable {
    /// Libraries statutory in April 2010.
    public var statutory2010: Int
    /// Libraries statutory in July 2016.
    public var statutory2016: Int
    /// Sum of the 2016 weekly hours of the libraries statutory in July 2016 that have hours.
    public var weeklyHours: Double
    /// Libraries statutory in July 2016 whose hours are missing (left out of the sum).
    public var withoutHours: Int

    /// Makes counts.
    public init(statutory2010: Int, statutory2016: Int, weeklyHours: Double, withoutHours: Int) {
        self.statutory2010 = statutory2010
        self.statutory2016 = statutory2016
        self.weeklyHours = weeklyHours
        self.withoutHours = withoutHours
    }

    /// The counts of every authority in a set of records, by authority id.
    public static func byAuthority(_ records: [LibraryRecord]) -> [BoroughID: LibraryCounts] {
        var result: [BoroughID: LibraryCounts] = [:]
        for record in records {
            var counts = result[record.authorityID] ?? LibraryCounts(statutory2010: 0, statutory2016: 0, weeklyHours: 0, withoutHours: 0)
            if record.statutory2010 { counts.statutory2010 += 1 }
            if record.statutory2016 {
                counts.statutory2016 += 1
                if let hours = record.weeklyHours2016 { counts.weeklyHours += hours } else { counts.withoutHours += 1 }
            }
            result[record.authorityID] = counts
        }
        return result
    }

    /// Puts the counts into a statistics record with their provenance ([S71], derived, standard methods; the hours
    /// method says how many libraries lacked hours).
    public func apply(to statistics: inout AuthorityStatistics) {
        statistics.libraries2010 = Sourced(statutory2010, Provenance(
            .derived, ["S71"], period: ComparatorsFile.libraries2010Period, method: ComparatorsFile.libraries2010Method))
        statistics.libraries2016 = Sourced(statutory2016, Provenance(
            .derived, ["S71"], period: ComparatorsFile.libraries2016Period, method: ComparatorsFile.libraries2016Method))
        if statutory2016 > withoutHours {
            var method = ComparatorsFile.weeklyHoursMethod
            if withoutHours > 0 {
                method += " (\(withoutHours) of \(statutory2016) without readable hours left out)"
            }
            statistics.weeklyHours = Sourced(weeklyHours, Provenance(
                .derived, ["S71"], period: ComparatorsFile.weeklyHoursPeriod, method: method))
        } else {
            statistics.weeklyHours = nil
        }
    }
}
