import Foundation
import Testing
@testable import GongkaiCore

/// YAML text in memory through the load and validate code: `YAMLDocument.parse`, then the
/// decoders. Assertions are on the diagnostic code and location (file, line, column, field),
/// never on message wording, except that an unknown field's message names the suggestion.
@Suite("Validation")
struct ValidationTests {
    static let period = YearRange(start: 2021, end: 2025)
    static let baselineYear = 2020

    // MARK: - Helpers

    /// Parses `text` as the file `path`; nil (with diagnostics) on a syntax error.
    func parse(_ text: String, path: String, _ bag: DiagnosticBag) -> ParsedYAML? {
        let file = TextFile(path: path, text: text)
        guard let node = YAMLDocument.parse(file, diagnostics: bag) else { return nil }
        return ParsedYAML(file: path, node: node)
    }

    /// Runs an indicators file through `IndicatorDecoder` for a 2021—2025 plan with baseline 2020.
    func decodeIndicators(_ text: String) throws -> (indicators: [Indicator]?, diagnostics: [Diagnostic]) {
        let bag = DiagnosticBag()
        let parsed = try #require(parse(text, path: "plan/indicators.yaml", bag))
        let table = IndicatorDecoder.decode(parsed, period: Self.period, baselineYear: Self.baselineYear, diagnostics: bag)
        return (table?.indicators, bag.items.sorted())
    }

    func decodeSite(_ text: String) throws -> (config: SiteConfig?, diagnostics: [Diagnostic]) {
        let bag = DiagnosticBag()
        let parsed = try #require(parse(text, path: "site.yaml", bag))
        let config = SiteConfigDecoder.decode(parsed, diagnostics: bag)
        return (config, bag.items.sorted())
    }

    /// Expects exactly one diagnostic and checks its code, severity and location.
    func expectOnly(
        _ diagnostics: [Diagnostic], _ code: DiagnosticCode, severity: Severity = .error,
        file: String, line: Int?, column: Int?, field: String?,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(diagnostics.map(\.code) == [code], sourceLocation: sourceLocation)
        guard let diagnostic = diagnostics.first else { return }
        expect(diagnostic, code, severity: severity, file: file, line: line, column: column, field: field,
               sourceLocation: sourceLocation)
    }

    func expect(
        _ diagnostic: Diagnostic, _ code: DiagnosticCode, severity: Severity = .error,
        file: String, line: Int?, column: Int?, field: String?,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(diagnostic.code == code, sourceLocation: sourceLocation)
        #expect(diagnostic.severity == severity, sourceLocation: sourceLocation)
        #expect(diagnostic.location.file == file, sourceLocation: sourceLocation)
        #expect(diagnostic.location.line == line, sourceLocation: sourceLocation)
        #expect(diagnostic.location.column == column, sourceLocation: sourceLocation)
        #expect(diagnostic.location.field == field, sourceLocation: sourceLocation)
    }

    // MARK: - YAML syntax

    @Test("a tab in the indentation is GK101 on its line")
    func tabIndentation() {
        let bag = DiagnosticBag()
        let text = "title: 规划\nissuer: 临江市人民政府办公室\nperiod:\n\tstart: 2021\n  end: 2025\n"
        #expect(parse(text, path: "plan/plan.yaml", bag) == nil)
        expectOnly(bag.items, .yamlSyntax, file: "plan/plan.yaml", line: 4, column: 1, field: nil)
    }

    @Test("an unclosed quote is GK101")
    func unclosedQuote() {
        let bag = DiagnosticBag()
        let text = """
            title: 临江市村(居)务公开网
            region: "临江市
            publisher: 临江市民政局
            """
        #expect(parse(text, path: "site.yaml", bag) == nil)
        #expect(bag.items.map(\.code) == [.yamlSyntax])
        #expect(bag.items.first?.location.file == "site.yaml")
        // libyaml only notices at the end of the text; the place to fix is line 2, where the quote opens.
        #expect(bag.items.first?.location.line == 2)
        #expect(bag.items.first?.location.column == 9)
    }

