/// Colours, fill patterns, dash styles and marker shapes for series, chosen so that series stay distinct when a
/// report is printed in grey: the colours step in lightness (dark blue, orange, mid grey, light green) and each
/// series also has its own pattern (bars), dash style (lines) and marker shape (points).
enum ChartPalette {
    /// Fill and stroke colours, darkest first.
    static let colours = ["#1f3b73", "#e08214", "#6b6b6b", "#8fc98f", "#7b3294", "#c2a5cf"]
    /// Dash arrays for lines (`nil` is solid).
    static let dashes: [String?] = [nil, "7 4", "2 3", "9 3 2 3", "4 4", "1 2"]
    /// Marker shapes for points.
    static let markers: [Marker] = [.circle, .square, .triangle, .diamond, .circle, .square]
    /// Characters for text bars, one per series.
    static let textFills: [Character] = ["█", "▓", "▒", "░", "#", "="]
    /// Glyphs for text plots, one per series.
    static let textGlyphs: [Character] = ["●", "○", "■", "□", "▲", "△"]
    /// The colour of reference lines.
    static let reference = "#b2182b"

    /// A marker shape.
    enum Marker {
        /// A circle.
        case circle
        /// A square.
        case square
        /// A triangle pointing up.
        case triangle
        /// A diamond.
        case diamond
    }

    /// The colour of series `index`.
    static func colour(_ index: Int) -> String { colours[index % colours.count] }
    /// The dash array of series `index`.
    static func dash(_ index: Int) -> String? { dashes[index % dashes.count] }
    /// The marker of series `index`.
    static func marker(_ index: Int) -> Marker { markers[index % markers.count] }
    /// The text-bar fill of series `index`.
    static func textFill(_ index: Int) -> Character { textFills[index % textFills.count] }
    /// The text-plot glyph of series `index`.
    static func textGlyph(_ index: Int) -> Character { textGlyphs[index % textGlyphs.count] }
}
