import Foundation

/// The attachments of a village's published notices, copied byte for byte to
/// `villages/<id>/disclosures/<notice>/<file>`. They are read from the content folder when
/// the village is written, not kept in memory; a file that can no longer be read is left out.
enum AttachmentCopies {
    static func files(of village: Village) -> [OutputFile] {
        village.disclosures.sorted { $0.slug < $1.slug }.flatMap { disclosure in
            disclosure.attachments.compactMap { attachment -> OutputFile? in
                guard let data = try? Data(contentsOf: attachment.sourceURL) else { return nil }
                return OutputFile(path: SitePaths.disclosure(village.id, disclosure.slug) + attachment.name, contents: data)
            }
        }
    }
}
