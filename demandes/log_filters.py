"""Follow-up links open a demande without a password: no log may keep them whole."""

import logging
import re

# /fr/demandes/suivi/<token>/ and /fr/demandes/confirmation/<token>/, wherever they appear in a message.
FOLLOW_UP_PATH = re.compile(r"(/demandes/(?:suivi|confirmation)/)[^/?#\s\"']+")
MASK = r"\1***"


class MaskFollowUpTokens(logging.Filter):
    """Rewrites the record in place, so every handler after this one writes it masked too."""

    def filter(self, record):
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return True  # a malformed record: the handler reports it as it would have
        masked = FOLLOW_UP_PATH.sub(MASK, message)
        if masked != message:
            record.msg, record.args = masked, ()
        return True
