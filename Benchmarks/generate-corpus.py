#!/usr/bin/env python3
"""Writes a deterministic plan repo for postplan's benchmark.

    python3 Benchmarks/generate-corpus.py --items 10000 --out .build-bench/corpus/items-10000

The repo has a channels file (eight platforms, thirteen channels, three time zones), a
platforms file (the ad placements a team adds for X, Threads, Instagram and XING), and the
items, 100 to a file, in `plans/items/`. Every kind appears on every platform that offers
it, with values that are valid there (text lengths, hashtags, poll options, media types,
alt text, ad placements, product-page CTAs), so the corpus is mostly clean. A few realistic
findings are planted, all warnings or infos so that `postplan calendar` still renders:

- a hashtag after an unquoted value, which YAML reads as a comment (`hashtag-comment`);
- a time in the autumn daylight-saving overlap (`ambiguous-time`);
- hashtags in text that goes to Bluesky (`bluesky-hashtags`, lint);
- polls without "Other, see comments" (`poll-other-option`, lint) and dialogue items
  without a reply task (`missing-reply-plan`, lint).

Texts run from 100 to 600 characters, in six languages (some non-Latin), some with emoji,
some with links; about 1 % of the items repeat (weekly, daily with a count, monthly).
Everything is placed in 2027 (with `--month M`, every dated item in month M), so run postplan
with `--today 2027-01-01`.

The output depends only on --items and --seed: the generator uses its own small random
number generator, not Python's, so the corpus is the same on every Python version.
Standard library only.
"""

import argparse
import os
import shutil

ITEMS_PER_FILE = 100
YEAR = 2027


class SplitMix64:
    """A tiny deterministic PRNG (Steele, Lea and Flood's SplitMix64)."""

    MASK = (1 << 64) - 1

    def __init__(self, seed):
        self.state = seed & self.MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & self.MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & self.MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & self.MASK
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def between(self, low, high):
        """An integer in low...high, both included."""
        return low + self.below(high - low + 1)

    def chance(self, percent):
        return self.below(10000) < percent * 100

    def pick(self, values):
        return values[self.below(len(values))]

    def sample(self, values, count):
        pool = list(values)
        chosen = []
        for _ in range(min(count, len(pool))):
            chosen.append(pool.pop(self.below(len(pool))))
        return chosen


# Channels: (id, platform, account, handle, time zone or None).
CHANNELS = [
    ("acme-linkedin", "linkedin", "company-page", "acme", None),
    ("urs-linkedin", "linkedin", "profile", "urs-meier", None),
    ("acme-showcase", "linkedin", "showcase-page", "acme-planner", "America/New_York"),
    ("acme-x", "x", None, "acme", None),
    ("urs-x", "x", None, "ursmeier", None),
    ("acme-bluesky", "bluesky", None, "acme.bsky.social", None),
    ("acme-mastodon", "mastodon", None, "acme", None),
    ("acme-threads", "threads", None, "acme", None),
    ("acme-insta", "instagram", None, "acme", None),
    ("acme-jp-insta", "instagram", None, "acme_jp", "Asia/Tokyo"),
    ("acme-facebook", "facebook", "page", "acmeplanner", None),
    ("acme-fb-group", "facebook", "group", "acme-planners", None),
    ("urs-xing", "xing", None, "urs_meier", None),
]
PLATFORM_OF = {channel[0]: channel[1] for channel in CHANNELS}

# Text limits as postplan counts them (profiles/*.yaml); None: no limit known.
TEXT_LIMIT = {
    "linkedin": 3000, "x": 280, "bluesky": 300, "mastodon": 500, "threads": 500,
    "instagram": 2200, "facebook": 63206, "xing": None,
}
MAX_HASHTAGS = {"threads": 1, "instagram": 5}
MEDIA_TYPES = {
    "linkedin": {"image", "video", "document"}, "x": {"image", "video", "gif"},
    "bluesky": {"image", "video", "gif"}, "mastodon": {"image", "video", "gif"},
    "threads": {"image", "video"}, "instagram": {"image", "video"},
    "facebook": {"image", "video", "gif"}, "xing": {"image", "video", "gif", "document"},
}
MAX_MEDIA = {"x": 4, "bluesky": 4, "mastodon": 4, "instagram": 10, "facebook": 10, "threads": 20}
NEEDS_MEDIA = {"instagram"}

