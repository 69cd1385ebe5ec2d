"""Country reference data: ISO 3166-1 alpha-2 codes with our own alias, demonym and city
tables. Names come from ``data/iso3166.json`` (exported once from django-countries' data);
lookups are exact (case- and "the"-insensitive) — countries are never fuzzy-matched.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .common import trie_pattern

_DATA = Path(__file__).with_name("data") / "iso3166.json"

# alias -> code (names people write in releases that ISO lists spell differently)
ALIASES: dict[str, str] = {
    "Republic of Korea": "KR", "ROK": "KR", "Korea": "KR", "South Korea": "KR",
    "the Republic of Korea": "KR", "R.O.K.": "KR",
    "North Korea": "KP", "DPRK": "KP", "Democratic People's Republic of Korea": "KP",
    "Democratic People’s Republic of Korea": "KP", "the North": "KP",
    "U.S.": "US", "US": "US", "USA": "US", "U.S.A.": "US", "United States": "US",
    "United States of America": "US", "America": "US",
    "UK": "GB", "U.K.": "GB", "United Kingdom": "GB", "Britain": "GB", "Great Britain": "GB",
    "Russia": "RU", "Russian Federation": "RU",
    "China": "CN", "PRC": "CN", "People's Republic of China": "CN", "People’s Republic of China": "CN",
    "Japan": "JP", "Vietnam": "VN", "Viet Nam": "VN", "Laos": "LA", "Lao PDR": "LA", "Iran": "IR",
    "Syria": "SY", "Czech Republic": "CZ", "Czechia": "CZ", "Turkey": "TR", "Türkiye": "TR",
    "Turkiye": "TR", "Bolivia": "BO", "Venezuela": "VE", "Tanzania": "TZ", "Moldova": "MD",
    "Taiwan": "TW", "Palestine": "PS", "Holy See": "VA", "Vatican": "VA", "Ivory Coast": "CI",
    "Côte d'Ivoire": "CI", "Cote d'Ivoire": "CI", "Brunei": "BN", "Brunei Darussalam": "BN",
    "Micronesia": "FM", "UAE": "AE", "the UAE": "AE", "Netherlands": "NL", "the Netherlands": "NL",
    "Philippines": "PH", "the Philippines": "PH", "Myanmar": "MM", "Burma": "MM",
    "Macedonia": "MK", "North Macedonia": "MK", "Eswatini": "SZ", "Swaziland": "SZ",
    "Cabo Verde": "CV", "Cape Verde": "CV", "Timor-Leste": "TL", "East Timor": "TL",
    "Kyrgyzstan": "KG", "Kyrgyz Republic": "KG", "Slovakia": "SK", "Slovak Republic": "SK",
    "Congo": "CG", "DR Congo": "CD", "DRC": "CD", "Democratic Republic of the Congo": "CD",
    "Gambia": "GM", "the Gambia": "GM", "Bahamas": "BS", "Korea, Republic of": "KR",
    "Saudi Arabia": "SA", "Kingdom of Saudi Arabia": "SA", "Mongolia": "MN", "Kosovo": "XK",
}
DEMONYMS: dict[str, str] = {
    "Korean": "KR", "ROK": "KR", "South Korean": "KR", "North Korean": "KP", "American": "US",
    "U.S.": "US", "US": "US", "British": "GB", "UK": "GB", "Russian": "RU", "Chinese": "CN",
    "Japanese": "JP", "French": "FR", "German": "DE", "Italian": "IT", "Spanish": "ES",
    "Canadian": "CA", "Australian": "AU", "Indian": "IN", "Indonesian": "ID", "Vietnamese": "VN",
    "Thai": "TH", "Malaysian": "MY", "Singaporean": "SG", "Philippine": "PH", "Filipino": "PH",
    "Mongolian": "MN", "Kazakh": "KZ", "Uzbek": "UZ", "Turkish": "TR", "Iranian": "IR",
    "Israeli": "IL", "Egyptian": "EG", "Saudi": "SA", "Emirati": "AE", "Qatari": "QA",
    "Kuwaiti": "KW", "Brazilian": "BR", "Mexican": "MX", "Argentine": "AR", "Chilean": "CL",
    "Peruvian": "PE", "Colombian": "CO", "Polish": "PL", "Czech": "CZ", "Hungarian": "HU",
    "Swedish": "SE", "Norwegian": "NO", "Danish": "DK", "Finnish": "FI", "Dutch": "NL",
    "Belgian": "BE", "Swiss": "CH", "Austrian": "AT", "Greek": "GR", "Portuguese": "PT",
    "Irish": "IE", "Ukrainian": "UA", "Belarusian": "BY", "Romanian": "RO", "Bulgarian": "BG",
    "Serbian": "RS", "Croatian": "HR", "Slovenian": "SI", "Slovak": "SK", "Lithuanian": "LT",
    "Latvian": "LV", "Estonian": "EE", "New Zealand": "NZ", "Pakistani": "PK", "Bangladeshi": "BD",
    "Sri Lankan": "LK", "Nepalese": "NP", "Cambodian": "KH", "Lao": "LA", "Laotian": "LA",
    "Myanmar": "MM", "Bruneian": "BN", "Afghan": "AF", "Iraqi": "IQ", "Syrian": "SY",
    "Jordanian": "JO", "Lebanese": "LB", "Omani": "OM", "Bahraini": "BH", "Yemeni": "YE",
    "Moroccan": "MA", "Algerian": "DZ", "Tunisian": "TN", "Libyan": "LY", "Nigerian": "NG",
    "Kenyan": "KE", "Ethiopian": "ET", "Ghanaian": "GH", "South African": "ZA", "Senegalese": "SN",
    "Rwandan": "RW", "Ugandan": "UG", "Tanzanian": "TZ", "Cuban": "CU", "Venezuelan": "VE",
    "Ecuadorian": "EC", "Bolivian": "BO", "Uruguayan": "UY", "Paraguayan": "PY",
    "Guatemalan": "GT", "Panamanian": "PA", "Costa Rican": "CR", "Icelandic": "IS",
    "Azerbaijani": "AZ", "Georgian": "GE", "Armenian": "AM", "Turkmen": "TM", "Tajik": "TJ",
    "Kyrgyz": "KG", "Fijian": "FJ", "Papua New Guinean": "PG", "Taiwanese": "TW",
}
# city -> (country, is_capital)
CITIES: dict[str, tuple[str, bool]] = {}
for _c, _cc, _cap in [
    ("Seoul", "KR", 1), ("Busan", "KR", 0), ("Incheon", "KR", 0), ("Jeju", "KR", 0),
    ("Jeju Island", "KR", 0), ("PyeongChang", "KR", 0), ("Pyeongchang", "KR", 0),
    ("Panmunjeom", "KR", 0), ("Panmunjom", "KR", 0), ("Goyang", "KR", 0), ("Daegu", "KR", 0),
    ("Gwangju", "KR", 0), ("Daejeon", "KR", 0), ("Ulsan", "KR", 0), ("Suwon", "KR", 0),
    ("Sejong", "KR", 0), ("Gyeongju", "KR", 0), ("Yeosu", "KR", 0), ("Changwon", "KR", 0),
    ("New York", "US", 0), ("Washington", "US", 1), ("Washington, D.C.", "US", 1),
    ("Washington D.C.", "US", 1), ("San Francisco", "US", 0), ("Los Angeles", "US", 0),
    ("Honolulu", "US", 0), ("Chicago", "US", 0), ("Boston", "US", 0), ("Houston", "US", 0),
    ("Atlanta", "US", 0), ("Seattle", "US", 0),
    ("Geneva", "CH", 0), ("Bern", "CH", 1), ("Davos", "CH", 0), ("Vienna", "AT", 1),
    ("Moscow", "RU", 1), ("St. Petersburg", "RU", 0), ("Saint Petersburg", "RU", 0),
    ("Murmansk", "RU", 0), ("Vladivostok", "RU", 0), ("Sochi", "RU", 0), ("Kazan", "RU", 0),
    ("Beijing", "CN", 1), ("Shanghai", "CN", 0), ("Guangzhou", "CN", 0), ("Shenyang", "CN", 0),
    ("Qingdao", "CN", 0), ("Hong Kong", "HK", 0), ("Macau", "MO", 0),
    ("Tokyo", "JP", 1), ("Osaka", "JP", 0), ("Kyoto", "JP", 0), ("Hiroshima", "JP", 0),
    ("Nagoya", "JP", 0), ("Fukuoka", "JP", 0), ("Sapporo", "JP", 0), ("Niigata", "JP", 0),
    ("Paris", "FR", 1), ("Strasbourg", "FR", 0), ("London", "GB", 1), ("Edinburgh", "GB", 0),
    ("Brussels", "BE", 1), ("Berlin", "DE", 1), ("Munich", "DE", 0), ("Frankfurt", "DE", 0),
    ("Hamburg", "DE", 0), ("Bonn", "DE", 0), ("Rome", "IT", 1), ("Milan", "IT", 0),
    ("Madrid", "ES", 1), ("Barcelona", "ES", 0), ("The Hague", "NL", 0), ("Amsterdam", "NL", 1),
    ("Bangkok", "TH", 1), ("Jakarta", "ID", 1), ("Bali", "ID", 0), ("Hanoi", "VN", 1),
    ("Ho Chi Minh City", "VN", 0), ("Da Nang", "VN", 0), ("Manila", "PH", 1), ("Cebu", "PH", 0),
    ("Singapore", "SG", 1), ("Kuala Lumpur", "MY", 1), ("New Delhi", "IN", 1), ("Mumbai", "IN", 0),
    ("Canberra", "AU", 1), ("Sydney", "AU", 0), ("Melbourne", "AU", 0), ("Ottawa", "CA", 1),
    ("Toronto", "CA", 0), ("Vancouver", "CA", 0), ("Montreal", "CA", 0),
    ("Mexico City", "MX", 1), ("Brasilia", "BR", 1), ("Brasília", "BR", 1), ("Rio de Janeiro", "BR", 0),
    ("Sao Paulo", "BR", 0), ("São Paulo", "BR", 0), ("Buenos Aires", "AR", 1), ("Santiago", "CL", 1),
    ("Lima", "PE", 1), ("Bogota", "CO", 1), ("Bogotá", "CO", 1), ("Quito", "EC", 1),
    ("Montevideo", "UY", 1), ("Asuncion", "PY", 1), ("Asunción", "PY", 1), ("La Paz", "BO", 1),
    ("Caracas", "VE", 1), ("Panama City", "PA", 1), ("San Jose", "CR", 1), ("Havana", "CU", 1),
    ("Guatemala City", "GT", 1), ("Santo Domingo", "DO", 1), ("Kingston", "JM", 1),
    ("Cairo", "EG", 1), ("Nairobi", "KE", 1), ("Addis Ababa", "ET", 1), ("Pretoria", "ZA", 1),
    ("Johannesburg", "ZA", 0), ("Cape Town", "ZA", 0), ("Abu Dhabi", "AE", 1), ("Dubai", "AE", 0),
    ("Riyadh", "SA", 1), ("Jeddah", "SA", 0), ("Doha", "QA", 1), ("Tehran", "IR", 1),
    ("Ankara", "TR", 1), ("Istanbul", "TR", 0), ("Astana", "KZ", 1), ("Nur-Sultan", "KZ", 1),
    ("Almaty", "KZ", 0), ("Tashkent", "UZ", 1), ("Samarkand", "UZ", 0), ("Ulaanbaatar", "MN", 1),
    ("Kabul", "AF", 1), ("Islamabad", "PK", 1), ("Dhaka", "BD", 1), ("Kathmandu", "NP", 1),
    ("Colombo", "LK", 1), ("Phnom Penh", "KH", 1), ("Siem Reap", "KH", 0), ("Vientiane", "LA", 1),
    ("Yangon", "MM", 0), ("Naypyidaw", "MM", 1), ("Nay Pyi Taw", "MM", 1),
    ("Bandar Seri Begawan", "BN", 1), ("Wellington", "NZ", 1), ("Auckland", "NZ", 0),
    ("Stockholm", "SE", 1), ("Oslo", "NO", 1), ("Copenhagen", "DK", 1), ("Helsinki", "FI", 1),
    ("Warsaw", "PL", 1), ("Prague", "CZ", 1), ("Budapest", "HU", 1), ("Bucharest", "RO", 1),
    ("Sofia", "BG", 1), ("Athens", "GR", 1), ("Lisbon", "PT", 1), ("Dublin", "IE", 1),
    ("Kyiv", "UA", 1), ("Kiev", "UA", 1), ("Minsk", "BY", 1), ("Pyongyang", "KP", 1),
    ("Kaesong", "KP", 0), ("Baku", "AZ", 1), ("Tbilisi", "GE", 1), ("Yerevan", "AM", 1),
    ("Kuwait City", "KW", 1), ("Muscat", "OM", 1), ("Manama", "BH", 1), ("Amman", "JO", 1),
    ("Beirut", "LB", 1), ("Baghdad", "IQ", 1), ("Tel Aviv", "IL", 0), ("Jerusalem", "IL", 0),
    ("Algiers", "DZ", 1), ("Rabat", "MA", 1), ("Tunis", "TN", 1), ("Abuja", "NG", 1),
    ("Lagos", "NG", 0), ("Accra", "GH", 1), ("Dakar", "SN", 1), ("Kinshasa", "CD", 1),
    ("Luanda", "AO", 1), ("Maputo", "MZ", 1), ("Harare", "ZW", 1), ("Lusaka", "ZM", 1),
    ("Kampala", "UG", 1), ("Kigali", "RW", 1), ("Dar es Salaam", "TZ", 0), ("Dodoma", "TZ", 1),
    ("Ljubljana", "SI", 1), ("Zagreb", "HR", 1), ("Belgrade", "RS", 1), ("Bratislava", "SK", 1),
    ("Vilnius", "LT", 1), ("Riga", "LV", 1), ("Tallinn", "EE", 1), ("Reykjavik", "IS", 1),
    ("Port Moresby", "PG", 1), ("Suva", "FJ", 1), ("Nadi", "FJ", 0), ("Nuku'alofa", "TO", 1),
    ("Dili", "TL", 1), ("Male", "MV", 1), ("Thimphu", "BT", 1), ("Bishkek", "KG", 1),
    ("Dushanbe", "TJ", 1), ("Ashgabat", "TM", 1), ("Valletta", "MT", 1), ("Nicosia", "CY", 1),
    ("Luxembourg", "LU", 1), ("Monaco", "MC", 1), ("Vatican City", "VA", 1), ("Canberra", "AU", 1),
    # more capitals
    ("Skopje", "MK", 1), ("Podgorica", "ME", 1), ("Sarajevo", "BA", 1), ("Tirana", "AL", 1),
    ("Chisinau", "MD", 1), ("Pristina", "XK", 1), ("Andorra la Vella", "AD", 1), ("Vaduz", "LI", 1),
    ("San Marino", "SM", 1), ("Damascus", "SY", 1), ("Sanaa", "YE", 1), ("Khartoum", "SD", 1),
    ("Juba", "SS", 1), ("Mogadishu", "SO", 1), ("Djibouti", "DJ", 1), ("Asmara", "ER", 1),
    ("Tripoli", "LY", 1), ("Nouakchott", "MR", 1), ("Bamako", "ML", 1), ("Niamey", "NE", 1),
    ("Ouagadougou", "BF", 1), ("Conakry", "GN", 1), ("Freetown", "SL", 1), ("Monrovia", "LR", 1),
    ("Abidjan", "CI", 0), ("Yamoussoukro", "CI", 1), ("Lome", "TG", 1), ("Lomé", "TG", 1),
    ("Cotonou", "BJ", 0), ("Porto-Novo", "BJ", 1), ("Yaounde", "CM", 1), ("Yaoundé", "CM", 1),
    ("Douala", "CM", 0), ("Libreville", "GA", 1), ("Brazzaville", "CG", 1), ("Bangui", "CF", 1),
    ("N'Djamena", "TD", 1), ("Malabo", "GQ", 1), ("Windhoek", "NA", 1), ("Gaborone", "BW", 1),
    ("Maseru", "LS", 1), ("Mbabane", "SZ", 1), ("Lilongwe", "MW", 1), ("Antananarivo", "MG", 1),
    ("Port Louis", "MU", 1), ("Moroni", "KM", 1), ("Gitega", "BI", 1), ("Bujumbura", "BI", 0),
    ("Praia", "CV", 1), ("Bissau", "GW", 1), ("Banjul", "GM", 1), ("Sao Tome", "ST", 1),
    ("Tegucigalpa", "HN", 1), ("San Salvador", "SV", 1), ("Managua", "NI", 1), ("Belmopan", "BZ", 1),
    ("Port-au-Prince", "HT", 1), ("Port of Spain", "TT", 1), ("Bridgetown", "BB", 1), ("Nassau", "BS", 1),
    ("Castries", "LC", 1), ("Paramaribo", "SR", 1), ("Georgetown", "GY", 1), ("Apia", "WS", 1),
    ("Honiara", "SB", 1), ("Port Vila", "VU", 1), ("Majuro", "MH", 1), ("Tarawa", "KI", 1),
    ("Funafuti", "TV", 1), ("Palikir", "FM", 1), ("Koror", "PW", 0), ("Ngerulmud", "PW", 1),
    ("Yaren", "NR", 1), ("Nouméa", "NC", 0), ("Noumea", "NC", 0), ("Putrajaya", "MY", 0),
    ("Sri Jayawardenepura Kotte", "LK", 0), ("Abuja", "NG", 1), ("Sucre", "BO", 0),
    # other cities where meetings are held
    ("Xiamen", "CN", 0), ("Tianjin", "CN", 0), ("Chengdu", "CN", 0), ("Wuhan", "CN", 0),
    ("Hangzhou", "CN", 0), ("Nanjing", "CN", 0), ("Shenzhen", "CN", 0), ("Dalian", "CN", 0),
    ("Harbin", "CN", 0), ("Changchun", "CN", 0), ("Xi'an", "CN", 0), ("Kunming", "CN", 0),
    ("Boao", "CN", 0), ("Sanya", "CN", 0), ("Chongqing", "CN", 0), ("Yanji", "CN", 0),
    ("Yokohama", "JP", 0), ("Kobe", "JP", 0), ("Sendai", "JP", 0), ("Nara", "JP", 0),
    ("Kitakyushu", "JP", 0), ("Nagasaki", "JP", 0), ("Okinawa", "JP", 0), ("Naha", "JP", 0),
    ("Andong", "KR", 0), ("Pohang", "KR", 0), ("Jeonju", "KR", 0), ("Gangneung", "KR", 0),
    ("Chuncheon", "KR", 0), ("Seogwipo", "KR", 0), ("Cheongju", "KR", 0),
    ("Paju", "KR", 0), ("Sokcho", "KR", 0), ("Tongyeong", "KR", 0), ("Mokpo", "KR", 0),
    ("Denver", "US", 0), ("Dallas", "US", 0), ("Miami", "US", 0), ("Philadelphia", "US", 0),
    ("San Diego", "US", 0), ("Anchorage", "US", 0), ("Detroit", "US", 0), ("Aspen", "US", 0),
    ("Lyon", "FR", 0), ("Marseille", "FR", 0), ("Nice", "FR", 0), ("Florence", "IT", 0),
    ("Venice", "IT", 0), ("Naples", "IT", 0), ("Turin", "IT", 0), ("Seville", "ES", 0),
    ("Valencia", "ES", 0), ("Porto", "PT", 0), ("Rotterdam", "NL", 0), ("Antwerp", "BE", 0),
    ("Gothenburg", "SE", 0), ("Bergen", "NO", 0), ("Krakow", "PL", 0), ("Kraków", "PL", 0),
    ("Gdansk", "PL", 0), ("Wroclaw", "PL", 0), ("Brno", "CZ", 0), ("Salzburg", "AT", 0),
    ("Zurich", "CH", 0), ("Basel", "CH", 0), ("Lausanne", "CH", 0), ("Cologne", "DE", 0),
    ("Dusseldorf", "DE", 0), ("Düsseldorf", "DE", 0), ("Stuttgart", "DE", 0), ("Leipzig", "DE", 0),
    ("Dresden", "DE", 0), ("Manchester", "GB", 0), ("Glasgow", "GB", 0), ("Cardiff", "GB", 0),
    ("Belfast", "GB", 0), ("Thessaloniki", "GR", 0), ("Odesa", "UA", 0), ("Odessa", "UA", 0),
    ("Lviv", "UA", 0), ("Kharkiv", "UA", 0), ("Sharm el-Sheikh", "EG", 0), ("Alexandria", "EG", 0),
    ("Aqaba", "JO", 0), ("Chiang Mai", "TH", 0), ("Phuket", "TH", 0), ("Pattaya", "TH", 0),
    ("Surabaya", "ID", 0), ("Bandung", "ID", 0), ("Yogyakarta", "ID", 0), ("Labuan Bajo", "ID", 0),
    ("Nusa Dua", "ID", 0), ("Penang", "MY", 0), ("Kota Kinabalu", "MY", 0), ("Davao", "PH", 0),
    ("Hue", "VN", 0), ("Haiphong", "VN", 0), ("Hai Phong", "VN", 0), ("Luang Prabang", "LA", 0),
    ("Mandalay", "MM", 0), ("Karachi", "PK", 0), ("Lahore", "PK", 0), ("Chennai", "IN", 0),
    ("Kolkata", "IN", 0), ("Bangalore", "IN", 0), ("Bengaluru", "IN", 0), ("Hyderabad", "IN", 0),
    ("Goa", "IN", 0), ("Agra", "IN", 0), ("Kandy", "LK", 0), ("Bukhara", "UZ", 0),
    ("Khiva", "UZ", 0), ("Osh", "KG", 0), ("Turkistan", "KZ", 0), ("Shymkent", "KZ", 0),
    ("Novosibirsk", "RU", 0), ("Yekaterinburg", "RU", 0), ("Khabarovsk", "RU", 0), ("Irkutsk", "RU", 0),
    ("Cartagena", "CO", 0), ("Medellin", "CO", 0), ("Medellín", "CO", 0), ("Cancun", "MX", 0),
    ("Cancún", "MX", 0), ("Guadalajara", "MX", 0), ("Monterrey", "MX", 0), ("Punta del Este", "UY", 0),
    ("Valparaiso", "CL", 0), ("Valparaíso", "CL", 0), ("Cusco", "PE", 0), ("Guayaquil", "EC", 0),
    ("Marrakech", "MA", 0), ("Marrakesh", "MA", 0), ("Casablanca", "MA", 0),
    ("Durban", "ZA", 0), ("Mombasa", "KE", 0), ("Zanzibar", "TZ", 0), ("Arusha", "TZ", 0),
    ("Auckland", "NZ", 0), ("Brisbane", "AU", 0), ("Perth", "AU", 0), ("Adelaide", "AU", 0),
    ("Calgary", "CA", 0), ("Quebec City", "CA", 0), ("Halifax", "CA", 0),
    ("Gyeongju", "KR", 0), ("Sharjah", "AE", 0),
    ("Erbil", "IQ", 0), ("Basra", "IQ", 0), ("Izmir", "TR", 0), ("Antalya", "TR", 0),
    ("Batumi", "GE", 0), ("Gyumri", "AM", 0), ("Kaliningrad", "RU", 0),
]:
    CITIES[_c] = (_cc, bool(_cap))
CAPITALS: dict[str, str] = {}
for _c, (_cc, _cap) in CITIES.items():
    if _cap and _cc not in CAPITALS:
        CAPITALS[_cc] = _c


@lru_cache(maxsize=1)
def iso_names() -> dict[str, str]:
    """code -> English short name (django-countries' spelling)."""
    return json.loads(_DATA.read_text(encoding="utf-8"))


def _key(s: str) -> str:
    s = s.strip().replace("’", "'")
    if s.lower().startswith("the "):
        s = s[4:]
    return s.lower()


@lru_cache(maxsize=1)
def _name_index() -> dict[str, str]:
    idx: dict[str, str] = {}
    for code, name in iso_names().items():
        idx[_key(name)] = code
    for alias, code in ALIASES.items():
        idx[_key(alias)] = code
    return idx


@lru_cache(maxsize=65536)
def lookup_country(name: str) -> str | None:
    """Exact lookup of a country name or alias ("Russia", "the ROK", "DPRK") -> ISO code."""
    return _name_index().get(_key(name))


@lru_cache(maxsize=65536)
def lookup_demonym(word: str) -> str | None:
    w = word.strip().replace("’", "'")
    code = DEMONYMS.get(w)
    if code or len(w) < 5 or not w[:1].isupper() or not w[1:].islower():
        return code
    # regular forms not in the table: "Zambian" (Zambia), "Ghanaian" (Ghana), "Chilean" (Chile),
    # "Malawian" (Malawi), "Peruvian" (Peru), "Togolese" (Togo)
    for suffix, adds in (("ian", ("a", "", "ia", "e")), ("an", ("a", "", "e", "o")), ("n", ("",)),
                         ("ese", ("", "o", "a")), ("vian", ("",)), ("lese", ("",)), ("i", ("", "a")), ("ian", ("as",))):
        if w.endswith(suffix):
            base = w[: -len(suffix)]
            for add in adds:
                code = _country_by_exact_name(base + add)
                if code:
                    return code
    return None


def _country_by_exact_name(name: str) -> str | None:
    """A country's own name only (no "the", no aliases such as "America")."""
    code = _name_index().get(name.lower())
    return code if code and name not in ("America",) else None


def country_name(code: str | None) -> str:
    """Readable name used in canonical organization names ("Russia", "United States")."""
    if not code:
        return ""
    short = {"KR": "Republic of Korea", "KP": "North Korea", "US": "the United States",
             "GB": "the United Kingdom", "RU": "Russia", "VN": "Viet Nam", "IR": "Iran", "SY": "Syria",
             "LA": "Laos", "TW": "Taiwan", "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania",
             "MD": "Moldova", "CZ": "the Czech Republic", "NL": "the Netherlands", "PH": "the Philippines",
             "AE": "the United Arab Emirates", "DO": "the Dominican Republic", "CF": "the Central African Republic",
             "CD": "the Democratic Republic of the Congo", "BS": "the Bahamas", "MV": "the Maldives",
             "MH": "the Marshall Islands", "SB": "the Solomon Islands", "GM": "the Gambia", "KM": "the Comoros",
             "SC": "the Seychelles"}
    return short.get(code) or iso_names().get(code, code)


@lru_cache(maxsize=1)
def country_regex() -> re.Pattern:
    """Matches any country name/alias (longest first). Group 0 is the name as written."""
    names = set(ALIASES)
    for name in iso_names().values():
        if "(" not in name and "," not in name:
            names.add(name)
    names.discard("the North")
    return re.compile(r"(?<![\w.])(?:the\s)?(?:" + trie_pattern(names) + r")(?![\w-])")


@lru_cache(maxsize=1)
def demonym_regex() -> re.Pattern:
    return re.compile(r"(?<![\w.])(?:" + trie_pattern(DEMONYMS) + r")(?![\w-])")


@lru_cache(maxsize=1)
def city_regex() -> re.Pattern:
    return re.compile(r"(?<![\w])(?:" + trie_pattern(CITIES) + r")(?![\w])")


def city_country(city: str) -> str | None:
    hit = CITIES.get(city)
    return hit[0] if hit else None


# ---- official (long) state names: "the Republic of Indonesia", "the Kingdom of the
# Netherlands", "the Portuguese Republic", "the Argentine Republic", "the Federative Republic
# of Brazil". Releases name a foreign official's country this way after the name.
_OFFICIAL_MODS = (r"(?:(?:Federal|Federative|Socialist|Islamic|Democratic|Arab|Bolivarian|Plurinational|"
                  r"Oriental|Hashemite|Cooperative|Co-operative|Independent|United|Argentine|Portuguese|"
                  r"Hellenic|Lebanese|Czech|Slovak|Kyrgyz|Italian|French|Syrian|Dominican) )*")
_OFFICIAL_HEADS = r"(?:Republic|Kingdom|State|Sultanate|Emirate|Principality|Grand Duchy|Commonwealth|Federation|Confederation)"
OFFICIAL_NAME_RE = re.compile(
    r"(?:the )?(?:" + _OFFICIAL_MODS + _OFFICIAL_HEADS + r" of (?:the )?(?P<c>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})"
    r"|(?P<d>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:Republic|Kingdom|Federation|Confederation)(?![\w-]))")


@lru_cache(maxsize=4096)
def lookup_official(name: str) -> str | None:
    """The country of an official long name ("Republic of Indonesia", "Kingdom of the
    Netherlands", "Argentine Republic", "Hellenic Republic"); None when ``name`` is not one."""
    name = name.strip().rstrip(".,")
    code = lookup_country(name)
    if code:
        return code
    m = OFFICIAL_NAME_RE.fullmatch(name)
    if not m:
        return None
    if m.group("c"):
        words = m.group("c").split(" ")
        for n in range(len(words), 0, -1):  # "Republic of Indonesia in …": the longest country
            code = lookup_country(" ".join(words[:n]))
            if code:
                return code
        return None
    d = m.group("d")
    if d == "Hellenic":
        return "GR"
    return lookup_demonym(d) or lookup_country(d)


def official_country_at(text: str, pos: int) -> tuple[str | None, int]:
    """An official long state name starting at ``pos`` (optionally after "the "): (code, end)."""
    m = OFFICIAL_NAME_RE.match(text, pos)
    if not m:
        return None, pos
    if m.group("c"):
        words = m.group("c").split(" ")
        for n in range(len(words), 0, -1):
            cand = " ".join(words[:n]).rstrip(".,")
            code = lookup_country(cand)
            if code:
                return code, m.start("c") + len(cand)
        return None, pos
    code = lookup_official(m.group(0))
    return (code, m.end()) if code else (None, pos)
