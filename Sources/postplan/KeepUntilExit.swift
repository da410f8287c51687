/// Keeps what a command read alive until the process ends. Freeing a plan repo's items, texts
/// and ranges one by one is serial work at the very end of a run (about 35 million
/// instructions, several milliseconds, for 10,000 items); at exit the operating system takes
/// the memory back at once. For values a command holds until it returns anyway.
func keepUntilExit(_ value: some Any) {
    _ = Unmanaged.passRetained(Kept(value))
}

private final class Kept<Value> {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}
