"""Client settings: the constructor's arguments, filled in from the environment."""

from __future__ import annotations

import dataclasses
import os
from typing import TYPE_CHECKING

from ._checks.values import check_bool, check_count, check_credential, check_number, check_text
from ._proxy import Proxy, resolve_proxy
from ._secret import Secret

if TYPE_CHECKING:
    import ssl

    from .cache.policy import CachePolicy

DEFAULT_BASE_URL = "https://api.themoviedb.org"
ENV_ACCESS_TOKEN = "TMDB_ACCESS_TOKEN"
ENV_API_KEY = "TMDB_API_KEY"
ENV_BASE_URL = "TMDB_BASE_URL"
DEFAULT_EXPORTS_BASE_URL = "https://files.tmdb.org"
ENV_EXPORTS_BASE_URL = "TMDB_EXPORTS_BASE_URL"
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
    # A limiter object given as rate_limit=, a cache backend and its policy; each client
    # checks that they suit it (async or sync).
    rate_limiter: object = None
    cache: object = None
    cache_policy: CachePolicy | None = None
    # Where TMDB's daily ID exports are served (no credential is ever sent there).
    exports_base_url: str = DEFAULT_EXPORTS_BASE_URL
    # A user's v4 access token, bound by with_options(user_access_token=...).
    user_access_token: Secret | None = None

    @property
    def auth_mode(self) -> str:
        return "access_token" if self.access_token is not None else "api_key"

    @property
    def secrets(self) -> tuple[Secret | None, ...]:
        """Every credential this client knows of, to mask wherever text leaves it."""
        proxy_password = self.proxy.password if self.proxy is not None else None
        return (self.api_key, self.access_token, proxy_password, self.user_access_token)

    def auth_headers(self) -> dict[str, str]:
        if self.access_token is not None:
            return {"Authorization": f"Bearer {self.access_token.reveal()}"}
        return {}

    def auth_params(self) -> list[tuple[str, str]]:
        # The bearer token wins when both are given; the key then stays off the wire.
        if self.access_token is None and self.api_key is not None:
            return [("api_key", self.api_key.reveal())]
        return []


def token_secret(name: str, value: object) -> Secret:
    """A token given to one call or bound by ``with_options`` (a user's v4 access
    token): a str fit for a header, never quoted back."""
    secret = _credential(check_credential(name, value), "", name)
    assert secret is not None
    return secret


def _credential(value: str | None, env_name: str, arg_name: str) -> Secret | None:
    source = arg_name
    if value is None:
        value = os.environ.get(env_name) or None
        source = env_name
    else:
        value = check_credential(arg_name, value)
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
    return check_number(name, value)


def _rate(value: object) -> float | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
        raise TypeError(
            "rate_limit must be requests per second (a positive number), None (no limit) "
            "or a rate limiter (tmdbfusion.ratelimit), not " + type(value).__name__
        )
    return _positive_number("rate_limit", value, allow_none=True)


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
    rate_limit: object,
    max_connections: int,
    proxy: str | None = None,
    trust_env: bool = True,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ssl_context: ssl.SSLContext | None = None,
    cache: object = None,
    cache_policy: CachePolicy | None = None,
    exports_base_url: str | None = None,
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
    check_bool("trust_env", trust_env)
    if ssl_context is not None:
        import ssl

        if not isinstance(ssl_context, ssl.SSLContext):
            raise TypeError(
                f"ssl_context must be an ssl.SSLContext or None, not {type(ssl_context).__name__}"
            )
    exports_url = (
        exports_base_url
        if exports_base_url is not None
        else os.environ.get(ENV_EXPORTS_BASE_URL) or DEFAULT_EXPORTS_BASE_URL
    )
    if not isinstance(exports_url, str) or not exports_url.startswith(("http://", "https://")):
        raise ValueError(
            f"exports_base_url must be an http:// or https:// URL, got {exports_url!r}"
        )
    rate_limiter = None
    if _is_rate_limiter(rate_limit):
        rate_limiter, rate_limit = rate_limit, None
    return ClientSettings(
        api_key=key,
        access_token=token,
        base_url=url.rstrip("/"),
        language=_optional_text("language", language),
        region=_optional_text("region", region),
        timeout=timeout_value,
        max_retries=check_count("max_retries", max_retries, minimum=0),
        rate_limit=_rate(rate_limit),
        max_connections=check_count("max_connections", max_connections),
        proxy=resolve_proxy(proxy, trust_env=trust_env, base_url=url),
        max_response_bytes=check_count("max_response_bytes", max_response_bytes),
        ssl_context=ssl_context,
        rate_limiter=rate_limiter,
        cache=cache,
        cache_policy=_cache_policy(cache_policy),
        exports_base_url=exports_url.rstrip("/"),
    )


def _is_rate_limiter(value: object) -> bool:
    return hasattr(value, "reserve") or hasattr(value, "areserve")


def _cache_policy(value: object) -> CachePolicy | None:
    from .cache.policy import CachePolicy

    if value is None or isinstance(value, CachePolicy):
        return value
    raise TypeError(f"cache_policy must be a CachePolicy or None, not {type(value).__name__}")


def with_options(
    settings: ClientSettings,
    *,
    timeout: float | None,
    max_retries: int | None,
    cache: object = None,
    cache_policy: CachePolicy | None = None,
    user_access_token: str | None = None,
) -> ClientSettings:
    """``settings`` with other per-call options, checked like the constructor's;
    ``cache=False`` turns the cache off."""
    changes: dict[str, object] = {}
    if user_access_token is not None:
        changes["user_access_token"] = token_secret("user_access_token", user_access_token)
    if cache is True:
        raise TypeError("cache must be a cache backend, False (no cache) or None (unchanged)")
    if cache is False:
        changes["cache"] = None
    elif cache is not None:
        changes["cache"] = cache
    if cache_policy is not None:
        changes["cache_policy"] = _cache_policy(cache_policy)
    if timeout is not None:
        changes["timeout"] = _positive_number("timeout", timeout)
    if max_retries is not None:
        changes["max_retries"] = check_count("max_retries", max_retries, minimum=0)
    return dataclasses.replace(settings, **changes)  # type: ignore[arg-type]