    @Test("“colon space” inside plain text is GK101 on that line")
    func colonInPlainText() {
        let bag = DiagnosticBag()
        let text = """
            title: 临江市村(居)务公开网
            region: 临江市
            description: 本站说明: 临江市
            """
        #expect(parse(text, path: "site.yaml", bag) == nil)
        #expect(bag.items.map(\.code) == [.yamlSyntax])
        #expect(bag.items.first?.location.line == 3)
    }

    @Test("a key written twice is GK105")
    func duplicateKey() {
        let bag = DiagnosticBag()
        let text = """
            title: 临江市村(居)务公开网
            region: 临江市
            title: 另一个名称
            """
        #expect(parse(text, path: "site.yaml", bag) == nil)
        #expect(bag.items.map(\.code) == [.duplicateKey])
        #expect(bag.items.first?.location.file == "site.yaml")
        // The place to fix is the repeat, on line 3.
        #expect(bag.items.first?.location.line == 3)
        #expect(bag.items.first?.location.column == 1)
        #expect(bag.items.first?.message.contains("title") == true)
    }

    /// Keys are read by their text: a plain and a quoted key with the same text, which YAML
    /// would type differently (`1` an integer, `"1"` a string), are still the same field.
    @Test("the same key written plain and quoted is GK105", arguments: ["1", "null", "true", "2024-01-01"])
    func duplicateKeyPlainAndQuoted(key: String) {
        let bag = DiagnosticBag()
        let text = """
            \(key): 临江市村(居)务公开网
            region: 临江市
            "\(key)": 另一个名称
            """
        #expect(parse(text, path: "site.yaml", bag) == nil)
        #expect(bag.items.map(\.code) == [.duplicateKey])
    }

    /// A value is its written text, whatever type YAML would give it.
    @Test func valuesAreTheirWrittenText() throws {
        let bag = DiagnosticBag()
        let node = try #require(parse("a: 010\nb: yes\nc: 1e3\nd: ~\n", path: "x.yaml", bag)).node
        #expect(bag.items.isEmpty)
        #expect(node["a"]?.string == "010")
        #expect(node["b"]?.string == "yes")
        #expect(node["c"]?.string == "1e3")
        #expect(node["d"]?.null != nil)
    }

    @Test("a file of comments only is GK005")
    func commentsOnly() {
        let bag = DiagnosticBag()
        #expect(parse("# 只有注释\n", path: "plan/columns.yaml", bag) == nil)
        expectOnly(bag.items, .fileEmpty, file: "plan/columns.yaml", line: nil, column: nil, field: nil)
    }

    // MARK: - Field names

    @Test("an unknown field is GK103 at the key, suggesting the right name")
    func unknownField() throws {
        let (indicators, diagnostics) = try decodeIndicators("""
            indicators:
              - number: 1
                name: 农村社区综合服务设施覆盖率
                baseline: 70%
                taget: 100%
                attribute: 预期性
            """)
        #expect(indicators?.isEmpty == true)
        // The misspelt field is reported, and so is the then missing target.
        #expect(diagnostics.map(\.code) == [.missingField, .unknownField])
        let unknown = try #require(diagnostics.first { $0.code == .unknownField })
        expect(unknown, .unknownField, file: "plan/indicators.yaml", line: 5, column: 5, field: "indicators[1].taget")
        #expect(unknown.message.contains("target"))
        let missing = try #require(diagnostics.first { $0.code == .missingField })
        expect(missing, .missingField, file: "plan/indicators.yaml", line: 2, column: 5, field: "indicators[1].target")
    }

    @Test("an unknown field in site.yaml suggests base_url")
    func unknownSiteField() throws {
        let (config, diagnostics) = try decodeSite("""
            title: 临江市村(居)务公开网
            region: 临江市
            baseurl: https://www.example.gov.cn/
            """)
        #expect(config != nil)
        expectOnly(diagnostics, .unknownField, file: "site.yaml", line: 3, column: 1, field: "baseurl")
        #expect(diagnostics.first?.message.contains("base_url") == true)
    }

