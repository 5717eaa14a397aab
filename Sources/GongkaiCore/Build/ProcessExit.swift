import Foundation

/// What a one-shot build (`gongkai build` on the command line) leaves to the end of the
/// process. Freeing a large site's model, cache and file lists object by object takes about as
/// long as rebuilding one village of 10,000 (half a second); the operating system takes the
/// whole memory back at once when the process exits. Builds that go on running (`gongkai
/// serve`, the tests) never use it: `BuildOptions.leavesMemoryToExit` is false for them.
enum ProcessExit {
    private static let kept = Kept()

    /// Holds `value` until the process exits.
    static func keep(_ value: Any) {
        kept.append(value)
    }

    private final class Kept: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Any] = []

        func append(_ value: Any) {
            lock.withLock { values.append(value) }
        }
    }
}
