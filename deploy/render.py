"""Fills the ${CDV_…} values of a configuration file in deploy/ and prints it.

Only upper-case names that start with CDV_ are replaced, so nginx's own variables
($host, ${cdv_uri_head}) stay as they are. On a server:
    CDV_LISTEN=80 CDV_SERVER_NAME=contratdeville.loos.fr … python3 deploy/render.py deploy/nginx/contrat-de-ville.conf
"""

import os
import re
import sys
from pathlib import Path

PLACEHOLDER = re.compile(r"\$\{(CDV_[A-Z_]+)\}")
BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so")
# Debian's libnginx-mod-http-brotli-filter, when installed: brotli beside gzip, for the same types.
BROTLI = (
    "brotli on; brotli_comp_level 5; brotli_min_length 512; brotli_types text/css application/javascript "
    "application/json application/xml application/rss+xml application/atom+xml image/svg+xml text/plain text/xml;"
)


def defaults():
    return {"CDV_BROTLI": BROTLI if BROTLI_MODULE.exists() else "# brotli: libnginx-mod-http-brotli-filter missing"}


def render(text, values):
    def value(match):
        name = match.group(1)
        if name not in values:
            raise KeyError(f"{name} is not set")
        return str(values[name])

    return PLACEHOLDER.sub(value, text)


def render_file(path, values):
    return render(Path(path).read_text(), {**defaults(), **values})


if __name__ == "__main__":
    sys.stdout.write(render_file(sys.argv[1], os.environ))
