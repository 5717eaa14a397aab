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
    var output: OutputInventory
    /// `FolderStamp` of every village folder, by its path in the content folder.
    var stamps: [String: String]
    /// The listings of the village folders to keep for the next build (`ContentListings`).
    var listings: [String: StampListing]
    /// The listings the output held, and their file.
    var recordedListings: (listings: [String: StampListing], file: Data?)?
    var inputs: String
    /// SHA-256 of the output's `gongkai-manifest.json` ("" when there is none).
    var manifest: String
    let previousManifestGiven: Bool

    static func read(_ options: BuildOptions, fingerprints: InputFingerprints) -> IncrementalState {
        let index = BuildCache.readIndex(from: options.outputFolder)
        let workers = ProcessInfo.processInfo.activeProcessorCount
        let output: OutputInventory = if let index {
            if let folders = OutputFolders.unchanged(in: options.outputFolder, outputs: index.outputs, workers: workers) {
                .asRecorded(count: FileSetDigest.count(in: index.outputs), outputs: index.outputs, folders: folders)
            } else {
                .listed(DirectoryWalker.fileSet(under: options.outputFolder))
            }
        } else {
            .empty
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
        // The manifest the last build left is the one whose digest it recorded.
        let manifest = if let index {
            output.folders(ifHolding: index.outputs)?.manifestAsRecorded == true ? index.manifest : manifestDigest(in: options.outputFolder)
        } else {
            ""
        }
        return IncrementalState(
            index: index, output: output, stamps: byPath, listings: listings, recordedListings: recordedListings, inputs: digest.finish(), manifest: manifest,
            previousManifestGiven: options.previousManifest != nil)
    }

    /// Nothing the build reads changed, and the output holds the files, and the manifest, the
    /// cache says it does.
    var isUpToDate: Bool {
        guard let index, !index.inputs.isEmpty, !previousManifestGiven else { return false }
        return index.inputs == inputs && index.manifest == manifest && output.matches(recorded: index.outputs)
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
