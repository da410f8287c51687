#if canImport(Glibc)
    import Glibc
#endif

/// glibc's `malloc` keeps blocks of 128 KiB and more apart from the rest (each mapped on its
/// own and handed back when freed), but raises that size each time such a block is freed, up
/// to 32 MiB: a calendar, whose pieces are texts of a few hundred KiB made and freed again and
/// again, then gets them from the heap, where freed ones leave holes that stay resident. Fixing
/// the size at glibc's default keeps them apart for the whole run: a month's calendar of
/// 100,000 items peaked at 254–264 MiB with the size left to move, 243–245 MiB with it fixed
/// (BENCHMARKS.md). `mallopt` is looked up rather than declared: Swift's Glibc module leaves
/// out `malloc.h`.
enum MallocTuning {
    /// `M_MMAP_THRESHOLD` in glibc's `malloc.h`.
    private static let mmapThreshold: Int32 = -3

    /// Fixes the size from which blocks are mapped on their own; false where there is no glibc.
    @discardableResult
    static func keepLargeBlocksApart() -> Bool {
        #if canImport(Glibc)
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
            let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
            return mallopt(mmapThreshold, 128 * 1024) == 1
        #else
            return false
        #endif
    }
}
