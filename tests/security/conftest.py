"""The demandes' fixtures, for the attacks on their forms."""

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
