import ArgumentParser
import Foundation

/// The content folder that `gongkai new township|village|disclosure|list|finance` adds to.
struct NewContentOptions: ParsableArguments {
    @Option(name: [.customShort("c"), .long], help: "内容文件夹（网站的 content/）。")
    var content: String = "content"

    var contentURL: URL { URL(fileURLWithPath: content) }

    /// ` --content 文件夹` for the commands suggested next; empty for the default folder.
    var argument: String { content == "content" ? "" : " --content \(NewReport.shellQuoted(content))" }
}
