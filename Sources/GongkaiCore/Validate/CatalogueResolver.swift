/// Applies the townships' and villages' adjustments to the county catalogue, county →
/// township → village, and reports what cannot be applied. Returns the catalogue of every
/// village that has one of its own (the others are held to the county's).
enum CatalogueResolver {
    /// Whose adjustment is being applied: a township's (to all its villages; whether any of them
    /// is a 村) or one village's (of this kind).
    enum Scope {
        case township(hasVillages: Bool)
        case village(Village.Kind)

        var level: CatalogueAdjustment.Level {
            switch self {
            case .township: .township
            case .village: .village
            }
        }

        /// Whether the item, as it stands, binds a 村 in this scope.
        func bindsVillages(_ item: CatalogueItem) -> Bool {
            switch self {
            case let .township(hasVillages): hasVillages && item.appliesTo.contains(.village)
            case let .village(kind): kind == .village && item.appliesTo.contains(.village)
            }
        }
    }

    static func resolve(
        _ catalogue: DisclosureCatalogue?, overrides: [CatalogueOverride], townships: [Township], diagnostics: DiagnosticBag
    ) -> [String: EffectiveCatalogue] {
        guard !overrides.isEmpty else { return [:] }
        guard let catalogue else {
            for override in overrides {
                diagnostics.error(
                    .catalogueOverrideWithoutCatalogue, at: override.location,
                    "这个文件调整了公开目录，但内容文件夹中没有全县的 catalogue.yaml")
            }
            return [:]
        }
        var result: [String: EffectiveCatalogue] = [:]
        for township in townships {
            var shared = EffectiveCatalogue(catalogue)
            let own = overrides.first { $0.townshipID == township.id && $0.villageID == nil }
            if let own {
                let scope = Scope.township(
                    hasVillages: township.villages.contains { $0.kind == .village } || township.summaries.contains { $0.figures.kind == .village })
                apply(own, to: &shared, scope: scope, diagnostics: diagnostics)
            }
            for village in township.villages {
                if let override = overrides.first(where: { $0.townshipID == township.id && $0.villageID == village.id }) {
                    var effective = shared
                    apply(override, to: &effective, scope: .village(village.kind), diagnostics: diagnostics)
                    result[village.id] = effective
                } else if own != nil {
                    result[village.id] = shared
                }
            }
        }
        return result
    }

    private static func apply(
        _ override: CatalogueOverride, to catalogue: inout EffectiveCatalogue, scope: Scope, diagnostics: DiagnosticBag
    ) {
        let level = scope.level
        for added in override.added {
            guard catalogue.entry(added.item.id) == nil else {
                diagnostics.error(
                    .catalogueOverrideAddsExisting, at: added.location,
                    "新增的目录事项“\(added.item.id)”在\(above(scope))中已经有了")
                continue
            }
            catalogue.entries.append(.init(item: added.item, adjustments: [CatalogueAdjustment(level: level, changes: ["新增事项"], reason: nil)]))
        }
        for entry in override.switchedOn {
            guard let index = find(entry.id, at: entry.location, in: catalogue, scope: scope, diagnostics: diagnostics) else { continue }
            guard catalogue.entries[index].switchedOff != nil else {
                diagnostics.error(
                    .catalogueOverrideSwitchedOff, at: entry.location,
                    "目录事项“\(catalogue.entries[index].item.title)”没有被停用，不需要在 enable 中恢复")
                continue
            }
            catalogue.entries[index].switchedOff = nil
            catalogue.entries[index].adjustments.append(CatalogueAdjustment(level: level, changes: ["恢复公开"], reason: entry.reason))
        }
        for change in override.changes {
            guard let index = find(change.id, at: change.location, in: catalogue, scope: scope, diagnostics: diagnostics) else { continue }
            let old = catalogue.entries[index].item
            guard catalogue.entries[index].switchedOff == nil else {
                diagnostics.error(
                    .catalogueOverrideSwitchedOff, at: change.location,
                    "目录事项“\(old.title)”已在本乡镇（街道）的 catalogue.yaml 中停用，不能调整")
                continue
            }
            guard let (item, changes) = CatalogueChange.apply(change, to: old, diagnostics: diagnostics) else { continue }
            CatalogueLegalMinimum.check(change, from: old, to: item, scope: scope, diagnostics: diagnostics)
            catalogue.entries[index].item = item
            if !changes.isEmpty {
                catalogue.entries[index].adjustments.append(CatalogueAdjustment(level: level, changes: changes, reason: change.reason))
            }
        }
        for entry in override.switchedOff {
            guard let index = find(entry.id, at: entry.location, in: catalogue, scope: scope, diagnostics: diagnostics) else { continue }
            CatalogueLegalMinimum.checkSwitchOff(catalogue.entries[index].item, at: entry.location, scope: scope, diagnostics: diagnostics)
            catalogue.entries[index].switchedOff = CatalogueAdjustment(level: level, changes: ["停用"], reason: entry.reason)
        }
    }

    /// The index of the item an adjustment names, or a `GK540` with the closest id.
    private static func find(
        _ id: String, at location: SourceLocation, in catalogue: EffectiveCatalogue, scope: Scope, diagnostics: DiagnosticBag
    ) -> Int? {
        if let index = catalogue.entries.firstIndex(where: { $0.item.id == id }) { return index }
        var message = "\(above(scope))中没有事项“\(id)”"
        if let suggestion = Suggestion.closest(to: id, among: catalogue.entries.map(\.item.id)) {
            message += "，你是不是想写“\(suggestion)”？"
        }
        diagnostics.error(.catalogueOverrideUnknownItem, at: location, message)
        return nil
    }

    /// The catalogue an adjustment at this scope applies to, in words.
    private static func above(_ scope: Scope) -> String {
        switch scope {
        case .township: "全县公开目录（catalogue.yaml）"
        case .village: "全县公开目录和本乡镇（街道）的目录调整"
        }
    }
}
