import Foundation

/// A value worked out on another thread while the caller goes on; `value` waits for it.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private let done = DispatchGroup()
    private var result: Value?

    /// Already known: nothing runs.
    init(known value: Value) {
        result = value
    }

    init(_ work: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global().async {
            let value = work()
            self.lock.withLock { self.result = value }
            self.done.leave()
        }
    }

    /// The value, once it is worked out.
    var value: Value {
        done.wait()
        return lock.withLock { result! }
    }
}
