import Foundation

/// The listing of every village folder (`StampListing`), kept in the output as
/// `.gongkai-cache/listings` so that the next build's stamps need not list the folders again.
/// It is one of the extra files of the build: written into the staging folder with the others,
/// and left in place when its bytes did not change. A file that cannot be read, of another
/// format or version, is not used: every folder is then listed, as in a first build.
enum ContentListings {
    /// No township's part of the cache has this name (theirs end in `.bin`).
    static let path = BuildCache.folder + "listings"

    /// The listings the output holds, by village folder (`townships/<t>/villages/<v>`).
    static func read(from output: URL) -> [String: StampListing] {
        let file = output.appending(path: path, directoryHint: .notDirectory).path
        guard case let .contents(data) = ContentFileReader.read(file, limit: .max),
              let listings = try? BuildCache.decode([String: StampListing].self, from: data)
        else { return [:] }
        return listings
    }

    static func file(_ listings: [String: StampListing]) -> OutputFile {
        BuildCache.encode(listings, path: path)
    }
}
