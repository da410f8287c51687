import Foundation

/// The report's charts as inline SVG: no scripts, no external resources, text in the page's
/// font. Colours are the Okabe–Ito palette (told apart with colour blindness), and each
/// series also has its own marker and dash pattern, and each bar its value, so that the
/// charts still read printed in grey.
struct ReportCharts {
    let report: ResultReport

    static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#999999"]
    static let dashes = ["", "8 4", "2 3", "10 3 2 3", "4 4", "1 2", "12 2", "6 2 2 2"]
    static let width = 960.0, height = 360.0
    /// The plot area inside the axes.
    static let left = 80.0, right = 20.0, top = 64.0, bottom = 70.0

    /// Every platform of the report, in id order, with its colour, dash and marker.
    private var platformIndex: [String: Int] {
        Dictionary(uniqueKeysWithValues: report.platforms.enumerated().map { ($1.key, $0 % Self.palette.count) })
    }

    /// Interactions of the posts of each day, one line per platform.
    func interactionsOverTime() -> String? {
        let days = report.posts.compactMap { post in (post.published.map { String($0.prefix(10)) }).flatMap(LocalDate.init(iso:)) }
        guard let first = days.min(), let last = days.max() else { return nil }
        let span = max(1, last - first)
        var series: [String: [Int: Int]] = [:]
        for post in report.posts {
            guard let day = post.published.flatMap({ LocalDate(iso: String($0.prefix(10))) }) else { continue }
            series[post.platform, default: [:]][day - first, default: 0] += post.interactions
        }
        let maximum = Self.niceCeiling(Double(series.values.flatMap(\.values).max() ?? 1))
        var svg = Self.open(
            title: "Interactions over time per platform", description: "Interactions of the posts of each day, one line per platform")
        svg += Self.yAxis(maximum: maximum, label: "Interactions (posts of the day)", format: { ReportNumbers.decimal($0) })
        let step = max(1, span / 10)
        for offset in stride(from: 0, through: span, by: step) {
            let x = Self.x(Double(offset), of: Double(span))
            let day = first.adding(days: offset).description
            svg += Self.tick(x: x, label: String(day.dropFirst(5)))
        }
        svg += Self.xLabel("Day the posts went out (\(first.description.prefix(4)))")
        for (platform, points) in series.sorted(by: { $0.key < $1.key }) {
            let style = platformIndex[platform] ?? 0
            let coordinates = points.sorted { $0.key < $1.key }.map {
                (Self.x(Double($0.key), of: Double(span)), Self.y(Double($0.value), of: maximum))
            }
            let path = coordinates.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")
            svg +=
                "<polyline fill=\"none\" stroke=\"\(Self.palette[style])\" stroke-width=\"2.5\" stroke-dasharray=\"\(Self.dashes[style])\" points=\"\(path)\"/>\n"
            for (x, y) in coordinates { svg += Self.marker(style, x: x, y: y) }
        }
        svg += platformLegend(series.keys.sorted())
        return svg + "</svg>\n"
    }

    /// Each cross-posted item's interactions per channel, side by side.
    func crossPostComparison() -> String? {
        guard !report.crossPosts.isEmpty else { return nil }
        let maximum = Self.niceCeiling(Double(report.crossPosts.flatMap(\.channels).map(\.interactions).max() ?? 1))
        var svg = Self.open(title: "Cross-posted items", description: "Interactions of the same item on each channel it went out on")
        svg += Self.yAxis(maximum: maximum, label: "Interactions", format: { ReportNumbers.decimal($0) })
        let groupWidth = (Self.width - Self.left - Self.right) / Double(report.crossPosts.count)
        for (index, crossPost) in report.crossPosts.enumerated() {
            let barWidth = min(60, groupWidth * 0.8 / Double(crossPost.channels.count))
            let start = Self.left + groupWidth * Double(index) + (groupWidth - barWidth * Double(crossPost.channels.count)) / 2
            for (offset, channel) in crossPost.channels.enumerated() {
                svg += bar(
                    x: start + barWidth * Double(offset), width: barWidth, value: Double(channel.interactions), maximum: maximum,
                    style: platformIndex[channel.platform] ?? 0, label: String(channel.interactions))
            }
            let label = crossPost.item + (crossPost.published.map { " " + String($0.prefix(10).dropFirst(5)) } ?? "")
            svg += Self.tick(x: Self.left + groupWidth * (Double(index) + 0.5), label: label)
        }
        svg += Self.xLabel("Item (day it went out)")
        svg += platformLegend(Array(Set(report.crossPosts.flatMap(\.channels).map(\.platform))).sorted())
        return svg + "</svg>\n"
    }

