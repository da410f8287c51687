extension Workspace {
    /// The repo's default time zone: the first one a plan file declares, in path order.
    static func defaultTimeZone(of files: [PlanFile]) -> TimeZoneID {
        files.lazy.compactMap(\.timezone).first?.value ?? TimeZoneID("UTC")
    }

    /// The time zone an item's local times are read in on one channel: the item's own,
    /// else the channel's, else its file's, else the repo's.
    public func timeZone(of item: Item, on channel: Channel) -> TimeZoneID {
        if let zone = item.timezone ?? channel.timezone { return zone.value }
        return fileTimeZones[item.range.path] ?? defaultTimeZone
    }
}

extension Workspace {
    /// The time zone a channel's posting slots are read in: the channel's own, else its file's,
    /// else the repo's.
    public func timeZone(of channel: Channel) -> TimeZoneID {
        channel.timezone?.value ?? fileTimeZones[channel.range.path] ?? defaultTimeZone
    }
}
