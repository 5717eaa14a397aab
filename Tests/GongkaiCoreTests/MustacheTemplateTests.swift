import Testing

@testable import GongkaiCore

/// The template engine, on the Mustache rules templates rely on. Expected outputs are written
/// out by hand from the Mustache manual.
@Suite struct MustacheTemplateTests {
    private struct Person: TemplateValue {
        var name: String
        var title: String?
        var age: Int
        var active: Bool
        var tags: [String]

        var templateData: TemplateData {
            var fields = TemplateFields(capacity: 5)
            fields.add("name", name)
            fields.add("title", title)
            fields.add("age", age)
            fields.add("active", active)
            fields.add("tags", tags)
            return fields.data
        }
    }

    private struct Page: TemplateValue {
        var heading: String
        var people: [Person]
        var note: String?
        var empty: [String]

        var templateData: TemplateData {
            var fields = TemplateFields(capacity: 4)
            fields.add("heading", heading)
            fields.add("people", people)
            fields.add("note", note)
            fields.add("empty", empty)
            return fields.data
        }
    }

    private func render(_ templates: [String: String], _ value: some TemplateValue, name: String = "main") throws -> String {
        var parsed: [String: [MustacheNode]] = [:]
        for (key, text) in templates { parsed[key] = try MustacheParser.parse(text) }
        return String(decoding: try #require(MustacheRenderer(templates: parsed).render(name, with: value.templateData)), as: UTF8.self)
    }

    private let page = Page(
        heading: "名单 <甲>",
        people: [
            Person(name: "张三", title: "书记", age: 52, active: true, tags: ["党务", "村务"]),
            Person(name: "李四", title: nil, age: 7, active: false, tags: []),
        ],
        note: nil, empty: [])

    @Test func variablesAreEscapedUnlessTripleOrAmpersand() throws {
        #expect(try render(["main": "{{heading}}|{{{heading}}}|{{& heading}}"], page) == "名单 &lt;甲&gt;|名单 <甲>|名单 <甲>")
        let quotes = Page(heading: "a&b\"c'd", people: [], note: nil, empty: [])
        #expect(try render(["main": "{{heading}}"], quotes) == "a&amp;b&quot;c&#39;d")
    }

    @Test func numbersAndBooleansPrintAsWritten() throws {
        #expect(try render(["main": "{{#people}}{{age}}/{{active}} {{/people}}"], page) == "52/true 7/false ")
    }

    @Test func aMissingOrNilNameRendersNothing() throws {
        #expect(try render(["main": "[{{nothing}}][{{note}}][{{heading.nothing}}]"], page) == "[][][]")
    }

    @Test func sectionsRepeatOverListsAndTestBooleansAndOptionals() throws {
        let template = "{{#people}}{{name}}{{#active}}*{{/active}}{{#title}}（{{.}}）{{/title}}{{^title}}（无）{{/title}};{{/people}}"
        #expect(try render(["main": template], page) == "张三*（书记）;李四（无）;")
        #expect(try render(["main": "{{^empty}}空{{/empty}}{{#empty}}有{{/empty}}{{^people}}无人{{/people}}"], page) == "空")
    }

    @Test func namesAreLookedUpTheStackAndAlongDottedPaths() throws {
        // Inside a person, `heading` is not a field of the person, so it comes from the page.
        #expect(try render(["main": "{{#people}}{{heading}}:{{name}} {{/people}}"], page) == "名单 &lt;甲&gt;:张三 名单 &lt;甲&gt;:李四 ")
        // `.name` reads only the current value.
        #expect(try render(["main": "{{#people}}[{{.heading}}]{{/people}}"], page) == "[][]")
        var outer = TemplateFields(capacity: 1)
        outer.add("inner", page.people[0])
        #expect(try render(["main": "{{inner.name}} {{#inner}}{{tags.0}}{{/inner}}"], outer.data) == "张三 ")
    }

    @Test func standaloneTagsTakeTheirWholeLine() throws {
        let template = """
            <ul>
              {{#people}}
              <li>{{name}}</li>
              {{/people}}
              {{! a comment on its own line }}
            </ul>

            """
        #expect(try render(["main": template], page) == "<ul>\n  <li>张三</li>\n  <li>李四</li>\n</ul>\n")
        // A tag sharing its line with text keeps the line.
        #expect(try render(["main": "a {{#people}}x{{/people}}\nb"], page) == "a xx\nb")
    }

    @Test func standalonePartialsIndentEveryLine() throws {
        let templates = ["main": "<div>\n  {{> item}}\n</div>\n", "item": "<p>{{heading}}</p>\n<p>2</p>\n"]
        #expect(try render(templates, page) == "<div>\n  <p>名单 &lt;甲&gt;</p>\n  <p>2</p>\n</div>\n")
    }

    @Test func inheritingTemplatesFillTheParentsBlocks() throws {
        let templates = [
            "layout": "<title>{{$title}}默认{{/title}}</title>\n<main>\n{{$main}}{{/main}}\n</main>\n",
            "main": "{{<layout}}\n{{$main}}\n<h1>{{heading}}</h1>\n{{/main}}\n{{/layout}}\n",
        ]
        #expect(try render(templates, page) == "<title>默认</title>\n<main>\n<h1>名单 &lt;甲&gt;</h1>\n\n</main>\n")
    }

    @Test func delimitersCanBeChanged() throws {
        #expect(try render(["main": "{{=<% %>=}}<% heading %>{{heading}}<%={{ }}=%>{{heading}}"], page)
            == "名单 &lt;甲&gt;{{heading}}名单 &lt;甲&gt;")
    }

    @Test func syntaxErrorsSayWhatAndWhere() throws {
        func failure(_ text: String) -> MustacheSyntaxError? {
            do {
                _ = try MustacheParser.parse(text)
                return nil
            } catch {
                return error
            }
        }
        let unclosed = try #require(failure("<p>\n{{#people}}\n{{name}}\n"))
        #expect(unclosed.message.contains("{{#people}}"))
        #expect(unclosed.line == 4)
        let mismatched = try #require(failure("第一行\n{{#a}}x{{/b}}"))
        #expect(mismatched.message.contains("{{/b}}"))
        #expect(mismatched.line == 2 && mismatched.column == 11)
        let badName = try #require(failure("ok {{名字}}"))
        #expect(badName.line == 1 && badName.column == 6)
        #expect(failure("{{#a}}{{/a}}{{/a}}")?.message.contains("多余") == true)
        #expect(failure("{{uppercase(name)}}") != nil)
        #expect(failure("{{! never closed") != nil)
        #expect(failure("{{<layout}}<p>text is fine</p>{{name}}{{/layout}}") != nil)
    }
}
