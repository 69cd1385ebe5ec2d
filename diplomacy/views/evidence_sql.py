"""The evidence sentence cut out in the database, so that a page never loads a whole release
text to show one sentence of it."""

from django.db.models import F, TextField
from django.db.models.functions import Substr

from diplomacy.models import Evidence


def with_sentences(queryset=None):
    queryset = Evidence.objects.all() if queryset is None else queryset
    return queryset.annotate(
        sentence=Substr(
            "release__cleaned_text",
            F("sentence_start") + 1,
            F("sentence_end") - F("sentence_start"),
            output_field=TextField(),
        ),
        release_title=F("release__title"),
        release_date=F("release__published_on"),
    ).order_by("release__published_on", "release_id", "start", "pk")
