public import WorkbenchCore

/// What a map shows: areas as polygons in longitude and latitude, each with its fill colour, and a legend. The
/// renderer knows nothing of measures or partitions: the caller chooses the colours (see `MapColours`).
public struct MapSpec: Hashable, Sendable {
    /// One area drawn on the map (an authority).
    public struct Area: Hashable, Sendable {
        /// A stable identifier, written as the shape's `data-id`.
        public var id: String
        /// The name shown in the shape's tooltip.
        public var name: String
        /// Polygons, each its outer ring first then any holes, in longitude and latitude.
        public var polygons: [[[GeoPoint]]]
        /// The fill colour, `#rrggbb`.
        public var fill: String
        /// The tooltip's second line (the value or group), if any.
        public var detail: String?

        /// Makes an area.
        public init(id: String, name: String, polygons: [[[GeoPoint]]], fill: String, detail: String? = nil) {
            self.id = id
            self.name = name
            self.polygons = polygons
            self.fill = fill
            self.detail = detail
        }
    }

    /// One legend entry: a swatch and its label.
    public struct LegendEntry: Hashable, Sendable {
        /// The swatch colour, `#rrggbb`.
        public var colour: String
        /// The label.
        public var label: String

        /// Makes a legend entry.
        public init(colour: String, label: String) {
            self.colour = colour
            self.label = label
        }
    }

    /// One point drawn over the areas (a library), as a small circle in its category's colour.
    public struct Marker: Hashable, Sendable {
        /// A stable identifier, written as the circle's `data-id`.
        public var id: String
        /// The name shown in the circle's tooltip.
        public var name: String
        /// Where it is, in longitude and latitude.
        public var point: GeoPoint
        /// The fill colour, `#rrggbb` (one per category; the marker legend names it).
        public var fill: String
        /// The tooltip's second line (the category), if any.
        public var detail: String?

        /// Makes a marker.
        public init(id: String, name: String, point: GeoPoint, fill: String, detail: String? = nil) {
            self.id = id
            self.name = name
            self.point = point
            self.fill = fill
            self.detail = detail
        }
    }

    /// The map's title.
    public var title: String
    /// The legend's heading (the measure and its unit, or "Groups").
    public var legendTitle: String
    /// The areas, drawn in order.
    public var areas: [Area]
    /// The legend entries, top to bottom.
    public var legend: [LegendEntry]
    /// Lines under the map (sources, method); may be empty.
    public var notes: [String]
    /// Points drawn over the areas (libraries); may be empty.
    public var markers: [Marker] = []
    /// The markers' legend (one entry a category), under its own heading after the areas' legend.
    public var markerLegend: [LegendEntry] = []

    /// Makes a map.
    public init(title: String, legendTitle: String, areas: [Area], legend: [LegendEntry], notes: [String] = []) {
        self.title = title
        self.legendTitle = legendTitle
        self.areas = areas
        self.legend = legend
        self.notes = notes
    }
}
