/// Disclosures, finance data and declarations that name a catalogue item must name one that
/// exists in the village's catalogue (with its township's and its own adjustments), with a period of the
/// item's frequency there.
enum CatalogueReferences {
    static func check(_ townships: [Township], catalogue: (Village) -> EffectiveCatalogue?, diagnostics: DiagnosticBag) {
        for village in townships.flatMap(\.villages) {
            let catalogue = catalogue(village)
            for disclosure in village.disclosures {
                guard let id = disclosure.item else { continue }
                let location = SourceLocation(file: disclosure.file, line: 1, column: 1, field: "item")
                guard let item = catalogue?.entry(id)?.item else {
                    diagnostics.error(
                        .unknownReference, at: location, "公开内容所属的目录事项“\(id)”在公开目录中不存在",
                        hint: "检查 item 的写法，或在 catalogue.yaml（或乡镇、村的目录调整）中加上这个事项。")
                    continue
                }
                if !matches(disclosure.period, item.frequency) {
                    diagnostics.error(
                        .invalidChoice, at: location,
                        "目录事项“\(item.title)”按\(item.frequency.rawValue)公开，这条公开内容的期间是\(disclosure.period.kindName)（\(disclosure.period.chinese)）",
                        hint: "把 period 写成与目录事项一致的期间，例如季度写 2024-Q2。")
                }
            }
            FinanceItemReferences.check(village.finance, catalogue: catalogue, diagnostics: diagnostics)
            for declaration in village.nothingToPublish where catalogue?.entry(declaration.item) == nil {
                diagnostics.error(
                    .unknownReference, at: SourceLocation(file: "townships/\(village.townshipID)/villages/\(village.id)/village.yaml", field: "nothing_to_publish"),
                    "“本期无应公开事项”声明中的目录事项“\(declaration.item)”在 catalogue.yaml 中不存在")
            }
        }
    }

    static func matches(_ period: DisclosurePeriod, _ frequency: CatalogueItem.Frequency) -> Bool {
        switch (period, frequency) {
        case (.month, .monthly), (.quarter, .quarterly), (.year, .yearly), (.matter, .perMatter): true
        default: false
        }
    }
}
