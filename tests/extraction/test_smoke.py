import datetime as dt


def test_seeds_parse_and_extract_without_error(seed_x):
    for n in ("000", "001", "002", "003", "004"):
        x = seed_x(n)
        assert x.meetings, n


def test_main_meeting_dates_match_hand_checked_values(seed_x):
    want = {"000": dt.date(2014, 12, 5), "001": dt.date(2021, 9, 29), "002": dt.date(2021, 1, 14),
            "003": dt.date(2016, 6, 13), "004": dt.date(2017, 11, 1)}
    for n, d in want.items():
        assert seed_x(n).meetings[0].date.value == d, n
