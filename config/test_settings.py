"""Settings for the test suite: the normal settings with the testing switch on."""

import os

os.environ.setdefault("DIPLOMACY_TESTING", "1")

from config.settings import *  # noqa: E402,F403

# Fast hashing: tests create many users; production keeps Django's default hasher.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# No collectstatic before tests: whitenoise serves from the finders instead of STATIC_ROOT.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
