/// The connected groups of a graph: every set of 1 to `maxSize` members that forms one connected piece, each once.
public enum ConnectedGroups {
    /// The connected groups up to `maxSize` members (singletons included), each as its members in increasing order,
    /// listed by lowest member, then size, then lexicographically.
    ///
    /// Each group is grown from its lowest member by adding neighbours of the group with a higher index than that
    /// member; duplicates reached in different orders are dropped with a set of seen groups.
    /// - Parameters:
    ///   - adjacency: each member's neighbours (indices); read as undirected.
    ///   - maxSize: the largest group.
    /// - Complexity: proportional to the number of groups times the neighbours of a group.
    public static func enumerate(adjacency: [[Int]], maxSize: Int) -> [[Int]] {
        let n = adjacency.count
        var undirected = adjacency.map(Set.init)
        for (i, list) in adjacency.enumerated() {
            for j in list where j >= 0 && j < n && j != i { undirected[j].insert(i) }
        }
        var out: [[Int]] = []
        guard maxSize >= 1 else { return out }
        for root in 0..<n {
            var seen: Set<[Int]> = [[root]]
            var layer: [[Int]] = [[root]]
            var found: [[Int]] = [[root]]
            var size = 1
            while size < maxSize, !layer.isEmpty {
                var next: [[Int]] = []
                for group in layer {
                    var frontier = Set<Int>()
                    for member in group {
                        for neighbour in undirected[member] where neighbour > root && neighbour < n && !group.contains(neighbour) {
                            frontier.insert(neighbour)
                        }
                    }
                    for neighbour in frontier {
                        let grown = (group + [neighbour]).sorted()
                        if seen.insert(grown).inserted { next.append(grown) }
                    }
                }
                next.sort { $0.lexicographicallyPrecedes($1) }
                found += next
                layer = next
                size += 1
            }
            out += found
        }
        return out
    }
}
