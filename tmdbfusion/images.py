"""Image URLs from TMDB's configuration: ``https://image.tmdb.org/t/p/w500/abc.jpg``."""

from __future__ import annotations

from typing import Literal, overload

from .models.configuration import Configuration, ImageConfiguration

ImageKind = Literal["backdrop", "logo", "poster", "profile", "still"]
_KINDS: tuple[ImageKind, ...] = ("backdrop", "logo", "poster", "profile", "still")


class ImageURLBuilder:
    """Builds image URLs, refusing sizes the configuration does not list.

    Fetch the configuration once and keep the builder::

        images = ImageURLBuilder(client.configuration.details())
        images.url(movie.poster_path, "w500", kind="poster")
        # 'https://image.tmdb.org/t/p/w500/abc.jpg', or None for no poster
    """

    def __init__(
        self, configuration: Configuration | ImageConfiguration, *, secure: bool = True
    ) -> None:
        images = configuration.images if isinstance(configuration, Configuration) else configuration
        base = images.secure_base_url if secure else images.base_url
        if not base:
            raise ValueError("the configuration has no image base URL")
        self.base_url = base if base.endswith("/") else base + "/"
        self.sizes: dict[ImageKind, tuple[str, ...]] = {
            "backdrop": tuple(images.backdrop_sizes),
            "logo": tuple(images.logo_sizes),
            "poster": tuple(images.poster_sizes),
            "profile": tuple(images.profile_sizes),
            "still": tuple(images.still_sizes),
        }

    def allowed_sizes(self, kind: ImageKind | None = None) -> tuple[str, ...]:
        if kind is None:
            return tuple(dict.fromkeys(size for k in _KINDS for size in self.sizes[k]))
        if kind not in self.sizes:
            raise ValueError(f"kind must be one of {_KINDS}, got {kind!r}")
        return self.sizes[kind]

    @overload
    def url(self, file_path: str, size: str = ..., *, kind: ImageKind | None = ...) -> str: ...

    @overload
    def url(
        self, file_path: str | None, size: str = ..., *, kind: ImageKind | None = ...
    ) -> str | None: ...

    def url(
        self, file_path: str | None, size: str = "original", *, kind: ImageKind | None = None
    ) -> str | None:
        """The URL of ``file_path`` (as TMDB gives it, e.g. ``/abc.jpg``) at ``size``;
        ``None`` for a ``None`` path (a movie without a poster), so
        ``images.url(movie.poster_path, "w342")`` needs no guard: it is ``str | None``
        there, and ``str`` where the path is a ``str``. The size is checked either way."""
        allowed = self.allowed_sizes(kind)
        if size not in allowed:
            what = f"{kind} sizes" if kind else "sizes"
            raise ValueError(f"unknown image size {size!r}; the configuration's {what}: {allowed}")
        if file_path is None:
            return None
        if not isinstance(file_path, str) or not file_path.startswith("/") or len(file_path) < 2:
            raise ValueError(
                f"file_path must be a TMDB image path like '/abc.jpg' or None, got {file_path!r}"
            )
        return f"{self.base_url}{size}{file_path}"
