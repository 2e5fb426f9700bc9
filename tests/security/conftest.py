"""The demandes' fixtures, for the attacks on their forms."""

from tests.demandes.conftest import agent_oliveaux, demandes, fresh_rate_limit, ftu_form, pic_form, private_root  # noqa: F401
