import Foundation

/// What the site has published: every disclosure's and every period of finance data's address
/// and a SHA-256 of its content, written into the output as `gongkai-manifest.json`. The next
/// build compares the content with it, so nothing published can silently disappear or change.
public struct PublicationManifest: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Hashable {
        /// The page folder, e.g. `villages/220681100201/disclosures/2024-q2-caiwu/` or
        /// `villages/220681100202/finance/2025-07/`.
        public var path: String
        /// The content file it was published from, relative to the content folder (absent in
        /// manifests written before gongkai recorded it); for finance data, the period's yaml.
        public var source: String?
        public var village: String
        public var title: String
        public var publishedOn: String
        public var sha256: String
        /// How many corrections were recorded when this manifest was written.
        public var corrections: Int
        public var retracted: Bool
        /// The files published with the notice (absent when it has none); their hashes are
        /// part of `sha256`, listed here so a changed file can be named.
        public var attachments: [AttachmentEntry]? = nil

        enum CodingKeys: String, CodingKey {
            case path, source, village, title, sha256, corrections, retracted, attachments
            case publishedOn = "published_on"
        }
    }

    /// An attachment as published: its file name, size and SHA-256.
    public struct AttachmentEntry: Codable, Sendable, Hashable {
        public var name: String
        public var bytes: Int
        public var sha256: String
    }

    public static let fileName = "gongkai-manifest.json"

    public var format: Int = 1
    /// Sorted by path.
    public var disclosures: [Entry]
    /// Periods of finance data (`finance/<period>.csv` + `.yaml`), sorted by path; absent when
    /// the site has none, and in manifests written before gongkai recorded them.
    public var finance: [Entry]?

    public init(disclosures: [Entry], finance: [Entry] = []) {
        self.disclosures = disclosures.sorted { $0.path < $1.path }
        self.finance = finance.isEmpty ? nil : finance.sorted { $0.path < $1.path }
    }

    /// Reads a previous manifest. A missing file means nothing was published yet (nil); an
    /// unreadable one is an error, since the checks it enables must not be skipped silently.
    static func read(from url: URL, diagnostics: DiagnosticBag) -> PublicationManifest? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            return try JSONDecoder().decode(PublicationManifest.self, from: Data(contentsOf: url))
        } catch {
            diagnostics.error(
                .manifestUnreadable, at: SourceLocation(file: url.path), "无法读取上次发布的清单 \(url.lastPathComponent)：\(error.localizedDescription)")
            return nil
        }
    }
}
