import html
import re
from email import message_from_bytes, policy


def page_text(response):
    """The visible text of a response, with tags removed and every kind of space folded to one."""
    body = response.content.decode()
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    return re.sub(r"\s+", " ", text.replace("\N{NARROW NO-BREAK SPACE}", " ")).strip()


class Mailbox:
    """What a real SMTP server on 127.0.0.1 received, parsed."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.original_content, policy=policy.default)
        self.messages.append({"to": envelope.rcpt_tos, "message": message})
        return "250 Message accepted for delivery"

    def to(self, address):
        return [item["message"] for item in self.messages if address in item["to"]]
