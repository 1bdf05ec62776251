"""The ``tmdbfusion`` command's exit codes, and which error earns which.

Scripts branch on these, so they are part of the public contract (README, "Command
line"): 0 ok, 1 any other error, 2 bad usage (nothing was sent), 3 not found,
4 authentication (no credential, or TMDB refused it), 5 rate limited or a server
error after the client's retries, 130 interrupted.
"""

from __future__ import annotations

from ..errors import (
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ServerError,
    TMDBError,
    TransportError,
)

OK = 0
ERROR = 1
USAGE = 2
NOT_FOUND = 3
AUTHENTICATION = 4
UNAVAILABLE = 5
INTERRUPTED = 130


class MissingCredentialError(Exception):
    """No credential in the environment or the config file (exit code 4)."""


def exit_code(error: BaseException) -> int:
    """The exit code for an error that ended a command."""
    if isinstance(error, KeyboardInterrupt):
        return INTERRUPTED
    if isinstance(error, NotFoundError):
        return NOT_FOUND
    if isinstance(error, AuthenticationError | PermissionDeniedError | MissingCredentialError):
        return AUTHENTICATION
    # Worth running again later: TMDB (or the way to it) was overloaded or down, and
    # the client's retries ran out. A timeout or a refused connection counts; a
    # certificate, a proxy's refusal or an oversized body would fail the same way again.
    if isinstance(error, RateLimitError | ServerError | RequestTimeoutError) or (
        type(error) is TransportError
    ):
        return UNAVAILABLE
    # The library refuses bad arguments with ValueError/TypeError before sending.
    if isinstance(error, ValueError | TypeError) and not isinstance(error, TMDBError):
        return USAGE
    return ERROR
