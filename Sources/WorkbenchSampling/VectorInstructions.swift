#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The vector instruction sets the samplers' hot loops are built for, and the one this process runs them with.
///
/// The package builds for each platform's baseline (SSE2 on x86-64), so that the workbench runs on any processor of
/// the platform; on x86-64 the module `WorkbenchSamplingAVX2` holds the same loops compiled for AVX2 as well. Which
/// of the two a run uses is decided once, at the first simulation, from what the processor and the operating system
/// offer: AVX2 where both do, otherwise the baseline. Both give the same results to the bit.
public enum VectorInstructions: String, Sendable, CaseIterable {
    /// The platform's baseline: SSE2 on x86-64 (two 64-bit lanes a register), NEON on arm64.
    case baseline
    /// AVX2 on x86-64: four 64-bit lanes a register, sixteen registers.
    case avx2

    /// The environment variable that can hold a run to the baseline (`WORKBENCH_VECTOR=baseline`), for comparing
    /// the two or for a processor the check misjudges. It cannot force AVX2 on: a processor without it would stop.
    public static let environmentVariable = "WORKBENCH_VECTOR"

    /// The instructions this process runs the loops with: `available`, unless `WORKBENCH_VECTOR=baseline`.
    public static let selected: VectorInstructions = {
        if let value = getenv(environmentVariable), String(cString: value) == VectorInstructions.baseline.rawValue {
            return .baseline
        }
        return available
    }()

    /// Whether this build compiled the AVX2 loops (`WORKBENCH_AVX2_LOOPS`, which the manifest defines with the flag;
    /// not in a build made with `WORKBENCH_BASELINE_ONLY=1` or on a host that is not x86-64).
    public static let builtForAVX2: Bool = {
        #if WORKBENCH_AVX2_LOOPS
        return true
        #else
        return false
        #endif
    }()

    /// The widest instructions this processor and operating system offer that the package has loops for: AVX2 on
    /// x86-64 when this build compiled the AVX2 loops and the processor reports AVX2 (Linux: the `avx2` flag of
    /// `/proc/cpuinfo`, which the kernel clears when it does not save the vector registers; macOS:
    /// `hw.optional.avx2_0`), otherwise the baseline.
    public static let available: VectorInstructions = {
        #if arch(x86_64)
        return builtForAVX2 && processorHasAVX2() ? .avx2 : .baseline
        #else
        return .baseline
        #endif
    }()

    /// A name for people: "AVX2", or "baseline x86-64 (SSE2)" ("baseline" on other platforms).
    public var label: String {
        switch self {
        case .avx2: "AVX2"
        case .baseline:
            #if arch(x86_64)
            "baseline x86-64 (SSE2)"
            #else
            "baseline"
            #endif
        }
    }

    #if arch(x86_64)
    /// Whether the processor reports AVX2 and the operating system saves its registers.
    private static func processorHasAVX2() -> Bool {
        #if os(Linux)
        return cpuinfoFlags().contains("avx2")
        #elseif canImport(Darwin)
        var value: Int32 = 0
        var size = MemoryLayout<Int32>.size
        return sysctlbyname("hw.optional.avx2_0", &value, &size, nil, 0) == 0 && value != 0
        #else
        return false
        #endif
    }
    #endif

    #if os(Linux)
    /// The words of the first `flags` line of `/proc/cpuinfo` (empty when it cannot be read).
    static func cpuinfoFlags() -> Set<Substring> {
        guard let file = fopen("/proc/cpuinfo", "r") else { return [] }
        defer { fclose(file) }
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        while getline(&line, &capacity, file) > 0, let line {
            let text = String(cString: line)
            guard text.hasPrefix("flags") else { continue }
            guard let colon = text.firstIndex(of: ":") else { return [] }
            return Set(text[text.index(after: colon)...].split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }))
        }
        return []
    }
    #endif
}
