import Foundation
import PackagePlugin

/// Embeds the repository's `profiles/` and `templates/` into the target it is applied
/// to, as `EmbeddedResources.files`, so the binary carries its built-in defaults.
@main
struct EmbedResources: BuildToolPlugin {
    /// Top-level folders whose files are embedded.
    static let folders = ["profiles", "templates", "schema"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var inputs: [URL] = []
        for folder in Self.folders {
            let directory = root.appending(path: folder)
            guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) else {
                continue
            }
            for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                if !url.lastPathComponent.hasPrefix(".") { inputs.append(url) }
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) built-in resource files",
                executable: try context.tool(named: "resource-embedder").url,
                arguments: [output.path, root.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }
}
