"""Dates and amounts as residents type them in any of the site's languages, never misread."""

import datetime
import re
from decimal import Decimal, InvalidOperation

from django.utils.formats import get_format

# Arabic-Indic (٠…٩) and Eastern Arabic-Indic (۰…۹) digits, as Arabic phone keyboards type them.
ASCII_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
ISO_DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
# Day first, always: « 05/06/2027 » is 5 June in every language; month first is never guessed.
DAY_FIRST_DATE = re.compile(r"(?P<day>\d{1,2})(?P<sep>[/.\-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})")
SEPARATED_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)+")


class NotADate(ValueError):
    pass


class NotAnAmount(ValueError):
    pass


class AmbiguousAmount(ValueError):
    """« 1,500 » in French or « 1.500 » in English: thousands or decimals, we cannot tell."""


def parse_date(text):
    """ISO (what a native date input sends) or day/month/year with /, - or . between them."""
    text = text.translate(ASCII_DIGITS).strip()
    match = ISO_DATE.fullmatch(text) or DAY_FIRST_DATE.fullmatch(text)
    if not match:
        raise NotADate(text)
    year = int(match["year"])
    if len(match["year"]) == 2:
        year += 2000
    try:
        return datetime.date(year, int(match["month"]), int(match["day"]))
    except ValueError:
        raise NotADate(text) from None


def parse_amount(text):
    """An amount as the site writes it in the current language (templatetags ``euros``): « 1 500 € »,
    « €1,500.50 », « 1.500 € » in Arabic; a lone separator before three digits that is not the
    language's thousands separator is ambiguous."""
    text = re.sub(r"\s|€|EUR", "", text.translate(ASCII_DIGITS), flags=re.IGNORECASE)
    text = text.replace("\u066c", "")  # Arabic thousands separator
    if "\u066b" in text:  # Arabic decimal separator: never a thousands one
        text = text.replace(",", "").replace(".", "").replace("\u066b", ".")
    elif SEPARATED_NUMBER.fullmatch(text):
        text = _with_decimal_point(text)
    try:
        return Decimal(text)
    except InvalidOperation:
        raise NotAnAmount(text) from None


def _with_decimal_point(text):
    separators = re.findall(r"[.,]", text)
    groups = re.split(r"[.,]", text)
    whole_groups_ok = len(groups[0].lstrip("-")) <= 3 and all(len(group) == 3 for group in groups[1:-1])
    if len(set(separators)) == 2:  # « 1,500.50 » or « 1.500,50 »: the last one is the decimal point
        if len(set(separators[:-1])) > 1 or not whole_groups_ok:
            raise NotAnAmount(text)
        return "".join(groups[:-1]) + "." + groups[-1]
    if len(separators) > 1:  # « 1.500.000 »: only thousands separators repeat
        if not (whole_groups_ok and len(groups[-1]) == 3):
            raise NotAnAmount(text)
        return "".join(groups)
    whole, tail = groups
    if len(tail) == 3 and len(whole.lstrip("-")) <= 3 and whole.lstrip("-") != "0":
        if separators[0] != get_format("THOUSAND_SEPARATOR"):
            raise AmbiguousAmount(text)
        return whole + tail
    return whole + "." + tail
