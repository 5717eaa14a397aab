/// What an incremental build knows of the files the output folder holds.
enum OutputInventory: Sendable {
    /// The output's folders are as the last build left them (`OutputFolders`): it holds
    /// exactly the files that build's cache records, `count` of them, whose digest is
    /// `outputs`, in those `folders`.
    case asRecorded(count: Int, outputs: String, folders: OutputFolders.Stamps)
    /// The output was listed, file by file.
    case listed(Set<String>)

    static let empty = OutputInventory.listed([])

    /// The output's folders, when the output holds the files whose digest is `outputs` and
    /// is as recorded: a build that leaves the same files needs not work them out again.
    func folders(ifHolding outputs: String) -> OutputFolders.Stamps? {
        guard case let .asRecorded(_, recorded, folders) = self, recorded == outputs else { return nil }
        return folders
    }

    /// Whether the output holds every one of `files`, which the build cache records. The names
    /// are asked for only when the output was listed.
    func holdsRecorded(_ files: @autoclosure () -> [String]) -> Bool {
        switch self {
        case .asRecorded: true
        case let .listed(set): files().allSatisfy(set.contains)
        }
    }

    var count: Int {
        switch self {
        case let .asRecorded(count, _, _): count
        case let .listed(set): set.count
        }
    }

    /// Whether the output holds the files whose digest the cache recorded
    /// (`FileSetDigest`).
    func matches(recorded outputs: String) -> Bool {
        switch self {
        case .asRecorded: true
        case let .listed(set): FileSetDigest(set).text == outputs
        }
    }

    /// What the output holds that is not in `keep`, the files a build leaves, whose digest is
    /// `leaving`: nothing when the output is as recorded and holds the same set of files; else
    /// of the files the cache recorded (`recorded`, called only when the output is as
    /// recorded), or of those listed.
    func notIn(_ keep: Set<String>, leaving: String, recorded: () -> [String]) -> [String] {
        switch self {
        case let .asRecorded(_, outputs, _): outputs == leaving ? [] : recorded().filter { !keep.contains($0) }.sorted()
        case let .listed(set): set.filter { !keep.contains($0) }.sorted()
        }
    }
}
