/// Digests as lowercase hexadecimal, written straight into the string's bytes: one string a
/// byte, then joined, cost more than the hashing itself.
enum Hexadecimal {
    static func lowercase(_ bytes: some Collection<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 2) { text in
            var index = 0
            for byte in bytes {
                text[index] = digits[Int(byte >> 4)]
                text[index + 1] = digits[Int(byte & 0xF)]
                index += 2
            }
            return index
        }
    }

    private static let digits = Array("0123456789abcdef".utf8)
}
