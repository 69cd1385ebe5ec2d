"""A synthetic archive of MOFA-style press releases for the scale benchmarks.

    python bench/corpus.py OUT_DIR [-n 20000] [--seed 7]

Writes ``OUT_DIR/NNNNNN_<hex>.txt`` files in the layouts the five seeds show:

- ``menu``      Korean navigation, section, title, ``Date / 2014-12-06 / hit / 3063`` block
- ``foreign``   an other-language header, the title twice, no date block (seed 001)
- ``nodate``    Korean navigation, section, title, no date block (seed 002)
- ``embassy``   "Skip navigation … 상세보기", ``• Date : 2016-06-13 22:00:00 / • Hit : 1781``

and with the genre's variety: bilateral meetings, phone talks, spokesperson briefings that
announce several events, visits with several meetings, contributions with amounts,
consultations, multilateral conferences and statements without any meeting. People (a pool
of a few hundred with stable countries, titles and tenures), the foreign ministries of ~60
countries and the usual international organizations recur across releases, as in the real
archive. The same ``--seed`` and ``-n`` give byte-identical files.

Pure Python (no Django): ``generate(n, seed)`` yields ``(file_name, text)``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# (ISO code, name, adjective, capital)
COUNTRIES = [
    ("US", "the United States", "U.S.", "Washington"), ("JP", "Japan", "Japanese", "Tokyo"),
    ("CN", "China", "Chinese", "Beijing"), ("RU", "Russia", "Russian", "Moscow"),
    ("GB", "the United Kingdom", "British", "London"), ("FR", "France", "French", "Paris"),
    ("DE", "Germany", "German", "Berlin"), ("IT", "Italy", "Italian", "Rome"),
    ("ES", "Spain", "Spanish", "Madrid"), ("CA", "Canada", "Canadian", "Ottawa"),
    ("AU", "Australia", "Australian", "Canberra"), ("NZ", "New Zealand", "New Zealand",
                                                     "Wellington"),
    ("IN", "India", "Indian", "New Delhi"), ("ID", "Indonesia", "Indonesian", "Jakarta"),
    ("VN", "Viet Nam", "Vietnamese", "Hanoi"), ("TH", "Thailand", "Thai", "Bangkok"),
    ("MY", "Malaysia", "Malaysian", "Kuala Lumpur"), ("SG", "Singapore", "Singaporean",
                                                      "Singapore"),
    ("PH", "the Philippines", "Philippine", "Manila"), ("MN", "Mongolia", "Mongolian",
                                                        "Ulaanbaatar"),
    ("KZ", "Kazakhstan", "Kazakh", "Astana"), ("UZ", "Uzbekistan", "Uzbek", "Tashkent"),
    ("TR", "Turkey", "Turkish", "Ankara"), ("SA", "Saudi Arabia", "Saudi", "Riyadh"),
    ("AE", "the United Arab Emirates", "UAE", "Abu Dhabi"), ("QA", "Qatar", "Qatari", "Doha"),
    ("IL", "Israel", "Israeli", "Jerusalem"), ("EG", "Egypt", "Egyptian", "Cairo"),
    ("IR", "Iran", "Iranian", "Tehran"), ("ZA", "South Africa", "South African", "Pretoria"),
    ("NG", "Nigeria", "Nigerian", "Abuja"), ("KE", "Kenya", "Kenyan", "Nairobi"),
    ("ET", "Ethiopia", "Ethiopian", "Addis Ababa"), ("GH", "Ghana", "Ghanaian", "Accra"),
    ("BR", "Brazil", "Brazilian", "Brasilia"), ("AR", "Argentina", "Argentine", "Buenos Aires"),
    ("MX", "Mexico", "Mexican", "Mexico City"), ("CL", "Chile", "Chilean", "Santiago"),
    ("PE", "Peru", "Peruvian", "Lima"), ("CO", "Colombia", "Colombian", "Bogota"),
    ("PL", "Poland", "Polish", "Warsaw"), ("CZ", "the Czech Republic", "Czech", "Prague"),
    ("HU", "Hungary", "Hungarian", "Budapest"), ("SE", "Sweden", "Swedish", "Stockholm"),
    ("NO", "Norway", "Norwegian", "Oslo"), ("FI", "Finland", "Finnish", "Helsinki"),
    ("DK", "Denmark", "Danish", "Copenhagen"), ("NL", "the Netherlands", "Dutch", "The Hague"),
    ("BE", "Belgium", "Belgian", "Brussels"), ("CH", "Switzerland", "Swiss", "Bern"),
    ("AT", "Austria", "Austrian", "Vienna"), ("PT", "Portugal", "Portuguese", "Lisbon"),
    ("GR", "Greece", "Greek", "Athens"), ("UA", "Ukraine", "Ukrainian", "Kyiv"),
    ("PK", "Pakistan", "Pakistani", "Islamabad"), ("BD", "Bangladesh", "Bangladeshi", "Dhaka"),
    ("LA", "Laos", "Lao", "Vientiane"), ("KH", "Cambodia", "Cambodian", "Phnom Penh"),
    ("MM", "Myanmar", "Myanmar", "Naypyidaw"), ("AZ", "Azerbaijan", "Azerbaijani", "Baku"),
]

# (name, acronym, where it meets)
INTERNATIONAL = [
    ("United Nations", "UN", "New York"), ("North Atlantic Treaty Organization", "NATO",
                                           "Brussels"),
    ("Association of Southeast Asian Nations", "ASEAN", "Jakarta"),
    ("Organisation for Economic Co-operation and Development", "OECD", "Paris"),
    ("International Atomic Energy Agency", "IAEA", "Vienna"),
    ("World Food Programme", "WFP", "Rome"), ("United Nations Children's Fund", "UNICEF",
                                              "New York"),
    ("Office of the United Nations High Commissioner for Refugees", "UNHCR", "Geneva"),
    ("World Health Organization", "WHO", "Geneva"), ("European Union", "EU", "Brussels"),
    ("Organization for Security and Co-operation in Europe", "OSCE", "Vienna"),
    ("African Union", "AU", "Addis Ababa"), ("Asian Development Bank", "ADB", "Manila"),
    ("International Committee of the Red Cross", "ICRC", "Geneva"),
    ("Green Climate Fund", "GCF", "Incheon"), ("United Nations Development Programme", "UNDP",
                                               "New York"),
    ("Global Green Growth Institute", "GGGI", "Seoul"), ("World Bank", "WB", "Washington"),
]

FAMILY_KR = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim",
             "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Ham",
             "Chung", "Yun", "Moon", "Noh"]
GIVEN_KR = ["Kyung", "Byung", "Sang", "Tae", "Eui", "Jae", "Hyun", "Young", "Min", "Sung",
            "Jong", "Dong", "Seung", "Hee", "Woo", "Yong", "Ho", "Jin", "Soo", "Chul"]
GIVEN_KR2 = ["wha", "se", "wook", "yul", "yong", "ho", "min", "jin", "soo", "hee", "kyun",
             "woo", "chul", "hoon", "sik", "joon", "il", "su", "gyu", "mo"]
FIRST = ["Sergey", "Antony", "Heiko", "Jean-Yves", "Marise", "Retno", "Vivian", "Annalena",
         "Luigi", "Penny", "Melanie", "Ann", "Subrahmanyam", "Teodoro", "Don", "Ahmed",
         "Maria", "Pedro", "Carlos", "Ana", "Jan", "Tomas", "Peter", "Erik", "Anna", "Ivan",
         "Olga", "Mohammed", "Fatima", "Kemal", "Yuki", "Taro", "Hiroshi", "Wang", "Li",
         "Nguyen", "Abdul", "Sofia", "Laura", "Lars", "Mikhail", "Dmitry", "Alejandro",
         "Jose", "Isabel", "Grace", "Samuel", "David", "Elena", "Marco"]
LAST = ["Lavrov", "Blinken", "Maas", "Le Drian", "Payne", "Marsudi", "Balakrishnan",
        "Baerbock", "Di Maio", "Wong", "Joly", "Linde", "Jaishankar", "Locsin", "Pramudwinai",
        "Shoukry", "Santos", "Garcia", "Fernandez", "Novak", "Horvath", "Jensen", "Larsen",
        "Petrov", "Ivanova", "Kovacs", "Nowak", "Schmidt", "Rossi", "Dubois", "Tanaka",
        "Suzuki", "Yamamoto", "Chen", "Zhang", "Tran", "Rahman", "Hassan", "Yilmaz",
        "Costa", "Silva", "Moreno", "Torres", "Johansson", "Virtanen", "Muller", "Bauer",
        "Ortega", "Haddad", "Okafor"]

TOPICS = [
    "the North Korean nuclear and missile issues", "substantive cooperation in trade and "
    "investment", "climate change and green growth", "the situation on the Korean Peninsula",
    "cooperation in infrastructure, energy and health care", "regional security in Northeast "
    "Asia", "cyber security and counter-terrorism", "people-to-people and cultural exchanges",
    "development cooperation and humanitarian assistance", "maritime security",
    "supply-chain resilience", "peacekeeping and peacebuilding", "nuclear non-proliferation",
    "the global health response", "the digital economy and science and technology",
]
ISSUES = ["the earthquake", "the floods", "the refugee crisis", "the drought",
          "the cholera outbreak", "the humanitarian crisis", "the typhoon"]
KR_TITLES = [
    ("Minister of Foreign Affairs", "Foreign Minister"),
    ("First Vice Minister of Foreign Affairs", "First Vice Foreign Minister"),
    ("Second Vice Minister of Foreign Affairs", "Second Vice Foreign Minister"),
    ("Deputy Minister for Multilateral and Global Affairs", "Deputy Minister"),
    ("Deputy Minister for Political Affairs", "Deputy Minister"),
    ("Spokesperson", "Spokesperson"),
]
FOREIGN_TITLES = [("Foreign Minister", 1), ("Deputy Foreign Minister", 2), ("Ambassador", 2),
                  ("Minister of Trade", 1), ("Prime Minister", 1)]
IO_TITLES = ["Secretary-General", "Director-General", "Executive Director",
             "High Commissioner", "President", "Under-Secretary-General"]


KOREAN_MENU = "바로가기 메뉴\n본문 바로가기\n주메뉴 바로가기\n검색창 열기\n"


@dataclass(frozen=True)
class Official:
    name: str
    short: str  # "Minister Yun"
    title: str  # "Foreign Minister"
    country: str  # ISO code, "" for international civil servants
    org: str  # "Russia" / "NATO"
    start: int  # tenure, years
    end: int


def _korean_name(rng: random.Random) -> tuple[str, str]:
    family = rng.choice(FAMILY_KR)
    return f"{family} {rng.choice(GIVEN_KR)}-{rng.choice(GIVEN_KR2)}", family


def build_pool(rng: random.Random) -> dict[str, list[Official]]:
    """A few hundred officials with stable titles, countries and tenures (2008-2024)."""
    pool: dict[str, list[Official]] = {"KR": [], "IO": []}
    for _full, short in KR_TITLES:  # successive holders of each Korean post
        year = 2008
        while year < 2024:
            tenure = rng.randint(2, 4)
            name, family = _korean_name(rng)
            pool["KR"].append(Official(name, f"{short.split()[-1]} {family}", short, "KR",
                                       "ROK", year, year + tenure))
            year += tenure
    for code, cname, _adj, _capital in COUNTRIES:
        pool[code] = []
        for title, holders in FOREIGN_TITLES:
            year = 2008
            for _ in range(holders + 2):
                tenure = rng.randint(3, 6)
                first, last = rng.choice(FIRST), rng.choice(LAST)
                pool[code].append(Official(f"{first} {last}", f"{title.split()[-1]} {last}",
                                           title, code, cname, year, year + tenure))
                year += tenure
                if year >= 2024:
                    break
    for _name, acronym, _city in INTERNATIONAL:
        year = 2008
        while year < 2024:
            tenure = rng.randint(4, 6)
            first, last = rng.choice(FIRST), rng.choice(LAST)
            title = rng.choice(IO_TITLES)
            pool["IO"].append(Official(f"{first} {last}", f"{title.split('-')[-1]} {last}",
                                       f"{acronym} {title}", "", acronym, year, year + tenure))
            year += tenure
    return pool


def holder(pool, key: str, title: str | None, year: int, rng) -> Official:
    """Who held a post that year (falls back to anyone from that side)."""
    people = [p for p in pool[key] if p.start <= year < p.end and (title is None
                                                                    or p.title == title)]
    return rng.choice(people or pool[key])


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def numbered(paragraphs: list[str], first: int = 1) -> list[str]:
    """Number the paragraphs as MOFA does ("1. …"); "°" sub-points keep their bullet."""
    out, i = [], first
    for text in paragraphs:
        if text.startswith("°"):
            out.append(text)
        else:
            out.append(f"{i}. {text}")
            i += 1
    return out


def _month_day(date: dt.date) -> str:
    return f"{date:%B} {date.day}"


class Writer:
    def __init__(self, rng: random.Random, pool):
        self.rng = rng
        self.pool = pool

    # --- pieces ------------------------------------------------------------------------
    def filler(self, k: int) -> list[str]:
        rng = self.rng
        out = []
        for _ in range(k):
            topic, topic2 = rng.sample(TOPICS, 2)
            out.append(rng.choice([
                f"The two sides exchanged in-depth views on {topic}, and agreed to work more "
                f"closely together on {topic2}.",
                f"The two sides noted with appreciation the progress made in {topic} over the "
                f"past year and agreed to seek further substantial advances.",
                f"Both sides shared the view that close coordination on {topic} serves the "
                f"interests of the two countries and of the international community.",
                f"The ROK side expressed its hope for continued cooperation on {topic} and "
                f"explained the government's efforts on {topic2}.",
            ]))
            if rng.random() < 0.3:
                out.append(f"° In particular, the two sides agreed to hold working-level "
                           f"consultations on {topic2} at an early date.")
        return out

    def kr(self, title, year) -> Official:
        return holder(self.pool, "KR", title, year, self.rng)

    # --- genres ------------------------------------------------------------------------
    def bilateral(self, date):
        rng = self.rng
        code, cname, adj, capital = rng.choice(COUNTRIES)
        fm = self.kr("Foreign Minister", date.year)
        other = holder(self.pool, code, "Foreign Minister", date.year, rng)
        in_seoul = rng.random() < 0.5
        where = "Seoul" if in_seoul else capital
        title = f"Foreign Minister Meets with {adj} Counterpart" + ("" if in_seoul
                                                                     else f" in {capital}")
        body = [f"1. Foreign Minister {fm.name} held talks with Foreign Minister {other.name} "
                f"of {cname} in {where} on {_month_day(date)}. " + self.filler(1)[0]]
        body += numbered(self.filler(rng.randint(2, 5)), 2)
        if rng.random() < 0.4:
            body.append(f"{len(body) + 1}. After the meeting, the two ministers signed the "
                        f"Memorandum of Understanding on {rng.choice(TOPICS)} between the "
                        f"Ministry of Foreign Affairs of the Republic of Korea and the Ministry "
                        f"of Foreign Affairs of {cname}.")
        body.append(f"{len(body) + 1}. {fm.short} invited {other.short} to visit the ROK at "
                    f"a mutually convenient time.")
        return title, body

    def phone(self, date):
        rng = self.rng
        code, cname, adj, _ = rng.choice(COUNTRIES)
        fm = self.kr("Foreign Minister", date.year)
        other = holder(self.pool, code, None, date.year, rng)
        title = f"Foreign Minister Holds Phone Talks with {adj} {other.title}"
        body = [f"1. Foreign Minister {fm.name} had telephone talks with {other.title} "
                f"{other.name} of {cname} on {_month_day(date)} at {rng.randint(8, 21)}:00 "
                f"(KST). " + self.filler(1)[0]]
        body += numbered(self.filler(rng.randint(1, 3)), 2)
        return title, body

    def briefing(self, date):
        rng = self.rng
        spokes = self.kr("Spokesperson", date.year)
        title = f"Spokesperson's Press Briefing ({date:%B} {date.day}, {date.year})"
        body = [f"Spokesperson {spokes.name} gave the following briefing on "
                f"{_month_day(date)}."]
        for i in range(1, rng.randint(3, 6)):
            code, cname, adj, capital = rng.choice(COUNTRIES)
            later = date + dt.timedelta(days=rng.randint(1, 20))
            kind = rng.random()
            if kind < 0.4:
                who = holder(self.pool, code, "Foreign Minister", date.year, rng)
                body.append(f"{i}. {adj} Foreign Minister {who.name} will pay an official "
                            f"visit to the ROK from {_month_day(later)} to "
                            f"{later.day + 2 if later.day < 27 else later.day}, and will hold "
                            f"a foreign ministers' meeting on {_month_day(later)}.")
            elif kind < 0.7:
                vm = self.kr("First Vice Foreign Minister", date.year)
                body.append(f"{i}. First Vice Foreign Minister {vm.name} will hold the "
                            f"{ordinal(rng.randint(2, 15))} ROK-{adj} Strategic Dialogue in "
                            f"{capital} on {_month_day(later)}.")
            elif kind < 0.85:
                body.append(f"{i}. The {ordinal(rng.randint(2, 30))} ROK-{adj} Joint Committee "
                            f"meeting, which had been scheduled for {_month_day(later)}, has "
                            f"been postponed.")
            else:
                body.append(f"{i}. The government expresses deep condolences to the people of "
                            f"{cname} over {rng.choice(ISSUES)}.")
        return title, body

    def visit(self, date):
        rng = self.rng
        code, cname, adj, capital = rng.choice(COUNTRIES)
        fm = self.kr("Foreign Minister", date.year)
        title = f"Foreign Minister Visits {cname.removeprefix('the ')}"
        end = date + dt.timedelta(days=rng.randint(2, 4))
        body = [f"1. Foreign Minister {fm.name} paid an official visit to {cname} from "
                f"{_month_day(date)} to {end.day}."]
        people = [holder(self.pool, code, t, date.year, rng)
                  for t in ("Prime Minister", "Foreign Minister", "Minister of Trade")]
        for i, person in enumerate(people[: rng.randint(2, 3)], 2):
            day = date + dt.timedelta(days=i - 2)
            body.append(f"{i}. On {_month_day(day)}, {fm.short} paid a courtesy call on "
                        f"{person.title} {person.name} in {capital}. " + self.filler(1)[0])
        body += numbered(self.filler(rng.randint(1, 3)), len(body) + 1)
        return title, body

    def contribution(self, date):
        rng = self.rng
        code, cname, _adj, _ = rng.choice(COUNTRIES)
        name, acronym, _ = rng.choice(INTERNATIONAL[4:])
        amount = rng.choice(["500,000", "1 million", "2 million", "3 million", "5 million",
                             "10 million", "200,000", "1.5 million"])
        issue = rng.choice(ISSUES)
        title = f"ROK to Provide USD {amount} in Humanitarian Assistance to {cname}"
        body = [f"1. The Government of the Republic of Korea decided on {_month_day(date)} to "
                f"provide USD {amount} in humanitarian assistance to {cname} in the wake of "
                f"{issue}.",
                f"2. The assistance will be provided through the {name} ({acronym}) and will "
                f"be used for food, shelter and health care for the affected people.",
                "3. The government hopes that the assistance will help the people of "
                f"{cname} overcome {issue} and return to normal life at an early date."]
        if rng.random() < 0.3:
            body.append(f"4. The ROK will also dispatch an emergency relief team of "
                        f"{rng.randint(10, 60)} members to {cname}.")
        return title, body

    def consultation(self, date):
        rng = self.rng
        name, acronym, city = rng.choice(INTERNATIONAL)
        dm = self.kr("Deputy Minister", date.year)
        other = holder(self.pool, "IO", None, date.year, rng)
        virtual = rng.random() < 0.3
        title = f"ROK-{acronym} High-level Consultation Takes Place"
        body = [f"1. The ROK-{acronym} High-level Consultation was held on {_month_day(date)} "
                + ("in a virtual format " if virtual else f"in {city} ")
                + f"between Deputy Minister {dm.name} of the Ministry of Foreign Affairs and "
                f"{other.title} {other.name} of the {name}."]
        body += numbered(self.filler(rng.randint(2, 4)), 2)
        body.append(f"{len(body) + 1}. The ROK government will fully commit to the success of "
                    f"the next ROK-{acronym} consultation to take place in Seoul.")
        return title, body

    def conference(self, date):
        rng = self.rng
        name, acronym, city = rng.choice(INTERNATIONAL)
        vm = self.kr("Second Vice Foreign Minister", date.year)
        n = ordinal(rng.randint(2, 30))
        title = f"Second Vice Foreign Minister Attends {n} {acronym} Ministerial Meeting"
        body = [f"1. Second Vice Foreign Minister {vm.name} attended the {n} {acronym} "
                f"Ministerial Meeting held in {city} from {_month_day(date)} to "
                f"{min(date.day + 1, 28)}.",
                f"2. On the sidelines of the meeting, {vm.short} held bilateral talks with "
                f"representatives of {rng.choice(COUNTRIES)[1]} and "
                f"{rng.choice(COUNTRIES)[1]}."]
        body += numbered(self.filler(rng.randint(1, 3)), 3)
        return title, body

    def statement(self, date):
        rng = self.rng
        code, cname, _adj, _ = rng.choice(COUNTRIES)
        issue = rng.choice(ISSUES).removeprefix("the ").title()
        title = f"Statement by Foreign Ministry Spokesperson on {issue} in " \
                f"{cname.removeprefix('the ')}"
        body = [f"1. The Government of the Republic of Korea expresses deep condolences and "
                f"sympathy to the Government and people of {cname} for the loss of lives and "
                f"property caused by {rng.choice(ISSUES)}.",
                "2. The government hopes that the affected areas will recover at an early "
                "date and is ready to provide the necessary support."]
        if rng.random() < 0.5:
            body.append("3. The government strongly condemns all acts of terrorism, which "
                        "cannot be justified under any circumstances.")
        return title, body

    GENRES = (("bilateral", 24), ("phone", 14), ("briefing", 10), ("visit", 10),
              ("contribution", 8), ("consultation", 12), ("conference", 10), ("statement", 12))

    # --- layouts -----------------------------------------------------------------------
    def page(self, title: str, body: list[str], date: dt.date) -> str:
        rng = self.rng
        hits = rng.randint(50, 9000)
        layout = rng.choices(["menu", "foreign", "nodate", "embassy"], [55, 10, 15, 20])[0]
        text = "\n\n".join(body)
        note = "\n\n* unofficial translation" if rng.random() < 0.6 else ""
        section = "Press Releases" if "Briefing" not in title else "Press Briefings"
        if layout == "menu":
            head = (f"{KOREAN_MENU}KOR\n\n{section}\n\n"
                    f"{title}\n\nDate\n{date:%Y-%m-%d}\nhit\n{hits}\n\n")
        elif layout == "foreign":
            head = (f"{rng.choice(['Noticias y Anuncios', 'Actualités', 'Nachrichten'])}\n\n"
                    f"{title}\n\n{title}\n\n\n")
        elif layout == "nodate":
            head = f"{KOREAN_MENU}\n{section}\n\n{title}\n\n\n"
        else:
            head = (f"Skip navigation\n\nCountries Information\n\n  1. HOME\n  2. Press\n"
                    f"  3. {section}\n{section}\n{section} 상세보기\n\n{title}\n\n"
                    f"  • Date : {date:%Y-%m-%d} {rng.randint(9, 22):02d}:00:00\n"
                    f"  • Hit : {hits}\n\n")
        return head + text + note + "\n"


def generate(n: int = 20_000, seed: int = 7) -> Iterator[tuple[str, str]]:
    """``n`` releases as ``(file_name, text)``, deterministic for a seed."""
    rng = random.Random(seed)
    writer = Writer(rng, build_pool(random.Random(seed + 1)))
    names, weights = zip(*Writer.GENRES, strict=True)
    start = dt.date(2010, 1, 1).toordinal()
    span = dt.date(2023, 12, 20).toordinal() - start
    for i in range(n):
        date = dt.date.fromordinal(start + rng.randrange(span))
        genre = rng.choices(names, weights)[0]
        title, body = getattr(writer, genre)(date)
        yield f"{i:06d}_{rng.getrandbits(64):016x}.txt", writer.page(title, body, date)


def write_corpus(out: Path, n: int = 20_000, seed: int = 7) -> int:
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for name, text in generate(n, seed):
        data = text.encode("utf-8")
        (out / name).write_bytes(data)
        total += len(data)
    return total


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the .txt files to")
    parser.add_argument("-n", type=int, default=20_000, help="number of releases")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    size = write_corpus(args.out, args.n, args.seed)
    print(f"wrote {args.n} releases ({size / 1e6:.1f} MB) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
