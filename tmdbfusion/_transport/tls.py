"""The certificates both clients trust by default."""

from __future__ import annotations

import os
import ssl
import threading

# One context per trust store: loading one takes 15-50 ms of CPU, and clients are made
# often (a client per job, per test). Keyed by the variables that choose the store.
_contexts: dict[tuple[str | None, str | None], ssl.SSLContext] = {}
_lock = threading.Lock()


def _store() -> tuple[str | None, str | None]:
    return os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR")


def loaded_default_ssl_context() -> ssl.SSLContext | None:
    """The default context if this process has loaded it already (no I/O)."""
    return _contexts.get(_store())


def default_ssl_context() -> ssl.SSLContext:
    """The system's trust store, as OpenSSL finds it (``SSL_CERT_FILE`` and
    ``SSL_CERT_DIR`` included), with hostname checks: the same for both clients, since
    requests would otherwise use certifi's bundle and aiohttp the system's."""
    store = _store()
    context = _contexts.get(store)
    if context is None:
        context = ssl.create_default_context()
        with _lock:
            context = _contexts.setdefault(store, context)
    return context
