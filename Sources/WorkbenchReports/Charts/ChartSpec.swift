/// A chart described as data: what to draw, not how. Renderers turn it into SVG for reports or a compact text
/// chart for a terminal.
///
/// What each kind reads:
/// - `bar`: one bar per point `label` (categories), length `y`; several series give grouped bars; references are
///   lines across the value axis (the 128-hour standard).
/// - `line`: points in order, on a numeric `x` when every point has one, otherwise on categories `label`; references
///   are horizontal lines at a `y` value (zero, break-even).
/// - `scatter`: points at (`x`, `y`) with an optional `label` written beside each; a series whose `mark` is `.line`
///   or `.pointsAndLine` is joined in order of x (a Pareto frontier).
/// - `histogram`: one bin per point, from `x` to `x2`, height `y` (a count); references are vertical lines at a value
///   of the measured quantity (percentiles).
/// - `tornado`: one bar per point `label`, from the reference's value (the base case) to `y` (input at its low value)
///   and to `y2` (input at its high value); the first reference is the base.
public struct ChartSpec: Hashable, Sendable {
    /// The kind of chart.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Horizontal or vertical bars, one per category.
        case bar
        /// Lines over an ordered x axis (cash flows by year, cumulative savings).
        case line
        /// Points on two numeric axes (impact against return).
        case scatter
        /// A distribution of values in bins (simulated NPV).
        case histogram
        /// Bars around a base value (sensitivity tornado).
        case tornado
    }

    /// One point: a category or number on x, a value on y, and an optional label.
    public struct Point: Hashable, Sendable {
        /// Category label on x (bars, years).
        public var label: String?
        /// Numeric x, where the axis is numeric.
        public var x: Double?
        /// The value.
        public var y: Double
        /// A second value for ranges (tornado: low and high).
        public var y2: Double?
        /// The upper edge of a histogram bin whose lower edge is `x`.
        public var x2: Double?

        /// Makes a point.
        public init(label: String? = nil, x: Double? = nil, y: Double, y2: Double? = nil, x2: Double? = nil) {
            self.label = label
            self.x = x
            self.y = y
            self.y2 = y2
            self.x2 = x2
        }
    }

    /// How a series is drawn where the kind allows a choice (line and scatter charts).
    public enum Mark: String, Hashable, Sendable, Codable {
        /// The kind's default: lines for line charts, points for scatter charts.
        case automatic
        /// Markers only.
        case points
        /// A line only.
        case line
        /// A line with markers.
        case pointsAndLine
    }

    /// A named series of points.
    public struct Series: Hashable, Sendable {
        /// Legend name.
        public var name: String
        /// The points.
        public var points: [Point]
        /// How the series is drawn.
        public var mark: Mark

        /// Makes a series.
        public init(name: String, points: [Point], mark: Mark = .automatic) {
            self.name = name
            self.points = points
            self.mark = mark
        }
    }

    /// A reference line across the chart (the 128-hour standard, zero NPV, a percentile).
    public struct Reference: Hashable, Sendable {
        /// Its label.
        public var label: String
        /// Its value on the value axis.
        public var value: Double

        /// Makes a reference line.
        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    /// The kind.
    public var kind: Kind
    /// Title.
    public var title: String
    /// The x axis's label with its unit.
    public var xLabel: String
    /// The y axis's label with its unit.
    public var yLabel: String
    /// The series.
    public var series: [Series]
    /// Reference lines.
    public var references: [Reference]

    /// Makes a chart.
    public init(kind: Kind, title: String, xLabel: String, yLabel: String, series: [Series], references: [Reference] = []) {
        self.kind = kind
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
        self.references = references
    }
}