# Sentences per language; texts are built from them.
SENTENCES = {
    "en": [
        "Planning a quarter of posts in one afternoon is easier than it sounds.",
        "We asked fifty marketing teams how they plan their week, and the answers surprised us.",
        "The best posts start a conversation instead of ending one.",
        "A calendar is only useful when the whole team can read it at a glance.",
        "What is the one planning habit you would never give up?",
        "Our new week view shows every slot with its checklist, so nothing slips through.",
        "Reply to comments within a day: the people who take the time to write deserve an answer.",
        "Three small changes doubled the replies on our company page this month.",
        "Launch days are calmer when the review was submitted two weeks earlier.",
        "Every channel has its own rhythm; learn it before you automate it.",
    ],
    "de": [
        "Wir planen unsere Beiträge jetzt ein Quartal im Voraus – und sparen jede Woche Stunden.",
        "Welche Gewohnheit hilft Ihnen am meisten, den Überblick über Ihre Kanäle zu behalten?",
        "Gute Beiträge beginnen ein Gespräch, statt es zu beenden.",
        "Unser Team trifft sich montags für fünfzehn Minuten, um die Woche durchzugehen.",
        "Kommentare verdienen eine Antwort: Wer sich Zeit nimmt zu schreiben, sollte gehört werden.",
        "Größere Kampagnen laufen ruhiger, wenn die Prüfung früh eingereicht wurde.",
    ],
    "ja": [
        "四半期分の投稿を一日の午後で計画できます。",
        "チーム全員が一目で読めるカレンダーが一番役に立ちます。",
        "コメントには一日以内に返信しましょう。",
        "新しい週表示では、すべての枠にチェックリストが付いています。",
        "あなたが手放せない計画の習慣は何ですか？",
    ],
    "ru": [
        "Мы планируем публикации на квартал вперёд и экономим несколько часов в неделю.",
        "Хороший пост начинает разговор, а не заканчивает его.",
        "Отвечайте на комментарии в течение дня: люди, которые пишут, заслуживают ответа.",
        "Какая привычка помогает вам не терять из виду все каналы?",
    ],
    "el": [
        "Σχεδιάζουμε τις αναρτήσεις ενός τριμήνου σε ένα απόγευμα.",
        "Οι καλές αναρτήσεις ξεκινούν μια συζήτηση αντί να την τελειώνουν.",
        "Απαντήστε στα σχόλια μέσα σε μία ημέρα.",
    ],
    "ar": [
        "نخطط منشورات ربع سنة كاملة في فترة ما بعد الظهر.",
        "المنشورات الجيدة تبدأ حوارا بدلا من أن تنهيه.",
        "رد على التعليقات خلال يوم واحد.",
    ],
}
LANGUAGE_WEIGHTS = [("en", 60), ("de", 20), ("ja", 7), ("ru", 6), ("el", 4), ("ar", 3)]
EMOJI = ["🚀", "📅", "✅", "💡", "🎉", "👀", "🙌", "👩‍💻", "🇩🇪", "❤️"]
HASHTAGS = ["#planning", "#socialmedia", "#marketing", "#contentstrategy", "#teamwork"]
LINK_PATHS = ["webinar", "blog/quarter-in-an-afternoon", "demo", "pricing", "blog/reply-within-a-day", "changelog"]
PILLARS = ["brand", "people", "insights", "relationships"]
STATUSES = ["idea", "draft", "ready", "scheduled"]
OWNERS = ["urs", "mia", "jonas", "aiko"]
REPLY_TASK = "Reply to every comment within 24 hours"
OTHER_TASKS = ["Pin a first comment with the link", "Share in two relevant groups", "Check the preview on mobile"]


def weighted_language(rng):
    roll = rng.below(100)
    for language, weight in LANGUAGE_WEIGHTS:
        if roll < weight:
            return language
        roll -= weight
    return "en"


def link(rng):
    return "https://acme.example/" + rng.pick(LINK_PATHS)


def cost(text):
    """An upper bound of every platform's count: UTF-8 bytes, plus 23 for each link
    (X and Mastodon count a short link as 23)."""
    return len(text.encode("utf-8")) + 23 * text.count("https://")


