/// English Indices of Deprivation 2015 scores of an authority as published by the LibrariesHacked repository [S72]:
/// decile-style scores on a 1 (most deprived) to 10 (least deprived) scale.
public struct DeprivationScores: Hashable, Sendable, Codable {
    /// The overall multiple-deprivation score.
    public var multiple: Double
    /// Income domain.
    public var income: Double
    /// Employment domain.
    public var employment: Double
    /// Education, skills and training domain.
    public var education: Double
    /// Health and disability domain.
    public var health: Double
    /// Crime domain.
    public var crime: Double
    /// Barriers to housing and services domain.
    public var housing: Double
    /// Living environment domain.
    public var environment: Double

    /// Makes a set of scores.
    public init(
        multiple: Double, income: Double, employment: Double, education: Double, health: Double, crime: Double,
        housing: Double, environment: Double
    ) {
        self.multiple = multiple
        self.income = income
        self.employment = employment
        self.education = education
        self.health = health
        self.crime = crime
        self.housing = housing
        self.environment = environment
    }
}

/// The mid-year population of an authority by broad age group [S72].
public struct AgeProfile: Hashable, Sendable, Codable {
    /// Dependent children (0–15 and 16–18 in full-time education).
    public var dependentChildren: Double
    /// People of working age.
    public var workingAge: Double
    /// People aged 60 and over.
    public var overSixty: Double

    /// Makes an age profile.
    public init(dependentChildren: Double, workingAge: Double, overSixty: Double) {
        self.dependentChildren = dependentChildren
        self.workingAge = workingAge
        self.overSixty = overSixty
    }
}
