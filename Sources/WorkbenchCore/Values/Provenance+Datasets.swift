/// The provenances every borough profile and comparator shares: figures read from, or counted in, the two public
/// datasets (the ONS/DCLG authority statistics [S72] and the DCMS/Libraries Taskforce basic dataset [S71]).
extension Provenance {
    /// A mid-2015 ONS figure from the authorities dataset (population, age groups) [S72].
    public static let onsMid2015 = Provenance.published("S72", period: "mid-2015")
    /// An English Indices of Deprivation 2015 score from the authorities dataset [S72].
    public static let imd2015 = Provenance.published("S72", period: "2015")
    /// The number of libraries the basic dataset marks statutory in April 2010 [S71].
    public static let statutoryCount2010 = Provenance.derived(
        "S71", period: "April 2010", method: "count of rows marked statutory in April 2010")
    /// The number of libraries the basic dataset marks statutory in July 2016 [S71].
    public static let statutoryCount2016 = Provenance.derived(
        "S71", period: "July 2016", method: "count of rows marked statutory in July 2016")
    /// Total 2016 scheduled weekly hours of the libraries statutory in July 2016 [S71].
    public static let weeklyHours2016 = Provenance.derived(
        "S71", period: "2016", method: "sum of the 2016 scheduled weekly hours of the libraries statutory in July 2016")
}
