import Foundation

/// Reads values in the build cache's binary layout, which `CacheWriter` writes:
///
/// - an integer is a zigzag varint (seven bits a byte, lowest first, small negative numbers
///   small too); a count or a length is a plain varint;
/// - a `Bool` is one byte, 0 or 1; a `Double` is its 64 bits, lowest byte first;
/// - a string is its UTF-8 length, then its bytes, as they are;
/// - an optional is a byte, 0 for nil or 1 before the value;
/// - an array is its count, then its elements; a dictionary its count, then each key and
///   value, keys in sorted order, so that the same cache gives the same bytes in every process;
/// - a structure is its fields, one after the other, in the order its `CacheCodable`
///   conformance lists them. Nothing names them: that order is the format, and
///   `BuildCache.format` changes with it.
///
/// Every read checks that the bytes are there and make sense; anything else throws
/// `Malformed`, and the build then does not use the cache (a clean build).
struct CacheReader {
    /// Why bytes could not be read as the values expected.
    struct Malformed: Error, Equatable, CustomStringConvertible {
        var description: String
    }

    private let bytes: UnsafeRawBufferPointer
    private(set) var position = 0

    private init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// Reads one `Value` that takes up exactly `data`.
    static func read<Value: CacheCodable>(_ type: Value.Type, from data: some ContiguousBytes) throws(Malformed) -> Value {
        let result = data.withUnsafeBytes { raw -> Result<Value, Malformed> in
            var reader = CacheReader(raw)
            do throws(Malformed) {
                let value = try Value(from: &reader)
                guard reader.position == raw.count else { throw Malformed(description: "\(raw.count - reader.position) bytes after the value") }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    var remaining: Int { bytes.count - position }

    mutating func read<Value: CacheCodable>(_ type: Value.Type = Value.self) throws(Malformed) -> Value {
        try Value(from: &self)
    }

    mutating func readByte() throws(Malformed) -> UInt8 {
        guard position < bytes.count else { throw Malformed(description: "the bytes end at \(position)") }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func readVarint() throws(Malformed) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try readByte()
            guard shift < 64, shift < 63 || byte <= 1 else { throw Malformed(description: "a number too large at \(position)") }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// A count or a length, which `remaining` bytes can hold at least one byte each of.
    mutating func readCount() throws(Malformed) -> Int {
        let count = try readVarint()
        guard count <= UInt64(remaining) else { throw Malformed(description: "a count of \(count) with \(remaining) bytes left") }
        return Int(count)
    }

    mutating func readText() throws(Malformed) -> String {
        let length = try readCount()
        defer { position += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self)
    }

    mutating func readArray<Element: CacheCodable>(of type: Element.Type = Element.self) throws(Malformed) -> [Element] {
        let count = try readCount()
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try Element(from: &self)) }
        return elements
    }

    /// Fixed-size bytes, such as a `Double`'s.
    mutating func readFixed(_ count: Int) throws(Malformed) -> UnsafeRawBufferPointer {
        guard count <= remaining else { throw Malformed(description: "the bytes end at \(bytes.count)") }
        defer { position += count }
        return UnsafeRawBufferPointer(rebasing: bytes[position..<position + count])
    }
}
