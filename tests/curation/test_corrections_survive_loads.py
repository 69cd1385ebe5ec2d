"""Staff corrections survive loads: load the seeds, change fields through the admin change
pages and reject records through the admin action, then run ``load_seeds`` and
``load_seeds --reextract`` again; every edit and rejection stands and nothing rejected comes
back. (Runs the real loader, diplomacy/loading, on seeds/.)"""

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from diplomacy import models as m

pytestmark = pytest.mark.django_db


def load(*args):
    call_command("load_seeds", *args, stdout=StringIO(), stderr=StringIO())


def _value(bound):
    value = bound.value()
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return value


def change_form_data(client, url) -> dict:
    """POST data reproducing the change page as rendered (main form and inline formsets)."""
    response = client.get(url)
    assert response.status_code == 200
    data = {}

    def add(form):
        for name in form.fields:
            value = _value(form[name])
            if value is False:
                continue
            data[form.add_prefix(name)] = True if value is True else value

    add(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        add(formset.management_form)
        for form in formset.forms:
            add(form)
    return data


def edit(client, obj, **changes):
    url = reverse(f"admin:diplomacy_{obj._meta.model_name}_change", args=[obj.pk])
    data = change_form_data(client, url)
    data.update(changes)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    obj.refresh_from_db()
    return obj


def reject(client, obj):
    model = obj._meta.model_name
    response = client.post(
        reverse(f"admin:diplomacy_{model}_changelist"),
        {"action": "mark_rejected", "_selected_action": [obj.pk]},
    )
    assert response.status_code == 302


def test_edits_and_rejections_survive_reload_and_reextract(curator_client):
    load()
    yun_lavrov = m.Meeting.objects.get(title__contains="Sergey Lavrov")
    pledge, rejected_pledge = m.Pledge.objects.order_by("pk")[:2]
    participation, rejected_participation = m.Participation.objects.order_by("pk")[:2]
    person = m.Person.objects.get(name="Cho Tae-yul")
    rejected_person = m.Person.objects.get(name="Anders Fogh Rasmussen")
    organization, rejected_organization = m.Organization.objects.filter(
        participations__isnull=True, positions__isnull=True, pledges__isnull=True,
    ).order_by("pk")[:2]
    # N = 6 field edits through the change pages
    edits = [
        (yun_lavrov, "title", "Korea-Russia foreign ministers' meeting"),
        (yun_lavrov, "venue", "Osobnyak MID"),
        (pledge, "actor", "ROK government (curator)"),
        (participation, "title", "Minister of Foreign Affairs (acting)"),
        (person, "given_name", "Tae-yul (corrected)"),
        (organization, "acronym", "CHK"),
    ]
    for obj, field, value in edits:
        edit(curator_client, obj, **{field: value})
    # M = 4 rejections through the changelist action
    rejected = [rejected_pledge, rejected_participation, rejected_person, rejected_organization]
    for obj in rejected:
        reject(curator_client, obj)
    counts = {
        model: model.objects.count()
        for model in (m.Meeting, m.Participation, m.Person, m.Organization, m.Pledge)
    }

    for args in ((), ("--reextract",)):
        load(*args)
        for obj, field, value in edits:
            obj.refresh_from_db()
            assert getattr(obj, field) == value, (args, obj, field)
            assert field in obj.edited_fields
        for obj in rejected:
            obj.refresh_from_db()
            assert obj.review_status == m.ReviewStatus.REJECTED, (args, obj)
        assert m.Pledge.objects.filter(text=rejected_pledge.text).count() == 1
        assert m.Person.objects.filter(name=rejected_person.name).count() == 1
        assert m.Organization.objects.filter(name=rejected_organization.name).count() == 1
        assert m.Participation.objects.filter(
            meeting=rejected_participation.meeting,
            name_as_written=rejected_participation.name_as_written,
        ).count() == 1
        assert {model: model.objects.count() for model in counts} == counts, args
