/// Two 64-bit FNV-1a hashes of the same bytes, from different starting values: what
/// `FileSetDigest` and `OutputFolders` sum over many names, in any order, to
/// tell whether a set changed without sorting it. Not for anything that must resist tampering.
struct FNVPair: Sendable, Equatable {
    private(set) var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private(set) var second: UInt64 = 0x8422_2325_cbf2_9ce4

    @inline(__always)
    mutating func add(_ byte: UInt8) {
        first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { add(byte) }
    }

    /// The UTF-8 bytes of `text`, read in place.
    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add($0) }
    }
}
