import GongkaiCLI

await GongkaiMain.run()
