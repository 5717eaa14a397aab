import Foundation

/// Attachments are published exactly as they are, so personal data cannot be masked in them.
/// Text attachments (CSV, TXT) are read for it under either privacy policy; PDFs, pictures and
/// Office files are not read inside (docs/rules/attachments.md says so).
enum AttachmentPrivacy {
    static let hint: @Sendable (String) -> String = {
        "附件按原样发布，不能遮盖：删除附件中的这个号码，或只保留部分数字（如 \($0)），再重新生成。"
    }

    /// Scans the text attachments of every notice of `village`, read from its folder's snapshot,
    /// with no number allowed yet (`PrivacyFinding.allowing` allows the declared ones later), and
    /// returns what it finds with the paths of all listed attachments, which the general scan
    /// then leaves alone.
    static func findings(_ village: Village, files: FolderSnapshot) -> (paths: Set<String>, findings: [PrivacyFinding]) {
        var paths: Set<String> = []
        var found: [PrivacyFinding] = []
        for disclosure in village.disclosures {
            for attachment in disclosure.attachments {
                paths.insert(attachment.source)
                guard attachment.kind.isText, case let .contents(data) = files.read(attachment.source, limit: .max) else { continue }
                found += PrivacyGuard.findings(in: data, path: attachment.source, allowed: [], hint: hint)
            }
        }
        return (paths, found)
    }
}
