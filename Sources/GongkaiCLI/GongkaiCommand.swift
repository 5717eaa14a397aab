import ArgumentParser

/// `gongkai`: the root command; each subcommand lives in its own file.
public struct GongkaiCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "gongkai",
        abstract: "村(居)务公开网站生成器：把 content/ 里的规划和村(社区)数据生成为静态网站。",
        discussion: "内容格式见 docs/content-format.md，错误代码见 docs/errors.md。",
        version: GongkaiVersion.current,
        subcommands: [BuildCommand.self],
        defaultSubcommand: nil
    )

    public init() {}
}

public enum GongkaiVersion {
    public static let current = "0.1.0"
}
