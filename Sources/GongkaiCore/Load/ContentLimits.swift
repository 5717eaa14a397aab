import Foundation

/// Limits on content files, stated in docs/content-format.md. A file past them is refused
/// with `GK006` before it is read, so a mistaken export cannot exhaust memory.
enum ContentLimits {
    /// 10 MB: a village's largest table holds a few thousand rows, far below this.
    static let maxFileBytes = 10 * 1024 * 1024
    /// 20 MB: a notice's attachment (a scanned record, a photo, a spreadsheet). Attachments
    /// are streamed, never read whole as text, but a site should stay light for residents.
    static let maxAttachmentBytes = 20 * 1024 * 1024

    /// The `GK006` of a file of `size` bytes, past `maxFileBytes`.
    static func reportTooLarge(_ path: String, size: Int, diagnostics: DiagnosticBag) {
        diagnostics.error(
            .fileTooLarge, at: SourceLocation(file: path),
            "文件 \(path) 有 \(size / 1024 / 1024) MB，超过了 10 MB 的上限")
    }
}
