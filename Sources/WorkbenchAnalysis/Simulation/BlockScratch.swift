/// One worker's scratch space: a block of yearly net flows, a block of draws, and one iteration's flows.
final class BlockScratch {
    let net: UnsafeMutablePointer<Double>
    let draws: UnsafeMutablePointer<Double>
    var flows: [Double] = []

    init(rows: Int, width: Int) {
        net = .allocate(capacity: rows * width)
        net.initialize(repeating: 0, count: rows * width)
        draws = .allocate(capacity: width)
        draws.initialize(repeating: 0, count: width)
    }

    deinit {
        net.deallocate()
        draws.deallocate()
    }
}
