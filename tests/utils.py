import html
import re


def page_text(response):
    """The visible text of a response, with tags removed and every kind of space folded to one."""
    body = response.content.decode()
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    return re.sub(r"\s+", " ", text.replace("\N{NARROW NO-BREAK SPACE}", " ")).strip()
