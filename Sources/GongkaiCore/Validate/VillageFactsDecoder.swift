/// The `facts:` of a village: what the plan's computed indicators are built from.
enum VillageFactsDecoder {
    static let fields = ["as_of", "has_facility", "facility_area", "activity_area", "community_workers", "social_workers", "self_service_kiosk"]

    /// nil only when the facts have an error; a village without `facts:` has empty facts.
    static func decode(_ reader: MappingReader) -> VillageFacts? {
        guard let node = reader.node("facts") else { return VillageFacts() }
        guard let facts = MappingReader(node, allowed: fields, diagnostics: reader.diagnostics, what: "基础数据") else { return nil }
        let before = reader.diagnostics.items.count
        let result = VillageFacts(
            asOf: facts.date("as_of", label: "数据日期"),
            hasFacility: facts.boolean("has_facility", label: "是否有综合服务设施"),
            facilityArea: area(facts, "facility_area", label: "综合服务设施面积"),
            activityArea: area(facts, "activity_area", label: "居民活动区域面积"),
            communityWorkers: count(facts, "community_workers", label: "社区工作者人数"),
            socialWorkers: count(facts, "social_workers", label: "持证社会工作者人数"),
            selfServiceKiosk: facts.boolean("self_service_kiosk", label: "是否有政务自助服务终端"))
        if let total = result.facilityArea, let open = result.activityArea, open > total {
            reader.diagnostics.error(
                .percentOutOfRange, at: facts.node("activity_area")!.location,
                "居民活动区域面积 \(open) 平方米大于综合服务设施面积 \(total) 平方米")
        }
        return reader.diagnostics.items.count == before ? result : nil
    }

    private static func area(_ facts: MappingReader, _ key: String, label: String) -> Double? {
        guard let text = facts.string(key, required: false, label: label) else { return nil }
        guard let value = Double(text), value >= 0, value.isFinite else {
            facts.diagnostics.error(.invalidNumber, at: facts.node(key)!.location, "\(label)“\(text)”不是非负数字", hint: "只写数字，单位是平方米，例如 320。")
            return nil
        }
        return value
    }

    private static func count(_ facts: MappingReader, _ key: String, label: String) -> Int? {
        guard let value = facts.integer(key, required: false, label: label) else { return nil }
        if value < 0 {
            facts.diagnostics.error(.invalidNumber, at: facts.node(key)!.location, "\(label)不能是负数")
            return nil
        }
        return value
    }
}
