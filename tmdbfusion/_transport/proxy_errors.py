"""What a proxy's refusals become, the same in both transports."""

from __future__ import annotations

from ..errors import ProxyAuthenticationError, RequestTimeoutError, TransportError

PROXY_AUTHENTICATION_REQUIRED = 407


def socks_error(exc: Exception, message: str) -> TransportError:
    """A SOCKS library's failure: a refused login, a timeout or a connection error."""
    text = str(exc).lower()
    if "authentication" in text:
        return ProxyAuthenticationError(message)
    if "timed out" in text or "timeout" in type(exc).__name__.lower():
        return RequestTimeoutError(message)
    return TransportError(message)