def build_text(rng, low, high, hashtags=0, links=True):
    """A text of low...high characters (a little over when the last sentence is long)."""
    language = weighted_language(rng)
    target = rng.between(low, high)
    parts = []
    length = 0
    while length < target:
        sentence = rng.pick(SENTENCES[language])
        if length >= low and length + len(sentence) + 1 > target:
            break
        parts.append(sentence)
        length += len(sentence) + 1
    if rng.chance(25):
        parts.append(rng.pick(EMOJI))
    if links and rng.chance(30):
        parts.append(link(rng))
    parts.extend(rng.sample(HASHTAGS, hashtags))
    return " ".join(parts)


def fits(text, channels):
    for channel in channels:
        platform = PLATFORM_OF[channel]
        limit = TEXT_LIMIT[platform]
        if limit is not None and cost(text) > limit:
            return False
        if text.count("#") > MAX_HASHTAGS.get(platform, 50):
            return False
    return True


def yaml_text(text, indent):
    """A text as a block scalar (long or several sentences) or a double-quoted scalar."""
    pad = " " * indent
    if len(text) > 160:
        # Break into lines of about 80 characters, as people write block scalars.
        lines, line = [], ""
        for word in text.split(" "):
            if line and len(line) + 1 + len(word) > 80:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
        return "|\n" + "".join(f"{pad}  {line}\n" for line in lines)
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"\n'


def media_for(rng, channels, kind):
    """Attachments every channel of the item takes, or [] when none is wanted."""
    platforms = {PLATFORM_OF[c] for c in channels}
    need = bool(platforms & NEEDS_MEDIA) or kind == "story"
    if kind in ("poll",):
        return []
    if not need and not rng.chance(45):
        return []
    allowed = set.intersection(*(MEDIA_TYPES[p] for p in platforms))
    limit = min(MAX_MEDIA.get(p, 10) for p in platforms)
    roll = rng.below(100)
    if "video" in allowed and roll < 25:
        return [("video", f"assets/video-{rng.below(400):03d}.mp4", "A short clip of the team at work")]
    if "document" in allowed and roll < 35 and kind == "post":
        return [("document", f"assets/guide-{rng.below(50):02d}.pdf", "The planning guide as a PDF")]
    count = 1 if roll < 70 else rng.between(2, min(4, limit))
    return [("image", f"assets/image-{rng.below(2000):04d}.jpg", rng.pick([
        "A desk with a printed week plan and a coffee cup",
        "Screenshot of the week view with three slots",
        "The team at the whiteboard",
        "A chart of replies per week going up",
    ])) for _ in range(count)]


def write_media(out, media, indent):
    pad = " " * indent
    out.append(f"{pad}media:\n")
    for kind, file, alt in media:
        out.append(f"{pad}  - {{ type: {kind}, file: {file}, alt: {alt} }}\n")


MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
# With --month, every date an item is placed by falls in that month (1 to 12); repeats keep
# their series, so some of their occurrences fall in it too.
ONLY_MONTH = None


def day_and_time(rng):
    if ONLY_MONTH is not None:
        month, day = ONLY_MONTH - 1, rng.between(0, MONTH_DAYS[ONLY_MONTH - 1] - 1)
    else:
        day = rng.between(0, 364)
        month = 0
        while day >= MONTH_DAYS[month]:
            day -= MONTH_DAYS[month]
            month += 1
    hour = rng.between(7, 20)
    minute = rng.pick([0, 15, 30, 45])
    return f"{YEAR}-{month + 1:02d}-{day + 1:02d}", f"{hour:02d}:{minute:02d}"


def common_fields(rng, out, intent, kind, plant):
    pad = "    "
    out.append(f"{pad}pillar: {rng.pick(PILLARS)}\n")
    out.append(f"{pad}intent: {intent}\n")
    if rng.chance(40):
        out.append(f"{pad}status: {rng.pick(STATUSES)}\n")
    if rng.chance(30):
        out.append(f"{pad}owner: {rng.pick(OWNERS)}\n")
    wants_reply = intent == "dialogue" or kind == "poll"
    tasks = []
    if wants_reply and not plant.get("no-reply"):
        tasks.append(REPLY_TASK)
    if rng.chance(20):
        tasks.append(rng.pick(OTHER_TASKS))
    if tasks:
        out.append(f"{pad}checklist: [{', '.join(tasks)}]\n")