    @Test("a missing required field is GK104 at its mapping")
    func missingName() throws {
        let (indicators, diagnostics) = try decodeIndicators("""
            indicators:
              - number: 1
                baseline: 70%
                target: 100%
                attribute: 预期性
            """)
        #expect(indicators?.isEmpty == true)
        expectOnly(diagnostics, .missingField, file: "plan/indicators.yaml", line: 2, column: 5, field: "indicators[1].name")
    }

    @Test("a missing site field is GK104 at the top of the file")
    func missingSiteRegion() throws {
        let (config, diagnostics) = try decodeSite("title: 临江市村(居)务公开网\n")
        #expect(config == nil)
        expectOnly(diagnostics, .missingField, file: "site.yaml", line: 1, column: 1, field: "region")
    }

    // MARK: - Indicator values

    @Test("an unparsable target is GK201 at the value")
    func unparsableTarget() throws {
        let (indicators, diagnostics) = try decodeIndicators("""
            indicators:
              - number: 1
                name: 农村社区综合服务设施覆盖率
                baseline: 70%
                target: 约30%
                attribute: 预期性
            """)
        #expect(indicators?.isEmpty == true)
        expectOnly(diagnostics, .indicatorValueUnparsable, file: "plan/indicators.yaml", line: 5, column: 13,
                   field: "indicators[1].target")
    }

    @Test("an unparsable actual is GK201 at the value")
    func unparsableActual() throws {
        let (indicators, diagnostics) = try decodeIndicators("""
            indicators:
              - number: 1
                name: 社区数量
                baseline: 2800户
                target: 3000户
                attribute: 预期性
                actuals:
                  2021: 2900户
                  2022: 3000—4000户
            """)
        #expect(indicators?.isEmpty == true)
        expectOnly(diagnostics, .indicatorValueUnparsable, file: "plan/indicators.yaml", line: 9, column: 13,
                   field: "indicators[1].actuals.2022")
    }

    @Test("columns count Unicode scalars, not bytes")
    func columnsCountScalars() throws {
        let (_, diagnostics) = try decodeIndicators("""
            indicators:
              - {number: 1, name: 农村社区覆盖率, baseline: 70%, target: 约30%, attribute: 预期性}
            """)
        // Before 约30% on line 2: 54 scalars (but 68 UTF-8 bytes).
        expectOnly(diagnostics, .indicatorValueUnparsable, file: "plan/indicators.yaml", line: 2, column: 55,
                   field: "indicators[1].target")
    }

    @Test("a dash as target is GK207")
    func dashTarget() throws {
        let (_, diagnostics) = try decodeIndicators("""
            indicators:
              - number: 1
                name: 社区商业和综合服务设施面积占社区总建筑面积比例
                baseline: —
                target: ——
                attribute: 预期性
            """)
        expectOnly(diagnostics, .indicatorTargetMissing, file: "plan/indicators.yaml", line: 5, column: 13,
                   field: "indicators[1].target")
    }

    @Test("an attribute outside 预期性/约束性 is GK109")
    func badAttribute() throws {
        let (indicators, diagnostics) = try decodeIndicators("""
            indicators:
              - number: 1
                name: 农村社区综合服务设施覆盖率
                baseline: 100%
                target: 100%
                attribute: 预期
            """)
        #expect(indicators?.isEmpty == true)
        expectOnly(diagnostics, .invalidChoice, file: "plan/indicators.yaml", line: 6, column: 16,
                   field: "indicators[1].attribute")
    }

    @Test("a direction outside 正向/逆向 is GK109")
    func badDirection() throws {
        let (_, diagnostics) = try decodeIndicators("""
            indicators:
              - number: 1
                name: 农村社区综合服务设施覆盖率
                baseline: 100%
                target: 100%
                attribute: 预期性
                direction: 越大越好
            """)
        expectOnly(diagnostics, .invalidChoice, file: "plan/indicators.yaml", line: 7, column: 16,
                   field: "indicators[1].direction")
    }

