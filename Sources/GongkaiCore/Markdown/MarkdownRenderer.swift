import CMarkGFM
import Foundation

/// Markdown to HTML through cmark-gfm, the only place that touches the C library.
///
/// GitHub's extensions tables, strikethrough, autolinks and tagfilter are on. Raw HTML in
/// content is never passed through and links with unsafe schemes (`javascript:`, `vbscript:`,
/// `file:`, most `data:`) are dropped: cmark's safe mode, which is on unless
/// `CMARK_OPT_UNSAFE` is given, and it is not given here.
public enum MarkdownRenderer {
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    /// cmark-gfm's extension registry is global and not safe to fill from several threads at
    /// once; a static `let` runs its initializer exactly once, whichever thread comes first.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Attaching an extension to a parser changes cmark-gfm's global table of special
    /// characters, and freeing the parser changes it back, so two parsers on two threads
    /// can make each other miss autolinks (a test caught it). Markdown is a small part of a
    /// build (about 42 µs a page), so renders take turns.
    private static let lock = NSLock()

    public static func html(_ markdown: String) -> String {
        precondition(registered)
        lock.lock()
        defer { lock.unlock() }
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var source = markdown
        source.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(rendered) }
        let html = UnsafeBufferPointer(start: UnsafeRawPointer(rendered).assumingMemoryBound(to: UInt8.self), count: strlen(rendered))
        return joiningChineseLineBreaks(html)
    }

    /// A line break inside a paragraph shows as a space in the browser, which is right between
    /// English words but a stray gap between two Chinese characters (webmasters often wrap
    /// long Chinese lines in their editor). Such breaks are removed, except inside `<pre>`.
    static func joiningChineseLineBreaks(_ html: String) -> String {
        var html = html
        return html.withUTF8 { joiningChineseLineBreaks($0) }
    }

    /// The same on cmark's output as it is: its bytes are copied once, into the string.
    private static func joiningChineseLineBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var removed: [Int] = []
        var inPre = false
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                if bytes.hasPrefix("<pre", at: index) {
                    inPre = true
                } else if bytes.hasPrefix("</pre", at: index) {
                    inPre = false
                }
            }
            if byte == 0x0A, !inPre, index > 0, index + 1 < bytes.count,
               bytes.scalar(endingAt: index - 1).isChineseText, bytes.scalar(startingAt: index + 1).isChineseText {
                removed.append(index)
            }
        }
        guard !removed.isEmpty else { return String(decoding: bytes, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: bytes.count - removed.count) { target in
            var written = 0, start = 0
            for index in removed + [bytes.count] {
                let run = UnsafeBufferPointer(rebasing: bytes[start..<index])
                _ = UnsafeMutableBufferPointer(rebasing: target[written...]).initialize(from: run)
                written += run.count
                start = index + 1
            }
            return written
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    fileprivate func hasPrefix(_ prefix: StaticString, at index: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= self.count else { return false }
        return prefix.withUTF8Buffer { prefix in
            for offset in 0..<count where self[index + offset] != prefix[offset] { return false }
            return true
        }
    }

    /// The scalar whose UTF-8 encoding starts at `index` (or U+FFFD if none does).
    fileprivate func scalar(startingAt index: Int) -> Unicode.Scalar {
        var end = index + 1
        while end < count, self[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: self[index..<end], as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
    }

    /// The scalar whose UTF-8 encoding ends at `index`.
    fileprivate func scalar(endingAt index: Int) -> Unicode.Scalar {
        var start = index
        while start > 0, self[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(startingAt: start)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Unicode.Scalar {
    /// CJK ideographs and the full-width punctuation that goes with them.
    var isChineseText: Bool {
        switch value {
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF: return true
        default: return false
        }
    }
}
