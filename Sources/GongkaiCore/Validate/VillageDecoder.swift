/// Checks a village folder: `village.yaml`, its lists, custom lists and disclosures, and that
/// every need a resource, project or responsibility names exists.
enum VillageDecoder {
    static let fields = [
        "name", "kind", "code", "address", "station", "contacts", "households", "population", "facts", "lists", "summary",
        "nothing_to_publish",
    ]

    static func decode(_ raw: RawVillage, township: Township, diagnostics: DiagnosticBag) -> Village? {
        let id = DivisionCode.checkID(raw.id, length: 12, what: "村（社区）", at: SourceLocation(file: raw.folder), diagnostics: diagnostics)
        guard let yaml = raw.yaml,
              let reader = MappingReader(YAMLValue(yaml), allowed: fields, diagnostics: diagnostics, what: "村（社区）信息")
        else { return nil }
        let name = reader.string("name", required: true, label: "名称")
        let kind = reader.choice("kind", label: "类型", options: Village.Kind.allCases.map { ($0.rawValue, $0) })
        let code = DivisionCode.read(reader, folderCode: id.code, length: 12, what: "村（社区）")
        var prefixOK = true
        if let villageCode = code.code, let townshipCode = township.code, !villageCode.hasPrefix(townshipCode) {
            diagnostics.error(
                .divisionCodePrefix, at: reader.node("code")?.location ?? SourceLocation(file: raw.folder),
                "村（社区）代码 \(villageCode) 的前 9 位 \(villageCode.prefix(9)) 与所属\(township.name)的代码 \(township.code!) 不一致")
            prefixOK = false
        }
        let station = decodeStation(reader)
        let facts = VillageFactsDecoder.decode(reader)
        let lists = decodeLists(raw, diagnostics: diagnostics)
        var listSystem = reader.optionalChoice("lists", label: "清单制度", options: ListSystem.allCases.map { ($0.rawValue, $0) })
        if reader.node("lists") == nil, !lists.needs.isEmpty || !lists.resources.isEmpty || !lists.projects.isEmpty {
            listSystem = lists.responsibilities.isEmpty ? .three : .four
        }
        if listSystem == .three, raw.tables["responsibilities.csv"] != nil {
            diagnostics.error(
                .invalidChoice, at: reader.node("lists")!.location,
                "这里写的是三项清单，但文件夹里有四项清单才有的 responsibilities.csv（服务责任）",
                hint: "改为 lists: 四项清单，或删除 responsibilities.csv。")
        }
        checkReferences(lists, raw: raw, diagnostics: diagnostics)
        let disclosures = decodeDisclosures(raw, diagnostics: diagnostics)
        let projects = DecisionListDecoder.attach(raw, to: lists.projects, disclosures: disclosures, villageName: name ?? raw.id, diagnostics: diagnostics)
        let finance = FinanceDecoder.decode(raw.finance, diagnostics: diagnostics)
        let households = reader.integer("households", required: false, label: "户数")
        let population = reader.integer("population", required: false, label: "常住人口")
        let nothing = decodeNothingToPublish(reader)
        guard id.valid, code.ok, prefixOK, let name, let kind, let facts else { return nil }
        var village = Village(
            id: raw.id, code: code.code, townshipID: township.id, name: name, kind: kind,
            address: reader.string("address", required: false, label: "地址"), station: station,
            households: households, population: population, facts: facts,
            summary: reader.string("summary", required: false, label: "简介"), listSystem: listSystem,
            services: lists.services, needs: lists.needs, resources: lists.resources, projects: projects,
            responsibilities: lists.responsibilities, customLists: lists.custom, disclosures: disclosures)
        village.nothingToPublish = nothing
        village.finance = finance
        return village
    }

    /// `nothing_to_publish: [{item: caiwu-shouzhi, period: 2025-Q1}]`: 本期无应公开事项.
    private static func decodeNothingToPublish(_ reader: MappingReader) -> Set<NothingToPublish> {
        var result: Set<NothingToPublish> = []
        for value in reader.list("nothing_to_publish", required: false, label: "本期无应公开事项") ?? [] {
            guard let entry = MappingReader(value, allowed: ["item", "period"], diagnostics: reader.diagnostics, what: "无应公开事项声明"),
                  let item = entry.string("item", required: true, label: "目录事项"),
                  let text = entry.string("period", required: true, label: "期间")
            else { continue }
            guard let period = DisclosurePeriod(text), period != .matter else {
                reader.diagnostics.error(.invalidChoice, at: entry.node("period")!.location, "期间“\(text)”无法识别", hint: "月度写 2024-06，季度写 2024-Q2，年度写 2024。")
                continue
            }
            result.insert(NothingToPublish(item: item, period: period))
        }
        return result
    }

