/// `corrections:` and `retraction:` of something published (a notice, a period of finance
/// data): each a `date` and a `reason`, the date not before publication.
enum AmendmentDecoder {
    /// The `corrections` list of a mapping, oldest first.
    static func corrections(_ reader: MappingReader, published: CalendarDate?) -> [Amendment] {
        (reader.list("corrections", required: false, label: "更正记录") ?? []).compactMap {
            amendment($0, what: "更正", published: published, diagnostics: reader.diagnostics)
        }.sorted { $0.date < $1.date }
    }

    /// `date` and `reason` of a correction or retraction; the date cannot precede publication.
    static func amendment(_ value: YAMLValue, what: String, published: CalendarDate?, diagnostics: DiagnosticBag) -> Amendment? {
        guard let reader = MappingReader(value, allowed: ["date", "reason"], diagnostics: diagnostics, what: "\(what)记录") else { return nil }
        let date = reader.date("date", label: "\(what)日期")
        if reader.node("date") == nil {
            diagnostics.error(.missingField, at: reader.locationForMissing("date"), "\(what)记录缺少 date（\(what)日期）")
        }
        let reason = reader.string("reason", required: true, label: "\(what)原因")
        if let date, let published, date < published {
            diagnostics.error(
                .datesOutOfOrder, at: reader.node("date")!.location, "\(what)日期 \(date) 早于公开日期 \(published)")
            return nil
        }
        guard let date, let reason else { return nil }
        return Amendment(date: date, reason: reason)
    }
}
