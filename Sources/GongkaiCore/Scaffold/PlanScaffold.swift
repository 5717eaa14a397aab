/// The `plan/` folder of a new site: a minimal plan (基本信息, two indicators, one 专栏 and
/// one chapter of key tasks) that builds as it is and shows, field by field, how to enter
/// the county's own plan.
enum PlanScaffold {
    static func files() -> ScaffoldPlan {
        var plan = ScaffoldPlan()
        plan.files = [
            ScaffoldFile(path: "plan.yaml", text: planYAML()),
            ScaffoldFile(path: "indicators.yaml", text: indicatorsYAML()),
            ScaffoldFile(path: "columns.yaml", text: columnsYAML()),
            ScaffoldFile(path: "tasks.yaml", text: tasksYAML()),
        ]
        return plan
    }

    private static func header(_ yaml: inout CommentedYAML, _ file: String, section: String) {
        yaml.note("\(file)，格式见 docs/content-format.md 的“\(section)”一节。")
        yaml.note("下面的内容是示例，请照本县（市、区）规划的原文改写。“#” 后面是注释，gongkai 不读；")
        yaml.note("缩进只能用空格，不能用 Tab；选填的字段可以空着，也可以整行删去。")
        yaml.blank()
    }

    private static func planYAML() -> String {
        var yaml = CommentedYAML()
        header(&yaml, "规划基本信息：plan/plan.yaml", section: "plan/plan.yaml：规划基本信息")
        yaml.field("title: 某某县“十四五”城乡社区服务体系建设规划", "必填，规划全称，照原文")
        yaml.field("issuer: 某某县人民政府办公室", "必填，印发机关")
        yaml.field("document_number:", "选填，文号；原文未载明的不要编造，空着即可")
        yaml.field("issued_on:", "选填，印发日期，写成 年-月-日，如 2022-12-12")
        yaml.field("period:", "必填，规划期")
        yaml.field("  start: 2021", "  开始年份")
        yaml.field("  end: 2025", "  结束年份")
        yaml.field("baseline_year: 2020", "必填，基期年份，应早于规划期开始年份")
        yaml.field("basis:", "选填，编制依据，按原文顺序逐条列出，每条以“- ”开头")
        yaml.field("  - title: 某某省“十四五”城乡社区服务体系建设规划", "  文件标题")
        yaml.field("    document_number:", "  选填，文号")
        yaml.field("actuals_note:", "选填，对历年实际值来源的说明，如 2021—2024年实际值由县民政局提供。")
        yaml.field("summary: |", "选填，规划导语（Markdown），显示在首页和规划页")
        yaml.raw("  在这里照录规划的导语。")
        yaml.field("goals: |", "选填，主要目标（Markdown）")
        yaml.raw("  在这里照录规划的主要目标。")
        return yaml.text
    }

    private static func indicatorsYAML() -> String {
        var yaml = CommentedYAML()
        yaml.commentColumn = 40
        header(&yaml, "主要指标（专栏1）：plan/indicators.yaml", section: "plan/indicators.yaml：主要指标（专栏1）")
        yaml.note("基期值、目标值和实际值照原文照抄，写法见“指标值的写法”：70%、≥10%、30 平方米、≥3 人、0.04‰；")
        yaml.note("没有基期值写 —。写成“约30%”“30%左右”会报错。")
        yaml.blank()
        yaml.field("title: 专栏1 “十四五”城乡社区服务体系主要指标", "选填，指标表的标题，照原文")
        yaml.field("indicators:", "必填，每项指标以“- ”开头，照原文顺序")
        yaml.field("  - number: 1", "必填，序号（照原文），不能重复")
        yaml.field("    id: rural-facility-coverage", "选填，网址中的英文标识，不填则用序号")
        yaml.field("    name: 农村社区综合服务设施覆盖率", "必填，指标名称，照原文")
        yaml.field("    baseline: 70%", "必填，基期值（2020年），照原文")
        yaml.field("    target: 80%", "必填，目标值，照原文")
        yaml.field("    attribute: 预期性", "必填：预期性 或 约束性")
        yaml.field("    direction: 正向", "选填：正向（越大越好，默认）或 逆向")
        yaml.field("    actuals:", "选填，历年实际值，每年一行“年份: 值”，")
        yaml.note("比 actuals 多缩进两个空格；填写时删去下一行行首的 “# ”", indent: 40)
        yaml.note("2021: 72%", indent: 6)
        yaml.field("    note:", "选填，备注（Markdown）")
        yaml.field("    computed: rural_facility_coverage", "选填，按各村 village.yaml 的 facts 计算")
        yaml.field("  - number: 2")
        yaml.field("    id: facility-area-per-100-households")
        yaml.field("    name: 每百户居民拥有社区综合服务设施面积")
        yaml.field("    baseline: —", "没有基期值")
        yaml.field("    target: ≥30 平方米", "“≥”表示不少于")
        yaml.field("    attribute: 约束性")
        yaml.field("    direction: 正向")
        yaml.field("    actuals:")
        yaml.field("    note:")
        yaml.field("    computed: facility_area_per_100_households")
        return yaml.text
    }

    private static func columnsYAML() -> String {
        var yaml = CommentedYAML()
        yaml.commentColumn = 40
        header(&yaml, "专栏（行动、工程）：plan/columns.yaml", section: "plan/columns.yaml：专栏（行动、工程）")
        yaml.field("columns:", "专栏2、3……，每个专栏以“- ”开头")
        yaml.field("  - number: 2", "必填，专栏序号")
        yaml.field("    title: 社区服务设施补短板行动", "必填，专栏标题（不含“专栏2”字样）")
        yaml.field("    section: 二、", "选填，所属章节，与 tasks.yaml 中章节的 number 一致")
        yaml.field("    items:", "必填，专栏条目，每条以“- ”开头")
        yaml.field("      - number: \"1.\"", "必填，条目编号，照原文，用英文双引号括起来")
        yaml.field("        title: 实施设施达标行动", "必填，条目名称")
        yaml.field("        text: |", "必填，条目正文（Markdown），照原文")
        yaml.raw("          在这里照录条目正文。")
        yaml.field("        targets:", "选填，原文中的量化目标，每条以“- ”开头")
        yaml.field("          - year: 2025", "  到哪一年（在规划期内）")
        yaml.field("            text: 村（社区）综合服务设施覆盖率达到80%", "  原文表述")
        yaml.field("            value: 80%", "  数值和单位，写法同指标值")
        return yaml.text
    }

    private static func tasksYAML() -> String {
        var yaml = CommentedYAML()
        yaml.commentColumn = 40
        header(&yaml, "重点任务及责任单位：plan/tasks.yaml", section: "plan/tasks.yaml：重点任务及责任单位")
        yaml.field("sections:", "按章节列出，每章以“- ”开头")
        yaml.field("  - number: 二、", "必填，章节编号，照原文（如 二、 （一））")
        yaml.field("    title: 优化城乡社区服务格局", "必填，章节标题")
        yaml.field("    tasks:", "必填，本章的任务，每项以“- ”开头")
        yaml.field("      - number: （一）", "必填，任务编号，照原文")
        yaml.field("        title: 健全党建引领机制", "必填，任务名称")
        yaml.field("        text: |", "必填，任务正文（Markdown），不含“责任单位”括号")
        yaml.raw("          在这里照录任务正文。")
        yaml.field("        responsible:", "选填，责任单位，按原文顺序逐个列出")
        yaml.field("          - 县民政局")
        yaml.field("        responsible_also: 等部门及各乡镇、街道", "选填，责任单位后面的概括语")
        return yaml.text
    }
}
