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
