/// The lines of a text, split where `Character.isNewline` splits them: LF, VT, FF, CR, CR LF
/// (one break), NEL, LS and PS. Every one of these is a grapheme of its own (CR LF together),
/// so the breaks can be found on the UTF-8 bytes instead of grapheme by grapheme, which is
/// several times faster on the long tables and notices the privacy scan reads whole.
enum TextLines {
    /// The same lines as `text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)`.
    static func of(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        forEach(in: text) { line, _ in
            lines.append(line)
            return true
        }
        return lines
    }

    /// Each line of `text` in turn, with where the next line starts (the end of the text after
    /// the last one), until `visit` returns false.
    static func forEach(in text: String, _ visit: (Substring, String.Index) -> Bool) {
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let breakLength = lineBreakLength(in: utf8, at: index)
            if breakLength == 0 {
                index = utf8.index(after: index)
                continue
            }
            let line = text[lineStart..<index]
            index = utf8.index(index, offsetBy: breakLength)
            lineStart = index
            guard visit(line, index) else { return }
        }
        _ = visit(text[lineStart..<utf8.endIndex], utf8.endIndex)
    }

    /// The lines of `text` joined with LF: the text itself when LF is its only line break.
    static func joinedWithLineFeeds(_ text: Substring) -> String {
        var body = String(text)
        // Looked for in the contiguous bytes: stepping a string's UTF-8 view index by index cost
        // more than the rest of splitting off the front matter.
        let onlyLineFeeds = body.withUTF8 { bytes in
            !bytes.indices.contains { bytes[$0] != 0x0A && lineBreakLength(in: bytes, at: $0) > 0 }
        }
        return onlyLineFeeds ? body : of(body).joined(separator: "\n")
    }

    /// The number of bytes of the line break starting at `index`, 0 when there is none.
    @inline(__always)
    private static func lineBreakLength<Bytes: Collection<UInt8>>(in utf8: Bytes, at index: Bytes.Index) -> Int {
        switch utf8[index] {
        case 0x0A, 0x0B, 0x0C:
            return 1
        case 0x0D:
            let next = utf8.index(after: index)
            return next < utf8.endIndex && utf8[next] == 0x0A ? 2 : 1
        case 0xC2:
            // U+0085 NEXT LINE
            let next = utf8.index(after: index)
            return next < utf8.endIndex && utf8[next] == 0x85 ? 2 : 0
        case 0xE2:
            // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR
            let second = utf8.index(after: index)
            guard second < utf8.endIndex, utf8[second] == 0x80 else { return 0 }
            let third = utf8.index(after: second)
            return third < utf8.endIndex && (utf8[third] == 0xA8 || utf8[third] == 0xA9) ? 3 : 0
        default:
            return 0
        }
    }
}
