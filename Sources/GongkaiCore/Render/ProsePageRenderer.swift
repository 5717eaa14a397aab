/// A page from `pages/*.md` (`<slug>/index.html`).
enum ProsePageRenderer {
    struct Context {
        var frame: PageFrame
        var title: String
        var html: String
    }

    static func render(_ page: ProsePage, frames: FrameBuilder, templates: TemplateLibrary) -> OutputFile {
        let folder = page.slug + "/"
        let frame = frames.frame(title: page.title, folder: folder, crumbs: [(page.title, nil)])
        let context = Context(frame: frame, title: page.title, html: MarkdownRenderer.html(page.body))
        return templates.page(folder + "index.html", context, template: "page")
    }
}

extension ProsePageRenderer.Context: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 3)
        fields.add("frame", frame)
        fields.add("title", title)
        fields.add("html", html)
        return fields.data
    }
}
