"""A pledge's current firmness/fulfilment follows its latest PledgeStatusChange (by
``changed_on``, then id), however the change is added or removed: the admin inline on the
pledge page, the PledgeStatusChange admin page, ``change_pledge_status``, deletes."""

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from diplomacy import models as m
from diplomacy.curation.corrections import change_pledge_status
from tests import factories as f
from tests.curation.test_corrections_survive_loads import change_form_data

pytestmark = pytest.mark.django_db

PREFIX = "status_changes"


def pledge_url(pledge):
    return reverse("admin:diplomacy_pledge_change", args=[pledge.pk])


def add_inline_change(client, pledge, changed_on, firmness, fulfilment, note=""):
    """POST the pledge page as rendered plus one new status-change row in the inline."""
    data = change_form_data(client, pledge_url(pledge))
    n = int(data[f"{PREFIX}-TOTAL_FORMS"])
    data.update({
        f"{PREFIX}-TOTAL_FORMS": n + 1,
        f"{PREFIX}-{n}-changed_on": changed_on,
        f"{PREFIX}-{n}-firmness": firmness,
        f"{PREFIX}-{n}-fulfilment": fulfilment,
        f"{PREFIX}-{n}-note": note,
        f"{PREFIX}-{n}-source_url": "",
        f"{PREFIX}-{n}-pledge": pledge.pk,
    })
    response = client.post(pledge_url(pledge), data)
    assert response.status_code == 302, response.context["inline_admin_formsets"][0].formset.errors
    pledge.refresh_from_db()
    return pledge


def delete_inline_change(client, pledge, change):
    data = change_form_data(client, pledge_url(pledge))
    n = int(data[f"{PREFIX}-TOTAL_FORMS"])
    [index] = [i for i in range(n) if str(data[f"{PREFIX}-{i}-id"]) == str(change.pk)]
    data[f"{PREFIX}-{index}-DELETE"] = "on"
    response = client.post(pledge_url(pledge), data)
    assert response.status_code == 302
    pledge.refresh_from_db()
    return pledge


def status(pledge):
    return (pledge.firmness, pledge.fulfilment)


def test_inline_change_moves_pledge_and_pages_show_it(curator_client, curator):
    pledge = f.PledgeFactory()
    assert status(pledge) == ("announced", "not_rated")

    add_inline_change(curator_client, pledge, "2018-03-01", "delivered", "kept", "Disbursed")

    assert status(pledge) == ("delivered", "kept")
    assert {"firmness", "fulfilment"} <= set(pledge.edited_fields)
    change = pledge.status_changes.get()
    assert change.changed_by == curator
    assert pledge.history.first().history_user == curator
    # the admin list and the staff pages read the pledge row
    admin_list = curator_client.get(
        reverse("admin:diplomacy_pledge_changelist"), {"fulfilment__exact": "kept"}
    )
    assert list(admin_list.context["cl"].result_list) == [pledge]
    staff_list = curator_client.get(reverse("pledge-list"), {"fulfilment": "kept"})
    assert [p.pk for p in staff_list.context["object_list"]] == [pledge.pk]
    detail = curator_client.get(reverse("pledge-detail", args=[pledge.pk])).content.decode()
    assert "<dt>Fulfilment</dt><dd>Kept</dd>" in detail


def test_older_change_added_later_does_not_override_newer(curator_client):
    pledge = f.PledgeFactory()
    add_inline_change(curator_client, pledge, "2019-05-02", "committed", "stalled")

    add_inline_change(curator_client, pledge, "2018-01-10", "committed", "in_the_works")
    assert status(pledge) == ("committed", "stalled")
    assert pledge.status_changes.count() == 2

    # the same through the domain function (and its in-memory pledge)
    change_pledge_status(
        pledge=pledge, firmness="announced", fulfilment="not_rated",
        changed_on=dt.date(2017, 1, 1), user=None,
    )
    assert status(pledge) == ("committed", "stalled")
    pledge.refresh_from_db()
    assert status(pledge) == ("committed", "stalled")


def test_same_day_changes_latest_id_wins(curator):
    pledge = f.PledgeFactory()
    for fulfilment in ("in_the_works", "compromise"):
        change_pledge_status(
            pledge=pledge, firmness="committed", fulfilment=fulfilment,
            changed_on=dt.date(2020, 2, 2), user=curator,
        )
    pledge.refresh_from_db()
    assert status(pledge) == ("committed", "compromise")


def test_deleting_latest_change_falls_back_to_previous(curator_client):
    pledge = f.PledgeFactory()
    add_inline_change(curator_client, pledge, "2018-01-10", "committed", "in_the_works")
    add_inline_change(curator_client, pledge, "2019-05-02", "committed", "broken")
    newest = pledge.status_changes.get(changed_on=dt.date(2019, 5, 2))

    delete_inline_change(curator_client, pledge, newest)
    assert status(pledge) == ("committed", "in_the_works")

    # the last one gone: the pledge keeps what it has
    delete_inline_change(curator_client, pledge, pledge.status_changes.get())
    assert status(pledge) == ("committed", "in_the_works")
    assert pledge.status_changes.count() == 0


