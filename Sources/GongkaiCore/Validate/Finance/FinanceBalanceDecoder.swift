/// `finance/<period>.yaml`: the balances at the start and the end of the period, who reviewed
/// the accounts and when, when they were published, the catalogue item they count for and the
/// corrections made after publication.
enum FinanceBalanceDecoder {
    static let fields = [
        "title", "opening_balance", "closing_balance", "reviewer", "reviewed_on", "published_on", "note", "item", "corrections",
    ]

    struct Decoded {
        var title: String?
        var opening: Money
        var openingLocation: SourceLocation
        var closing: Money
        var closingLocation: SourceLocation
        var review: Review
        var publishedOn: CalendarDate
        var note: String?
        var item: String?
        var itemLocation: SourceLocation?
        var corrections: [Amendment]
    }

    static func decode(_ yaml: ParsedYAML, period: DisclosurePeriod, diagnostics: DiagnosticBag) -> Decoded? {
        guard let reader = MappingReader(YAMLValue(yaml), allowed: fields, diagnostics: diagnostics, what: "财务余额文件") else { return nil }
        let title = reader.string("title", required: false, label: "标题")
        let opening = MoneyReading.field(reader, "opening_balance", label: "期初余额")
        let closing = MoneyReading.field(reader, "closing_balance", label: "期末余额")
        let reviewer = reader.string("reviewer", required: true, label: "审核（民主理财小组）")
        let reviewedOn = requiredDate(reader, "reviewed_on", label: "审核日期")
        let publishedOn = requiredDate(reader, "published_on", label: "公开日期")
        var datesOK = true
        if let publishedOn, let end = lastDay(of: period), publishedOn < end {
            diagnostics.error(
                .datesOutOfOrder, at: reader.node("published_on")!.location,
                "公开日期 \(publishedOn) 早于本期（\(period.chinese)）的最后一天 \(end)：一期结束后才能公开这一期的收支")
            datesOK = false
        }
        if let reviewedOn, let publishedOn, reviewedOn > publishedOn {
            diagnostics.error(
                .datesOutOfOrder, at: reader.node("reviewed_on")!.location,
                "审核日期 \(reviewedOn) 晚于公开日期 \(publishedOn)：财务收支应先经民主理财小组审核再公开")
            datesOK = false
        }
        let note = reader.string("note", required: false, label: "说明")
        let item = reader.string("item", required: false, label: "目录事项")
        let corrections = AmendmentDecoder.corrections(reader, published: publishedOn)
        guard let opening, let closing, let reviewer, let reviewedOn, let publishedOn, datesOK else { return nil }
        return Decoded(
            title: title, opening: opening.value, openingLocation: opening.location, closing: closing.value,
            closingLocation: closing.location, review: Review(reviewer: reviewer, date: reviewedOn), publishedOn: publishedOn,
            note: note, item: item, itemLocation: reader.node("item")?.location, corrections: corrections)
    }

    private static func requiredDate(_ reader: MappingReader, _ key: String, label: String) -> CalendarDate? {
        guard let text = reader.string(key, required: true, label: label) else { return nil }
        guard let date = CalendarDate(text) else {
            reader.diagnostics.error(.invalidDate, at: reader.node(key)!.location, "\(label)“\(text)”不是有效的日期")
            return nil
        }
        return date
    }

    /// The last day of a month or a quarter.
    static func lastDay(of period: DisclosurePeriod) -> CalendarDate? {
        guard let months = FinanceChain.months(of: period) else { return nil }
        let year = months.upperBound / 12, month = months.upperBound % 12 + 1
        return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
    }
}
