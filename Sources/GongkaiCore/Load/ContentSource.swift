import Foundation

/// Where the loaders read content files and list folders, by paths relative to the content
/// folder: the content folder on disk (`ContentFolder`), or a village folder that was listed
/// and read once (`FolderSnapshot`).
protocol ContentSource {
    /// The file at `path`, as `ContentFileReader` reads it: over `limit` bytes it is only measured.
    func read(_ path: String, limit: Int) -> ContentFileReader.Outcome
    /// The sorted, visible entries of the folder at `path` (none when there is no such folder):
    /// folders only when `directories` is true, everything else when false, both when nil.
    func entries(in path: String, directories: Bool?) -> [String]
}

extension ContentSource {
    func read(_ path: String) -> ContentFileReader.Outcome {
        read(path, limit: ContentLimits.maxFileBytes)
    }

    /// The files in the folder at `path` with any of the extensions, sorted.
    func files(in path: String, withExtensions extensions: [String]) -> [String] {
        let suffixes = extensions.map { "." + $0 }
        return entries(in: path, directories: false).filter { name in suffixes.contains(where: name.hasSuffix) }
    }

    /// The names of the files and folders in the folder at `path`, for checking which are there.
    func names(in path: String) -> Set<String> {
        Set(entries(in: path, directories: nil))
    }
}

/// The content folder on disk.
struct ContentFolder: ContentSource {
    let url: URL

    init(_ url: URL) {
        self.url = url
    }

    func read(_ path: String, limit: Int) -> ContentFileReader.Outcome {
        ContentFileReader.read(url.path + "/" + path, limit: limit)
    }

    func entries(in path: String, directories: Bool?) -> [String] {
        FolderListing.entries(in: url.path + "/" + path, directories: directories)
    }
}
