/// Writes values in the build cache's binary layout (`CacheReader` describes it).
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// `value` alone, without a file's header.
    static func bytes(of value: some CacheCodable) -> [UInt8] {
        var writer = CacheWriter()
        writer.write(value)
        return writer.bytes
    }

    mutating func write(_ value: some CacheCodable) {
        value.write(to: &self)
    }

    /// Seven bits a byte, lowest first; the high bit says another byte follows.
    mutating func writeVarint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func writeByte(_ byte: UInt8) {
        bytes.append(byte)
    }

    /// The UTF-8 bytes of `text`, with nothing before them: a file's header, or part of a
    /// text whose length was written first.
    mutating func writeUnprefixed(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// The UTF-8 bytes of `text`, after their count.
    mutating func writeText(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            writeVarint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// A count, then each element.
    mutating func writeSequence<Element: CacheCodable>(_ elements: some Collection<Element>) {
        writeVarint(UInt64(elements.count))
        for element in elements { element.write(to: &self) }
    }
}
