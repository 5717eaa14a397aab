import Foundation

/// What the output holds (`OutputInventory`), worked out on a thread of its own while the build
/// goes on. Statting the output's 130,000 folders at 10,000 villages takes 0.14 s of a rebuild on
/// both cores; the middle of a rebuild (the reuse plan to the site model, 0.25 s) runs on one
/// thread and leaves the other core free for it.
///
/// Until it is known, the build assumes the output is as the last build left it, which it is
/// unless someone changed it by hand: the reuse plan and the villages' pages then take every file
/// the cache records to be there (`assumingAsRecorded`). Whoever needs the answer waits for it
/// (`value`); a build that assumed, and then finds the output listed file by file, runs again
/// knowing it (`Pipeline`), so that its result is still a clean build's.
final class PendingOutputInventory: @unchecked Sendable {
    private let lock = NSLock()
    private let known: OutputInventory?
    private let working: Background<OutputInventory>?
    private var assumed = false

    /// Already known.
    init(_ inventory: OutputInventory) {
        known = inventory
        working = nil
    }

    /// Worked out by `work` on another thread.
    init(working work: @escaping @Sendable () -> OutputInventory) {
        known = nil
        working = Background(work)
    }

    /// The inventory if it is known already, without waiting.
    var ifKnown: OutputInventory? {
        known ?? working?.ifDone
    }

    /// The inventory, once it is known.
    var value: OutputInventory {
        known ?? working!.value
    }

    /// Whether the output holds every one of `files`, which the build cache records: the answer
    /// when it is known, else true, and the build is marked as having assumed it.
    func assumingAsRecorded(holds files: @autoclosure () -> [String]) -> Bool {
        let inventory = lock.withLock { () -> OutputInventory? in
            let inventory = ifKnown
            if inventory == nil { assumed = true }
            return inventory
        }
        return inventory?.holdsRecorded(files()) ?? true
    }

    /// Whether the build assumed the output as recorded and it turned out not to be: it must run
    /// again knowing what the output holds. Waits for the answer.
    var assumedWrongly: Bool {
        guard case .listed = value else { return false }
        return lock.withLock { assumed }
    }
}
