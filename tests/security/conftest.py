"""The demandes' fixtures, for the attacks on their forms, and the profiles of the property-based tests.

``HYPOTHESIS_PROFILE=ci`` (the default when ``CI`` is set, as in .ci/run) keeps no example database:
every run draws afresh, and a failure prints the seed that reproduces it (``--hypothesis-seed``).
Locally (``dev``) Hypothesis replays the failures it found before, from ``.hypothesis/``.
"""

import os

from hypothesis import settings

from tests.demandes.conftest import (  # noqa: F401
    agent_oliveaux,
    demandes,
    fresh_rate_limit,
    ftu_form,
    mailbox,
    pic_form,
    private_root,
    smtp_port,
)

settings.register_profile("ci", database=None, print_blob=True)
settings.register_profile("dev")
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
