/// 村民委员会组织法 第三十条: a village's 村务 and 财务 are published at least once a quarter.
/// A township or village may make such an item more frequent, never less frequent, and may not
/// switch it off (or take 村 out of its scope) for a 村. Communities (社区) come under another
/// law, so items that bind only them are not held to this.
enum CatalogueLegalMinimum {
    static let periodic: Set<CatalogueItem.Frequency> = [.monthly, .quarterly]

    /// Whether the item carries the quarterly minimum.
    static func applies(to item: CatalogueItem) -> Bool {
        (item.category == .affairs || item.category == .finance) && periodic.contains(item.frequency)
    }

    static func check(
        _ change: CatalogueOverride.Change, from old: CatalogueItem, to new: CatalogueItem, scope: CatalogueResolver.Scope,
        diagnostics: DiagnosticBag
    ) {
        guard applies(to: old), scope.bindsVillages(old) else { return }
        if !periodic.contains(new.frequency) {
            diagnostics.error(
                .catalogueBelowLegalMinimum, at: change.frequencyLocation ?? change.location,
                "“\(old.title)”是\(old.category.rawValue)事项，村民委员会组织法第三十条要求至少每季度公布一次，不能改为\(new.frequency.rawValue)")
        }
        if case .township = scope, !new.appliesTo.contains(.village) {
            diagnostics.error(
                .catalogueBelowLegalMinimum, at: change.appliesToLocation ?? change.location,
                "“\(old.title)”是按\(old.frequency.rawValue)公开的\(old.category.rawValue)事项，村民委员会组织法第三十条要求村至少每季度公布一次，不能把村从适用范围中去掉")
        }
    }

    static func checkSwitchOff(_ item: CatalogueItem, at location: SourceLocation, scope: CatalogueResolver.Scope, diagnostics: DiagnosticBag) {
        guard applies(to: item), scope.bindsVillages(item) else { return }
        diagnostics.error(
            .catalogueBelowLegalMinimum, at: location,
            "“\(item.title)”是按\(item.frequency.rawValue)公开的\(item.category.rawValue)事项，村民委员会组织法第三十条要求村至少每季度公布一次，不能对村停用")
    }
}
