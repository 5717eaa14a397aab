import Foundation

/// JSON in the layout of `JSONEncoder`'s `.prettyPrinted`: each member and element on its own
/// line, two spaces a level, `"key" : value`, and an empty array as `[`, an empty line and `]`.
/// Strings are escaped as `JSONText` escapes them (slashes as they are). The caller writes the
/// keys in the order it wants them, sorted for `.sortedKeys`.
///
/// What is written collects in `bytes` until `flush()` moves it to the end of `data`: a large
/// document is flushed piece by piece, so that it is never held twice (as an array and as the
/// `Data` made from it).
struct PrettyJSONWriter {
    private(set) var data = Data()
    private var bytes: [UInt8] = []
    /// How many members or elements each open object or array holds so far, outermost first.
    private var counts: [Int] = []

    init(reservingCapacity capacity: Int = 0) {
        data.reserveCapacity(capacity)
    }

    /// A writer of elements for an array `depth` levels down (1 for the elements of the
    /// top-level array): what `elementsText()` returns can later be put into such an array of
    /// another writer with `elements(_:count:)`, laid out as if written there.
    init(elementsAtDepth depth: Int) {
        counts = Array(repeating: 1, count: depth - 1) + [0]
    }

    /// The elements written, as `elements(_:count:)` takes them.
    mutating func elementsText() -> String {
        flush()
        // The line break before the first element is the array's to write.
        return String(decoding: data.dropFirst(), as: UTF8.self)
    }

    /// Appends `count` elements made by a writer `init(elementsAtDepth:)` of this array's depth.
    mutating func elements(_ text: String, count: Int) {
        guard count > 0 else { return }
        bytes.append(contentsOf: (counts[counts.count - 1] == 0 ? "\n" : ",\n").utf8)
        bytes.append(contentsOf: text.utf8)
        counts[counts.count - 1] += count
    }

    /// Moves what was written since the last flush to `data`.
    mutating func flush() {
        data.append(contentsOf: bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// The whole document, flushed, with `suffix` after it.
    mutating func finish(_ suffix: String = "") -> Data {
        bytes.append(contentsOf: suffix.utf8)
        flush()
        return data
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }

    mutating func endArray() {
        if counts.last == 0 { bytes.append(UInt8(ascii: "\n")) }
        close(UInt8(ascii: "]"))
    }

    /// Starts a member of the open object; its value comes next.
    mutating func key(_ name: String) {
        nextLine()
        JSONText.appendString(name, to: &bytes)
        bytes.append(contentsOf: " : ".utf8)
    }

    /// Starts an element of the open array; its value comes next.
    mutating func element() { nextLine() }

    mutating func string(_ text: String) { JSONText.appendString(text, to: &bytes) }
    mutating func number(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }
    mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        counts.append(0)
    }

    private mutating func close(_ bracket: UInt8) {
        counts.removeLast()
        bytes.append(UInt8(ascii: "\n"))
        indent()
        bytes.append(bracket)
    }

    private mutating func nextLine() {
        bytes.append(contentsOf: (counts[counts.count - 1] == 0 ? "\n" : ",\n").utf8)
        counts[counts.count - 1] += 1
        indent()
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * counts.count))
    }
}