    /// The median rate of each format, a bar per rate basis: rates per impression and per
    /// follower are not put into one median.
    func rateByFormat() -> String? {
        let bases = [Metric.impressions.rawValue, Metric.followers.rawValue]
        let formats = Set(report.posts.map(\.format)).sorted()
        let medians = formats.map { format in
            bases.map { basis in
                RobustStatistics.median(report.posts.filter { $0.format == format && $0.rateBasis == basis }.compactMap(\.rate))
            }
        }
        guard let highest = medians.joined().compactMap({ $0 }).max() else { return nil }
        let maximum = Self.niceCeiling(highest * 100)
        var svg = Self.open(
            title: "Interaction rate by format",
            description: "The median interaction rate of each format's posts, in per cent, per impression and per follower")
        svg += Self.yAxis(maximum: maximum, label: "Median interaction rate (%)", format: { ReportNumbers.decimal($0) })
        let slot = (Self.width - Self.left - Self.right) / Double(formats.count)
        let width = min(60, slot * 0.8 / Double(bases.count))
        for (index, format) in formats.enumerated() {
            let start = Self.left + slot * (Double(index) + 0.5) - width * Double(bases.count) / 2
            for (offset, median) in medians[index].enumerated() {
                guard let median else { continue }
                svg += bar(
                    x: start + width * Double(offset), width: width, value: median * 100, maximum: maximum, style: offset,
                    label: ReportNumbers.percent(median))
            }
            let count = report.posts.filter { $0.format == format }.count
            svg += Self.tick(x: Self.left + slot * (Double(index) + 0.5), label: "\(format) (\(count) post\(count == 1 ? "" : "s"))")
        }
        svg += Self.xLabel("Format (posts)")
        svg += Self.legend([("per impression", 0), ("per follower", 1)])
        return svg + "</svg>\n"
    }

    // MARK: Drawing

    private static func open(title: String, description: String) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 \(number(width)) \(number(height))" width="\(number(width))" height="\(number(height))" font-family="system-ui, sans-serif" font-size="13">
        <title>\(XMLEscaping.text(title))</title>
        <desc>\(XMLEscaping.text(description))</desc>
        <rect x="0" y="0" width="\(number(width))" height="\(number(height))" fill="#ffffff"/>
        <text x="\(number(left))" y="24" font-size="16" font-weight="bold">\(XMLEscaping.text(title))</text>

