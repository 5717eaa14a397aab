import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// How long a stage of the build took, and the process's peak memory when it ended.
public struct StageTime: Sendable {
    public var name: String
    public var seconds: Double
    /// The peak resident set size of the process so far, in bytes (0 where it is not known).
    public var peakMemory: Int

    init(_ name: String, seconds: Double) {
        self.name = name
        self.seconds = seconds
        peakMemory = Self.peakMemorySoFar()
    }

    static func peakMemorySoFar() -> Int {
        #if canImport(Glibc)
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        return Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
        #else
        return 0
        #endif
    }
}

/// Records how long each named stage of the build took.
struct StageTimer {
    private(set) var times: [StageTime] = []

    mutating func measure<T, E: Error>(_ name: String, _ body: () throws(E) -> T) throws(E) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { times.append(StageTime(name, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
        return try body()
    }

    /// Adds stages timed elsewhere (`LapTimer`).
    mutating func append(_ laps: [StageTime]) {
        times += laps
    }
}

/// Splits one stretch of work into named stages: each `lap` records the time since the last.
struct LapTimer {
    private var last = DispatchTime.now().uptimeNanoseconds
    private(set) var times: [StageTime] = []

    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        times.append(StageTime(name, seconds: Double(now - last) / 1e9))
        last = now
    }
}
