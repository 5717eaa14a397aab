import Foundation

/// One file of the built site, in memory: its path inside the output folder and its bytes.
public struct OutputFile: Sendable, Hashable {
    /// Relative, with `/` separators, e.g. `plan/indicators/1/index.html`.
    public var path: String
    public var contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Data(text.utf8))
    }
}