        """
    }

    private static func yAxis(maximum: Double, label: String, format: (Double) -> String) -> String {
        var svg = ""
        let plotBottom = height - bottom
        for step in 0...5 {
            let value = maximum * Double(step) / 5, y = Self.y(value, of: maximum)
            svg += "<line x1=\"\(number(left))\" x2=\"\(number(width - right))\" y1=\"\(number(y))\" y2=\"\(number(y))\" stroke=\"#dddddd\"/>\n"
            svg += "<text x=\"\(number(left - 8))\" y=\"\(number(y + 4))\" text-anchor=\"end\">\(XMLEscaping.text(format(value)))</text>\n"
        }
        svg += "<line x1=\"\(number(left))\" x2=\"\(number(left))\" y1=\"\(number(top))\" y2=\"\(number(plotBottom))\" stroke=\"#000000\"/>\n"
        svg +=
            "<line x1=\"\(number(left))\" x2=\"\(number(width - right))\" y1=\"\(number(plotBottom))\" y2=\"\(number(plotBottom))\" stroke=\"#000000\"/>\n"
        let middle = (top + plotBottom) / 2
        svg +=
            "<text x=\"18\" y=\"\(number(middle))\" text-anchor=\"middle\" transform=\"rotate(-90 18 \(number(middle)))\">\(XMLEscaping.text(label))</text>\n"
        return svg
    }

    private static func tick(x: Double, label: String) -> String {
        let y = height - bottom
        return "<line x1=\"\(number(x))\" x2=\"\(number(x))\" y1=\"\(number(y))\" y2=\"\(number(y + 5))\" stroke=\"#000000\"/>\n"
            + "<text x=\"\(number(x))\" y=\"\(number(y + 20))\" text-anchor=\"middle\">\(XMLEscaping.text(label))</text>\n"
    }

    private static func xLabel(_ label: String) -> String {
        "<text x=\"\(number((left + width - right) / 2))\" y=\"\(number(height - 18))\" text-anchor=\"middle\">\(XMLEscaping.text(label))</text>\n"
    }

    private func bar(x: Double, width: Double, value: Double, maximum: Double, style: Int, label: String) -> String {
        let y = Self.y(value, of: maximum), base = Self.height - Self.bottom
        return
            "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(width - 2))\" height=\"\(Self.number(base - y))\" fill=\"\(Self.palette[style])\" stroke=\"#000000\" stroke-width=\"0.5\"/>\n"
            + "<text x=\"\(Self.number(x + width / 2 - 1))\" y=\"\(Self.number(y - 5))\" text-anchor=\"middle\">\(XMLEscaping.text(label))</text>\n"
    }

    /// A marker of the series' shape: circle, square, triangle, diamond, then again.
    private static func marker(_ style: Int, x: Double, y: Double) -> String {
        let colour = palette[style], size = 5.0
        switch style % 4 {
        case 0: return "<circle cx=\"\(number(x))\" cy=\"\(number(y))\" r=\"\(number(size))\" fill=\"\(colour)\"/>\n"
        case 1:
            return
                "<rect x=\"\(number(x - size))\" y=\"\(number(y - size))\" width=\"\(number(2 * size))\" height=\"\(number(2 * size))\" fill=\"\(colour)\"/>\n"
        case 2:
            return
                "<polygon points=\"\(number(x)),\(number(y - size - 1)) \(number(x + size + 1)),\(number(y + size)) \(number(x - size - 1)),\(number(y + size))\" fill=\"\(colour)\"/>\n"
        default:
            return
                "<polygon points=\"\(number(x)),\(number(y - size - 1)) \(number(x + size + 1)),\(number(y)) \(number(x)),\(number(y + size + 1)) \(number(x - size - 1)),\(number(y))\" fill=\"\(colour)\"/>\n"
        }
    }

    /// The platforms' styles, with their names, for a legend.
    private func platformLegend(_ platforms: [String]) -> String {
        Self.legend(platforms.map { (report.platformName(of: $0), platformIndex[$0] ?? 0) })
    }

    /// A row of entries under the title, each its marker, line and label.
    private static func legend(_ entries: [(label: String, style: Int)]) -> String {
        var svg = "", x = left
        for (label, style) in entries {
            svg += marker(style, x: x + 8, y: 44)
            svg +=
                "<line x1=\"\(number(x - 4))\" x2=\"\(number(x + 20))\" y1=\"44\" y2=\"44\" stroke=\"\(palette[style])\" stroke-width=\"2.5\" stroke-dasharray=\"\(dashes[style])\"/>\n"
            svg += "<text x=\"\(number(x + 26))\" y=\"48\">\(XMLEscaping.text(label))</text>\n"
            x += 30 + 8 * Double(label.count) + 16
        }
        return svg
    }

    private static func x(_ value: Double, of span: Double) -> Double {
        left + 20 + (width - left - right - 40) * value / span
    }

    private static func y(_ value: Double, of maximum: Double) -> Double {
        (height - bottom) - (height - bottom - top) * value / maximum
    }

    /// The smallest 1, 2 or 5 times a power of ten at or above a value (1 for 0).
    static func niceCeiling(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        let power = pow(10, floor(log10(value)))
        return [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= value } ?? 10 * power
    }

    /// A coordinate with at most one decimal, for a stable and short SVG.
    private static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
