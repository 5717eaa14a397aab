/// `disclosures/*.md`: a disclosure notice with its front matter.
enum DisclosureDecoder {
    /// `folder` is the notice's attachment folder (`disclosures/<name>/`), when there is one.
    static func decode(_ raw: RawPage, attachmentFolder folder: [RawAttachmentFile]? = nil, diagnostics: DiagnosticBag) -> Disclosure? {
        let name = String(raw.file.split(separator: "/").last!.dropLast(3))
        guard Slug.isValid(name) else {
            diagnostics.error(
                .invalidSlug, at: SourceLocation(file: raw.file),
                "公开文件名“\(name)”不能用作网址，只能由小写英文字母、数字和连字符组成", hint: "例如 2024-q2-caiwu.md。")
            return nil
        }
        guard let frontMatter = raw.frontMatter else {
            diagnostics.error(
                .missingField, at: SourceLocation(file: raw.file, line: 1, column: 1), "公开内容缺少前言（title、category、period、published_on）",
                hint: "在文件开头加上前言，格式见 docs/content-format.md。")
            return nil
        }
        guard let reader = MappingReader(
            YAMLValue(frontMatter), allowed: ["title", "category", "period", "published_on", "corrections", "retraction", "item", "reviewer", "reviewed_on", "stay_until", "attachments"], diagnostics: diagnostics, what: "公开内容前言")
        else { return nil }
        let title = reader.string("title", required: true, label: "标题")
        let category = reader.choice("category", label: "公开类别", options: Disclosure.Category.allCases.map { ($0.rawValue, $0) })
        var period: DisclosurePeriod?
        if let text = reader.string("period", required: true, label: "公开期间") {
            period = DisclosurePeriod(text)
            if period == nil {
                diagnostics.error(
                    .invalidChoice, at: reader.node("period")!.location, "公开期间“\(text)”无法识别",
                    hint: "月度写 2024-06，季度写 2024-Q2，年度写 2024，一事一公开写 专项。")
            }
        }
        let published = reader.date("published_on", label: "公开日期")
        if reader.node("published_on") == nil {
            diagnostics.error(.missingField, at: reader.locationForMissing("published_on"), "缺少必填字段 published_on（公开日期）")
        }
        let corrections = AmendmentDecoder.corrections(reader, published: published)
        let retraction = reader.node("retraction").flatMap {
            AmendmentDecoder.amendment($0, what: "撤回", published: published, diagnostics: diagnostics)
        }
        let review = decodeReview(reader, published: published)
        let stayUntil = reader.date("stay_until", label: "公示截止日期")
        if let stayUntil, let published, stayUntil < published {
            diagnostics.error(.datesOutOfOrder, at: reader.node("stay_until")!.location, "公示截止日期 \(stayUntil) 早于公开日期 \(published)")
        }
        // A retracted notice's attachments are withdrawn with it: not checked, not published.
        let attachments = retraction != nil ? [] : AttachmentDecoder.decode(reader, noticeFile: raw.file, folder: folder, diagnostics: diagnostics)
        guard let title, let category, let period, let published else { return nil }
        var disclosure = Disclosure(
            slug: name, file: raw.file, title: title, category: category, period: period, publishedOn: published, body: raw.body,
            corrections: corrections, retraction: retraction,
            contentHash: ContentHash.disclosure(
                title: title, category: category, period: period, publishedOn: published, body: raw.body, attachments: attachments),
            item: reader.string("item", required: false, label: "目录事项"))
        disclosure.review = review
        disclosure.stayUntil = stayUntil
        disclosure.attachments = attachments
        return disclosure
    }

    /// `reviewer` and `reviewed_on` go together, and a notice is reviewed before it is published.
    private static func decodeReview(_ reader: MappingReader, published: CalendarDate?) -> Review? {
        let reviewer = reader.string("reviewer", required: false, label: "审核人")
        let date = reader.date("reviewed_on", label: "审核日期")
        switch (reviewer, date) {
        case let (reviewer?, date?):
            if let published, date > published {
                reader.diagnostics.error(
                    .datesOutOfOrder, at: reader.node("reviewed_on")!.location,
                    "审核日期 \(date) 晚于公开日期 \(published)：公开内容应先经审核再公开")
                return nil
            }
            return Review(reviewer: reviewer, date: date)
        case (_?, nil) where reader.node("reviewed_on") == nil:
            reader.diagnostics.error(.missingField, at: reader.locationForMissing("reviewed_on"), "写了审核人，缺少审核日期 reviewed_on")
        case (nil, _?) where reader.node("reviewer") == nil:
            reader.diagnostics.error(.missingField, at: reader.locationForMissing("reviewer"), "写了审核日期，缺少审核人 reviewer")
        default:
            break
        }
        return nil
    }
}
