"""Page-junk rules and layout thresholds, kept as data in one place and compiled once.

A line is matched against these after trimming; each rule carries the reason reported to the client
in ``meta.boilerplate`` so that nothing is dropped silently.
"""

from __future__ import annotations

import re
from typing import Final

# (pattern matched against the whole trimmed line, case-insensitive; reason shown to the client)
_JUNK_LINES: Final[tuple[tuple[str, str], ...]] = (
    (r"skip to (?:main )?content", "navigation link"),
    (r"(?:jump|go) to (?:navigation|search|main content)", "navigation link"),
    (r"(?:main )?menu|navigation|search|home|toggle navigation", "navigation link"),
    (r"leave a (?:reply|comment)|post a comment|\d+ comments?|comments?", "comment form"),
    (r"your email address will not be published\.?.*", "comment form"),
    (r"required fields are marked \*?", "comment form"),
    (r"(?:read|see) (?:also|more)\s*:?|related(?: articles| posts| stories)?\s*:?|latest(?: news)?\s*:?",
     "related-links widget"),
    (r"(?:more|also) on this (?:topic|story)\s*:?|recommended(?: for you)?\s*:?", "related-links widget"),
    (r"for more such (?:articles|stories|updates).*", "social follow prompt"),
    (r"(?:follow|like) us on .{0,80}", "social follow prompt"),
    (r"share(?: this(?: article| story| post)?)?(?: on)?\s*:?(?:\s*(?:facebook|twitter|x|linkedin|"
     r"whatsapp|email|reddit|telegram)[\s,|/]*)*", "share widget"),
    (r"(?:facebook|twitter|linkedin|whatsapp|email|print|reddit|telegram)(?:\s*[|/,]\s*"
     r"(?:facebook|twitter|linkedin|whatsapp|email|print|reddit|telegram))*", "share widget"),
    (r"(?:subscribe|sign up)(?: now| today)?(?: to| for)? (?:our )?(?:newsletter|updates).{0,80}", "newsletter prompt"),
    (r"we use cookies.{0,300}|(?:accept|reject|manage)(?: all)? cookies.{0,80}|cookie (?:policy|settings)",
     "cookie banner"),
    (r"advertisement|sponsored(?: content)?|ad|ads", "advertisement"),
    (r"(?:©|\(c\)|copyright).{0,200}|all rights reserved\.?", "copyright notice"),
    (r"\d{1,3}", "stray number"),
    (r"[-–—*•|_=#~.\s]+", "separator line"),
    (r"(?:image|photo|picture)(?: credit)?\s*:.{0,120}|getty images|reuters/.{0,60}", "image caption credit"),
    (r"(?:previous|next)(?: article| post| story)?\s*:?.{0,0}", "pagination link"),
    (r"print(?: this)?(?: article| page)?|email this(?: article)?|back to top", "page tool"),
)

JUNK_LINE_RULES: Final[tuple[tuple[re.Pattern[str], str], ...]] = tuple(
    (re.compile(rf"(?:{pattern})", re.IGNORECASE), reason) for pattern, reason in _JUNK_LINES
)
assert JUNK_LINE_RULES, "junk rules must never be empty"

# A metadata line pasted above a headline: "date 2024-01-12", "Published: March 3, 2024", maybe
# followed on the same line by the headline itself.
DATE_LINE: Final = re.compile(
    # The label may carry markdown emphasis: "**Published:** 4 June 2024", "_Date_: 2024-06-04".
    r"^\s*[*_]{0,2}(?:date|published(?: on)?|posted(?: on)?|updated(?: on)?)\s*[:\-]?\s*[*_]{0,2}\s*[:\-]?\s*"
    r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}|"
    r"(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})"
    r"(?:\s*[|,.;]\s*|\s+|$)",
    re.IGNORECASE,
)
# A markdown heading: "# Title", "## Section" (the marks are not part of the heading's text).
MARKDOWN_HEADING: Final = re.compile(r"(?P<marks>#{1,6})[ \t]+(?P<text>\S.*?)(?:[ \t]+#+)?[ \t]*$")
# A wire dateline opening the first paragraph: "WASHINGTON, March 3 (Reuters) -".
# The city may be followed by its state or country ("LOUISVILLE, Ky., Feb 26 -").
DATELINE: Final = re.compile(
    r"^\s*[A-Z][A-Z .'-]{2,40},\s*(?:[A-Z][A-Za-z.]{1,15},\s*)?"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*(?:\([A-Za-z ]{2,30}\))?\s*[-–—]{1,2}"
)
# ... or name only the agency: "LONDON (Reuters) -", "WASHINGTON, D.C. (AP) --".
WIRE_DATELINE: Final = re.compile(
    r"^\s*[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][A-Za-z. ]{1,20})?\s*"
    r"\((?:Reuters|AP|AFP|UPI|Bloomberg|dpa|Xinhua|CNN|BBC)\)\s*[-–—]{1,2}"
)

