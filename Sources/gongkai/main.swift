import GongkaiCLI

GongkaiCommand.main()
