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
        let body = String(text)
        let utf8 = body.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            if utf8[index] != 0x0A, lineBreakLength(in: utf8, at: index) > 0 { return of(body).joined(separator: "\n") }
            index = utf8.index(after: index)
        }
        return body
    }

    /// The number of bytes of the line break starting at `index`, 0 when there is none.
    @inline(__always)
    private static func lineBreakLength(in utf8: String.UTF8View, at index: String.Index) -> Int {
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
