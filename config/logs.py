"""Logs as JSON lines without personal data, and error reports that leave out what residents typed."""

import json
import logging

from django.views.debug import SafeExceptionReporterFilter

from demandes.log_filters import FOLLOW_UP_PATH, MASK

# Fields a record may carry to the JSON line (RequestLogMiddleware sets them); nothing else goes out.
REQUEST_FIELDS = ("method", "path", "status", "duration_ms")


class JsonFormatter(logging.Formatter):
    """One JSON object per line, so the host's log collector parses it without guessing."""

    def format(self, record):
        line = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        line.update({field: getattr(record, field) for field in REQUEST_FIELDS if hasattr(record, field)})
        if "path" in line:
            line["path"] = FOLLOW_UP_PATH.sub(MASK, line["path"])
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)


class PersonalDataFilter(SafeExceptionReporterFilter):
    """Error reports (e-mailed to ADMINS) show no posted value and no cookie: they may hold a resident's data."""

    def get_post_parameters(self, request):
        if request is None:
            return {}
        return dict.fromkeys(request.POST, self.cleansed_substitute)

    def get_safe_request_meta(self, request):
        meta = super().get_safe_request_meta(request)
        for key in ("HTTP_COOKIE", "REMOTE_ADDR", "HTTP_X_FORWARDED_FOR", "HTTP_X_REAL_IP"):
            if key in meta:
                meta[key] = self.cleansed_substitute
        return meta
