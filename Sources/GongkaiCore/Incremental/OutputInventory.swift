/// What an incremental build knows of the files the output folder holds.
enum OutputInventory: Sendable {
    /// The output's folders are as the last build left them (`OutputFolders`): it holds
    /// exactly the files that build's cache records, `count` of them.
    case asRecorded(count: Int)
    /// The output was listed, file by file.
    case listed(Set<String>)

    static let empty = OutputInventory.listed([])

    /// Whether the output holds every one of `files`, which the build cache records.
    func holdsRecorded(_ files: [String]) -> Bool {
        switch self {
        case .asRecorded: true
        case let .listed(set): files.allSatisfy(set.contains)
        }
    }

    var count: Int {
        switch self {
        case let .asRecorded(count): count
        case let .listed(set): set.count
        }
    }

    /// Whether the output holds the files whose digest the cache recorded
    /// (`IncrementalState.digest(of:)`).
    func matches(recorded outputs: String) -> Bool {
        switch self {
        case .asRecorded: true
        case let .listed(set): IncrementalState.digest(of: set) == outputs
        }
    }

    /// What the output holds that is not in `keep`: of the files the cache recorded
    /// (`recorded`, called only when the output is as recorded), or of those listed.
    func notIn(_ keep: Set<String>, recorded: () -> [String]) -> [String] {
        switch self {
        case .asRecorded: recorded().filter { !keep.contains($0) }.sorted()
        case let .listed(set): set.filter { !keep.contains($0) }.sorted()
        }
    }
}
