"""A curator's round trip in a real browser: sign in, find every meeting with Russia, open
one, follow its evidence to the release, correct the city in the admin, see it corrected."""

import datetime as dt
import os
import tempfile

import pytest
from django.contrib.auth.models import Group
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select, WebDriverWait

from diplomacy import models as m
from tests import factories as f

# live_server needs real commits; serialized_rollback puts back what the migrations made
# (groups, permissions, content types) after the flush, for the transactional tests after us.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TEXT = (
    "Foreign Minister Meets Russian Counterpart\n\n"
    "1. Foreign Minister Yun Byung-se met Russian Foreign Minister Sergey Lavrov in Moscow "
    "on 13 June."
)
# screenshots for a person to look at: /tmp/diplomacy-*.png unless SCREENSHOT_DIR says
SCREENSHOTS = os.environ.get("SCREENSHOT_DIR", tempfile.gettempdir())


def wait(driver):
    return WebDriverWait(driver, 10)


@pytest.fixture
def data(django_user_model):
    user = django_user_model.objects.create_user(
        username="curator", password="curator-pass-123", is_staff=True
    )
    user.groups.add(Group.objects.get(name="curators"))
    release = f.ReleaseFactory(
        title="Minister meets Lavrov", cleaned_text=TEXT, published_on=dt.date(2016, 6, 14)
    )
    meeting = f.MeetingFactory(
        title="Yun–Lavrov talks", city="Moskva", country="RU", date=dt.date(2016, 6, 13)
    )
    f.MeetingFactory(title="Talks in Paris", city="Paris", country="FR")
    f.MeetingReleaseFactory(meeting=meeting, release=release)
    lavrov = f.PersonFactory(name="Sergey Lavrov", country="RU")
    f.ParticipationFactory(meeting=meeting, person=lavrov, release=release)
    start = TEXT.index("met Russian")
    end = TEXT.index(" on 13 June")
    evidence = f.EvidenceFactory(
        release=release,
        meeting=meeting,
        start=start,
        end=end,
        sentence_start=TEXT.index("1. "),
        sentence_end=len(TEXT),
        quote=TEXT[start:end],
    )
    return meeting, release, evidence


def test_curator_corrects_a_city_found_through_the_country_filter(live_server, driver, data):
    meeting, release, evidence = data
    driver.get(live_server.url + "/")
    # not signed in: the login form
    assert "/accounts/login/" in driver.current_url
    driver.find_element(By.ID, "id_username").send_keys("curator")
    driver.find_element(By.ID, "id_password").send_keys("curator-pass-123")
    driver.find_element(By.CSS_SELECTOR, "form.login button[type=submit]").click()
    wait(driver).until(ec.url_to_be(live_server.url + "/"))
    assert driver.find_element(By.TAG_NAME, "h1").text == "Dashboard"
    driver.save_screenshot(f"{SCREENSHOTS}/diplomacy-dashboard.png")

    driver.find_element(By.LINK_TEXT, "Meetings").click()
    Select(driver.find_element(By.ID, "id_country")).select_by_value("RU")
    driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
    wait(driver).until(ec.url_contains("country=RU"))
    rows = driver.find_elements(By.CSS_SELECTOR, "table.list tbody tr")
    assert [r.find_element(By.CSS_SELECTOR, "td:nth-child(2)").text for r in rows] == [
        "Yun–Lavrov talks"
    ]
    driver.save_screenshot(f"{SCREENSHOTS}/diplomacy-meeting-list.png")

    driver.find_element(By.LINK_TEXT, "Yun–Lavrov talks").click()
    wait(driver).until(ec.url_to_be(f"{live_server.url}/meetings/{meeting.pk}/"))
    assert driver.find_element(By.CSS_SELECTOR, "dd.place").text == "Moskva, Russia"
    driver.find_element(By.CSS_SELECTOR, "ul.evidence p.source a").click()
    wait(driver).until(ec.url_contains(f"/releases/{release.pk}/#ev-{evidence.pk}"))
    mark = driver.find_element(By.ID, f"ev-{evidence.pk}")
    assert mark.text.startswith("met Russian Foreign Minister Sergey Lavrov in Moscow")
    driver.save_screenshot(f"{SCREENSHOTS}/diplomacy-release.png")
    driver.set_window_size(390, 844)  # a phone
    driver.save_screenshot(f"{SCREENSHOTS}/diplomacy-release-phone.png")
    driver.set_window_size(1280, 900)

    # back to the meeting through the mark's link, then to the admin
    driver.find_element(By.CSS_SELECTOR, f"#ev-{evidence.pk} + a.ev-ref").click()
    wait(driver).until(ec.url_to_be(f"{live_server.url}/meetings/{meeting.pk}/"))
    driver.find_element(By.LINK_TEXT, "Edit in the admin").click()
    wait(driver).until(ec.url_contains(f"/admin/diplomacy/meeting/{meeting.pk}/change/"))
    city = driver.find_element(By.ID, "id_city")
    city.clear()
    city.send_keys("Moscow")
    driver.find_element(By.NAME, "_save").click()
    wait(driver).until(ec.presence_of_element_located((By.CSS_SELECTOR, ".messagelist")))
    assert "was changed successfully" in driver.find_element(By.CSS_SELECTOR, ".messagelist").text

    driver.get(f"{live_server.url}/meetings/{meeting.pk}/")
    assert driver.find_element(By.CSS_SELECTOR, "dd.place").text == "Moscow, Russia"
    driver.save_screenshot(f"{SCREENSHOTS}/diplomacy-meeting.png")
    meeting.refresh_from_db()
    assert meeting.city == "Moscow"
    assert "city" in meeting.edited_fields
    assert m.Meeting.history.filter(id=meeting.pk).count() == 2