    @Test("an actual in or before the baseline year, or after the period, is GK205 at the year",
          arguments: ["2019", "2020", "2026"])
    func actualYearOutsidePeriod(_ year: String) throws {
        let (indicators, diagnostics) = try decodeIndicators("""
            indicators:
              - number: 1
                name: 农村社区综合服务设施覆盖率
                baseline: 100%
                target: 100%
                attribute: 预期性
                actuals: {\(year): 100%}
            """)
        #expect(indicators?.isEmpty == true)
        expectOnly(diagnostics, .yearOutsidePeriod, file: "plan/indicators.yaml", line: 7, column: 15,
                   field: "indicators[1].actuals.\(year)")
    }

    @Test("a year before the baseline in block style is GK205 at the key")
    func actualYear2019Block() throws {
        let (_, diagnostics) = try decodeIndicators("""
            indicators:
              - number: 1
                name: 农村社区综合服务设施覆盖率
                baseline: 100%
                target: 100%
                attribute: 预期性
                actuals:
                  2019: 100%
                  2021: 100%
            """)
        expectOnly(diagnostics, .yearOutsidePeriod, file: "plan/indicators.yaml", line: 8, column: 7,
                   field: "indicators[1].actuals.2019")
    }

    @Test("a repeated indicator number is GK203 at the second number")
    func duplicateNumber() throws {
        let (indicators, diagnostics) = try decodeIndicators("""
            indicators:
              - number: 1
                id: rural-coverage
                name: 农村社区综合服务设施覆盖率
                baseline: 100%
                target: 100%
                attribute: 预期性
              - number: 1
                id: urban-coverage
                name: 城市社区综合服务设施覆盖率
                baseline: 100%
                target: 100%
                attribute: 预期性
            """)
        #expect(indicators?.map(\.id) == ["rural-coverage"])
        expectOnly(diagnostics, .duplicateNumber, file: "plan/indicators.yaml", line: 8, column: 13, field: "indicators[2].number")
    }

    @Test("a repeated indicator id is GK204 at the second id")
    func duplicateID() throws {
        let (indicators, diagnostics) = try decodeIndicators("""
            indicators:
              - number: 1
                id: coverage
                name: 农村社区综合服务设施覆盖率
                baseline: 100%
                target: 100%
                attribute: 预期性
              - number: 2
                id: coverage
                name: 城市社区综合服务设施覆盖率
                baseline: 100%
                target: 100%
                attribute: 预期性
            """)
        #expect(indicators?.map(\.number) == ["1"])
        expectOnly(diagnostics, .duplicateID, file: "plan/indicators.yaml", line: 9, column: 9, field: "indicators[2].id")
    }

    @Test("different units in one indicator are a GK202 warning")
    func unitMismatch() throws {
        let (indicators, diagnostics) = try decodeIndicators("""
            indicators:
              - number: 7
                name: 每万城镇常住人口拥有社区工作者
                baseline: 30 人
                target: 18%
                attribute: 预期性
            """)
        // A warning: the indicator is still kept.
        #expect(indicators?.count == 1)
        expectOnly(diagnostics, .indicatorUnitMismatch, severity: .warning, file: "plan/indicators.yaml",
                   line: 4, column: 15, field: "indicators[1].baseline")
    }

    @Test("an actual in another unit is a GK202 warning at the actual")
    func actualUnitMismatch() throws {
        let (indicators, diagnostics) = try decodeIndicators("""
            indicators:
              - number: 7
                name: 每万城镇常住人口拥有社区工作者
                baseline: 15.4 人
                target: 18 人
                attribute: 预期性
                actuals:
                  2021: 15.6 人
                  2022: 16名
            """)
        #expect(indicators?.count == 1)
        expectOnly(diagnostics, .indicatorUnitMismatch, severity: .warning, file: "plan/indicators.yaml",
                   line: 9, column: 13, field: "indicators[1].actuals.2022")
    }

