"""Files as French spreadsheet programs read them: the demandes' CSV export and the open data."""

import csv
import io

# Without it, Excel reads UTF-8 as Windows-1252.
BYTE_ORDER_MARK = "\N{BYTE ORDER MARK}"
# A French spreadsheet program splits on ";": the comma is its decimal separator.
DELIMITER = ";"
# What a spreadsheet program takes for the start of a formula (tab and carriage return too, which
# some strip before reading the rest).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text_in_spreadsheet(value):
    """A text that a spreadsheet program would run as a formula, quoted so it shows as typed (OWASP's advice)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def decimal_comma(value):
    return str(value).replace(".", ",")


def french_csv(header, rows):
    """The whole CSV text, byte order mark first, every cell safe from formulas."""
    output = io.StringIO()
    writer = csv.writer(output, delimiter=DELIMITER)
    writer.writerow(header)
    writer.writerows([as_text_in_spreadsheet(cell) for cell in row] for row in rows)
    return BYTE_ORDER_MARK + output.getvalue()
