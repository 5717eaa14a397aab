/// 实现资源与需求有效对接: every need with the resources, projects and responsibilities that
/// answer it, so the page can show which needs nothing answers yet.
public struct NeedMatching: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var need: Need
        public var resources: [Resource]
        public var projects: [Project]
        public var responsibilities: [Responsibility]

        /// A need counts as answered when a resource or a project answers it; a responsibility
        /// alone says who must act, not that anything answers it yet.
        public var isAnswered: Bool { !resources.isEmpty || !projects.isEmpty }
    }

    public var entries: [Entry]

    public init(_ village: Village) {
        entries = village.needs.map { need in
            Entry(
                need: need,
                resources: village.resources.filter { $0.answers.contains(need.id) },
                projects: village.projects.filter { $0.answers.contains(need.id) },
                responsibilities: village.responsibilities.filter { $0.answers.contains(need.id) })
        }
    }

    public var answeredCount: Int { entries.filter(\.isAnswered).count }
    public var unansweredCount: Int { entries.count - answeredCount }
}