def post(rng, index, out, plant):
    channel_sets = [
        ["acme-linkedin"], ["urs-linkedin"], ["acme-x"], ["urs-x", "urs-linkedin"],
        ["acme-linkedin", "acme-x", "acme-bluesky", "acme-mastodon"],
        ["acme-bluesky", "acme-mastodon"], ["acme-threads"], ["acme-insta"], ["acme-jp-insta"],
        ["acme-facebook"], ["acme-fb-group"], ["urs-xing"], ["acme-showcase", "acme-linkedin"],
        ["acme-insta", "acme-facebook", "acme-threads"],
    ]
    channels = list(rng.pick(channel_sets))
    if plant.get("bluesky-hashtags") and "acme-bluesky" not in channels:
        channels.append("acme-bluesky")
    hashtags = 1 if rng.chance(30) else 0
    text = build_text(rng, 100, 600, hashtags=hashtags)
    if plant.get("bluesky-hashtags") and "#" not in text:
        text += " " + rng.pick(HASHTAGS)
    intent = rng.pick(["dialogue", "dialogue", "information", "information", "information", "information", "information", "promotion"])
    out.append(f"  - id: post-{index:06d}\n")
    out.append("    kind: post\n")
    out.append(f"    channels: [{', '.join(channels)}]\n")
    schedule(rng, out, plant)
    # Drawn here, written after the media: a document post always has a title (LinkedIn
    # shows a document under one).
    has_title = rng.chance(20)
    # Channels whose limits the main text breaks get a short variant of their own.
    variants = [c for c in channels if not fits(text, [c])]
    if variants == channels:
        # Every channel is a short-text one: the item's own text is short.
        while not fits(text, channels):
            text = build_text(rng, 60, 200, hashtags=hashtags)
        variants = []
    if plant.get("hashtag-comment"):
        out.append(f"    text: Our week in one picture #{rng.pick(['planning', 'teamwork'])}\n")
        variants = []
    else:
        out.append(f"    text: {yaml_text(text, 4)}")
    if variants:
        out.append("    variants:\n")
        for channel in variants:
            short = build_text(rng, 60, 110, links=False)
            while not fits(short, [channel]):
                short = build_text(rng, 40, 80, links=False)
            out.append(f"      {channel}: {{ text: {yaml_text(short, 8).strip()} }}\n")
    media = media_for(rng, channels, "post")
    if media:
        write_media(out, media, 4)
    if has_title or any(entry[0] == "document" for entry in media):
        out.append(f"    title: Post {index}\n")
    if rng.chance(10):
        out.append(f"    link: {link(rng)}\n")
    if rng.chance(15):
        out.append(f"    campaign: {rng.pick(['spring-launch', 'summer-webinars', 'autumn-guide'])}\n")
    common_fields(rng, out, intent, "post", plant)


def schedule(rng, out, plant):
    if plant.get("repeat"):
        roll = rng.below(3)
        weekday = rng.pick(["mon", "tue", "wed", "thu", "fri"])
        time = rng.pick(["08:30", "12:00", "17:15"])
        if roll == 0:
            out.append(f'    repeat: {{ every: week, on: [{weekday}], at: "{time}", from: {YEAR}-01-04, until: {YEAR}-12-31 }}\n')
        elif roll == 1:
            out.append(f'    repeat: {{ every: day, at: "{time}", from: {YEAR}-{rng.between(1, 11):02d}-01, count: 10 }}\n')
        else:
            out.append(f'    repeat: {{ every: month, at: "{time}", from: {YEAR}-01-{rng.between(1, 28):02d} }}\n')
        return
    date, time = day_and_time(rng)
    if plant.get("ambiguous-time"):
        date, time = f"{YEAR}-10-31", "02:30"
    out.append(f"    at: {date} {time}\n")


