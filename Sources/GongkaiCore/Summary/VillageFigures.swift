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
