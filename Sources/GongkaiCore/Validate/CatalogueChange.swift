/// One `change` entry applied to an item: the item as changed, and what changed in words
/// for the village page (频次：季度 → 月度 …).
enum CatalogueChange {
    static func apply(
        _ change: CatalogueOverride.Change, to old: CatalogueItem, diagnostics: DiagnosticBag
    ) -> (item: CatalogueItem, changes: [String])? {
        var item = old
        var changes: [String] = []
        if let frequency = change.frequency, frequency != old.frequency {
            changes.append("频次：\(old.frequency.rawValue) → \(frequency.rawValue)")
            item.frequency = frequency
        }
        if item.frequency == .perMatter {
            item.deadlineDay = 0
        } else if let day = change.deadlineDay, day != old.deadlineDay {
            changes.append("公开期限：\(deadline(old)) → \(deadline(day))")
            item.deadlineDay = day
        } else if item.deadlineDay == 0 {
            diagnostics.error(
                .missingField, at: change.entryLocation,
                "把“\(old.title)”改为\(item.frequency.rawValue)公开，要写 deadline_day（期满后次月第几日前公开）")
            return nil
        }
        if let kinds = change.appliesTo, kinds != old.appliesTo {
            changes.append("适用范围：\(names(old.appliesTo)) → \(names(kinds))")
            item.appliesTo = kinds
        }
        if let basis = change.basis, basis != old.basis {
            changes.append("公开依据：\(basis)")
            item.basis = basis
        }
        if let publisher = change.publisher, publisher != old.publisher {
            changes.append("公开主体：\(publisher)")
            item.publisher = publisher
        }
        return (item, changes)
    }

    private static func deadline(_ item: CatalogueItem) -> String {
        item.frequency == .perMatter ? "随时公开" : deadline(item.deadlineDay)
    }

    private static func deadline(_ day: Int) -> String {
        "期满后次月\(day)日前"
    }

    private static func names(_ kinds: Set<Village.Kind>) -> String {
        let list = Village.Kind.allCases.filter(kinds.contains).map(\.rawValue)
        return list.isEmpty ? "无" : list.joined(separator: "、")
    }
}
