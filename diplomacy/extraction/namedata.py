"""Word lists for person names and titles (reference data)."""

KOREAN_SURNAMES = frozenset(
    """Kim Lee Yi Rhee Park Pak Choi Choe Chung Jung Jeong Cho Jo Kang Yoon Yun Jang Chang Lim
    Im Han Oh Seo Suh Shin Kwon Hwang Ahn Song Jeon Chun Hong Yoo Yu Ko Koh Moon Mun Yang Son
    Sohn Bae Baek Paik Heo Huh Nam Noh Roh Ha Kwak Sung Cha Joo Ju Woo Min Ryu Na Jin Ji Um Eom
    Chae Won Bang Kong Hyun Ham Byun Yeom Yeo Choo Chu Do Seok Ma Gil Wi Pyo Myung Ki Ban Wang
    Geum Ok Yook In Maeng Je Mo Tak Kook Yeon Bong Eo Hahn Kyung Lyu Rho Shim Sim Oh Gong Jun
    Chey Ihm Hur Kil Ryoo Yum Suk Sun Hyeon Ryoo""".split()
)
JAPANESE_SURNAMES = frozenset(
    """Nakamitsu Kishida Abe Suga Kono Motegi Hayashi Kamikawa Iwaya Tanaka Suzuki Sato
    Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi
    Matsumoto Inoue Kimura Shimizu Saito Yamazaki Mori Ikeda Hashimoto Ishikawa Ogawa Okada
    Hasegawa Fujita Goto Kondo Murakami Endo Aoki Sakamoto Nishimura Fukuda Ota Miura Fujii
    Okamoto Matsuda Nakagawa Nakano Harada Ono Tamura Takeuchi Kaneko Wada Nakayama Ishii Ueda
    Morita Hara Shibata Sakai Kudo Yokoyama Miyazaki Miyamoto Uchida Takagi Ando Taniguchi
    Maruyama Imai Fujiwara Murata Takeda Ueno Sugiyama Masuda Hirano Otsuka Chiba Kubo Matsui
    Iwasaki Sakurai Kinoshita Noguchi Matsuo Kikuchi Nomura Arai Akiba Funakoshi Kanasugi
    Koizumi Obuchi Komura Aso Gemba Maehara Noda Hatoyama Machimura Nakasone Kawaguchi Ishiba
    Akiba Mori Yachi Kitamura Okano Ishikane Hiroki Nakasone Amari Nishimura Kamikawa""".split()
)
CHINESE_SURNAMES = frozenset(
    """Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Luo Liang
    Zheng Xie Tang Feng Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu Su Jiang Cai Jia
    Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan Fang Shi Yao Tan Liao Zou Xiong Qin
    Kong Bai Cui Mao Qiu Gu Hou Shao Meng Duan Lei Qian Yin Wen Xi Qi Kou""".split()
)
# generational suffixes written after a name, as the release spells them
NAME_SUFFIXES = {"Jr": "Jr.", "Sr": "Sr.", "II": "II", "III": "III", "IV": "IV"}
PARTICLES = frozenset("de da del della di van von der den le la bin binti al el du dos das ter".split())
# words that can never be part of a person's name
NOT_NAME = frozenset(
    """The A An And Of For To In On At By With From During After Before Minister Ministry
    Ministers Affairs Foreign Defense Defence National Security Council General Assembly
    Korea Korean ROK Republic United Nations UN NATO EU US U.S. DPRK North South East West
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Government Office President
    Secretary Secretary-General Ambassador Deputy Vice First Second Third Director
    Director-General Prime Speaker Committee Commission Conference Meeting Summit Forum Talks
    Peninsula Seoul Washington Tokyo Beijing Moscow Geneva Vienna Brussels He She They It Its
    His Her Their This That These Those Both Each Also However Meanwhile Additionally Previously
    In Mr Mrs Ms Dr Excellency H.E. Chairman Chair Head Chief Special Representative High
    Global Multilateral International Organization Organizations Union Agency Institute Service
    Cooperation Partnership Programme Program Plan Treaty Convention Initiative Trade Industry
    Energy Unification Economy Finance Justice Interior Health Welfare Education Environment
    Culture Sports Tourism Agriculture Fisheries Oceans Transport Infrastructure Land Science
    ICT Development Planning Strategy Relations Europe Asia Africa America Pacific Affairs
    Secretariat Department State Federal Council Parliament Congress Senate Kingdom Empire
    Mission Embassy Consulate Delegation Group Team Chiefs Staff Commander Forces Army Navy
    World Asian European African Arab Islamic Human Rights Disarmament Non-proliferation Climate
    Peacekeeping Public Political Economic Legal Consular Policy Strategic Bilateral Olympic Games
    Meets Meet Holds Hold Visits Visit Attends Attend Calls Call Has Have Receives Receive Speaks
    Delivers Hosts Host Signs Sign Leaves Arrives Expresses Congratulates Chairs Participates
    Announces Discusses Will Shall Says Said Stresses Notes Urges Welcomes Condemns Issues Makes
    Takes Gives Co-chairs Co-Chairs Pays Tours Opens Launches Concludes Conducts Joins Elected
    Appointed Named Nominated Outcome Results Result Press Release Briefing Statement
    Sends Send Extends Offers Conveys Presents Accepts Addresses Emphasizes Highlights
    Reaffirms Agrees Promotes Condolence Condolences Message Letter Congratulatory Remarks
    Greetings Sympathy Talk Phone Telephone Video Elect Designate Executive Officer Level Consultation
    Consultations Dialogue Held Session Sessions Ministerial Working Joint Round Trilateral Senior
    Officials Official Leaders Leader Anniversary Visits Trip Meetings Talks Summit Agreement
    Memorandum Understanding Ceremony Luncheon Dinner Videoconference Conversation""".split()
)
PORTFOLIO_END = frozenset(
    """Affairs Defense Defence Trade Unification Security Energy Industry Finance Economy
    Development Cooperation Environment Justice Health Welfare Education Culture Tourism Sports
    Agriculture Fisheries Transport Infrastructure Land Interior Safety Labor Labour Employment
    Family Equality ICT Science Technology Oceans Commerce Planning Strategy Relations Europe
    Communications Information Veterans Startups SMEs Agency Ministry Committee Council Office
    Organization Organizations Assembly Union Nations NATO UN EU ASEAN OECD Government Peace
    Issues Diplomacy Asia Pacific Americas Africa Region Operations Refugees Women Children
    Rights Disarmament Non-proliferation Nonproliferation Protocol Policy Programme Program
    Secretariat Summit Talks Process Matters Development Resources Revenue Treasury Exchange
    Housing Transportation Communications Intelligence Reform Administration Diaspora Migration
    Overseas Koreans Crisis Climate Change Innovation Cyber Space Worship Religion Religious
    Expatriates Emigrants Nationals Abroad Commonwealth Integration Francophonie Investment
    Immigration Citizenship Mobility Entrepreneurship Digital Economic Affairs Works Mines
    Petroleum Water Forestry Youth Gender Solidarity Communities Territories Budget Department
    Bureau Division Directorate Mining Mineral Minerals Resources Investments Industries Enterprises
    Services
    Cooperatives Culture Arts Heritage""".split()
)
TITLE_MODS = (
    "First|Second|Third|Senior|Acting|Deputy|Vice|Assistant|Executive|Principal|Permanent|"
    "Special|High|Foreign|Defense|Defence|Trade|Unification|Finance|Prime|Chief|Parliamentary|"
    "Presidential|National Security|Interim|Resident|Under|State|Cabinet|Federal|Coordinating|Regional"
)
TITLE_CORES = (
    "Under-Secretary-General|Assistant Secretary-General|Deputy Secretary-General|"
    "Secretary-General|Secretary General|Secretary of State|Secretary|Minister|Vice President|"
    "President|Ambassador-at-Large|Ambassador|Representative|Envoy|Director-General|"
    "Director General|Director|Spokesperson|Spokeswoman|Spokesman|Speaker|Chairman|Chairperson|"
    "Chairwoman|Chair|Co-Chair|Commissioner|Chancellor|Premier|Councilor|Councillor|"
    "Consul General|Consul-General|Governor|Mayor|Senator|King|Queen|Emperor|Crown Prince|"
    "Prince|Princess|Emir|Amir|Sultan|Administrator|Coordinator|Adviser|Advisor|Counselor|"
    "Sherpa|Chargé d’Affaires|Chargé d'Affaires|Charge d'Affaires|Executive Director|"
    "Head of Delegation|Head|Negotiator|Commander|Chief of Staff|Chief of Cabinet|Chief Executive Officer|"
    "Chief Executive|President-elect|Prime Minister-designate|Permanent Secretary|"
    "Secretary of Foreign Affairs|Foreign Secretary|State Councilor|Under-Secretary|Undersecretary|"
    # plural titles before a list of names ("Deputy Secretaries-General A and B")
    "Secretaries-General|Directors-General|Directors General|Ministers|Ambassadors|Directors"
)
# plural title core -> singular
PLURAL_TITLES = {"Secretaries-General": "Secretary-General", "Directors-General": "Director-General",
                 "Directors General": "Director General", "Ministers": "Minister",
                 "Ambassadors": "Ambassador", "Directors": "Director"}
# title words -> organization (home country) when nothing else says which
HOME_TITLE_ORG = (
    ("Foreign Affairs", "Ministry of Foreign Affairs"),
    ("Foreign Minister", "Ministry of Foreign Affairs"),
    ("National Defense", "Ministry of National Defense"),
    ("Defense Minister", "Ministry of National Defense"),
    ("Unification", "Ministry of Unification"),
    ("Speaker", "National Assembly"),
)
MOFA_TITLES = ("Deputy Minister for", "Director-General for", "Director General for", "Spokesperson",
               "Ambassador", "Vice Minister", "Special Representative for Korean Peninsula", "Representative for",
               "Consul General")
