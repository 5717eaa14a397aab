import Foundation

/// One township's village folders, each listed and read once (`FolderSnapshot`) for everything
/// a build needs of it before its pages: loaded and checked into its model, digested for the
/// build cache and scanned for personal data. Villages are independent of each other, so
/// `VillageStream` takes them in on all cores, in the pass that writes the township before.
struct VillageIntake: Sendable {
    struct Entry: Sendable {
        var folder: RawTownship.VillageFolder
        /// Nil when the folder has an error, or its township could not be read.
        var village: Village?
        /// What was found wrong in the folder, in the order it was found.
        var diagnostics: [Diagnostic]
        /// The folder's content digest (`InputFingerprints.village`); empty without a village.
        var digest: String
        /// The personal numbers in its text attachments and in its other published files, no
        /// number allowed yet; empty without a village.
        var attachmentFindings: [PrivacyFinding]
        var fileFindings: [PrivacyFinding]
        /// The folder's `FolderStamp` and listing, when the intake was asked to stamp it.
        var stamp: (stamp: String, listing: StampListing?)?
    }

    /// In folder order.
    var entries: [Entry]

    /// Takes in one village folder (in the content folder `content`). `township` is nil when
    /// its `township.yaml` could not be read: the folder is read all the same, so that its
    /// problems are reported. With `stampingSettledBefore`, the folder is stamped as it is
    /// listed (`FolderSnapshot`).
    static func entry(
        for folder: RawTownship.VillageFolder, in content: URL, township: Township?, privacy: PrivacyPolicy,
        stampingSettledBefore settledBefore: Int64? = nil
    ) -> Entry {
        let files = FolderSnapshot(folder.path, in: content, stampingSettledBefore: settledBefore)
        let decoded = TownshipDecoder.readVillage(folder.id, from: files, of: township)
        var entry = Entry(
            folder: folder, village: decoded.village, diagnostics: decoded.diagnostics, digest: "", attachmentFindings: [], fileFindings: [],
            stamp: files.stamp)
        guard let village = decoded.village else { return entry }
        entry.digest = InputFingerprints.village(files)
        (entry.attachmentFindings, entry.fileFindings) = PrivacyGuard.findings(inVillage: files, village, policy: privacy)
        return entry
    }

    /// The villages that were read and checked without an error, in folder order.
    var villages: [Village] {
        entries.compactMap(\.village)
    }
}