def test_queryset_delete_and_instance_delete_fall_back(curator):
    pledge = f.PledgeFactory()
    for day, fulfilment in ((1, "in_the_works"), (2, "stalled"), (3, "kept")):
        f.PledgeStatusChangeFactory(
            pledge=pledge, changed_on=dt.date(2020, 1, day), fulfilment=fulfilment
        )
    pledge.refresh_from_db()
    assert pledge.fulfilment == "kept"

    m.PledgeStatusChange.objects.filter(pledge=pledge, changed_on__gte=dt.date(2020, 1, 2)).delete()
    pledge.refresh_from_db()
    assert pledge.fulfilment == "in_the_works"

    m.PledgeStatusChange.objects.get(pledge=pledge).delete()
    pledge.refresh_from_db()
    assert pledge.fulfilment == "in_the_works"


def test_status_change_admin_page_add_edit_and_move(curator_client, curator):
    pledge, other = f.PledgeFactory(), f.PledgeFactory()
    add_url = reverse("admin:diplomacy_pledgestatuschange_add")
    row = {
        "pledge": pledge.pk, "changed_on": "2021-06-01", "firmness": "delivered",
        "fulfilment": "kept", "note": "", "source_url": "", "evidence": "",
    }
    assert curator_client.post(add_url, row).status_code == 302
    pledge.refresh_from_db()
    assert status(pledge) == ("delivered", "kept")

    # moving the change to another pledge: both follow their own history
    f.PledgeStatusChangeFactory(
        pledge=pledge, changed_on=dt.date(2020, 1, 1), firmness="committed",
        fulfilment="in_the_works",
    )
    change = m.PledgeStatusChange.objects.get(changed_on=dt.date(2021, 6, 1))
    url = reverse("admin:diplomacy_pledgestatuschange_change", args=[change.pk])
    assert curator_client.post(url, {**row, "pledge": other.pk}).status_code == 302
    pledge.refresh_from_db()
    other.refresh_from_db()
    assert status(pledge) == ("committed", "in_the_works")
    assert status(other) == ("delivered", "kept")
    assert {"firmness", "fulfilment"} <= set(other.edited_fields)


def test_deleting_pledge_cascades_without_touching_it(curator):
    pledge = f.PledgeFactory()
    f.PledgeStatusChangeFactory(pledge=pledge, changed_on=dt.date(2020, 1, 1))
    f.PledgeStatusChangeFactory(pledge=pledge, changed_on=dt.date(2020, 2, 1))
    versions = pledge.history.count()
    pk = pledge.pk
    pledge.release.delete()
    assert not m.Pledge.objects.filter(pk=pk).exists()
    # one "deleted" history row, no status rewrite on the way out
    assert m.Pledge.history.filter(id=pk).count() == versions + 1


def test_pledge_form_status_older_than_history_warns(curator_client):
    from tests.curation.test_admin_curation import pledge_form_data

    pledge = f.PledgeFactory()
    f.PledgeStatusChangeFactory(
        pledge=pledge, changed_on=dt.date(2030, 1, 1), firmness="committed", fulfilment="stalled"
    )
    pledge.refresh_from_db()
    data = pledge_form_data(pledge, fulfilment="kept", status_changed_on="2020-01-01")
    data.update({"status_changes-TOTAL_FORMS": "0", "status_changes-INITIAL_FORMS": "0"})
    response = curator_client.post(pledge_url(pledge), data, follow=True)
    pledge.refresh_from_db()
    assert status(pledge) == ("committed", "stalled")
    assert any("later one still sets" in str(x) for x in response.context["messages"])


def test_status_from_history_survives_reextract(curator_client):
    call_command("load_seeds", stdout=StringIO(), stderr=StringIO())
    pledge = m.Pledge.objects.order_by("pk").first()
    before = pledge.status_changes.count()
    add_inline_change(curator_client, pledge, "2030-01-01", "delivered", "broken")
    assert status(pledge) == ("delivered", "broken")

    for args in ((), ("--reextract",)):
        call_command("load_seeds", *args, stdout=StringIO(), stderr=StringIO())
        pledge.refresh_from_db()
        assert status(pledge) == ("delivered", "broken"), args
        assert {"firmness", "fulfilment"} <= set(pledge.edited_fields)
        assert pledge.status_changes.count() == before + 1


# real commits from two threads; serialized_rollback puts back what the migrations made (and
# keeps the content types that tests/export/test_backup.py restores consistent)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_changes_to_one_pledge_end_at_the_latest():
    """Two curators add changes to one pledge at once (PostgreSQL): the newer-dated one was
    saved first but commits last; the other transaction waits on the pledge row lock and
    then sees it, so the pledge ends at the newer change, not at the last one written."""
    import threading

    from django.db import connections, transaction

    from tests.scale.conftest import require_postgres

    require_postgres()
    pledge = f.PledgeFactory()
    saved, started = threading.Event(), threading.Event()
    errors = []

    def first():
        try:
            with transaction.atomic():
                change_pledge_status(
                    pledge=m.Pledge.objects.get(pk=pledge.pk), firmness="delivered",
                    fulfilment="kept", changed_on=dt.date(2022, 1, 1), user=None,
                )
                saved.set()
                started.wait(10)
                threading.Event().wait(0.7)  # the second one is now blocked on the lock
        except BaseException as error:
            errors.append(error)
        finally:
            connections.close_all()

    def second():
        try:
            saved.wait(10)
            started.set()
            change_pledge_status(
                pledge=m.Pledge.objects.get(pk=pledge.pk), firmness="committed",
                fulfilment="stalled", changed_on=dt.date(2021, 1, 1), user=None,
            )
        except BaseException as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    pledge.refresh_from_db()
    assert status(pledge) == ("delivered", "kept")
    assert pledge.status_changes.count() == 2
