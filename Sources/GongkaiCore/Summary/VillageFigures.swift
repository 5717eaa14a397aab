/// A village's key figures: what the township page lists for it, what heads each of its
/// pages, and what totals, summary charts and computed indicators add up over villages.
public struct VillageFigures: Sendable, Hashable, Codable {
    public var id: String
    public var code: String?
    public var name: String
    public var kind: Village.Kind
    public var households: Int?
    public var population: Int?
    public var listSystem: ListSystem?
    /// The facts the plan's computed indicators are made from.
    public var facts: VillageFacts
    public var needs: NeedCounts
    /// Every project's status, in the order of the list.
    public var projectStatuses: [Project.Status]
    public var disclosureCount: Int
    /// The newest notice's publication day.
    public var latestDisclosure: CalendarDate?

    /// Needs, and how many of them a resource or project answers.
    public struct NeedCounts: Sendable, Hashable, Codable {
        public var total: Int
        public var answered: Int
        public var unanswered: Int { total - answered }
    }

    public init(_ village: Village) {
        let matching = NeedMatching(village)
        id = village.id
        code = village.code
        name = village.name
        kind = village.kind
        households = village.households
        population = village.population
        listSystem = village.listSystem
        facts = village.facts
        needs = NeedCounts(total: matching.entries.count, answered: matching.answeredCount)
        projectStatuses = village.projects.map(\.status)
        disclosureCount = village.disclosures.count
        latestDisclosure = village.disclosures.first?.publishedOn
    }
}

/// In the build cache, one array of the fields in this order (`PositionalCoding`).
extension VillageFigures {
    public init(from decoder: any Decoder) throws {
        var fields = try decoder.unkeyedContainer()
        id = try fields.decode(String.self)
        code = try fields.decodeIfPresent(String.self)
        name = try fields.decode(String.self)
        kind = try fields.decode(Village.Kind.self)
        households = try fields.decodeIfPresent(Int.self)
        population = try fields.decodeIfPresent(Int.self)
        listSystem = try fields.decodeIfPresent(ListSystem.self)
        facts = VillageFacts(
            asOf: try fields.decodeIfPresent(CalendarDate.self), hasFacility: try fields.decodeIfPresent(Bool.self),
            facilityArea: try fields.decodeIfPresent(Double.self), activityArea: try fields.decodeIfPresent(Double.self),
            communityWorkers: try fields.decodeIfPresent(Int.self), socialWorkers: try fields.decodeIfPresent(Int.self),
            selfServiceKiosk: try fields.decodeIfPresent(Bool.self))
        needs = NeedCounts(total: try fields.decode(Int.self), answered: try fields.decode(Int.self))
        projectStatuses = try fields.decode([Project.Status].self)
        disclosureCount = try fields.decode(Int.self)
        latestDisclosure = try fields.decodeIfPresent(CalendarDate.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.unkeyedContainer()
        try fields.encode(id)
        try fields.encodeOptional(code)
        try fields.encode(name)
        try fields.encode(kind)
        try fields.encodeOptional(households)
        try fields.encodeOptional(population)
        try fields.encodeOptional(listSystem)
        try fields.encodeOptional(facts.asOf)
        try fields.encodeOptional(facts.hasFacility)
        try fields.encodeOptional(facts.facilityArea)
        try fields.encodeOptional(facts.activityArea)
        try fields.encodeOptional(facts.communityWorkers)
        try fields.encodeOptional(facts.socialWorkers)
        try fields.encodeOptional(facts.selfServiceKiosk)
        try fields.encode(needs.total)
        try fields.encode(needs.answered)
        try fields.encode(projectStatuses)
        try fields.encode(disclosureCount)
        try fields.encodeOptional(latestDisclosure)
    }
}