    @Test("an id that is not a slug is GK110 at the id")
    func badID() throws {
        let (indicators, diagnostics) = try decodeIndicators("""
            indicators:
              - number: 1
                id: Rural_Coverage
                name: 农村社区综合服务设施覆盖率
                baseline: 100%
                target: 100%
                attribute: 预期性
            """)
        // The indicator is kept with the number as its id; the error stops the build.
        #expect(indicators?.map(\.id) == ["1"])
        expectOnly(diagnostics, .invalidSlug, file: "plan/indicators.yaml", line: 3, column: 9, field: "indicators[1].id")
    }

    @Test("a number that cannot be an address, with no id, is GK110 at the number")
    func numberNotSlug() throws {
        let (_, diagnostics) = try decodeIndicators("""
            indicators:
              - number: （一）
                name: 农村社区综合服务设施覆盖率
                baseline: 100%
                target: 100%
                attribute: 预期性
            """)
        expectOnly(diagnostics, .invalidSlug, file: "plan/indicators.yaml", line: 2, column: 13, field: "indicators[1].number")
    }

    // MARK: - site.yaml

    @Test("a base_url that is not an http(s) address is GK109")
    func badBaseURL() throws {
        let (config, diagnostics) = try decodeSite("""
            title: 临江市村(居)务公开网
            region: 临江市
            base_url: www.example.gov.cn/gongkai/
            """)
        #expect(config?.baseURL == nil)
        expectOnly(diagnostics, .invalidChoice, file: "site.yaml", line: 3, column: 11, field: "base_url")
    }

