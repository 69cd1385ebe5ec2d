"""Rules of round r7c: people and organizations in real (odd-year) MOFA releases.

Pure data and functions, no Django imports.
"""
from __future__ import annotations

# Headline verbs in their plural (base) form. A headline whose subject is plural ("Foreign
# Minister and US Secretary of State Reaffirm Coordination on …", "Two Ministers Agree to …",
# "Korea and Japan Discuss …") puts the verb right after a title, in capitals; the verb is not
# the start of a name. (The third-person forms "Reaffirms", "Agrees", … are in NOT_NAME
# already.) Words that are also given or family names (Grant, Mark, Will, Hope) are left out.
HEADLINE_BASE_VERBS = frozenset(
    """Reaffirm Agree Discuss Stress Urge Welcome Condemn Express Congratulate Pledge Vow Seek
    Explore Review Share Exchange Coordinate Strengthen Enhance Boost Deepen Expand Launch
    Adopt Renew Confirm Underscore Emphasize Highlight Promote Commit Celebrate Mark Sign
    Reaffirming Agreeing Discussing Exploring Pledges Vows Seeks Explores Reviews Shares
    Strengthens Enhances Boosts Deepens Expands Adopts Renews Confirms Underscores Commits
    Celebrates Marks""".split()
) - {"Mark"}


def paren_acronym(tok: str) -> tuple[int, int] | None:
    """"Korea International Cooperation Agency (KOICA) President Lee Mi-kyung": the token right
    before a title is an acronym in brackets. Returns the acronym's (offset, length) inside the
    token, so that the caller can look up the organization read there and make it the person's
    employer; None for any other token ("(ODA)" is looked up too, and simply finds nothing)."""
    if len(tok) < 4 or tok[0] != "(" or tok[-1] != ")":
        return None
    inner = tok[1:-1]
    if not (inner[:1].isupper() and sum(c.isupper() for c in inner) >= 2 and inner.replace("&", "").isalnum()):
        return None
    return 1, len(inner)
