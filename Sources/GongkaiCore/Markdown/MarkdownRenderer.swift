import CMarkGFM

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

    public static func html(_ markdown: String) -> String {
        precondition(registered)
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
        return String(cString: rendered)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
