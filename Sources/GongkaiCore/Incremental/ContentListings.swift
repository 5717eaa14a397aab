import Foundation

/// The listing of every village folder (`StampListing`), kept in the output as
/// `.gongkai-cache/listings` so that the next build's stamps need not list the folders again.
/// It is one of the extra files of the build: written into the staging folder with the others,
/// and left in place when its bytes did not change. A file that cannot be read, of another
/// format or version, is not used: every folder is then listed, as in a first build.
enum ContentListings {
    /// No township's part of the cache has this name (theirs end in `.bin`).
    static let path = BuildCache.folder + "listings"

    /// The listings the output holds, by village folder (`townships/<t>/villages/<v>`), and
    /// the file's bytes (nil when there is no usable file).
    static func read(from output: URL) -> (listings: [String: StampListing], file: Data?) {
        let file = output.appending(path: path, directoryHint: .notDirectory).path
        guard case let .contents(data) = ContentFileReader.read(file, limit: .max),
              let listings = try? BuildCache.decode([String: StampListing].self, from: data)
        else { return ([:], nil) }
        return (listings, data)
    }

    /// The file of `listings`; `recorded` is the file they were read from, written again as it
    /// is when they are all the ones it holds (encoding 50,000 of them takes 0.15 s).
    static func file(_ listings: [String: StampListing], recorded: (listings: [String: StampListing], file: Data?)?) -> OutputFile {
        if let recorded, let data = recorded.file, recorded.listings == listings {
            return OutputFile(path: path, contents: data)
        }
        return BuildCache.encode(listings, path: path)
    }
}
