"""``parse_release``: raw bytes of a saved MOFA web page -> ``ParsedRelease``.

Steps: check the bytes (size, NUL, UTF-8), split into lines, normalise spaces, drop site
furniture (Korean navigation, breadcrumbs, "Skip navigation", "상세보기" lines), read the
section, other-language headers, the title (dropping its repeat) and the date block
("Date / 2014-12-06 / hit / 3063" or "• Date : 2016-06-13 22:00:00 / • Hit : 1781"), move
closing notes ("* unofficial translation") to ``notes``, and build ``cleaned_text`` = title
+ body, one paragraph per line. Every regex here is linear (no nested quantifiers).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from .sentences import split_sentences
from .types import ParsedRelease, ParseError, Span

# inline patterns, compiled once (re.search(r"…") pays a cache lookup per call)
_RX0 = re.compile(r"[A-Za-z]{3,}")

MAX_BYTES = 5 * 1024 * 1024  # a release page is a few KB; anything over 5 MB is not one
MAX_TITLE_CHARS = 400

_SPACE_RE = re.compile(r"[ \t\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_CTRL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_HANGUL_RE = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")

FURNITURE = frozenset(
    s.lower()
    for s in (
        "KOR", "ENG", "Skip navigation", "Skip to content", "Skip to main content",
        "Countries Information", "Print", "List", "Go to list", "Top", "Share", "Facebook",
        "Twitter", "Kakao", "Prev", "Next", "Previous", "Previous post", "Next post",
        "Home", "HOME", "Menu", "Search", "Close", "Open", "Sitemap", "Site map", "Login",
        "Attachment", "Attachments", "Attached file", "Download", "Preview", "Scrap",
        "Font size", "Increase", "Decrease", "Reset", "Copy URL", "Back", "More",
        # real mofa.go.kr / embassy / publicnow.com page furniture
        "SCREEN SIZE", "TYPE SIZE", "Text size", "Results", "RSS", "Instagram", "YouTube", "Blog",
        "Archived content", "Print page", "Print this page", "Share this page", "Go to top",
    )
)
SECTIONS = (
    "Press Releases", "Press Release", "Press Briefings", "Press Briefing",
    "Spokesperson's Press Briefings", "Spokesperson’s Press Briefings", "Speeches",
    "Speeches & Interviews", "Speeches and Interviews", "Statements", "Announcements",
    "News", "Embassy News", "Consulate News", "News & Announcements", "News and Announcements",
    "Notice", "Notices", "Ministry News", "Minister's Speeches", "Minister’s Speeches",
    "Foreign Minister's Speeches", "Foreign Minister’s Speeches", "Interviews", "Events",
    "Press", "Media", "Bulletin", "Contributions", "Articles", "Policy Briefings",
)
_SECTION_MAP = {s.lower(): s for s in SECTIONS}

_BREADCRUMB_RE = re.compile(r"^\d{1,2}\.\s?[^.]{1,40}$")
_ARROW_CRUMB_RE = re.compile(r"^(?:home|main)\s*[>›»]", re.I)
_DETAIL_RE = re.compile(r"상세보기$|^(?:view|detail)$", re.I)
_DATE_VALUE = r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:\.?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?"
_DATE_ONLY_RE = re.compile(r"^" + _DATE_VALUE + r"\.?$")
_DATE_LABEL_RE = re.compile(
    r"^[•·\-*]?\s*(?:date|posted on|posted|written date|registration date|reg\. date|"
    r"등록일|작성일|date of issue)\s*[:：]?\s*(.*)$",
    re.I,
)
_HIT_LABEL_RE = re.compile(r"^[•·\-*]?\s*(?:hits?|views?|view count|조회수?)\s*[:：]?\s*([\d,]*)$", re.I)
_NUMBER_RE = re.compile(r"^\d[\d,]{0,12}$")
_NOTE_RE = re.compile(
    r"^[*※(\[]*\s*(unofficial (?:english )?translation|this is an unofficial translation|"
    r"provisional translation|end|/end/|/ end /|-\s*end\s*-|#\s*#\s*#)\s*[)\]]*\.?$",
    re.I,
)
_BODY_START_RE = re.compile(r"^(?:\d{1,2}[.)]\s|[°◦•※▷]\s?|o\s|-\s)")
_LATIN_FOREIGN_RE = re.compile(
    r"\b(?:y|de|del|la|las|los|el|et|les|des|du|und|der|die|das|noticias|anuncios|"
    r"actualités|actualites|nachrichten|comunicados|prensa|notícias|notizie|novosti|"
    r"comunicado|avisos|communiqués|presse|embajada|ambassade|botschaft|embaixada|"
    # "news", "updates", "announcements" in the languages of the embassies' sites
    r"actualidad|novedades|noticia|aktuelles|aktuell|neuigkeiten|mitteilungen|"
    r"pressemitteilungen|nieuws|actualiteit|persberichten|notizia|comunicati|attualità|"
    r"novità|aktualności|wiadomości|komunikaty|aktuality|zprávy|hírek|știri|noutăți|"
    r"haberler|duyurular|berita|pengumuman|balita|tin tức|thông báo|uutiset|nyheter|"
    r"nyheder|fréttir|ειδήσεις|anúncios|novidades|actualidades|comunicações)\b",
    re.I,
)
# A short header line in a script other than Latin or Hangul (Cyrillic, Greek, Arabic, Hebrew,
# Thai, Devanagari, CJK, kana…) is a section header of a site in another language.
_OTHER_SCRIPT_RE = re.compile(
    r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f"
    r"\u3040-\u30ff\u4e00-\u9fff]"
)
_ENGLISH_RE = re.compile(r"\b(?:the|of|and|with|for|to|on|in|at|meets?|holds?|minister|korea)\b", re.I)


# the same replacements as _SPACE_RE.sub(" ", …), skipping the (very common) single spaces
_SPACE_FIX_RE = re.compile(r"[ \t\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]{2,}|"
                           r"[\t\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]")


def _norm_line(line: str) -> str:
    line = _CTRL_RE.sub("", line)
    return _SPACE_FIX_RE.sub(" ", line).strip()


def _decode(raw: bytes) -> str:
    if not isinstance(raw, (bytes, bytearray, memoryview)):
        raise ParseError(f"expected bytes, got {type(raw).__name__}")
    raw = bytes(raw)
    if not raw.strip():
        raise ParseError("empty file" if not raw else "empty file (whitespace only)", line=None)
    if len(raw) > MAX_BYTES:
        raise ParseError(f"file too large: {len(raw)} bytes (limit {MAX_BYTES} bytes); not a release page")
    nul = raw.find(b"\x00")
    if nul >= 0:
        line = raw.count(b"\n", 0, nul) + 1
        raise ParseError(f"binary file: NUL byte at byte offset {nul}", line=line)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        bad = raw[e.start : e.start + 1].hex()
        raise ParseError(
            f"not UTF-8: invalid byte 0x{bad} at byte offset {e.start} "
            f"(maybe latin-1 or cp949; re-save the page as UTF-8)",
            line=line,
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _parse_date(m: re.Match) -> tuple[dt.date | None, dt.datetime | None]:
    try:
        d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None, None
    if m.group(4) is not None:
        try:
            t = dt.time(int(m.group(4)), int(m.group(5)), int(m.group(6) or 0))
        except ValueError:
            return d, None
        return d, dt.datetime.combine(d, t)
    return d, None


def _looks_foreign_header(line: str) -> bool:
    if len(line) > 60 or len(line.split()) > 6:
        return False
    if _HANGUL_RE.search(line):
        return False
    if _OTHER_SCRIPT_RE.search(line) and not _RX0.search(line):
        return True
    return bool(_LATIN_FOREIGN_RE.search(line)) and not _ENGLISH_RE.search(line)


# An embassy site's first line is the mission's name in the local language ("Embaixada da
# República da Coreia no Brasil", "Kedutaan Besar Republik Korea untuk Republik Indonesia"):
# a word for embassy/consulate/mission that is not English, on a short line with no full stop.
_MISSION_LOCAL_RE = re.compile(
    r"\b(?:embajada|embaixada|ambassade|ambasciata|botschaft|kedutaan|ambasada|velvyslanectví|"
    r"veľvyslanectvo|nagykövetség|büyükelçiliği|suurlähetystö|ambassaden|ambassaden|ambasáid|"
    r"konsulat|consulado|consulat|consolato|generalkonsulat|đại sứ quán|embahada|sendiráð|"
    r"presbeia|πρεσβεία|représentation permanente|misión permanente|missão permanente)\b",
    re.I,
)
# The site's own name as a header line ("Ministry of Foreign Affairs REPUBLIC OF KOREA",
# "Ministry of Foreign Affairs of the Republic of Korea" on publicnow.com copies, an embassy's
# "Embassy of the Republic of Korea in the Federal Republic of Germany"): furniture before the
# title (kept as a last-resort title when nothing else follows).
_SITE_NAME_RE = re.compile(
    r"^(?:the )?(?:(?:Ministry of Foreign Affairs(?: and Trade)?|MOFA)(?:,| of| -)?(?: the)? Republic of Korea"
    r"(?: \(MOFA\))?|(?:Embassy|Consulate[- ]General|Consulate|Permanent Mission|Mission) of the Republic of Korea"
    r"(?: (?:in|to) [A-Z][^.:;!?|]{0,70})?)$",
    re.I,
)
# A list of the site's social-media links ("1. Ministry of Foreign Affairs, Republic of Korea
# facebook"): a short line (numbered or not) ending with a network's name.
_SOCIAL_RE = re.compile(
    r"^(?:\d{1,2}\.\s*)?[^.!?]{0,80}?\b(?:facebook|instagram|twitter|youtube|flickr|blog|kakao ?(?:story|talk)?|"
    r"naver|linkedin|tiktok|weibo|telegram|threads|x)$",
    re.I,
)
# An image's file or slot name left where a picture stood ("world1", "photo_02", "img.jpg").
_IMAGE_NAME_RE = re.compile(r"^(?:[a-z]{2,12}[_-]?\d{1,3}|[\w-]{1,40}\.(?:jpe?g|png|gif|webp))$", re.I)
_MONTHS = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|"
           r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_MONTH_NUM = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
# "June 30, 2022 14:30 KST", "Sep. 13, 2012 14:30 KST", "30 June 2022": a long-form date line
_LONG_DATE_RE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:(" + _MONTHS + r")\s?(\d{1,2}),?\s(\d{4})|(\d{1,2})\s(" + _MONTHS
    + r"),?\s(\d{4}))(?:,?\s+(\d{1,2}):(\d{2})(?::\d{2})?)?(?:\s*(?:KST|\(KST\)|local time|\(local time\)|GMT[+-]?\d*))?\.?$",
    re.I,
)
# publicnow.com: "07/01/2022 | Press release | Archived content", "11/07/2024 | Press release |
# Distributed by Public on 11/07/2024 02:39" (month first)
_PIPE_DATE_RE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})\s*\|")


def _long_date(m: re.Match) -> dt.date | None:
    mon, day, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
    try:
        return dt.date(int(year), _MONTH_NUM[mon[:3].lower()], int(day))
    except (ValueError, KeyError):
        return None


def _long_time(d: dt.date, m: re.Match) -> dt.datetime | None:
    if m.group(7) is None:
        return None
    try:
        return dt.datetime.combine(d, dt.time(int(m.group(7)), int(m.group(8))))
    except ValueError:
        return None


def _pipe_date(m: re.Match) -> dt.date | None:
    try:
        return dt.date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
    except ValueError:
        return None


# furniture that only ever precedes the title (the page's navigation, the detail-view line)
_BEFORE_TITLE_RE = re.compile(r"^(?:skip navigation|skip to (?:main )?content)$|상세보기$", re.I)


def _is_pre_title_header(lines: list[tuple[int, str]], i: int) -> bool:
    """A candidate title that is really page furniture: the mission's name in the local
    language, or any line still followed by the navigation ("Skip navigation") or the
    "… 상세보기" line before the body starts (the title comes after those)."""
    s = lines[i][1]
    if len(s.split()) <= 14 and not s.endswith(".") and _MISSION_LOCAL_RE.search(s):
        return True
    for _, t in lines[i + 1 : i + 16]:
        if _BODY_START_RE.match(t) or _DATE_LABEL_RE.match(t):
            return False
        if _BEFORE_TITLE_RE.search(t):
            return True
    return False


def _is_social_link(s: str) -> bool:
    if len(s) > 100 or not _SOCIAL_RE.match(s):
        return False
    return s[:1].isdigit() or bool(re.search(r"\b(?:Korea|Ministry|Embassy|Consulate|Mission|MOFA)\b", s, re.I))


_SITE_STARTS = ("Ministry", "MINISTRY", "MOFA", "Embassy", "EMBASSY", "Consulate", "Permanent", "Mission", "The ", "the ")


def _is_site_furniture(s: str) -> bool:
    """The site's name, or one of its social-media links (header lines before the title)."""
    if len(s) > 120 or not (s[:1].isdigit() or s.startswith(_SITE_STARTS)):
        return False
    return bool(_SITE_NAME_RE.match(s)) or _is_social_link(s)


