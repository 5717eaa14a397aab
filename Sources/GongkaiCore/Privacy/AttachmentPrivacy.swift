import Foundation

/// Attachments are published exactly as they are, so personal data cannot be masked in them.
/// Text attachments (CSV, TXT) are read for it under either privacy policy; PDFs, pictures and
/// Office files are not read inside (docs/rules/attachments.md says so).
enum AttachmentPrivacy {
    /// Scans the text attachments of every notice that is published and returns the paths of
    /// all listed attachments, which the general scan then leaves alone.
    static func check(_ site: SiteContent, allowed: Set<String>, diagnostics: DiagnosticBag) -> Set<String> {
        var paths: Set<String> = []
        for village in site.allVillages {
            for disclosure in village.disclosures {
                for attachment in disclosure.attachments {
                    paths.insert(attachment.source)
                    guard attachment.kind.isText, let data = try? Data(contentsOf: attachment.sourceURL) else { continue }
                    PrivacyGuard.scan(
                        data, path: attachment.source, allowed: allowed, diagnostics: diagnostics,
                        hint: { "附件按原样发布，不能遮盖：删除附件中的这个号码，或只保留部分数字（如 \($0)），再重新生成。" })
                }
            }
        }
        return paths
    }
}
