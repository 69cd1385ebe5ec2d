"""``extract``: ParsedRelease (+ gazetteer) -> Extraction."""

from __future__ import annotations

from .common import Text
from .dates import YearContext, explicit, find_dates
from .gazetteer import default_gazetteer
from .meetings import MeetingFinder
from .names import PeopleFinder, title_compatible
from .organizations import OrgCollector, find_organizations
from .pledges import PledgeFinder
from .types import Extraction, Gazetteer, ParsedRelease

EXTRACTOR_VERSION = "1.5.0"


def _title_date(title: str):
    """A briefing title such as "… Press Briefing (July 25, 2019)" dates the release."""
    for d in find_dates(title):
        if d.year and d.day:
            return explicit(d).value
    return None


def extract(parsed: ParsedRelease, gazetteer: Gazetteer | None = None) -> Extraction:
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    t = Text(parsed.cleaned_text, parsed.sentences)
    title_end = len(parsed.title)
    orgs = OrgCollector(t, gaz)
    find_organizations(orgs)
    people = PeopleFinder(t, orgs, gaz, parsed.published_on)
    people.run()
    ref = parsed.published_on or _title_date(parsed.title)
    years = YearContext(t, ref, gaz.event_founding_years, title_end, gaz.event_series)
    # gazetteer tenures of titled people named in full (not "then …") constrain the year
    for p in people.people.values():
        if not p.known or not p.title or len(p.tokens) < 2:
            continue
        for ten in p.known.tenures:
            if title_compatible(p.title, ten.title) or title_compatible(ten.title, p.title):
                years.add_tenure(ten.start, ten.end, f"{p.name}'s tenure as {ten.title} "
                                 f"({ten.start or '…'}..{ten.end or '…'})")
                break
    meetings = MeetingFinder(t, parsed.title, orgs, people, years, parsed.section).run()
    pledges = PledgeFinder(t, title_end, orgs, meetings, people).run()
    person_list = people.result()
    org_list = orgs.finish()
    return Extraction(
        release=parsed, extractor_version=EXTRACTOR_VERSION, organizations=org_list,
        people=person_list, meetings=meetings, pledges=pledges, warnings=people.warnings,
    )