def poll(rng, index, out, plant):
    channel_sets = [["urs-linkedin"], ["acme-linkedin"], ["acme-x"], ["acme-x", "acme-mastodon"],
                    ["acme-threads"], ["urs-linkedin", "urs-x", "acme-mastodon", "acme-threads"]]
    channels = rng.pick(channel_sets)
    questions = [
        "Where do you draft your posts?", "How often do you post on your company page?",
        "What makes you reply to a post?", "Which day do you plan your week?",
        "Wie planen Sie Ihre Woche?", "週の計画はいつ立てますか？",
    ]
    option_sets = [
        ["In the app", "In a doc", "In a planner"], ["Daily", "Weekly", "Monthly"],
        ["A question", "A good story", "A chart"], ["Monday", "Friday", "Sunday evening"],
        ["Montags", "Freitags"], ["月曜日", "金曜日", "日曜日"],
    ]
    pick = rng.below(len(questions))
    out.append(f"  - id: poll-{index:06d}\n")
    out.append("    kind: poll\n")
    out.append(f"    channels: [{', '.join(channels)}]\n")
    schedule(rng, out, {})
    out.append(f'    question: "{questions[pick]}"\n')
    out.append(f"    options: [{', '.join(option_sets[pick])}]\n")
    if not plant.get("no-other-option"):
        out.append("    other-option: true\n")
    out.append(f"    duration: {'1d' if len(channels) > 1 or channels[0] != 'urs-linkedin' else rng.pick(['1d', '3d', '1w', '2w'])}\n")
    common_fields(rng, out, "dialogue", "poll", plant)


def story(rng, index, out, plant):
    channels = rng.pick([["acme-insta"], ["acme-facebook"], ["acme-insta", "acme-facebook"], ["acme-jp-insta"]])
    out.append(f"  - id: story-{index:06d}\n")
    out.append("    kind: story\n")
    out.append(f"    channels: [{', '.join(channels)}]\n")
    schedule(rng, out, {})
    write_media(out, media_for(rng, channels, "story"), 4)
    if rng.chance(50):
        out.append(f"    text: {yaml_text(build_text(rng, 100, 200, links=False), 4)}")
    if rng.chance(30):
        out.append(f"    expires: {rng.pick(['12h', '24h'])}\n")
    common_fields(rng, out, rng.pick(["information", "dialogue"]), "story", plant)


def product_page(rng, index, out, plant):
    date, _ = day_and_time(rng)
    if date < f"{YEAR}-01-20" and ONLY_MONTH is None:
        date = f"{YEAR}-02-{rng.between(1, 28):02d}"
    out.append(f"  - id: page-{index:06d}\n")
    out.append("    kind: product-page\n")
    out.append("    channels: [acme-linkedin]\n")
    out.append(f"    name: Acme {rng.pick(['Planner', 'Calendar', 'Review Desk', 'Reply Inbox'])} {index}\n")
    out.append(f"    category: {rng.pick(['Social Media Management Software', 'Project Management Software', 'Marketing Software'])}\n")
    out.append(f"    description: {yaml_text(build_text(rng, 100, 400), 4)}")
    cta = rng.pick(["request-demo", "learn-more", "contact-us", "sign-up", "download", "try-now"])
    out.append(f'    cta: {{ type: {cta}, url: "https://acme.example/{cta}" }}\n')
    out.append(f"    launch: {date}\n")
    write_media(out, [("video", f"assets/tour-{index}.mp4", "A two-minute tour of the product")], 4)
    common_fields(rng, out, "information", "product-page", plant)


def ad(rng, index, out, plant):
    choices = [
        (["acme-linkedin"], "sponsored-content"), (["acme-showcase"], "sponsored-content"),
        (["acme-facebook"], "feed"), (["acme-x"], "promoted-posts"),
        (["acme-insta"], "feed-ads"), (["acme-threads"], "feed-ads"), (["urs-xing"], "sponsored-posts"),
    ]
    channels, placement = rng.pick(choices)
    date, time = day_and_time(rng)
    out.append(f"  - id: ad-{index:06d}\n")
    out.append("    kind: ad\n")
    out.append(f"    channels: [{', '.join(channels)}]\n")
    out.append(f"    placement: {placement}\n")
    out.append(f"    at: {date} {time}\n")
    if rng.chance(70):
        out.append(f"    until: {YEAR}-12-31\n")
    text = build_text(rng, 60, 200, links=False)
    while not fits(text, channels):
        text = build_text(rng, 40, 100, links=False)
    out.append(f"    text: {yaml_text(text, 4)}")
    media = media_for(rng, channels, "ad")
    if media:
        write_media(out, media, 4)
    if rng.chance(60):
        out.append(f'    cta: {{ type: learn-more, url: "https://acme.example/{rng.pick(LINK_PATHS)}" }}\n')
    out.append(f"    campaign: {rng.pick(['spring-launch', 'summer-webinars', 'autumn-guide'])}\n")
    common_fields(rng, out, "promotion", "ad", plant)


