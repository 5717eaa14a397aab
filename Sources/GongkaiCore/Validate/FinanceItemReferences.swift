/// A period of finance data that names a catalogue item (`item:` in its yaml) must name one of
/// the village's catalogue, of category 财务, that data of its length can count for: a month
/// counts for a monthly, quarterly or yearly item, a quarter for a quarterly or yearly one.
enum FinanceItemReferences {
    static func check(_ periods: [FinancePeriod], catalogue: EffectiveCatalogue?, diagnostics: DiagnosticBag) {
        for period in periods {
            guard let id = period.item else { continue }
            let location = period.itemLocation ?? SourceLocation(file: period.balanceFile, field: "item")
            guard let item = catalogue?.entry(id)?.item else {
                diagnostics.error(
                    .unknownReference, at: location, "财务公开数据所属的目录事项“\(id)”在公开目录中不存在",
                    hint: "检查 item 的写法，或在 catalogue.yaml（或乡镇、村的目录调整）中加上这个事项；不写 item 时，算作本村唯一一个按月或按季度公开的财务事项。")
                continue
            }
            if item.category != .finance {
                diagnostics.error(
                    .invalidChoice, at: location,
                    "目录事项“\(item.title)”是\(item.category.rawValue)事项，财务公开数据只能算作财务类的目录事项")
            } else if item.frequency == .perMatter {
                diagnostics.error(
                    .invalidChoice, at: location,
                    "目录事项“\(item.title)”是一事一公开，按期间的财务公开数据不能算作这类事项",
                    hint: "征地补偿、集体资产发包等专项公开写成 disclosures/ 中的公开内容（period: 专项）。")
            } else if !FinanceFulfilment.canFulfil(period.period, item.frequency) {
                diagnostics.error(
                    .invalidChoice, at: location,
                    "目录事项“\(item.title)”按\(item.frequency.rawValue)公开，\(period.period.chinese)的财务数据覆盖一个季度，不能算作其中某一个月的公开",
                    hint: "按月公开的事项，财务数据也要按月：把这一期分成三个月份的文件（如 2025-07、2025-08、2025-09）。")
            }
        }
    }
}
