import Foundation

/// Where townships and villages sit in a content folder: `townships/<t>/villages/<v>`. One
/// place for the layout that loading, incremental builds and scaffolding all walk.
enum ContentPaths {
    static let townships = "townships"

    /// `townships/<t>`, relative to the content folder.
    static func township(_ id: String) -> String { "\(townships)/\(id)" }

    /// `townships/<t>/villages/<v>`, relative to the content folder.
    static func village(_ id: String, inTownship township: String) -> String { "\(self.township(township))/villages/\(id)" }

    /// Every village folder, township by township, both in folder-name order.
    static func villageFolders(in content: URL) -> [(township: String, id: String, path: String)] {
        FolderListing.folders(in: content.appending(path: townships, directoryHint: .isDirectory)).flatMap { township in
            FolderListing.folders(in: content.appending(path: "\(self.township(township))/villages", directoryHint: .isDirectory))
                .map { (township, $0, village($0, inTownship: township)) }
        }
    }

    /// The village folder a path is in (or is), when it is in one.
    static func villageFolder(containing path: String) -> String? {
        let parts = path.split(separator: "/", maxSplits: 4)
        guard parts.count >= 4, parts[0] == Substring(townships), parts[2] == "villages" else { return nil }
        return parts[0..<4].joined(separator: "/")
    }
}
