/// A village's key figures: what the township page lists for it, what heads each of its
/// pages, and what totals, summary charts and computed indicators add up over villages.
public struct VillageFigures: Sendable, Hashable {
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
    public struct NeedCounts: Sendable, Hashable {
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

/// In the build cache, its fields in this order (`CacheReader`).
extension VillageFigures: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        id = try reader.read()
        code = try reader.read()
        name = try reader.read()
        kind = try reader.read()
        households = try reader.read()
        population = try reader.read()
        listSystem = try reader.read()
        facts = VillageFacts(
            asOf: try reader.read(), hasFacility: try reader.read(), facilityArea: try reader.read(), activityArea: try reader.read(),
            communityWorkers: try reader.read(), socialWorkers: try reader.read(), selfServiceKiosk: try reader.read())
        needs = NeedCounts(total: try reader.read(), answered: try reader.read())
        projectStatuses = try reader.read()
        disclosureCount = try reader.read()
        latestDisclosure = try reader.read()
    }

    func write(to writer: inout CacheWriter) {
        writer.write(id)
        writer.write(code)
        writer.write(name)
        writer.write(kind)
        writer.write(households)
        writer.write(population)
        writer.write(listSystem)
        writer.write(facts.asOf)
        writer.write(facts.hasFacility)
        writer.write(facts.facilityArea)
        writer.write(facts.activityArea)
        writer.write(facts.communityWorkers)
        writer.write(facts.socialWorkers)
        writer.write(facts.selfServiceKiosk)
        writer.write(needs.total)
        writer.write(needs.answered)
        writer.write(projectStatuses)
        writer.write(disclosureCount)
        writer.write(latestDisclosure)
    }
}