    private struct Lists {
        var services: [ServiceItem] = []
        var needs: [Need] = []
        var resources: [Resource] = []
        var projects: [Project] = []
        var responsibilities: [Responsibility] = []
        var custom: [CustomList] = []
        /// False when needs.csv exists but had errors: references to needs cannot be checked.
        var needsComplete = true
    }

    private static func decodeLists(_ raw: RawVillage, diagnostics: DiagnosticBag) -> Lists {
        var lists = Lists()
        if let table = raw.tables["services.csv"] { lists.services = ServiceListDecoder.decode(table, diagnostics: diagnostics) }
        if let table = raw.tables["needs.csv"] {
            let before = diagnostics.items.count
            lists.needs = NeedListDecoder.decode(table, diagnostics: diagnostics)
            lists.needsComplete = diagnostics.items.count == before
        }
        if raw.unreadableTables.contains("needs.csv") { lists.needsComplete = false }
        if let table = raw.tables["resources.csv"] { lists.resources = ResourceListDecoder.decode(table, diagnostics: diagnostics) }
        if let table = raw.tables["projects.csv"] {
            lists.projects = ProjectListDecoder.decode(table, milestones: raw.tables["milestones.csv"], diagnostics: diagnostics)
        } else if raw.tables["milestones.csv"] != nil {
            diagnostics.error(.fileMissing, at: SourceLocation(file: "\(raw.folder)/projects.csv"), "有 milestones.csv（项目节点）却没有 projects.csv（民生项目）")
        }
        if let table = raw.tables["responsibilities.csv"] {
            lists.responsibilities = ResponsibilityListDecoder.decode(table, diagnostics: diagnostics)
        }
        lists.custom = raw.customLists.compactMap { CustomListDecoder.decode($0, diagnostics: diagnostics) }
        return lists
    }

    /// Every need id named in 对应需求 must be a need of this village.
    private static func checkReferences(_ lists: Lists, raw: RawVillage, diagnostics: DiagnosticBag) {
        guard lists.needsComplete else { return }
        let needIDs = Set(lists.needs.map(\.id))
        func check(_ answers: [String], file: String, line: Int, table: CSVTable?) {
            for id in answers where !needIDs.contains(id) {
                let column = table?.header.firstIndex { ["对应需求", "对接需求", "满足需求"].contains($0) }
                var message = "第 \(line) 行的对应需求“\(id)”在 needs.csv 中不存在"
                if let suggestion = Suggestion.closest(to: id, among: needIDs.sorted()) {
                    message += "，你是不是想写“\(suggestion)”？"
                }
                diagnostics.error(
                    .unknownReference,
                    at: SourceLocation(file: file, line: line, column: column.map { $0 + 1 }, field: column.map { table!.header[$0] }),
                    message)
            }
        }
        for resource in lists.resources {
            check(resource.answers, file: "\(raw.folder)/resources.csv", line: resource.line, table: raw.tables["resources.csv"])
        }
        for project in lists.projects {
            check(project.answers, file: "\(raw.folder)/projects.csv", line: project.line, table: raw.tables["projects.csv"])
        }
        for responsibility in lists.responsibilities {
            check(responsibility.answers, file: "\(raw.folder)/responsibilities.csv", line: responsibility.line, table: raw.tables["responsibilities.csv"])
        }
    }

    private static func decodeDisclosures(_ raw: RawVillage, diagnostics: DiagnosticBag) -> [Disclosure] {
        AttachmentDecoder.checkOrphanFolders(raw, diagnostics: diagnostics)
        return raw.disclosures.compactMap { page in
            let name = String(page.file.split(separator: "/").last!.dropLast(3))
            return DisclosureDecoder.decode(page, attachmentFolder: raw.attachmentFolders[name], diagnostics: diagnostics)
        }.sorted { ($0.publishedOn, $0.slug) > ($1.publishedOn, $1.slug) }
    }

    private static func decodeStation(_ reader: MappingReader) -> ServiceStation {
        var station = ServiceStation()
        if let node = reader.node("station"),
           let fields = MappingReader(node, allowed: ["name", "address", "hours", "phone"], diagnostics: reader.diagnostics, what: "服务站") {
            station.name = fields.string("name", required: false, label: "服务站名称")
            station.address = fields.string("address", required: false, label: "服务站地址")
            station.hours = fields.string("hours", required: false, label: "开放时间")
            station.phone = fields.string("phone", required: false, label: "服务站电话")
        }
        station.contacts = (reader.list("contacts", required: false, label: "联系人") ?? []).compactMap { value in
            guard let contact = MappingReader(value, allowed: ["role", "name", "phone"], diagnostics: reader.diagnostics, what: "联系人"),
                  let role = contact.string("role", required: true, label: "职务"),
                  let name = contact.string("name", required: true, label: "姓名")
            else { return nil }
            return Contact(role: role, name: name, phone: contact.string("phone", required: false, label: "电话"))
        }
        return station
    }
}