def _canon(s: str) -> str:
    return s.lower().replace("’", "'")


class _Meta:
    __slots__ = ("section", "published_on", "published_at", "hits", "notes", "headers")

    def __init__(self) -> None:
        self.section = ""
        self.published_on: dt.date | None = None
        self.published_at: dt.datetime | None = None
        self.hits: int | None = None
        self.notes: list[str] = []
        self.headers: list[str] = []


def _take_date_block(lines: list[tuple[int, str]], i: int, meta: _Meta) -> int:
    """If a date/hit block starts at ``lines[i]``, record it and return the next index."""
    lineno, text = lines[i]
    m = _DATE_LABEL_RE.match(text)
    if m:
        rest = m.group(1).strip()
        j = i + 1
        dm = _DATE_ONLY_RE.match(rest) if rest else None
        if not rest and j < len(lines):
            dm = _DATE_ONLY_RE.match(lines[j][1])
            if dm:
                j += 1
            elif _LONG_DATE_RE.match(lines[j][1]) and _long_date(_LONG_DATE_RE.match(lines[j][1])):
                rest = lines[j][1]
                j += 1
        if dm is None and rest:
            lm = _LONG_DATE_RE.match(rest)
            d = _long_date(lm) if lm else None
            if d is not None:
                if meta.published_on is None:
                    meta.published_on, meta.published_at = d, _long_time(d, lm)
                return _take_hits(lines, j, meta)
        if dm:
            if meta.published_on is None:
                meta.published_on, meta.published_at = _parse_date(dm)
            return _take_hits(lines, j, meta)
        return i
    dm = _DATE_ONLY_RE.match(text)
    if dm:
        if meta.published_on is None:
            meta.published_on, meta.published_at = _parse_date(dm)
        return _take_hits(lines, i + 1, meta)
    pm = _PIPE_DATE_RE.match(text) if text[:1].isdigit() and "|" in text else None
    if pm:
        if meta.published_on is None:
            meta.published_on = _pipe_date(pm)
        return _take_hits(lines, i + 1, meta)
    lm = _LONG_DATE_RE.match(text) if len(text) < 60 and text[:1].isalpha() else None
    if lm:
        d = _long_date(lm)
        if d is not None:
            if meta.published_on is None:
                meta.published_on = d
                meta.published_at = _long_time(d, lm)
            return _take_hits(lines, i + 1, meta)
    hm = _HIT_LABEL_RE.match(text)
    if hm:
        return _take_hits(lines, i, meta)
    return i


