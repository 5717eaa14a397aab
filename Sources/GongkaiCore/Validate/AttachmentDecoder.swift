/// `attachments:` in a notice's front matter: the files published with it, each written as a
/// file name in the folder named like the notice (`disclosures/<notice>/`). A listed file must
/// be there, of an allowed type (its first bytes must agree), within the size limit and
/// inside the folder; files in the folder that are not listed are not published (a warning).
enum AttachmentDecoder {
    static let allowedTypes = "pdf、jpg、jpeg、png、xlsx、xls、docx、doc、csv、txt"

    static func decode(_ reader: MappingReader, noticeFile: String, folder: [RawAttachmentFile]?, diagnostics: DiagnosticBag) -> [Attachment] {
        let folderPath = String(noticeFile.dropLast(3)) + "/"
        let elements = reader.list("attachments", required: false, label: "附件") ?? []
        var attachments: [Attachment] = []
        var listed: Set<String> = []
        for element in elements {
            guard let name = element.scalarText else {
                diagnostics.error(.wrongType, at: element.location, "附件的每一项应是一个文件名，实际是\(element.kindName)")
                continue
            }
            let location = element.location
            if let problem = pathProblem(name) {
                diagnostics.error(.attachmentPathEscapes, at: location, "附件“\(name)”\(problem)，附件只能是 \(folderPath) 里的文件")
                continue
            }
            guard listed.insert(name).inserted else {
                diagnostics.error(.attachmentListedTwice, at: location, "附件“\(name)”在 attachments 中已经列过")
                continue
            }
            guard let kind = AttachmentKind(fileName: name) else {
                diagnostics.error(.attachmentTypeNotAllowed, at: location, "附件“\(name)”的类型不允许发布，只能是 \(allowedTypes)")
                continue
            }
            guard let file = folder?.first(where: { $0.name == name }) else {
                var message = folder == nil ? "找不到附件文件夹 \(folderPath)，附件“\(name)”应放在这个文件夹里" : "附件文件夹 \(folderPath) 里没有“\(name)”"
                if let suggestion = Suggestion.closest(to: name, among: (folder ?? []).map(\.name)) {
                    message += "，你是不是想写“\(suggestion)”？"
                }
                diagnostics.error(.attachmentMissing, at: location, message)
                continue
            }
            if let attachment = check(file, kind: kind, at: location, diagnostics: diagnostics) {
                attachments.append(attachment)
            }
        }
        for file in folder ?? [] where !listed.contains(file.name) {
            diagnostics.warning(
                .attachmentUnlisted, at: SourceLocation(file: file.path),
                "\(file.path) 没有列在 \(noticeFile) 前言的 attachments 中，不会发布")
        }
        return attachments
    }

    /// Folders in `disclosures/` that belong to no notice are not published either.
    static func checkOrphanFolders(_ raw: RawVillage, diagnostics: DiagnosticBag) {
        let notices = Set(raw.disclosures.map { String($0.file.split(separator: "/").last!.dropLast(3)) })
        for name in raw.attachmentFolders.keys.sorted() where !notices.contains(name) {
            let path = "\(raw.folder)/disclosures/\(name)/"
            diagnostics.warning(
                .attachmentUnlisted, at: SourceLocation(file: path),
                "附件文件夹 \(path) 没有同名的公开内容 \(name).md，里面的文件不会发布")
        }
    }

    private static func check(_ file: RawAttachmentFile, kind: AttachmentKind, at location: SourceLocation, diagnostics: DiagnosticBag) -> Attachment? {
        switch file.kind {
        case .link:
            diagnostics.error(.attachmentPathEscapes, at: location, "附件 \(file.path) 是快捷方式（符号链接），可能指向文件夹以外的文件")
            return nil
        case .folder:
            diagnostics.error(.attachmentMissing, at: location, "\(file.path) 是一个文件夹，不是文件")
            return nil
        case .file:
            break
        }
        guard file.bytes <= ContentLimits.maxAttachmentBytes else {
            diagnostics.error(
                .attachmentTooLarge, at: location,
                "附件 \(file.path) 有 \(AttachmentSize.text(file.bytes))，超过了 \(AttachmentSize.text(ContentLimits.maxAttachmentBytes)) 的上限")
            return nil
        }
        guard file.bytes > 0 else {
            diagnostics.error(.fileEmpty, at: location, "附件 \(file.path) 是空文件")
            return nil
        }
        guard let sha256 = file.sha256 else {
            diagnostics.error(.fileUnreadable, at: location, "无法读取附件 \(file.path)")
            return nil
        }
        guard AttachmentSignature.matches(file.head, kind: kind) else {
            diagnostics.error(.attachmentContentMismatch, at: location, "附件 \(file.path) 的内容不是\(kind.label)文件")
            return nil
        }
        return Attachment(
            name: file.name, source: file.path, sourceURL: file.url, kind: kind, bytes: file.bytes, sha256: sha256, line: location.line)
    }

    /// Why a listed name is not a plain file name of the folder, or nil when it is one.
    static func pathProblem(_ name: String) -> String? {
        if name.contains("/") || name.contains("\\") { return "含有文件夹路径" }
        if name.hasPrefix(".") { return "以“.”开头" }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return "含有控制字符" }
        return nil
    }
}
