import Foundation

/// Records how long each named stage of the build took.
struct StageTimer {
    private(set) var times: [(name: String, seconds: Double)] = []

    mutating func measure<T, E: Error>(_ name: String, _ body: () throws(E) -> T) throws(E) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { times.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
        return try body()
    }
}

extension StageTimer {
    /// Adds stages timed elsewhere (`LapTimer`).
    mutating func append(_ laps: [(name: String, seconds: Double)]) {
        times += laps
    }
}

/// Splits one stretch of work into named stages: each `lap` records the time since the last.
struct LapTimer {
    private var last = DispatchTime.now().uptimeNanoseconds
    private(set) var times: [(name: String, seconds: Double)] = []

    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        times.append((name, Double(now - last) / 1e9))
        last = now
    }
}
