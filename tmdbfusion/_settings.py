"""Client settings: the constructor's arguments, filled in from the environment."""

from __future__ import annotations

import dataclasses
import math
import os
from typing import TYPE_CHECKING

from ._proxy import Proxy, resolve_proxy
from ._secret import Secret
from ._validation import check_text

if TYPE_CHECKING:
    import ssl

DEFAULT_BASE_URL = "https://api.themoviedb.org"
ENV_ACCESS_TOKEN = "TMDB_ACCESS_TOKEN"
ENV_API_KEY = "TMDB_API_KEY"
ENV_BASE_URL = "TMDB_BASE_URL"
# Larger than any TMDB API answer (the biggest, with every append part, are ~1 MB).
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024


@dataclasses.dataclass(frozen=True, slots=True)
class ClientSettings:
    api_key: Secret | None
    access_token: Secret | None
    base_url: str
    language: str | None
    region: str | None
    timeout: float
    max_retries: int
    rate_limit: float | None
    max_connections: int
    proxy: Proxy | None = None
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    ssl_context: ssl.SSLContext | None = None

    @property
    def auth_mode(self) -> str:
        return "access_token" if self.access_token is not None else "api_key"

    @property
    def secrets(self) -> tuple[Secret | None, ...]:
        """Every credential this client knows of, to mask wherever text leaves it."""
        proxy_password = self.proxy.password if self.proxy is not None else None
        return (self.api_key, self.access_token, proxy_password)

    def auth_headers(self) -> dict[str, str]:
        if self.access_token is not None:
            return {"Authorization": f"Bearer {self.access_token.reveal()}"}
        return {}

    def auth_params(self) -> list[tuple[str, str]]:
        # The bearer token wins when both are given; the key then stays off the wire.
        if self.access_token is None and self.api_key is not None:
            return [("api_key", self.api_key.reveal())]
        return []


def _credential(value: str | None, env_name: str, arg_name: str) -> Secret | None:
    source = arg_name
    if value is None:
        value = os.environ.get(env_name) or None
        source = env_name
    elif not isinstance(value, str):
        raise TypeError(f"{arg_name} must be a str, not {type(value).__name__}")
    elif not value.strip():
        raise ValueError(f"{arg_name} must not be empty")
    if value is None:
        return None
    value = value.strip()
    # It goes into a header or the query string: a line break would split the request.
    if not (value.isascii() and value.isprintable()) or " " in value:
        raise ValueError(
            f"{source} must be printable ASCII without spaces or line breaks (TMDB keys "
            "and tokens are)"
        )
    return Secret(value)


def _positive_number(name: str, value: object, *, allow_none: bool = False) -> float | None:
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        allowed = "a positive number or None" if allow_none else "a positive number"
        raise TypeError(f"{name} must be {allowed}, not {type(value).__name__}")
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"{name} must be a positive finite number, got {value!r}")
    return float(value)


def _int_at_least(name: str, value: object, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value}")
    return value


def _optional_text(name: str, value: object) -> str | None:
    return None if value is None else check_text(name, value)


def resolve_settings(
    api_key: str | None,
    *,
    access_token: str | None,
    base_url: str | None,
    language: str | None,
    region: str | None,
    timeout: float,
    max_retries: int,
    rate_limit: float | None,
    max_connections: int,
    proxy: str | None = None,
    trust_env: bool = True,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ssl_context: ssl.SSLContext | None = None,
) -> ClientSettings:
    """Validate the constructor's arguments and fill the gaps from the environment."""
    key = _credential(api_key, ENV_API_KEY, "api_key")
    token = _credential(access_token, ENV_ACCESS_TOKEN, "access_token")
    if key is None and token is None:
        raise ValueError(
            "No TMDB credential: pass access_token= (TMDB's API read access token) or "
            f"api_key= (the v3 API key), or set {ENV_ACCESS_TOKEN} or {ENV_API_KEY}."
        )
    url = base_url if base_url is not None else os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise ValueError(f"base_url must be an http:// or https:// URL, got {url!r}")
    timeout_value = _positive_number("timeout", timeout)
    assert timeout_value is not None
    if not isinstance(trust_env, bool):
        raise TypeError(f"trust_env must be a bool, not {type(trust_env).__name__}")
    if ssl_context is not None:
        import ssl

        if not isinstance(ssl_context, ssl.SSLContext):
            raise TypeError(
                f"ssl_context must be an ssl.SSLContext or None, not {type(ssl_context).__name__}"
            )
    return ClientSettings(
        api_key=key,
        access_token=token,
        base_url=url.rstrip("/"),
        language=_optional_text("language", language),
        region=_optional_text("region", region),
        timeout=timeout_value,
        max_retries=_int_at_least("max_retries", max_retries, 0),
        rate_limit=_positive_number("rate_limit", rate_limit, allow_none=True),
        max_connections=_int_at_least("max_connections", max_connections, 1),
        proxy=resolve_proxy(proxy, trust_env=trust_env, base_url=url),
        max_response_bytes=_int_at_least("max_response_bytes", max_response_bytes, 1),
        ssl_context=ssl_context,
    )


def with_options(
    settings: ClientSettings, *, timeout: float | None, max_retries: int | None
) -> ClientSettings:
    """``settings`` with a new timeout and/or retry count, checked like the constructor's."""
    changes: dict[str, object] = {}
    if timeout is not None:
        changes["timeout"] = _positive_number("timeout", timeout)
    if max_retries is not None:
        changes["max_retries"] = _int_at_least("max_retries", max_retries, 0)
    return dataclasses.replace(settings, **changes)  # type: ignore[arg-type]
