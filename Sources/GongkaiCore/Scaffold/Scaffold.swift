import Foundation

/// One file a scaffold writes: its path relative to the folder the scaffold writes into, and
/// its bytes.
public struct ScaffoldFile: Sendable, Hashable {
    public var path: String
    public var contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    /// A UTF-8 text file (YAML, Markdown).
    init(path: String, text: String) {
        self.init(path: path, contents: Data(text.utf8))
    }

    /// A CSV table, UTF-8 with a byte-order mark so that Excel on Chinese Windows opens it
    /// without garbling the Chinese headers.
    init(path: String, csvRows: [[String]]) {
        let text = csvRows.map { $0.map(ScaffoldText.csvCell).joined(separator: ",") }.joined(separator: "\n") + "\n"
        self.init(path: path, contents: Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8))
    }
}

/// The files and empty folders a scaffold adds, relative to the folder it writes into.
struct ScaffoldPlan: Sendable {
    var files: [ScaffoldFile] = []
    /// Folders to create even though no file goes into them (e.g. `villages/`).
    var emptyFolders: [String] = []

    /// Adds another plan's files and folders below `prefix`.
    mutating func add(_ other: ScaffoldPlan, under prefix: String) {
        files += other.files.map { ScaffoldFile(path: "\(prefix)/\($0.path)", contents: $0.contents) }
        emptyFolders += other.emptyFolders.map { "\(prefix)/\($0)" }
    }
}

/// What a scaffold created, relative to `folder`, in the order it was written.
public struct ScaffoldResult: Sendable {
    public var folder: URL
    public var files: [String]
    public var emptyFolders: [String]
}

/// Why a scaffold refused to write or failed, in words for the webmaster. Nothing is left
/// behind when a scaffold throws.
public struct ScaffoldError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
