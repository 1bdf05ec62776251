"""The certificates both clients trust by default."""

from __future__ import annotations

import ssl


def default_ssl_context() -> ssl.SSLContext:
    """The system's trust store, as OpenSSL finds it (``SSL_CERT_FILE`` and
    ``SSL_CERT_DIR`` included), with hostname checks: the same for both clients, since
    requests would otherwise use certifi's bundle and aiohttp the system's."""
    return ssl.create_default_context()
