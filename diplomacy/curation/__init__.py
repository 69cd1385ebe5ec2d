"""Curation: plain domain functions that staff corrections go through.

Every function takes keyword-only arguments, wraps its writes in ``transaction.atomic()`` and
saves curated rows one by one with ``_history_user`` set, so that each change has a
django-simple-history row naming the person who made it. The admin (``admin_views``) and any
future page call these functions; they never write the tables themselves.

- ``merge``: fold one person or organization into another (``merge_people``,
  ``merge_organizations``) and preview what would move (``merge_preview``).
- ``corrections``: ``reassign_participation``, ``split_meeting``, ``change_pledge_status``.
- ``review``: ``set_review_status`` and the cross-model review queue.
- ``duplicates``: likely duplicate people/organizations (rapidfuzz, proposing only) and
  "not the same" decisions.
"""


class CurationRefused(ValueError):
    """A correction that must not be made (e.g. merging a pair recorded as not the same).
    The message is meant for the curator."""


def save_as(obj, user, reason: str = "") -> None:
    """Save ``obj`` so that its simple-history row names ``user`` (and says why)."""
    obj._history_user = user
    if reason:
        obj._change_reason = reason
    obj.save()
