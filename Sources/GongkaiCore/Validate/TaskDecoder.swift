/// Checks `plan/tasks.yaml`: chapters of key tasks with their responsible units.
enum TaskDecoder {
    static func decode(_ parsed: ParsedYAML, diagnostics: DiagnosticBag) -> [TaskSection] {
        guard let reader = MappingReader(YAMLValue(parsed), allowed: ["sections"], diagnostics: diagnostics, what: "重点任务文件")
        else { return [] }
        var sections: [TaskSection] = []
        var seen: Set<String> = []
        for value in reader.list("sections", required: true, label: "章节列表") ?? [] {
            guard let section = decodeSection(value, diagnostics: diagnostics) else { continue }
            if !seen.insert(section.number).inserted {
                diagnostics.error(.duplicateNumber, at: value.location, "章节编号 \(section.number) 重复")
                continue
            }
            sections.append(section)
        }
        return sections
    }

    private static func decodeSection(_ value: YAMLValue, diagnostics: DiagnosticBag) -> TaskSection? {
        guard let reader = MappingReader(value, allowed: ["number", "title", "tasks"], diagnostics: diagnostics, what: "章节")
        else { return nil }
        let number = reader.string("number", required: true, label: "章节编号")
        let title = reader.string("title", required: true, label: "章节标题")
        var tasks: [KeyTask] = []
        var seen: Set<String> = []
        for taskValue in reader.list("tasks", required: true, label: "任务列表") ?? [] {
            guard let task = decodeTask(taskValue, diagnostics: diagnostics) else { continue }
            if !seen.insert(task.number).inserted {
                diagnostics.error(.duplicateNumber, at: taskValue.location, "任务编号 \(task.number) 在本章中重复")
                continue
            }
            tasks.append(task)
        }
        guard let number, let title else { return nil }
        return TaskSection(number: number, title: title, tasks: tasks)
    }

    private static func decodeTask(_ value: YAMLValue, diagnostics: DiagnosticBag) -> KeyTask? {
        guard let reader = MappingReader(
            value, allowed: ["number", "title", "text", "responsible", "responsible_also"], diagnostics: diagnostics, what: "任务")
        else { return nil }
        let number = reader.string("number", required: true, label: "任务编号")
        let title = reader.string("title", required: true, label: "任务名称")
        let text = reader.string("text", required: true, label: "任务正文")
        let responsible = reader.stringList("responsible", label: "责任单位")
        let also = reader.string("responsible_also", required: false, label: "责任单位概括语")
        guard let number, let title, let text else { return nil }
        return KeyTask(number: number, title: title, text: text, responsible: responsible, responsibleAlso: also)
    }
}
