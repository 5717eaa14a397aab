import Foundation

/// An attachment as the notice page lists it: its name, a link to the copy beside the page,
/// and its type and size in words (PDF，245 KB).
struct AttachmentView {
    var name: String
    var href: String
    var mediaType: String
    var kind: String
    var size: String

    init(_ attachment: Attachment) {
        name = attachment.name
        href = AttachmentView.href(attachment.name)
        mediaType = attachment.kind.mediaType
        kind = attachment.kind.label
        size = AttachmentSize.text(attachment.bytes)
    }

    /// The file name as a relative link: every character outside the unreserved set is
    /// percent-encoded, so names with spaces, `#`, `?` or Chinese characters all work.
    static func href(_ name: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~")
        return name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name
    }
}

extension AttachmentView: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 5)
        fields.add("name", name)
        fields.add("href", href)
        fields.add("mediaType", mediaType)
        fields.add("kind", kind)
        fields.add("size", size)
        return fields.data
    }
}