# A complete date written out in prose: "October 26, 2025", "11 October 2022", "2024-01-12".
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
FULL_DATE: Final = re.compile(
    rf"\b(?P<date>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,\s*\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}}|"
    r"\d{4}-\d{2}-\d{2})\b"
)
# Statements and readouts give their date in the headline or in the opening words ("On 23 November
# 2025, representatives ... met"); a date further into the text is about something else.
OPENING_DATE_CHARS: Final = 400

# Markers of structure.
BULLET: Final = re.compile(
    r"^[ \t]*(?:(?P<unordered>[-*•–·▪●])|\d{1,3}[.)]|\(?[a-zA-Z]\)|\([ivx]{1,5}\))[ \t]+(?=\S)"
)
TABLE_ROW: Final = re.compile(r"^\s*\|.*\|\s*$")
TABLE_RULE: Final = re.compile(r"^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$")
TRUNCATION_MARK: Final = re.compile(r"(?:\.\.\.|…)\s*$")

# Headings are short lines without sentence punctuation. 20 words covers long news subheadings
# ("Implications of Carney's Meeting with Xi Jinping for Trade and Climate Cooperation") while
# staying below any real paragraph.
HEADING_MAX_WORDS: Final = 20
# A title may be longer (formal declarations run to ~30 words); 40 still excludes paragraphs.
TITLE_MAX_WORDS: Final = 40
# Share of capitalized words (of those 4+ letters long) that makes a line title case: headline style
# leaves a few function words lower case, so 0.6 accepts "Perception and Respect: The Pathway to Trust".
TITLE_CASE_MIN_SHARE: Final = 0.6
# Words shorter than this are ignored by the title-case test ("to", "and", "of" stay lower case).
TITLE_CASE_MIN_WORD_LEN: Final = 4
# The title is looked for among this many leading non-junk lines; a pasted page shows its headline
# above the body, after at most a standfirst and a repeated headline.
TITLE_SEARCH_LINES: Final = 4
# Characters that may end a heading: anything but sentence or clause punctuation.
SENTENCE_FINAL: Final = frozenset(".!?;:,。！？；：，")  # and their full-width forms in CJK text
CLOSING_QUOTES: Final = "\"'”’)»]"
# What ends a sentence, as opposed to a clause (a comma, a colon): a hard-wrapped line that stops on
# anything else goes on in the next line.
SENTENCE_END: Final = frozenset(".!?。！？")
# The last word of a hard-wrapped line that cannot end a sentence ("... urged the\nCity Council to"): the
# next line continues it even when that line opens with a capital (a name, a date).
CONTINUING_WORDS: Final = frozenset({
    "the", "a", "an", "of", "to", "and", "or", "but", "nor", "in", "on", "at", "for", "with", "by", "from",
    "into", "than", "as", "that", "its", "their", "his", "her", "our", "is", "are", "was", "were", "be",
    "been", "has", "have", "had", "will", "would", "said", "says", "told", "including", "between",
})

# A photo caption run into the text, as pasted pages carry them: "Tragic: The man was thrown off his
# bike", "Pictured: ...". One to three capitalized words and a colon open the sentence. Summaries never
# quote captions (they restate the story in headline style and often name a photo, not an event).
CAPTION: Final = re.compile(r"(?:[A-Z][\w'’-]*\s){0,2}[A-Z][\w'’-]*:\s")

