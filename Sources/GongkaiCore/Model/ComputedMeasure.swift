/// Indicators that can be computed from the villages' and communities' own facts instead of
/// typed in. An indicator says which one with `computed:` in `plan/indicators.yaml`.
public enum ComputedMeasure: String, Sendable, Hashable, CaseIterable {
    case ruralFacilityCoverage = "rural_facility_coverage"
    case urbanFacilityCoverage = "urban_facility_coverage"
    case facilityAreaPer100Households = "facility_area_per_100_households"
    case activityAreaShare = "activity_area_share"
    case urbanSelfServiceCoverage = "urban_self_service_coverage"
    case communityWorkersPer10000UrbanResidents = "community_workers_per_10000_urban_residents"
    case socialWorkersPerUrbanCommunity = "social_workers_per_urban_community"

    /// What is computed, in the words of the plans.
    public var name: String {
        switch self {
        case .ruralFacilityCoverage: "农村社区综合服务设施覆盖率"
        case .urbanFacilityCoverage: "城市社区综合服务设施覆盖率"
        case .facilityAreaPer100Households: "每百户居民拥有社区综合服务设施面积"
        case .activityAreaShare: "居民活动区域面积占社区综合服务设施总建筑面积比例"
        case .urbanSelfServiceCoverage: "城市社区政务通用自助服务覆盖率"
        case .communityWorkersPer10000UrbanResidents: "每万名城镇常住人口拥有社区工作者"
        case .socialWorkersPerUrbanCommunity: "平均每个城市社区拥有持证社会工作者人数"
        }
    }

    /// How it is computed, for the indicator page.
    public var method: String {
        switch self {
        case .ruralFacilityCoverage: "有综合服务设施的村数 ÷ 填报了该项的村数 × 100%"
        case .urbanFacilityCoverage: "有综合服务设施的社区数 ÷ 填报了该项的社区数 × 100%"
        case .facilityAreaPer100Households: "综合服务设施面积之和 ÷ 户数之和 × 100（没有设施的村、社区按 0 平方米计）"
        case .activityAreaShare: "居民活动区域面积之和 ÷ 综合服务设施面积之和 × 100%"
        case .urbanSelfServiceCoverage: "设有政务通用自助服务终端的社区数 ÷ 填报了该项的社区数 × 100%"
        case .communityWorkersPer10000UrbanResidents: "社区工作者人数之和 ÷ 社区常住人口之和 × 10000"
        case .socialWorkersPerUrbanCommunity: "持证社会工作者人数之和 ÷ 社区数"
        }
    }

    /// The unit the result is in.
    public var unit: String {
        switch self {
        case .ruralFacilityCoverage, .urbanFacilityCoverage, .activityAreaShare, .urbanSelfServiceCoverage: "%"
        case .facilityAreaPer100Households: "平方米"
        case .communityWorkersPer10000UrbanResidents, .socialWorkersPerUrbanCommunity: "人"
        }
    }
}

/// The result of computing a measure over a set of villages.
public struct ComputedValue: Sendable, Hashable {
    public struct Source: Sendable, Hashable {
        public var villageID: String
        public var villageName: String
        /// This village's own figure, in words (e.g. 有设施, 360 平方米 / 420 户).
        public var figure: String
    }

    public var measure: ComputedMeasure
    /// nil when no village has the facts it needs.
    public var value: Double?
    public var numerator: Double
    public var denominator: Double
    /// The villages whose facts went into the value.
    public var sources: [Source]
    /// Villages of the right kind that lack a fact the measure needs.
    public var missing: [Source]
    /// The newest `as_of` among the sources.
    public var asOf: CalendarDate?
}
