extension Bool {
    /// 1 for true, 0 for false, without a branch.
    @inline(__always)
    var asBit: UInt8 { unsafeBitCast(self, to: UInt8.self) }
}
