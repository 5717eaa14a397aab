/// Every kind of problem gongkai reports, with a stable code. Codes never change meaning once
/// published; `docs/errors.md` explains each one (a test keeps the two in step).
///
/// Numbering: GK0xx the folders and files, GK1xx YAML, front matter and CSV, GK2xx values
/// and the plan's content, GK3xx templates, GK4xx writing the output, GK5xx townships,
/// villages and their lists, GK6xx personal data, GK7xx what was published before, GK8xx
/// links between the pages.
public enum DiagnosticCode: String, Sendable, Codable, CaseIterable, Comparable {
    case folderMissing = "GK001"
    case fileMissing = "GK002"
    case fileUnreadable = "GK003"
    case fileNotUTF8 = "GK004"
    case fileEmpty = "GK005"
    case fileTooLarge = "GK006"

    case yamlSyntax = "GK101"
    case wrongType = "GK102"
    case unknownField = "GK103"
    case missingField = "GK104"
    case duplicateKey = "GK105"
    case frontMatterUnterminated = "GK106"
    case invalidNumber = "GK107"
    case invalidDate = "GK108"
    case invalidChoice = "GK109"
    case invalidSlug = "GK110"
    case emptyValue = "GK111"

    case csvMalformed = "GK120"
    case csvHeader = "GK121"
    case csvTooManyCells = "GK122"
    case csvUnknownColumn = "GK123"
    case csvMissingColumn = "GK124"
    case csvEmptyCell = "GK125"

    case indicatorValueUnparsable = "GK201"
    case indicatorUnitMismatch = "GK202"
    case duplicateNumber = "GK203"
    case duplicateID = "GK204"
    case yearOutsidePeriod = "GK205"
    case periodInvalid = "GK206"
    case indicatorTargetMissing = "GK207"
    case percentOutOfRange = "GK208"
    case comparatorContradiction = "GK209"

    case divisionCodeInvalid = "GK501"
    case divisionCodePrefix = "GK502"
    case unknownReference = "GK503"
    case datesOutOfOrder = "GK504"
    case disclosureLate = "GK505"
    case disclosureMissing = "GK506"

    case personalData = "GK601"

    case manifestUnreadable = "GK701"
    case disclosureRemoved = "GK702"
    case disclosureChangedSilently = "GK703"

    case brokenLink = "GK801"

    case templateSyntax = "GK301"
    case templateMissing = "GK302"
    case assetUnreadable = "GK303"

