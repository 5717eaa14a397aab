/// How a notice's attachments differ from the ones published before, in words, so that a
/// silently replaced file is named in the message rather than only detected.
enum AttachmentChanges {
    static func describe(published: [PublicationManifest.AttachmentEntry]?, current: [PublicationManifest.AttachmentEntry]?) -> String? {
        var before: [String: String] = [:]
        for entry in published ?? [] { before[entry.name] = entry.sha256 }
        var after: [String: String] = [:]
        for attachment in current ?? [] { after[attachment.name] = attachment.sha256 }
        let changed = after.keys.filter { before[$0] != nil && before[$0] != after[$0] }.sorted()
        let added = after.keys.filter { before[$0] == nil }.sorted()
        let removed = before.keys.filter { after[$0] == nil }.sorted()
        var parts: [String] = []
        if !changed.isEmpty { parts.append("附件 \(changed.joined(separator: "、")) 的内容变了") }
        if !added.isEmpty { parts.append("新增了附件 \(added.joined(separator: "、"))") }
        if !removed.isEmpty { parts.append("去掉了附件 \(removed.joined(separator: "、"))") }
        return parts.isEmpty ? nil : parts.joined(separator: "，")
    }
}
