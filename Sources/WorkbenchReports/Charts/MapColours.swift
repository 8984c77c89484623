/// Colours for maps: a sequential scale for a measure (light to dark blue, so more reads darker in grey print too),
/// distinct colours for groups, and grey for an area without a value.
public enum MapColours {
    /// The fill of an area without a value.
    public static let noValue = "#d9d9d9"
    /// The sequential scale's stops, lightest first (ColorBrewer Blues, 5 classes).
    public static let sequential = ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"]
    /// Distinct colours for groups (ColorBrewer Paired and Set3, 12 each; no grey, which means "no value").
    public static let groups = [
        "#1f78b4", "#33a02c", "#e31a1c", "#ff7f00", "#6a3d9a", "#b15928", "#a6cee3", "#b2df8a", "#fb9a99", "#fdbf6f",
        "#cab2d6", "#ffff99", "#8dd3c7", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#bc80bd",
        "#ccebc5", "#ffed6f",
    ]

    /// The colour of group `index` (repeats after `groups.count` groups).
    public static func group(_ index: Int) -> String { groups[((index % groups.count) + groups.count) % groups.count] }

    /// The colour of `value` on the sequential scale from `low` to `high`, interpolated between the stops;
    /// the middle stop when the range is empty.
    public static func sequential(_ value: Double, low: Double, high: Double) -> String {
        guard high > low, value.isFinite else { return sequential[sequential.count / 2] }
        let t = min(max((value - low) / (high - low), 0), 1) * Double(sequential.count - 1)
        let lower = min(Int(t), sequential.count - 2)
        return mix(sequential[lower], sequential[lower + 1], t - Double(lower))
    }

    /// The colour a fraction `t` of the way from `a` to `b` (both `#rrggbb`).
    static func mix(_ a: String, _ b: String, _ t: Double) -> String {
        let x = rgb(a), y = rgb(b)
        let channels = (0..<3).map { Int((Double(x[$0]) + (Double(y[$0]) - Double(x[$0])) * t).rounded()) }
        return "#" + channels.map { hex($0) }.joined()
    }

    private static func rgb(_ colour: String) -> [Int] {
        let digits = Array(colour.dropFirst())
        return (0..<3).map { Int(String(digits[($0 * 2)..<($0 * 2 + 2)]), radix: 16) ?? 0 }
    }

    private static func hex(_ value: Int) -> String {
        let text = String(min(max(value, 0), 255), radix: 16)
        return text.count == 1 ? "0" + text : text
    }
}