    case outputUnsafe = "GK401"
    case outputWriteFailed = "GK402"
    case outputNotOurs = "GK403"
    case outputPathCollision = "GK404"

    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// A short name of the problem, used in listings and the docs.
    public var title: String {
        switch self {
        case .folderMissing: "找不到文件夹"
        case .fileMissing: "缺少必需的文件"
        case .fileUnreadable: "文件无法读取"
        case .fileNotUTF8: "文件不是 UTF-8 编码"
        case .fileEmpty: "文件是空的"
        case .yamlSyntax: "YAML 语法错误"
        case .wrongType: "字段的类型不对"
        case .unknownField: "不认识的字段"
        case .missingField: "缺少必填字段"
        case .duplicateKey: "字段重复"
        case .frontMatterUnterminated: "前言（front matter）没有结束"
        case .invalidNumber: "不是有效的数字"
        case .invalidDate: "不是有效的日期"
        case .invalidChoice: "取值不在允许的范围内"
        case .invalidSlug: "网址标识不合规"
        case .emptyValue: "内容为空"
        case .csvMalformed: "CSV 格式错误"
        case .csvHeader: "CSV 表头有误"
        case .csvTooManyCells: "CSV 行的列数比表头多"
        case .csvUnknownColumn: "CSV 中有不认识的列"
        case .csvMissingColumn: "CSV 缺少必需的列"
        case .csvEmptyCell: "CSV 必填格为空"
        case .indicatorValueUnparsable: "指标值无法识别"
        case .indicatorUnitMismatch: "指标单位前后不一致"
        case .duplicateNumber: "序号重复"
        case .duplicateID: "标识重复"
        case .yearOutsidePeriod: "年份超出规划期"
        case .periodInvalid: "规划期不正确"
        case .indicatorTargetMissing: "目标值缺少数值"
        case .percentOutOfRange: "百分比超出 0%—100%"
        case .comparatorContradiction: "指标值与比较符或方向矛盾"
        case .divisionCodeInvalid: "行政区划代码不正确"
        case .divisionCodePrefix: "村（社区）代码与所属乡镇不符"
        case .unknownReference: "引用了不存在的编号"
        case .datesOutOfOrder: "日期先后颠倒"
        case .disclosureLate: "公开内容逾期发布"
        case .disclosureMissing: "应公开的内容尚未公开"
        case .personalData: "内容中有个人信息"
        case .manifestUnreadable: "无法读取发布清单"
        case .disclosureRemoved: "已发布的公开内容被删除"
        case .disclosureChangedSilently: "已发布的公开内容被修改但没有更正记录"
        case .brokenLink: "站内链接指向不存在的页面或锚点"
        case .fileTooLarge: "文件太大"
        case .templateSyntax: "模板语法错误"
        case .templateMissing: "缺少模板"
        case .assetUnreadable: "静态文件无法读取"
        case .outputUnsafe: "输出文件夹不安全"
        case .outputWriteFailed: "写入输出失败"
        case .outputNotOurs: "输出文件夹不是 gongkai 生成的"
        case .outputPathCollision: "两个页面写到同一个位置"
        }
    }

    /// Unless a check says otherwise, problems of this kind are errors or warnings.
    public var defaultSeverity: Severity {
        switch self {
        case .indicatorUnitMismatch, .disclosureLate, .disclosureMissing: .warning
        default: .error
        }
    }

