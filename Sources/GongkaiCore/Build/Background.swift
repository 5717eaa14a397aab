import Foundation

/// A value worked out on a thread of its own while the build goes on; whoever needs it waits
/// for it (`value`).
final class Background<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private let done = DispatchGroup()
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global().async {
            let value = work()
            self.lock.withLock { self.result = value }
            self.done.leave()
        }
    }

    /// The value if it is worked out already, without waiting.
    var ifDone: Value? {
        lock.withLock { result }
    }

    /// The value, once it is worked out.
    var value: Value {
        done.wait()
        return lock.withLock { result! }
    }
}
