/// A village (村) or community (社区) and everything it publishes.
public struct Village: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case village = "村"
        case community = "社区"
    }

    /// Stable id: the folder name (a 12-digit division code or a slug), unique in the site.
    public var id: String
    /// 12-digit 行政区划代码, when known; starts with the township's 9 digits.
    public var code: String?
    public var townshipID: String
    public var name: String
    public var kind: Kind
    public var address: String?
    public var station: ServiceStation
    public var households: Int?
    public var population: Int?
    public var facts: VillageFacts
    /// Markdown.
    public var summary: String?
    /// Which set of lists the village publishes, if any.
    public var listSystem: ListSystem?
    public var services: [ServiceItem]
    public var needs: [Need]
    public var resources: [Resource]
    public var projects: [Project]
    public var responsibilities: [Responsibility]
    public var customLists: [CustomList]
    /// Newest first.
    public var disclosures: [Disclosure]
    /// Periods declared to have nothing to publish for a catalogue item.
    public var nothingToPublish: Set<NothingToPublish> = []
    /// 财务公开 as data: one entry per month or quarter, oldest first.
    public var finance: [FinancePeriod] = []
}

/// The village's service station (综合服务站 / 党群服务中心): where and when residents go.
public struct ServiceStation: Sendable, Hashable {
    public var name: String?
    public var address: String?
    public var hours: String?
    /// Public phone numbers of the station (published on purpose).
    public var phone: String?
    public var contacts: [Contact]

    public init(name: String? = nil, address: String? = nil, hours: String? = nil, phone: String? = nil, contacts: [Contact] = []) {
        self.name = name
        self.address = address
        self.hours = hours
        self.phone = phone
        self.contacts = contacts
    }
}

/// A person residents can contact in their role (村党组织书记、网格员…).
public struct Contact: Sendable, Hashable {
    public var role: String
    public var name: String
    public var phone: String?
}

/// The facts the plan's indicators are computed from, as of a date.
public struct VillageFacts: Sendable, Hashable, Codable {
    public var asOf: CalendarDate?
    /// Has a comprehensive community service facility (综合服务设施).
    public var hasFacility: Bool?
    /// Floor area of the facility, square metres.
    public var facilityArea: Double?
    /// Area of the facility open to residents' activities, square metres.
    public var activityArea: Double?
    public var communityWorkers: Int?
    /// Certified social workers (持证社会工作者 / 社工师).
    public var socialWorkers: Int?
    /// Government self-service kiosk installed (政务通用自助服务).
    public var selfServiceKiosk: Bool?

    public init(
        asOf: CalendarDate? = nil, hasFacility: Bool? = nil, facilityArea: Double? = nil, activityArea: Double? = nil,
        communityWorkers: Int? = nil, socialWorkers: Int? = nil, selfServiceKiosk: Bool? = nil
    ) {
        self.asOf = asOf
        self.hasFacility = hasFacility
        self.facilityArea = facilityArea
        self.activityArea = activityArea
        self.communityWorkers = communityWorkers
        self.socialWorkers = socialWorkers
        self.selfServiceKiosk = selfServiceKiosk
    }
}

/// 三项清单 (needs, resources, projects) or 四项清单 (adds responsibilities).
public enum ListSystem: String, Sendable, Hashable, CaseIterable, Codable {
    case three = "三项清单"
    case four = "四项清单"
}