    @Test("a valid site.yaml decodes, base_url gaining a final slash")
    func validSite() throws {
        let (config, diagnostics) = try decodeSite("""
            title: 临江市村(居)务公开网          # 网站名称
            region: 临江市
            base_url: https://www.example.gov.cn/gongkai
            description: 临江市城乡社区服务体系建设规划及村（社区）务公开信息。
            publisher: 临江市民政局
            """)
        #expect(diagnostics.isEmpty)
        #expect(config == SiteConfig(
            title: "临江市村(居)务公开网", region: "临江市", baseURL: "https://www.example.gov.cn/gongkai/",
            description: "临江市城乡社区服务体系建设规划及村（社区）务公开信息。", publisher: "临江市民政局"))
    }

    // MARK: - plan.yaml

    static let validIndicators = """
        title: 专栏1 “十四五”城乡社区服务体系主要指标
        indicators:
          - number: 1
            name: 农村社区综合服务设施覆盖率
            baseline: 100%
            target: 100%
            attribute: 预期性
            actuals:
              2023: 100%
              2021: 98.5%
              2022: 99%
          - number: 8
            id: crime-rate
            name: 社区刑事案件发案率
            baseline: 0.5‰
            target: ≤0.3‰
            attribute: 约束性
            direction: 逆向
            note: 按常住人口计算。
        """

    static let validTasks = """
        sections:
          - number: 二、
            title: 优化城乡社区服务体系
            tasks:
              - number: （五）
                title: 健全党建引领机制
                text: |
                  压实乡镇（街）党（工）委责任。
                responsible:
                  - 市委组织部
                  - 市民政局
                responsible_also: 等部门及各乡镇、街道
          - number: 三、
            title: 加强社区服务队伍建设
            tasks:
              - number: （一）
                title: 配齐社区工作者
                text: 按每万城镇常住人口配备社区工作者。
        """

    static func columns(section: String) -> String {
        """
        columns:
          - number: 2
            title: 社会力量参与社区服务行动
            section: \(section)
            items:
              - number: "1."
                title: 实施社会组织培育行动
                text: |
                  按照社会组织不同类型，通过党建引领……
                targets:
                  - year: 2023
                    text: 全市培育品牌社区社会组织达到1家
                    value: 1家
        """
    }

    static let validPlan = """
        title: 临江市“十四五”城乡社区服务体系建设规划
        issuer: 临江市人民政府办公室
        issued_on: 2022-12-12
        period:
          start: 2021
          end: 2025
        baseline_year: 2020
        basis:
          - title: 吉林省“十四五”城乡社区服务体系建设规划
            document_number: 吉政办发〔2022〕18号
        summary: |
          为进一步推动我市城乡社区服务体系建设高质量发展……
        """

    @Test("a baseline year not before the period is GK206 at baseline_year", arguments: [2021, 2023])
    func baselineYearInPeriod(_ year: Int) throws {
        let bag = DiagnosticBag()
        let plan = try #require(parse("""
            title: 临江市“十四五”城乡社区服务体系建设规划
            issuer: 临江市人民政府办公室
            period:
              start: 2021
              end: 2025
            baseline_year: \(year)
            """, path: "plan/plan.yaml", bag))
        let indicators = try #require(parse("""
            indicators:
              - number: 1
                name: 农村社区综合服务设施覆盖率
                baseline: 100%
                target: 100%
                attribute: 预期性
            """, path: "plan/indicators.yaml", bag))
        _ = PlanDecoder.decode(plan: plan, indicators: indicators, columns: nil, tasks: nil, diagnostics: bag)
        expectOnly(bag.items, .periodInvalid, file: "plan/plan.yaml", line: 6, column: 16, field: "baseline_year")
    }

    @Test("a period ending before it starts is GK206")
    func periodReversed() throws {
        let bag = DiagnosticBag()
        let plan = try #require(parse("""
            title: 规划
            issuer: 临江市人民政府办公室
            period:
              start: 2025
              end: 2021
            baseline_year: 2020
            """, path: "plan/plan.yaml", bag))
        #expect(PlanDecoder.decode(plan: plan, indicators: nil, columns: nil, tasks: nil, diagnostics: bag) == nil)
        expectOnly(bag.items, .periodInvalid, file: "plan/plan.yaml", line: 4, column: 3, field: "period")
    }

    @Test("an invalid issued_on is GK108")
    func badIssuedOn() throws {
        let bag = DiagnosticBag()
        let plan = try #require(parse("""
            title: 规划
            issuer: 临江市人民政府办公室
            issued_on: 2022-02-30
            period:
              start: 2021
              end: 2025
            baseline_year: 2020
            """, path: "plan/plan.yaml", bag))
        let indicators = try #require(parse("indicators: []\n", path: "plan/indicators.yaml", bag))
        let decoded = try #require(PlanDecoder.decode(plan: plan, indicators: indicators, columns: nil, tasks: nil, diagnostics: bag))
        #expect(decoded.issuedOn == nil)
        expectOnly(bag.items, .invalidDate, file: "plan/plan.yaml", line: 3, column: 12, field: "issued_on")
    }

    // MARK: - columns.yaml

    @Test("a column naming no existing section is GK109 with a suggestion")
    func columnSectionUnknown() throws {
        let bag = DiagnosticBag()
        let tasks = try #require(parse(Self.validTasks, path: "plan/tasks.yaml", bag))
        let sections = TaskDecoder.decode(tasks, diagnostics: bag)
        #expect(sections.map(\.number) == ["二、", "三、"])
        let columns = try #require(parse(Self.columns(section: "二,"), path: "plan/columns.yaml", bag))
        _ = ColumnDecoder.decode(columns, period: Self.period, sections: sections, diagnostics: bag)
        expectOnly(bag.items, .invalidChoice, file: "plan/columns.yaml", line: 4, column: 14, field: "columns[1].section")
        #expect(bag.items.first?.message.contains("二、") == true)
    }

    @Test("a column target year outside the period is GK205")
    func columnTargetYear() throws {
        let bag = DiagnosticBag()
        let text = Self.columns(section: "二、").replacingOccurrences(of: "year: 2023", with: "year: 2030")
        let columns = try #require(parse(text, path: "plan/columns.yaml", bag))
        let decoded = ColumnDecoder.decode(columns, period: Self.period, sections: [], diagnostics: bag)
        #expect(decoded.count == 1)
        expectOnly(bag.items, .yearOutsidePeriod, file: "plan/columns.yaml", line: 11, column: 19,
                   field: "columns[1].items[1].targets[1].year")
    }

    @Test("a repeated task number within a section is GK203")
    func duplicateTaskNumber() throws {
        let bag = DiagnosticBag()
        let tasks = try #require(parse("""
            sections:
              - number: 二、
                title: 优化城乡社区服务体系
                tasks:
                  - number: （一）
                    title: 甲
                    text: 甲。
                  - number: （一）
                    title: 乙
                    text: 乙。
            """, path: "plan/tasks.yaml", bag))
        let sections = TaskDecoder.decode(tasks, diagnostics: bag)
        #expect(sections.first?.tasks.map(\.title) == ["甲"])
        expectOnly(bag.items, .duplicateNumber, file: "plan/tasks.yaml", line: 8, column: 9,
                   field: "sections[1].tasks[2]")
    }

    // MARK: - Valid input

    @Test("valid files decode without diagnostics into the expected model")
    func validPlan() throws {
        let bag = DiagnosticBag()
        let plan = try #require(parse(Self.validPlan, path: "plan/plan.yaml", bag))
        let indicators = try #require(parse(Self.validIndicators, path: "plan/indicators.yaml", bag))
        let columns = try #require(parse(Self.columns(section: "二、"), path: "plan/columns.yaml", bag))
        let tasks = try #require(parse(Self.validTasks, path: "plan/tasks.yaml", bag))
        let decoded = PlanDecoder.decode(plan: plan, indicators: indicators, columns: columns, tasks: tasks, diagnostics: bag)
        #expect(bag.items.isEmpty)
        let result = try #require(decoded)

        #expect(result.title == "临江市“十四五”城乡社区服务体系建设规划")
        #expect(result.issuer == "临江市人民政府办公室")
        #expect(result.documentNumber == nil)
        #expect(result.issuedOn == CalendarDate(year: 2022, month: 12, day: 12))
        #expect(result.period == YearRange(start: 2021, end: 2025))
        #expect(result.baselineYear == 2020)
        #expect(result.targetYear == 2025)
        #expect(result.basis == [BasisDocument(title: "吉林省“十四五”城乡社区服务体系建设规划", documentNumber: "吉政办发〔2022〕18号")])
        #expect(result.summary == "为进一步推动我市城乡社区服务体系建设高质量发展……")
        #expect(result.goals == nil)
        #expect(result.indicatorTableTitle == "专栏1 “十四五”城乡社区服务体系主要指标")

        #expect(result.indicators.count == 2)
        let first = try #require(result.indicators.first)
        #expect(first.number == "1")
        #expect(first.id == "1") // no id: the number
        #expect(first.direction == .higherIsBetter) // no direction: 正向
        #expect(first.attribute == .expected)
        #expect(first.baseline.description == "100%")
        #expect(first.target.number == 100)
        #expect(first.actuals.map(\.year) == [2021, 2022, 2023]) // written 2023, 2021, 2022
        #expect(first.actuals.map(\.value.description) == ["98.5%", "99%", "100%"])
        #expect(first.note == nil)
        #expect(first.unit == "%")

        let second = try #require(result.indicators.last)
        #expect(second.id == "crime-rate")
        #expect(second.number == "8")
        #expect(second.attribute == .binding)
        #expect(second.direction == .lowerIsBetter)
        #expect(second.target.comparator == .atMost)
        #expect(second.target.number == 0.3)
        #expect(second.actuals.isEmpty)
        #expect(second.note == "按常住人口计算。")

        #expect(result.sections.map(\.number) == ["二、", "三、"])
        let task = try #require(result.sections.first?.tasks.first)
        #expect(task.number == "（五）")
        #expect(task.text == "压实乡镇（街）党（工）委责任。")
        #expect(task.responsible == ["市委组织部", "市民政局"])
        #expect(task.responsibleAlso == "等部门及各乡镇、街道")
        #expect(result.sections.last?.tasks.first?.responsible == [])

        let column = try #require(result.columns.first)
        #expect(result.columns.count == 1)
        #expect(column.number == "2")
        #expect(column.section == "二、")
        let item = try #require(column.items.first)
        #expect(item.number == "1.")
        #expect(item.title == "实施社会组织培育行动")
        #expect(item.targets.count == 1)
        #expect(item.targets.first?.year == 2023)
        #expect(item.targets.first?.value.number == 1)
        #expect(item.targets.first?.value.unit == "家")
    }
}
