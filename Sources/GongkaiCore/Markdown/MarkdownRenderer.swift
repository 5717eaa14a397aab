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
        return joiningChineseLineBreaks(String(cString: rendered))
    }

    /// A line break inside a paragraph shows as a space in the browser, which is right between
    /// English words but a stray gap between two Chinese characters (webmasters often wrap
    /// long Chinese lines in their editor). Such breaks are removed, except inside `<pre>`.
    static func joiningChineseLineBreaks(_ html: String) -> String {
        guard html.contains("\n") else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count)
        var inPre = false
        let characters = Array(html)
        for (index, character) in characters.enumerated() {
            if character == "<" {
                let ahead = String(characters[index..<min(characters.count, index + 5)])
                if ahead.hasPrefix("<pre") { inPre = true } else if ahead.hasPrefix("</pre") { inPre = false }
            }
            if character == "\n", !inPre, index > 0, index + 1 < characters.count,
               characters[index - 1].isChineseText, characters[index + 1].isChineseText {
                continue
            }
            result.append(character)
        }
        return result
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Character {
    /// CJK ideographs and the full-width punctuation that goes with them.
    var isChineseText: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF: return true
        default: return false
        }
    }
}
