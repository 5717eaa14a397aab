import Foundation
import Testing

@testable import GongkaiCore

/// The NSString-free trimming gives the same answers as Foundation's `trimmingCharacters`.
@Suite struct WhitespaceTrimmingTests {
    static let samples = [
        "", " ", "\t", "\u{3000}", "a", " a ", "\t张三\u{3000}", "\u{3000}\u{3000}", "a b", " 李 四 ",
        "\n村务\n", "\r\n合计\r\n", "\u{A0}价格\u{A0}", "\u{2028}x\u{2029}", "\u{85}y", "  \n  ", "é\u{301} ",
    ]

    @Test(arguments: samples)
    func sameAsFoundation(_ text: String) {
        #expect(text.isBlank() == text.trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(text.isBlank(newlines: true) == text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingWhitespace(newlines: true) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Every character of the Basic Multilingual Plane, alone and around a letter, is trimmed
    /// or kept as Foundation does (the quick answers for ASCII and CJK ideographs included).
    @Test func everyCharacterOfTheBasicPlaneAsFoundation() {
        var differences: [String] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar) + "村" + String(scalar)
            if text.trimmingWhitespace() != text.trimmingCharacters(in: .whitespaces)
                || text.trimmingWhitespace(newlines: true) != text.trimmingCharacters(in: .whitespacesAndNewlines) {
                differences.append(String(format: "U+%04X", value))
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(20))")
    }
}
