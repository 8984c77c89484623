/// One library of an authority as recorded in the DCMS/Libraries Taskforce basic dataset [S71].
public struct LibraryBranch: Hashable, Sendable, Codable {
    /// How the library was run in July 2016, as coded in the dataset.
    public enum Operation: String, Hashable, Sendable, Codable {
        /// Local-authority-run library (LAL).
        case localAuthority = "LAL"
        /// Community-run library with local-authority support (CRL).
        case communityRun = "CRL"
        /// Independent community library (ICL).
        case independentCommunity = "ICL"
        /// Commissioned library (CL).
        case commissioned = "CL"
        /// Closed (XL).
        case closed = "XL"
        /// Temporarily closed (XLT).
        case temporarilyClosed = "XLT"
    }

    /// The library's name.
    public var name: String
    /// Its postcode.
    public var postcode: String
    /// Part of statutory provision in April 2010.
    public var statutory2010: Bool
    /// Part of statutory provision in July 2016.
    public var statutory2016: Bool
    /// How it was run in July 2016, when recorded.
    public var operation2016: Operation?
    /// Whether the 2016 type carries the dataset's `+` (a shared or co-located space).
    public var sharedSpace2016: Bool
    /// Scheduled weekly opening hours, and the year they refer to.
    public var weeklyHours: Double?
    /// The year `weeklyHours` refers to (2016 for the dataset).
    public var hoursYear: Int?
    /// What changed by 2016, in a few words.
    public var change: String?

    /// Makes a branch record.
    public init(
        name: String, postcode: String, statutory2010: Bool = true, statutory2016: Bool = true,
        operation2016: Operation? = .localAuthority, sharedSpace2016: Bool = false,
        weeklyHours: Double? = nil, hoursYear: Int? = 2016, change: String? = nil
    ) {
        self.name = name
        self.postcode = postcode
        self.statutory2010 = statutory2010
        self.statutory2016 = statutory2016
        self.operation2016 = operation2016
        self.sharedSpace2016 = sharedSpace2016
        self.weeklyHours = weeklyHours
        self.hoursYear = weeklyHours == nil ? nil : hoursYear
        self.change = change
    }
}