def _take_hits(lines: list[tuple[int, str]], j: int, meta: _Meta) -> int:
    if j < len(lines):
        hm = _HIT_LABEL_RE.match(lines[j][1])
        if hm:
            num = hm.group(1)
            j += 1
            if not num and j < len(lines) and _NUMBER_RE.match(lines[j][1]):
                num = lines[j][1]
                j += 1
            if num and meta.hits is None:
                meta.hits = int(num.replace(",", ""))
    return j


def parse_release(raw: bytes, source_name: str) -> ParsedRelease:
    """Read one saved release page. Raises ``ParseError`` for files that are not one."""
    text = _decode(raw)
    checksum = hashlib.sha256(bytes(raw)).hexdigest()
    lines = [(n + 1, _norm_line(s)) for n, s in enumerate(text.split("\n"))]
    lines = [(n, s) for n, s in lines if s]
    meta = _Meta()
    title = ""
    title_line = None
    site_line = None
    i = 0
    # ---- header zone: everything up to and including the title
    while i < len(lines):
        lineno, s = lines[i]
        low = _canon(s)
        if low in FURNITURE or _HANGUL_RE.search(s) or _ARROW_CRUMB_RE.match(s) or _DETAIL_RE.search(s):
            if "상세보기" in s and not meta.section:
                sec = _SECTION_MAP.get(_canon(s.replace("상세보기", "").strip()))
                if sec:
                    meta.section = sec
            i += 1
            continue
        if low in _SECTION_MAP or (low.rstrip(":") in _SECTION_MAP):
            if not meta.section or meta.section == "Press":
                meta.section = _SECTION_MAP[low.rstrip(":")]
            i += 1
            continue
        if _BREADCRUMB_RE.match(s) and not _BODY_START_RE.match(s + " x"):
            i += 1
            continue
        if _BREADCRUMB_RE.match(s) and len(s) < 40 and not s.endswith("."):
            i += 1
            continue
        if _is_site_furniture(s):
            if site_line is None:
                site_line = (lineno, s)
            i += 1
            continue
        j = _take_date_block(lines, i, meta)
        if j > i:
            i = j
            continue
        if _looks_foreign_header(s) or _is_pre_title_header(lines, i):
            meta.headers.append(s)
            i += 1
            continue
        if low == "view board":  # r7b: the old board layout ("View Board" / "TITLE …" / "Date 2015.05.12")
            i += 1
            continue
        if _BODY_START_RE.match(s) or len(s) > MAX_TITLE_CHARS:
            raise ParseError("no title found: the text starts with a body paragraph", line=lineno)
        title, title_line = (s[6:].strip() if s.startswith("TITLE ") else s), lineno
        i += 1
        break
    if not title and site_line is not None:
        # nothing after the site's name: that line was the title after all
        title, title_line = site_line[1], site_line[0]
        i = next((k + 1 for k, (n, _) in enumerate(lines) if n == site_line[0]), len(lines))
    if not title:
        raise ParseError("no title found: the file holds only page furniture")
    # ---- just after the title: its repeat, section/date furniture
    while i < len(lines):
        lineno, s = lines[i]
        low = _canon(s)
        if _canon(s.replace(" ", "")) == _canon(title.replace(" ", "")):
            i += 1
            continue
        if (low in FURNITURE or _DETAIL_RE.search(s) or (_HANGUL_RE.search(s) and len(s) < 40)
                or _IMAGE_NAME_RE.match(s) or _is_social_link(s)):
            i += 1
            continue
        j = _take_date_block(lines, i, meta)
        if j > i:
            i = j
            continue
        break
    # ---- body
    body: list[str] = []
    for lineno, s in lines[i:]:
        nm = _NOTE_RE.match(s)
        if nm:
            note = nm.group(1).lower()
            if "translation" in note:
                meta.notes.append("unofficial translation" if "unofficial" in note else note)
            continue
        short = len(s) < 60
        if _canon(s) in FURNITURE or (short and " " not in s and _IMAGE_NAME_RE.match(s)):
            continue
        if short and meta.published_on is None and s[:1].isalpha() and _LONG_DATE_RE.match(s):
            # a briefing's own date line ("June 30, 2022 14:30 KST") dates a page with no date block
            lm = _LONG_DATE_RE.match(s)
            d = _long_date(lm)
            if d is not None:
                meta.published_on, meta.published_at = d, _long_time(d, lm)
        if meta.published_on is None or meta.hits is None:
            # some layouts put the date block at the end of the page
            probe = _Meta()
            if _DATE_LABEL_RE.match(s) and _take_date_block([(lineno, s)], 0, probe) > 0:
                meta.published_on = meta.published_on or probe.published_on
                meta.published_at = meta.published_at or probe.published_at
                continue
            hm = _HIT_LABEL_RE.match(s)
            if hm and hm.group(1):
                meta.hits = int(hm.group(1).replace(",", ""))
                continue
        body.append(s)
    cleaned = title + ("\n\n" + "\n\n".join(body) if body else "")
    tspan = Span(0, len(title), 0, len(title))
    return ParsedRelease(
        source_name=source_name,
        checksum=checksum,
        raw_text=text,
        cleaned_text=cleaned,
        title=title,
        title_span=tspan,
        section=meta.section,
        published_at=meta.published_at,
        published_on=meta.published_on,
        has_time=meta.published_at is not None,
        hits=meta.hits,
        notes=meta.notes,
        other_language_headers=meta.headers,
        sentences=split_sentences(cleaned),
    )