    /// How to fix the problem, when the check has nothing more specific to say.
    public var defaultHint: String {
        switch self {
        case .folderMissing: "检查命令中的文件夹路径是否正确，或在该位置创建文件夹。"
        case .fileMissing: "按 docs/content-format.md 的说明创建这个文件。"
        case .fileUnreadable: "检查文件是否存在、是否有读取权限。"
        case .fileNotUTF8: "用编辑器把文件另存为 UTF-8 编码（记事本：另存为 → 编码选 UTF-8）。"
        case .fileEmpty: "在文件中填写内容，或删除这个文件。"
        case .yamlSyntax: "检查这一行及上一行：缩进是否对齐、是否用了 Tab、冒号后是否有空格、引号是否成对。"
        case .wrongType: "按 docs/content-format.md 中的示例改写这个字段。"
        case .unknownField: "检查字段名的拼写；不需要的字段请删除。"
        case .missingField: "补上这个字段。"
        case .duplicateKey: "同一层里每个字段只能写一次，删除或合并重复的那一个。"
        case .frontMatterUnterminated: "在前言结束处单独写一行 ---，再写正文。"
        case .invalidNumber: "只写阿拉伯数字，例如 2021。"
        case .invalidDate: "日期写成 年-月-日，例如 2022-12-12。"
        case .invalidChoice: "从允许的取值中选一个。"
        case .invalidSlug: "只用小写英文字母、数字和连字符（-），例如 rural-coverage。"
        case .emptyValue: "填写内容，或删去这个字段。"
        case .csvMalformed: "内容中含逗号、引号或换行的格子要整格用英文双引号括起来，格内的双引号写成两个（\"\"）。用 Excel 另存为 CSV 会自动处理。"
        case .csvHeader: "表格第一行是表头，每列写一个不重复的列名。"
        case .csvTooManyCells: "检查这一行是否多写了逗号；内容中含逗号的格子要用英文双引号括起来。"
        case .csvUnknownColumn: "检查列名的写法，或删除不需要的列。各清单的列见 docs/content-format.md。"
        case .csvMissingColumn: "在表头加上这一列。各清单的列见 docs/content-format.md。"
        case .csvEmptyCell: "填写这一格，或删除整行。"
        case .indicatorValueUnparsable: "按原文照抄，写成“比较符 + 数字 + 单位”，例如 ≥30 平方米、73.3%、——。"
        case .indicatorUnitMismatch: "同一指标的基期值、目标值和实际值应使用相同的单位。"
        case .duplicateNumber: "每个序号只能用一次，检查是否重复录入。"
        case .duplicateID: "每个标识只能用一次，给其中一个换一个标识。"
        case .yearOutsidePeriod: "实际值的年份应在基期年份与规划期末之间。"
        case .periodInvalid: "规划期的开始年份不能晚于结束年份，基期年份应早于开始年份。"
        case .indicatorTargetMissing: "目标值必须有数值，例如 100% 或 ≥10%；—— 只能用于基期值或实际值。"
        case .percentOutOfRange: "写 0 到 100 之间的数，例如 60%。"
        case .comparatorContradiction: "实际值和基期值是测得的数，不带 ≥、> 等比较符；目标值的比较符要与指标方向一致（正向用 ≥ 或 >，逆向用 ≤ 或 <）。"
        case .divisionCodeInvalid: "乡镇（街道）代码是 9 位数字，村（社区）代码是 12 位数字；不知道代码时，文件夹名用英文标识，例如 dongxing。"
        case .divisionCodePrefix: "村（社区）的 12 位代码的前 9 位应等于所属乡镇（街道）的代码；检查代码，或把文件夹放到正确的乡镇下。"
        case .unknownReference: "检查编号的写法；被引用的需求必须在本村（社区）的 needs.csv 中。多个编号用分号（;）隔开。"
        case .datesOutOfOrder: "检查两个日期是否写反了。"
        case .disclosureLate: "按公开目录规定的期限按时公开；已逾期的应尽快补正并说明原因。"
        case .disclosureMissing: "发布这一期的公开内容（前言中 item 写目录事项标识），或在 village.yaml 的 nothing_to_publish 中声明本期无应公开事项。"
        case .personalData: "删除身份证号、私人手机号、银行卡号，或只保留部分数字；服务站对外电话写在 village.yaml 的 station.phone 或 contacts 中；若统一遮盖，在 site.yaml 中写 privacy: mask。"
        case .manifestUnreadable: "发布清单 gongkai-manifest.json 损坏或不是 gongkai 生成的；检查 --previous-manifest 指定的文件，或从上次发布的网站取回它。"
        case .disclosureRemoved: "已发布的公开内容不能删除：恢复它的文件，在前言中写 retraction（date、reason）将其撤回。"
        case .disclosureChangedSilently: "在前言的 corrections 中加一条更正记录（date、reason），或把内容改回原样。"
        case .brokenLink: "检查 Markdown 或模板中这个链接的写法；站内页面的网址见 docs/content-format.md。"
        case .fileTooLarge: "单个内容文件不能超过 10 MB。把大表格按年份或类别拆成几个文件，图片等附件不要放进内容文件夹。"
        case .templateSyntax: "检查模板中 {{ }} 标签是否成对、区块 {{#…}} 是否用 {{/…}} 结束。"
        case .templateMissing: "恢复 templates/ 文件夹中缺少的模板文件。"
        case .assetUnreadable: "检查 templates/assets/ 中的文件是否可读。"
        case .outputUnsafe: "输出文件夹不能是内容文件夹、模板文件夹或它们的上级文件夹，请换一个，例如 public。"
        case .outputWriteFailed: "检查磁盘空间和写入权限。原来的输出文件夹没有被改动。"
        case .outputNotOurs: "这个文件夹里已有其他文件。请换一个输出文件夹，或确认无用后手工清空它。"
        case .outputPathCollision: "给其中一个换一个标识（id 或 slug）。"
        }
    }
}
