/// A pointer shared by the workers of a parallel run, each writing its own disjoint range.
struct SharedPointer<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}
