extension Workspace {
    /// Every result of every file, in file order.
    public var results: [PublishedResult] {
        files.flatMap(\.results)
    }
}