KINDS = [(post, 72), (poll, 8), (story, 8), (ad, 10), (product_page, 2)]


def item(rng, index, out):
    # Planted findings and repeats, by index so that every corpus size has them.
    plant = {}
    if index % 97 == 13:
        plant["repeat"] = True
    if index % 2503 == 7:
        plant["hashtag-comment"] = True
    if index % 4999 == 11:
        plant["ambiguous-time"] = True
    if index % 331 == 5:
        plant["bluesky-hashtags"] = True
    if index % 389 == 3:
        plant["no-reply"] = True
    if any(plant.get(k) for k in ("repeat", "hashtag-comment", "ambiguous-time", "bluesky-hashtags")):
        post(rng, index, out, plant)
        return
    if index % 211 == 17:
        plant["no-other-option"] = True
        poll(rng, index, out, plant)
        return
    roll = rng.below(100)
    for make, weight in KINDS:
        if roll < weight:
            make(rng, index, out, plant)
            return
        roll -= weight
    post(rng, index, out, plant)


def channels_file():
    out = ["# The accounts the benchmark corpus publishes to.\n", "postplan: 1\n", "timezone: Europe/Berlin\n", "\n", "channels:\n"]
    for channel, platform, account, handle, zone in CHANNELS:
        fields = [f"platform: {platform}"]
        if account:
            fields.append(f"account: {account}")
        fields.append(f"handle: {handle}")
        if platform == "mastodon":
            fields.append("instance: mastodon.social")
        if zone:
            fields.append(f"timezone: {zone}")
        out.append(f"  {channel}: {{ {', '.join(fields)} }}\n")
    return "".join(out)


PLATFORMS_FILE = """\
# The ad placements this team buys where postplan's profiles list none.
postplan: 1

platforms:
  x:
    ad:
      placements: [promoted-posts, amplify-pre-roll]
  threads:
    ad:
      placements: [feed-ads]
  instagram:
    ad:
      placements: [feed-ads, stories-ads, reels-ads, explore-ads]
  xing:
    ad:
      placements: [sponsored-posts, display-ads]
"""


def generate(items, out_dir, seed):
    rng = SplitMix64(seed * 1_000_003 + items)
    plans = os.path.join(out_dir, "plans")
    if os.path.exists(out_dir):
        shutil.rmtree(out_dir)
    os.makedirs(os.path.join(plans, "items"))
    with open(os.path.join(plans, "channels.yaml"), "w", encoding="utf-8") as f:
        f.write(channels_file())
    with open(os.path.join(plans, "platforms.yaml"), "w", encoding="utf-8") as f:
        f.write(PLATFORMS_FILE)
    files = (items + ITEMS_PER_FILE - 1) // ITEMS_PER_FILE
    total = 0
    for number in range(files):
        out = [f"# Items {number * ITEMS_PER_FILE + 1} to {min(items, (number + 1) * ITEMS_PER_FILE)} of the benchmark corpus.\n",
               "postplan: 1\n", "timezone: Europe/Berlin\n", "\n", "items:\n"]
        for index in range(number * ITEMS_PER_FILE, min(items, (number + 1) * ITEMS_PER_FILE)):
            if index > number * ITEMS_PER_FILE:
                out.append("\n")
            item(rng, index, out)
        text = "".join(out)
        total += len(text.encode("utf-8"))
        with open(os.path.join(plans, "items", f"{number:05d}.yaml"), "w", encoding="utf-8") as f:
            f.write(text)
    return files + 2, total


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, required=True)
    parser.add_argument("--out", required=True, help="folder to (re)create; the plans go to OUT/plans")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--month", type=int, choices=range(1, 13), metavar="1-12",
                        help="place every dated item in this month of the year (a month's calendar of a large repo)")
    args = parser.parse_args()
    global ONLY_MONTH
    ONLY_MONTH = args.month
    files, size = generate(args.items, args.out, args.seed)
    print(f"{args.out}: {args.items} items in {files} files, {size / 1e6:.1f} MB of items")


if __name__ == "__main__":
    main()
