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
        j = _take_date_block(lines, i, meta)
        if j > i:
            i = j
            continue
        if _looks_foreign_header(s) or _is_pre_title_header(lines, i):
            meta.headers.append(s)
            i += 1
            continue
        if _BODY_START_RE.match(s) or len(s) > MAX_TITLE_CHARS:
            raise ParseError("no title found: the text starts with a body paragraph", line=lineno)
        title, title_line = s, lineno
        i += 1
        break
    if not title:
        raise ParseError("no title found: the file holds only page furniture")
    # ---- just after the title: its repeat, section/date furniture
    while i < len(lines):
        lineno, s = lines[i]
        low = _canon(s)
        if _canon(s.replace(" ", "")) == _canon(title.replace(" ", "")):
            i += 1
            continue
        if low in FURNITURE or _DETAIL_RE.search(s) or (_HANGUL_RE.search(s) and len(s) < 40):
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
        if _canon(s) in FURNITURE:
            continue
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
