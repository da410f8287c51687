import Foundation
import PostplanTestSupport
import Testing

/// Checks of the rendered calendar by programs other than postplan: a real browser draws the
/// HTML page, and independent iCalendar parsers read the .ics file. Each is skipped with a
/// message when its program is missing, except with CI=true, where `.ci/run` installs them and
/// a missing one is a failure.
@Suite("postplan calendar: checked by other programs")
struct CalendarExternalToolTests {
    static let isCI = Program.isCI
    static let chromium = Program.find("chromium") ?? Program.find("chromium-browser")
    static let python = Program.find("python3")
    static let oracles = CommandRunner.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tools/ics_oracles.py")
    static let hasOracles = python != nil && FileManager.default.fileExists(atPath: oracles.path)

    @Test(
        "headless Chromium draws the HTML week: the screenshot is not blank",
        .enabled(
            if: chromium != nil && python != nil || isCI,
            "chromium or python3 is missing; install chromium with apt-get install -y chromium (required when CI=true)"))
    func htmlScreenshotIsNotBlank() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("week.html")
        let rendered = try CommandRunner.run(["calendar", "--format", "html", "--output", page.path] + goldenWeek)
        #expect(rendered.status == 0)

        let (width, height, colors, inked) = try Self.screenshot(of: page, in: folder)
        #expect(width == 1280 && height == 900)
        #expect(colors > 50, "the screenshot has only \(Int(colors)) colours")
        #expect(inked > 0.05, "only \(inked * 100)% of the screenshot is not white")
    }

    /// A 1280 × 900 screenshot of the page by headless Chromium, measured: its width and
    /// height, how many colours it has, and the share of it that is not white.
    static func screenshot(of page: URL, in folder: URL) throws -> (width: Double, height: Double, colors: Double, inked: Double) {
        let chromium = try #require(Self.chromium, "chromium is not installed (apt-get install -y chromium)")
        let python = try #require(Self.python, "python3 is not installed")
        let screenshot = folder.appendingPathComponent(page.deletingPathExtension().lastPathComponent + ".png")
        let browser = try Program.run(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                "--screenshot=\(screenshot.path)", "--window-size=1280,900", page.absoluteString,
            ])
        #expect(FileManager.default.fileExists(atPath: screenshot.path), "chromium wrote no screenshot:\n\(browser.output)")
        let measured = try Program.run(python, ["-c", Self.pngMeasure, screenshot.path])
        let numbers = measured.output.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        try #require(numbers.count == 4, "could not measure the screenshot: \(measured.output)")
        return (numbers[0], numbers[1], numbers[2], numbers[3])
    }

    /// The page as headless Chromium has it once its script ran.
    static func domAfterScripts(of page: URL, in folder: URL) throws -> String {
        let chromium = try #require(Self.chromium, "chromium is not installed (apt-get install -y chromium)")
        let browser = try Program.run(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                "--dump-dom", page.absoluteString,
            ])
        return browser.output
    }

    @Test(
        "in Chromium the HTML page marks today's column and the deadlines already past, and no others",
        .enabled(if: chromium != nil || isCI, "chromium is missing; install it with apt-get install -y chromium (required when CI=true)"))
    func htmlMarksTodayAndOverdue() throws {
        let repo = try scratchRepo([
            "plans/plan.yaml": """
            postplan: 1
            timezone: Europe/Berlin
            channels:
              team: { platform: linkedin }
              page: { platform: linkedin, account: company-page }
            items:
              - { id: old-page, kind: product-page, channels: [page], name: Old, category: Software, cta: { type: learn-more, url: "https://a.example" }, launch: 2020-06-05 }
              - { id: new-page, kind: product-page, channels: [page], name: New, category: Software, cta: { type: learn-more, url: "https://a.example" }, launch: 2099-06-05 }
              - { id: old-poll, kind: poll, channels: [team], at: 2020-06-01 09:00, question: Old?, options: [A, B], other-option: true, duration: 1d }
              - { id: new-poll, kind: poll, channels: [team], at: 2099-06-01 09:00, question: New?, options: [A, B], other-option: true, duration: 1d }

            """
        ])
        defer { try? FileManager.default.removeItem(at: repo) }
        // Today in the plans' zone, the way the page's script reads the reader's clock.
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Europe/Berlin")
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        let today = formatter.string(from: Date())
        var pages: [String: String] = [:]
        for (name, range) in [
            ("past", ["--from", "2020-06-01", "--to", "2020-06-07"]), ("future", ["--from", "2099-06-01", "--to", "2099-06-07"]),
            ("today", ["--from", today]),
        ] {
            let page = repo.appendingPathComponent("\(name).html")
            let rendered = try CommandRunner.run(["calendar", "plans", "--output", page.path] + range + CommandRunner.today, in: repo)
            #expect(rendered.status == 0, "\(rendered.stderr)")
            pages[name] = try Self.domAfterScripts(of: page, in: repo)
        }
        #expect(pages["past"]?.contains("class=\"deadline overdue\"") == true, "\(pages["past"] ?? "")")
        // A deadline due on a day (a launch) is overdue once that day is past, like one due at a time.
        #expect(pages["past"]?.contains("class=\"deadline overdue\" data-due=\"2020-06-05\"") == true, "\(pages["past"] ?? "")")
        #expect(pages["future"]?.contains("class=\"deadline\" data-due=\"2099-06-05\"") == true, "\(pages["future"] ?? "")")
        #expect(pages["future"]?.contains("deadline overdue") == false)
        #expect(pages["past"]?.contains("day today") == false)
        #expect(pages["today"]?.contains("class=\"day today\" data-date=\"\(today)\"") == true, "\(pages["today"] ?? "")")
    }

    @Test(
        "every available iCalendar oracle accepts the .ics week (../shared/tools/ics_oracles.py)",
        .enabled(if: hasOracles || isCI, "python3 or ../shared/tools/ics_oracles.py is missing (required when CI=true)"))
    func icsOraclesPass() throws {
        let python = try #require(Self.python, "python3 is not installed")
        try #require(FileManager.default.fileExists(atPath: Self.oracles.path), "\(Self.oracles.path) is missing")
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        for week in ["2026-W48", "2026-W49", "2026-W50"] {
            let file = folder.appendingPathComponent("\(week).ics").path
            let rendered = try CommandRunner.run(["calendar", "--format", "ics", "--output", file, "--week", week, "--today", "2026-11-22"])
            #expect(rendered.status == 0)
            files.append(file)
        }
        let report = try Program.run(python, [Self.oracles.path] + files)
        #expect(report.status == 0, "an oracle failed:\n\(report.output)")
        let verdicts = report.output.split(separator: "\n").filter { $0.hasPrefix("  ") }.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(!verdicts.isEmpty, "no oracle ran:\n\(report.output)")
        for verdict in verdicts {
            let passed = verdict.contains(" ok") || (verdict.hasSuffix("n/a") && !Self.isCI)
            #expect(passed, "\(verdict) (every oracle must pass; with CI=true every oracle must also be installed)")
        }
        let missing = Set(verdicts.filter { $0.hasSuffix("n/a") }.compactMap { $0.split(separator: " ").first.map(String.init) })
        if !missing.isEmpty { print("note: iCalendar oracles not installed, not checked: \(missing.sorted().joined(separator: ", "))") }
    }

    /// Prints a PNG's width, height, number of distinct colours and fraction of non-white
    /// pixels (8-bit RGB or RGBA, non-interlaced, as Chromium writes them).
    static let pngMeasure = #"""
        import struct, sys, zlib
        data = open(sys.argv[1], "rb").read()
        assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
        pos, chunks = 8, {}
        while pos < len(data):
            length, kind = struct.unpack(">I4s", data[pos:pos + 8])
            chunks.setdefault(kind, []).append(data[pos + 8:pos + 8 + length])
            pos += 12 + length
        width, height, depth, color = struct.unpack(">IIBB", chunks[b"IHDR"][0][:10])
        assert depth == 8 and color in (2, 6), "unsupported PNG: depth %d, colour type %d" % (depth, color)
        step = 3 if color == 2 else 4
        raw = zlib.decompress(b"".join(chunks[b"IDAT"]))
        stride = width * step
        previous, colors, inked = bytearray(stride), set(), 0
        for row in range(height):
            kind, line = raw[row * (stride + 1)], bytearray(raw[row * (stride + 1) + 1:(row + 1) * (stride + 1)])
            for i in range(stride):
                left = line[i - step] if i >= step else 0
                up, corner = previous[i], previous[i - step] if i >= step else 0
                if kind == 1: line[i] = (line[i] + left) & 255
                elif kind == 2: line[i] = (line[i] + up) & 255
                elif kind == 3: line[i] = (line[i] + (left + up) // 2) & 255
                elif kind == 4:
                    p = left + up - corner
                    pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                    line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
            for x in range(0, stride, step):
                pixel = bytes(line[x:x + 3])
                colors.add(pixel)
                inked += pixel != b"\xff\xff\xff"
            previous = line
        print(width, height, len(colors), inked / (width * height))
        """#
}
