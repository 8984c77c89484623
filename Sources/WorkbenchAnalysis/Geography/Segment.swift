/// One edge of a boundary ring in projected metres, with the authority it belongs to.
struct Segment: Sendable {
    var ax: Double
    var ay: Double
    var bx: Double
    var by: Double
    /// The authority (index into the boundaries).
    var owner: Int

    /// Its length in metres.
    var length: Double { ((bx - ax) * (bx - ax) + (by - ay) * (by - ay)).squareRoot() }

    /// The point at parameter `t` (0 at a, 1 at b).
    func point(_ t: Double) -> (x: Double, y: Double) { (ax + t * (bx - ax), ay + t * (by - ay)) }

    /// The squared distance from a point to this segment.
    func squaredDistance(x: Double, y: Double) -> Double {
        let dx = bx - ax
        let dy = by - ay
        let lengthSquared = dx * dx + dy * dy
        var t = lengthSquared > 0 ? ((x - ax) * dx + (y - ay) * dy) / lengthSquared : 0
        t = min(1, max(0, t))
        let px = ax + t * dx - x
        let py = ay + t * dy - y
        return px * px + py * py
    }

    /// The interval of this segment's parameter (within [0, 1]) whose points lie within `tolerance` of `other`, or
    /// nil when none does: the intersection of this segment with the capsule of radius `tolerance` around `other`
    /// (a rectangle and two discs). The capsule is convex, so the intersection is one interval, the hull of the
    /// three pieces' intervals; each piece is solved exactly (slab clipping, a quadratic).
    func interval(within tolerance: Double, of other: Segment) -> (Double, Double)? {
        // Quick rejection by bounding boxes.
        if min(ax, bx) > max(other.ax, other.bx) + tolerance || max(ax, bx) < min(other.ax, other.bx) - tolerance
            || min(ay, by) > max(other.ay, other.by) + tolerance || max(ay, by) < min(other.ay, other.by) - tolerance
        {
            return nil
        }
        let dx = bx - ax
        let dy = by - ay
        var low = Double.infinity
        var high = -Double.infinity
        func include(_ piece: (Double, Double)?) {
            guard let (a, b) = piece, a <= b else { return }
            low = min(low, a)
            high = max(high, b)
        }
        // The two discs.
        for (cx, cy) in [(other.ax, other.ay), (other.bx, other.by)] {
            include(Self.disc(ax - cx, ay - cy, dx, dy, tolerance))
        }
        // The rectangle: 0 ≤ u ≤ L along `other`, |v| ≤ tolerance across it.
        let ox = other.bx - other.ax
        let oy = other.by - other.ay
        let length = (ox * ox + oy * oy).squareRoot()
        if length > 0 {
            let ux = ox / length, uy = oy / length
            var piece: (Double, Double)? = (0, 1)
            // u(s) = u0 + s·du, v(s) = v0 + s·dv.
            let u0 = (ax - other.ax) * ux + (ay - other.ay) * uy
            let du = dx * ux + dy * uy
            let v0 = -(ax - other.ax) * uy + (ay - other.ay) * ux
            let dv = -dx * uy + dy * ux
            piece = Self.clip(piece, u0, du, 0, length)
            piece = Self.clip(piece, v0, dv, -tolerance, tolerance)
            include(piece)
        }
        guard low <= high else { return nil }
        return (max(0, low), min(1, high))
    }

    /// The part of `interval` where `start + s·slope` lies in [lower, upper].
    static func clip(_ interval: (Double, Double)?, _ start: Double, _ slope: Double, _ lower: Double, _ upper: Double) -> (Double, Double)? {
        guard let (a, b) = interval else { return nil }
        if slope == 0 { return start >= lower && start <= upper ? (a, b) : nil }
        var s1 = (lower - start) / slope
        var s2 = (upper - start) / slope
        if s1 > s2 { swap(&s1, &s2) }
        let low = max(a, s1), high = min(b, s2)
        return low <= high ? (low, high) : nil
    }

    /// The parameters s in [0, 1] with |(px, py) + s·(dx, dy)| ≤ radius.
    static func disc(_ px: Double, _ py: Double, _ dx: Double, _ dy: Double, _ radius: Double) -> (Double, Double)? {
        let a = dx * dx + dy * dy
        let b = 2 * (px * dx + py * dy)
        let c = px * px + py * py - radius * radius
        if a == 0 { return c <= 0 ? (0, 1) : nil }
        let discriminant = b * b - 4 * a * c
        guard discriminant >= 0 else { return nil }
        let root = discriminant.squareRoot()
        let low = max(0, (-b - root) / (2 * a)), high = min(1, (-b + root) / (2 * a))
        return low <= high ? (low, high) : nil
    }
}

/// A uniform grid over segments' bounding boxes, for finding the segments near one segment without comparing all
/// pairs.
struct SegmentGrid {
    let cell: Double
    let minX: Double
    let minY: Double
    let columns: Int
    let rows: Int
    private(set) var cells: [[Int]]

    /// Indexes the segments, each in every cell its bounding box widened by `margin` overlaps.
    init(segments: [Segment], margin: Double) {
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        var totalLength = 0.0
        for s in segments {
            minX = min(minX, s.ax, s.bx); maxX = max(maxX, s.ax, s.bx)
            minY = min(minY, s.ay, s.by); maxY = max(maxY, s.ay, s.by)
            totalLength += s.length
        }
        if segments.isEmpty { minX = 0; minY = 0; maxX = 1; maxY = 1 }
        // Cells about the length of a typical edge, and never more than about 4 per segment in all.
        let typical = segments.isEmpty ? 1 : totalLength / Double(segments.count)
        let width = maxX - minX + 2 * margin
        let height = maxY - minY + 2 * margin
        var cell = max(typical, margin, 1)
        while (width / cell) * (height / cell) > Double(max(1024, 4 * segments.count)) { cell *= 1.5 }
        self.cell = cell
        self.minX = minX - margin
        self.minY = minY - margin
        columns = max(1, Int(width / cell) + 1)
        rows = max(1, Int(height / cell) + 1)
        // Indices first, appends after: appending inside a closure passed to a method of `self` would copy `cells`.
        var cells = [[Int]](repeating: [], count: columns * rows)
        self.cells = []
        var found: [Int] = []
        for (index, s) in segments.enumerated() {
            found.removeAll(keepingCapacity: true)
            forEachCell(of: s, margin: margin) { found.append($0) }
            for cellIndex in found { cells[cellIndex].append(index) }
        }
        self.cells = cells
    }

    /// Calls `body` with each cell index the segment's widened bounding box overlaps.
    func forEachCell(of s: Segment, margin: Double, _ body: (Int) -> Void) {
        let x0 = max(0, min(columns - 1, Int((min(s.ax, s.bx) - margin - minX) / cell)))
        let x1 = max(0, min(columns - 1, Int((max(s.ax, s.bx) + margin - minX) / cell)))
        let y0 = max(0, min(rows - 1, Int((min(s.ay, s.by) - margin - minY) / cell)))
        let y1 = max(0, min(rows - 1, Int((max(s.ay, s.by) + margin - minY) / cell)))
        for y in y0...y1 {
            for x in x0...x1 { body(y * columns + x) }
        }
    }

    /// Calls `body` with every segment indexed in a cell the segment's box overlaps (a segment may come more than
    /// once).
    func visit(_ s: Segment, margin: Double, _ body: (Int) -> Void) {
        forEachCell(of: s, margin: 0) { cellIndex in
            for other in cells[cellIndex] { body(other) }
        }
    }
}
