/// Computes the measures of `ComputedMeasure` from villages' facts. Villages that lack a fact
/// are left out of that measure and listed as missing, never counted as zero — except that a
/// village without a facility has a facility area of zero.
public enum IndicatorComputation {
    public static func compute(_ measure: ComputedMeasure, over villages: [VillageFigures]) -> ComputedValue {
        var numerator = 0.0, denominator = 0.0
        var sources: [ComputedValue.Source] = []
        var missing: [ComputedValue.Source] = []
        var asOf: CalendarDate?
        func use(_ village: VillageFigures, _ top: Double, _ bottom: Double, _ figure: String) {
            numerator += top
            denominator += bottom
            sources.append(.init(villageID: village.id, villageName: village.name, figure: figure))
            if let date = village.facts.asOf, asOf.map({ date > $0 }) ?? true { asOf = date }
        }
        func lacks(_ village: VillageFigures, _ what: String) {
            missing.append(.init(villageID: village.id, villageName: village.name, figure: "未填报\(what)"))
        }
        let rural = villages.filter { $0.kind == .village }
        let urban = villages.filter { $0.kind == .community }
        switch measure {
        case .ruralFacilityCoverage, .urbanFacilityCoverage:
            for village in measure == .ruralFacilityCoverage ? rural : urban {
                guard let has = village.facts.hasFacility else { lacks(village, "是否有综合服务设施"); continue }
                use(village, has ? 1 : 0, 1, has ? "有综合服务设施" : "没有综合服务设施")
            }
        case .facilityAreaPer100Households:
            for village in villages {
                let area = village.facts.facilityArea ?? (village.facts.hasFacility == false ? 0 : nil)
                guard let area, let households = village.households, households > 0 else { lacks(village, "设施面积或户数"); continue }
                use(village, area, Double(households), "\(NumberText.plain(area)) 平方米 / \(households) 户")
            }
        case .activityAreaShare:
            for village in villages where village.facts.hasFacility != false {
                guard let total = village.facts.facilityArea, total > 0, let open = village.facts.activityArea else {
                    lacks(village, "设施面积或活动区域面积")
                    continue
                }
                use(village, open, total, "\(NumberText.plain(open)) / \(NumberText.plain(total)) 平方米")
            }
        case .urbanSelfServiceCoverage:
            for village in urban {
                guard let kiosk = village.facts.selfServiceKiosk else { lacks(village, "是否有自助服务终端"); continue }
                use(village, kiosk ? 1 : 0, 1, kiosk ? "有自助服务终端" : "没有自助服务终端")
            }
        case .communityWorkersPer10000UrbanResidents:
            for village in urban {
                guard let workers = village.facts.communityWorkers, let population = village.population, population > 0 else {
                    lacks(village, "社区工作者人数或常住人口")
                    continue
                }
                use(village, Double(workers), Double(population), "\(workers) 人 / \(population) 人")
            }
        case .socialWorkersPerUrbanCommunity:
            for village in urban {
                guard let social = village.facts.socialWorkers else { lacks(village, "持证社会工作者人数"); continue }
                use(village, Double(social), 1, "\(social) 人")
            }
        }
        let scale: Double = switch measure {
        case .ruralFacilityCoverage, .urbanFacilityCoverage, .activityAreaShare, .urbanSelfServiceCoverage, .facilityAreaPer100Households: 100
        case .communityWorkersPer10000UrbanResidents: 10000
        case .socialWorkersPerUrbanCommunity: 1
        }
        let value = denominator > 0 ? numerator / denominator * scale : nil
        return ComputedValue(
            measure: measure, value: value, numerator: numerator, denominator: denominator,
            sources: sources, missing: missing, asOf: asOf)
    }

    /// The value written the way the indicator writes its target: `85.7%`, `33.2 平方米`.
    public static func text(_ value: Double, like target: IndicatorValue) -> String {
        let rounded = (value * 10).rounded() / 10
        return NumberText.plain(rounded) + target.separator + target.unit
    }
}
