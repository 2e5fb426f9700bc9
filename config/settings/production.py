"""Production: the base settings, debugging off (the stack in deploy/ runs with these)."""

import os

os.environ["DJANGO_DEBUG"] = "false"

from .base import *  # noqa: E402, F403
