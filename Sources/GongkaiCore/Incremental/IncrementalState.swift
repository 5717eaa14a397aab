import Foundation

/// What an incremental build finds before it loads anything: the index of the output's build
/// cache, the files the output holds (`OutputInventory`: as the last build left them when its
/// folders' stamps say so, listed otherwise), the stamp of every village folder, and one digest of
/// everything the build reads. When that digest is the one the cache recorded, the output holds
/// exactly the files the last build left and its publication manifest is the one it wrote, there
/// is nothing to do (`isUpToDate`), as `make` would say. A build given `--previous-manifest`
/// always runs: the manifest it is checked against is not the output's.
///
/// An output without a build cache (a first build, or a clean one) has no village folder to
/// leave unread: its folders are then stamped as the build lists them to read them
/// (`stampsAwaited`, `FolderSnapshot`), not in a pass of their own over every file first, and
/// the stamps and the digest are complete once every village was taken in (`complete(stamps:)`).
struct IncrementalState: Sendable {
    var index: BuildCache.Index?
    /// Worked out while the build goes on (`PendingOutputInventory`).
    let pendingOutput: PendingOutputInventory
    /// What the output holds; waits for it.
    var output: OutputInventory { pendingOutput.value }
    /// `FolderStamp` of every village folder, by its path in the content folder.
    var stamps: [String: String]
    /// The listings of the village folders to keep for the next build (`ContentListings`).
    var listings: [String: StampListing]
    /// The listings the output held, and their file.
    var recordedListings: (listings: [String: StampListing], file: Data?)?
    var inputs: String
    let outputFolder: URL
    let previousManifestGiven: Bool
    /// Set when the village folders are left to be stamped as the build lists them
    /// (`stampsAwaited`); `stamps`, `listings` and `inputs` then wait for `complete(stamps:)`.
    private(set) var awaited: AwaitedStamps?

    /// What the digest of a build's inputs is made of besides the village folders' stamps.
    struct AwaitedStamps: Sendable {
        /// Every village folder, by its path in the content folder, in the order digested.
        var folders: [String]
        var contentFolder: String
        /// `FolderStamp.settledBeforeNow()` when the build began.
        var settledBefore: Int64
        /// What the digest takes before the village folders, in order.
        var digestedFirst: [String]
        var checkPublished: Bool
    }

    /// Nanoseconds since 1970 to stamp the village folders with as the build lists them, when
    /// it does (`VillageIntake`). A first build, into an output without a build cache, has no
    /// folder to leave unread: its stamps are not a pass of their own over every file of the
    /// content folder before it is read.
    var stampsAwaited: Int64? { awaited?.settledBefore }

    /// `output` is the check of the output a pass of the same build already started or
    /// finished (`PendingOutputInventory`), which is not done twice.
    static func read(_ options: BuildOptions, fingerprints: InputFingerprints, output known: PendingOutputInventory? = nil) -> IncrementalState {
        let index = BuildCache.readIndex(from: options.outputFolder)
        let workers = ProcessInfo.processInfo.activeProcessorCount
        let outputFolder = options.outputFolder
        let delay = options.outputCheckDelay
        let output = if let known {
            known
        } else if let index {
            PendingOutputInventory { () -> OutputInventory in
                if delay > 0 { usleep(UInt32(delay * 1_000_000)) }
                if let folders = OutputFolders.unchanged(in: outputFolder, outputs: index.outputs, workers: workers) {
                    return .asRecorded(count: FileSetDigest.count(in: index.outputs), outputs: index.outputs, folders: folders)
                }
                return .listed(DirectoryWalker.fileSet(under: outputFolder))
            }
        } else {
            PendingOutputInventory(.empty)
        }
        let folders = ContentPaths.villageFolders(in: options.contentFolder)
        let content = options.contentFolder.path
        let root = content.hasSuffix("/") ? content : content + "/"
        // A folder whose recorded listing still holds is not listed again (`StampListing`).
        let recordedListings = index == nil ? nil : ContentListings.read(from: options.outputFolder)
        let recorded = recordedListings?.listings ?? [:]
        let settledBefore = options.foldersSettledBefore ?? FolderStamp.settledBeforeNow()

        // Every file of the content folder outside the village folders: the privacy scan reads
        // them all, not only those the site is made from.
        var first = [FolderStamp.of(path: content, skipping: Set(folders.map(\.path))), fingerprints.shared, fingerprints.plan]
        for township in fingerprints.townships.keys.sorted() {
            first.append(township)
            first.append(fingerprints.townships[township]!)
        }
        var state = IncrementalState(
            index: index, pendingOutput: output, stamps: [:], listings: [:], recordedListings: recordedListings,
            inputs: "", outputFolder: outputFolder, previousManifestGiven: options.previousManifest != nil)
        state.awaited = AwaitedStamps(
            folders: folders.map(\.path), contentFolder: root, settledBefore: settledBefore, digestedFirst: first,
            checkPublished: options.checkPublished)
        guard index != nil else { return state }
        let stamps = ParallelMap.map(folders.map(\.path), workers: workers) { path in
            FolderStamp.of(path: root + path, recorded: recorded[path], settledBefore: settledBefore)
        }
        state.complete(stamps: Dictionary(uniqueKeysWithValues: zip(folders.map(\.path), stamps)))
        return state
    }

    /// Takes the stamps and listings of the village folders, by path in the content folder;
    /// a folder missing from them is stamped now.
    mutating func complete(stamps found: [String: (stamp: String, listing: StampListing?)]) {
        guard let awaited else { return }
        var digest = InputFingerprints.Digest()
        for text in awaited.digestedFirst { digest.add(text) }
        var byPath: [String: String] = [:]
        var listings: [String: StampListing] = [:]
        byPath.reserveCapacity(awaited.folders.count)
        for path in awaited.folders {
            let stamp = found[path]
                ?? FolderStamp.of(path: awaited.contentFolder + path, recorded: nil, settledBefore: awaited.settledBefore)
            byPath[path] = stamp.stamp
            listings[path] = stamp.listing
            digest.add(path)
            digest.add(stamp.stamp)
        }
        digest.add("check \(awaited.checkPublished)")
        stamps = byPath
        self.listings = listings
        inputs = digest.finish()
        self.awaited = nil
    }

    /// SHA-256 of the output's `gongkai-manifest.json` ("" when there is none). The manifest the
    /// last build left, as its folders' stamps tell (`OutputFolders`), is the one whose digest
    /// its cache recorded; any other, or any while the output is still being looked at, is
    /// hashed (25 ms at 10,000 villages), not waited for.
    var manifest: String {
        guard let index else { return "" }
        if pendingOutput.ifKnown?.folders(ifHolding: index.outputs)?.manifestAsRecorded == true { return index.manifest }
        return Self.manifestDigest(in: outputFolder)
    }

    /// Nothing the build reads changed, and the output holds the files, and the manifest, the
    /// cache says it does.
    var isUpToDate: Bool {
        guard let index, !index.inputs.isEmpty, !previousManifestGiven else { return false }
        return index.inputs == inputs && output.matches(recorded: index.outputs) && index.manifest == manifest
    }

    static func manifestDigest(in output: URL) -> String {
        let url = output.appending(path: PublicationManifest.fileName, directoryHint: .inferFromPath)
        return manifestDigest(of: FileManager.default.contents(atPath: url.path))
    }

    static func manifestDigest(of contents: Data?) -> String {
        guard let contents else { return "" }
        var digest = InputFingerprints.Digest()
        digest.add(contents)
        return digest.finish()
    }
}
