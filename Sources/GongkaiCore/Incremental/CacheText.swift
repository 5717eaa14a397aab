import Foundation

/// Text the build cache keeps as it is, after its JSON, instead of as a JSON string.
///
/// A cache file is its JSON on one line, a line break, then the bytes of every `CacheText` in
/// it, one after the other; in the JSON each is one number, `offset << 32 | length`, into those
/// bytes (one integer is the cheapest value the decoder reads; a pair was an array to build for
/// each of the tens of thousands of texts a rebuild reads). The texts
/// are rows of the search index, manifest entries, feed rows and lists of paths: full of
/// quotes and line breaks, which as JSON strings would have to be escaped when written and
/// unescaped one character at a time when read, the slowest way the decoder reads a string.
/// Read this way, a text is a copy of its bytes.
///
/// Encoded or decoded without the cache's coders (`BuildCache.encode`, `BuildCache.decode`),
/// a `CacheText` is a plain JSON string.
struct CacheText: Codable, Hashable, Sendable {
    var text: String

    init(_ text: String) {
        self.text = text
    }

    /// Where the coders of the cache keep the texts.
    static let bytesKey = CodingUserInfoKey(rawValue: "gongkai.cacheText")!

    /// The texts of a file being written, in order.
    final class Collected: @unchecked Sendable {
        private(set) var bytes: [UInt8] = []

        /// The reference to `text`, now after the others; nil (and the text not kept) when its
        /// place would not fit in a reference, past 2 GB of texts.
        func append(_ text: String) -> Int? {
            let offset = bytes.count
            bytes.append(contentsOf: text.utf8)
            let length = bytes.count - offset
            guard offset < 1 << 31, length < 1 << 32 else {
                bytes.removeLast(length)
                return nil
            }
            return offset << 32 | length
        }
    }

    /// The texts of a file being read.
    struct Stored: Sendable {
        let bytes: Data

        func text(_ reference: Int) -> String? {
            let offset = reference >> 32, length = reference & 0xFFFF_FFFF
            guard reference >= 0, offset <= bytes.count - length else { return nil }
            let start = bytes.startIndex + offset
            return String(decoding: bytes[start..<start + length], as: UTF8.self)
        }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let stored = decoder.userInfo[Self.bytesKey] as? Stored, let reference = try? container.decode(Int.self) {
            guard let text = stored.text(reference) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "text outside the file: \(reference)")
            }
            self.text = text
        } else {
            text = try container.decode(String.self)
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let collected = encoder.userInfo[Self.bytesKey] as? Collected, let reference = collected.append(text) {
            try container.encode(reference)
        } else {
            try container.encode(text)
        }
    }
}
