import Testing

@testable import PostplanKit

@Suite("Calendar templates: where they come from")
struct TemplateSourceTests {
    static let repo = InMemoryFileSystem(files: [
        "repo/plans/q4.yaml": "postplan: 1\n",
        "repo/templates/calendar.md.mustache": "My calendar {{title}}\n",
        "repo/templates/checklists.yaml": "postplan-checklists: 1\nevery-item: [Our own task]\n",
        "bare/plans/q4.yaml": "postplan: 1\n",
    ])

    @Test("the templates folder of a plan repo is the one beside its plan folder, also for a plan file")
    func folderBesidePlans() {
        #expect(TemplateSource.folder(besidePlans: "repo/plans", on: Self.repo) == "repo/templates")
        #expect(TemplateSource.folder(besidePlans: "repo/plans/", on: Self.repo) == "repo/templates")
        #expect(TemplateSource.folder(besidePlans: "repo/plans/q4.yaml", on: Self.repo) == "repo/templates")
        #expect(TemplateSource.folder(besidePlans: "bare/plans", on: Self.repo) == nil)
        let root = InMemoryFileSystem(files: ["plans/a.yaml": "", "templates/x": ""])
        #expect(TemplateSource.folder(besidePlans: "plans", on: root) == "templates")
    }

    @Test("a template in the folder wins over the built-in one")
    func overrideWins() throws {
        let source = TemplateSource(folder: "repo/templates", fileSystem: Self.repo)
        let file = try source.template(named: MarkdownCalendarRenderer.templateName)
        #expect(file == TemplateFile(path: "repo/templates/calendar.md.mustache", text: "My calendar {{title}}\n"))
    }

    @Test("a template the folder lacks comes from the binary")
    func builtInFallback() throws {
        let source = TemplateSource(folder: "repo/templates", fileSystem: Self.repo)
        let file = try source.template(named: HTMLCalendarRenderer.templateName)
        #expect(file.path == "templates/calendar.html.mustache")
        #expect(file.text.contains("<!DOCTYPE html>"))
        #expect(
            try TemplateSource(folder: nil, fileSystem: Self.repo).template(named: "calendar.md.mustache").path == "templates/calendar.md.mustache")
    }

    @Test("a template that is not UTF-8 is a template error naming the file")
    func invalidEncoding() {
        let fileSystem = InMemoryFileSystem(bytes: ["t/calendar.md.mustache": [0x66, 0xFF, 0x66]])
        #expect(throws: TemplateError(path: "t/calendar.md.mustache", message: "the template is not valid UTF-8")) {
            try TemplateSource(folder: "t", fileSystem: fileSystem).template(named: "calendar.md.mustache")
        }
    }

    @Test("the folder's checklists.yaml replaces the built-in defaults")
    func checklistOverride() {
        let (defaults, problems) = TemplateSource(folder: "repo/templates", fileSystem: Self.repo).checklistDefaults(platforms: [])
        #expect(problems.isEmpty)
        #expect(defaults?.everyItem.map(\.value) == ["Our own task"])
        #expect(defaults?.kinds.isEmpty == true)
    }

    @Test("without a checklists.yaml of its own, a repo gets the built-in defaults")
    func checklistBuiltIn() {
        let (defaults, problems) = TemplateSource(folder: nil, fileSystem: Self.repo).checklistDefaults(platforms: [])
        #expect(problems.isEmpty)
        #expect(defaults?.kinds[.poll]?.isEmpty == false)
    }
}
