import Foundation

/// What an incremental build finds before it loads anything: the index of the output's build
/// cache, the files the output holds (`OutputInventory`: as the last build left them when its
/// folders' stamps say so, listed otherwise), the stamp of every village folder, and one digest of
/// everything the build reads. When that digest is the one the cache recorded, the output holds
/// exactly the files the last build left and its publication manifest is the one it wrote, there
/// is nothing to do (`isUpToDate`), as `make` would say. A build given `--previous-manifest`
/// always runs: the manifest it is checked against is not the output's.
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
        let stamps = ParallelMap.map(folders.map(\.path), workers: workers) { path in
            FolderStamp.of(path: root + path, recorded: recorded[path], settledBefore: settledBefore)
        }
        var byPath: [String: String] = [:]
        var listings: [String: StampListing] = [:]
        for (folder, stamp) in zip(folders, stamps) {
            byPath[folder.path] = stamp.stamp
            listings[folder.path] = stamp.listing
        }

        var digest = InputFingerprints.Digest()
        // Every file of the content folder outside the village folders: the privacy scan reads
        // them all, not only those the site is made from.
        digest.add(FolderStamp.of(path: content, skipping: Set(folders.map(\.path))))
        digest.add(fingerprints.shared)
        digest.add(fingerprints.plan)
        for township in fingerprints.townships.keys.sorted() {
            digest.add(township)
            digest.add(fingerprints.townships[township]!)
        }
        for folder in folders {
            digest.add(folder.path)
            digest.add(byPath[folder.path]!)
        }
        digest.add("check \(options.checkPublished)")
        return IncrementalState(
            index: index, pendingOutput: output, stamps: byPath, listings: listings, recordedListings: recordedListings,
            inputs: digest.finish(), outputFolder: outputFolder, previousManifestGiven: options.previousManifest != nil)
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
