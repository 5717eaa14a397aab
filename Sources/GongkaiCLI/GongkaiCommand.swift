import ArgumentParser
import GongkaiCore

/// `gongkai`: the root command; each subcommand lives in its own file.
public struct GongkaiCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "gongkai",
        abstract: "村(居)务公开网站生成器：把 content/ 里的规划和村(社区)数据生成为静态网站。",
        discussion: "内容格式见 docs/content-format.md，错误代码见 docs/errors.md。",
        version: GongkaiVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self],
        defaultSubcommand: nil
    )

    public init() {}
}

/// The program's entry point. It parses the command line and runs the chosen command,
/// awaiting it when it is asynchronous (`serve`). Called from `main.swift`; written out here
/// because a top-level `await GongkaiCommand.main()` in another module resolves to the
/// synchronous overload.
public enum GongkaiMain {
    public static func run() async {
        do {
            var command = try GongkaiCommand.parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            GongkaiCommand.exit(withError: error)
        }
    }
}
