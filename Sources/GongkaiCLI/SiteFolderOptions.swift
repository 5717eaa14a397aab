import ArgumentParser
import Foundation

/// The folders every command that reads a site needs.
struct SiteFolderOptions: ParsableArguments {
    @Option(name: [.customShort("c"), .long], help: "内容文件夹。")
    var content: String = "content"

    @Option(name: [.customShort("t"), .long], help: "模板文件夹。")
    var templates: String = "templates"

    var contentURL: URL { URL(fileURLWithPath: content) }
    var templatesURL: URL { URL(fileURLWithPath: templates) }
}
