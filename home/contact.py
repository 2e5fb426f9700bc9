"""Which contact e-mail addresses may be shown to the public: not the reserved placeholders of RFC 2606."""

# Domains that no one can own (RFC 2606, RFC 6761): an address there is a placeholder an editor has yet to replace.
RESERVED_DOMAINS = ("example.org", "example.com", "example.net")
RESERVED_TOP_LEVEL = ("example", "invalid", "test", "localhost")


def is_placeholder_email(address):
    domain = address.rpartition("@")[2].strip().rstrip(".").lower()
    if not domain:
        return False
    return domain.rpartition(".")[2] in RESERVED_TOP_LEVEL or any(
        domain == reserved or domain.endswith("." + reserved) for reserved in RESERVED_DOMAINS
    )


def public_email(address):
    """The address as public pages may show it: empty when it is a placeholder (the inbox still routes to it)."""
    return "" if not address or is_placeholder_email(address) else address
