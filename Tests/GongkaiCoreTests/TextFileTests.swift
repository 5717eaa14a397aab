import Foundation
import Testing
@testable import GongkaiCore

/// `TextFile.decode(_:path:diagnostics:)`: UTF-8 with or without a BOM, and the failures.
@Suite("TextFile.decode")
struct TextFileTests {
    @Test("UTF-8 without a BOM decodes as is")
    func plainUTF8() throws {
        let bag = DiagnosticBag()
        let file = try #require(TextFile.decode(Data("title: 临江市\n".utf8), path: "site.yaml", diagnostics: bag))
        #expect(file.text == "title: 临江市\n")
        #expect(file.path == "site.yaml")
        #expect(bag.items.isEmpty)
    }

    @Test("a BOM is removed")
    func bomRemoved() throws {
        let bag = DiagnosticBag()
        let data = Self.bytes([[0xEF, 0xBB, 0xBF] as [UInt8], "title: 临江市\n"])
        let file = try #require(TextFile.decode(data, path: "site.yaml", diagnostics: bag))
        #expect(file.text == "title: 临江市\n")
        #expect(!file.text.unicodeScalars.contains("\u{FEFF}"))
        #expect(file.text.unicodeScalars.first == "t")
        #expect(bag.items.isEmpty)
    }

    /// Bytes from pieces: strings are added as UTF-8, arrays as raw bytes.
    static func bytes(_ pieces: [Any]) -> Data {
        var data = Data()
        for piece in pieces {
            if let text = piece as? String { data.append(contentsOf: Array(text.utf8)) }
            if let raw = piece as? [UInt8] { data.append(contentsOf: raw) }
        }
        return data
    }

    /// Bytes that are not UTF-8, and the line they are on.
    static let invalidFiles: [(Data, Int)] = [
        (bytes(["a: 1\nb: 2\nc: ", [0xFF] as [UInt8], "\nd: 4\n"]), 3),
        // GBK bytes for 临江 on line 3, after a BOM.
        (bytes([[0xEF, 0xBB, 0xBF] as [UInt8], "a: 1\nb: 2\nc: ", [0xC1, 0xD9, 0xBD, 0xAD] as [UInt8], "\n"]), 3),
        // On the first line.
        (bytes([[0xC0, 0xAF] as [UInt8]]), 1),
        // On the last line, with no newline after it: a character cut short.
        (bytes(["一\n二\n三\n", [0xE4, 0xB8] as [UInt8]]), 4),
    ]

    @Test("invalid UTF-8 is reported on its line", arguments: invalidFiles)
    func invalidUTF8(_ data: Data, _ line: Int) {
        let bag = DiagnosticBag()
        #expect(TextFile.decode(data, path: "plan/plan.yaml", diagnostics: bag) == nil)
        #expect(bag.items.count == 1)
        let diagnostic = bag.items.first
        #expect(diagnostic?.code == .fileNotUTF8)
        #expect(diagnostic?.severity == .error)
        #expect(diagnostic?.location.file == "plan/plan.yaml")
        #expect(diagnostic?.location.line == line)
        #expect(diagnostic?.location.column == nil)
    }

    static let blankFiles: [Data] = [
        Data(),
        bytes([" \n\t\n  "]),
        bytes([[0xEF, 0xBB, 0xBF] as [UInt8]]),
        bytes([[0xEF, 0xBB, 0xBF, 0x0A] as [UInt8]]),
        bytes(["\u{3000}\r\n"]),
    ]

    @Test("a file with only white space is empty", arguments: blankFiles)
    func whitespaceOnly(_ data: Data) {
        let bag = DiagnosticBag()
        #expect(TextFile.decode(data, path: "pages/about.md", diagnostics: bag) == nil)
        #expect(bag.items.map(\.code) == [.fileEmpty])
        #expect(bag.items.first?.location == GongkaiCore.SourceLocation(file: "pages/about.md"))
    }
}
