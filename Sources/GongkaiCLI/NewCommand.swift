import ArgumentParser

/// `gongkai new`: scaffolds a whole new site, or a new township, village, disclosure, list or
/// period of finance data in an existing one. Every field is present and commented in Chinese, what is written
/// builds as it is, and no existing file is ever overwritten.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "新建网站，或在网站里新建乡镇（街道）、村（社区）、公开内容、清单、一期财务公开。",
        discussion: """
            新建的文件列出了每一个字段，并用中文注释说明怎么填，照着填空即可；不改也能通过 gongkai build。\
            gongkai new 不会覆盖任何已有的文件：要新建的文件已经存在时，什么也不写，退出码为 1。
            """,
        subcommands: [
            NewSiteCommand.self, NewTownshipCommand.self, NewVillageCommand.self, NewDisclosureCommand.self, NewListCommand.self,
            NewFinanceCommand.self,
        ]
    )
}
